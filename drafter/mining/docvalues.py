"""What one document says of its unit: the values read from its head (发文机关标志, 发文字号, 签发人), its tail
(署名, 抄送, 分送/报/送/发, 印发机关), its meeting lines, its contact and, for a 简报, its masthead. constants.py
votes over them; nothing here counts documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from ..gongwen import (
    COPY_TO_LINE,
    DATE_LINE,
    DISTRIBUTION_LINE,
    DOC_NUMBER_IN_TEXT,
    ISSUE_NUMBER_LINE,
    ISSUER_MARK_AT_START,
    ISSUER_MARK_LINE,
    NOTE_LINE,
    NUMBERED_UNDER_TITLE,
    SPEAKER_LINE,
    announcement_number_format,
    bulletin_kind,
    doc_type,
)
from ..gongwen.dates import YEAR
from .model import Line
from .parse import ParsedDocument
from .zones import DATE_ONLY, Zones, document_zones, is_signature_name

# 发文机关标志, 文号 and the year of a date are gongwen's grammars, the ones validation and split read.
_ISSUER_MARK = ISSUER_MARK_AT_START


_DOC_NUMBER = DOC_NUMBER_IN_TEXT


# 签发人 beside the 发文字号 of a 上行文 (GB/T 9704 §7.2.6): 签发人：王明远 or several names.
_SIGNER = re.compile(r"签\s*发\s*人\s*[:：]\s*(?P<names>[^:：]{2,40})$")


_PRINTED = re.compile(rf"^(?P<org>[^\s，。；:：]{{2,30}}?)\s*{YEAR}\s*年.{{1,8}}日\s*印发$")


# A 纪要标志 as a title: the unit's name and its meeting, ending in 纪要, not a 关于……的会议纪要 title.
MINUTES_MARK = re.compile(r"^(?!关于)[^\s，。：:（(]{4,40}纪要$")


# A 简报's issuing line under its 期号: the 编印单位, spaces, the date (禾丰县农业农村局办公室　　2025年3月10日).
_ISSUE_LINE = re.compile(r"^(?P<editor>[^\s，。；:：]{2,30})[\s\u3000]{2,}(?P<date>\S.{4,20})$")


_ISSUE_HEAD = 4  # a 简报's name, its 期号 and the issuing line open the document


# How a 批复 or a 复函 calls the office it answers, opening on the title it quotes: 你村《……》收悉, 贵局《……》.
_ANSWERED = re.compile(r"^(?P<term>[你贵][\u4e00-\u9fff]{1,3}?)《")


# Who attends a 纪要's meeting and who sits in (出席：周承远　郑慧敏 / 列席：林晓岚): names apart by spaces or 、.
_ATTENDING = re.compile(r"^(?P<field>出席|列席)(?:人员|同志|领导)?\s*[:：]\s*(?P<names>.+?)[。.]?$")


def _joint_mark(head: Sequence[str]) -> tuple[str, ...]:
    """A joint 发文机关标志 (GB/T 9704 §7.2.4) as the head stacks it: the offices' names one below the other
    with 文件 on a line of its own beside them (中共……县委办公室 / ……县人民政府办公室 / 文件) or after the last
    name (……县人民政府办公室文件), or each name with its own 文件; () when the head holds none. Read as the first office alone, or not at all, a county's
    两办 joint notices offered another unit's 〔示例〕青禾县教育局文件 (ux21 walk)."""
    lines = [line.strip() for line in head]
    for at, line in enumerate(lines):
        # 文件 centred beside the stacked names is copied onto a line of its own, or onto the last name's
        last = line.removesuffix("文件") if ISSUER_MARK_LINE.match(line) else ""
        if line == "文件" or last:
            names: list[str] = [last] if last else []
            for name in reversed(lines[:at]):
                if not (len(name) >= 4 and is_signature_name(name)):
                    break
                names.insert(0, name)
            if len(names) > 1:
                return (*names, "文件")
    for at in range(len(lines) - 1):
        marks = []
        for line in lines[at:]:
            if not ISSUER_MARK_LINE.match(line):
                break
            marks.append(line)
        if len(marks) > 1:
            return tuple(marks)
    return ()


