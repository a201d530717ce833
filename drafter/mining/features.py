"""Features of cleaned lines for the learned decisions: where documents start (segmenter) and which
numbered or short lines are headings (heading model).

Features describe shape (length, punctuation, markers, dates, neighbours, numbering that restarts or
continues) and hits in the vocabulary file; never the words of a particular page. The hand-written
detectors of earlier versions are here as features, so the data decides how much each one counts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from ..gongwen import ADDRESSEE_LINE, ISSUE_NUMBER_AS_TRAINED
from ..gongwen.wording import AS_FOLLOWS_ENDINGS
from ..numbering import Marker, read_marker
from . import vocabulary
from .candidates import family_of, is_flattened, is_narrative, lead_split
from .model import Line
from .prefilter import has_sentence_mark, may_hold_date, may_hold_url

_BANDS = (2, 4, 6, 8, 10, 12, 16, 20, 24, 30, 40, 60, 100, 200)
_STOP = "。！？!?…"
_COLON = "：:"
_COMMA = "，,、；;"
_CLOSE = "）)”’」』》】]"
_SENTENCE_MARKS = re.compile(r"[。！？；!?;]")


def _has_comma(text: str) -> bool:
    """Whether ``text`` holds a comma or an enumeration comma (three scans in C)."""
    return "，" in text or "," in text or "、" in text


# The high bytes of UTF-16 code units of the characters \u4e00-\u9fff (a character outside the BMP is two
# surrogate units, whose high bytes D8-DF are not among them): deleted from the others, what is left counts them.
_NOT_HAN_HIGH = bytes(b for b in range(256) if not 0x4E <= b <= 0x9F)
# A date somewhere in a line: (\d{4}|[〇…九]{4})\s*年\s*[\d一…十]{1,2}\s*月 or \d{4}[-/.]\d{1,2}[-/.]\d{1,2} (the day
# that may follow a month changes no answer to whether there is one). Their first character is matched as one class
# and its kind looked behind at: re then scans for that class in C, where the alternatives first were tried at every
# character (a line matches where the alternatives match: the first character is the one both forms begin with).
_DATE = re.compile(
    r"[\d〇○零一二三四五六七八九]"
    r"(?:(?:(?<=\d)\d{3}|(?<=[〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"|(?<=\d)\d{3}[-/.]\d{1,2}[-/.]\d{1,2})"
)
_DATE_ONLY = re.compile(
    r"^[(（]?\s*((\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[)）]?$"
)
# Patterns open with a class, not a repeat or an alternation, wherever they can: re then skips ahead to a character
# of that class in C; otherwise it tries the whole pattern at every character.
_TIME = re.compile(r"\d\d?:\d{2}")  # \d{1,2}:\d{2}
# (?:^|[\s|｜/·◆,，])[\u4e00-\u9fffA-Za-z]{1,5}\s*[:：], its first character read as one class: a separator before a
# key of one to five letters, or a key's first letter at the start of the line (the two classes share no character,
# and each branch looks behind at the one it opens with). findall finds the same matches.
_KEY_VALUE = re.compile(
    r"[\s|｜/·◆,，\u4e00-\u9fffA-Za-z]"
    r"(?:(?<=[\s|｜/·◆,，])[\u4e00-\u9fffA-Za-z]{1,5}|(?<=^[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z]{0,4})\s*[:：]"
)
_MENU_MARKS = re.compile(r"[>»›|｜/▏→·◆▶▲▼■●•]")
_URL = re.compile(r"[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.")  # no re.I: a class first lets re skip ahead
_BIG_NUMBER = re.compile(r"\d\d\d")  # three digits in a row (found sooner than \d{3,}, which re extends)
# A telephone number somewhere in a line: \d{7,}|\d{3,4}-\d{7,8}, its first digit matched before the alternatives (re
# then scans for a digit in C instead of trying both at every character; a line matches where they match).
_PHONE_NUMBER = re.compile(r"\d(?:\d{6}|\d{2,3}-\d{7,8})")  # asked only of a line with three digits in a row
# A short number at an edge of a line (第3篇, 【篇三】, 范文2：, （二）at the end, 材料4 ): a page's own numbering.
# Two patterns, not one alternation: the one at the start is matched there only, and the one at the end, which needs
# the (stripped) line to end with its bracket, is searched for only then (as one alternation both were tried at
# every character).
_EDGE_NUMBER_START = re.compile(
    r"\W{0,2}[\u4e00-\u9fff]{0,2}\s*[\d一二三四五六七八九十]{1,2}\s*[\W\u4e00-\u9fff]{0,2}?[\s:：】\]）)=、.．]"
)
_EDGE_NUMBER_END = re.compile(r"[(（【\[]\s*[\d一二三四五六七八九十]{1,2}\s*[)）】\]]\s*$")
_EDGE_CLOSE = ")）】]"
_SEPARATOR_WORD = re.compile(r"^\W{0,2}(第\s*[\d一二三四五六七八九十]+\s*篇|篇\s*[\d一二三四五六七八九十]+)")
_TOP_STYLES = ("cn_dun", "cn_dot", "chapter")
# Tokens of the lines two away that still say something about this one (a title two lines on, a date two lines back).
_FAR_TOKENS = frozenset({"tl", "gw_end", "date_only", "top1", "salut", "closing", "furn", "bykey", "issue"})
# The end mark before the marker is matched, not looked behind for: re then skips ahead to the next end mark
# instead of trying the look-behind at every character (the count is the same: no marker holds an end mark).
_EMBEDDED_TOP = re.compile(r"[。；：:！？]\s*[一二三四五六七八九十]{1,2}[、.．]")


def _band(value: int) -> int:
    for index, limit in enumerate(_BANDS):
        if value <= limit:
            return index
    return len(_BANDS)


_BAND_OF = [_band(n) for n in range(_BANDS[-1] + 2)]  # every length up to the last band, looked up


def band(value: int) -> int:
    return _BAND_OF[value] if 0 <= value <= _BANDS[-1] else _band(value)


def _coarse(n: int) -> str:
    return "s" if n <= 8 else "m" if n <= 20 else "l" if n <= 48 else "xl" if n <= 150 else "xxl"


# A line's length tokens, made once for every length up to the last band (longer lines share the last).
_LENGTH_TOKENS = [(f"len{_band(n)}", "L:" + _coarse(n)) for n in range(_BANDS[-1] + 2)]


_LONGEST = _BANDS[-1] + 1


def _length_tokens(n: int) -> tuple[str, str]:
    # (capped by a comparison: a call of min, asked of every line shaped, cost as much as the rest of this)
    return _LENGTH_TOKENS[n if n < _LONGEST else _LONGEST]


_END_CLASSES: dict[str, str] = {}


def end_class(text: str) -> str:
    last = text[-1]
    found = _END_CLASSES.get(last)
    if found is None:
        found = _end_class(last)
        if len(_END_CLASSES) < 4096:  # the characters lines end with are few; hostile text has not its way
            _END_CLASSES[last] = found
    return found


_END_CLASS_NAMES = ("stop", "colon", "comma", "close", "digit", "word")
# The prefixed forms made once (a string made anew is hashed anew wherever it is looked up).
_END_TOKEN = {name: "end:" + name for name in _END_CLASS_NAMES}
_UEND = {name: "uend:" + name for name in _END_CLASS_NAMES}
_AEND = {name: "aend:" + name for name in _END_CLASS_NAMES}
_SENT = ("sent0", "sent1", "sent2", "sent3")


def _end_class(last: str) -> str:
    if last in _STOP:
        return "stop"
    if last in _COLON:
        return "colon"
    if last in _COMMA:
        return "comma"
    if last in _CLOSE:
        return "close"
    if last.isdigit():
        return "digit"
    return "word"


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _norm(text: str) -> str:
    if len(text) > 120:
        return ""  # long lines neither are nor hold titles
    # nothing to remove: \w less _ is isalnum; else its runs joined (found faster than the rest is removed)
    return text if text.isalnum() else "".join(_ALNUM_RUN.findall(text))


def title_like(text: str) -> bool:
    return (
        2 <= len(text) <= 48
        and not has_sentence_mark(text)
        and text[-1] not in _COLON + _COMMA + "."
        and read_marker(text) is None
        and not _date_only(text)
    )


def _date_only(text: str) -> bool:
    """``_DATE_ONLY`` asked only of a line holding the 年 or the - / . that each of its dates needs."""
    return may_hold_date(text) and _DATE_ONLY.match(text) is not None


def _symbol_start(first: str) -> bool:
    """Whether a line opens with a symbol: not a letter or digit, _, a Han character or an opening bracket or quote
    (the class the pattern ^[^\\w…] tested; \\w is what str.isalnum accepts, and _)."""
    return not (first.isalnum() or first == "_" or "\u4e00" <= first <= "\u9fff" or first in "（(“《【[")


def _vocabulary_patterns() -> tuple[re.Pattern[str], ...]:
    """The vocabulary's alternations ``shape`` searches with (genre, byline_key, strong and weak furniture,
    salutation, closing, assembly): looked up once, not once a search (emptied with the vocabulary's memos,
    whenever entries are switched off or on)."""
    found = _PATTERNS.get(None)
    if found is None:
        alternation = vocabulary.alternation
        found = _PATTERNS[None] = (
            alternation("genre"),
            alternation("byline_key"),
            alternation("furniture", "strong"),
            alternation("furniture", "weak"),
            alternation("salutation"),
            alternation("closing"),
            alternation("assembly"),
        )
    return found


_PATTERNS: dict[None, tuple[re.Pattern[str], ...]] = vocabulary.memo()


def shape(line: Line) -> list[str]:
    """Tokens describing one line on its own."""
    genre, byline_key, strong_furniture, weak_furniture, salutation, closing, assembly = _vocabulary_patterns()
    text = line.text.strip()
    n = len(text)
    length, size = _length_tokens(n)
    tokens = [length, _END_TOKEN[end_class(text)], size]
    head = text[:160]  # what a long line says about itself is said in its first sentences
    sentences = len(_SENTENCE_MARKS.findall(head[:-1] if n <= 160 else head))
    tokens.append(_SENT[sentences if sentences < 3 else 3])
    if _has_comma(head):
        tokens.append("comma")
    if n <= 48 and title_like(text):
        tokens.append("tl")
        if genre.search(text[-6:]):
            tokens.append("gw_end")
        if text.startswith("关于"):
            tokens.append("guanyu")
    elif n <= 60 and genre.search(text[-6:]):
        tokens.append("gw_end_long")
    marker = read_marker(text)
    if marker is not None:
        family = family_of(marker)
        tokens.append("mk:" + family)
        tokens.append("mk1" if marker.ordinal == 1 else "mkn")
        if marker.style in _TOP_STYLES:
            tokens.append("top1" if marker.ordinal == 1 else "topn")
    if n <= 30 and _date_only(text):
        tokens.append("date_only")
    elif n <= 60 and may_hold_date(text) and _DATE.search(text):
        tokens.append("date_in_short")
    if n <= 80 and ":" in text and _TIME.search(text):
        tokens.append("time")
    if n <= 120:
        keys = len(_KEY_VALUE.findall(text)) if ":" in text or "：" in text else 0
        if keys:
            tokens.append(f"kv{min(keys, 3)}")
        if byline_key.search(text):
            tokens.append("bykey")
        menu = len(_MENU_MARKS.findall(text))
        if menu:
            tokens.append(f"menu{min(menu, 3)}")
        if _symbol_start(text[0]):
            tokens.append("symstart")
        big = _BIG_NUMBER.search(text) is not None
        if big:
            tokens.append("bignum")
        if marker is None and (
            _EDGE_NUMBER_START.match(text) or (text[-1] in _EDGE_CLOSE and _EDGE_NUMBER_END.search(text))
        ):
            tokens.append("edgenum")
        # An address needs its :// or www. and a telephone number its digits: the searches, which try every
        # position, are made only where they can succeed.
        url = may_hold_url(text) and _URL.search(text) is not None
        contact = "@" in text or url or (big and _PHONE_NUMBER.search(text) is not None)
        if contact:
            tokens.append("contact")
        if "篇" in text and _SEPARATOR_WORD.match(text):  # both of its forms hold 篇
            tokens.append("sepword")
        if n <= 16 and "期" in text and ISSUE_NUMBER_AS_TRAINED.match(text):
            tokens.append("issue")  # a 纪要's or 简报's 期号 (第3期) under its title: the document goes on
        if strong_furniture.search(text):
            tokens.append("furn")
        elif weak_furniture.search(text):
            tokens.append("furn_weak")
        if url:
            tokens.append("url")
        if text[-1] in _COLON and n <= 40 and salutation.match(text):
            tokens.append("salut")
        if text[-1] in _COLON and n <= 30 and _ADDRESSEE.match(text) and not text.endswith(_AS_FOLLOWS):
            tokens.append("addressee")  # a 主送 line (县人民政府：), which may open an untitled document
        if n <= 16 and closing.search(text):
            tokens.append("closing")
        if n <= 14 and text[-1] in "！!。" and not _has_comma(text):
            if text[-1] != "。" and (salutation.match(text) or assembly.match(text)):
                # 各位代表！ / 同志们！ between the parts of a speech: the speaker turns to the hall, the speech
                # goes on (a closing such as 谢谢大家！ ends one).
                tokens.append("hail")
            else:
                tokens.append("short_exclaim")
    if n > 300:
        numbered = len(_EMBEDDED_TOP.findall(text, 0, 3000))
        tokens.append(f"runon{min(numbered, 3)}")  # a whole document on one line
    if "《" in head or "“" in head:
        tokens.append("quoted")
    # Fewer Han characters than others; counted in C from the high bytes of the UTF-16 code units (re's sub
    # of the Han runs built a string of the rest, most of shape's time after the searches).
    han = len(head.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_HAN_HIGH))
    if han * 2 < len(head):
        tokens.append("nonhan")
    if line.inline:
        tokens.append("inline")
    if line.style_level:
        tokens.append(f"style{min(line.style_level, 3)}")
    if line.in_table:
        tokens.append("table")
    return tokens


_MARKER_START = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百零〇两（(第首其再最①②③④⑤⑥⑦⑧⑨⑩")


def _looks_plain(text: str) -> bool:
    """A sentence of body text at a glance: long enough, ending a sentence, not opening with a number."""
    return len(text) > 20 and text[-1] in "。！？；" and (text[0] not in _MARKER_START or read_marker(text) is None)


def _plain_shape(line: Line) -> list[str]:
    """The few tokens of a plain sentence (its length), computed without the tests a shorter line needs."""
    n = len(line.text)
    length, size = _length_tokens(n)
    tokens = [length, "end:stop", size, "plainish"]
    if line.inline:
        tokens.append("inline")
    return tokens


class _Shape:
    """A line's own tokens, as its neighbours see them, and the facts about them the segmenter asks for."""

    __slots__ = ("contact", "ends", "marked", "n1", "n2", "p1", "p2", "plain", "runon", "starts", "title", "tokens")

    def __init__(self, tokens: tuple[str, ...]) -> None:
        self.tokens = tokens
        self.p1, self.n1, self.p2, self.n2 = _views(tokens)
        self.title = "tl" in tokens
        self.starts = not _START_TOKENS.isdisjoint(tokens)
        self.ends = not _END_TOKENS.isdisjoint(tokens) or "furn" in tokens
        self.contact = "contact" in tokens
        self.marked = "mk1" in tokens or "mkn" in tokens
        self.runon = any(token.startswith("runon") and token != "runon0" for token in tokens)
        # A long sentence of body text: content wherever it stands, when no document may start on it.
        self.plain = tokens[1] == "end:stop" and tokens[2] in _PLAIN_SIZES and _PLAIN.isdisjoint(tokens)


