"""Hostile inputs, round 13: a 函 or 批复 told no closing with 暂无.

结语: 无 (不要, 不写 …) leaves a letter's or a reply's closing out, but the built-in closings spelt the words for
none out each, and 暂无 (now a word for none everywhere else) was printed as the letter's last paragraph. The
closings read the one list now.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


@pytest.mark.parametrize("sample", ["函", "复函", "批复"])
@pytest.mark.parametrize("said", ["暂无", "“暂无”", "无", "不要。"])
def test_no_closing_said_so_has_none(tmp_path: Path, sample: str, said: str) -> None:
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("结语:"))
    facts = tmp_path / "稿.yaml"
    facts.write_text(f"{kept}\n结语: {said}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "暂无" not in result.output and "　　无\n" not in result.output and "不要" not in result.output
    assert "此复" not in result.output and "特此函告" not in result.output, result.output


@pytest.mark.parametrize(("sample", "closing"), [("函", "请予函复。"), ("批复", "此复。")])
def test_a_closing_written_is_printed(tmp_path: Path, sample: str, closing: str) -> None:
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("结语:"))
    facts = tmp_path / "稿.yaml"
    facts.write_text(f"{kept}\n结语: {closing}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0 and f"　　{closing}\n" in result.output, result.output