def _head_values(zones: Zones) -> dict[str, Any]:
    values: dict[str, Any] = {}
    head = " ".join(zones.head)
    joint = _joint_mark(zones.head)
    for line in zones.head:
        if joint:
            values["发文机关标志"] = joint
            break
        match = _ISSUER_MARK.search(line.strip())
        if match:
            values["发文机关标志"] = match.group("mark") or match.group("flat")
            break
    else:
        mark = _bare_mark(zones)
        if mark:
            values["发文机关标志"] = mark
    number = _DOC_NUMBER.search(head)
    if number:
        values["文号格式"] = number.group("code") + "〔{年}〕{号}号"
    for line in zones.head:
        signer = _SIGNER.search(line.strip())
        if signer:
            names = tuple(n for n in re.split(r"[\s、，,；;]+", signer.group("names")) if n)
            if names and all(2 <= len(n) <= 4 for n in names):  # personal names, not a sentence
                values["签发人"] = names
            break
    return values


def _bare_mark(zones: Zones) -> str:
    """A 发文机关标志 of the issuer's name alone, without 文件 (GB/T 9704 §7.2.4 allows either): a residents'
    committee heads its notices and 请示 榆……社区居民委员会 above the title. Only the name the document signs
    (its 署名, or one of a joint 署名) opening the head counts: a line above a title naming another office is
    no 红头 of the unit's, and a web page's sample label (……范文（一）) signs nothing."""
    if len(zones.head) < 2:
        return ""
    first = zones.head[0].strip()
    signed = re.split(r"\s+", zones.signature.strip()) if zones.signature else []
    return first if first in signed and is_signature_name(first) else ""


def _speaker(document: ParsedDocument, zones: Zones) -> str:
    """The byline of a speech (镇长　方立诚) among the head lines below its title, its parts joined by a
    full-width space as the built-in's 讲话人 writes them; "" when there is none."""
    head = list(zones.head)
    below = head[head.index(document.title) + 1 :] if document.title in head else head[1:]
    for line in below:
        match = SPEAKER_LINE.match(line.strip())
        if match:
            return f"{match.group('post')}\u3000{match.group('name')}"
    # A byline of the name alone (陈慧敏) above the speech's date in brackets: the same speaker as a byline
    # with the post (``_same_speaker``).
    for line, after in pairwise(below):
        if _BARE_NAME.match(line.strip()) and _BRACKETED_DATE.match(after.strip()):
            return line.strip()
    return ""


_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


_BRACKETED_DATE = re.compile(rf"^[（(]{YEAR}\s*年.{{1,8}}日[）)]$")


def _same_speaker(bylines: dict[Any, list[int]]) -> dict[Any, list[int]]:
    """The bylines of one person counted together under the fullest one: a residents' committee's secretary
    signs one speech 社区党支部书记、居委会主任　陈慧敏 and another 陈慧敏, and the speech starter, finding no
    byline written twice, offered the built-in's 〔示例〕县人民政府副县长　李明 (ux11 walk)."""
    merged: dict[Any, list[int]] = {}
    names: dict[str, str] = {}
    for byline in sorted(bylines, key=lambda value: -len(str(value))):
        name = str(byline).split("\u3000")[-1]
        fullest = names.setdefault(name, str(byline))
        merged.setdefault(fullest, []).extend(bylines[byline])
    return {byline: sorted(held) for byline, held in merged.items()}


# Offices issuing jointly (GB/T 9704 §7.3.5) sign side by side, set apart by spaces, or one below the other: the
# 署名 is counted as one value with the offices apart by JOINT_GAP, whichever way a document wrote it, and
# ``joint_names`` gives the offices back for a list field (署名, 发文机关).
JOINT_GAP = "    "


_SIDE_BY_SIDE = re.compile(r"\s{2,}|\u3000+")


def joint_names(signature: str) -> list[str]:
    """The offices of a joint 署名 (see ``JOINT_GAP``), or the one name: an organisation name of four characters
    and more each, so that a place and its office a space apart (青禾县 教育局) stay one name."""
    parts = [part for part in _SIDE_BY_SIDE.split(signature.strip()) if part]
    if len(parts) > 1 and all(len(part) >= 4 and is_signature_name(part) for part in parts):
        return parts
    return [signature]


