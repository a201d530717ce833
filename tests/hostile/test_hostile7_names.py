"""Names written on one line with spaces between them (出席: 王明 李华 张强) are several names."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

MINUTES = """文种: 会议纪要
会议名称: 2025年第3次局务会议
单位: 柘湾区教育局
会议日期: 2025-03-12
会议地点: 局三楼会议室
主持人: 局长王明
议定事项:
  - 标题: 关于招生
    内容: 会议同意招生方案。
出席: {present}
"""


def _present_line(tmp_path: Path, present: str) -> str:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(MINUTES.format(present=present), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if line.strip().startswith("出席")]
    return line.strip()


@pytest.mark.parametrize("present", ["王明 李华 张强", "王明  李华\t张强", "王明　李华　张强", "[王明, 李华, 张强]"])
def test_names_with_spaces_between_them_are_several(tmp_path: Path, present: str) -> None:
    # The gaps between Chinese characters were closed: 出席：王明李华张强.
    assert _present_line(tmp_path, present) == "出席：王明、李华、张强"


@pytest.mark.parametrize(("present", "shown"), [("欧阳明", "出席：欧阳明"), ("CnPack 开发组", "出席：CnPack 开发组")])
def test_one_name_stays_one(tmp_path: Path, present: str, shown: str) -> None:
    assert _present_line(tmp_path, present) == shown
