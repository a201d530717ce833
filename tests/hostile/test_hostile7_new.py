"""drafter new with a genre of spaces only (a script's empty variable) says so."""

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("args", [["new", " "], ["new", "　", "--template", "函"]])
def test_a_blank_genre_is_said_to_be_blank(args: list[str]) -> None:
    # It looked for a template in the current folder: '错误：.: 不是模板文件夹（缺少 manifest.yaml）'.
    result = CliRunner().invoke(main, [*args, "-o", "-"])
    assert result.exit_code != 0
    assert "文种或模板是空的" in result.output and "manifest.yaml" not in result.output
