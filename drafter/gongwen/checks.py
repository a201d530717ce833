"""Sense checks of a genre's facts that draft anyway but deserve a word (提醒), with file, line and field.

- 请示: one 主送 机关 only; one matter (一文一事) — several separate asks suggest several 请示.
- 报告: no 请示 inside — a report that asks for approval will not be answered (《党政机关公文处理
  工作条例》第十五条: 不得在报告等非请示性公文中夹带请示事项).
- 函: a 复函 names the 来函 it answers (its opening is “……收悉。”), and closes as a reply; a 去函 does not close
  as one (此复。 answers; 请予函复。 asks for an answer).
- every genre: a template with the unit's 文号格式 and neither a 文号序号 nor a 发文字号 written, or a 文号格式
  without the {号} its serial goes into.
- 请示, 报告 (上行文) under a 红头: a 签发人 (GB/T 9704 §7.2.6: 上行文 show the name of the one who signed it).
- every genre: a 发文字号 whose year is not the year of its 成文日期 (the year in 〔〕 is the year the document is
  issued, GB/T 9704 §7.2.4): a number copied from last year's document.
- every genre: a 印发日期 before its 成文日期 (a document is printed after it is signed): last year typed in January.
- every genre: a 发文字号 (or its 文号序号) or 签发人 written without a 发文机关标志: both belong to the 版头
  (GB/T 9704 §7.2.4, §7.2.6), which is laid out only under the 标志, so they would not be printed at all (a
  通告's or 公告's number goes under its title: the 提醒 names its 编号).
- every genre: a 成文日期 (a 纪要's 会议日期) more than a year after today: a year mistyped (2052 for 2025).
- 实施方案, 工作总结: no 署名 and a 单位 that is a place (澜州市): the signature would name no organ.
- 通知: a document issued (印发文件) under a 类别 that does not issue it, and the issuing fields (贯彻要求, 来文机关,
  来文字号) written where they are not printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import Problem, field_name
from ..facts import Mapping, Node
from ..facts import Sequence as NodeSequence
from ..patterns import lazy
from .marks import PLACE_NAME, parse_doc_number
from .wording import REPLY_CLOSING

# Words that ask a superior to decide; in a 报告 they smuggle a 请示 in.
APPROVAL = lazy(r"妥否|当否|请(予以?)?(批示|批准|审批|批复|核准)|请示如下|恳请.{0,12}(批准|审批|同意)")
# Words that open an ask; two items that each ask are two matters, most likely.
ASK = lazy(r"恳请|请求|申请|拟请|请予|请(批准|审批|核准|同意)")
# More than one 机关 in a 主送: separated by 、，,；; or joined by 和/及.
SEVERAL_ADDRESSEES = lazy(r"[、，,；;]|(?<=[局委办厅部府院])(和|及)")

# How a letter asks for a reply (请予函复。 盼复。); how a reply closes is wording.REPLY_CLOSING.
ASKING_CLOSING = lazy(r"^(请予?(函复|复函|回复)|盼复|望复|请即复函)[。.]?$")

Check = Callable[[Mapping, dict[str, Any]], Iterator[Problem]]


def _texts(value: Any) -> Iterator[str]:
    """Every piece of text in a validated value (paragraphs, item titles and contents, nested items)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _items(tree: Mapping, key: str) -> list[Node]:
    entry = tree.get(key)
    if entry is None:
        return []
    return list(entry.value.items) if isinstance(entry.value, NodeSequence) else [entry.value]


