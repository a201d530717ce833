"""A 模板 folder written with a typo (模板: 挖掘结果/notcie) is refused at the file, line (or sheet row and
column) and field, naming the template folders beside it nearest the name written. Before, a typo under
drafter mine's output folder was said as 挖掘结果/notcie: 模板文件夹不存在（……）, with no file, line or field,
and no folder's name was offered anywhere."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

NOTICE = "事由: 做好冬季用电安全\n主送机关: 各村委会\n正文: 请各村排查老旧线路。\n成文日期: 2025-11-20\n发文机关: 柏溪镇人民政府\n"


def _templates(folder: Path, *, mined: bool) -> None:
    """A folder holding two template folders, notice and minutes (copies of the built-ins), and for ``mined``
    the report.json drafter mine writes beside them."""
    folder.mkdir()
    for name in ("notice", "minutes"):
        shutil.copytree(builtin_root() / name, folder / name)
    if mined:
        genres = [
            {"genre": "notice", "name": "通知", "template": "notice"},
            {"genre": "meeting_report", "name": "会议报道/纪要", "template": "minutes"},
        ]
        (folder / "report.json").write_text(json.dumps({"genres": genres}, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("mined", [True, False], ids=["mined", "plain"])
def test_a_facts_files_template_typo_is_said_at_its_line_with_the_nearest_folder(tmp_path: Path, mined: bool) -> None:
    _templates(tmp_path / "挖掘结果", mined=mined)
    facts = tmp_path / "通知.yaml"
    facts.write_text("模板: 挖掘结果/notcie\n" + NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert f"{facts.name}:1:5: 模板: 找不到模板文件夹“挖掘结果/notcie”" in result.output, result.output
    assert "是否想写“挖掘结果/notice”" in result.output, result.output


def test_a_sheets_template_typo_is_said_at_its_row_and_column(tmp_path: Path) -> None:
    _templates(tmp_path / "挖掘结果", mined=True)
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "主送机关,模板,事由,成文日期,发文机关,正文\n"
        "各村委会,挖掘结果/notise,做好冬季用电安全,2025-11-20,柏溪镇人民政府,请各村排查老旧线路。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert "名单.csv 第2行 B列: 模板: 找不到模板文件夹“挖掘结果/notise”" in result.output, result.output
    assert "是否想写“挖掘结果/notice”" in result.output, result.output


def test_a_batch_lists_default_template_typo_is_said_at_the_default(tmp_path: Path) -> None:
    _templates(tmp_path / "挖掘结果", mined=True)
    listing = tmp_path / "名单.yaml"
    body = "".join(f"  {line}\n" for line in NOTICE.splitlines())
    listing.write_text(
        f"默认:\n  模板: 挖掘结果/notcie\n{body}批量:\n  - 文件名: 甲\n  - 文件名: 乙\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["batch", str(listing), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert "名单.yaml:2:7: 模板: 找不到模板文件夹“挖掘结果/notcie”" in result.output, result.output
