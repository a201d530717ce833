"""A county hospital's archive as its 院办 keeps it: notices to its departments under the hospital's 红头
(X医发〔年〕N号) with a 版记, and meeting notices its office sends on its own, signed 院办公室 with no 红头 and
no 版记.

The documents are written for these tests: a fictional 松溪县人民医院.
"""

from pathlib import Path

from click.testing import CliRunner

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


def _archive(root: Path) -> Path:
    folder = root / "院办档案"
    folder.mkdir()
    for index, (title, body, opening) in enumerate(NOTICES, 1):
        text = (
            f"{HEAD}\n\n松医发〔2025〕{index + 3}号\n\n{UNIT}\n{title}\n\n{opening}\n一、工作要求\n{body}\n"
            f"二、责任分工\n由医务科牵头落实。\n特此通知。\n\n{UNIT}\n2025年{index + 2}月6日\n\n"
            f"抄送：县卫生健康局。\n{OFFICE}　　　　2025年{index + 2}月6日印发\n"
        )
        (folder / f"通知{index}.txt").write_text(text, encoding="utf-8")
    for index, meeting in enumerate(("院感防控推进会", "护理质量分析会"), 1):
        text = (
            f"{UNIT}\n关于召开{meeting}的通知\n\n各科室、各病区：\n经研究，决定召开{meeting}。现将有关事项通知如下：\n"
            f"一、会议时间\n2025年{index + 5}月12日下午3:00。\n二、会议地点\n门诊楼五楼会议室。\n"
            f"三、参会人员\n各科室主任、护士长。\n\n{OFFICE}\n2025年{index + 5}月8日\n"
        )
        (folder / f"会议通知{index}.txt").write_text(text, encoding="utf-8")
    return folder


def test_meeting_notices_the_office_signs_without_a_red_head_get_no_red_head(tmp_path: Path) -> None:
    # Both meeting notices go out under the office's name, with no 红头: a head-only template gave them the
    # hospital's 红头, its 文号 and a 版记 copied to the county bureau, which the office never writes on them.
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(_archive(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "模板：通知" in result.output, result.output
    assert not (out / "meeting_notice").exists(), result.output
    assert f"都由“{OFFICE}”署名、不带红头" in result.output, result.output
