"""A folder with hundreds of files drafter passes over says so in a few lines, the odd one out still seen.

An office's archive folder holds its scanned PDFs by the hundred beside the few Word files: ``mine`` and
``parse`` printed one 跳过 line per file (400 lines above the summary), and the one broken .docx that the
clerk could do something about scrolled away among them.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

NOTICE = (
    "梧川镇人民政府关于做好{matter}工作的通知\n各村（社区）：\n为做好{matter}工作，现将有关事项通知如下：\n"
    "一、加强隐患排查\n各村要每月开展一次隐患排查。\n二、工作要求\n请各村高度重视。\n特此通知。\n"
    "梧川镇人民政府\n2025年{month}月1日\n"
)


def _archive(tmp_path: Path, scans: int = 300, blanks: int = 120) -> Path:
    folder = tmp_path / "档案"
    folder.mkdir()
    for month, matter in enumerate(["安全生产", "森林防火", "防汛抗旱"], 1):
        (folder / f"通知{month}.txt").write_text(NOTICE.format(matter=matter, month=month), encoding="utf-8")
    for number in range(scans):
        (folder / f"扫描{number:03d}.pdf").write_bytes(b"%PDF-1.4\n%scan\n")
    for number in range(blanks):
        (folder / f"空白{number:03d}.txt").write_text(" \n", encoding="utf-8")
    (folder / "坏的.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    return folder


def _skipped_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("跳过", "……"))]


def test_mine_says_the_files_skipped_for_one_reason_on_one_line(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(tmp_path / "结果")])
    assert result.exit_code == 0, result.output
    lines = _skipped_lines(result.output)
    assert len(lines) == 3, lines
    assert any(line.startswith("跳过 300 个文件（") and "扫描000.pdf" in line and "PDF" in line for line in lines)
    assert any(line.startswith("跳过 120 个文件（") and "文件是空的" in line for line in lines)
    assert any("坏的.docx: 不是有效的 .docx 文件" in line for line in lines)
    # Every one of them is still in the report.
    report = (tmp_path / "结果" / "report.html").read_text(encoding="utf-8")
    assert "扫描299.pdf" in report and "空白119.txt" in report


def test_a_few_files_skipped_for_one_reason_are_each_named(tmp_path: Path) -> None:
    folder = _archive(tmp_path, scans=3, blanks=0)
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    lines = _skipped_lines(result.output)
    assert len(lines) == 4, lines
    assert sum("扫描" in line for line in lines) == 3


def test_many_reasons_of_their_own_are_cut_short_with_where_to_see_all(tmp_path: Path) -> None:
    # Each broken file's reason names its own line: said one by one, the first ones, then a count.
    folder = _archive(tmp_path, scans=0, blanks=0)
    for number in range(40):
        (folder / f"乱码{number:02d}.txt").write_bytes("通知\n".encode() * (number + 1) + b"\xff\xfe\xfa\xfb" * 8)
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    lines = _skipped_lines(result.output)
    assert len(lines) == 11, lines
    assert lines[-1].startswith("……另有 31 行没有列出") and "加 --json 可以列出全部" in lines[-1]
    listed = CliRunner().invoke(main, ["parse", "--json", str(folder)])
    assert listed.stdout.count('"path": ') - listed.stdout.count('"documents"') == 41  # 40 乱码 and 坏的.docx
