"""A county people's congress standing committee as its office keeps the archive: notices under its 红头,
copied to the county's leading offices, and 决定 of the committee (a statutory genre laid out on its own:
the date it was adopted in brackets under the title, no 主送, no 署名, no 版记) kept beside them.

The documents are written for these tests: a fictional 苇川县人大常委会.
"""

from pathlib import Path

import yaml
from click.testing import CliRunner

from drafter.cli import main

UNIT = "苇川县人大常委会"
COPIED = "县委办公室，县人民政府办公室，县政协办公室"

NOTICES = [
    ("关于开展代表集中视察活动的通知", "各代表小组要围绕乡村道路建设组织视察。"),
    ("关于开展《中华人民共和国水法》执法检查的通知", "县人民政府要组织有关部门认真开展自查。"),
    ("关于组织代表参加履职培训的通知", "各乡镇人大主席团要按名额组织代表参加培训。"),
]

DECISIONS = [
    ("关于批准县级财政决算的决定", "会议听取了县人民政府关于县级财政决算的报告，决定批准县级财政决算。"),
    ("关于召开县人民代表大会第三次会议的决定", "会议决定：县人民代表大会第三次会议于明年一月在县城召开。"),
    ("关于设立县法治宣传日的决定", "会议决定：每年十二月的第一周为本县法治宣传周。"),
    ("关于接受辞职请求的决定", "会议决定接受其辞去县人民政府副县长职务的请求。"),
]


def _notice(index: int, title: str, body: str) -> str:
    date = f"2025年{index + 2}月{index + 5}日"
    return (
        f"{UNIT}文件\n苇人常发〔2025〕{index}号\n{title}\n各乡镇人大主席团：\n{body}现将有关事项通知如下：\n"
        f"一、时间安排\n活动在本月内完成。\n二、有关要求\n请按时报送情况。\n特此通知。\n"
        f"{UNIT}\n{date}\n抄送：{COPIED}。\n{UNIT}办公室　　{date}印发\n"
    )


def _decision(index: int, title: str, body: str) -> str:
    # A 决定 as the committee prints it: no 红头, no 主送, the sitting that adopted it under the title.
    return (
        f"{UNIT}{title}\n（2024年{index + 3}月2{index}日{UNIT[:3]}第十七届人民代表大会常务委员会"
        f"第{index + 10}次会议通过）\n{body}\n"
        f"会议要求，县人民政府要认真贯彻落实，并将落实情况及时报告县人大常委会。\n"
    )


def _mine(tmp_path: Path, folder: Path) -> Path:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _manifest(out: Path, genre: str) -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((out / genre / "manifest.yaml").read_text(encoding="utf-8"))
    return loaded


def test_the_committee_s_decisions_do_not_outvote_its_notices_constants(tmp_path: Path) -> None:
    # Three notices under the committee's 红头 beside four 决定 it adopted: the 决定 were counted as notices,
    # so the 红头, 文号 and 抄送 every notice carries held in 3 of 7 and the notice template learnt none of them.
    folder = tmp_path / "档案"
    folder.mkdir()
    for index, (title, body) in enumerate(NOTICES, 1):
        (folder / f"通知{index}.txt").write_text(_notice(index, title, body), encoding="utf-8")
    for index, (title, body) in enumerate(DECISIONS, 1):
        (folder / f"决定{index}.txt").write_text(_decision(index, title, body), encoding="utf-8")
    out = _mine(tmp_path, folder)
    fields = _manifest(out, "notice")["fields"]
    assert isinstance(fields, dict)
    assert fields["发文机关标志"].get("default") == [f"{UNIT}文件"]
    assert fields["抄送"].get("default") == COPIED.split("，")
    # Nothing a 决定 says is offered to a notice (决定批准……, 会议要求……).
    text = "".join(p.read_text(encoding="utf-8") for p in (out / "notice").iterdir())
    assert "决定批准" not in text and "会议要求" not in text