def _signature(zones: Zones) -> str:
    """The 署名, a joint one with its offices apart by ``JOINT_GAP``: two offices of a county (its 两办) sign
    their joint notices side by side (read as one name with spaces inside) or one below the other (read as the
    first office alone), and neither was the two offices the notices are signed by (ux21 walk)."""
    texts = [text.strip() for _, text in zones.tail]
    for at, text in enumerate(texts):
        if DATE_ONLY.match(text):
            above: list[str] = []
            for name in reversed(texts[:at]):
                if not (len(name) >= 4 and is_signature_name(name) and len(joint_names(name)) == 1):
                    break
                above.insert(0, name)
            if len(above) > 1:
                return JOINT_GAP.join(above)
            break
    return JOINT_GAP.join(joint_names(zones.signature)) if zones.signature else ""


def _tail_values(zones: Zones) -> dict[str, Any]:
    values: dict[str, Any] = {}
    signature = _signature(zones)
    if signature:
        values["署名"] = signature
    for _, text in zones.tail:
        text = text.strip()
        # 分送 (a 纪要's receivers) and 报/送/发 (a 简报's): lists of offices the unit sends every issue to, as 抄送.
        for line, label in ((COPY_TO_LINE, "抄送"), (DISTRIBUTION_LINE, "")):
            listed = line.match(text)
            names = [n.strip() for n in re.split(r"[，、,；;]", listed.group("list")) if n.strip()] if listed else []
            if listed and names:
                values[label or listed.group("label")] = tuple(names)
        printed = _PRINTED.match(text)
        if printed:
            values["印发机关"] = printed.group("org")
        # A 附注 under the date (§7.3.6) the unit prints on a kind of document, （此件公开发布） on its notices; the
        # contact in brackets is the 联系人 (``document_contact``), a date in brackets no note.
        if NOTE_LINE.match(text) and "附注" not in values and "联系" not in text and not _CONTACT.search(text):
            inner = text[1:-1].strip()
            if inner and not DATE_LINE.match(inner):
                values["附注"] = inner
    return values


# Where a meeting notice says its place: the line under a heading naming it (二、会议地点 / 县……会议室。).
_PLACE_HEADINGS = ("会议地点", "地点", "开会地点", "培训地点", "活动地点", "举办地点")


# A contact line: 联系人：周晓岚，电话：0599-7712306 (a name of 2-4 characters and a number).
_CONTACT = re.compile(
    # the clerk's office may come first, set apart by a space (联系人：县委组织部办公室 贺小川，电话：……)
    r"联系人[:：]\s*(?:[\u4e00-\u9fff]{2,20}?(?:办公室|科|股|处|部|中心|室|组|站|所|局|队)[\s\u3000]+)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})[，,、\s]*(?:联系)?电话[:：]?\s*(?P<phone>[0-9][0-9\-－]{6,19})"
)


# Where a meeting notice's receipt goes: 请……前将参会回执报镇党政办公室。 / ……回执发送至电子邮箱……。
_RECEIPT_ROUTE = re.compile(
    r"回执(?:表)?[^。；;]{0,8}?(?P<way>(?:报送至|报送|报|发送至|发至|传真至|交)[^。；;，,]{2,30}?)[。；;]"
)


def meeting_values(document: ParsedDocument) -> dict[str, Any]:
    """A meeting notice's place, contact and where its receipt goes: samples of the starter, never defaults
    (each meeting has its own)."""
    values: dict[str, Any] = {}
    for line in document.lines:
        route = _RECEIPT_ROUTE.search(line.text)
        if route:
            values["回执"] = route.group("way")
            break
    lines = document.lines
    for heading in document.headings:
        if heading.text.strip() not in _PLACE_HEADINGS:
            continue
        # The line after the heading's own (by source line: a heading's index counts from its document's body).
        at = next((n for n, line in enumerate(lines) if line.number == heading.line), len(lines))
        headed = {h.line for h in document.headings}
        own = lines[at].text if at < len(lines) else ""
        # 二、会议地点：县……会议室。 on one line, or the place on the line below the heading (not another heading).
        place = own.split(heading.text, 1)[1].lstrip("：:　 ") if heading.text in own else ""
        if not place and at + 1 < len(lines) and lines[at + 1].number not in headed:
            place = lines[at + 1].text
        place = place.strip().rstrip("。.")
        if 2 <= len(place) <= 40 and not any(mark in place for mark in "。；;，,"):
            values["会议地点"] = place
        break
    values.update(document_contact(document))
    return values


