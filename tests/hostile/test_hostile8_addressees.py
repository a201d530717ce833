"""A 主送机关 of several offices with only spaces or line breaks between them names them apart."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """文种: 通知
发文机关: 青禾县人民政府
事由: 做好防汛工作
主送机关: {addressees}
正文:
  - 请各单位做好防汛工作。
成文日期: 2025-02-20
"""


def _drafted(tmp_path: Path, addressees: str) -> str:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(addressees=addressees), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("addressees", "line"),
    [
        ("各乡镇人民政府 各有关单位", "各乡镇人民政府，各有关单位："),
        ("各乡镇人民政府\u3000\u3000县直各单位", "各乡镇人民政府，县直各单位："),
        ('"各乡镇（街道）\\n县直各单位"', "各乡镇（街道），县直各单位："),
    ],
)
def test_offices_with_gaps_between_them_are_named_apart(tmp_path: Path, addressees: str, line: str) -> None:
    assert line in _drafted(tmp_path, addressees).splitlines()


@pytest.mark.parametrize(
    ("addressees", "line"),
    [
        ("各乡镇中心学校，县直各学校、幼儿园", "各乡镇中心学校，县直各学校、幼儿园："),
        ("'各乡镇人民政府，\n  县直各单位'", "各乡镇人民政府，县直各单位："),
        ("CnPack 开发组", "CnPack 开发组："),
    ],
)
def test_offices_written_with_their_marks_are_kept(tmp_path: Path, addressees: str, line: str) -> None:
    assert line in _drafted(tmp_path, addressees).splitlines()


def test_a_request_to_two_offices_written_with_a_gap_is_told(tmp_path: Path) -> None:
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        "文种: 请示\n发文机关: 青禾县教育局\n事由: 增拨防汛经费\n主送机关: 县人民政府 县财政局\n"
        "缘由:\n  - 汛期将至。\n请示事项:\n  - 增拨经费10万元。\n成文日期: 2025-02-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "请示只主送一个上级机关" in result.output


@pytest.mark.parametrize(
    ("addressees", "line"),
    [("'各学校:'", "各学校："), ("各学校：", "各学校："), ("'县教育局 县财政局 :'", "县教育局，县财政局：")],
)
def test_the_addressee_line_ends_on_a_full_width_colon(tmp_path: Path, addressees: str, line: str) -> None:
    assert line in _drafted(tmp_path, addressees).splitlines()
