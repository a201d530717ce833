"""A record written on one line (联系人: 林晓 0571-88001234) is refused with how to write it, its own values shown
where a name and a phone number can be told apart (hostile11: refused with no example of the right form)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def test_a_contact_on_one_line_is_shown_written_as_its_keys(tmp_path: Path) -> None:
    starter = tmp_path / "请示.yaml"
    made = CliRunner().invoke(main, ["new", "请示", "-o", str(starter)])
    assert made.exit_code == 0, made.output
    text = re.sub(
        r"^联系人:\n(?:[- ] .*\n)+", "联系人: 林晓 0571-88001234\n", starter.read_text(encoding="utf-8"), flags=re.M
    )
    starter.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(starter)])
    assert result.exit_code != 0
    assert "“姓名: 林晓”“电话: 0571-88001234”" in result.output, result.output