def document_contact(document: ParsedDocument) -> dict[str, Any]:
    """The document's contact (联系人：周晓岚，电话：……): a meeting notice's, or the one a 请示 or a 函 gives in
    its 附注 under the date. The office's clerk answers for most of them: a sample, never a default."""
    for line in document.lines:
        contact = _CONTACT.search(line.text)
        if contact:
            return {"联系人": (contact.group("name"), contact.group("phone"))}
    return {}


# A heading of the contact's own section (五、联系人及电话, 六、联系方式), or the contact line numbered as one.
_CONTACT_HEADING = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*联系")


def _contact_place(document: ParsedDocument) -> dict[str, Any]:
    """Where the document prints its contact: as the 附注 (（联系人：……，电话：……） on a line of its own under the
    成文日期, GB/T 9704 §7.3.6), as a section of its own (章节: under 五、联系人及电话, a meeting notice's way) or as
    a line of its text. A unit keeps to one: its 联系人位置 (章节 is 正文 to a genre that has no such section)."""
    dated = False
    above = ""
    for line in document.lines:
        text = line.text.strip()
        if DATE_ONLY.match(text):
            dated = True
            continue
        if _CONTACT.search(text):
            if dated and NOTE_LINE.match(text):
                return {"联系人位置": "附注"}
            own_section = _CONTACT_HEADING.match(above) or _CONTACT_HEADING.match(text)
            return {"联系人位置": "章节" if own_section else "正文"}
        if text:
            above = text
    return {}


def carriers(
    documents: Sequence[ParsedDocument],
    *,
    speech: bool,
    bulletin: bool,
    minutes: bool,
    meeting: bool = False,
    contact: bool = False,
) -> dict[str, dict[Any, list[int]]]:
    """Per field, each value and the documents (indices) that carry it, in order of first appearance;
    ``meeting``: also a meeting notice's place and contact, ``contact``: a document's contact (samples only,
    see ``usual_values``)."""
    flags = {"speech": speech, "bulletin": bulletin, "minutes": minutes, "meeting": meeting, "contact": contact}
    return tally(document_values(document, **flags) for document in documents)


def document_values(
    document: ParsedDocument,
    *,
    speech: bool,
    bulletin: bool,
    minutes: bool,
    meeting: bool = False,
    contact: bool = False,
) -> dict[str, Any]:
    """One document's part of ``carriers``: each field it carries and its value, in the order the tally
    meets them (the order decides which value wins a tie, so it is kept as the fields are read)."""
    zones = document_zones(document)
    values = {**_head_values(zones), **_tail_values(zones)}
    if meeting:
        values.update(meeting_values(document))
    elif contact:
        values.update(document_contact(document))
    if zones.addressee and not speech:
        values["主送机关"] = zones.addressee
    if not speech and not minutes:
        values.update(_contact_place(document))
    answered = _ANSWERED.match(next((text for text in zones.texts if text), ""))
    if answered:
        # Whom a unit answers is the same kind of office each time (a township's villages: 你村).
        values["称谓"] = answered.group("term")
    form = (
        announcement_number_format(zones.texts[0])
        if zones.texts and doc_type(document.title) in NUMBERED_UNDER_TITLE
        else None
    )
    if form:
        # A 通告 numbers itself under its title, by the year (（2025年第3号）) or not: the unit's way, as its 文号格式.
        values["编号格式"] = form
    speaker = _speaker(document, zones) if speech else ""
    if speaker:
        # The clerk writes the same head's speeches (a township's 镇长), as he signs its 请示 (签发人).
        values["讲话人"] = speaker
    if bulletin and bulletin_kind(document.title):
        values["类别"] = bulletin_kind(document.title)
    if minutes:
        values.update(_attending(document))
        values.update(_minutes_opening(zones))
    if not minutes and not speech:
        values.update(_issue_values(document))
    if minutes and MINUTES_MARK.match(document.title):
        values["纪要标志"] = document.title  # titled by its 标志: parse takes the 标志 when no 关于……纪要 line
    return values


def _issue_values(document: ParsedDocument) -> dict[str, Any]:
    """A 简报 issue's 简报名称 (the line over its 期号) and 编印单位 (the issuing line under it, before the date):
    the same in every issue of the office's 简报, as a 红头 is in its documents. A 纪要 carries a 期号 too (its
    纪要标志 over it is read as such)."""
    if "纪要" in document.title:
        return {}
    texts = [line.text.strip() for line in document.lines[:_ISSUE_HEAD]]
    at = next((n for n, text in enumerate(texts) if n and ISSUE_NUMBER_LINE.match(text)), None)
    if at is None:
        return {}
    values = {"简报名称": texts[at - 1]}
    issuing = _ISSUE_LINE.match(texts[at + 1]) if at + 1 < len(texts) else None
    if issuing and DATE_LINE.match(issuing.group("date")):
        values["编印单位"] = issuing.group("editor")
    return values


