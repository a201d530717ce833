"""A page's blurb that names the document beside it (这里为大家找到了一篇……的通知, ……全文就是这些): the document it
quotes opens on that title, and a blurb under the document it quotes opens nothing (split._echoed; our own
sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file
from drafter.mining.split import _quoted_title

REPORT = """柳湾街道2026年第三季度安全生产检查情况通报
各社区、各有关单位：
根据街道年度安全生产工作安排，9月中旬街道安委办组织对辖区重点场所开展了安全检查，现将有关情况通报如下。
一、检查基本情况
本次共检查商铺、小作坊和出租屋86家，发现隐患41处，已整改37处。
二、下一步要求
各社区要对未整改的隐患逐一盯办，10月底前全部清零。
柳湾街道安全生产委员会办公室
2026年9月30日
"""
# a record that lost its line breaks, its 版头 before its title
RECORD = (
    "柳湾街道办事处文件柳街发〔2026〕18号柳湾街道办事处关于做好冬季供暖保障工作的通知各社区居委会："
    "为确保辖区居民温暖过冬，现就做好今冬供暖保障工作通知如下。一、摸清底数。各社区要在11月10日前完成困难家庭"
    "供暖情况排查，建立台账。二、强化值守。供暖期间各社区实行24小时值班，接到报修后2小时内到场处置。"
    "柳湾街道办事处2026年11月1日\n"
)


def _starts(tmp_path: Path, text: str) -> list[int]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [d.start_line for d in parse_file(path).documents]


def test_a_blurb_above_a_record_names_the_document_that_opens_under_it(tmp_path: Path) -> None:
    blurb = "这里为大家找到了一篇柳湾街道办事处关于做好冬季供暖保障工作的通知，写同类材料时可以对照着看。\n"
    assert _starts(tmp_path, REPORT + blurb + RECORD) == [1, 11]


def test_a_blurb_under_the_record_it_names_opens_nothing(tmp_path: Path) -> None:
    blurb = "柳湾街道办事处关于做好冬季供暖保障工作的通知全文就是这些，觉得有用就转给同事吧。\n"
    assert _starts(tmp_path, RECORD + blurb + REPORT) == [1, 3]


def test_a_notice_that_issues_a_plan_is_followed_by_the_plan(tmp_path: Path) -> None:
    text = (
        "柳湾街道办事处关于印发《柳湾街道冬季供暖保障工作方案》的通知\n"
        "各社区居委会：\n"
        "现将《柳湾街道冬季供暖保障工作方案》印发给你们，请结合实际认真抓好落实。\n"
        "柳湾街道办事处\n"
        "2026年11月1日\n"
        "柳湾街道冬季供暖保障工作方案\n"
        "为确保辖区居民温暖过冬，结合街道实际，制定本方案。\n"
        "一、工作目标\n"
        "供暖期内居民报修2小时内到场，困难家庭供暖全覆盖。\n"
        "二、工作措施\n"
        "各社区要建立困难家庭台账，实行24小时值班。\n"
    )
    assert _starts(tmp_path, text) == [1, 6]


def test_a_sentence_naming_a_report_in_the_text_below_splits_nothing(tmp_path: Path) -> None:
    text = (
        "在柳湾街道居民代表会议上的主持词\n"
        "各位代表：\n"
        "今天的会议有两项议程：一是听取街道2026年工作报告；二是审议民生实事项目。\n"
        "下面进行第一项议程，请街道办事处主任作街道2026年工作报告。\n"
        "下面进行第二项议程，请各位代表审议民生实事项目，并提出意见建议。\n"
    )
    assert _starts(tmp_path, text) == [1]


def test_a_signature_named_in_the_last_sentence_stays_in_its_document(tmp_path: Path) -> None:
    text = (
        "关于做好冬季供暖保障工作的通知\n"
        "各社区居委会：\n"
        "为确保辖区居民温暖过冬，现就做好今冬供暖保障工作通知如下。\n"
        "一、摸清底数。各社区要在11月10日前完成困难家庭供暖情况排查，建立台账。\n"
        "二、强化值守。供暖期间各社区实行24小时值班，接到报修后2小时内到场处置。\n"
        "有关情况请及时报柳湾街道办事处城建科。\n"
        "柳湾街道办事处城建科\n"
        "2026年11月1日\n"
    )
    assert _starts(tmp_path, text) == [1]


def test_what_a_blurb_quotes() -> None:
    record = RECORD.strip()
    assert _quoted_title("这里有一篇柳湾街道办事处关于做好冬季供暖保障工作的通知，供参考。", record)
    # a title wrapped over two lines, quoted whole
    assert _quoted_title(
        "柳湾街道“四个一”做实网格服务工作经验一文值得一读。", "柳湾街道“四个一”做实", "网格服务工作经验"
    )
    # a unit named in a sentence, then signing under it; a line that only repeats the sentence
    assert not _quoted_title("有关情况请及时报柳湾街道办事处城建科。", "柳湾街道办事处城建科", "2026年11月1日")
    assert not _quoted_title("关于做好冬季供暖保障工作的通知。", "关于做好冬季供暖保障工作的通知")
