"""A reference file whose header links a picture from outside the file is refused, not copied into every draft.

A letterhead picture inserted as 链接到文件 (or planted so in a file from anywhere) is a link to an address, a web
server or \\\\server\\share: it was carried into every drafted document, each of which then fetched it whenever it
was opened (and showed nothing where the address could not be reached). A link to a web page in the header (the
unit's site) is only followed when clicked, and is kept. The reference file is made up for the test.
"""

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINKED_PICTURE = (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<wp:extent cx="914400" cy="914400"/><wp:docPr id="9" name="标志"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
    '<pic:cNvPr id="9" name="标志"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
    f'<a:blip xmlns:r="{RELS}" r:link="rIdLinked"/></pic:blipFill><pic:spPr/></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)


def _reference(path: Path, kind: str, target: str) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县教育局"
    document.add_paragraph("正文")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    header = next(name for name in source.namelist() if re.fullmatch(r"word/header\d*\.xml", name))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == header and kind == "image":
                data = data.decode("utf-8").replace("</w:p>", LINKED_PICTURE + "</w:p>", 1).encode("utf-8")
            archive.writestr(name, data)
        archive.writestr(
            f"word/_rels/{header.rsplit('/', 1)[1]}.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdLinked" Type="{RELS}/{kind}" Target="{target}" TargetMode="External"/>'
            "</Relationships>",
        )


@pytest.mark.parametrize("target", ["file://///files.example/share/标志.png", "http://files.example/logo.png"])
def test_a_linked_picture_in_the_header_is_refused(tmp_path: Path, target: str) -> None:
    _reference(tmp_path / "红头.docx", "image", target)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "红头.docx" in result.stderr and "链接到文件外的" in result.stderr and target in result.stderr
    assert not (tmp_path / "通知.docx").exists()


def test_a_link_to_a_web_page_in_the_header_is_kept(tmp_path: Path) -> None:
    _reference(tmp_path / "红头.docx", "hyperlink", "http://www.example.gov.cn/")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
