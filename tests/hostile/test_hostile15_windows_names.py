"""An output name Windows cannot hold is refused before any work, with a name that can be used.

A clerk names the draft as the title is written (-o 通知:第1号?.docx, 会议"通知".docx) or after a device
(-o con.docx). On Linux it was written (exit 0), and the copy to the office's Windows share failed or came out
under a mangled short name; on Windows a colon wrote the draft into a hidden stream of a file named 通知. Now the
name is refused at once, the marks named and the full-width name offered; nothing is written.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("通知:第1号?.docx", "“通知：第1号？.docx”"),
        ('会议"通知".docx', "“会议＂通知＂.docx”"),
        ("a|b<c>*.md", "“a｜b＜c＞＊.md”"),
        ("con.docx", "设备的名字"),
        ("LPT1.txt", "设备的名字"),
    ],
)
def test_a_name_windows_cannot_hold_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", name])
    assert result.exit_code == 1, result.output
    assert "Windows" in result.output and said in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.yaml"]


def test_a_report_and_a_batch_folder_are_refused_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "通知.yaml", "-o", "结果?"])
    assert result.exit_code == 1 and "输出文件夹的名字" in result.output, result.output
    result = CliRunner().invoke(main, ["batch", "通知.yaml", "-o", "结果", "--report", "报告:6月.csv"])
    assert result.exit_code == 1 and "“报告：6月.csv”" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.yaml"]


@pytest.mark.skipif(os.name == "nt", reason="a name with a colon cannot be made on Windows")
def test_full_width_marks_and_an_existing_file_are_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", "通知：第1号？.docx"])
    assert result.exit_code == 0, result.output
    # A file already there under such a name was the system's to allow: --force replaces it as before.
    Path("旧:稿.txt").write_text("旧稿", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", "旧:稿.txt", "--force"])
    assert result.exit_code == 0, result.output
    assert "关于做好防汛工作的通知" in Path("旧:稿.txt").read_text(encoding="utf-8")
