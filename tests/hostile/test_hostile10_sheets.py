"""Hostile inputs, round 10: a sheet drafted to the screen is sent to drafter batch, as one drafted to a file is.

drafter draft 名单.xlsx says 这是表格，每行一份公文，请用 drafter batch 起草; with -o - (to look at it first, as
README shows for facts files) the clerk was told only 事实文件应当是 .yaml 或 .yml 文件.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("name", ["名单.xlsx", "名单.csv"])
def test_a_sheet_drafted_to_the_screen_is_sent_to_batch(tmp_path: Path, name: str) -> None:
    sheet = tmp_path / name
    sheet.write_bytes(b"PK\x03\x04" if name.endswith(".xlsx") else "文种,事由\n通知,做好防汛工作\n".encode())
    result = CliRunner().invoke(main, ["draft", str(sheet), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "这是表格，每行一份公文，请用 drafter batch 起草" in result.stderr, result.stderr
