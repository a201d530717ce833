"""A reference file (-r, the unit's 红头 file) from which nothing, or not what the clerk meant, is taken is said so.

A reference with no page set-up, no fonts in its styles and no header was used with no word at all; one whose 红头
is the first lines of its body (as many units' 红头 files are) lost its 红头 silently; and one with an empty footer
(Word leaves one behind once the footer was opened) replaced drafter's, so every draft lost its page numbers while
the summary said 沿用 页脚. The reference files are made up for the test.
"""

import io
import re
import zipfile
from pathlib import Path

import docx
from bounded import run_drafter
from docx.shared import Mm

FACTS = (
    "文种: 通知\n发文机关: 青禾县农业农村局\n类别: 布置\n事由: 做好秋收工作\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要抓紧秋收。\n成文日期: 2025-09-20\n"
)


def _saved(document: docx.document.Document, path: Path) -> None:
    document.save(str(path))


def _a4(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)


def _bare(path: Path) -> None:
    """No section properties, no fonts or sizes in the styles, no header: nothing to take."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = re.sub(rb"<w:sectPr.*?</w:sectPr>", b"", data, flags=re.S)
            if name == "word/styles.xml":
                data = re.sub(rb"<w:(rFonts|sz|szCs) [^>]*/>", b"", data)
            archive.writestr(name, data)


def _draft(tmp_path: Path, *args: str) -> tuple[int, str]:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", *args, cwd=tmp_path)
    return result.returncode, result.stdout + result.stderr


def _footer_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/footer"))


def test_a_reference_giving_nothing_is_said(tmp_path: Path) -> None:
    _bare(tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx")
    assert code == 0, said
    assert "红头.docx: 参考文件里没有可沿用的页面设置、样式字体字号或页眉页脚" in said, said
    assert (tmp_path / "通知.docx").is_file()


def test_an_empty_footer_keeps_the_page_numbers(tmp_path: Path) -> None:
    document = docx.Document()
    _a4(document)
    document.sections[0].footer.is_linked_to_previous = False  # an empty footer part, as Word leaves one
    document.sections[0].header.is_linked_to_previous = False
    _saved(document, tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx")
    assert code == 0, said
    assert "PAGE" in _footer_xml(tmp_path / "通知.docx")  # — 1 — on every page, as without a reference
    assert "页眉、页脚是空白的" in said and "页码照常排在页脚" in said, said
    assert "沿用参考文件：页面 210×297 毫米及页边距\n" in said  # not 页眉；页脚


def test_a_footer_without_page_numbers_is_said(tmp_path: Path) -> None:
    document = docx.Document()
    _a4(document)
    document.sections[0].footer.paragraphs[0].text = "青禾县农业农村局印"
    _saved(document, tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx")
    assert code == 0, said
    assert "页脚里没有页码" in said, said


def test_a_red_head_in_the_body_is_said_to_be_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    _a4(document)
    document.add_paragraph("青禾县农业农村局文件")
    document.add_paragraph("正文从这里写起")
    _saved(document, tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx")
    assert code == 0, said
    assert "参考文件正文里的文字（“青禾县农业农村局文件”……）不沿用" in said and "发文机关标志" in said, said


def test_a_red_head_in_the_header_gives_no_note(tmp_path: Path) -> None:
    document = docx.Document()
    _a4(document)
    document.sections[0].header.paragraphs[0].text = "青禾县农业农村局文件"
    document.add_paragraph("参考文件自己的正文")
    _saved(document, tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx")
    assert code == 0, said
    assert "提醒" not in said and "沿用参考文件：页面 210×297 毫米及页边距；页眉" in said, said


def test_a_reference_with_a_preview_is_said_unused(tmp_path: Path) -> None:
    _bare(tmp_path / "红头.docx")
    code, said = _draft(tmp_path, "-r", "红头.docx", "-f", "md")
    assert code == 0, said
    assert "红头.docx: 参考文件只用于 .docx 和 .pdf" in said, said


def test_a_batch_says_it_once(tmp_path: Path) -> None:
    _bare(tmp_path / "红头.docx")
    (tmp_path / "稿件").mkdir()
    for name in ("甲", "乙"):
        (tmp_path / "稿件" / f"{name}.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("batch", "稿件", "-o", "输出", "-r", "红头.docx", cwd=tmp_path)
    said = result.stdout + result.stderr
    assert result.returncode == 0, said
    assert said.count("参考文件里没有可沿用的") == 1, said
    assert (tmp_path / "输出" / "甲.docx").is_file() and (tmp_path / "输出" / "乙.docx").is_file()


def test_a_red_head_in_the_header_and_in_the_facts_is_said_to_come_twice(tmp_path: Path) -> None:
    document = docx.Document()
    _a4(document)
    document.sections[0].header.paragraphs[0].text = "青禾县农业农村局 文件"
    _saved(document, tmp_path / "红头.docx")
    (tmp_path / "稿件").mkdir()
    facts = FACTS.replace("文种: 通知\n", "文种: 通知\n发文机关标志: 青禾县农业农村局文件\n")
    (tmp_path / "稿件" / "通知.yaml").write_text(facts, encoding="utf-8")
    said = "的页眉里已经印着“青禾县农业农村局文件”，这里又排了发文机关标志，红头会出现两次"
    result = run_drafter("draft", "稿件/通知.yaml", "-r", "红头.docx", "-o", "通知.docx", cwd=tmp_path)
    assert result.returncode == 0 and said in result.stderr and "写“发文机关标志: 无”" in result.stderr, result.stderr
    result = run_drafter("batch", "稿件", "-o", "输出", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 0 and said in result.stderr, result.stderr
    (tmp_path / "稿件" / "通知.yaml").write_text(FACTS, encoding="utf-8")  # no 发文机关标志: no word of it
    result = run_drafter("draft", "稿件/通知.yaml", "-r", "红头.docx", "-o", "通知.docx", "--force", cwd=tmp_path)
    assert result.returncode == 0 and "红头会出现两次" not in result.stderr, result.stderr
