"""Hostile inputs, round 13: a mined notice's 结尾 written without its full stop.

A mined notice template closes with the unit's usual sentence unless the facts write their own 结尾; the clerk's
结尾: 请各单位认真抓好落实 was printed without its full stop, above 特此通知。 (the mined opening's last sentence is
closed, the closing's was not). The last closing paragraph written is closed now, as the opening's is; one ending
on its own mark is kept.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_hostile13_template_line import MATTERS, NOTICE

from drafter.cli import main

FACTS = "模板: {folder}\n事由: 做好汛期值班工作\n正文:\n- 各校要做好值班。\n成文日期: 2025-06-20\n{closing}"


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("h13-mined-closing")
    archive = root / "存档"
    archive.mkdir()
    for n, matter in enumerate(MATTERS, 1):
        (archive / f"{n}.txt").write_text(NOTICE.format(n=n, matter=matter), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0, result.output
    return root / "挖掘结果" / "notice"


def _text(notice: Path, tmp_path: Path, closing: str) -> str:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(folder=notice, closing=closing), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_closing_written_without_its_full_stop_is_closed(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path, "结尾: 请各单位认真抓好落实\n")
    assert "　　请各单位认真抓好落实。\n　　特此通知。" in text, text


@pytest.mark.parametrize(
    ("last", "printed"), [("有关情况及时报告", "有关情况及时报告。"), ("有关情况及时报告！", "有关情况及时报告！")]
)
def test_the_last_closing_paragraph_is_closed_or_kept_with_its_mark(
    notice: Path, tmp_path: Path, last: str, printed: str
) -> None:
    text = _text(notice, tmp_path, f"结尾:\n- 请各单位认真抓好落实。\n- {last}\n")
    assert f"　　请各单位认真抓好落实。\n　　{printed}\n　　特此通知。" in text, text


def test_the_units_own_closing_is_printed_as_mined(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path, "")
    assert "　　请各单位高度重视，认真抓好落实。\n　　特此通知。" in text, text
