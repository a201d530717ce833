"""A reference file (红头模板) whose header still holds tracked changes: the draft shows the changes made, not the marks.

A clerk changes the unit's name in the 红头 with 修订 on and saves. The header then holds the new name inside w:ins,
the old one inside w:del, a font change as w:rPrChange, each signed with the editor's name and a date, and a
comment's anchor. Copied verbatim, every draft opened in Word with revision marks in its letterhead (the old name
struck through beside the new) and the editor's name in the 审阅 pane, and an anchor to comments the draft does
not have. Now the changes are accepted, as 接受所有修订 does, and the line of what was taken says so. The reference
file is made up for the test.
"""

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from bounded import run_drafter

from drafter.docx.revisions import accept_revisions

FACTS = (
    "文种: 通知\n发文机关: 青禾县农业农村局\n类别: 布置\n事由: 做好春耕备耕工作\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要及早调运种子化肥。\n成文日期: 2025-03-03\n"
)
SIGNED = 'w:id="{}" w:author="办公室 李某/秘书科" w:date="2025-01-01T08:00:00Z"'
REVISED_RUNS = (
    f"<w:ins {SIGNED.format(901)}><w:r><w:t>青禾县农业农村局</w:t></w:r></w:ins>"
    f"<w:del {SIGNED.format(902)}><w:r><w:delText>青禾县农业局</w:delText></w:r></w:del>"
    f"<w:ins {SIGNED.format(903)}><w:del {SIGNED.format(904)}><w:r><w:delText>（暂定）</w:delText></w:r></w:del></w:ins>"
    '<w:commentRangeStart w:id="0"/><w:r><w:rPr><w:b/>'
    f"<w:rPrChange {SIGNED.format(905)}><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>文件</w:t></w:r>"
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
)


def _reference(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "占位"
    document.add_paragraph("正文")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    header = next(name for name in source.namelist() if re.fullmatch(r"word/header\d*\.xml", name))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == header:
                text = data.decode("utf-8")
                text = re.sub(r"<w:r>.*?</w:r>", REVISED_RUNS, text, count=1, flags=re.DOTALL)
                # A deleted paragraph mark, too.
                text = text.replace("</w:pPr>", f"<w:rPr><w:del {SIGNED.format(906)}/></w:rPr></w:pPr>", 1)
                data = text.encode("utf-8")
            archive.writestr(name, data)


def _headers(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n).decode("utf-8") for n in archive.namelist() if re.fullmatch(r"word/header\d*\.xml", n)]


def test_a_header_with_tracked_changes_is_drafted_with_them_accepted(tmp_path: Path) -> None:
    _reference(tmp_path / "红头.docx")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "页眉（其中的修订已全部接受）" in result.stderr + result.stdout
    headers = _headers(tmp_path / "通知.docx")
    assert headers
    for header in headers:
        for mark in ("<w:ins", "<w:del ", "<w:delText", "rPrChange", "commentR", "李某"):
            assert mark not in header, (mark, header)
        assert "青禾县农业农村局" in header and "文件" in header
        assert "青禾县农业局" not in header and "暂定" not in header
        assert "<w:b/>" in header  # the change's result stays; only its record goes


def test_the_draft_holds_no_anchor_to_comments_it_has_not(tmp_path: Path) -> None:
    audit = pytest.importorskip("openxml_audit")
    _reference(tmp_path / "红头.docx")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    assert run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path).returncode == 0
    found = audit.OpenXmlValidator().validate(tmp_path / "通知.docx")
    assert not list(getattr(found, "errors", found)), found


def test_a_header_without_changes_is_said_as_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县农业农村局"
    document.save(tmp_path / "红头.docx")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "修订" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("xml", "accepted"),
    [
        # Attribute values holding > and / (an author's name, a department) do not end the tag.
        (
            '<w:p><w:del w:author="a/b>c"><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:t>新</w:t></w:r></w:p>',
            "<w:p><w:r><w:t>新</w:t></w:r></w:p>",
        ),
        ("<w:p><w:ins w:author='x/>'><w:r><w:t>加</w:t></w:r></w:ins></w:p>", "<w:p><w:r><w:t>加</w:t></w:r></w:p>"),
        # A deleted paragraph mark and an inserted one are markers; the paragraph stays.
        ('<w:p><w:pPr><w:rPr><w:ins w:id="1"/></w:rPr></w:pPr></w:p>', "<w:p><w:pPr><w:rPr></w:rPr></w:pPr></w:p>"),
        # Text moved: gone from where it was, kept where it went.
        (
            '<w:moveFromRangeStart w:id="1" w:name="m"/><w:moveFrom><w:r><w:t>移</w:t></w:r></w:moveFrom>'
            '<w:moveFromRangeEnd w:id="1"/><w:moveTo><w:r><w:t>移</w:t></w:r></w:moveTo>',
            "<w:r><w:t>移</w:t></w:r>",
        ),
        # delText, delInstrText are not w:del.
        ("<w:r><w:delText>x</w:delText></w:r>", "<w:r><w:delText>x</w:delText></w:r>"),
    ],
)
def test_tracked_changes_are_accepted(xml: str, accepted: str) -> None:
    assert accept_revisions(xml.encode("utf-8")).decode("utf-8") == accepted
