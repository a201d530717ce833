"""Sentences of a corpus with their role, segmented into words with typed slots masked.

Each document's text (without its head, addressee line and tail, see ``zones``) is cut into
sentences; each sentence knows its role by position: the salutation, the opening, a transition that
leads into a list (……如下：), the lead sentence under a heading, the closing, or plain body text.

Words come from jieba, imported lazily (here and in ``wordcut``), with its own cache folder.
Dictionary words only (no HMM guessing of unknown words): formulae are made of dictionary words,
unknown names stay as single characters that never recur as a word, and the cut costs a fifth less.
Values that vary between documents are masked as typed slots before the cut (dates, times, periods,
numbers, 文号, 《document names》) and after it by part of speech (organisations, people, places).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..cachedir import user_cache_dir
from ..gongwen import DATE_IN_TEXT, DOC_NUMBER_IN_TEXT, YEAR_IN_BRACKETS
from ..gongwen.dates import CLOCK_TIME, WEEKDAY_AFTER
from ..numbering import read_marker
from .parse import ParsedDocument
from .wordcut import WordCut, load_dictionary
from .zones import CONTACT_LINE, WEB, document_zones

SLOTS = {
    "日期": "\ue001",
    "期间": "\ue002",
    "数量": "\ue003",
    "单位": "\ue004",
    "地点": "\ue005",
    "人名": "\ue006",
    "文号": "\ue007",
    "文件名": "\ue008",
    "时间": "\ue009",
}
SLOT_OF = {char: name for name, char in SLOTS.items()}
ROLES = ("salutation", "opening", "transition", "heading", "lead", "body", "closing")

_TIME = CLOCK_TIME
# Masked before segmentation, in this order (longer and more specific forms first; a time of day before
# a date, so 上午9:00 is a time). 文号 and dates are gongwen's grammar, the one validation reads. 文号 is
# masked in a pass of its own, only in sentences that hold its bracketed year: its leading 机关代字
# would make the one combined pattern try every Chinese character.
_DOC_NUMBER = DOC_NUMBER_IN_TEXT
_DOC_NUMBER_HINT = YEAR_IN_BRACKETS.compiled
_WEEKDAY = WEEKDAY_AFTER
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("文号", "\ue007"),
    ("文件名", r"《[^《》]{1,60}》"),
    ("时间", _TIME),
    ("日期", f"(?:{DATE_IN_TEXT.pattern}){_WEEKDAY}"),
    (
        "期间",
        r"\d{4}\s*[—–-]\s*\d{4}\s*学年(?:第[一二]学期)?|\d{4}\s*年(?:度|上半年|下半年|第[一二三四]季度|\d{1,2}\s*月(?:份)?)?"
        r"|[上下]半年|第[一二三四]季度",
    ),
    (
        "数量",
        r"\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|元|万|亿|人次|余人|多人|人|次|个|所|名|项|篇|场|件|户|家|台|套|平方米|"
        r"亩|公里|千米|米|小时|分钟|天|条|份|期|批|类|门|节|课时|余|千瓦|兆瓦|千伏|伏|吨)?",
    ),
)
# Every pattern starts with one of these characters: elsewhere the combined pattern fails at once.
_FIRST = r"(?=[\d０-９O《〇○零一二三四五六七八九十上下晚早中第\ue007])"
_MASK = re.compile(
    _FIRST + "(?:" + "|".join(f"(?P<s{index}>{pattern})" for index, (_, pattern) in enumerate(_PATTERNS)) + ")"
)
_MAY_MASK = re.compile(r"[\d０-９《月]|[上下]半年|第[一二三四]季度")
_MASK_NAMES = [name for name, _ in _PATTERNS]

_ORG_WORDS = re.compile(
    r"(局|委|委员会|办公室|办|政府|人民政府|党委|党组|支部|总支|公司|集团|学校|中学|小学|幼儿园|学院|大学|中心|医院|"
    r"工会|团委|妇联|厅|处|科|所|站|院|部|镇|乡|村|社区|街道)$"
)
_ADMIN_PREFIX = {"省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗"}
_TITLES = re.compile(
    r"^(书记|副书记|镇长|乡长|县长|市长|局长|副局长|主任|副主任|校长|副校长|同志|部长|处长|科长|院长|所长|委员|主席|经理)$"
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_AFTER_NAMES = frozenset({"同志", "主持", "指出", "强调", "说", "讲话", "代表", "作"})
# Tagged as places but part of fixed expressions: 中国特色社会主义, 十九届三中、四中全会.
_NOT_PLACES = re.compile(r"^(中国|中华|[一二三四五六七八九十]+中)$")
# A sentence ends at 。！？； and a unit also at a colon (not the one inside a time such as 9:00, which the sentence
# runs through: stopping the run there lost what came before the clock, 2025年6月3日上午9:00，会期半天。 read as
# 00，会期半天。 in the report's examples).
_SENTENCE = re.compile(r"(?:[^。！？；!?;：:]|(?<=\d)[：:](?=\d))+(?:[。！？；!?;]+|[：:]|$)|[：:]")
_HAN = re.compile(r"[\u4e00-\u9fa5]+")
_LABEL = re.compile(r"^[^，。；,;]{1,6}[：:]$")


@dataclass(frozen=True)
class Unit:
    """A sentence found in a document, before segmentation."""

    text: str
    source: str  # path:line
    document: int  # index of the document in the corpus
    genre: str
    section: str  # section type of the heading above; intro before the first heading
    role: str  # one of ROLES


# --- units -------------------------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    out = []
    for piece in _SENTENCE.findall(text):
        marker = read_marker(piece)
        piece = (marker.rest if marker else piece).strip()
        if piece and piece[0] not in "：:":
            out.append(piece)
    return out


_LEADS_IN = re.compile(r"如下\s*[：:]?\s*$")
# A line that ends on a verb of saying and a colon introduces a quotation (某某指出：), not the people
# addressed: a speech whose first paragraph quotes a leader would otherwise open with it as a salutation.
_QUOTES = re.compile(r"(指出|强调|要求|表示|提出|说|讲|谈到|讲到|认为|写道|批示|重申)\s*[：:]$")


def _addresses(sentence: str, position: int, content: Sequence[int], first_heading: int) -> bool:
    """A line of its own before the body that ends on a colon and says nothing (同志们：, 各位代表：):
    the salutation of a speech or a letter, which the zones find only after a title."""
    if position >= first_heading or position not in content[:3] or not sentence.endswith(("：", ":")):
        return False
    return (
        len(sentence) <= 24
        and not _LEADS_IN.search(sentence)
        and not _QUOTES.search(sentence)
        and not re.search(r"\d|[。；;]", sentence)
    )


def _noise(sentence: str) -> bool:
    """Contacts, addresses, web links: furniture of the text, never a formula."""
    return bool(WEB.search(sentence) or CONTACT_LINE.match(sentence))


def _leads_into_heading(sentence: str, position: int, texts: Sequence[str], headings: Collection[int]) -> bool:
    """A paragraph's last sentence ending on 如下 and a full stop over a heading (现将有关事项通知如下。 / 一、……)
    leads into what follows as one ending on a colon does. Taken for an opening, it was no transition: a clerk's
    own 导语 (为防范火灾，局里决定开展消防安全检查) went on to 一、 without the 现将有关事项通知如下。 every one of
    the unit's notices writes after it (ux30 walk)."""
    if len(sentence) <= 4 or not sentence.endswith(("如下。", "如下.")):
        return False
    after = next((i for i in range(position + 1, len(texts)) if texts[i]), None)
    return after is not None and after in headings