_SHAPES: dict[tuple[str, bool, int, bool], tuple[_Shape, str, bool, bool]] = vocabulary.memo()


def _shape_of(line: Line) -> tuple[_Shape, str, bool, bool]:
    """``shape`` of a line with what the segmenter derives from it, its text as ``_norm`` reduces it,
    whether it reads as body text (a sentence of some length) and whether it is a short line ending in a colon;
    remembered per distinct line (pages repeat their furniture, dates, closings and stock sentences;
    bounded, so hostile input cannot grow it without end)."""
    key = (line.text, line.inline, line.style_level, line.in_table)
    found = _SHAPES.get(key)
    if found is None:
        plain = _looks_plain(line.text) and not line.in_table
        tokens = tuple(_plain_shape(line) if plain else shape(line))
        # Lines share few distinct shapes: one record each, so that the decoder meets the same parts again.
        record = _RECORDS.get(tokens)
        if record is None:
            record = _Shape(tokens)
            if len(_RECORDS) < 1 << 16:
                _RECORDS[tokens] = record
        text = line.text
        found = (
            record,
            _norm(text),
            len(text) >= 40 and has_sentence_mark(text),
            len(text) <= 40 and text.rstrip()[-1:] in "：:",
        )
        if len(line.text) <= 300:  # long paragraphs seldom repeat
            if len(_SHAPES) >= 1 << 16:
                _SHAPES.clear()
            _SHAPES[key] = found
    return found


