"""A township government's archive: few documents of each genre, one 红头 on all of them.

The documents are written for these tests: a fictional 镇人民政府 that answers its villages' 请示 with 批复,
has its 镇长's speeches on file, and sends 通报 under the same 红头, 文号 prefix, 署名 and 版记.
"""

from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner
from walkhelpers import mined_starter, write_archive

from drafter.cli import main
from drafter.mining.mine import mine

HEAD = "梧川镇人民政府文件\n梧政〔{year}〕{number}号\n"
TAIL = (
    "\n梧川县梧川镇人民政府\n{year}年{month}月{day}日\n"
    "抄送：县委办公室，县政府办公室，{extra}。\n梧川镇党政办公室 {year}年{month}月{day}日印发\n"
)
# Every document is copied to the two offices above the township and to the one its matter concerns.
CONCERNED = ("县林业局", "县应急管理局", "县水利局", "县自然资源局", "县农业农村局")

BULLETINS = [
    (
        "关于表扬秋季森林防火工作先进村的通报",
        "各村（社区）、镇直各单位：\n今年秋冬季以来，各村认真落实护林巡山责任，全镇未发生一起森林火灾。"
        "经镇政府研究，决定对石门村、竹坞村予以通报表扬。\n希望受表扬的村珍惜荣誉，继续做好防火工作。\n特此通报。",
    ),
    (
        "关于对违规燃放烟花问题的通报",
        "各村（社区）、镇直各单位：\n春节期间，个别村在禁放区域燃放烟花，引发两起草地起火。"
        "经镇政府研究，决定对相关村予以通报批评。\n各村要引以为戒，切实加强宣传和巡查。\n特此通报。",
    ),
    (
        "关于上半年农村饮水安全检查情况的通报",
        "各村（社区）、镇直各单位：\n五月下旬，镇水利站对全镇供水工程进行了检查。现将有关情况通报如下：\n"
        "一、基本情况\n共检查集中供水点十一处，水质总体达标。\n二、存在问题\n个别蓄水池未加盖，消毒记录不全。\n"
        "特此通报。",
    ),
]

REPLIES = [
    (
        "关于同意石门村修缮村级活动中心的批复",
        "石门村村民委员会：\n你村《关于修缮村级活动中心的请示》（石村〔2025〕2号）收悉。经镇政府研究，现批复如下：\n"
        "同意你村对活动中心屋面和门窗进行修缮，所需资金由村集体经济收入解决。\n工程完工后请报镇规划办验收。\n此复。",
    ),
    (
        "关于同意竹坞村调整土地承包合同的批复",
        "竹坞村村民委员会：\n你村《关于调整部分土地承包合同的请示》（竹村〔2025〕4号）收悉。经镇政府研究，现批复如下：\n"
        "同意你村按村民会议决议调整三组部分承包地，调整结果须张榜公示七天。\n请做好群众解释工作。\n此复。",
    ),
]

MEETINGS = [
    (
        "关于召开全镇春耕备耕工作会议的通知",
        "各村（社区）、镇直各单位：\n为抓好今年春耕生产，经镇政府研究，决定召开全镇春耕备耕工作会议。现将有关事项通知如下：\n"
        "一、会议时间\n2025年3月2日上午九时。\n二、会议地点\n镇政府三楼会议室。\n三、参会人员\n各村党组织书记、农技员。\n"
        "四、有关要求\n请带好本村种子化肥需求统计表。请各村于2月27日前将参会回执报镇党政办公室。",
    ),
    (
        "关于召开汛前山塘安全检查部署会的通知",
        "各村（社区）、镇直各单位：\n主汛期临近，经镇政府研究，决定召开汛前山塘安全检查部署会。现将有关事项通知如下：\n"
        "一、会议时间\n2025年5月12日下午三时。\n二、会议地点\n镇水利站二楼会议室。\n三、参会人员\n各村分管水利的村干部、山塘管护员。\n"
        "四、有关要求\n会后即开展逐塘检查，检查表当周报回。请各单位于5月9日前将参会回执报镇党政办公室。",
    ),
    (
        "关于召开秋季征兵工作会议的通知",
        "各村（社区）、镇直各单位：\n根据县征兵办的部署，经镇政府研究，决定召开秋季征兵工作会议。现将有关事项通知如下：\n"
        "一、会议时间\n2025年8月20日上午九时半。\n二、会议地点\n镇武装部会议室。\n三、参会人员\n各村民兵营长、妇女主任。\n"
        "四、有关要求\n请提前摸清本村适龄青年底数。请于8月18日前将参会回执报镇党政办公室。",
    ),
]


