"""ux30 walk: the bureau copies its notices to 县委宣传部，县人民政府办公室 (the Party's office first, as every one of
them writes it) adding the office each matter concerns, and one notice to 县人民政府办公室 with another office. The mined 抄送 default put 县人民政府办公室
first, because more documents name it: every notice drafted from the template listed the two the other way round.

The documents are made up for this walk (a 农业农村局 of an imagined county)."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from drafter.cli import main
from tests.test_ux30_remine import _MATTERS, _notice


def test_the_mined_copies_keep_the_order_the_documents_write_them_in(tmp_path: Path) -> None:
    archive = tmp_path / "档案"
    archive.mkdir()
    # No whole 抄送 line is written by most: the offices every notice copies to are learnt by themselves.
    copies = [
        "县委农办，县人民政府办公室",
        "县委农办，县人民政府办公室",
        "县委农办，县人民政府办公室，县财政局",
        "县委农办，县人民政府办公室，县林业局",
        "县人民政府办公室，县应急管理局",
    ]
    for number, (matter, copied) in enumerate(zip(_MATTERS, copies, strict=True), 1):
        (archive / f"通知{number}.txt").write_text(_notice(number, matter, copied), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(tmp_path / "模板")])
    assert result.exit_code == 0, result.output
    manifest = yaml.safe_load((tmp_path / "模板" / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    assert manifest["fields"]["抄送"]["default"] == ["县委农办", "县人民政府办公室"]
    assert "“县委农办，县人民政府办公室”" in manifest["fields"]["抄送"]["description"]
