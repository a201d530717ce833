"""A list of names written as 无 (抄送: 无) is none: the 版记 has no 抄送 line, not 抄送：无。"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """文种: 通知
发文机关: 梧川镇人民政府
发文机关标志: 梧川镇人民政府文件
事由: 冬季森林防火
主送机关: 各村（社区）
正文: 请各村落实巡山责任。
成文日期: 2025-12-01
印发机关: 梧川镇党政办公室
{extra}
"""


def _draft(tmp_path: Path, extra: str) -> list[str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(extra=extra), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize("written", ["无", "无。", "没有", "[不要]"])
def test_no_copies_written_in_words_prints_no_copy_line(tmp_path: Path, written: str) -> None:
    # A mined template copies to the unit's usual offices; the clerk who wanted none wrote 抄送: 无 and the
    # 版记 said 抄送：无。
    lines = _draft(tmp_path, f"抄送: {written}")
    assert not any(line.startswith("抄送") for line in lines), lines


def test_copies_written_out_are_kept(tmp_path: Path) -> None:
    assert "抄送：县林业局。" in _draft(tmp_path, "抄送: 县林业局")


def test_no_red_head_written_in_words_prints_none(tmp_path: Path) -> None:
    assert _draft(tmp_path, "")[0] == "梧川镇人民政府文件"
    facts = NOTICE.replace("发文机关标志: 梧川镇人民政府文件", "发文机关标志: 无")
    (tmp_path / "通知.yaml").write_text(facts.format(extra=""), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "无" not in result.output.splitlines()[0]


def test_no_issuing_office_or_note_written_in_words_prints_none(tmp_path: Path) -> None:
    # 印发机关: 无 printed 无　　2025年12月1日印发, 附注: 无 a line （无）.
    assert "　　（无）" not in _draft(tmp_path, "附注: 无")
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.replace("印发机关: 梧川镇党政办公室", "印发机关: 无").format(extra=""), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not any(line.startswith("无") for line in result.output.splitlines())


REPLY = """文种: 批复
发文机关: 梧川镇人民政府
事由: 同意石门村硬化村道
主送机关: 石门村村民委员会
来文:
  标题: 关于硬化村道的请示
批复意见:
  - 同意你村硬化一组至三组村道。
成文日期: 2026-03-02
{closing}
"""


@pytest.mark.parametrize(("closing", "last"), [("结语: 无", "同意你村硬化一组至三组村道。"), ("", "此复。")])
def test_a_reply_told_no_closing_has_none(tmp_path: Path, closing: str, last: str) -> None:
    # 结语: 无 was drafted as the closing itself: the 批复 ended on a line 无.
    facts = tmp_path / "批复.yaml"
    facts.write_text(REPLY.format(closing=closing), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[lines.index("梧川镇人民政府") - 1] == "　　" + last