def _request(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    addressee = values.get("主送机关") or ""
    if SEVERAL_ADDRESSEES.search(addressee):
        yield Problem(
            tree.value_location("主送机关"),
            f"请示只主送一个上级机关，这里是“{addressee}”",
            field="主送机关",
            hint="需要同时送其他机关的，请写在“抄送”里",
        )
    matters = values.get("请示事项") or []
    asking = [index for index, item in enumerate(matters) if any(ASK.search(text) for text in _texts(item))]
    if len(asking) > 1:
        nodes = _items(tree, "请示事项")
        where = nodes[asking[1]].location if asking[1] < len(nodes) else tree.value_location("请示事项")
        yield Problem(
            where,
            f"一份请示只请示一件事（一文一事），这里有 {len(asking)} 项请求",
            field=field_name(("请示事项", asking[1])),
            hint="不同的事项请分别写请示；如果是同一件事的几个方面，可以不理会这条提醒",
        )


def _report(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    if values.get("来文") and values.get("类别") != "答复报告":
        # Only an 答复报告 opens on the 来文 it answers (……《……》收悉。): under the 类别's default
        # (工作报告) the 来文 written was left out without a word.
        yield Problem(
            tree.value_location("来文"),
            f"{values.get('类别') or '工作报告'}不引述来文，这里写的“来文”不会出现在公文里",
            field="来文",
            hint="答复上级询问的，请写“类别: 答复报告”；不是答复的，删去“来文”",
        )
    elif values.get("类别") == "答复报告" and not values.get("来文"):
        yield Problem(
            tree.value_location("类别"),
            "答复报告没有写“来文”，开头不会写“《……》收悉。”，读者不知道答复的是哪一份来文",
            field="来文",
            hint="请写 来文: 下的“标题”和“文号”；不是答复上级询问的，请把类别改成“工作报告”或“情况报告”",
        )
    for key in ("导语", "正文", "结语"):
        value = values.get(key)
        items = value if isinstance(value, list) else [value]
        nodes = _items(tree, key)
        for index, item in enumerate(items):
            found = next((m for m in map(APPROVAL.search, _texts(item)) if m), None)
            if found is None:
                continue
            listed = isinstance(value, list) and len(nodes) == len(items) and len(items) > 1
            yield Problem(
                nodes[index].location if listed else tree.value_location(key),
                f"报告里不要夹带请示事项（这里写了“{found.group(0)}”），上级不会对报告作出批复",
                field=field_name((key, index)) if listed else key,
                hint="需要上级批准的事项请另写一份请示（文种: 请示）",
            )
            return


def _letter(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    reply = values.get("类别") == "复函"
    if reply and not values.get("来函"):
        yield Problem(
            tree.value_location("类别"),
            "复函没有写“来函”，开头不会写“你单位《……》（……号）收悉。”，读者不知道答复的是哪一份函",
            field="来函",
            hint="请写 来函: 下的“标题”和“文号”；不是答复来函的，请把类别改成“去函”",
        )
    if not reply and values.get("来函"):
        # A 去函 opens on no 来函: the one written was left out without a word (文种: 函 with a 来函 and no
        # 类别 drafted a 去函, as the 类别's default is).
        yield Problem(
            tree.value_location("来函"),
            "去函不引述来函，这里写的“来函”不会出现在公文里",
            field="来函",
            hint="答复来函的，请写“类别: 复函”；不是答复的，删去“来函”",
        )
    closing = str(values.get("结语") or "").strip()
    if not closing:
        return
    if not reply and REPLY_CLOSING.match(closing):
        yield Problem(
            tree.value_location("结语"),
            f"去函的结语写的是“{closing}”，这是复函答复来函的结尾",
            field="结语",
            hint="去函用“特此函告。”或“请予函复。”；答复来函的，请把类别改成“复函”并写上来函",
        )
    elif reply and ASKING_CLOSING.match(closing):
        yield Problem(
            tree.value_location("结语"),
            f"复函的结语写的是“{closing}”，这是请对方回复的话",
            field="结语",
            hint="复函用“此复。”或“特此函复。”；不写结语时按类别自动写",
        )


def _serial(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A template with the unit's 文号格式 (mined) composes the 发文字号 from a serial: without one
    (and no 发文字号 written out) the 红头 goes without its number."""
    if not values.get("发文机关标志") and not values.get("信函格式"):
        # No 红头 to print a number under (a 通告 to the public, 发文机关标志: 无): no serial is missing (ux22 walk:
        # the clerk was told the 红头 went without its number, of a document that has none).
        return
    pattern = values.get("文号格式")
    if isinstance(pattern, str) and pattern and "{号}" not in pattern and not values.get("发文字号"):
        # A format the clerk edited without its {号}: the serial had nowhere to go (云教体〔2025〕号 was printed).
        yield Problem(
            tree.value_location("文号格式"),
            f"文号格式“{pattern}”里没有“{{号}}”，发文字号里排不进序号",
            field="文号格式",
            hint="在序号的位置写“{号}”（年份写“{年}”），如“X教〔{年}〕{号}号”；或直接写“发文字号”",
        )
        return
    if isinstance(pattern, str) and pattern and not values.get("发文字号") and not values.get("文号序号"):
        yield Problem(
            # At the 文号序号 the clerk left blank or wrote 无 (the starter's line), else at the file's first key.
            tree.value_location("文号序号"),
            f"没有写发文字号的序号，红头下不排发文字号（本单位的格式是“{pattern}”）",
            field="文号序号",
            hint="请写“文号序号”（如 文号序号: 12），或直接写“发文字号”",
        )


def _number_year(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 发文字号 written out whose year is not its 成文日期's: the year in 〔〕 is the year of issue (GB/T 9704
    §7.2.4), and a clerk who starts from last year's document keeps its number (临水司〔2025〕41号 on a
    notice dated 2026年12月4日). Composed numbers take the year from the date and are never wrong."""
    entry = tree.get("发文字号")
    written = values.get("发文字号")
    dated = values.get("成文日期")
    if entry is None or not isinstance(written, str) or not isinstance(dated, dt.date):
        return
    number = parse_doc_number(written)
    if number is None or number.year == dated.year:
        return
    yield Problem(
        entry.value.location,
        f"发文字号的年份是 {number.year} 年，成文日期是 {dated.year} 年",
        field="发文字号",
        hint=f"发文字号〔〕里的年份是发文的年份，应为“{number.code}〔{dated.year}〕{number.number}号”一类；"
        "年份确实不同时可以不改",
    )


# A document is printed days after it is signed: half a year later is a year typed wrong in one of the two dates.
_PRINTED_LATE = 183


def _dated(values: dict[str, Any]) -> tuple[str, Any]:
    """The date a document is dated by and its field: its 成文日期, a 纪要's 会议日期 (a 纪要 has no 成文日期), or
    the 日期 of a 简报's 报头 (it has no 署名 either)."""
    name = next((n for n in ("成文日期", "会议日期", "日期") if isinstance(values.get(n), dt.date)), "成文日期")
    return name, values.get(name)


def _print_date(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 印发日期 before its 成文日期: a document is printed for issue after it is signed (GB/T 9704 §7.4.3),
    and a clerk writing in January types last year (印发日期: 2024-01-08 under 成文日期 2025年1月6日); the
    版记 printed 2024年1月8日印发 under a document signed a year later, with no word. A 纪要 has no 成文日期: it
    is printed after its 会议日期, and one copied from the last with its 会议日期 changed kept the old 印发日期
    (会议日期 2025-04-10, 印发日期 2025-03-13), printed a month before the meeting, with no word."""
    entry = tree.get("印发日期")
    printed = values.get("印发日期")
    name, dated = _dated(values)
    if entry is None or not isinstance(printed, dt.date) or not isinstance(dated, dt.date):
        return
    said = f"印发日期（{printed.year}年{printed.month}月{printed.day}日）"
    on = f"{name}（{dated.year}年{dated.month}月{dated.day}日）"
    if (printed - dated).days > _PRINTED_LATE:
        # The other way round, as slipped as often: last year's 成文日期 kept in January under this year's
        # 印发日期 (2025-01-06, 2026-01-08), or a 印发日期 without its year typed the day before the 成文日期
        # (1月5日 under 2025年1月6日: the next 1月5日, 2026年1月5日印发), drafted a year apart with no word.
        yield Problem(
            entry.value.location,
            f"{said}在{on}之后半年多",
            field="印发日期",
            hint=f"请核对两个日期的年份：印发一般在{name[:2]}当天或之后几天"
            + ("；没写年份的日期按成文日期当天或之后的第一个这一天算" if name == "成文日期" else ""),
        )
        return
    if printed >= dated:
        return
    yield Problem(
        entry.value.location,
        f"{said}早于{on}",
        field="印发日期",
        hint="公文签发（成文）之后才能印发，印发日期应当是成文日期当天或之后；与成文日期相同时可以不写这一项"
        if name == "成文日期"
        else "纪要在会议之后才能印发，印发日期应当是会议日期当天或之后；与会议日期相同时可以不写这一项",
    )


# A document is signed on the day it is drafted or some weeks later (a notice prepared for a meeting next month);
# a year ahead is a year mistyped (2052, 2205).
_SIGNED_AHEAD = 366
# The past is asked only from ten years back: a back-filled 请示, last year's plan typed up for the file or an
# archive's documents of recent years are dated in the past on purpose, while a slip of the tens or the century
# (2015, 2005 or 1925 typed for 2025) lands ten years or more before today. Older documents re-typed for an
# archive are legitimate too: the reminder says so and drafting goes on.
_SIGNED_BEHIND = 3652


def _today() -> dt.date:
    """Today's date (a function of its own, so that tests can fix the day)."""
    return dt.date.today()


def _far_ahead(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 成文日期 (a 纪要's 会议日期) more than a year after today or more than ten years before it: a clerk
    typing 2052 (or 1925) for 2025 drafted a notice so dated with no word, where no other date stood beside it
    to disagree."""
    name, dated = _dated(values)
    entry = tree.get(name)
    if entry is None or not isinstance(dated, dt.date):
        return
    today = _today()
    ahead = (dated - today).days
    said = f"{name}是{dated.year}年{dated.month}月{dated.day}日，比今天（{today.year}年{today.month}月{today.day}日）"
    if ahead > _SIGNED_AHEAD:
        yield Problem(
            entry.value.location,
            f"{said}晚了{max(1, round(ahead / 365.25))}年左右",
            field=name,
            hint="请核对年份是否打错；确实要写这一天的，可以不改",
        )
    elif -ahead > _SIGNED_BEHIND:
        # A 1925 typed for 2025 in a 工作总结 (no 发文字号 or 印发日期 beside it to disagree) drafted with no word.
        yield Problem(
            entry.value.location,
            f"{said}早了{round(-ahead / 365.25)}年左右",
            field=name,
            hint="请核对年份是否打错，如把 2025 打成了 2015、1925；补写或归档十年以前的公文、确实是这一天的，可以不改",
        )


# What the 版头 carries under the 发文机关标志, as the facts name it, and what it is called to the user.
_UNDER_THE_MARK = (("发文字号", "发文字号"), ("文号序号", "发文字号"), ("签发人", "签发人"))


def _headless(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 发文字号 or 签发人 the user wrote, with no 发文机关标志 to stand under: the 版头 is not laid out,
    and they are dropped without a word (a clerk's mined notice with 文号序号: 41 and no 标志 printed
    no number). A 信函's number stands under its own 信函标志 and is printed."""
    if values.get("发文机关标志") or values.get("信函格式"):
        return
    said: set[str] = set()
    for key, what in _UNDER_THE_MARK:
        entry = tree.get(key)
        if entry is None or values.get(key) in (None, "", []) or what in said:
            continue  # one word for the number, written out or by its serial
        said.add(what)
        hint = f"要排红头请写“发文机关标志”（如“××局文件”）；不需要{what}时删去这一项"
        if what == "发文字号" and _NUMBER_UNDER_TITLE in values:
            # A 通告 or 公告 is mostly posted without a 红头: its number stands under its title instead.
            hint += f"；不排红头的通告、公告，编号写在“{_NUMBER_UNDER_TITLE}”里（如“第1号”），排在标题下"
        yield Problem(
            entry.value.location,
            f"{what}排在红头里（发文机关标志之下），这里没有写“发文机关标志”、不排红头，{what}不会出现在公文里",
            field=key,
            hint=hint,
        )


# The field of a template whose documents carry a number of their own under the title (a 通告's 第1号).
_NUMBER_UNDER_TITLE = "编号"


def _upward_signer(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 请示 or 报告 laid out under a 红头 without its 签发人: an upward document shows who signed it for
    issue (GB/T 9704 §7.2.6); a walk's 请示 from a mined template, its 红头 the unit's, had none and no word."""
    if values.get("发文机关标志") and not values.get("签发人") and not values.get("信函格式"):
        yield Problem(
            tree.value_location("发文机关标志"),
            "请示、报告是上行文，红头里要写签发人（GB/T 9704 第7.2.6条），这里没有写“签发人”",
            field="签发人",
            hint="请写上“签发人”：签发这份公文的领导的姓名（几位会签时写几位）",
        )


# A 工作总结's 期间: a whole year (2025年, 2025年度), or any period, by the first year it names.
_WHOLE_YEAR = lazy(r"^(\d{4})\s*年度?$")
_FIRST_YEAR = lazy(r"(\d{4})\s*年")


def _summary_period(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 工作总结 dated before its 期间 has begun, or a year's summary dated in that year's first half: a clerk
    starting from last year's summary (期间 2024年, 成文日期 2025-01-10) changed the 期间 to 2025年 and kept the
    date, and 青禾县实验小学2025年教育教学工作总结 was dated 2025年1月10日, with no word."""
    entry = tree.get("期间")
    period = values.get("期间")
    dated = values.get("成文日期")
    if entry is None or not isinstance(period, str) or not isinstance(dated, dt.date):
        return
    first = _FIRST_YEAR.search(period)
    if first is None:
        return
    year = int(first.group(1))
    whole = _WHOLE_YEAR.match(period.strip()) is not None
    if dated.year > year or (dated.year == year and (not whole or dated.month >= 7)):
        return
    yield Problem(
        entry.value.location,
        f"期间是“{period.strip()}”，成文日期却是{dated.year}年{dated.month}月{dated.day}日，"
        f"这一期间{'还没有过完' if dated.year == year else '还没有开始'}",
        field="期间",
        hint=(
            f"照上一份总结改写时，期间和成文日期都要改：{year}年的总结一般在{year}年底或{year + 1}年初成文"
            if whole
            else "照上一份总结改写时，期间和成文日期都要改，请核对两处的年份"
        )
        + "；确实如此时可以不理会这条提醒",
    )


def _place_signer(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A 实施方案 or 工作总结 with no 署名 is signed by its 单位; a 单位 that is a place (澜州市, for the title of a
    city-wide plan) signed as no organ: clerks expect the organ that issues it (澜州市教育局, ux25 walk)."""
    unit = values.get("单位")
    if values.get("署名") or not values.get("成文日期") or not isinstance(unit, str):
        return  # a plan with no 成文日期 (an attachment) is not signed at all
    if PLACE_NAME.match(unit.strip()) is None:
        return
    yield Problem(
        tree.value_location("单位"),
        f"没有写“署名”，落款会用单位“{unit.strip()}”，“{unit.strip()}”是地名，不是发文机关",
        field="署名",
        hint=f"请写“署名”：制发这份公文的机关全称，如“{unit.strip()}教育局”；标题里的“{unit.strip()}”照旧",
    )


def _notice(tree: Mapping, values: dict[str, Any]) -> Iterator[Problem]:
    """A notice of 类别 布置 or 周知 (the starter writes 类别: 布置) that issues a document: its opening never names
    it (现将《……》印发给你们), the title is no 关于印发……的通知, and 贯彻要求, 来文机关 and 来文字号 go unprinted."""
    kind = values.get("类别") or "布置"
    issuing = kind in ("印发", "转发")
    if values.get("印发文件") and not issuing:
        yield Problem(
            tree.value_location("类别"),
            f"写了“印发文件”，类别却是“{kind}”：标题和开头不会写“关于印发……的通知”“现将《……》印发给你们”",
            field="类别",
            hint="印发本机关的文件请写“类别: 印发”，转发上级或外单位的文件写“类别: 转发”",
        )
    # (only of a template with a 正文: a template folder of the genre may name its parts otherwise)
    if "正文" in values and not any(values.get(key) for key in ("导语", "正文", "印发文件", "贯彻要求")):
        # 正文 left out, or written as blanks (正文: [""], a starter's items deleted down to their dashes): the notice
        # was its title, its 主送 line and 特此通知。, exit 0 and no word.
        yield Problem(
            tree.value_location("正文"),
            "这份通知没有内容：只有标题、主送机关和结尾，没有导语和正文",
            field="正文",
            hint="请在“正文”下写通知的事项（一段或几段文字，或带“标题/内容”的条目）",
        )
    for key in ("贯彻要求", "来文机关", "来文字号"):
        if not values.get(key) or kind == "转发" or (kind == "印发" and key == "贯彻要求"):
            continue
        used = "转发时" if key != "贯彻要求" else "印发、转发时"
        yield Problem(
            tree.value_location(key),
            f"“{key}”只在{used}排进公文，这里的类别是“{kind}”，写的“{key}”不会出现在公文里",
            field=key,
            hint=f"{used}请把类别改成{'“印发”或“转发”' if key == '贯彻要求' else '“转发”'}；否则删去“{key}”",
        )


CHECKS: dict[str, tuple[Check, ...]] = {
    "notice": (_notice,),
    "summary": (_summary_period, _place_signer),
    "plan": (_place_signer,),
    "request": (_request, _upward_signer),
    "report": (_report, _upward_signer),
    "letter": (_letter,),
}
COMMON: tuple[Check, ...] = (_serial, _number_year, _print_date, _headless, _far_ahead)  # every genre


def advise(genre: str, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """The 提醒 for a genre's facts (validated ``values``, and the ``tree`` for where things are)."""
    return [problem for check in (*COMMON, *CHECKS.get(genre, ())) for problem in check(tree, values)]
