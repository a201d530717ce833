"""The parts of a document around its text: 版头 and title, 主送机关, and the tail (署名, 成文日期, 版记).

Phrase mining reads only the text in between; the unit's constants (发文机关标志, 文号, 署名, 主送,
抄送, 印发机关) are read from the parts around it. Documents whose line breaks were lost keep the head
and the addressee inside their first line and the signature at the end of their last one: both are
cut off here by shape, never by words of a particular corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gongwen import ATTACHMENT_NOTE_START, NOTE_LINE, ORGANISATION_END
from .model import ParsedDocument

# A date as a signature writes it: 2025年1月8日, 二〇二五年一月八日, 2025-01-08.
_DATE = (
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
)
DATE_ONLY = re.compile(rf"^[（(]?{_DATE}[）)]?$")
# 署名 followed by its date on one line (flattened text): 某某局2021年1月8日 (印发 lines are imprint).
SIGNED_DATE = re.compile(rf"^(?P<name>[^\s，。；：:,;！？]{{2,40}}?)\s*(?P<date>{_DATE})$")
# 报：/送：/发： are a 简报's 报尾 (its receivers up, across and down), as 分送： is a 纪要's (gongwen.DISTRIBUTION_LABELS).
IMPRINT_LINE = re.compile(
    rf"^(抄送|抄报|主题词|分送|发送|报|送|发)\s*[:：]|印发\s*$|{_DATE}\s*印发|^(附件|附表)\s*\d*\s*[:：.]?"
)
CONTACT_LINE = re.compile(
    r"^(联\s*系\s*人|联系电话|联系方式|电\s*话|手\s*机|传\s*真|邮\s*箱|电子邮箱|E-?mail|地\s*址|邮\s*编|网\s*址|QQ)\s*[:：]?",
    re.I,
)
WEB = re.compile(r"https?://|www\.|@[\w-]+\.|\.(?:com|org|net|cn|gov)\b", re.I)
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
# The label of an attachment page (GB/T 9704 §7.3.7: 附件, 附件2 on a line of its own, after 成文日期).
ATTACHMENT_PAGE = re.compile(r"^(附件|附表)\s*[\d一二三四五六七八九十]{0,3}$")


@dataclass(frozen=True)
class Zones:
    """One document's head, addressee, text and tail; ``texts`` is aligned with ``document.body``."""

    head: tuple[str, ...]  # 版头 lines and the title
    addressee: str  # the 主送机关 line, without its colon ("" when there is none)
    texts: tuple[str, ...]  # per body line: the part that is text ("" for head, addressee and tail lines)
    tail: tuple[tuple[int, str], ...]  # (source line, text) of 署名, dates, 版记, attachments and contacts

    @property
    def signature(self) -> str:
        """The 署名: the last organisation-shaped line of the tail before its date."""
        for _, text in self.tail:
            match = SIGNED_DATE.match(text)
            if match and ORGANISATION_END.search(match.group("name")):
                return match.group("name")
        names = [text for _, text in self.tail if is_signature_name(text)]
        return names[0] if names else ""


def is_signature_name(text: str) -> bool:
    """A line holding only an organisation's name (a 署名), not a sentence."""
    text = text.strip()
    return (
        2 <= len(text) <= 40
        and not _SENTENCE_MARK.search(text)
        and "：" not in text
        and ":" not in text
        and bool(ORGANISATION_END.search(text))
        and not IMPRINT_LINE.search(text)
    )


def is_tail_line(text: str) -> bool:
    text = text.strip()
    if not text:
        return True
    return bool(
        DATE_ONLY.match(text)
        or IMPRINT_LINE.search(text)
        or CONTACT_LINE.match(text)
        or NOTE_LINE.match(text)
        or (WEB.search(text) and len(text) <= 80)
        or (SIGNED_DATE.match(text) and not _SENTENCE_MARK.search(text))
        or is_signature_name(text)
    )


def _addressee(text: str) -> tuple[str, str]:
    """Split a leading 主送机关 (各单位：) off a line; return (addressee, rest)."""
    match = re.match(r"^([^。！？；:：]{2,80}?)[:：]", text)
    if not match:
        return "", text
    name = match.group(1).strip()
    # An addressee lists receivers; a label (时间：) or a sentence with a verb of its own is not one.
    if len(name) < 3 or re.search(r"(时间|地点|内容|要求|如下|人员|方式|议程|主题|事项)$", name):
        return "", text
    return name, text[match.end() :].strip()


def _dated(texts: list[str]) -> bool:
    """A 成文日期 among these lines (alone, or after the 署名 on one line)."""
    return any(DATE_ONLY.match(text) or (SIGNED_DATE.match(text) and not _SENTENCE_MARK.search(text)) for text in texts)


def document_zones(document: ParsedDocument) -> Zones:
    """Cut a parsed document into head, addressee, text and tail."""
    body = document.body
    head = [line.text.strip() for line in document.lines[: document.title_count]]
    texts = [line.text.strip() for line in body]
    addressee = ""
    if texts:
        first = texts[0]
        title = document.title
        # A flattened document carries its 版头 and title inside its first line.
        if title and len(title) >= 6 and title in first and first.index(title) < 80:
            cut = first.index(title) + len(title)
            head.extend(part for part in (first[: first.index(title)], title) if part)
            first = first[cut:].lstrip("　 ")
        if 0 not in {heading.index for heading in document.headings}:
            addressee, first = _addressee(first)
        texts[0] = first
        if not addressee and len(texts) > 1 and not first:
            texts[0] = ""
    headings = {heading.index for heading in document.headings}
    tail: list[tuple[int, str]] = []
    end = len(texts)
    # After the 署名 and 成文日期 come only 附注, attachments and the 版记 (all tail lines): a line or two of
    # text below the date is none of the document's (a web page's closing words under its last document).
    for date in range(len(texts) - 2, max(len(texts) - 4, 0), -1):
        if texts[date] and _dated([texts[date]]) and is_signature_name(texts[date - 1]):
            below = range(date + 1, len(texts))
            if any(i in headings or is_tail_line(texts[i]) or len(texts[i]) > 80 for i in below if texts[i]):
                break
            for index in below:
                texts[index] = ""
            end = date + 1
            break
    while end > 1 and (end - 1) not in headings and is_tail_line(texts[end - 1]):
        end -= 1
    # Attachment pages follow the 署名 and date, the 版记 comes after them: a page label (附件2) right
    # below a date ends the text, and the 名单 or 回执 table on that page is no 署名 (nor text to mine).
    for index in range(1, end):
        if index not in headings and ATTACHMENT_PAGE.match(texts[index]) and _dated(texts[max(0, index - 3) : index]):
            end = index
            while end > 1 and (end - 1) not in headings and is_tail_line(texts[end - 1]):
                end -= 1
            break
    # An attachment list (附件：1.……) runs to the end of the document: all of it is tail.
    for index in range(end):
        if index not in headings and ATTACHMENT_NOTE_START.match(texts[index]) and index > len(texts) // 2:
            end = index
            break
    for index in range(end, len(texts)):
        if texts[index]:
            tail.append((body[index].number, texts[index]))
        texts[index] = ""
    # A flattened last line ends with its signature and date: 确保……安全。某某办公厅2021年1月8日
    if end > 0:
        last = texts[end - 1]
        match = re.search(rf"(?<=[。！？!?])([^。！？!?]{{2,60}}?{_DATE}(?:\s*印发)?)$", last)
        if match:
            tail.insert(0, (body[end - 1].number, match.group(1)))
            texts[end - 1] = last[: match.start(1)]
    return Zones(tuple(head), addressee, tuple(texts), tuple(tail))
