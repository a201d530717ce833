"""ux27: drafter templates list 挖掘结果 lists the templates in that folder (it was refused as 多出了参数（挖掘结果）；
含空格的文件名请加引号, though the name held no space)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _template(folder: Path, genre: str, base: str) -> None:
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text(
        f"name: {folder.name}\ngenre: {genre}\nextends: {base}\ndescription: 本街道的{base}\n", encoding="utf-8"
    )


def test_the_templates_of_a_mined_folder_are_listed_in_its_reports_order(tmp_path: Path) -> None:
    out = tmp_path / "挖掘结果"
    _template(out / "notice", "notice", "通知")
    _template(out / "request", "request", "请示")
    genres = [{"genre": "request", "name": "请示", "template": "request"}, {"genre": "notice", "template": "notice"}]
    (out / "report.json").write_text(json.dumps({"genres": genres}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["templates", "list", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("请示") and str(out / "request") in lines[0] and "本街道的请示" in lines[0]
    assert lines[1].startswith("通知") and str(out / "notice") in lines[1]
    assert "drafter new --template" in result.output


def test_one_broken_template_is_named_and_the_others_still_listed(tmp_path: Path) -> None:
    _template(tmp_path / "模板" / "notice", "notice", "通知")
    broken = tmp_path / "模板" / "坏的"
    broken.mkdir()
    (broken / "manifest.yaml").write_text("name: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["templates", "list", str(tmp_path / "模板")])
    assert result.exit_code == 1
    assert "本街道的通知" in result.output and "坏的" in result.output and "Traceback" not in result.output


def test_a_folder_without_templates_says_so(tmp_path: Path) -> None:
    (tmp_path / "档案").mkdir()
    result = CliRunner().invoke(main, ["templates", "list", str(tmp_path / "档案")])
    assert result.exit_code == 1 and "没有模板文件夹" in result.output
    missing = CliRunner().invoke(main, ["templates", "list", str(tmp_path / "没有")])
    assert missing.exit_code == 1 and "不存在" in missing.output


def test_without_a_folder_the_builtins_are_listed() -> None:
    result = CliRunner().invoke(main, ["templates", "list"])
    assert result.exit_code == 0 and "通知（notice）" in result.output
