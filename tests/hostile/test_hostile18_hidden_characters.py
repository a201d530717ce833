"""Characters no 公文 shows (control characters, direction marks, zero-width spaces) are left out of every output.

The .docx writer dropped control characters, but the .txt and .md previews kept them: a 事由 holding a terminal
escape (written "\\e]0;…\\a" in YAML, or in a CSV cell) changed the window's title and cleared the screen when the
clerk ran `cat 通知.txt`. A right-to-left override (U+202E) was kept in the .docx too, and Word showed the words
after it backwards; a zero-width space in a sheet's cell (pasted from a web page) went into the document, where YAML
files already lost theirs. The values are made up for the test.
"""

import json
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from bounded import run_drafter

HEAD = "文种,发文机关,类别,事由,主送机关,正文,成文日期\n"
HIDDEN = "\x1b]0;标题\x07\x1b[2J\u202e\u200b\u2066\x7f\x9b"  # (a NUL makes a CSV file binary: refused)


def _hidden(text: str) -> set[str]:
    return {ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t\f"}


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_a_yaml_escape_reaches_no_output(tmp_path: Path) -> None:
    escaped = "做好\\e]0;标题\\a\\e[2J汛期\\u202e值守\\u200b工作\\x7f"
    (tmp_path / "通知.yaml").write_text(
        f'文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: "{escaped}"\n主送机关: 各乡镇人民政府\n'
        '正文:\n- "各乡镇\\u202e要排查。"\n成文日期: 2025-05-06\n',
        encoding="utf-8",
    )
    for fmt in ("txt", "md", "docx"):
        result = run_drafter("draft", "通知.yaml", "-f", fmt, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        written = tmp_path / f"通知.{fmt}"
        text = _docx_text(written) if fmt == "docx" else written.read_text(encoding="utf-8")
        assert not _hidden(text), (fmt, _hidden(text))
        assert "值守工作" in text and "各乡镇要排查。" in text


def test_a_sheet_cell_holding_them_drafts_without_them(tmp_path: Path) -> None:
    row = f"通知,青禾县水利局,布置,做好{HIDDEN}防汛工作,各乡镇人民政府,排查堤防\x0b落实值守,2025-05-06\n"
    (tmp_path / "名单.csv").write_text(HEAD + row, encoding="utf-8")
    result = run_drafter("batch", "名单.csv", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (drafted,) = (tmp_path / "输出").glob("*.txt")
    text = drafted.read_text(encoding="utf-8")
    assert not _hidden(text), _hidden(text)
    lines = text.splitlines()
    assert "关于做好]0；标题[2J防汛工作的通知" in lines  # the escapes' printable rest stays (; full-width)
    # \v still ends a paragraph (each closed with its full stop, ux31)
    assert "\u3000\u3000排查堤防。" in lines and "\u3000\u3000落实值守。" in lines


def test_an_excel_cell_holding_them_drafts_without_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEAD.strip().split(","))
    sheet.append(
        ["通知", "青禾县水利局", "布置", "做好\u202e防汛\u200b工作", "各乡镇\u2067人民政府", "排查堤防", "2025-05-06"]
    )
    book.save(tmp_path / "名单.xlsx")
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (drafted,) = (tmp_path / "输出").glob("*.docx")
    text = _docx_text(drafted)
    assert not _hidden(text), _hidden(text)
    assert "关于做好防汛工作的通知" in text and "各乡镇人民政府" in text


@pytest.mark.parametrize("value", ["做好\u202e防汛工作", "做好\x1b[31m防汛工作"])
def test_data_given_to_the_api_is_cleaned_the_same_way(tmp_path: Path, value: str) -> None:
    import drafter

    facts = {
        "文种": "通知",
        "发文机关": "青禾县水利局",
        "类别": "布置",
        "事由": value,
        "主送机关": "各乡镇人民政府",
        "正文": ["排查堤防。"],
        "成文日期": "2025-05-06",
    }
    result = drafter.draft(facts, output=tmp_path / "通知.txt")
    text = Path(result.output).read_text(encoding="utf-8")
    assert not _hidden(text), _hidden(text)


def test_past_documents_holding_them_give_templates_without_them(tmp_path: Path) -> None:
    # (the mined template's defaults carried a zero-width space and a U+202E of the past documents into every draft)
    folder = tmp_path / "过往公文"
    folder.mkdir()
    for number in range(1, 5):
        (folder / f"{number}.txt").write_text(
            f"关于做好第{number}批防汛检查的通知\n各乡镇\u200b人民政府\u202e：\n　　现将有关事项通知如下：\n"
            "一、排查堤防\n　　各乡镇要逐段排查。\n二、落实值守\n　　各乡镇要落实值班。\n青禾县\u2066水利局\n2025年5月6日\n",
            encoding="utf-8",
        )
    result = run_drafter("mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").read_text(encoding="utf-8")
    assert not _hidden(manifest), _hidden(manifest)
    assert "default: 各乡镇人民政府\n" in manifest
    parsed = run_drafter("parse", "过往公文", "--json", cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    read = json.dumps(json.loads(parsed.stdout), ensure_ascii=False)
    assert not _hidden(read), _hidden(read)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (b"\xe5\x81\x9a", "事由: 不支持的值：bytes（请先解码成文字"),  # was 应当是一段文字，这里写成了列表
        (10**5000, "事由: 数字太长"),  # was a ValueError out of the API
    ],
    ids=["bytes", "long-int"],
)
def test_api_data_python_cannot_print_is_refused_in_words(tmp_path: Path, value: object, said: str) -> None:
    import drafter
    from drafter.errors import FactsError

    facts = {
        "文种": "通知",
        "发文机关": "青禾县水利局",
        "事由": value,
        "主送机关": "各乡镇人民政府",
        "正文": ["排查。"],
    }
    with pytest.raises(FactsError, match=said.replace("(", r"\(").replace("（", "（")):
        drafter.draft(facts, output=tmp_path / "通知.txt")


def test_api_keys_that_differ_only_in_what_does_not_show_are_refused(tmp_path: Path) -> None:
    import drafter
    from drafter.errors import FactsError

    facts = {"文种": "通知", "发文机关": "青禾县水利局", "事由": "做好防汛工作", "事由\u200b": "另一个事由"}
    with pytest.raises(FactsError, match="事由: 重复的键"):
        drafter.draft(facts, output=tmp_path / "通知.txt")


def test_a_sheet_header_holding_them_names_its_field(tmp_path: Path) -> None:
    # (事由 with a zero-width space was 不认识这个键（是否想写“事由”？）, the two looking the same)
    header = "文种,发文机关,类别,事由\u200b,主送机关\u202c,正文,成文日期\n"
    (tmp_path / "名单.csv").write_text(
        header + "通知,青禾县水利局,布置,做好防汛工作,各乡镇,排查堤防,2025-05-06\n", "utf-8"
    )
    result = run_drafter("batch", "名单.csv", "-o", "输出", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "输出" / "名单-2.docx").is_file(), sorted(p.name for p in (tmp_path / "输出").iterdir())
