"""A starter's 〔示例〕 and 〔请填写：……〕 marks deleted one character short, or spaced out, never reach a document."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_FACTS = "文种: 通知\n发文机关: 某县水利局\n主送机关: 各乡镇水利站\n事由: {matter}\n正文:\n- 汛期实行二十四小时值班。\n成文日期: 2025-06-20\n"


def _draft(tmp_path: Path, matter: str) -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(_FACTS.format(matter=matter), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "matter",
    [
        "〔示例做好汛期值班工作",
        "示例〕做好汛期值班工作",
        "〔〕做好汛期值班工作",
        "〔 示例 〕做好汛期值班工作",
        "请填写：汛期值班〕",
    ],
)
def test_what_is_left_of_a_mark_is_said_on_its_line(tmp_path: Path, matter: str) -> None:
    code, output = _draft(tmp_path, matter)
    # it was drafted: 关于〔示例做好汛期值班工作的通知
    assert code == 1 and "通知.yaml:4:5: 事由: 起草模板的标记没有删干净" in output, output
    assert "的通知" not in output


@pytest.mark.parametrize("matter", ["做好汛期值班工作", "落实青政〔2025〕3号文件", "修订示例文本"])
def test_values_without_a_mark_still_draft(tmp_path: Path, matter: str) -> None:
    code, output = _draft(tmp_path, matter)
    assert code == 0 and f"关于{matter}的通知" in output, output
