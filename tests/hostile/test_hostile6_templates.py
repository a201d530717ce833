"""--template given the folder drafter mine wrote, one level short of the template inside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = (
    "某县水利局文件\n某水〔2025〕{n}号\n关于做好{what}工作的通知\n各乡镇水利站：\n为做好{what}工作，结合我县实际，现将有关事项通知如下：\n"
    "一、工作安排\n各站按要求抓好{what}。\n二、工作要求\n请各单位高度重视，认真抓好落实。\n特此通知。\n某县水利局\n2025年3月{n}日\n"
)


def test_the_output_of_mine_names_the_templates_inside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (tmp_path / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["mine", "档案", "-o", "挖掘结果"])
    assert result.exit_code == 0 and (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").is_file(), result.output
    for args in (["new", "--template", "挖掘结果"], ["templates", "show", "挖掘结果"]):
        result = CliRunner().invoke(main, args)
        # it was only '挖掘结果: 不是模板文件夹（缺少 manifest.yaml）'
        assert result.exit_code == 1 and "请写其中的一个模板：通知（挖掘结果/notice）" in result.output, result.output
    (tmp_path / "别的").mkdir()
    result = CliRunner().invoke(main, ["new", "--template", "别的"])
    assert result.exit_code == 1 and "别的: 不是模板文件夹（缺少 manifest.yaml）\n" in result.output, result.output