def tally(documents_values: Iterable[Mapping[str, Any]]) -> dict[str, dict[Any, list[int]]]:
    """``carriers`` of documents whose values are read (``document_values``), the n-th being document n."""
    seen: dict[str, dict[Any, list[int]]] = {}
    for index, values in enumerate(documents_values):
        for name, value in values.items():
            seen.setdefault(name, {}).setdefault(value, []).append(index)
    if "讲话人" in seen:
        seen["讲话人"] = _same_speaker(seen["讲话人"])
    return seen


# The contact is a field of ``carriers`` only when asked for (``contact``): the other facts of the archive
# are read without it.
CONTACT_FIELD = "联系人"


def without_contact(values: Mapping[str, Any]) -> dict[str, Any]:
    """A document's values read with its contact, as ``carriers`` reads them without it."""
    return {name: value for name, value in values.items() if name != CONTACT_FIELD}


_ISSUING = re.compile(r"(印发|转发)《(?P<issued>[^《》]{2,80})》")


_IMPRINT_ITEM = re.compile(rf"^(抄送|抄报)\s*[:：]|{YEAR}\s*年.{{1,8}}日\s*印发$")


def with_issued_imprints(documents: Sequence[ParsedDocument]) -> list[ParsedDocument]:
    """``documents`` with each issuing notice (关于印发《……方案》的通知) given the 版记 printed after the document it
    issues: GB/T 9704 puts the 版记 at the end of the whole 公文, and parse keeps the notice and what it issues
    apart, so the 抄送 and 印发 lines went with the 方案 and the notice copied no one (ux21 walk: a county 两办's
    印发 notice a vote against the unit's usual 抄送 and 印发机关)."""
    kept = list(documents)
    for at, (notice, issued) in enumerate(pairwise(documents)):
        named = _ISSUING.search(notice.title)
        if not named or notice.path != issued.path or not issued.title or issued.title not in named.group("issued"):
            continue
        if any(_IMPRINT_ITEM.search(line.text.strip()) for line in notice.lines):
            continue
        tail: list[Line] = []
        for line in reversed(issued.lines):
            text = line.text.strip()
            if text and not _IMPRINT_ITEM.search(text):
                break
            tail.insert(0, line)
        if any(line.text.strip() for line in tail):
            kept[at] = replace(notice, lines=(*notice.lines, *tail))
    return kept


def _attending(document: ParsedDocument) -> dict[str, Any]:
    """A 纪要's 出席 and 列席 lines as lists of names (each in the order written)."""
    values: dict[str, Any] = {}
    for line in document.lines:
        match = _ATTENDING.match(line.text.strip())
        if match and match.group("field") not in values:
            names = tuple(n for n in re.split(r"[\s\u3000、，,；;]+", match.group("names")) if n)
            if names:
                values[match.group("field")] = names
    return values


# A 纪要's 会议概况 as it names who chaired the meeting and where (GB/T 9704 leaves its wording to the unit, and the
# built-in writes it so): ……上午，局长赵立群在局三楼会议室主持召开局务会议。 The chair is his post and name (局长赵立群),
# the place a room (no clause of its own).
_CHAIRED = re.compile(
    r"(?:[上下]午|晚上|日)[，,\s]*(?P<chair>[^，,。；;\s在]{2,16}?)在(?P<place>[^，,。；;\s]{2,30}?)主持召开"
)


def _minutes_opening(zones: Zones) -> dict[str, Any]:
    """A 纪要's 主持人 and 会议地点 as its opening names them: samples of the starter (each meeting may be chaired
    by another and held elsewhere), where the ux26 walk's bureau, every 纪要 held in 局三楼会议室 and chaired by its
    局长, was asked 〔请填写：会议地点〕, 〔请填写：主持人〕."""
    for text in zones.texts[:3]:
        found = _CHAIRED.search(text)
        if found:
            return {"主持人": found.group("chair"), "会议地点": found.group("place")}
    return {}
