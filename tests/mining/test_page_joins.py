"""Documents packed one after another on a page with no blank line between them (written for these tests)."""

from pathlib import Path

from drafter.mining.parse import parse_file

NOTICE = """关于做好冬季校园用电安全检查的通知
各中小学校：
为防范冬季用电引发的火灾事故，请各校在12月15日前完成一次用电安全自查，重点检查宿舍、食堂和实验室的线路，发现隐患立即整改，并将自查表报局安全股。
特此通知。
柳川区教育局
2026年12月1日
"""

ATTACHED = """附件
2026年度冬季用电安全检查先进学校名单
柳川区实验小学、柳川区第二中学
"""

IMPRINT = """抄送：区应急管理局。
柳川区教育局办公室        2026年12月1日印发
"""

SPEECH = """各位领导、同志们：
刚才，区委主要领导对明年工作作了全面部署，我完全赞同。下面，我代表街道党工委作简要表态。
一要盯紧项目建设不放松。街道将对重点项目实行专班推进，确保按期开工、按期投产。
二要守牢安全底线不松劲。街道将对辖区企业、商铺开展拉网式排查，做到隐患清零。
我们一定以更加务实的作风，把各项任务落到实处。
"""

NEWS = """青石镇召开秋粮收购工作座谈会
11月20日，青石镇召开秋粮收购工作座谈会，镇农业服务中心、粮站和种粮大户代表参加。会上，与会人员围绕收购价格、仓储能力和资金结算等问题进行了交流，镇分管领导对做好秋粮收购工作提出了具体要求。
"""

BULLETIN = """柳 川 教 育 简 报
第3期
柳川区教育局办公室编        2026年12月5日
全区中小学冬季安全教育周活动启动
12月1日，全区中小学冬季安全教育周活动启动。各校通过主题班会、应急疏散演练等形式，引导学生增强安全意识。
"""


def starts(tmp_path: Path, text: str) -> list[int]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [document.start_line for document in parse_file(path).documents]


def test_a_speech_opening_with_its_salutation_after_a_notice_and_its_imprint(tmp_path: Path) -> None:
    assert starts(tmp_path, NOTICE + IMPRINT + SPEECH) == [1, 9]


def test_the_same_after_a_list_attached_to_the_notice(tmp_path: Path) -> None:
    # (the name list may be read as a document of its own until the 版记 shows it to be the notice's)
    assert starts(tmp_path, NOTICE + ATTACHED + IMPRINT + SPEECH)[-1] == 12


def test_a_news_item_right_under_a_notice_s_date(tmp_path: Path) -> None:
    assert starts(tmp_path, NOTICE + NEWS) == [1, 7]


def test_a_bulletin_s_spaced_masthead_over_its_issue_number_after_a_speech(tmp_path: Path) -> None:
    assert starts(tmp_path, SPEECH + "谢谢大家！\n" + BULLETIN) == [1, 7]


def test_a_bulletin_s_masthead_over_its_issue_number_under_another_news_item(tmp_path: Path) -> None:
    assert starts(tmp_path, NEWS + BULLETIN.replace("柳 川 教 育 简 报", "柳川教育简报")) == [1, 3]
