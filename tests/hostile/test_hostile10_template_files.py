"""Hostile inputs, round 10: a template file saved by Notepad is read as a facts file is.

A mined template's files can be edited (README: 格式与内置模板相同，可以直接修改). Notepad saves UTF-8 with a
byte-order mark, or, as “ANSI” or “Unicode”, GBK or UTF-16. The facts file and the manifest were read in any
of these; the .j2 files only as bare UTF-8: with a BOM the mark went first on the first line and hid its
::发文机关标志, and the 红头 was drafted as a body paragraph (exit 0); as GBK or UTF-16 the draft stopped on
模板运行出错：'utf-8' codec can't decode byte 0xb7 in position 64: invalid start byte.

A built-in template is copied to make the unit's own; the text is made up for the test.
"""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n发文机关标志: 青禾县教育局文件\n类别: 布置\n事由: 做好防汛工作\n"
    "主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


def _template(tmp_path: Path, encode) -> Path:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    for path in folder.glob("*.j2"):
        path.write_bytes(encode(path.read_text(encoding="utf-8")))
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    return tmp_path / "通知.yaml"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.encode("gb18030"),
        lambda text: text.encode("utf-16"),
    ],
    ids=["utf-8 with BOM", "GBK", "UTF-16"],
)
def test_a_template_saved_by_notepad_drafts_as_before(tmp_path: Path, encode) -> None:
    facts = _template(tmp_path, encode)
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("青禾县教育局文件\n"), result.stdout[:200]
    assert "::" not in result.stdout and "\ufeff" not in result.stdout


def test_a_template_file_in_no_known_encoding_is_said_in_chinese(tmp_path: Path) -> None:
    facts = _template(tmp_path, lambda text: text.encode("utf-8"))
    (tmp_path / "本单位通知" / "head.j2").write_bytes(b"\x81\x30\xff\xfe\x80" * 20)
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "head.j2" in result.stderr and "无法识别文件编码" in result.stderr, result.stderr
    assert "codec" not in result.stderr
