"""Hostile inputs, round 13: a 主送机关 or a speech's 称呼 ended on a comma.

A clerk copying the addressees out of a list (各乡镇中心学校，县直各学校，) or ending a salutation as a sentence
goes on (称呼: 各位领导，同志们，) had the draft read 县直各学校，： and 同志们，：, the comma kept before the colon
the line ends on. The comma is dropped now: the line ends on its colon alone.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


def _lines(tmp_path: Path, sample: str, key: str, value: str) -> list[str]:
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith(f"{key}:"))
    facts = tmp_path / "稿.yaml"
    facts.write_text(f'{kept}\n{key}: "{value}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("各乡镇中心学校，县直各学校，", "各乡镇中心学校，县直各学校："),
        ("各中小学、", "各中小学："),
        ("各中小学；", "各中小学："),
    ],
)
def test_an_addressee_ended_on_a_comma_ends_on_its_colon(tmp_path: Path, value: str, line: str) -> None:
    assert line in _lines(tmp_path, "会议通知", "主送机关", value)


@pytest.mark.parametrize(("value", "line"), [("同志们，", "同志们："), ("各位领导，同志们，", "各位领导，同志们：")])
def test_a_salutation_ended_on_a_comma_ends_on_its_colon(tmp_path: Path, value: str, line: str) -> None:
    assert line in _lines(tmp_path, "讲话稿", "称呼", value)
