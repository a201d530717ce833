"""ux28 (a ux27 leftover): a unit whose 情况通报 close on a section headed 下步要求 got a mined 通报 template that
drafted it 工作要求 (the built-in's fixed heading), a heading none of its 通报 wrote.

岚溪区教育局's archive: three 通报 of its safety checks and three notices, under its 红头; made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

UNIT = "岚溪区教育局"
CHECKS = (
    ("春季", "3月", "各校消防器材配备基本到位，个别学校灭火器过期未换。", "部分学校食堂留样记录不全"),
    ("汛期", "6月", "各校对围墙、校舍和排水设施进行了全面排查。", "个别乡村学校排水沟堵塞"),
    ("秋季", "9月", "各校校车和驾驶员资质均已登记备案。", "少数学校门卫值守记录不规范"),
)


def _archive(last: str) -> list[tuple[str, str]]:
    files = [
        (
            f"通报{n}.txt",
            f"{UNIT}文件\n\n岚教发〔2025〕{n * 4}号\n\n关于{season}校园安全检查情况的通报\n\n各中小学、幼儿园：\n"
            f"{month}，局安全科对全区学校开展了{season}校园安全检查，现将检查情况通报如下：\n"
            f"一、基本情况\n{found}\n二、存在问题\n一是{problem}；二是安全台账更新不及时。\n"
            f"三、{last}\n各校要对照问题清单逐项整改，整改情况于检查结束后十日内报局安全科。\n特此通报。\n\n"
            f"{UNIT}\n2025年{n * 3}月20日\n\n抄送：区委教育工委。\n{UNIT}办公室　　　　2025年{n * 3}月20日印发\n",
        )
        for n, (season, month, found, problem) in enumerate(CHECKS, 1)
    ]
    files += [
        (
            f"通知{n}.txt",
            f"{UNIT}文件\n\n岚教发〔2025〕{n * 4 + 1}号\n\n关于做好第{n}季度教学常规检查的通知\n\n各中小学、幼儿园：\n"
            "请各校认真做好教学常规自查，有关情况按时报局教研室。\n特此通知。\n\n"
            f"{UNIT}\n2025年{n * 3}月2日\n\n抄送：区委教育工委。\n{UNIT}办公室　　　　2025年{n * 3}月2日印发\n",
        )
        for n in range(1, 4)
    ]
    return files


FACTS = """模板: 模板/bulletin
类别: 情况
事由: 冬季校园安全检查情况
导语:
  - 12月，局安全科对全区学校开展了冬季校园安全检查。
基本情况:
  - 各校取暖设施和用电线路均已完成检查，未发现重大隐患。
存在问题:
  - 个别学校宿舍违规使用大功率电器
要求:
  - 各校要加强宿舍夜间巡查，发现问题立即整改。
成文日期: 2025-12-20
文号序号: 40
"""


@pytest.mark.parametrize(("last", "drafted"), [("下步要求", "三、下步要求"), ("工作要求", "三、工作要求")])
def test_the_units_heading_of_the_closing_demands_is_drafted(tmp_path: Path, last: str, drafted: str) -> None:
    mine_cli(write_archive(tmp_path / "档案", _archive(last)), tmp_path / "模板")
    facts = tmp_path / "通报.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-f", "txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert drafted in lines
    assert not any(line.endswith("要求") and line != drafted and line[1:2] == "、" for line in lines)


def test_the_keeper_retitles_the_units_heading_in_the_manifest(tmp_path: Path) -> None:
    # The unit's heading was written into a copy of the built-in's file: the keeper who retitled the section in
    # manifest.yaml (templates show lists that title) saw every draft keep 下步要求.
    out = tmp_path / "模板"
    mine_cli(write_archive(tmp_path / "档案", _archive("下步要求")), out)
    manifest = out / "bulletin" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert "  title: 下步要求\n" in text
    manifest.write_text(text.replace("  title: 下步要求\n", "  title: 整改要求\n"), encoding="utf-8")
    facts = tmp_path / "通报.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-f", "txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "三、整改要求" in [line.strip() for line in result.output.splitlines()]
