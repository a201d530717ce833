"""ux18 walk: a county committee of the Communist Youth League (团县委) closes its activity notices by asking
"each level of league organisation" (各级团组织) to take the matter seriously. The documents here were written
for this test: a fictional 共青团枫渚县委员会.
"""

from pathlib import Path

from walkhelpers import manifest_fields, write_archive

import drafter
from drafter.mining.mine import mine

UNIT = "共青团枫渚县委员会"
TAIL = "抄送：团市委办公室，县委办公室。\n共青团枫渚县委办公室　　　　　　{date}印发\n"

NOTICES = [
    ("关于开展春季植树护绿志愿活动的通知", "护绿", 2, "3月2日"),
    ("关于开展青年读书分享月活动的通知", "读书分享", 4, "4月8日"),
    ("关于开展暑期关爱留守儿童行动的通知", "关爱留守儿童", 7, "6月25日"),
    ("关于开展重阳敬老志愿服务的通知", "敬老服务", 9, "10月9日"),
]


def _notice(title: str, activity: str, number: int, day: str) -> str:
    date = f"2025年{day}"
    return (
        f"共青团枫渚县委文件\n\n枫团发〔2025〕{number}号\n\n{title}\n\n各乡镇团委，县直各单位团组织：\n"
        f"为引导团员青年服务社会，经研究，决定开展{activity}活动。现将有关事项通知如下：\n"
        f"一、活动时间\n{date}至月底。\n二、活动要求\n各单位要做好安全保障，及时报送活动信息。\n"
        "请各级团组织高度重视，精心组织，确保活动取得实效。\n特此通知。\n\n"
        f"{UNIT}\n{date}\n\n" + TAIL.format(date=date)
    )


def test_a_closing_naming_the_same_generic_organisations_everywhere_keeps_their_words(tmp_path: Path) -> None:
    # jieba tags 团组织 as an organisation, so mining reads 请各级{单位}高度重视…… and the template filled the slot
    # with 发文机关: the drafted notice asked 请各级共青团枫渚县委员会高度重视. Every source writes the same words in
    # that slot: they are the formula's own words, not a name for a field to fill.
    archive = write_archive(tmp_path / "archive", ((f"n{i}.txt", _notice(*n)) for i, n in enumerate(NOTICES)))
    out = tmp_path / "out"
    mine([archive], out)
    closing = manifest_fields(out, "notice")["结尾"]["description"]
    assert "请各级团组织高度重视" in closing and "{单位}" not in closing
    facts = {
        "模板": str(out / "notice"),
        "事由": "开展寒假送温暖志愿服务",
        "导语": ["为弘扬志愿精神，经研究，决定开展寒假送温暖志愿服务。"],
        "正文": [{"标题": "活动时间", "内容": "2026年1月20日至2月10日。"}],
        "成文日期": "2026-01-08",
        "印章": "是",
        "文号序号": 1,
    }
    text = drafter.draft(facts, fmt="txt").data.decode("utf-8")
    assert "请各级团组织高度重视，精心组织，确保活动取得实效。" in text
    assert "请各级共青团" not in text
