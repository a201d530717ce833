"""A .docx of tables nested one in another forty thousand deep (40 KB on disk, under every size and ratio limit):
parse and mine walked each table's whole inside to tell its paragraphs and the nested tables apart, time of the
square of the depth, and read it for a minute and a half. Now once through."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from bounded import run_drafter

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DEPTH = 40_000


def _nested_docx() -> bytes:
    cell = "<w:p><w:r><w:t>各单位要认真检查。</w:t></w:r></w:p>"
    body = (
        "<w:p><w:r><w:t>关于做好防汛工作的通知</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc>" * _DEPTH
        + cell
        + "</w:tc></w:tr></w:tbl>" * _DEPTH
        + "<w:p/>"
    )
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
    return packed.getvalue()


def test_tables_nested_deep_are_read_in_bounded_time(tmp_path: Path) -> None:
    (tmp_path / "嵌套.docx").write_bytes(_nested_docx())
    result = run_drafter("parse", "嵌套.docx", cwd=tmp_path, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "嵌套.docx：1 篇" in result.stdout, result.stdout
