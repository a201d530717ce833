"""A section's .j2 that is no readable file is said, not passed over for the built-in's.

In a template folder that extends a built-in, intro.j2 made a folder (a colleague's unzip), or a link to itself,
is passed over and the built-in template's intro.j2 drafts the section instead: the unit's own opening is
silently replaced (exit 0). Now the folder's load names the file and what stands there instead, exit 1.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize("kind", ["folder", "self-link"])
def test_a_section_file_that_is_not_a_file_is_said(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "本单位通知"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: 本单位通知\ngenre: notice\nextends: notice\n", encoding="utf-8")
    if kind == "folder":
        (folder / "intro.j2").mkdir()
    elif os.name != "nt":
        (folder / "intro.j2").symlink_to("intro.j2")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "intro.j2" in result.output
