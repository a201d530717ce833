"""A .docx saved as “Strict Open XML 文档” (ISO/IEC 29500 Strict, a choice in Word's 另存为) is said to be one.

Its elements live in another namespace. Given as the unit's 红头 file (-r), nothing of it was taken: the draft came out
without the letterhead, exit 0, and no line said what was taken. Among past documents it was skipped as
“.docx 里没有正文”, a file full of text. Now both say what it is and how to save it as an ordinary .docx.
The file is made up for the test.
"""

import io
import zipfile
from pathlib import Path

import docx
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县统计局\n类别: 布置\n事由: 做好年度统计报表工作\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要按时报送年报。\n成文日期: 2025-12-01\n"
)
STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
}


def _strict(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县统计局"
    document.add_paragraph("关于做好年度统计报表工作的通知")
    document.add_paragraph("各乡镇要按时报送年报。")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            for transitional, strict in STRICT.items():
                data = data.replace(transitional, strict)
            archive.writestr(name, data)


def test_a_strict_reference_is_refused_with_how_to_save_it(tmp_path: Path) -> None:
    _strict(tmp_path / "红头.docx")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "红头.docx: 这是“Strict Open XML 文档”格式的 .docx" in result.stderr
    assert "另存为" in result.stderr
    assert not (tmp_path / "通知.docx").exists()


def test_a_strict_past_document_is_said_to_be_one(tmp_path: Path) -> None:
    _strict(tmp_path / "旧通知.docx")
    result = run_drafter("parse", "旧通知.docx", cwd=tmp_path)
    assert result.returncode != 0
    assert "旧通知.docx: 这是“Strict Open XML 文档”格式的 .docx" in result.stdout + result.stderr
    assert "没有正文" not in result.stdout + result.stderr


def test_an_ordinary_docx_is_read_as_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县统计局"
    document.save(tmp_path / "红头.docx")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "页眉" in result.stdout + result.stderr
