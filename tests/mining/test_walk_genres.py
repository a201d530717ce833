"""Found walking issues 9 and 10 as a new user on one county bureau's 请示, 报告, 函 and 通报 (our own words)."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

REQUEST = """关于增设社区卫生服务站的请示
县人民政府：
东城片区常住人口已超过两万，附近没有社区卫生服务站，居民看小病要到县城。
我局请求在东城片区增设社区卫生服务站一个，所需经费从年度预算中安排。
妥否，请批示。
某县卫生健康局
2025年4月2日
"""

BULLETIN = """关于第二季度处方点评情况的通报
各乡镇卫生院：
6月中旬，我局组织药事专家对各卫生院的门诊处方进行了点评。现将点评情况通报如下：
一、基本情况
本次共点评处方800张，合格率较上季度有所提高。
二、存在问题
部分处方诊断书写不全，个别处方超量开药。
特此通报。
某县卫生健康局
2025年7月3日
"""


def test_parse_names_the_statutory_genre_of_an_other_document(tmp_path: Path) -> None:
    """LABELS puts 请示 under 其他 and 通报 under 通知: the outline also says 请示 and 通报 (before: [其他], [通知])."""
    (tmp_path / "请示.txt").write_text(REQUEST, encoding="utf-8")
    (tmp_path / "通报.txt").write_text(BULLETIN, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "[请示] 关于增设社区卫生服务站的请示" in result.output
    assert "[通知 · 通报] 关于第二季度处方点评情况的通报" in result.output
    assert "[其他]" not in result.output


def _report(title: str, lead: str, done: str, gap: str, plan: str, number: int) -> str:
    return f"""某县卫生健康局文件
