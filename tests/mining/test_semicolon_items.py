"""Numbered items that end in a semicolon are the clauses of one enumerating sentence, a list however their leads
read (our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

NOTICE = """关于调整部分便民服务点开放时间的通知
各社区居委会：
为方便群众办事，经研究，自2026年12月1日起调整街道各便民服务点的开放时间。
1.东街服务点：周一至周五8:30—17:30，周六9:00—12:00；
2.西街服务点：周一至周日8:00—18:00，节假日照常开放；
3.南湖服务点：周二至周六9:00—17:00。
请各社区做好宣传解释工作。
特此通知。
柳湾街道办事处
2026年11月25日
"""

AGENDA = """关于召开2026年上半年党建工作推进会的通知
各社区党组织：
经研究，决定召开上半年党建工作推进会。现将有关事项通知如下：
　　会议时间：2026年7月8日（星期三）上午9:00
　　会议地点：街道办事处三楼会议室
　　参会人员：各社区党组织书记
　　会议议程：
　　（一）通报上半年党建重点任务完成情况；
　　（二）各社区党组织书记交流发言；
　　（三）部署下半年党建工作；
　　（四）街道党工委书记讲话。
　　其他事项：
　　请参会人员提前10分钟到场签到。
柳湾街道党工委
2026年7月1日
"""

PLAN = """柳湾街道冬季消防安全工作方案
为做好冬季消防安全工作，制定本方案。
一、排查隐患
各社区要对辖区老旧小区、沿街商铺逐一排查，建立问题清单。
二、集中整治
对排查出的隐患，各社区要限期整改，整改情况按周报送。
三、宣传教育
各社区要利用宣传栏、微信群开展消防知识宣传。
柳湾街道办事处
2026年11月20日
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [h.text for d in parse_file(path).documents for h in d.headings]


def test_items_ending_in_semicolons_are_no_headings(tmp_path: Path) -> None:
    assert _headings(tmp_path, NOTICE) == []


def test_an_agenda_of_semicolon_items_is_a_list(tmp_path: Path) -> None:
    assert _headings(tmp_path, AGENDA) == ["会议议程"]


def test_a_plan_keeps_its_parts(tmp_path: Path) -> None:
    assert _headings(tmp_path, PLAN) == ["排查隐患", "集中整治", "宣传教育"]
