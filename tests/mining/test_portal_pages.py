"""Pages saved from a unit's own website: its name over a menu and a breadcrumb, a row of fields (信息来源、发布日期、
阅读) above or under the title. The site's name is no 红头 and the row of fields is no part of the title."""

from pathlib import Path

from drafter.mining.parse import parse_file


def _parse(tmp_path: Path, text: str) -> list:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return list(parse_file(path).documents)


def test_site_name_over_menu_is_not_the_documents_head(tmp_path: Path) -> None:
    page = (
        "柳溪镇人民政府\n"
        "首页　镇情介绍　新闻中心　政务公开　便民服务　留言板\n"
        "当前位置：首页 > 新闻中心 > 乡镇动态\n"
        "柳溪镇举办秋季森林防火应急演练\n"
        "发布时间：2025-10-21 09:15　来源：镇应急办　浏览：206\n"
        "\n"
        "　　10月20日上午，柳溪镇在青峰村后山林区组织开展秋季森林防火应急演练。镇应急分队、各村义务扑火队共60余人参加。\n"
        "\n"
        "　　演练模拟林区突发火情，从发现报警、先期处置到集结扑救、清理火场，各环节衔接紧密。\n"
        "\n"
        "　　下一步，全镇将继续加强巡山护林，确保秋冬季节森林资源安全。\n"
    )
    documents = _parse(tmp_path, page)
    assert len(documents) == 1
    assert documents[0].start_line == 4
    assert documents[0].title == "柳溪镇举办秋季森林防火应急演练"


def test_row_of_fields_and_the_title_under_it_stay_apart(tmp_path: Path) -> None:
    page = (
        "桐川县市场监督管理局网站\n"
        "[简体版] [繁体版] [无障碍阅读]\n"
        "信息来源：食品安全科　　发布日期：2025年6月3日　　点击：【 88 】次\n"
        "桐川县2025年夏季校园及周边食品安全\n"
        "专项检查工作方案\n"
        "\n"
        "　　为切实保障学生饮食安全，结合我县实际，制定本方案。\n"
        "\n"
        "一、检查范围\n"
        "\n"
        "　　全县中小学、幼儿园食堂及校园周边200米内的食品经营户。\n"
        "\n"
        "二、检查重点\n"
        "\n"
        "　　重点检查从业人员健康证明、原料进货查验、餐具清洗消毒等情况。\n"
        "\n"
        "三、工作要求\n"
        "\n"
        "　　各市场监管所要于7月10日前完成检查，并报送工作总结。\n"
    )
    documents = _parse(tmp_path, page)
    assert documents[0].title == "桐川县2025年夏季校园及周边食品安全专项检查工作方案"
    assert documents[0].start_line == 4


def test_a_long_title_does_not_run_on_into_the_row_under_it(tmp_path: Path) -> None:
    page = (
        "　　4月2日下午，县教育局召开春季开学安全工作会议，对近期校园安全工作作出部署。\n"
        "（编辑：何苗）\n"
        "桐川县教育局关于公布2025年度中小学优秀课后服务案例评选结果的通知\n"
        "发布日期：2025年06月11日　　信息来源：基础教育股\n"
        "各乡镇中心学校，县直各学校：\n"
        "　　根据年初工作安排，经学校申报、专家评审，评出优秀课后服务案例30个，现予公布。\n"
        "　　希望各校相互学习借鉴，不断提升课后服务水平。\n"
        "桐川县教育局\n"
        "2025年6月10日\n"
    )
    documents = _parse(tmp_path, page)
    titles = [document.title for document in documents]
    assert "桐川县教育局关于公布2025年度中小学优秀课后服务案例评选结果的通知" in titles


def test_a_collections_title_and_contents_are_no_document(tmp_path: Path) -> None:
    first = "在全镇农业产业发展推进会上的表态发言"
    second = "2025年度个人述职报告"
    page = (
        "笔耕文库 - 实用文档分享平台\n"
        "文库首页 > 工作范文 > 表态发言\n"
        "表态发言、述职报告合集2篇\n"
        "上传者：晓禾　|　2025-04-02上传　|　共5页\n"
        "【目录】\n"
        f"1. {first}\n"
        f"2. {second}\n"
        "\n"
        f"{first}\n"
        "镇农业办主任　陶立新\n"
        "尊敬的各位领导、同志们：\n"
        "　　今年我们将围绕茶叶和蔬菜两大产业，抓好基地建设，力争全年新增标准化基地800亩。\n"
        "　　我们一定按照会议部署，加强协调服务，确保各项任务按期完成。\n"
        "　　谢谢大家！\n"
        "\n"
        f"{second}\n"
        "　　一年来，我在镇党委的领导下，认真履行岗位职责，较好地完成了各项工作任务。\n"
        "　　一是加强学习，提高业务能力。二是狠抓落实，推进重点工作。\n"
        "　　今后，我将进一步改进作风，努力把工作做得更好。\n"
    )
    documents = _parse(tmp_path, page)
    assert [document.title for document in documents] == [first, second]


