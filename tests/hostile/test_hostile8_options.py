"""A count that is no number (-j abc) is said in Chinese alone: 'range' was left in the message."""

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize(
    "command", [["mine", "档案", "-o", "结果"], ["parse", "档案"], ["batch", "名单.yaml", "-o", "输出"]]
)
def test_a_count_that_is_no_number_is_said_in_chinese(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "-j", "abc"])
    assert result.exit_code == 2
    assert "“abc”不是有效的整数。" in result.output and "range" not in result.output