def document_units(document: ParsedDocument, index: int) -> list[Unit]:
    """Sentences of one document with the section they are in and their role by position."""
    zones = document_zones(document)
    body = document.body
    # A line the outline took for a heading that ends on 如下 (现将有关事项通知如下：) leads into what
    # follows: a transition sentence, not the title of a section.
    leads_in = {h.index for h in document.headings if _LEADS_IN.search(h.text)}
    headings = {heading.index: heading for heading in document.headings if heading.index not in leads_in}
    units: list[Unit] = []

    def add(text: str, number: int, section: str, role: str) -> None:
        units.append(Unit(text, f"{document.path}:{number}", index, document.genre, section, role))

    if zones.addressee and body:
        add(zones.addressee + "：", body[0].number, "intro", "salutation")
    content = [i for i, text in enumerate(zones.texts) if text and i not in headings]
    first_heading = min(headings, default=len(body))
    closing: set[int] = set()
    if len(content) > 1:
        closing.add(content[-1])
        before = content[-2] if len(content) > 2 else -1
        # A short last line (特此通知。) follows the closing paragraph, unless that opens a section.
        if len(zones.texts[content[-1]]) <= 24 and before >= 0 and before - 1 not in headings:
            closing.add(before)
    section, lead = "intro", False
    for position, text in enumerate(zones.texts):
        heading = headings.get(position)
        if heading is not None:
            section, lead = heading.section, True
            title = heading.text.strip().rstrip("。：:；;，,")
            if 2 <= len(title) <= 40:
                add(title, heading.line, section, "heading")
            # A heading may be a marker alone (4. over nothing: a flattened dump's numbering): no text to split at.
            has_text = heading.text and heading.text in text
            text = text.split(heading.text, 1)[1].lstrip("。：:；;，, ") if has_text else ""
        if not text:
            continue
        sentences = _sentences(text)
        if position in leads_in and sentences and sentences[-1].endswith("如下"):
            sentences[-1] += "："
        for number, sentence in enumerate(sentences):
            if len(sentence) < 2 or _noise(sentence):
                continue
            if _LABEL.match(sentence) and number + 1 < len(sentences):
                continue  # 时间：2025年…… (a label, not a sentence)
            if position in closing:
                role, where = "closing", "closing"
            elif (sentence.endswith(("：", ":")) and len(sentence) > 4) or (
                number == len(sentences) - 1 and _leads_into_heading(sentence, position, zones.texts, headings)
            ):
                role, where = "transition", section
            elif lead:
                role, where = "lead", section
            elif position < first_heading and position in content[:2]:
                role, where = "opening", "intro"
            elif position < first_heading:
                role, where = "body", "intro"
            else:
                role, where = "body", section
            if not zones.addressee and len(sentences) == 1 and _addresses(sentence, position, content, first_heading):
                role = "salutation"
            add(sentence, body[position].number, where, role)
            lead = False
    return units


