"""Chinese writing conventions as pure functions: numerals, lists, punctuation, character classes.

Dates, 文号 and the other marks of a 公文 are in ``drafter.gongwen``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .patterns import lazy

DIGITS = "零一二三四五六七八九"
# Digits typed in full-width mode (２０２５), as ``str.translate`` reads them back to the ones every pattern expects.
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# Han characters (CJK Unified Ideographs, Extension A and the compatibility block), as the body of a
# regular-expression character class: the one answer to “is this a Chinese character?”.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = lazy(f"[{HAN_CLASS}]")


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (for numbering and counts)."""
    if number < 0:
        raise ValueError("negative numbers have no numeral here")
    if number < 10:
        return DIGITS[number]
    if number < 20:
        return "十" + (DIGITS[number - 10] if number > 10 else "")
    if number < 100:
        tens, ones = divmod(number, 10)
        return DIGITS[tens] + "十" + (DIGITS[ones] if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + DIGITS[rest]
        elif rest < 20:
            tail = "一" + chinese_numeral(rest)
        else:
            tail = chinese_numeral(rest)
        return DIGITS[hundreds] + "百" + tail
    return str(number)


def parse_chinese_numeral(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when text is not such a numeral."""
    if not text or any(ch not in "零〇一二两三四五六七八九十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in "零〇":
            current = 0
        else:
            current = "一二三四五六七八九".index(ch) + 1 if ch != "两" else 2
    return total + current


def join_list(items: Sequence[str], last: str = "和", sep: str = "、") -> str:
    """['甲', '乙', '丙'] → 甲、乙和丙."""
    clean = [str(item).strip() for item in items if str(item).strip()]
    if len(clean) <= 1:
        return "".join(clean)
    return sep.join(clean[:-1]) + last + clean[-1]


_END_PUNCT = "。；;，,、.！!？?"


def enumerate_points(items: Sequence[str], style: str = "是") -> str:
    """['a', 'b'] → 一是a；二是b。 (style "是") or 第一，a；第二，b。 (style "第")."""
    clean = [str(item).strip().rstrip(_END_PUNCT) for item in items if str(item).strip()]
    parts = []
    for index, item in enumerate(clean, 1):
        numeral = chinese_numeral(index)
        parts.append(f"第{numeral}，{item}" if style == "第" else f"{numeral}是{item}")
    return "；".join(parts) + ("。" if parts else "")


_CJK = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


# A Latin letter, looked for among a line's ASCII characters (the line encoded to ASCII, the rest dropped, in one pass
# in C): re testing a class at every character of a long line of Chinese cost five times as much.
_LATIN_ASCII = re.compile(rb"[A-Za-z]")
_HALF_MARK = lazy(r"[,;:?!]")
_HALF_PARENS = lazy(rf"\(([^()]*{_CJK}[^()]*)\)")


_CJK_MARK = r"[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]"
_QUOTES = "“”‘’"


def _chinese(ch: str) -> bool:
    """The characters of ``_CJK``, tested without compiling its ranges."""
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or ch in _QUOTES
    )


def _mark(ch: str) -> bool:
    """The characters of ``_CJK_MARK``."""
    code = ord(ch)
    return 0x3001 <= code <= 0x303F or 0xFF01 <= code <= 0xFF0F or 0xFF1A <= code <= 0xFF20 or ch in _QUOTES


def close_chinese_gaps(text: str) -> str:
    """Remove spaces between two Chinese characters or marks (a YAML ``>`` block folds lines with one).

    Spaces next to Latin letters or digits stay: ``CnPack 开发组``. A run of spaces goes when it sits
    between two Chinese characters, or after or before a Chinese mark. (A scan rather than a regular
    expression: compiling the Chinese ranges took longer than drafting a document's facts.)
    """
    if " " not in text and "\t" not in text:
        return text
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        if text[index] not in " \t":
            out.append(text[index])
            index += 1
            continue
        end = index
        while end < length and text[end] in " \t":
            end += 1
        before = text[index - 1] if index else ""
        after = text[end] if end < length else ""
        between = bool(before and after and _chinese(before) and _chinese(after))
        if not (between or (before and _mark(before)) or (after and _mark(after))):
            out.append(text[index:end])
        index = end
    return "".join(out)


def fullwidth_punctuation(text: str) -> str:
    """Turn half-width , ; : ? ! ( ) next to Chinese text into their full-width forms.

    Colons between digits (9:00) and punctuation inside Latin text are left alone.
    """
    if not ("," in text or ";" in text or ":" in text or "?" in text or "!" in text or "(" in text):
        return text  # (six scans in C, not a generator's six steps: asked of every line mining reads)
    if not _LATIN_ASCII.search(text.encode("ascii", "ignore")):
        # Chinese with digits only: every , ; ? ! is full-width; colons and brackets still need a look.
        for half in ",;?!":
            if half in text:  # str.replace, not translate: translate looks every character up in a dict
                text = text.replace(half, _HALF_TO_FULL[half])
        if ":" not in text and "(" not in text:
            return text
    text = _full_marks(text)
    return _HALF_PARENS.sub(lambda match: f"（{match.group(1)}）", text) if "(" in text else text


def drafted_punctuation(text: str) -> str:
    """The half-width , ; : ? ! and ( ) a clerk typed beside Chinese (an input method left in English punctuation),
    in the full-width forms a 公文 prints: 关于做好校舍,食堂安全工作的通知 went out with its comma half-width, and
    抄送：县委办,县财政局。 too. Marks between digits (1,200万元, 9:00) and inside Latin text (www.x.cn?a=1) stay."""
    if not ("," in text or ";" in text or ":" in text or "?" in text or "!" in text or "(" in text):
        return text
    if "::" in text or "&" in text:
        # Markup's own mark written out literally (\\::) and an HTML entity (&lt;) are no marks of a sentence.
        parts = _NOT_A_SENTENCE_MARK.split(text)
        text = "".join(part if n % 2 else _full_marks(part) for n, part in enumerate(parts))
    else:
        text = _full_marks(text)
    text = _SPACE_AFTER_MARK.sub("", text)
    return _HALF_PARENS.sub(lambda match: f"（{match.group(1)}）", text) if "(" in text else text


_NOT_A_SENTENCE_MARK = lazy(r"(::|&#?[A-Za-z0-9]+;)")
# The space typed after a comma before the next name (县委办, 县财政局) goes with the comma.
_SPACE_AFTER_MARK = lazy(rf"(?<=[，；：？！]) +(?={_CJK})")


def _full_marks(text: str) -> str:
    """, ; : ? ! after a Chinese character or mark, or before one (a colon not after a digit: 9:00).

    Each half-width mark is looked at where it stands (a regular expression with look-arounds tried
    them at every position of the text, the slowest step of reading a corpus).
    """
    out: list[str] = []
    last = 0
    end = len(text)
    for match in _HALF_MARK.finditer(text):
        at = match.start()
        half = text[at]
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < end else ""
        if (before and _chinese(before)) or (
            after and _chinese(after) and (half != ":" or not (before and before.isdecimal()))
        ):
            out.append(text[last:at])
            out.append(_HALF_TO_FULL[half])
            last = at + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def han_share(text: str) -> float:
    """The share of Han characters among the non-space characters of ``text`` (0 for empty text)."""
    counted = len(text) - text.count(" ")
    return len(HAN.findall(text)) / counted if counted else 0.0


# Characters set a full em wide: CJK blocks, full-width forms, and the quotes and dashes Chinese text
# sets at full width. Code point ranges rather than a regex: a character class this wide takes
# milliseconds to compile, a noticeable share of a one-shot ``drafter draft``.
_WIDE_RANGES = ((0x3000, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
_WIDE_MARKS = frozenset("“”‘’—…")


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _WIDE_RANGES) or ch in _WIDE_MARKS


def display_width(text: str) -> float:
    """Width in em of one Chinese character: CJK 1, Latin letters and digits about a half."""
    if text.isascii():
        return len(text) / 2
    wide = 0
    for ch in text:
        # Most characters are Han: compared as strings, they need no call (a quarter of the time).
        if "\u3000" <= ch <= "\u9fff" or ((ch > "\u9fff" or ch in _WIDE_MARKS) and is_cjk(ch)):
            wide += 1
    return (len(text) + wide) / 2


# Traditional forms of the characters that field names, aliases and genre names are written with (and a
# few more of everyday office words), for the did-you-mean hints only: a key typed with a traditional
# input method (發文機關) is pointed at its simplified name (发文机关) instead of a list of every key.
_TRADITIONAL = str.maketrans(
    dict(
        zip(
            "會體關內決況則別務動單發號後員場處複復頭實對導開徹總執揚報據時標匯彙電種稱簽類紀組織經結績編緣聯節見議講評話語請謂貫跡蹟進過轉門問間階項領題驗驟級紅緊係繫機來書錄與為義劃計訂認記幾價變東覽圖範屬違規證備註負責審閱傳達屆獎懲擬這裡裏臨",
            "会体关内决况则别务动单发号后员场处复复头实对导开彻总执扬报据时标汇汇电种称签类纪组织经结绩编缘联节见议讲评话语请谓贯迹迹进过转门问间阶项领题验骤级红紧系系机来书录与为义划计订认记几价变东览图范属违规证备注负责审阅传达届奖惩拟这里里临",
            strict=True,
        )
    )
)


def simplified(text: str) -> str:
    """``text`` with the traditional characters of :data:`_TRADITIONAL` written simplified."""
    return text.translate(_TRADITIONAL)


# Spellings of genre names that are neither simplified nor traditional, yet typed for them: 覆 for 复
# (批覆, 覆函, 答覆报告: the spelling before 1986, still common), 记要 for 纪要; and a name typed with
# full-width letters or spaces between its characters (会议 通知).
_VARIANTS = (("覆", "复"), ("记要", "纪要"))


def plain_spelling(text: str) -> str:
    """``text`` simplified, in half-width forms, without spaces and with the variants above written as
    the name is: for did-you-mean hints of names, never to change what a user wrote."""
    import unicodedata

    plain = "".join(simplified(unicodedata.normalize("NFKC", text)).split())
    for variant, standard in _VARIANTS:
        plain = plain.replace(variant, standard)
    return plain


# A short word set with spaces between its characters, as offices print a title or a heading of one word (通　　知,
# 会 议 纪 要, 第一章　总　则), a bracketed note after it kept (通　　告（2025年第3号）).
_LETTER_SPACED = lazy(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5}(?=[（(]|$)")
_SPACES = lazy(r"\s+")


def unspaced(text: str) -> str:
    """A letter-spaced word as its word (通　　知 → 通知, 总　则 → 总则): read with its spaces a title named no genre
    and ran on into the lines below (ux22 walk: 鹭汀县公安局通  知), and a heading said 总 则."""
    if " " not in text and "\u3000" not in text:
        return text
    spaced = _LETTER_SPACED.match(text)
    return _SPACES.sub("", spaced.group()) + text[spaced.end() :] if spaced else text
