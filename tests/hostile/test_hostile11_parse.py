"""Hostile inputs, round 11: parsing defects found and reported (clean.py, classify.py), fixed by the lead
engineer (the xfail markers removed).

A body that lists its phases, sessions or days on lines of their own (第一期 / 第二期, 第一阶段 / 第二阶段, 第一天 /
第二天), each with three lines or more under it, is read as a page of documents run together under numbered
separators (第一篇 / 第二篇): the document's title, 主送 line, lead and first heading, all above the first such
line, belong to no document, and the "documents" are titled 期, 阶段, 天. A clerk's 培训班 notices and 实施方案
(their 实施步骤) mined so gave no title and lost their openings.

The documents are written for this test: a fictional 青禾县.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """青禾县委组织部关于举办2025年全县青年干部培训班的通知

各乡镇党委，县直各单位党组织：
为提升青年干部能力素质，县委组织部决定举办全县青年干部培训班，现将有关事项通知如下：
一、培训安排
培训分两{unit}进行。
第一{unit}
时间：3月10日至14日。
地点：县委党校。
对象：乡镇干部。
第二{unit}
时间：4月7日至11日。
地点：县委党校。
对象：县直单位干部。
二、有关要求
请各单位于3月5日前报送参训人员名单。

青禾县委组织部
2025年2月20日
"""


def _documents(tmp_path: Path, text: str) -> list[dict]:
    page = tmp_path / "通知.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", str(page)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["files"][0]["documents"]


@pytest.mark.parametrize(
    ("unit", "first", "second"),
    [("期", "", ""), ("阶段", "", ""), ("天", "", ""), ("期", "：乡镇干部班", "：县直干部班")],
)
def test_phases_on_lines_of_their_own_stay_in_their_document(
    tmp_path: Path, unit: str, first: str, second: str
) -> None:
    text = NOTICE.format(unit=unit)
    text = text.replace(f"第一{unit}\n", f"第一{unit}{first}\n").replace(f"第二{unit}\n", f"第二{unit}{second}\n")
    documents = _documents(tmp_path, text)
    assert len(documents) == 1, documents
    assert documents[0]["start_line"] == 1
    assert documents[0]["title"] == "青禾县委组织部关于举办2025年全县青年干部培训班的通知"


def test_phases_headed_as_an_outline_stay_in_their_document(tmp_path: Path) -> None:
    # (as the rule reads them now: a heading's number, not a separator's)
    text = NOTICE.format(unit="期").replace("第一期\n", "（一）第一期\n").replace("第二期\n", "（二）第二期\n")
    documents = _documents(tmp_path, text)
    assert len(documents) == 1 and documents[0]["start_line"] == 1, documents


RULES = """青禾县教育局关于规范会议活动管理的通知

各中小学：
为进一步改进会风，现将有关事项通知如下：
一、严格会议审批
召开会议须报局办公室审批，审批表须写明会议时间、会议地点、参会人员。
二、控制会议规模
参会人员：原则上不超过50人。
会议地点：一律在单位内部会议室，不得到风景名胜区开会。

青禾县教育局
2025年5月20日
"""


def test_a_notice_setting_rules_for_meetings_under_labels_is_a_notice(tmp_path: Path) -> None:
    documents = _documents(tmp_path, RULES)
    assert [d["genre"] for d in documents] == ["notice"], documents


def test_the_same_rules_in_sentences_are_a_notice(tmp_path: Path) -> None:
    text = RULES.replace("参会人员：原则上", "参会人员原则上").replace("会议地点：一律", "会议一律")
    assert [d["genre"] for d in _documents(tmp_path, text)] == ["notice"]


def _hard_wrapped(cited: str) -> str:
    """A notice taken from a PDF, cut every 28 characters, whose lead's first line ends where the document it
    cites ends (……的通知 | 要求，……)."""
    lead = f"根据县人民政府办公室印发的{cited}要求，结合教育系统实际，为切实做好今年防汛工作，现将有关事项通知如下："
    assert lead.index("要求") == 28
    paragraphs = [
        lead,
        "一、高度重视防汛工作",
        "各中小学要高度重视防汛工作，切实把师生生命安全放在首位，认真排查校舍安全隐患，及时消除各类风险，确保汛期校园安全稳定。",
        "二、严格落实值班制度",
        "各校要建立健全防汛值班制度，安排专人二十四小时值守，遇到险情及时报告，不得迟报漏报瞒报，确保信息畅通。",
        "三、加强安全教育",
        "各校要通过主题班会、国旗下讲话等形式，对学生开展防溺水、防雷电等安全教育，提高学生自我保护能力和应急避险能力。",
    ]
    lines = ["青禾县教育局关于做好2025年防汛工作的通知", "", "各中小学："]
    for paragraph in paragraphs:
        lines += [paragraph[start : start + 28] for start in range(0, len(paragraph), 28)]
    return "\n".join([*lines, "", "青禾县教育局", "2025年6月2日", ""])


@pytest.mark.parametrize("cited", ["关于做好全县防汛抗旱工作的通知", "关于加强全县防汛抗旱工作的意见"])
def test_a_lead_wrapped_after_the_document_it_cites_stays_in_its_notice(tmp_path: Path, cited: str) -> None:
    documents = _documents(tmp_path, _hard_wrapped(cited))
    assert [d["start_line"] for d in documents] == [1], documents
    assert documents[0]["title"] == "青禾县教育局关于做好2025年防汛工作的通知"
    assert len(documents[0]["headings"]) == 3
