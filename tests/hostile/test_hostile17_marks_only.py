"""A value of marks alone (主送机关: “，”, 事由: 。, 发文机关: （）) is refused on its line, not printed.

无 and / written for a required field were refused (hostile12); a value holding no character at all was printed as
written with no word: a 主送 line of a bare colon (，：), a title 关于，的通知, a signature of a full stop, a 版记 line
抄送：（）。. Nothing a document names is written without a character or a number. 无 still leaves an optional field
out, and a name with a mark among its characters is taken as before.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = {
    "文种": "通知",
    "发文机关": "青禾县林业局",
    "类别": "布置",
    "事由": "做好秋冬季森林防火工作",
    "主送机关": "各乡镇人民政府",
    "正文": "\n- 各乡镇要落实护林员巡山制度。",
    "成文日期": "2025-10-09",
    "发文机关标志": "青禾县林业局文件",
    "抄送": "县应急管理局",
    "印发机关": "青禾县林业局办公室",
}


def _write(folder: Path, **changed: str) -> None:
    facts = {**FACTS, **changed}
    text = "".join(
        f"{key}: {value}\n" if value.startswith("\n") else f"{key}: {value!r}\n" for key, value in facts.items()
    )
    (folder / "通知.yaml").write_text(text.replace("'", '"'), encoding="utf-8")


@pytest.mark.parametrize(
    ("field", "value", "line", "required"),
    [
        ("主送机关", "，", 5, True),
        ("主送机关", "……", 5, True),
        ("发文机关", "（）", 2, True),
        ("事由", "。", 4, False),
        ("抄送", "《》", 10, False),
        ("印发机关", "？", 11, False),
    ],
)
def test_marks_alone_are_refused_on_their_line(
    tmp_path: Path, field: str, value: str, line: int, required: bool
) -> None:
    _write(tmp_path, **{field: value})
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    needed = "这是必填项，" if required else ""
    assert (
        f"通知.yaml:{line}:" in result.stderr
        and f"{field}: {needed}写的“{value}”里没有文字，会原样排进公文" in result.stderr
    )
    assert not (tmp_path / "通知.docx").exists()


@pytest.mark.parametrize(
    ("field", "value", "printed"),
    [
        ("抄送", "无", None),  # leaves the line out, as before
        ("印发机关", "/", None),
        ("主送机关", "各乡镇人民政府、“两区”管委会", "各乡镇人民政府、“两区”管委会："),
        ("事由", "做好“十五五”规划编制工作", "关于做好“十五五”规划编制工作的通知"),
    ],
)
def test_none_and_names_with_marks_are_taken_as_before(
    tmp_path: Path, field: str, value: str, printed: str | None
) -> None:
    _write(tmp_path, **{field: value})
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "通知.txt").read_text(encoding="utf-8")
    if printed is None:
        assert f"{field}：" not in text and f"{value}印发" not in text, text
    else:
        assert printed in text


def test_a_sheet_cell_of_marks_alone_is_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    header = "文种,发文机关,事由,主送机关,正文,成文日期\n"
    rows = "通知,青禾县林业局,做好防火工作,，,各乡镇要巡山。,2025-10-09\n通知,青禾县林业局,做好防火工作,各乡镇,各乡镇要巡山。,2025-10-09\n"
    (tmp_path / "名单.csv").write_text(header + rows, encoding="utf-8")
    result = run_drafter("batch", "名单.csv", "-o", "输出", cwd=tmp_path)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "名单.csv 第2行" in result.stdout + result.stderr
    assert "主送机关: 这是必填项，写的“，”里没有文字" in result.stdout + result.stderr
    assert [p.name for p in (tmp_path / "输出").glob("*.docx")] == ["名单-3.docx"]