def test_the_last_links_of_a_list_over_the_pages_foot_are_no_document(tmp_path: Path) -> None:
    title = "青岭乡2025年河湖长制工作总结"
    page = (
        f"{title}\n"
        "　　今年以来，我乡全面落实河湖长制各项工作，全乡河湖水质稳定向好。现将有关情况总结如下：\n"
        "一、主要工作\n"
        "　　乡级河长累计巡河120次，发现并整改问题18个。\n"
        "二、存在问题\n"
        "　　部分支流沿岸仍有生活垃圾乱堆现象。\n"
        "三、下步打算\n"
        "　　继续开展河道清洁行动，建立长效保洁机制。\n"
        "（本文来自网络，如有侵权请联系删除）\n"
        "猜你喜欢：\n"
        "2025年乡镇水利站工作总结范文\n"
        "河湖长制个人述职报告五篇\n"
        "县水利局年度工作总结及明年工作打算\n"
        "关注公众号，回复“总结”领取更多范文\n"
        "Copyright © 2025 文稿范文站 All Rights Reserved\n"
    )
    documents = _parse(tmp_path, page)
    assert [document.title for document in documents] == [title]


def test_a_speechs_title_over_its_subtitle_and_speaker_opens_it(tmp_path: Path) -> None:
    # The title shares few words with the speech; its subtitle and speaker's line say it is the speech's title.
    title = "把脚下的路走得更稳一些"
    page = (
        "相关阅读：\n"
        "关于开展春季植树活动的通知\n"
        "社区网格员培训班开班讲话\n"
        "\n"
        "公文范文网 - 讲话稿频道\n"
        "\n"
        f"{title}\n"
        "——在2025届学员结业式上的讲话\n"
        "发布于：2021-06-02 / 浏览：310\n"
        "校长　梁知远\n"
        "各位学员、老师们：\n"
        "　　大家好！三个月的培训今天就要结束了，我代表学校向顺利结业的82名学员表示祝贺。\n"
        "　　这段时间，大家白天跟班实践，晚上集中研讨，克服了工学矛盾，完成了全部课程。\n"
        "　　希望大家回到岗位后，把所学所悟用到工作中去，在基层一线继续锤炼本领。\n"
        "　　谢谢大家！\n"
    )
    documents = _parse(tmp_path, page)
    assert [document.title for document in documents][-1].startswith(title)


def test_a_pages_record_of_the_document_is_no_part_of_it(tmp_path: Path) -> None:
    # A government site's 信息公开 page: the site's name, a breadcrumb, the record of the document (its fields two
    # a row or one, a field name spaced out), a row of buttons, then the document.
    page = (
        "溪口县卫生健康局\n"
        "首页 > 信息公开 > 通知公告\n"
        "索引号：11XK-2026-00031　　发布机构：溪口县卫生健康局\n"
        "成文日期：2026年4月2日　　公开方式：主动公开\n"
        "有 效 性：有效\n"
        "【字号：大 中 小】【打印】【关闭】\n"
        "溪口县卫生健康局关于开展2026年春季爱国卫生运动的通知\n"
        "各乡镇卫生院，县直各医疗卫生单位：\n"
        "　　为改善城乡环境卫生面貌，局里决定在全县开展春季爱国卫生运动。现将有关事项通知如下：\n"
        "　　一、清理卫生死角。各单位要对院内外环境开展一次全面清扫。\n"
        "　　二、做好病媒防制。4月底前完成一轮灭鼠灭蚊工作。\n"
        "溪口县卫生健康局\n"
        "2026年4月2日\n"
    )
    documents = _parse(tmp_path, page)
    assert [d.start_line for d in documents] == [7]
    assert documents[0].title == "溪口县卫生健康局关于开展2026年春季爱国卫生运动的通知"


