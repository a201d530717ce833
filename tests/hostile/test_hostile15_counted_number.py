"""A number field written as the count is said (份数: 共30份, 文号序号: 第12号) is told to be written as the digits.

12号 was told 只写数字，如 12; 第12号 and 共30份 were told only 应当是整数, though the number is plain in them.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize(("written", "number"), [("共30份", "30"), ("第30份", "30"), ("30份", "30")])
def test_a_counted_number_gets_its_digits_offered(tmp_path: Path, written: str, number: str) -> None:
    facts = tmp_path / "简报.yaml"
    text = (SAMPLES / "简报.yaml").read_text(encoding="utf-8")
    assert "\n份数: 120\n" in text
    facts.write_text(text.replace("\n份数: 120\n", f"\n份数: {written}\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert f'份数: 应当是整数，这里是 "{written}"（只写数字，如 {number}）' in result.output, result.output
