"""Hostile inputs, round 10: a Word file's text boxes and tracked moves are read once, as they show.

Word writes every text box twice, as a DrawingML shape and again as its VML fallback for older readers
(mc:AlternateContent), both under the paragraph the box is anchored in; a 红头 is often set in one. The
reader took the anchoring paragraph's text with the box's inside it, then each copy of the box's paragraph:
the unit's 红头 was read three times, once as 岚川市文化广电和旅游局文件岚川市文化广电和旅游局文件.
A paragraph moved with tracked changes on keeps its old place (w:moveFrom, text in w:t) beside its new
one (w:moveTo): its heading was read twice, and ``drafter parse`` listed 二、落实责任 twice.

The documents are written for this test: a fictional 岚川市文化广电和旅游局.
"""

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.reader import read_docx_lines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
UNIT = "岚川市文化广电和旅游局"
LINES = [
    "岚文旅发〔2025〕9号",
    "关于做好汛期景区安全工作的通知",
    "各区县文化广电和旅游局：",
    "汛期将至，现将有关事项通知如下：",
    "一、加强巡查",
    "各地要加强巡查。",
]
CLOSING = ["特此通知。", UNIT, "2025年6月3日"]


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _text_box(text: str) -> str:
    """A paragraph anchoring a text box, written as Word writes it: the shape and its VML fallback."""
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{_p(text)}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox><w:txbxContent>{_p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def _docx(path: Path, body: str) -> Path:
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {NAMESPACES}><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("word/document.xml", document)
    return path


def test_a_red_head_in_a_text_box_is_read_once(tmp_path: Path) -> None:
    path = _docx(tmp_path / "通知.docx", _text_box(f"{UNIT}文件") + "".join(map(_p, LINES + CLOSING)))
    texts = [line.text for line in read_docx_lines(path.read_bytes(), path.name)]
    assert texts.count(f"{UNIT}文件") == 1, texts
    assert not any(text.count("文件") > 1 for text in texts), texts
    assert [text for text in texts if text] == [f"{UNIT}文件", *LINES, *CLOSING]


def test_a_heading_moved_with_tracked_changes_is_read_where_it_went(tmp_path: Path) -> None:
    moved_to = '<w:p><w:moveTo w:id="2" w:author="办公室"><w:r><w:t>二、落实责任</w:t></w:r></w:moveTo></w:p>'
    moved_from = '<w:p><w:moveFrom w:id="1" w:author="办公室"><w:r><w:t>二、落实责任</w:t></w:r></w:moveFrom></w:p>'
    deleted = '<w:p><w:del w:id="3" w:author="办公室"><w:r><w:t>三、旧的一条</w:t></w:r></w:del></w:p>'
    body = "".join(map(_p, LINES)) + moved_to + _p("各单位要落实责任。") + moved_from + deleted
    path = _docx(tmp_path / "通知.docx", body + "".join(map(_p, CLOSING)))
    result = CliRunner().invoke(main, ["parse", "--json", str(path)])
    assert result.exit_code == 0, result.output
    (document,) = json.loads(result.stdout)["files"][0]["documents"]
    assert [heading["text"] for heading in document["headings"]] == ["加强巡查", "落实责任"]