_RECORDS: dict[tuple[str, ...], _Shape] = vocabulary.memo()


# One line's features in parts: the gate, its own tokens, its neighbours' views (two before, one before, one
# after, two after), its place among them (a tuple shared by the lines of one context) and the relations
# computed for it alone; ``segment_rows`` joins them in this order. The parts
# repeat from line to line, so the decoder scores each distinct part once (linear.Sequencer.decode_parts).
Parts = tuple[
    str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], list[str]
]
_NONE_VIEWS = (("p2:none",), ("p1:none",), ("n1:none",), ("n2:none",))


_CONTEXTS: dict[tuple[object, ...], tuple[str, ...]] = vocabulary.memo()


def _context(
    blank: bool,
    title: bool,
    end: str,
    prev_end: str,
    next_len: str,
    next_body: int,
    tlrun: int,
    before: int,
    after: int,
) -> tuple[str, ...]:
    """A line's tokens of its place among its neighbours: a blank above, its end and theirs, titles around it."""
    lead = ("tl" if title else "x") + "|" + end
    near_body = min(next_body, 4)
    tokens = ["blank|" + ("tl" if title else "x") + "|" + prev_end if prev_end != "end:none" else "blank|first"]
    return (
        *(tokens if blank else ()),
        f"c:{lead}|p{prev_end}",
        f"c:{lead}|n{next_len}",
        f"nb{near_body}",
        f"c:{lead}|nb{near_body}",
        f"tlrun{tlrun}",
        f"tlrow:{before}|{after}|{'tl' if title else 'x'}",
    )


