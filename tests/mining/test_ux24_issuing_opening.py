"""ux24 walk: a notice starter's other openings, where the unit's 印发 notices share their one sentence.

A 卫健委's notices that issue a 方案 open on 现将《……》印发给你们，请结合实际认真组织实施。 — the built-in's own
issuing sentence, with the 贯彻要求 after it. The mined notice starter offered its second half as another
导语 to uncomment, # 导语: [请〔请填写：实际内容〕认真组织实施。], which drafts a 布置 notice opening 请……认真组织
实施。现将有关事项通知如下：. An opening every source of which is a sentence issuing a document is no 导语.

The unit and its documents are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "汀州市卫生健康委员会"
ISSUED = (
    ("汀州市爱国卫生月活动实施方案", "请结合实际认真组织实施。"),
    ("汀州市基层卫生服务能力提升行动实施方案", "请认真组织实施。"),
    ("汀州市老年健康促进行动实施方案", "请各单位结合工作实际认真组织实施。"),
)
PLAIN = (
    ("关于做好春节期间医疗服务保障工作的通知", "节日期间二级以上医院门诊不停诊，急诊和发热门诊全天开放。"),
    ("关于开展医疗机构消防安全检查的通知", "各单位对院区用电、用氧和危化品存放开展一次排查，发现隐患当场整改。"),
    ("关于加强夏季食品安全风险监测的通知", "各区县疾控机构增加监测点位，发现聚集性病例在两小时内报告。"),
)


def _notice(title: str, body: str, n: int) -> str:
    date = f"2025年{n + 1}月{10 + n}日"
    return (
        f"{UNIT}文件\n\n汀卫〔2025〕{n * 3}号\n\n{title}\n\n各区县卫生健康局，委属各单位：\n{body}\n\n"
        f"{UNIT}\n{date}\n\n{UNIT}办公室　　　　{date}印发\n"
    )


def test_the_issuing_sentence_is_not_offered_as_an_opening(tmp_path: Path) -> None:
    files = []
    for n, (name, ask) in enumerate(ISSUED, 1):
        files.append((f"印发{n}.txt", _notice(f"关于印发《{name}》的通知", f"现将《{name}》印发给你们，{ask}", n)))
    for n, (title, body) in enumerate(PLAIN, 4):
        files.append((f"通知{n}.txt", _notice(title, body + "\n特此通知。", n)))
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "档案", files), out)
    text = mined_starter(out, "notice")
    assert "认真组织实施" not in text, text