def corpus_units(documents: Sequence[ParsedDocument]) -> list[Unit]:
    units: list[Unit] = []
    for index, document in enumerate(documents):
        units.extend(document_units(document, index))
    return units


# --- segmentation ----------------------------------------------------------------------------


def _cache_dir() -> str:
    folder = user_cache_dir("jieba")
    if folder is None:
        import tempfile

        return tempfile.gettempdir()
    return str(folder)


@lru_cache(maxsize=1)
def _segmenter() -> tuple[WordCut, dict[str, str]]:
    """jieba's dictionary cut and its word → POS table, loaded once per process, quietly.

    The cut is ``wordcut``'s (jieba's words, at less cost); the tags are the third column of the
    dictionary (jieba.posseg would read the whole file again at import and once more per tagger).
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return load_dictionary(_cache_dir())


def word_cut() -> WordCut:
    """jieba's dictionary cut (``lcut(text, HMM=False)``)."""
    return _segmenter()[0]


def word_tags() -> dict[str, str]:
    """jieba's part-of-speech table (word → tag); a word not in it is unknown to the dictionary."""
    return _segmenter()[1]


def mask_patterns(text: str) -> tuple[str, list[str]]:
    """Replace pattern slots by private-use characters; return the masked text and the originals in order."""
    if not _MAY_MASK.search(text):
        return text, []
    numbers: list[str] = []
    if _DOC_NUMBER_HINT.search(text):

        def number(match: re.Match[str]) -> str:
            numbers.append(match.group(0))
            return SLOTS["文号"]

        text = _DOC_NUMBER.sub(number, text)
    pending = iter(numbers)
    originals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        name = _MASK_NAMES[int(match.lastgroup[1:])]  # type: ignore[index]
        originals.append(next(pending, "") if name == "文号" else match.group(0))
        return SLOTS[name]

    return _MASK.sub(keep, text), originals


Segmented = tuple[list[str], dict[int, str]]  # tokens, and per slot position the original text


# A sentence met again (a formula, a copied paragraph) is cut once. The benchmark turns this off to
# measure the cost of text that never repeats.
REUSE_REPEATS = True


def segment(units: Sequence[Unit]) -> list[Segmented]:
    """Masked tokens of each unit and, per slot position, the original text it replaced."""
    tags = word_tags()
    cut = word_cut()
    masked_units = [mask_patterns(unit.text.replace("\n", " ")) for unit in units]
    distinct: dict[str, int] = {}
    order: list[int] = []
    for masked, _ in masked_units:
        if REUSE_REPEATS:
            order.append(distinct.setdefault(masked, len(distinct)))
        else:
            order.append(len(distinct))
            distinct[f"{len(distinct)}\x00{masked}"] = len(distinct)
    texts = list(distinct) if REUSE_REPEATS else [key.split("\x00", 1)[1] for key in distinct]
    cleaned = [_drop_spaces(cut.cut(text)) for text in texts]
    # A sentence met again with the same masked values is tagged once (its tokens are only read).
    tagged: dict[tuple[int, tuple[str, ...]], Segmented] = {}
    out: list[Segmented] = []
    for at, (_, originals) in zip(order, masked_units, strict=True):
        key = (at, tuple(originals))
        found = tagged.get(key)
        if found is None:
            found = tagged[key] = _tag_slots(cleaned[at], tags, originals)
        out.append(found)
    return out