def segment_rows(
    lines: Sequence[Line], rule_starts: Mapping[int, str] | None = None, *, flattened: bool = False
) -> list[list[str]]:
    """The segmenter's features for every line: its own shape, its neighbours' and a few relations."""
    return [
        list(PLAIN_ROW)
        if parts is None
        else [parts[0], *parts[1], *parts[2], *parts[3], *parts[4], *parts[5], *parts[6], *parts[7]]
        for parts in segment_parts(lines, rule_starts, flattened=flattened)
    ]


def segment_parts(
    lines: Sequence[Line], rule_starts: Mapping[int, str] | None = None, *, flattened: bool = False
) -> list[Parts | None]:
    """``segment_rows`` in parts (None: a plain sentence of body text, whose row is ``PLAIN_ROW``)."""
    rule_starts = rule_starts or {}
    # The memo is looked up here first: a line seen before (most are) costs no call.
    shapes_seen = _SHAPES
    found = [
        shapes_seen.get((line.text, line.inline, line.style_level, line.in_table)) or _shape_of(line) for line in lines
    ]
    records: list[_Shape] = [entry[0] for entry in found]
    norms: list[str] = [entry[1] for entry in found]
    shapes = [record.tokens for record in records]
    count = len(lines)
    # Numbering that restarts: a top-level 一、 after a top-level 二、 or later (a new document begins),
    # and numbering that continues (二、 after 一、: the same document goes on).
    restart = [False] * count
    continues = [False] * count
    last_top = 0
    for i, record in enumerate(records):
        if not record.marked:
            continue  # no marker: shape read it already (a line of clean text has no edges to strip)
        line = lines[i]
        marker = read_marker(line.text) if not line.inline or line.text[:1] in "一二三四五六七八九十第" else None
        if marker is None or marker.style not in _TOP_STYLES:
            continue
        if marker.ordinal == 1 and last_top >= 2:
            restart[i] = True
        elif last_top and marker.ordinal == last_top + 1:
            continues[i] = True
        last_top = marker.ordinal
    # How far the next line that reads as body text (a sentence of some length) is (at most 4: what is asked).
    # (The counts below are kept in a running variable and capped by a comparison: no list read back and no call
    # of min a line, in these loops over every line.)
    next_body = [4] * count
    upcoming = 4
    for i in range(count - 1, -1, -1):
        next_body[i] = upcoming
        upcoming = 0 if found[i][2] else upcoming + 1 if upcoming < 4 else 4
    titles = [record.title for record in records]
    # Title-shaped lines in a row (a list of link titles, a 版头): how many stand right before and after (at most 3).
    titles_upto = list(accumulate(titles, initial=0))  # title-shaped lines before each index, for counts over a window
    titles_before = [0] * count
    titles_after = [0] * count
    run = 0
    for i in range(count):
        titles_before[i] = run
        run = (run + 1 if run < 3 else 3) if titles[i] else 0
    run = 0
    for i in range(count - 1, -1, -1):
        titles_after[i] = run
        run = (run + 1 if run < 3 else 3) if titles[i] else 0
    parts: list[Parts | None] = []
    append = parts.append
    p2_none, p1_none, n1_none, n2_none = _NONE_VIEWS
    # The separator's own title and opening follow it: no document starts on the two lines after one.
    after_separator = {i + k for i, rule in rule_starts.items() if rule == "separator" for k in (1, 2)}
    restarts = True in restart
    # Numbering restarting on a line or on one of the two after it, found once a line (not from a slice of three
    # made a line); all False, like ``restart``, where nothing restarts.
    padded = [*restart, False, False]
    restart_near = [padded[k] or padded[k + 1] or padded[k + 2] for k in range(count)] if restarts else restart
    contexts = _CONTEXTS
    for i in range(count):
        record = records[i]
        own = shapes[i]
        rule = rule_starts.get(i)
        if rule is not None and (rule == "separator" or rule == "ruled"):  # (most lines: no rule, no comparison)
            gate = MUST_START
        elif i in after_separator or not _may_start(i, lines, records, found, restart_near, rule_starts, flattened):
            gate = NO_START
            if record.plain and (i == 0 or records[i - 1].plain):
                # A sentence of body text after another: content, wherever it stands. The first sentence after
                # lines that are not (a byline, a blurb, a list of links) is scored, so that it may be furniture.
                append(None)
                continue
        else:
            gate = "bias"
        title = titles[i]
        line = lines[i]
        # Title-shaped lines from three before to three after, at most 5.
        near_titles = titles_upto[i + 4 if i + 4 < count else count] - titles_upto[i - 3 if i > 3 else 0]
        key = (
            line.blank_before,
            title,
            own[1],
            shapes[i - 1][1] if i else "end:none",
            shapes[i + 1][2] if i + 1 < count else "none",
            next_body[i],
            near_titles if near_titles < 5 else 5,
            titles_before[i],
            titles_after[i],
        )
        context = contexts.get(key)
        if context is None:
            context = _context(*key)
            if len(contexts) < 1 << 16:
                contexts[key] = context
        extras: list[str] = []
        if restart_near[i] or rule is not None:  # (restart_near: numbering restarts here or on the next two)
            # Numbering restarting just below a line opens a document there only if no title stands above it.
            titled = "titled" if title or (i and titles[i - 1]) or (i > 1 and titles[i - 2]) else "untitled"
            if restart[i]:
                extras.append("restart0")
                extras.append("restart0|" + titled)
            if restarts:
                for k in (1, 2):
                    if i + k < count and restart[i + k]:
                        extras.append(f"restart{k}")
                        extras.append(f"restart{k}|{titled}|{own[1]}")
        if continues[i]:
            extras.append("continues")
        if not line.inline and i + 1 < count and lines[i + 1].inline and lines[i + 1].number == line.number:
            # The first sentence of a source line that held many: a document that lost its line breaks.
            size = sum(len(piece.text) for piece in lines[i : i + 200] if piece.number == line.number)
            extras.append("split_first")
            extras.append(f"split_first|{_coarse(size // 10)}")
        if flattened:
            # A file that lost its line breaks: most often a document a line (a CSV or database dump).
            extras.append("flat_piece" if line.inline else "flat_line")
        if rule is not None:
            extras.append("rule_start")
            extras.append("rule_start|" + ("tl" if title else "x"))
            extras.append(f"rule:{rule}|{titled}")
        if i == 0:
            extras.append("first")
        if i == count - 1:
            extras.append("last")
        here = norms[i]
        size = len(here)
        if size >= 4:
            if i + 1 < count:
                after = norms[i + 1]
                if len(after) >= 4 and after in here and after != here:
                    extras.append("holds_next")
            # Asked of the lines around joined first (a norm holds no NUL: a hit lies inside one of them).
            preceding = norms[i - 3 if i > 3 else 0 : i]
            if here in "\0".join(preceding):
                for other in preceding:
                    if len(other) > size and here in other:
                        extras.append("named_before")
                        break
            following = norms[i + 1 : i + 3]
            if here in "\0".join(following):
                for other in following:
                    if len(other) > size and here in other:
                        extras.append("named_after")
                        break
        append(
            (
                gate,
                own,
                records[i - 2].p2 if i >= 2 else p2_none,
                records[i - 1].p1 if i >= 1 else p1_none,
                records[i + 1].n1 if i + 1 < count else n1_none,
                records[i + 2].n2 if i + 2 < count else n2_none,
                context,
                extras,
            )
        )
    return parts