SPEECH = """在{meeting}上的讲话
镇长　方立诚
（{year}年{month}月{day}日）
同志们：
今天召开{meeting}，主要是部署下一阶段工作。下面，我讲两点意见。
一、统一思想认识
{body}
二、狠抓工作落实
各村要对照任务清单逐项推进，镇党政办公室每月通报一次进度。
同志们，任务艰巨，希望大家齐心协力，确保完成全年目标！
谢谢大家！
"""

SPEECHES = [
    ("全镇春耕生产工作会议", "2025", "3", "6", "春耕时节不等人，各村要抓紧组织农户备种备肥。"),
    ("全镇防汛工作部署会", "2025", "5", "20", "汛期将至，各村要落实山塘巡查和群众转移责任。"),
    ("全镇安全生产工作会议", "2025", "2", "14", "安全生产事关群众生命财产，决不能有丝毫松懈。"),
]


def _files() -> Iterator[tuple[str, str]]:
    """The archive's files, by name: the unit's documents as its clerk keeps them."""
    number = 1
    for name, documents in (("通报", BULLETINS), ("批复", REPLIES)):
        for index, (title, body) in enumerate(documents, 1):
            head = HEAD.format(year=2025, number=number)
            tail = TAIL.format(year=2025, month=index + 3, day=10 + index, extra=CONCERNED[number - 1])
            yield f"{name}{index}.txt", head + title + "\n" + body + tail
            number += 1
    for index, (title, body) in enumerate(MEETINGS, 1):
        head = HEAD.format(year=2025, number=20 + index)
        tail = TAIL.format(year=2025, month=index + 1, day=index, extra="县农业农村局")
        yield f"会议通知{index}.txt", head + title + "\n" + body + tail
    for index, (meeting, year, month, day, body) in enumerate(SPEECHES, 1):
        text = SPEECH.format(meeting=meeting, year=year, month=month, day=day, body=body)
        yield f"讲话{index}.txt", text


def _archive(root: Path) -> Path:
    return write_archive(root / "档案", _files())


REPLY_FACTS = """模板: {template}
事由: 同意石门村硬化村道
主送机关: 石门村村民委员会
来文:
  标题: 关于硬化村道的请示
  文号: 石村〔2026〕1号
称谓: 你村
批复意见:
  - 同意你村硬化一组至三组村道，所需资金由村集体经济收入解决。
成文日期: 2026-03-02
印章: 是
文号序号: 8
"""


