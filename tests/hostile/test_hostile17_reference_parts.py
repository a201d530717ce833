"""A reference file whose header reference leads to a part that is no header is refused, not copied into every draft.

A 红头 file whose document relationships say the header is word/document.xml (hand-edited, or damaged): the whole
body of the reference, its sections and the styles and numbering it points to, were copied in as the header of
every draft, a header whose root is a document, which Word cannot open. The reference file is made up for the test.
"""

import io
import re
import zipfile
from pathlib import Path

import docx
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县交通运输局\n类别: 布置\n事由: 做好春运安全工作\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要排查客运车辆。\n成文日期: 2025-01-06\n"
)


def _reference(path: Path, target: str) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县交通运输局"
    document.add_paragraph("参考文件自己的正文")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/_rels/document.xml.rels":
                text = data.decode("utf-8")
                data = re.sub(r'(Type="[^"]*/header" Target=")[^"]*"', rf'\g<1>{target}"', text).encode("utf-8")
            archive.writestr(name, data)


def test_a_header_that_is_the_document_is_refused(tmp_path: Path) -> None:
    _reference(tmp_path / "红头.docx", "document.xml")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-r", "红头.docx", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "红头.docx: 页眉指向的 word/document.xml 不是页眉" in result.stderr, result.stderr
    assert not (tmp_path / "通知.docx").exists()