_NEAR_PREFIXES = ("end:", "L:", "kv", "menu", "style", "runon", "mk1", "top1")
_NEAR_TOKENS = frozenset(
    {"tl", "gw_end", "date_only", "date_in_short", "closing", "short_exclaim", "salut", "furn", "furn_weak", "bykey"}
    | {"hail"}
    | {"addressee"}
    | {"sepword", "edgenum", "contact", "inline", "table", "url", "time", "guanyu", "issue"}
)


_Views = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_VIEWS: dict[tuple[str, ...], _Views] = {}


def _views(shape_: tuple[str, ...]) -> _Views:
    """A line's tokens as the lines one and two before and after it see them (p1:, n1:, p2:, n2:).

    Lines share few distinct shapes: each is prefixed once, and the same string objects (their hashes
    computed once) go into every row that holds them.
    """
    key = shape_
    found = _VIEWS.get(key)
    if found is None:
        near = [s for s in shape_ if _near(s)]
        far = [s for s in shape_ if s in _FAR_TOKENS]
        found = (
            tuple("p1:" + s for s in near),
            tuple("n1:" + s for s in near),
            tuple("p2:" + s for s in far),
            tuple("n2:" + s for s in far),
        )
        if len(_VIEWS) < 65536:
            _VIEWS[key] = found
    return found


