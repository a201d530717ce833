"""A spreadsheet kept among past documents (an attachment's 名单) is said to be skipped, as a PDF or a .wps beside it
is; the folder's documents are read all the same (exit 0)."""

from __future__ import annotations

from pathlib import Path

from bounded import run_drafter

NOTICE = (
    "关于做好2026年防汛值班工作的通知\n"
    "各股室：\n"
    "　　汛期将至，为确保信息畅通，现就值班工作通知如下：\n"
    "　　一、严格值班纪律。值班人员要24小时在岗。\n"
    "　　二、及时报送信息。遇有险情要在30分钟内报告。\n"
    "桐溪县水务局\n"
    "2026年5月20日\n"
)


def test_a_sheet_among_documents_is_said_to_be_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "值班通知.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "值班人员名单.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "汇总表.et").write_bytes(b"\xd0\xcf\x11\xe0")
    result = run_drafter("parse", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "值班人员名单.xlsx" in result.stderr and "汇总表.et" in result.stderr
    assert "不是公文正文" in result.stderr
    assert "关于做好2026年防汛值班工作的通知" in result.stdout