def test_a_second_record_between_two_documents_of_one_page_is_no_part_of_either(tmp_path: Path) -> None:
    # Two records of a site's pages saved one after the other: the second document opens with its title, not
    # with the links to the pages before and after it, its record or its buttons.
    first = (
        "关于做好2026年防汛值班工作的通知\n"
        "各股室、各下属单位：\n"
        "　　汛期将至，为确保防汛信息畅通，现就值班工作通知如下：\n"
        "　　一、严格值班纪律。值班人员要24小时在岗，不得脱岗。\n"
        "　　二、及时报送信息。遇有险情要在30分钟内报告。\n"
        "桐溪县水务局\n"
        "2026年5月20日\n"
    )
    second = (
        "上一篇：关于开展水库安全检查的通知\n"
        "下一篇：关于公布第一批河长名单的通知\n"
        "索引号：TX-SW-2026-0107\t主题分类：水利工程\n"
        "发文机关：桐溪县水务局\t成文日期：2026年5月28日\n"
        "【字体：大 中 小】　　打印本页　　关闭窗口\n"
        "关于召开2026年水利工程建设推进会的通知\n"
        "各乡镇水利站，局属各单位：\n"
        "　　为加快推进今年水利工程建设，局里定于6月3日召开推进会。现将有关事项通知如下：\n"
        "　　一、会议时间：2026年6月3日上午9时。\n"
        "　　二、会议地点：局三楼会议室。\n"
        "桐溪县水务局\n"
        "2026年5月28日\n"
    )
    documents = _parse(tmp_path, first + second)
    assert [d.start_line for d in documents] == [1, 13]


def test_a_line_above_the_titles_about_line_is_title_only_when_it_names_an_issuer(tmp_path: Path) -> None:
    # An article saved from a 公众号: the account's name over the title is no part of it; an issuer's name over
    # the 关于 line is (GB/T 9704 §7.3.1: the title opens with the issuer's name or with 关于).
    article = (
        "桐溪教育在线\n"
        "关于做好2026年秋季学期开学准备工作的通知\n"
        "原创 桐溪县教育体育局 桐溪教育在线 2026年08月20日 17:30\n"
        "各乡（镇）中心学校，县直各学校：\n"
        "　　秋季学期即将开始。为确保开学工作平稳有序，现将有关事项通知如下：\n"
        "　　一、做好校园安全排查。各校要在开学前完成校舍、消防、食堂等隐患排查。\n"
        "　　二、做好教材发放。8月28日前将教材发放到班。\n"
        "桐溪县教育体育局\n"
        "2026年8月20日\n"
    )
    assert _parse(tmp_path, article)[0].title == "关于做好2026年秋季学期开学准备工作的通知"
    issued = article.replace("桐溪教育在线\n关于", "桐溪县教育体育局\n关于", 1)
    assert _parse(tmp_path, issued)[0].title == "桐溪县教育体育局关于做好2026年秋季学期开学准备工作的通知"


def test_a_red_head_with_its_number_level_with_it_is_no_part_of_the_title(tmp_path: Path) -> None:
    # A copy that keeps the 发文机关标志 and the 发文字号 on one line, set apart by wide spaces, over a title
    # wrapped onto two lines with no blank line between them.
    page = (
        "桐溪县卫生健康局文件　　　　　　　　　　桐卫发〔2026〕21号\n"
        "桐溪县卫生健康局关于做好2026年夏季\n"
        "食品安全宣传周工作的通知\n"
        "各乡镇卫生院，县直各医疗卫生单位：\n"
        "　　为提高群众食品安全意识，现就做好今年宣传周工作通知如下：\n"
        "　　一、突出宣传重点。围绕食源性疾病预防开展宣传。\n"
        "　　二、创新宣传方式。利用村广播、微信群等渠道扩大覆盖面。\n"
        "桐溪县卫生健康局\n"
        "2026年6月1日\n"
    )
    document = _parse(tmp_path, page)[0]
    assert document.title == "桐溪县卫生健康局关于做好2026年夏季食品安全宣传周工作的通知"
    assert document.genre == "notice"


def test_a_byline_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    # A news page: the title, then its byline (a field whose value holds a space: 学生记者团 许朵朵) with a
    # written date; neither a title line nor joined to it.
    page = (
        "桐溪县第一中学举行2026届高三成人仪式\n"
        "文/图：校团委 何小禾　审核：校办公室　发布日期：2026年05月04日　点击：532\n"
        "\n"
        "　　5月4日上午，桐溪县第一中学在学校操场举行2026届高三学生成人仪式。全体高三学生、家长代表和教师共1200余人参加。\n"
        "\n"
        "　　仪式上，学生代表宣读成人誓词，家长代表为学生送上寄语。校长在讲话中勉励同学们勇担责任、奋发向上。\n"
    )
    document = _parse(tmp_path, page)[0]
    assert document.title == "桐溪县第一中学举行2026届高三成人仪式"
    assert document.genre == "meeting_report"  # a gathering reported after it (LABELS: meeting_report)