def _near(token: str) -> bool:
    """Whether a neighbour's token is worth a feature of this line (its own length band and the like are not)."""
    return token in _NEAR_TOKENS or token.startswith(_NEAR_PREFIXES)


PLAIN = "plain_body"  # the one feature of a long sentence of body text: it is content (BODY), decided without weights
PLAIN_ROW = [PLAIN]
# Tokens that keep a long sentence from being plain body: it may be furniture or a numbered heading.
_PLAIN = frozenset(
    {"furn", "furn_weak", "bykey", "url", "contact", "table", "kv2", "kv3", "menu2", "menu3", "mk1", "mkn"}
)
_PLAIN_SIZES = frozenset({"L:l", "L:xl", "L:xxl"})
NO_START = "bias_nostart"  # the first feature of a line where no document can start
MUST_START = "bias_separator"  # the first feature of an explicit separator line (第2篇：), where one must
_START_TOKENS = frozenset({"tl", "sepword", "edgenum", "gw_end", "date_only", "addressee"})
_END_TOKENS = frozenset({"date_only", "closing", "short_exclaim", "date_in_short"})


def _may_start(
    i: int,
    lines: Sequence[Line],
    records: list[_Shape],
    found: list[tuple[_Shape, str, bool, bool]],
    restart_near: list[bool],
    rule_starts: Mapping[int, str],
    flattened: bool,
) -> bool:
    """Where a document can start at all: a line shaped like a title, separator or 版头; the opening
    paragraph before numbering that restarts; after a closing or a date; a new line of a flattened file.
    Everywhere else the segmenter may not start one, however its weights add up. (``restart_near``: whether
    numbering restarts on the line or one of the two after it.)"""
    if i == 0:
        return True
    line = lines[i]
    record = records[i]
    if found[i][3]:
        # A lead-in (……如下：) opens no document; a 主送 line (县人民政府：) may, unless a title stands above it.
        return "addressee" in record.tokens and not records[i - 1].title
    if record.contact:
        return False  # an address line
    if "issue" in record.tokens and records[i - 1].title:
        return False  # the 期号 under a 纪要's or 简报's title (第3期): its document goes on
    if i in rule_starts:
        return True
    if flattened:
        # A new line, or a title run into the text (a cover notice and the document it issues, on one line).
        return not line.inline or (record.title and "gw_end" in record.tokens)
    if record.starts or restart_near[i]:
        return True
    if not line.inline and (record.runon or (i + 1 < len(lines) and lines[i + 1].inline)):
        return True  # a whole document on one line, in a page of other documents
    return records[i - 1].ends or line.style_level > 0


# ---------------------------------------------------------------- headings

