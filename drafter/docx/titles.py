"""Title line breaks (GB/T 9704 §7.3.1): between phrases, with slack, in balanced lines.

A title longer than a line is cut into words by a small unigram segmenter over word lists that ship
with the package (drafting never loads jieba), then broken where a reader pauses: after 关于, before
暨, 和 or a verb, after 的 or an issuing body's name, never inside a word, a number with its unit, a
Latin word or before a closing mark. Every line keeps a character of slack (a line filled to the last
character can wrap once more in a client whose glyphs are a little wider), and among the breaks of
the fewest lines the lines are balanced, shaped as a 梯形 or a 菱形 rather than an hourglass.
"""

from __future__ import annotations

import bisect
import itertools
import math
from functools import lru_cache
from pathlib import Path

from msgspec import Struct

from ..chinese import display_width, is_cjk
from ..patterns import lazy

DATA = Path(__file__).parent
TITLE_WORDS_FILE = DATA / "title_words.txt"  # words of 公文 titles, one a line
WORDS_FILE = DATA / "words.txt"  # general words with their frequency class (see the file's head)

SLACK = 1.0  # characters left free at the end of every line

# A number with what it counts is one word: 2025年, 2024—2025学年, 第十二届, 3号, 50%, 两个, 十四五.
_DIGITS = r"[\d０-９]+(?:[.．][\d０-９]+)?(?:\s*[—–\-~～至]\s*[\d０-９]+)?"
_NUMERALS = "一二三四五六七八九十百千万零〇两"
_TIME_UNITS = "学年度|学年|年度|季度|年|个月|月份|月|日|时|号"
_COUNT_UNITS = "届|次|期|批|轮|项|个|名|人|家|所|条|件|份|%|％"
_NUMBER = lazy(
    rf"(?P<time>(?:第?{_DIGITS}|[{_NUMERALS}]+)(?:{_TIME_UNITS}))"
    rf"|第?{_DIGITS}(?:{_COUNT_UNITS})?"
    rf"|第[{_NUMERALS}]+(?:{_COUNT_UNITS}|学期|阶段|部分|章|节)?"
    rf"|[{_NUMERALS}]+(?:{_COUNT_UNITS})"
    rf"|[{_NUMERALS}]{{2,}}大|[{_NUMERALS}]{{3,}}"  # 二十大, 十四五
)
_LATIN = lazy(r"[A-Za-z][A-Za-z0-9'’.&\-]*")
_OPENERS = "“‘《（(〔【[「『"
_CLOSERS = "”’》）)〕】]」』、，。：；！？,.:;!?"
_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】", "「": "」", "『": "』"}

# Where a reader pauses in a title. Costs: lower is a better place to break.
_AFTER = {
    "关于": -1.5, "暨": 6.0, "、": -2.0, "，": -2.5, ",": -2.5, "；": -2.5, ";": -2.5, "：": -1.0, ":": -1.0,
}  # fmt: skip
_BEFORE = {"暨": -3.0, "并": -1.0}
# By the parts of speech on either side (n noun, v verb, a adjective, d adverb, p preposition,
# c conjunction, u particle such as 的, m number): inside a noun phrase or an adverb's verb is worse,
# before a verb (between who and what) or after 关于 or 的 is better.
_PAIR = {
    ("n", "n"): 1.5, ("a", "n"): 1.5, ("m", "n"): 2.0, ("m", "m"): 2.0, ("d", "v"): 2.0, ("d", "a"): 2.0,
    ("d", "d"): 1.0, ("v", "v"): 0.5, ("n", "v"): -1.0, ("a", "v"): -0.5,
}  # fmt: skip
_AFTER_POS = {"p": -1.5, "c": 1.0, "u": -1.5}
_BEFORE_POS = {"p": -1.0, "c": -1.0, "u": 4.0}
# A body's name ends with one of these; breaking after it separates who from what.
_BODY_ENDS = (
    "局", "厅", "委", "府", "院", "部", "办", "室", "会", "处", "科", "所", "站", "队", "中心", "公司", "集团", "学校",
    "小学", "中学", "大学", "学院", "幼儿园", "党委", "党组", "支部", "政府", "协会", "分会", "联合会",
)  # fmt: skip
# A body's one-character ending the word lists leave single (服务|站, 卫生|室) ends the word before it: a break
# between them split 服务站 over two lines (ux23 walk); after it is as good a place as after the word. Not 所, 会,
# 部, 处 …: they begin words as well (所需, 会同, 部署, 处理).
_SUFFIXES = frozenset("站局厅室队院科")
_SUFFIX_CUT = 4.0
_UNKNOWN_SINGLE = 5.0  # between two characters the segmenter left single: perhaps one word it does not know