_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}


def _drop_spaces(words: list[str]) -> list[str]:
    """Words without the spaces between them, except one space between two Latin words (Let's do it),
    with ASCII punctuation made full-width."""
    full = _FULL_WIDTH
    kept: list[str] = []
    count = len(words)
    for position, word in enumerate(words):
        if not word.isspace():
            kept.append(full.get(word, word))
            continue
        following = full.get(words[position + 1], words[position + 1]) if position + 1 < count else ""
        if kept and following and kept[-1][-1].isascii() and kept[-1][-1].isalnum() and following[0].isascii():
            kept.append(" ")
    return kept


_PLAIN, _SLOT, _PLACE, _ORG, _PERSON, _SURNAME, _PREFIX = range(7)
_KINDS: dict[str, int] = {}


def _kind(word: str, tags: dict[str, str]) -> int:
    """What a word may start: most words are plain and need no look at their neighbours."""
    kind = _KINDS.get(word)
    if kind is None:
        tag = tags.get(word, "")
        if word in SLOT_OF:
            kind = _SLOT
        elif tag == "nt":
            kind = _ORG
        elif tag == "ns":
            kind = _PLACE
        elif word in _ADMIN_PREFIX:
            kind = _PREFIX
        elif tag == "nr" and len(word) >= 2:
            kind = _PERSON
        elif word in SURNAMES:
            kind = _SURNAME
        else:
            kind = _PLAIN
        _KINDS[word] = kind
    return kind


def _tag_slots(words: list[str], tags: dict[str, str], originals: list[str]) -> Segmented:
    """Turn names, places and organisations into slots, using POS tags and a few shape rules."""
    tokens: list[str] = []
    fillers: dict[int, str] = {}
    pending = iter(originals)
    index = 0
    count = len(words)
    while index < count:
        word = words[index]
        kind = _kind(word, tags)
        if kind == _PLAIN:
            tokens.append(word)
            index += 1
            continue
        if kind == _SLOT:
            fillers[len(tokens)] = next(pending, "")
            tokens.append(word)
            index += 1
            continue
        following = words[index + 1] if index + 1 < count else ""
        if kind in (_PLACE, _PREFIX) and len(following) >= 2 and _ORG_WORDS.search(following):
            fillers[len(tokens)] = word + following
            tokens.append(SLOTS["单位"])
            index += 2
            continue
        if kind == _ORG:
            fillers[len(tokens)] = word
            tokens.append(SLOTS["单位"])
        elif kind == _PERSON and (_TITLES.match(following) or following in _AFTER_NAMES):
            # jieba tags some common words as names (荣幸): a name is trusted only before a title or a verb of speech.
            fillers[len(tokens)] = word
            tokens.append(SLOTS["人名"])
        elif kind == _SURNAME and following and index + 2 < count:
            # Unknown names come out as single characters: 王 建 水 镇长 → one person slot.
            end = index + 1
            name = word
            while end < count and len(name) + len(words[end]) <= 3 and _HAN.fullmatch(words[end]):
                name += words[end]
                end += 1
            after = words[end] if end < count else ""
            if 2 <= len(name) <= 3 and (_TITLES.match(after) or after in _AFTER_NAMES):
                fillers[len(tokens)] = name
                tokens.append(SLOTS["人名"])
                index = end
                continue
            tokens.append(word)
        elif kind == _PLACE and len(word) >= 2 and not _NOT_PLACES.match(word):
            fillers[len(tokens)] = word
            tokens.append(SLOTS["地点"])
        else:
            tokens.append(word)
        index += 1
    return tokens, fillers


def warm_up() -> None:
    """Initialise jieba in this process (used by worker processes before they start)."""
    word_cut()


def starts_with_verb(text: str) -> bool:
    """Whether a heading opens with a verb (加强……, 推进……), by jieba's part-of-speech table."""
    tags = word_tags()
    for word in word_cut().cut(text):
        if word.strip():
            return tags.get(word, "").startswith("v")
    return False