某卫健〔2025〕{number}号
关于{title}的报告
县人民政府：
{lead}现将有关情况报告如下：
一、主要做法
{done}
二、存在问题
{gap}
三、下步打算
{plan}
特此报告。
某县卫生健康局
2025年1月{number}日
抄送：县财政局。
某县卫生健康局办公室　　2025年1月{number}日印发
"""


def test_a_mined_summary_declares_no_red_head_it_cannot_print(tmp_path: Path) -> None:
    """Reports of work done teach the 工作总结 template too; the built-in 工作总结 prints no 红头, so its mined
    template does not declare the unit's 发文机关标志 as a default (before: declared, with support 3/3, and
    never printed). The 报告 template, which prints it, keeps it."""
    import yaml

    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    texts = [
        (
            "2024年度慢性病管理工作情况",
            "去年以来，全县基层医疗机构把高血压、糖尿病患者的规范管理作为重点。",
            "为每名患者建立随访档案，村医每季度面对面随访一次，血压血糖控制情况逐步好转。",
            "部分村医随访记录填写不全，个别患者失访。",
            "推进随访信息化，把随访质量纳入村医绩效考核。",
        ),
        (
            "上半年妇幼健康服务开展情况",
            "今年上半年，我们以降低孕产妇和婴儿死亡率为目标，扎实开展妇幼健康服务。",
            "对孕产妇实行从建册到产后访视的全程管理，高危孕产妇一律纳入专案。",
            "乡镇产科医生数量偏少，夜间急诊力量不足。",
            "与市妇幼保健院建立对口帮扶，加快培养产科骨干。",
        ),
        (
            "汛期卫生应急准备工作",
            "进入主汛期后，各医疗卫生单位按照防汛指挥部的要求做好卫生应急准备。",
            "修订洪涝灾害卫生应急预案，组建三支医疗救治分队，开展了两次拉练。",
            "部分乡镇应急药品储备品种不全，更新不够及时。",
            "完善物资储备目录，实行定期轮换。",
        ),
    ]
    for number, fields in enumerate(texts, 3):
        (corpus / f"{number}.txt").write_text(_report(*fields, number), encoding="utf-8")
    out = tmp_path / "out"
    mine([corpus], out)
    summary = yaml.safe_load((out / "summary" / "manifest.yaml").read_text(encoding="utf-8"))
    report = yaml.safe_load((out / "report" / "manifest.yaml").read_text(encoding="utf-8"))
    assert "发文机关标志" not in summary["fields"]
    assert summary["fields"]["署名"]["default"] == "某县卫生健康局"
    assert report["fields"]["发文机关标志"]["default"] == ["某县卫生健康局文件"]


def test_the_report_says_where_other_documents_count(tmp_path: Path) -> None:
    """请示 are "other" by LABELS and also teach the 请示 template: the 其他 section no longer says only
    '“其他”类文档不生成模板' above the three 请示 whose template was written."""
    import json

    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    asks = [
        ("增设社区卫生服务站", "东城片区常住人口已超过两万，附近没有社区卫生服务站。", "增设服务站一个"),
        ("更新乡镇卫生院救护车", "五辆救护车已使用超过十年，故障频繁。", "安排购车资金"),
        ("招聘农村订单定向医学生", "部分村卫生室已无人坐诊，村医年龄偏大。", "增加定向招聘名额"),
    ]
    for number, (matter, reason, ask) in enumerate(asks, 1):
        text = f"关于{matter}的请示\n县人民政府：\n{reason}\n我局请求{ask}，所需经费从年度预算中安排。\n妥否，请批示。\n某县卫生健康局\n2025年4月{number}日\n"
        (corpus / f"{number}.txt").write_text(text, encoding="utf-8")
    mine([corpus], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    other = next(g for g in report["genres"] if g["genre"] == "other")
    assert other["template_note"] == "“其他”类文档不生成模板；其中按标题里的文种另算：请示 3 篇（见各自的部分）"


def test_the_signer_of_a_units_requests_becomes_a_default(tmp_path: Path) -> None:
    """签发人 beside the 发文字号 of every 请示 (GB/T 9704 §7.2.6) is the unit's custom, like its 文号 pattern:
    the mined 请示 template drafts it without the user typing it (before: no 签发人 in the 红头)."""
    import yaml

    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    asks = [
        (
            "增设社区卫生服务站",
            "东城片区常住人口已超过两万，附近没有社区卫生服务站，居民看小病要到县城排队。",
            "我局请求在东城片区增设社区卫生服务站一个，所需经费从年度预算中安排。",
        ),
        (
            "更新乡镇卫生院救护车",
            "全县有五辆救护车已经使用超过十年，故障频繁，维修费用逐年增加。",
            "恳请县政府安排购车资金，分两年为中心卫生院更新负压救护车。",
        ),
        (
            "招聘农村订单定向医学生",
            "部分村卫生室已无人坐诊，现有村医平均年龄接近六十岁，后继乏人。",
            "建议今年增加定向招聘名额十名，毕业后到村卫生室服务不少于六年。",
        ),
    ]
    for number, (matter, reason, ask) in enumerate(asks, 1):
        text = (
            f"某县卫生健康局文件\n某卫健〔2025〕{number}号　　签发人：李卫东\n关于{matter}的请示\n县人民政府：\n"
            f"{reason}\n{ask}\n妥否，请批示。\n某县卫生健康局\n2025年4月{number}日\n"
        )
        (corpus / f"{number}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([corpus], out)
    fields = yaml.safe_load((out / "request" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["签发人"]["default"] == ["李卫东"] and "3/3" in fields["签发人"]["description"]
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        f"模板: {out / 'request'}\n事由: 增设发热门诊\n主送机关: 县人民政府\n缘由: [冬春季发热病人增多。]\n"
        "请示事项: [恳请安排改造资金。]\n成文日期: 2025-11-03\n文号序号: 9\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "某卫健〔2025〕9号　　签发人：李卫东" in result.output


def test_a_genre_short_of_source_groups_says_which_documents_were_joined(tmp_path: Path) -> None:
    """纪要 that carry one 纪要标志 as their title, in a corpus that is not that unit's archive (most of its
    documents are other offices'): one series, one source group, no template. The reason said only
    '只有 3 篇文档（1 组来源）', which a clerk with three different meetings cannot follow; it now says they were
    counted as one series, and under which title. (In the unit's own archive they are three voices: see
    tests/mining/test_spread.py.)"""
    import json

    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    meetings = [
        ("3", "研究部署春季爱国卫生运动", "会议同意在4月开展一次城乡环境卫生集中整治，由爱卫办牵头制定方案。"),
        ("6", "研究乡镇卫生院绩效考核办法", "会议原则通过考核办法，要求基层卫生股根据讨论意见修改后印发。"),
        ("9", "研究迎接省级慢病示范区复审", "会议要求各相关股室对照复审标准逐项自查，10月底前补齐台账。"),
    ]
    for issue, topic, decided in meetings:
        text = (
            f"某县卫生健康局局务会议纪要\n第{issue}期\n某县卫生健康局办公室　　2025年{issue}月8日\n"
            f"2025年{issue}月6日上午，局长在局会议室主持召开局务会议，{topic}。现将会议议定事项纪要如下：\n"
            f"一、议定事项\n{decided}\n出席：张三　李四　王五\n"
        )
        (corpus / f"{issue}.txt").write_text(text, encoding="utf-8")
    others = (
        ("某县教育局", "关于做好汛期校园安全工作的通知", "各校要排查校舍隐患，雨天停止户外活动。"),
        ("某县水利局", "关于开展水库安全度汛检查的通知", "各水库管理站要检查泄洪设施，备足抢险物资。"),
        ("某县林业局", "关于加强森林防火巡护的通知", "各林业站要增加巡山频次，严管野外用火。"),
    )
    for k, (office, title, task) in enumerate(others):
        (corpus / f"other{k}.txt").write_text(
            f"{title}\n各有关单位：\n为做好有关工作，现将有关事项通知如下。\n一、落实责任\n{task}\n"
            f"特此通知。\n{office}\n2025年6月{k + 1}日\n",
            encoding="utf-8",
        )
    mine([corpus], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    minutes = next(g for g in report["genres"] if g["genre"] == "meeting_report")
    assert minutes["template_note"].startswith("只有 3 篇文档（1 组来源）")
    assert "其中 3 篇算作一组来源：同一系列（某县卫生健康局局务会议）" in minutes["template_note"]


def test_mine_names_each_template_written_in_chinese(tmp_path: Path) -> None:
    """The terminal said '模板：挖掘结果/bulletin（起草：……）' with the folder's slug only; it names the 文种."""
    from unittest import mock

    from drafter.mining.mine import MineResult

    out = tmp_path / "挖掘结果"
    done = MineResult(
        output=out,
        files=3,
        skipped=(),
        documents=3,
        duplicates=0,
        phrases=2,
        templates=(out / "bulletin", out / "request"),
        not_written=(),
    )
    (tmp_path / "a.txt").write_text(REQUEST, encoding="utf-8")
    with mock.patch("drafter.mining.mine.mine", return_value=done):
        result = CliRunner().invoke(main, ["mine", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        f"模板：通报：{out / 'bulletin'}（起草：drafter new --template {out / 'bulletin'} -o 事实.yaml）"
        in result.output
    )
    assert f"模板：请示：{out / 'request'}（" in result.output


def _situation(topic: str, facts: str, gaps: str, asks: str, number: int) -> str:
    return f"""望湖街道办事处文件
望街〔2025〕{number}号
关于{topic}情况的通报
各社区居民委员会：
{facts}现将有关情况通报如下：
一、基本情况
{facts}
二、存在问题
{gaps}
三、下步要求
{asks}
特此通报。
望湖街道办事处
2025年{number}月8日
"""


def test_a_section_every_bulletin_of_the_unit_holds_is_in_the_starter(tmp_path: Path) -> None:
    """A 街道's 情况通报 each have 存在问题; the built-in's starter leaves 存在问题 out (表扬通报 have none), and
    the mined template's starter had it only as a commented optional field: a clerk filling the starter
    in drafted a 情况通报 without its problems. A canonical section of the unit's is in the starter."""
    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    topics = [
        (
            "辖区夜市油烟整治",
            "五月份共检查夜市摊点四十二个，整改完成三十五个。",
            "部分摊点未安装净化设备。",
            "各社区督促摊主限期安装。",
        ),
        (
            "楼道堆物清理",
            "三个小区清理楼道堆物一百余处，消除了火灾隐患。",
            "个别楼栋清理后又有反弹。",
            "物业公司每周巡查一次。",
        ),
        (
            "共享单车停放",
            "主干道两侧乱停放的单车明显减少，步行道基本畅通。",
            "地铁口早高峰仍有堆积。",
            "运营企业增派调度人员。",
        ),
        (
            "电动车入户充电排查",
            "入户排查住户一千二百户，劝离楼内充电车辆八十辆。",
            "老旧小区充电桩仍然不足。",
            "各社区摸清充电需求报街道。",
        ),
    ]
    for number, (topic, facts, gaps, asks) in enumerate(topics, start=3):
        (corpus / f"{number:02d}.txt").write_text(_situation(topic, facts, gaps, asks, number), encoding="utf-8")
    out = tmp_path / "out"
    mine([corpus], out)
    facts = tmp_path / "通报.yaml"
    result = CliRunner().invoke(main, ["new", "--template", str(out / "bulletin"), "-o", str(facts)])
    assert result.exit_code == 0, result.output
    lines = facts.read_text(encoding="utf-8").splitlines()
    assert "存在问题:" in lines and "- 〔请填写：存在问题，一段或几段〕" in lines, lines
    assert "基本情况:" in lines


def test_the_kind_of_a_units_bulletins_is_its_default(tmp_path: Path) -> None:
    """The 通报 of a 街道 are 情况通报 (their titles say 情况); the mined starter said 类别: 〔示例〕表扬 and listed
    three schools under 对象, to be deleted by hand. The kind the titles share (at least three documents,
    60 %) is the template's default 类别, with its support; a 情况通报 names no 对象."""
    import json

    import yaml

    from drafter import gongwen
    from drafter.mining.mine import mine

    assert gongwen.bulletin_kind("关于表彰抗洪抢险先进个人的通报") == "表扬"
    assert gongwen.bulletin_kind("关于一起违规收费问题的通报") == "批评"
    assert gongwen.bulletin_kind("关于一季度安全检查情况的通报") == "情况"
    assert gongwen.bulletin_kind("关于某某工作的通报") == ""
    corpus = tmp_path / "archive"
    corpus.mkdir()
    topics = [
        ("辖区夜市油烟整治", "五月份检查夜市摊点四十二个。", "部分摊点未安装净化设备。", "督促摊主限期安装。"),
        ("楼道堆物清理", "三个小区清理楼道堆物一百余处。", "个别楼栋清理后又有反弹。", "物业公司每周巡查。"),
        ("共享单车停放", "主干道两侧乱停放的单车明显减少。", "地铁口早高峰仍有堆积。", "运营企业增派调度人员。"),
    ]
    for number, (topic, facts, gaps, asks) in enumerate(topics, start=3):
        (corpus / f"{number:02d}.txt").write_text(_situation(topic, facts, gaps, asks, number), encoding="utf-8")
    out = tmp_path / "out"
    mine([corpus], out)
    manifest = yaml.safe_load((out / "bulletin" / "manifest.yaml").read_text(encoding="utf-8"))
    kind = manifest["fields"]["类别"]
    assert kind["default"] == "情况" and "3/3 篇" in kind["description"]
    starter = tmp_path / "通报.yaml"
    assert CliRunner().invoke(main, ["new", "--template", str(out / "bulletin"), "-o", str(starter)]).exit_code == 0
    lines = starter.read_text(encoding="utf-8").splitlines()
    assert "# 类别: 情况" in lines and not any(line.startswith(("类别:", "对象:")) for line in lines)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    bulletin = next(g for g in report["genres"] if g["genre"] == "bulletin")
    assert {"field": "类别", "value": "情况", "documents": 3, "of": 3} in bulletin["defaults"]["constants"]


def _minutes(issue: int, items: tuple[tuple[str, str], ...]) -> str:
    body = "\n".join(f"{'一二三'[n]}、关于{topic}\n{decision}" for n, (topic, decision) in enumerate(items))
    topics = "、".join(topic for topic, _ in items)
    return f"""望湖街道主任办公会议纪要
第{issue}期
望湖街道党政办公室　　　　　　2025年{issue}月12日
2025年{issue}月10日上午，街道办事处主任在二楼会议室主持召开主任办公会议，研究{topics}等事项。现将会议议定事项纪要如下：
{body}
出席：主任、副主任、党政办公室主任
请假：无
抄送：街道党工委委员。
望湖街道党政办公室　　　　　　2025年{issue}月12日印发
"""


def test_the_minutes_mark_of_a_units_minutes_is_its_default(tmp_path: Path) -> None:
    """A 街道's 主任办公会议纪要 carry only their 纪要标志 and 期号 (no 关于……的会议纪要 line): parse titles them by
    the 标志, and the mined 纪要 template left 纪要标志 to the built-in's example (〔示例〕青禾县教育局局务会议纪要).
    The 标志 they share is its default, with its support, like the unit's other constants."""
    import json

    import yaml

    from drafter.mining.mine import mine

    corpus = tmp_path / "archive"
    corpus.mkdir()
    agendas = [
        (
            ("防汛物资储备", "应急办在汛期前补齐沙袋、水泵和救生衣，各社区落实易涝点专人值守。"),
            ("老年助餐点补助", "同意按每餐三元给予运营补助，民政科会同财政所拟定办法。"),
        ),
        (
            ("秋季开学安全", "城管中队和派出所在开学前后两周加强校园周边巡查，规范接送车辆停放。"),
            ("网格员考核办法", "原则同意社会事务科起草的考核办法，修改后印发执行。"),
            ("夜间停车管理", "在两条支路试行夜间分时段停车，社区做好宣传引导。"),
        ),
        (
            ("冬季燃气安全", "组织力量对餐饮店和出租房逐户排查，发现隐患当场登记、限期整改。"),
            ("年终考评安排", "党政办公室十二月上旬拿出考评方案，考评结果与评先评优挂钩。"),
        ),
    ]
    for issue, items in zip((4, 7, 11), agendas, strict=True):
        (corpus / f"纪要{issue}.txt").write_text(_minutes(issue, items), encoding="utf-8")
    out = tmp_path / "out"
    mine([corpus], out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    minutes = next(g for g in report["genres"] if g["genre"] == "meeting_report")
    assert minutes["template"], minutes["template_note"]
    mark = {"field": "纪要标志", "value": "望湖街道主任办公会议纪要", "documents": 3, "of": 3}
    assert mark in minutes["defaults"]["constants"]
    manifest = yaml.safe_load((out / minutes["template"] / "manifest.yaml").read_text(encoding="utf-8"))
    assert manifest["fields"]["纪要标志"]["default"] == "望湖街道主任办公会议纪要"
    starter = tmp_path / "纪要.yaml"
    folder = str(out / minutes["template"])
    assert CliRunner().invoke(main, ["new", "--template", folder, "-o", str(starter)]).exit_code == 0
    assert not any(line.startswith("纪要标志:") for line in starter.read_text(encoding="utf-8").splitlines())
