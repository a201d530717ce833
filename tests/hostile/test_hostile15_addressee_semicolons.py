"""主送机关 with its offices set apart by semicolons, as in a sentence: drafted with commas (GB/T 9704 §7.3.3) and a
提醒 naming the field; the draft was addressed 各乡镇卫生院；县直各医疗单位：."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("mark", ["；", ";"])
def test_semicolons_between_the_addressees_become_commas(tmp_path: Path, mark: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "文种: 通知\n发文机关: 桐川县卫生健康局\n类别: 布置\n事由: 做好秋季爱国卫生运动\n"
        f"主送机关: 各乡镇卫生院{mark}县直各医疗单位\n正文:\n- 各院要组织开展环境卫生整治。\n成文日期: 2025-09-08\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "各乡镇卫生院，县直各医疗单位：" in result.stdout, result.stdout
    assert "通知.yaml:5:" in result.stderr and "分号" in result.stderr
