"""Hostile inputs, round 13: 暂无, the forms' word for "none yet", in an optional field.

A clerk filling the 抄送 of a meeting notice as a form is filled wrote 抄送: 暂无: the 版记 printed 抄送：暂无。 (and
附注: 暂无 a line （暂无）), where 抄送: 无 leaves the line out. 暂无 now says none as 无 does, and in a field the
document cannot go without it is refused as 无 is.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: {name}
主送机关: 各中小学
会议时间: 2025-02-20 上午9:00
会议地点: 县教育局三楼会议室
参会人员: 各校校长
联系人: 无
成文日期: 2025-02-14
抄送: {copied}
附注: {note}
印发机关: 青禾县教育局办公室
"""


def _draft(
    tmp_path: Path, name: str = "全县防汛工作会议", copied: str = "县政府办", note: str = "此件公开发布"
) -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(name=name, copied=copied, note=note), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize("said", ["暂无", "暂无。", "“暂无”"])
def test_none_yet_leaves_an_optional_line_out(tmp_path: Path, said: str) -> None:
    code, output = _draft(tmp_path, copied=said, note=said)
    assert code == 0, output
    assert "暂无" not in output and "抄送" not in output, output
    assert "青禾县教育局办公室" in output


def test_none_yet_in_a_required_field_is_refused(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, name="暂无")
    assert code == 1, output
    assert "通知.yaml:3:" in output and "会议名称: 这是必填项" in output, output


def test_a_copy_line_written_is_printed(tmp_path: Path) -> None:
    code, output = _draft(tmp_path)
    assert code == 0 and "抄送：县政府办。" in output and "（此件公开发布）" in output, output
