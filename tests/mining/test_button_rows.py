"""A page's row of bracketed buttons, and a row ending on a bracketed counter, are lines of their own: the byline
above a button row does not run on into it, nor a counter's row into the 主送 line or title under it (our own
sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

PAGE = """材料范文网 — 每天更新机关写作素材
首页 / 工作总结 / 社区工作
字数：1260字　|　阅读约3分钟　|　2026-11-02 收录
【复制全文】　【下载Word（会员）】
2026年柳湾社区工作总结
2026年，社区在街道党工委的领导下，围绕服务居民这条主线，扎实做好各项工作，现总结如下。
一、主要工作
（一）办好民生实事。完成老旧小区加装电梯4部，新建口袋公园1处。
（二）做实网格服务。将社区划分为8个网格，每个网格配备1名专职网格员。
二、下一步打算
社区将继续聚焦居民急难愁盼，办好更多看得见、摸得着的实事。
柳湾社区居民委员会
2026年12月20日
"""

NEWS = """柳湾区教育局门户网站
区教育局召开秋季学期教学工作会议
9月3日，区教育局召开秋季学期教学工作会议，各中小学分管校长参加。会议通报了上学年教学质量监测情况，部署了本学期重点工作。
会议要求，各校要把提高课堂教学质量放在突出位置，扎实推进作业管理和课后服务，切实减轻学生过重负担。
关于做好秋季学期学生资助工作的通知
发布：区教育局资助中心　　日期：2026年09月05日　　点击：[ 1287 ]
各中小学：
为做好本学期学生资助工作，确保资助政策落实到位，现就有关事项通知如下：
一、做好政策宣传
各校要通过家长会、家长群等渠道宣传资助政策，确保家喻户晓。
二、规范认定程序
各校要严格按照个人申请、民主评议、学校审核、公示的程序开展认定工作。
柳湾区教育局
2026年9月5日
"""


def _documents(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(d.start_line, d.title) for d in parse_file(path).documents]


def test_the_title_under_a_button_row_opens_the_document(tmp_path: Path) -> None:
    assert _documents(tmp_path, PAGE) == [(5, "2026年柳湾社区工作总结")]


def test_the_addressee_under_a_counter_stays_in_its_document(tmp_path: Path) -> None:
    found = _documents(tmp_path, NEWS)
    assert found[-1] == (5, "关于做好秋季学期学生资助工作的通知")


POST = """柳湾社区
原创　柳湾社区　2026年11月20日 18:30
[图片]
关于开展冬季旧衣物回收活动的通知
各位居民朋友：
为倡导绿色生活，社区将于12月1日至12月7日在社区服务中心门口设置旧衣物回收点，欢迎大家积极参与。
柳湾社区居民委员会
2026年11月20日
[图片]
另外，社区还在招募活动志愿者，详情见下方👇
关于招募冬季旧衣物回收活动志愿者的通知
各位居民朋友：
社区现招募活动志愿者10名，负责回收点现场引导和衣物分拣，有意者请到社区服务中心报名。
柳湾社区居民委员会
2026年11月20日
"""


def test_an_account_s_picture_and_emoji_lines_are_its_own(tmp_path: Path) -> None:
    titles = [title for _, title in _documents(tmp_path, POST)]
    assert titles[-1] == "关于招募冬季旧衣物回收活动志愿者的通知"
    assert "关于开展冬季旧衣物回收活动的通知" in titles
