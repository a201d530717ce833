"""A text file in traditional Chinese saved as Big5 (from Taiwan or Hong Kong, or an old system), with no mark of it.

Big5 bytes mostly decode as GB18030 too: the file was read as garbage (關於做好防汛工作的通知 came out 闽暗ňδ硄い…)
and mining learnt a “document” of it, exit 0 and no word. It is said to be Big5 now, with how to save it as UTF-8;
a mining run skips it and goes on. GBK files, rare names and all, read as before.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

TRADITIONAL = (
    "關於做好防汛工作的通知\n\n各中小學：\n    為做好今年防汛工作，現將有關事項通知如下。\n"
    "    各校要安排專人值班，確保安全度汛。\n\n青禾縣教育局\n2025年6月2日\n"
)
SIMPLIFIED = (
    "关于做好防汛工作的通知\n\n各中小学：\n    请龚鑫、禤欢、王堃、李淼同志于岢岚县、邗江区参加值班。\n\n"
    "青禾县教育局\n2025年6月2日\n"
)


def test_a_big5_text_is_said_not_read_as_garbage(tmp_path: Path) -> None:
    (tmp_path / "通知.txt").write_bytes(TRADITIONAL.encode("big5"))
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.txt")])
    assert result.exit_code == 1, result.output
    assert "通知.txt: 文件像是繁体中文的 Big5 编码" in result.output and "UTF-8" in result.output
    assert "闽" not in result.output


def test_a_gbk_text_with_rare_names_is_read(tmp_path: Path) -> None:
    (tmp_path / "通知.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.txt")])
    assert result.exit_code == 0, result.output
    assert "关于做好防汛工作的通知" in result.output


def test_a_big5_facts_file_is_refused_at_once(tmp_path: Path) -> None:
    facts = (
        "文種: 通知\n發文機關: 青禾縣教育局\n事由: 做好防汛工作\n主送機關: 各中小學\n正文:\n- 各校要做好防汛值班。\n"
    )
    (tmp_path / "通知.yaml").write_bytes(facts.encode("big5"))
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "Big5" in result.output
