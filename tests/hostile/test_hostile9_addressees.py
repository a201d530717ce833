"""Hostile inputs, round 9: an office's name with a space after its place (青禾县 教育局) is one office.

Offices written with gaps between them are named apart (3ec9020), and a clerk who spaced the place from the
office, as letterheads space it, had the draft addressed to 青禾县，教育局：, a 请示 to 青禾县 人民政府 told it
had two addressees, and 抄送: 青禾县 财政局 printed 抄送：青禾县，财政局。
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.fields import _names_on_one_line

NOTICE = """文种: 通知
发文机关: 青禾县人民政府
事由: 做好防汛工作
主送机关: {addressees}
抄送: {copies}
正文:
  - 请各单位做好防汛工作。
成文日期: 2025-02-20
"""


def _drafted(tmp_path: Path, addressees: str, copies: str = "县委办公室") -> str:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(addressees=addressees, copies=copies), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("addressees", "line"),
    [
        ("青禾县 教育局", "青禾县教育局："),
        ("青禾县\u3000教育局", "青禾县教育局："),
        ("青禾县 教育局 县财政局", "青禾县教育局，县财政局："),
        ("岚川市 文化广电和旅游局", "岚川市文化广电和旅游局："),
        # Places in a row are places addressed, and offices apart stay apart.
        ("城关镇 白沙乡", "城关镇，白沙乡："),
        ("县委 县政府", "县委，县政府："),
        ("各乡镇 县直各单位", "各乡镇，县直各单位："),
    ],
)
def test_a_place_spaced_from_its_office_is_one_office(tmp_path: Path, addressees: str, line: str) -> None:
    assert line in _drafted(tmp_path, addressees).splitlines()


def test_a_copy_to_a_place_spaced_from_its_office_is_one_office(tmp_path: Path) -> None:
    lines = _drafted(tmp_path, "各乡镇人民政府", copies="青禾县 财政局 县审计局").splitlines()
    assert "抄送：青禾县财政局，县审计局。" in lines


def test_a_request_to_a_place_spaced_from_its_government_has_one_addressee(tmp_path: Path) -> None:
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        "文种: 请示\n发文机关: 青禾县教育局\n事由: 增拨防汛经费\n主送机关: 青禾县 人民政府\n"
        "缘由:\n  - 汛期将至。\n请示事项:\n  - 增拨经费10万元。\n成文日期: 2025-02-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "青禾县人民政府：" in result.output.splitlines()
    assert "请示只主送一个上级机关" not in result.output


def test_people_present_keep_their_names_apart() -> None:
    # A person's name may end as a place's does (周建州): 出席 is a list of people, not offices.
    assert _names_on_one_line("周建州 王明远", offices=False) == ["周建州", "王明远"]
    assert _names_on_one_line("青禾县 财政局", offices=True) == ["青禾县财政局"]


def test_a_copy_to_an_office_ending_in_brackets_is_named_apart(tmp_path: Path) -> None:
    # The 主送机关 so written was named apart, the same 抄送 printed 抄送：各乡镇（街道）县直各单位。
    lines = _drafted(tmp_path, "县委办公室", copies="各乡镇（街道） 县直各单位").splitlines()
    assert "抄送：各乡镇（街道），县直各单位。" in lines