_ADDRESSEE = ADDRESSEE_LINE.compiled
_SOFT: dict[tuple[str, int], list[str]] = {}


def soft(name: str, length: int) -> list[str]:
    """A length as the bands it reaches (len≥4, len≥6, …), not as one band: the weights of neighbouring
    lengths are shared, so a length seldom seen in training is judged like the lengths around it."""
    key = (name, band(length))
    found = _SOFT.get(key)
    if found is None:
        found = _SOFT[key] = [f"{name}>{k}" for k in range(key[1] + 1)]
    return found


_DIRECTIVE = ("请", "根据", "依据", "按照", "经")  # how a directive opens
_KEY_VALUE_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]\s*\S")
_AS_FOLLOWS = AS_FOLLOWS_ENDINGS


class HeadingParts(NamedTuple):
    """What a heading candidate's features are made of: the features are a function of these parts alone
    (``heading_features_of``). Candidates share few of them (headings and stock lines recur, a run's members
    share its part), so the heading model scores each distinct set of parts once (outline.model_headings),
    without building the list of some 40 names for every candidate."""

    rule: bool
    style: int  # the line's Word heading style, at most 3 (0: none)
    inline: bool
    table: bool
    own: tuple[str, ...]  # the features of the line's own text (``_own``)
    neighbours: tuple[str, ...]  # of the lines above and below it (``_neighbours``)
    run: tuple[str, ...]  # of its run of siblings (``_run``; () without siblings)
    flattened: bool  # the document lost its line breaks: each feature again, prefixed F:


def heading_parts(
    lines: Sequence[Line],
    index: int,
    *,
    siblings: Sequence[int] = (),
    rule: bool = False,
    runs: dict[int, tuple[str, ...]] | None = None,
    flattened: bool | None = None,
) -> HeadingParts:
    """The parts of ``heading_features`` for the candidate at ``index`` (the arguments as there)."""
    line = lines[index]
    text = line.text.strip()
    marker = read_marker(text)
    own = _OWN.get(text)  # looked up here first: a hit costs no call (headings and stock lines recur)
    found: tuple[str, ...] = ()
    if siblings:
        key = id(siblings)
        known = runs.get(key) if runs is not None else None
        if known is None:
            known = _run(lines, siblings)
            if runs is not None:
                runs[key] = known  # the members of a run share its features: computed once
        found = known
    return HeadingParts(
        rule,
        min(line.style_level, 3) if line.style_level else 0,
        line.inline,
        line.in_table,
        own if own is not None else _own(text, marker),
        _neighbours(lines, index, marker),
        found,
        is_flattened(lines) if flattened is None else flattened,
    )


def heading_features_of(parts: HeadingParts) -> list[str]:
    """The heading model's features made of their parts (``heading_parts``)."""
    feats = ["bias"]
    if parts.rule:
        feats.append("rule_heading")
    if parts.style:
        feats.append(f"style{parts.style}")
    if parts.inline:
        feats.append("inline")
    if parts.table:
        feats.append("table")
    feats.extend(parts.own)
    feats.extend(parts.neighbours)
    feats.extend(parts.run)
    if parts.flattened:
        # Text that lost its line breaks reads differently (no next line, no blank): its own weights too.
        # (the names are looked up by map in C; the list is made before extending the list it reads)
        feats.extend(list(map(_FLAT.__getitem__, feats)))
    return feats


def heading_features(
    lines: Sequence[Line],
    index: int,
    *,
    siblings: Sequence[int] = (),
    rule: bool = False,
    runs: dict[int, tuple[str, ...]] | None = None,
    flattened: bool | None = None,
) -> list[str]:
    """The heading model's features for the candidate at ``index`` among a document's lines.

    ``siblings`` are the indexes of the candidate's run (same marker family, ordinals in sequence),
    itself included: the features of the run are shared by its members, so that a run is decided as one.
    ``flattened`` (whether the document lost its line breaks) is computed when not given; callers asking
    for many candidates of one document give it once.
    """
    return heading_features_of(
        heading_parts(lines, index, siblings=siblings, rule=rule, runs=runs, flattened=flattened)
    )


class _Prefixed(dict[str, str]):
    """prefix + name, made once a name (a string made anew is hashed anew when scored); a name not yet made is
    made by ``__missing__``, so that a lookup is one call in C."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, name: str) -> str:
        made = self.prefix + name
        if len(self) < 1 << 14:
            self[name] = made
        return made


_FLAT = _Prefixed("F:")
# The names of a numbered line's own features that hold its marker style, family and the mark after its lead.
_STYLE_NAME = _Prefixed("style:")
_FAMILY_NAME = _Prefixed("fam:")
_LEAD_MARK_NAME = _Prefixed("lmark:")


_OWN: dict[str, tuple[str, ...]] = vocabulary.memo()


def _own(text: str, marker: Marker | None) -> tuple[str, ...]:
    """The heading features of a line's own text (remembered: headings and stock lines recur)."""
    found = _OWN.get(text)
    if found is None:
        if marker is None:
            found = tuple(_unnumbered(text))
        else:
            found = tuple(_numbered(marker.style, family_of(marker), marker.ordinal, marker.rest.strip()))
        if len(text) <= 300:
            if len(_OWN) >= 1 << 16:
                _OWN.clear()
            _OWN[text] = found
    return found


