"""A file saved from WordPad or Word as rich text (RTF) under a text name: 通知.txt for mining, 通知.yaml to draft.

RTF is plain ASCII, so it was read as text: `drafter parse 通知.txt` showed one document of RTF codes (a
“document” mining then learnt from), and `drafter draft 通知.yaml` failed as YAML that is no mapping. It is said
now for what it is, with how to save it as plain text; a mining run skips it and goes on.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

RTF = b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl\\f0\\fnil SimSun;}\\f0 \\u20851?\\u20110? \\par}\n"


def test_rtf_named_txt_is_skipped_by_parse(tmp_path: Path) -> None:
    (tmp_path / "通知.txt").write_bytes(RTF)
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.txt")])
    assert result.exit_code == 1, result.output
    assert "通知.txt: 不是纯文本文件（这是一个 RTF 文件" in result.output and "“.txt”" in result.output


def test_rtf_named_yaml_is_refused_by_draft(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_bytes(RTF)
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "通知.yaml: 不是纯文本文件（这是一个 RTF 文件" in result.output
    assert ".docx" not in result.output  # a facts file is text: no advice to make it a Word file


def test_a_text_that_only_mentions_rtf_is_read(tmp_path: Path) -> None:
    (tmp_path / "说明.txt").write_text(
        "关于做好防汛工作的通知\n\n各中小学：\n    文件格式可以是 {\\rtf 等。\n\n青禾县教育局\n2025年6月2日\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "说明.txt")])
    assert result.exit_code == 0, result.output