@lru_cache(maxsize=1)
def title_vocabulary() -> frozenset[str]:
    """Words that often appear in 公文 titles (title_words.txt)."""
    lines = TITLE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class _Lexicon:
    """The listed words, found in the text of the sorted list itself.

    Turning tens of thousands of words into a dict, a set or even a list costs 7–15 ms, most of a one-shot
    draft's own work. Instead a few hundred evenly spaced lines are indexed; a look-up bisects that index
    and searches the stretch of text between two of its lines.
    """

    BLOCKS = 256

    def __init__(self, text: str, title_words: frozenset[str]) -> None:
        self.text = text
        self.title_words = title_words
        self.longest = max(6, *map(len, title_words)) if title_words else 6
        start = text.index("\n", text.rindex("\n#") + 1) + 1  # after the comment lines at the head
        self.starts: list[int] = []
        self.keys: list[str] = []
        step = max((len(text) - start) // self.BLOCKS, 1)
        offset = start
        while offset < len(text):
            self.starts.append(offset)
            self.keys.append(text[offset : text.index(" ", offset)])
            following = text.find("\n", offset + step)
            offset = len(text) if following < 0 else following + 1

    @lru_cache(maxsize=65536)  # noqa: B019 - one lexicon lives as long as the process
    def get(self, word: str) -> tuple[float, str] | None:
        """(negative log of how often the word occurs, its part of speech), or None when not listed.

        Title words count as the most frequent words, so that the segmenter keeps them whole.
        """
        listed = self._general(word)
        if word in self.title_words:
            return -_TOP_LEVEL, listed[1] if listed else "n"
        return listed

    def _general(self, word: str) -> tuple[float, str] | None:
        if not word or " " in word or "\n" in word:
            return None
        block = bisect.bisect_right(self.keys, word) - 1
        if block < 0:
            return None
        end = self.starts[block + 1] if block + 1 < len(self.starts) else len(self.text)
        found = self.text.find(f"\n{word} ", self.starts[block] - 1, end)
        if found < 0:
            return None
        line_end = self.text.find("\n", found + 1)
        code = self.text[found + len(word) + 2 : line_end if line_end >= 0 else len(self.text)]
        return -float(code[:-1]), code[-1]

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


_TOP_LEVEL = 13.0  # about the class of the most frequent words in words.txt


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """words.txt (sorted lines ``word NK``: it occurs about e^N times and is of part of speech K) and the
    title words."""
    return _Lexicon(WORDS_FILE.read_text(encoding="utf-8"), title_vocabulary())


# A token's cost is the negative log of its probability: ln(all words counted) − ln(its count).
_TOKEN_COST = math.log(60_000_000)
_UNKNOWN_COST = 0.0  # a character the lists do not hold: seen once


class _Token(Struct, frozen=True):
    text: str
    kind: str  # word, single, number, time, latin, space, punct
    pos: str = "x"  # part of speech of a listed word (words.txt)

    @property
    def width(self) -> float:
        return display_width(self.text)


def title_words(text: str) -> list[str]:
    """The words of a title as the segmenter cuts them (spaces included)."""
    return [token.text for token in _segment(text)]


@lru_cache(maxsize=4096)
def _segment(text: str) -> tuple[_Token, ...]:
    """Most probable cut into listed words; numbers, Latin words and marks are tokens of their own."""
    lexicon = _lexicon()
    longest = lexicon.longest
    size = len(text)
    best: list[tuple[float, int, str]] = [(0.0, 0, "")] + [(math.inf, 0, "")] * size
    for start in range(size):
        cost_here = best[start][0]
        if cost_here == math.inf:
            continue
        char = text[start]
        options: list[tuple[int, float, str]] = []
        number = _NUMBER.match(text, start)
        if number and number.end() > start:
            # A date or period (2025年, 春季 aside) reads as a word; a count (两个, 第三次) holds on to its noun.
            options.append((number.end(), -10.0, "time" if number.group("time") else "number"))
        latin = _LATIN.match(text, start)
        if latin:
            options.append((latin.end(), -10.0, "latin"))
        if char.isspace():
            options.append((start + 1, -10.0, "space"))
        elif not is_cjk(char) or char in _OPENERS or char in _CLOSERS or char in "—…·":
            options.append((start + 1, -10.0, "punct"))
        else:
            for end in range(start + 2, min(size, start + longest) + 1):
                listed = lexicon.get(text[start:end])
                if listed is not None:
                    options.append((end, listed[0], "word"))
            single = lexicon.get(char)
            options.append((start + 1, single[0] if single else _UNKNOWN_COST, "single"))
        for end, cost, kind in options:
            total = cost_here + cost + _TOKEN_COST
            if total < best[end][0]:
                best[end] = (total, start, kind)
    tokens: list[_Token] = []
    end = size
    while end > 0:
        _, start, kind = best[end]
        piece = text[start:end]
        listed = lexicon.get(piece) if kind in ("word", "single") else None
        pos = "m" if kind == "number" else listed[1] if listed else "x"  # a time is neither noun nor number
        tokens.append(_Token(piece, kind, pos))
        end = start
    return tuple(reversed(tokens))


def _break_cost(tokens: tuple[_Token, ...], index: int, depth: int) -> float:
    """The cost of a line break before ``tokens[index]``; inf where a break is not allowed."""
    before, after = tokens[index - 1], tokens[index]
    if after.text[0] in _CLOSERS or before.text[-1] in _OPENERS:
        return math.inf
    if before.kind == "latin" and after.kind == "latin":
        return math.inf  # Latin words break at spaces
    cost = 2.0 * depth  # inside 《》 or “”: better not
    cost += _AFTER.get(before.text, 0.0) + _BEFORE.get(after.text, 0.0)
    cost += _PAIR.get((before.pos, after.pos), 0.0)
    cost += _AFTER_POS.get(before.pos, 0.0) + _BEFORE_POS.get(after.pos, 0.0)
    if before.text.endswith(_BODY_ENDS) and after.pos in ("p", "v"):
        cost -= 1.0
    suffix = before.kind == "single" and before.text in _SUFFIXES and index > 1 and tokens[index - 2].kind == "word"
    if after.kind == "single" and after.text in _SUFFIXES and before.kind == "word":
        cost += _SUFFIX_CUT
    elif before.kind == "single" and after.kind == "single" and not suffix:
        cost += _UNKNOWN_SINGLE  # two characters no list joins: quite possibly one word
    elif (before.kind == "single" and not suffix) or after.kind == "single":
        cost += _UNKNOWN_SINGLE / 3
    if before.kind == "space" or after.kind == "space":
        cost -= 1.0
    return cost


def split_title(text: str, max_width: float | None = None) -> list[str]:
    """Break a long title into lines that fit, between phrases, shaped as a 梯形 or 菱形 (§7.3.1).

    ``max_width`` is in characters of the title's size (the standard sheet's by default). An explicit
    "|" in the title marks where the writer of the template wants the breaks.
    """
    from .sheet import GBT9704

    return list(_split_title(text, GBT9704.title_max_chars if max_width is None else max_width))


@lru_cache(maxsize=4096)
def _split_title(text: str, max_width: float) -> tuple[str, ...]:
    # Cached: a batch drafts the same few titles (or titles differing in one name) many times.
    if "|" in text:
        return tuple(part.strip() for part in text.split("|") if part.strip())
    text = text.strip()
    room = max_width - SLACK
    total = display_width(text)
    if total <= room:
        return (text,)
    if total > _LONGEST_TITLE:
        return _forced(text, room)  # not a title any more: no phrase analysis for text this long
    tokens = _segment(text)
    costs = _break_costs(tokens)
    widths = [token.width for token in tokens]
    fewest = math.ceil(total / room)
    for lines in range(fewest, fewest + 3):
        breaks = _best_breaks(tokens, widths, costs, lines, room)
        if breaks is not None:
            return _lines(tokens, breaks)
    return _forced(text, room)


def _break_costs(tokens: tuple[_Token, ...]) -> list[float]:
    """Cost of a break before each token (index 0 unused)."""
    costs = [math.inf]
    depth = 0
    text = "".join(token.text for token in tokens)
    crossed = _crossed(text)
    slogan = _inside_short_quotes(text)
    position = 0
    for index in range(1, len(tokens)):
        previous = tokens[index - 1].text
        position += len(previous)
        for char in previous:
            if char in _PAIRS:
                depth += 1
            elif char in _PAIRS.values() and depth:
                depth -= 1
        cost = _break_cost(tokens, index, depth) + _CROSSED * crossed[position]
        costs.append(cost + _SLOGAN_CUT * slogan[position])
    return costs


_SLOGAN_CUT = 6.0  # a break inside a short quoted phrase: only where no other break of as many lines fits
_SLOGAN = lazy(r"[“‘「『][^”’」』]{1,10}[”’」』]")  # a quoted slogan or name: “双随机、一公开”, “三服务”


def _inside_short_quotes(text: str) -> list[bool]:
    """For each position, whether it lies inside a short quoted phrase, which a line break would cut in two
    (关于深入推进“双随机、|一公开”…): a slogan is read whole. Long quotations may break as before."""
    inside = [False] * (len(text) + 1)
    for match in _SLOGAN.finditer(text):
        for position in range(match.start() + 1, match.end()):
            inside[position] = True
    return inside


_CROSSED = 1.5  # a listed word other than the one the segmenter chose runs across the break


def _crossed(text: str) -> list[int]:
    """For each position, how many listed words of two characters or more run across it."""
    lexicon = _lexicon()
    counts = [0] * (len(text) + 1)
    for start in range(len(text)):
        for end in range(start + 2, min(len(text), start + lexicon.longest) + 1):
            if text[start:end] in lexicon:
                for inside in range(start + 1, end):
                    counts[inside] += 1
    return counts


_LONGEST_TITLE = 200  # characters; longer text is cut where lines fill up
_EXHAUSTIVE = 3  # up to this many lines every combination of breaks is scored; beyond, line by line


def _best_breaks(
    tokens: tuple[_Token, ...], widths: list[float], costs: list[float], lines: int, room: float
) -> tuple[int, ...] | None:
    """Token indexes to break before, making ``lines`` lines that fit ``room``; None if impossible."""
    candidates = [i for i in range(1, len(tokens)) if costs[i] < math.inf]
    starts = [0.0]
    for width in widths:
        starts.append(starts[-1] + width)

    def line_width(begin: int, end: int) -> float:
        # A space at either end of a line is not printed.
        width = starts[end] - starts[begin]
        if tokens[begin].kind == "space":
            width -= widths[begin]
        if end - 1 > begin and tokens[end - 1].kind == "space":
            width -= widths[end - 1]
        return width

    total = starts[-1]
    if lines > _EXHAUSTIVE:
        # Too many combinations: line by line, the best break that leaves a rest the other lines can hold.
        chosen: list[int] = []
        begin, left = 0, lines
        while left > 1:
            best_cut: tuple[float, int] | None = None
            for cut in candidates:
                if cut <= begin:
                    continue
                width = line_width(begin, cut)
                if width > room:
                    break
                if total - starts[cut] > room * (left - 1):
                    continue
                score = costs[cut] + 0.5 * abs(width - (total - starts[begin]) / left)
                if best_cut is None or score < best_cut[0]:
                    best_cut = (score, cut)
            if best_cut is None:
                return None
            begin, left = best_cut[1], left - 1
            chosen.append(begin)
        return tuple(chosen) if line_width(begin, len(tokens)) <= room else None
    best: tuple[float, tuple[int, ...]] | None = None
    mean = total / lines
    for breaks in itertools.combinations(candidates, lines - 1):
        bounds = (0, *breaks, len(tokens))
        sizes = [line_width(a, b) for a, b in itertools.pairwise(bounds)]
        if max(sizes) > room:
            continue
        score = sum(costs[b] for b in breaks)
        score += 0.5 * sum(abs(size - mean) for size in sizes)  # balanced lines
        score += _shape_cost(sizes)
        if best is None or score < best[0]:
            best = (score, breaks)
    return None if best is None else best[1]


def _shape_cost(sizes: list[float]) -> float:
    """梯形 (each line at least as long as the one above) or 菱形 (the middle longest) cost nothing."""
    if len(sizes) == 2:
        return 1.0 if sizes[0] > sizes[1] + 1 else 0.0
    if len(sizes) == 3:
        top, middle, bottom = sizes
        if middle + 1 < min(top, bottom):
            return 2.0  # hourglass
    return 0.0


def _lines(tokens: tuple[_Token, ...], breaks: tuple[int, ...]) -> tuple[str, ...]:
    bounds = (0, *breaks, len(tokens))
    return tuple("".join(t.text for t in tokens[a:b]).strip() for a, b in itertools.pairwise(bounds))


def _forced(text: str, room: float) -> tuple[str, ...]:
    """Lines cut wherever they fill up: only for titles with nowhere better to break."""
    lines, line, width = [], "", 0.0
    for char in text:
        char_width = display_width(char)
        if width + char_width > room and line:
            lines.append(line)
            line, width = "", 0.0
        line += char
        width += char_width
    return (*lines, line) if line else tuple(lines)
