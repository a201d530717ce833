"""Which mined phrases may stand in a template, and how their slots become fields.

A phrase becomes a template's default text only when it is *vetted*: the ranker lists it as a formula
(``Phrase.is_formula``: a variant in another's family may be the one that fits), at least three source groups use it, most of its occurrences are in the place it
is to fill (the opening, the transition into the body, the closing, the salutation) and it can end a
paragraph there, its fixed words are ordinary words (no name, product or foreign word), and every gap
in it is a typed slot that a field can fill. Listed formulae of the place that two groups use, or
that miss only the slots, are offered in the starter file as alternatives the user can switch on;
a candidate the ranker does not list is never offered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .literal import template_literal
from .phrases import _ORGANISATION, Phrase
from .ranker import FEATURES
from .skeleton import skeleton_text
from .slots import FREE
from .tokenise import word_tags

VETTED_GROUPS = 3
ALTERNATIVE_GROUPS = 2
_JINJA = re.compile(r"\{\{|\{%|\{#|%\}|#\}|\}\}")

# Where a phrase may stand, by the roles its occurrences take.
PLACES = {
    "opening": ("opening",),
    "transition": ("transition",),
    "closing": ("closing",),
    "salutation": ("salutation",),
}

# How a formula in each place ends: a closing ends the text (特此通知。 谢谢大家！), never on a colon that
# leads into more (同志们，…… at the head of a speech's last paragraph is its salutation's variant).
_ENDINGS = {
    "opening": ("。", "：", ":", "！"),
    "transition": ("：", ":", "。"),
    "closing": ("。", "！", "？"),
    "salutation": ("：", ":"),
}

# Fields a typed slot is filled from: the first that the template declares, else a new optional field.
_SLOT_FIELDS: dict[str, tuple[str, ...]] = {
    "期间": ("期间",),
    "单位": ("单位", "发文机关"),
    "会议名称": ("会议名称",),
    "日期时间": ("会议时间", "时间"),
    "日期": ("会议日期", "日期"),
    "时间": ("时间",),
    "地点": ("会议地点", "地点"),
    "文件名": ("依据文件",),
    "文号": ("依据文号",),
    "人名": ("姓名",),
    "数量": ("数量",),
}
_NEW_FIELDS: dict[str, dict[str, Any]] = {
    "期间": {"type": "text", "description": "所指的时期，如“2025年”“2025年上半年”", "example": "2025年"},
    "单位": {"type": "text", "description": "单位名称", "example": "（单位名称）"},
    "会议名称": {"type": "text", "description": "会议名称", "example": "（会议名称）"},
    "时间": {"type": "text", "description": "时间，如“2025年3月1日上午9:00”", "example": "2025年3月1日上午9:00"},
    "日期": {"type": "date", "description": "日期，如“2025年3月1日”", "example": "2025年3月1日"},
    "地点": {"type": "text", "description": "地点", "example": "（地点）"},
    "依据文件": {
        "type": "text",
        "description": "依据的文件名称，带书名号，如“《关于……的通知》”",
        "example": "《关于……的通知》",
    },
    "依据文号": {"type": "text", "description": "依据文件的发文字号，如“X政〔2025〕1号”", "example": "X政〔2025〕1号"},
    "姓名": {"type": "text", "description": "姓名", "example": "（姓名）"},
    "数量": {"type": "text", "description": "数字", "example": "1"},
}


@dataclass(frozen=True)
class Choice:
    """A phrase chosen for a place in a template."""

    phrase: Phrase
    place: str
    vetted: bool

    @property
    def text(self) -> str:
        return self.phrase.skeleton


def _clean(phrase: Phrase) -> bool:
    fixed = _fixed(phrase)
    return not _JINJA.search(fixed) and not fixed.startswith(("#", "::", "+", "\\")) and len(fixed) <= 40


def ordinary(phrase: Phrase) -> bool:
    """Its fixed words are ordinary words: no organisation's own name, place, foreign word, digit or
    word the dictionary does not know (what the ranker read of it, ``ranker.FEATURES``)."""
    if not phrase.features:
        return not _ORGANISATION.search(_fixed(phrase))
    read = dict(zip(FEATURES, phrase.features, strict=True))
    return read["clean"] >= 0.999 and not read["organisation"]


# An alternative with a gap the user fills in needs this many fixed characters around it: with fewer
# (是……一年。 各……如下：) it is a fragment of sentences that only share a word or two, not a formula.
_FREE_GAP_WORDS = 5


# ... and this many around each free gap: 为……安全……，……有关……事项通知如下： (4 gaps, 11 fixed characters, a topic
# word fixed between them, 有关 and 事项 apart) is sentences aligned word by word, not a formula to fill (ux12 walk).
_WORDS_PER_FREE_GAP = 3


def _fixed_enough(phrase: Phrase) -> bool:
    """An alternative with free gaps is still a formula: enough fixed words overall and around each gap."""
    fixed = _han(_fixed(phrase))
    free = sum(1 for kind, value in phrase.parts if kind != "text" and value == FREE)
    return fixed >= _FREE_GAP_WORDS and fixed >= _WORDS_PER_FREE_GAP * free


def _han(text: str) -> int:
    return sum(1 for char in text if "\u4e00" <= char <= "\u9fff")


def _fixed(phrase: Phrase) -> str:
    return "".join(v for k, v in phrase.parts if k == "text")


def fits(phrase: Phrase, place: str) -> bool:
    """Most of the phrase's occurrences are in this place, and it can end a paragraph there (a clause
    such as 在……领导下， is part of a sentence, not a sentence to put in a template)."""
    return phrase.role_share(*PLACES[place]) >= 0.5 and phrase.skeleton.endswith(_ENDINGS[place])


def fillable(phrase: Phrase) -> bool:
    """Every gap is a typed slot a field can fill (a free gap needs the user's words)."""
    return all(kind == "text" or value != FREE for kind, value in phrase.parts)


def settled(phrase: Phrase) -> Phrase:
    """The phrase with each organisation slot that every example fills with one dictionary word written as
    that word: jieba tags 团组织 and 党组织 as organisations, so a league committee's 请各级团组织高度重视 read
    请各级{单位}高度重视, and the template filled the slot with 发文机关 (请各级共青团××县委员会高度重视). Words
    every source writes are the formula's own; a name varying between sources, or one the dictionary does not
    know as a word (县教育局: a particular office), stays a slot."""
    if not any(kind == "slot" and value == "单位" for kind, value in phrase.parts) or len(phrase.examples) < 2:
        return phrase
    pattern = re.compile("".join(re.escape(value) if kind == "text" else "(.+?)" for kind, value in phrase.parts))
    seen: list[set[str]] = [set() for kind, _ in phrase.parts if kind != "text"]
    for sentence, _ in phrase.examples:
        match = pattern.search(sentence)
        if match is None:
            return phrase
        for index, value in enumerate(match.groups()):
            seen[index].add(value)
    parts: list[tuple[str, str]] = []
    index = -1
    for at, (kind, value) in enumerate(phrase.parts):
        if kind != "text":
            index += 1
        # Bounded by words on both sides, the lazy group cannot have stopped short of the slot's filler.
        bounded = 0 < at < len(phrase.parts) - 1 and phrase.parts[at - 1][0] == phrase.parts[at + 1][0] == "text"
        words = next(iter(seen[index])) if kind != "text" and len(seen[index]) == 1 else ""
        if kind == "slot" and value == "单位" and bounded and words in word_tags():
            kind, value = "text", words
        if kind == "text" and parts and parts[-1][0] == "text":
            parts[-1] = ("text", parts[-1][1] + value)
        else:
            parts.append((kind, value))
    if len(parts) == len(phrase.parts):
        return phrase
    return replace(phrase, parts=tuple(parts), skeleton=skeleton_text(parts))


def choose(phrases: Sequence[Phrase], place: str, *, limit: int = 4) -> tuple[Choice | None, list[Choice]]:
    """The vetted default for a place (or None) and the alternatives to offer in the starter."""
    default: Choice | None = None
    alternatives: list[Choice] = []
    for phrase in map(settled, phrases):
        if not phrase.is_formula or phrase.groups < ALTERNATIVE_GROUPS:
            continue
        if not fits(phrase, place) or not _clean(phrase) or not ordinary(phrase):
            continue
        vetted = phrase.groups >= VETTED_GROUPS and fillable(phrase)
        if vetted and default is None:
            default = Choice(phrase, place, True)
        elif len(alternatives) < limit and (fillable(phrase) or _fixed_enough(phrase)):
            alternatives.append(Choice(phrase, place, vetted))
    return default, alternatives


def nearest_miss(phrases: Sequence[Phrase]) -> str:
    """Why the formula that came closest to a default is not one, in words for the report ("" if none)."""
    for phrase in phrases:
        if not phrase.is_formula or not _clean(phrase) or not ordinary(phrase):
            continue
        if not any(fits(phrase, place) for place in PLACES):
            continue
        if phrase.groups < VETTED_GROUPS:
            return f"最接近的常用语句“{phrase.skeleton}”只有 {phrase.groups} 组来源共用"
        if not fillable(phrase):
            return f"最接近的常用语句“{phrase.skeleton}”中间有要自己填写的内容，不能直接套用"
    return ""


def jinja_text(phrase: Phrase, fields: dict[str, dict[str, Any]], declared: set[str]) -> str:
    """The phrase as Jinja text: each typed slot printed from a field (added to ``fields`` when new).

    A new slot field is always optional: a slot typed by too few agreeing values must never make the
    user fill in a field they do not understand. The sentence is written only where each of its slots is filled:
    one left empty printed the sentence with a hole (确保第阶段取得实效。, 请于前报送。), exit 0 and no word.
    """
    out = []
    used: set[str] = set()
    for kind, value in phrase.parts:
        if kind == "text":
            out.append(template_literal(value))
            continue
        names = _SLOT_FIELDS.get(value, ())
        name = next((n for n in names if n in declared or n in fields), names[-1] if names else "")
        if not name:
            out.append("")
            continue
        if name in used:  # two dates in one sentence are two fields: 日期, 日期2
            name = next(f"{name}{n}" for n in range(2, 10) if f"{name}{n}" not in used)
        used.add(name)
        if name not in declared and name not in fields:
            spec = dict(_NEW_FIELDS.get(name.rstrip("23456789"), {"type": "text", "description": value, "example": ""}))
            spec.update(required=False, starter=False)
            spec["description"] = f"常用语句“{phrase.skeleton}”里的{spec['description']}"
            fields[name] = spec
        kind_of = fields.get(name, {}).get("type") if name in fields else None
        date_like = kind_of in ("date", "meeting_time") or name in ("会议时间", "会议日期", "成文日期", "日期")
        out.append(
            "{{ (" + name + " | 日期) if " + name + " else '' }}"
            if date_like and value != "日期时间"
            else "{{ " + name + " or '' }}"
        )
    if not used:
        return "".join(out)
    return "{% if " + " and ".join(sorted(used)) + " %}" + "".join(out) + "{% endif +%}"
