"""A unit that prints the contact of its notices as the 附注 under the 成文日期 (（联系人：……，电话：……）, GB/T 9704
§7.3.6), and one that prints it as a line of the body before 特此通知: the mined 通知 template had no 联系人 to
offer (the built-in 通知 had none), and its drafts printed the contact nowhere. Now the template's 联系人位置 is
the unit's habit, and its starter asks for the contact.

The units and their notices are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from walkhelpers import manifest_fields, mine_cli, mined_starter, write_archive

from drafter.cli import main

UNIT = "桐岭县市场监督管理局"
MATTERS = (
    (
        "开展夏季食品安全专项检查",
        "入夏以来气温升高，食品安全风险加大。局里决定对全县餐饮单位和食品经营者开展专项检查，重点检查冷链食品和散装熟食。",
    ),
    (
        "做好计量器具强制检定工作",
        "各集贸市场的电子秤须于本季度内完成强制检定，各市场监管所要逐一登记造册，对未检定的计量器具责令停止使用。",
    ),
    (
        "加强特种设备安全监管",
        "近期外地发生电梯困人事故。各市场监管所要对辖区内的电梯、锅炉和压力容器开展排查，督促使用单位落实维保责任。",
    ),
    (
        "开展价格秩序专项整治",
        "节日临近，各市场监管所要加强对农贸市场、商场超市的价格巡查，依法查处哄抬价格、价格欺诈等违法行为。",
    ),
    (
        "做好个体工商户年报工作",
        "个体工商户年度报告工作已经开始，各市场监管所要通过上门指导、电话提醒等方式，确保年报率不低于上年。",
    ),
    (
        "加强药品零售企业检查",
        "各市场监管所要对辖区药店开展一次全面检查，重点检查处方药销售登记和执业药师在岗情况，检查结果月底前报局。",
    ),
)


def _notice(n: int, matter: str, body: str, place: str) -> str:
    date = f"2025年{n + 2}月{n + 8}日"
    contact = f"联系人：贺晓岚，电话：0578-66{n}2301"
    text = f"{UNIT}文件\n\n桐市监〔2025〕{n * 4}号\n\n关于{matter}的通知\n\n各市场监管所：\n{body}\n"
    text += f"{contact}。\n特此通知。\n\n" if place == "正文" else "特此通知。\n\n"
    text += f"{UNIT}\n{date}\n"
    text += f"（{contact}）\n" if place == "附注" else ""
    return text + f"\n抄送：县人民政府办公室。\n{UNIT}办公室　　　　{date}印发\n"


def _mined(root: Path, place: str) -> Path:
    files = [(f"通知{n}.txt", _notice(n, matter, body, place)) for n, (matter, body) in enumerate(MATTERS, 1)]
    out = root / f"out-{place}"
    mine_cli(write_archive(root / f"档案-{place}", files), out)
    return out


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("contact")
    return {place: _mined(root, place) for place in ("附注", "正文")}


def _drafted(out: Path, tmp_path: Path) -> list[str]:
    facts = tmp_path / "通知.yaml"
    text = (
        mined_starter(out, "notice")
        .replace("〔请填写：联系人姓名〕", "贺晓岚")
        .replace("〔请填写：联系电话〕", "0578-6612301")
    )
    facts.write_text(text, encoding="utf-8")
    command = ["draft", str(facts), "--template", str(out / "notice"), "-o", "-", "-f", "txt", "--allow-placeholders"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    return [line.strip("　") for line in result.output.splitlines()]


@pytest.mark.parametrize("place", ["附注", "正文"])
def test_the_units_contact_place_is_the_templates_default(mined: dict[str, Path], place: str) -> None:
    assert manifest_fields(mined[place], "notice")["联系人位置"]["default"] == place


def test_a_unit_writing_the_contact_as_the_annotation_drafts_it_there(mined: dict[str, Path], tmp_path: Path) -> None:
    lines = _drafted(mined["附注"], tmp_path)
    at = lines.index("（联系人：贺晓岚，电话：0578-6612301）")
    assert lines[at - 2] == UNIT and lines[at - 1].endswith("日")  # right under the 署名 and 成文日期


def test_a_unit_writing_the_contact_in_the_body_drafts_it_there(mined: dict[str, Path], tmp_path: Path) -> None:
    lines = _drafted(mined["正文"], tmp_path)
    at = lines.index("联系人：贺晓岚，电话：0578-6612301。")
    assert lines[at + 1] == "特此通知。"
    assert not any(line.startswith("（联系人") for line in lines)


def _letter(n: int, matter: str, body: str) -> str:
    # A 函 to another office, its contact as a line of the body before its closing (the unit's habit).
    date = f"2025年{n + 2}月{n + 12}日"
    return (
        f"{UNIT}\n\n桐市监函〔2025〕{n}号\n\n关于商请协助{matter}的函\n\n县商务局：\n{body}\n"
        f"联系人：贺晓岚，电话：0578-66{n}2301。\n特此函告。\n\n{UNIT}\n{date}\n"
    )


def test_a_units_letters_with_the_contact_in_the_body_teach_the_letter_template(tmp_path: Path) -> None:
    files = [(f"函{n}.txt", _letter(n, matter, body)) for n, (matter, body) in enumerate(MATTERS, 1)]
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "档案", files), out)
    assert manifest_fields(out, "letter")["联系人位置"]["default"] == "正文"
