"""A county hospital's archive as its 院办 keeps it: notices to its departments under the hospital's 红头
(X医发〔年〕N号) with a 版记, and meeting notices its office sends on its own, signed 院办公室 with no 红头 and
no 版记.

The documents are written for these tests: a fictional 松溪县人民医院.
"""

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

UNIT = "松溪县人民医院"
OFFICE = "松溪县人民医院办公室"
HEAD = f"{UNIT}文件"

NOTICES = [
    (
        "关于加强夏季食品安全管理的通知",
        "食堂要严格执行留样制度。",
        "各科室、各病区：\n为保障职工就餐安全，现将有关事项通知如下：",
    ),
    (
        "关于做好春节期间值班工作的通知",
        "各科室主任要保持通讯畅通。",
        "各科室、各病区：\n为保障节日医疗服务，现将有关事项通知如下：",
    ),
    (
        "关于开展消防安全演练的通知",
        "各病区要熟悉疏散通道。",
        "各科室、各病区：\n为提高应急处置能力，现将有关事项通知如下：",
    ),
]


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    for index, (title, body, opening) in enumerate(NOTICES, 1):
        text = (
            f"{HEAD}\n\n松医发〔2025〕{index + 3}号\n\n{UNIT}\n{title}\n\n{opening}\n一、工作要求\n{body}\n"
            f"二、责任分工\n由医务科牵头落实。\n特此通知。\n\n{UNIT}\n2025年{index + 2}月6日\n\n"
            f"抄送：县卫生健康局。\n{OFFICE}　　　　2025年{index + 2}月6日印发\n"
        )
        yield f"通知{index}.txt", text
    for index, meeting in enumerate(("院感防控推进会", "护理质量分析会"), 1):
        text = (
            f"{UNIT}\n关于召开{meeting}的通知\n\n各科室、各病区：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            f"一、会议时间\n2025年{index + 5}月12日下午3:00。\n二、会议地点\n门诊楼五楼会议室。\n"
            f"三、参会人员\n各科室主任、护士长。\n\n{OFFICE}\n2025年{index + 5}月8日\n"
        )
        yield f"会议通知{index}.txt", text


def _archive(root: Path) -> Path:
    return write_archive(root / "院办档案", _files())


def test_meeting_notices_the_office_signs_without_a_red_head_get_no_red_head(tmp_path: Path) -> None:
    # Both meeting notices go out under the office's name, with no 红头: a head-only template gave them the
    # hospital's 红头, its 文号 and a 版记 copied to the county bureau, which the office never writes on them.
    out = tmp_path / "out"
    output = mine_cli(_archive(tmp_path), out)
    assert "模板：通知" in output, output
    assert not (out / "meeting_notice").exists(), output
    assert f"都由“{OFFICE}”署名、不带红头" in output, output


REQUESTS = [
    ("关于增设康复病区的请示", "我院康复患者逐年增多，拟将外科二病区改设为康复病区。"),
    ("关于购置负压救护车的请示", "我院现有救护车使用已满十年，拟购置负压救护车一辆。"),
]

SAVED = [
    ("某县中医院", "关于增加编制的请示", "我院业务量逐年上升，特申请增加编制十名。"),
    ("某乡卫生院", "关于维修住院楼的请示", "我院住院楼屋面渗漏，拟申请维修资金。"),
]


def _requests(folder: Path) -> None:
    """Two 请示 and a 报告 to the county bureau, numbered in the hospital's upward series (松医, not 松医发), and two
    other hospitals' 请示 saved beside them as 范文."""
    for index, (title, body) in enumerate(REQUESTS, 1):
        text = (
            f"{HEAD}\n\n松医〔2025〕{index}号　　　　签发人：郑远航\n\n{UNIT}\n{title}\n\n县卫生健康局：\n{body}\n"
            f"妥否，请批示。\n\n{UNIT}\n2025年{index + 3}月9日\n\n抄送：院领导班子成员。\n"
            f"{OFFICE}　　　　2025年{index + 3}月9日印发\n"
        )
        (folder / f"请示{index}.txt").write_text(text, encoding="utf-8")
    report = (
        f"{HEAD}\n\n松医〔2025〕5号　　　　签发人：郑远航\n\n{UNIT}\n关于安全生产检查情况的报告\n\n县卫生健康局：\n"
        f"我院开展了安全生产检查，整改隐患九处。\n特此报告。\n\n{UNIT}\n2025年8月9日\n\n抄送：院领导班子成员。\n"
        f"{OFFICE}　　　　2025年8月9日印发\n"
    )
    (folder / "报告.txt").write_text(report, encoding="utf-8")
    for index, (unit, title, body) in enumerate(SAVED, 1):
        text = f"{unit}{title}\n\n县卫生健康局：\n{body}\n妥否，请批示。\n\n{unit}\n2023年{index + 4}月2日\n"
        (folder / f"范文{index}.txt").write_text(text, encoding="utf-8")


def test_a_request_learns_the_upward_number_series_its_own_requests_all_write(tmp_path: Path) -> None:
    # The hospital numbers its notices 松医发 and its 请示 and 报告 松医, three of each: neither series holds
    # 60 % of its numbers, and its 请示 were drafted with a 签发人 and no 文号 beside it.
    folder = _archive(tmp_path)
    _requests(folder)
    out = tmp_path / "out"
    mine_cli(folder, out)
    manifest = (out / "request" / "manifest.yaml").read_text(encoding="utf-8")
    assert "default: 松医〔{年}〕{号}号" in manifest, manifest


def test_a_head_only_report_offers_the_number_series_of_the_units_own_report(tmp_path: Path) -> None:
    # One 报告 numbered 松医〔2025〕5号, too few for a template of its own; the unit-wide series tie (松医发 and
    # 松医, three each), and the head-only report offered the built-in's 青教〔2025〕5号.
    folder = _archive(tmp_path)
    _requests(folder)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(out)])
    assert "模板：报告（这个文种的材料不够" in result.output, result.output
    starter = CliRunner().invoke(main, ["new", "--template", str(out / "report"), "-o", "-"]).output
    assert "松医〔2025〕" in starter and "青教" not in starter, starter
