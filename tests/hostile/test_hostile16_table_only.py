"""A Word file that holds nothing but a table (a register, a list of names, a reply form) is skipped and named.

Kept among a unit's past documents, such a file was mined as one document of 其他, its cells run together as
lines and counted among the documents read, and parse showed it as one. It is listed with the skipped files now,
with why; a document some unit set inside a one-column frame table is still read as the document it is.
The material is made up for the test.
"""

import json
from pathlib import Path

import docx
from bounded import run_drafter

NOTICE = (
    "关于做好{matter}工作的通知",
    "各中小学：",
    "为做好{matter}工作，现将有关事项通知如下。",
    "一、各校要安排专人值班，值班人员不得脱岗。",
    "二、各校要及时报送有关情况。",
    "青禾县教育局",
    "2025年6月{day}日",
)


def _register(path: Path) -> None:
    document = docx.Document()
    rows = [("序号", "姓名", "单位"), ("1", "林晓", "青禾县教育局"), ("2", "周安", "青禾县第二小学")]
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def _framed_notice(path: Path, matter: str, day: int) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = NOTICE[0].format(matter=matter)
    for line in NOTICE[1:]:
        cell.add_paragraph(line.format(matter=matter, day=day))
    document.save(str(path))


def test_a_register_is_skipped_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "过往公文"
    folder.mkdir()
    for day, matter in ((2, "防汛"), (9, "防暑")):
        (folder / f"{matter}.txt").write_text("\n".join(NOTICE).format(matter=matter, day=day), encoding="utf-8")
    _register(folder / "参会人员登记表.docx")
    result = run_drafter("mine", "过往公文", "-o", "结果", cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "跳过 过往公文/参会人员登记表.docx: 只有表格" in result.stderr, result.stderr
    report = json.loads((tmp_path / "结果" / "report.json").read_text(encoding="utf-8"))
    assert "参会人员登记表.docx" in {Path(item["path"]).name for item in report["skipped"]}
    assert report["overview"]["documents"] == 2


def test_parse_says_a_register_is_no_document(tmp_path: Path) -> None:
    _register(tmp_path / "名单.docx")
    result = run_drafter("parse", "名单.docx", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "名单.docx: 只有表格" in result.stderr and "Traceback" not in result.stderr


def test_a_notice_in_a_frame_table_is_still_read(tmp_path: Path) -> None:
    _framed_notice(tmp_path / "防汛.docx", "防汛", 2)
    result = run_drafter("parse", "防汛.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "关于做好防汛工作的通知" in result.stdout, result.stdout