def test_two_replies_under_the_units_red_head_get_a_template_of_its_constants(tmp_path: Path) -> None:
    # Two 批复 are too few to learn a 批复's wording, but both carry the 红头, 文号 prefix, 署名 and 版记
    # the unit writes on all its documents: the clerk drafting the next one typed them into the built-in's
    # starter, for mining wrote no 批复 template ('只有 2 篇文档').
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    assert (out / "reply").is_dir()
    facts = tmp_path / "批复.yaml"
    facts.write_text(REPLY_FACTS.format(template=out / "reply"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "梧川镇人民政府文件" in text and "梧政〔2026〕8号" in text
    assert "梧川县梧川镇人民政府" in text and "梧川镇党政办公室" in text and "印发" in text


def test_two_documents_without_a_red_head_still_get_no_template(tmp_path: Path) -> None:
    # The unit's speeches carry no 红头: two of a genre that borrows nothing stay too few.
    folder = _archive(tmp_path)
    for name in ("讲话3.txt", "批复1.txt", "批复2.txt"):
        (folder / name).unlink()
    out = tmp_path / "out"
    mine([folder], out)
    assert not (out / "speech").exists()
    import json

    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    speech = next(g for g in data["genres"] if g["genre"] == "speech")
    assert speech["template_note"].startswith("只有 2 篇文档")


SPEECH_FACTS = """模板: {template}
会议名称: 全镇秋收工作会议
讲话日期: 2025-09-03
开场:
  - 今天召开全镇秋收工作会议，部署秋收秋种工作。
主体:
  - 标题: 抓紧抢收
    内容: 各村要组织机械和劳力，确保颗粒归仓。
"""


def test_a_speech_template_learns_the_speaker_the_units_speeches_name(tmp_path: Path) -> None:
    # Three speeches of the 镇长, each with his post and name under the title: the starter offered the
    # built-in's 〔示例〕县人民政府副县长　李明, and a speech drafted without 讲话人 named nobody.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    facts = tmp_path / "讲话.yaml"
    facts.write_text(SPEECH_FACTS.format(template=out / "speech"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == ["在全镇秋收工作会议上的讲话", "镇长　方立诚", "（2025年9月3日）"]
    starter = CliRunner().invoke(main, ["new", "--template", str(out / "speech"), "-o", "-"])
    assert "李明" not in starter.output and "镇长　方立诚" in starter.output


def test_the_offices_every_document_is_copied_to_are_the_units_copy_line(tmp_path: Path) -> None:
    # No whole 抄送 line recurs (each adds the office its matter concerns), but every one copies to
    # 县委办公室 and 县政府办公室: the starters offered no 抄送, and the drafts' 版记 had none.
    import yaml

    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    for genre in ("bulletin", "reply"):
        fields = yaml.safe_load((out / genre / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
        assert fields["抄送"]["default"] == ["县委办公室", "县政府办公室"], genre
        assert "另加机关时连同这几个一起写" in fields["抄送"]["description"]
    facts = tmp_path / "批复.yaml"
    facts.write_text(REPLY_FACTS.format(template=out / "reply"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert "抄送：县委办公室，县政府办公室。" in result.output


def test_a_reply_starter_calls_the_asking_office_as_the_units_replies_do(tmp_path: Path) -> None:
    # Both 批复 answer a village (你村《……》收悉): the starter offered the built-in's 〔示例〕你校.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    starter = mined_starter(out, "reply")
    assert "称谓: 〔示例〕你村" in starter and "你校" not in starter.split("称谓: ")[1].splitlines()[0]
    # A notice opens on no quoted title: it gets no 称谓 field of its own.
    import yaml

    fields = yaml.safe_load((out / "bulletin" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert "称谓" not in fields


def test_the_report_promises_a_red_head_only_where_the_built_in_prints_one(tmp_path: Path) -> None:
    # The speech template was said to keep '红头、版记等功能' of the built-in 讲话稿, which prints neither.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "扩展内置模板“讲话稿”，内置模板的功能照旧" in page
    assert "扩展内置模板“通报”，红头、版记等功能照旧" in page


def test_a_meeting_notice_starter_sends_the_receipt_where_the_unit_sends_it(tmp_path: Path) -> None:
    # The unit's notices ask for the receipt at its office (将参会回执报镇党政办公室): the starter offered the
    # built-in's 〔示例〕发送至电子邮箱 qhjyj@example.gov.cn, another unit's address.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    starter = mined_starter(out, "meeting_notice")
    assert "报送方式: 〔示例〕报镇党政办公室" in starter and "example.gov.cn" not in starter


def test_a_notice_template_learnt_from_bulletins_says_so(tmp_path: Path) -> None:
    # The unit's 通报 count as its notices (LABELS); a township that never wrote a 通知 read that its notice
    # template came from '3 篇通知'.
    out = tmp_path / "out"
    mine([_archive(tmp_path)], out)
    shown = CliRunner().invoke(main, ["templates", "show", str(out / "notice")])
    assert "从 3 篇通知（其中 3 篇是通报）挖掘" in shown.output
    shown = CliRunner().invoke(main, ["templates", "show", str(out / "meeting_notice")])
    assert "从 3 篇会议通知挖掘" in shown.output  # its titles end in 通知, its own genre