def _unnumbered(text: str) -> list[str]:
    feats = ["unnum", *soft("ulen", len(text)), _UEND[end_class(text)]]
    if text.endswith(_AS_FOLLOWS):
        feats.append("as_follows")
    if has_sentence_mark(text[:-1]):
        feats.append("usent")
    if _has_comma(text):
        feats.append("ucomma")
    if is_narrative(text):
        feats.append("unarr")
    if title_like(text):
        feats.append("utl")
    return feats


def _numbered(style: str, family: str, ordinal: int, rest: str) -> list[str]:
    feats = [_STYLE_NAME[style], _FAMILY_NAME[family], "ord1" if ordinal == 1 else "ordn"]
    if not rest:
        return [*feats, "empty"]
    split = lead_split(rest)
    if split is None:
        feats += ["alone", *soft("alen", len(rest)), _AEND[end_class(rest)]]
        lead = rest
    else:
        lead, after = split
        mark = rest[len(lead)] if len(lead) < len(rest) else ""
        feats += [*soft("llen", len(lead)), *soft("after", len(after)), _LEAD_MARK_NAME[mark]]
        if after:
            feats.append("runin")
            if read_marker(after) is not None:
                feats.append("after_marker")
    if is_narrative(lead):
        feats.append("narr")
    if lead.startswith(_DIRECTIVE):
        feats.append("directive")
    if (":" in rest or "：" in rest) and _KEY_VALUE_ITEM.match(rest):
        feats.append("keyvalue")
    if _has_comma(lead):
        feats.append("lcomma")
    return feats


# The neighbour and run tokens, made once (a string built anew for every candidate is hashed anew when scored).
_NX = {kind: "nx:" + kind for kind in ("none", "same", "other", "body", "short")}
_PV = {kind: "pv:" + kind for kind in ("none", "same", "other", "body", "short")}
_RUN_SIZE = tuple(f"run{size}" for size in range(6))
_RUN_IN = tuple(f"rrunin{share}" for share in range(3))


@lru_cache(maxsize=16384)
def _line_kind(line: str) -> tuple[str | None, str, bool]:
    """A neighbouring line's marker family, or (without a marker) whether it reads as body text; and whether its
    marker opens a list (ordinal 1): all a candidate asks of the lines beside it, read once a text."""
    marker = read_marker(line)
    if marker is not None:
        return family_of(marker), "", marker.ordinal == 1
    text = line.strip()
    return None, "body" if len(text) >= 40 or has_sentence_mark(text) else "short", False


def _neighbours(lines: Sequence[Line], index: int, marker: object) -> tuple[str, ...]:
    family = family_of(marker) if marker is not None else None  # type: ignore[arg-type]
    # A neighbour with a marker is of the same family or another; one without is body text or short.
    list1 = False
    if index + 1 < len(lines):
        found, kind, list1 = _line_kind(lines[index + 1].text)
        nx = _NX[kind if found is None else "same" if found == family else "other"]
    else:
        nx = _NX["none"]
    if index > 0:
        found, kind, _ = _line_kind(lines[index - 1].text)
        pv = _PV[kind if found is None else "same" if found == family else "other"]
    else:
        pv = _PV["none"]
    if list1:
        return (nx, pv, "nx_list1", "doc_start") if index <= 1 else (nx, pv, "nx_list1")
    return (nx, pv, "doc_start") if index <= 1 else (nx, pv)


def _run(lines: Sequence[Line], siblings: Sequence[int]) -> tuple[str, ...]:
    size = len(siblings)
    if size == 1:
        # A run of one (most candidates, each its own list, so never shared): its features follow from its
        # lead alone, made once per lead (the same list as the loop below makes for it).
        key = _lead_of(lines[siblings[0]].text)
        found = _SINGLE_RUNS.get(key)
        if found is None:
            found = (_RUN_SIZE[1], *soft("rlen", key[0]), _RUN_IN[2 * key[1]])
            if len(_SINGLE_RUNS) < 1 << 12:  # lead lengths are few; bounded all the same
                _SINGLE_RUNS[key] = found
        return found
    total = runin = 0
    for i in siblings:
        lead, runs_on = _lead_of(lines[i].text)
        total += lead
        runin += runs_on
    mean = total // max(size, 1)
    return (_RUN_SIZE[min(size, 5)], *soft("rlen", mean), _RUN_IN[(2 * runin) // size])


_SINGLE_RUNS: dict[tuple[int, bool], tuple[str, ...]] = vocabulary.memo()  # emptied by parse.forget()


@lru_cache(maxsize=16384)
def _lead_of(line: str) -> tuple[int, bool]:
    """The length of a run member's lead phrase and whether text runs on after it on the same line."""
    marker = read_marker(line)
    rest = marker.rest.strip() if marker else line.strip()
    split = lead_split(rest)
    if split is None:
        return len(rest), False
    return len(split[0]), bool(split[1])
