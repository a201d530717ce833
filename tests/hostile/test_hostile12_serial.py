"""Hostile inputs, round 12: a 文号序号 left blank or written 无 is pointed to at its own line.

A mined template composes the 发文字号 from the unit's 文号格式 and a 文号序号. A clerk who blanked the starter's
文号序号 line (or wrote 无) was told 没有写发文字号的序号 at the file's first line (通知.yaml:1:1), the line of 模板.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = (
    "某县水利局文件\n某水〔2025〕{n}号\n关于做好{what}工作的通知\n各乡镇水利站：\n为做好{what}工作，结合我县实际，现将有关事项通知如下：\n"
    "一、工作安排\n各站按要求抓好{what}。\n二、工作要求\n请各单位高度重视，认真抓好落实。\n特此通知。\n某县水利局\n2025年3月{n}日\n"
)
_FACTS = "模板: 挖掘结果/notice\n事由: 做好汛期值班工作\n正文:\n- 汛期实行值班。\n成文日期: 2025-06-20\n{serial}"


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("serial")
    (root / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (root / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(root / "档案"), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0 and (root / "挖掘结果" / "notice" / "manifest.yaml").is_file(), result.output
    return root


@pytest.mark.parametrize(("serial", "where"), [("文号序号: 无\n", "6:7"), ("文号序号:\n", "6:"), ("", "1:1")])
def test_a_serial_left_out_is_said_where_it_was_to_be(mined: Path, serial: str, where: str) -> None:
    facts = mined / "通知.yaml"
    facts.write_text(_FACTS.format(serial=serial), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert f"通知.yaml:{where}" in result.stderr and "文号序号: 没有写发文字号的序号" in result.stderr, result.stderr
