"""Hostile inputs, round 12: a 发文字号 typed in full-width mode or with the small-form brackets.

青教〔２０２５〕５号 (the digits typed in full-width mode) and 青教﹝2025﹞5号 (the brackets some input methods offer for
〔〕) were refused as 发文字号格式不对, while [2025], （2025） and 【2025】 were read as 〔2025〕.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = (
    "文种: 通知\n发文机关标志: 青禾县教育局文件\n发文字号: {number}\n发文机关: 青禾县教育局\n类别: 布置\n"
    "事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize("number", ["青教〔２０２５〕５号", "青教﹝2025﹞5号", "青教［２０２５］第０５号"])
def test_a_number_typed_so_is_printed_as_the_standard_has_it(tmp_path: Path, number: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(number=number), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "\n青教〔2025〕5号\n" in result.stdout, result.stdout


def test_a_number_without_its_hao_is_still_refused(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(number="青教〔２０２５〕５"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "发文字号格式不对" in result.stderr, result.output
