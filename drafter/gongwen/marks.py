"""The marks of a 公文's head and the yes/no words: one grammar each, for validation and mining alike.

发文字号 (§7.2.5): 机关代字〔年份〕序号号 — full year, 六角括号, no 第, no leading zeros.
份号 (§7.2.1): six Arabic digits. 密级 (§7.2.2): 绝密/机密/秘密, optionally ★ and a term (机密★3年).
紧急程度 (§7.2.3): 特急/加急 (特提/平急 are the telegram grades, accepted as written).
"""

from __future__ import annotations

import re
import unicodedata

from msgspec import Struct

from ..chinese import FULLWIDTH_DIGITS, parse_chinese_numeral
from ..patterns import lazy

# --- 发文字号 ---------------------------------------------------------------------------------------

# Brackets people type for 〔〕, all read as the 六角括号 the standard prints.
BRACKET_OPEN = "〔[［(（【"
BRACKET_CLOSE = "〕]］)）】"
_OPEN = f"[{re.escape(BRACKET_OPEN)}]"
_CLOSE = f"[{re.escape(BRACKET_CLOSE)}]"
_YEAR_AND_NUMBER = rf"{_OPEN}(?P<year>\d{{4}}){_CLOSE}\s*第?\s*0*(?P<number>[1-9]\d*)\s*号"
# The bracketed year every 发文字号 holds (〔2025〕): a text without it holds none, so mining asks the
# patterns above only of a text this finds (their leading 代字 makes a search try every character).
YEAR_IN_BRACKETS = lazy(rf"{_OPEN}\d{{4}}{_CLOSE}")
# A whole field or line that is a 发文字号 (the 机关代字 is anything without spaces).
DOC_NUMBER = lazy(rf"^(?P<code>\S+?)\s*{_YEAR_AND_NUMBER}$")
# A 发文字号 quoted inside running text (青教〔2025〕3号); its 代字 is made of Han characters and letters.
DOC_NUMBER_IN_TEXT = lazy(rf"(?P<code>[\u4e00-\u9fa5A-Za-z]{{1,10}})\s*{_YEAR_AND_NUMBER}")


class DocNumber(Struct, frozen=True):
    code: str  # 机关代字
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.code}〔{self.year}〕{self.number}号"


# A 发文字号 typed in full-width mode (青教〔２０２５〕５号: its 序号 was no [1-9]) or with the small-form brackets
# some input methods offer for 〔〕 (﹝2025﹞): refused as 发文字号格式不对 though read at once by its reader.
_TYPED = str.maketrans("０１２３４５６７８９﹝﹞", "0123456789〔〕")


def parse_doc_number(text: str) -> DocNumber | None:
    """A 发文字号 in any common spelling (X教[2025]第03号), or None when the text is not one."""
    match = DOC_NUMBER.match(_without_thousands(text.strip().translate(_TYPED)))  # (青教〔2025〕1,009号 too)
    if not match:
        return None
    return DocNumber(match.group("code"), int(match.group("year")), int(match.group("number")))


# A 发文字号 as a hurried clerk types it, its year not in brackets (岚卫2025-12号, 岚卫2025年12号) or its 号
# left off (岚卫〔2025〕12): refused as 格式不对 with only a made-up example, the clerk's own number unshown.
_LOOSE_DOC_NUMBER = lazy(
    rf"^(?P<code>[^\s\d{re.escape(BRACKET_OPEN)}]+?)\s*{_OPEN}?\s*(?P<year>(?:19|20)\d{{2}})\s*{_CLOSE}?"
    r"\s*(?:[-－—–_/.、]|年)?\s*第?\s*0*(?P<number>[1-9]\d{0,4})\s*号?$"
)


def likely_doc_number(text: str) -> DocNumber | None:
    """The 发文字号 a text not written as one most likely means (岚卫2025-12号 → 岚卫〔2025〕12号), or None."""
    match = _LOOSE_DOC_NUMBER.match(_without_thousands(text.strip().translate(_TYPED)))
    if not match:
        return None
    return DocNumber(match.group("code"), int(match.group("year")), int(match.group("number")))


# A line of a 版头 that is a 发文字号, possibly followed by its 签发人 (上行文, §7.2.6), or by the last of several
# signers' names where they run to more lines than one (签发人：王明远 李国华 | 青教〔2025〕15号 张卫东: the number
# stands level with the last line of names). Read more loosely than the field: a copied page may have lost the
# 代字 (〔2025〕3号 alone), and up to 40 characters without a space or a sentence's comma or stop before the bracket
# keep a sentence that quotes a 文号 out.
DOC_NUMBER_LINE = lazy(
    rf"^[^\s，。]{{0,40}}\s*{_YEAR_AND_NUMBER}(?:\s+签发人.*|(?:\s+[\u4e00-\u9fff·]{{2,5}}){{1,3}})?$"
)


def is_doc_number_line(text: str) -> bool:
    """A line of a 版头 that is a 发文字号 (``DOC_NUMBER_LINE``)."""
    return DOC_NUMBER_LINE.match(text.strip()) is not None


# A 通告's or 公告's own number on the line under its title, in brackets or not: （2025年第3号）, （第3号）, 第 3 号.
_ANNOUNCEMENT_NUMBER = lazy(r"^[（(]?\s*(?:(?P<year>\d{4})\s*年\s*)?第\s*0*[1-9]\d*\s*号\s*[）)]?$")


def announcement_number_format(text: str) -> str | None:
    """The form of a 通告's number line (``{年}年第{号}号`` or ``第{号}号``, as a 文号格式 writes a 发文字号's), or None
    when the line is no such number."""
    found = _ANNOUNCEMENT_NUMBER.match(text.strip())
    if found is None:
        return None
    return "{年}年第{号}号" if found.group("year") else "第{号}号"


# --- 份号, 密级, 紧急程度 ----------------------------------------------------------------------------------

COPY_NUMBER = lazy(r"^\d{6}$")  # as printed
# A number Excel showed with thousands separators (1,000 or 0,001), copied out as text.
_GROUPED_DIGITS = lazy(r"^\d{1,3}(?:[,，]\d{3})+$")


def parse_copy_number(text: str) -> str | None:
    """份号 printed with six digits (12 → 000012, 1,000 → 001000), or None when the text is not a number of up to
    six digits."""
    digits = text.strip().translate(FULLWIDTH_DIGITS)
    if _GROUPED_DIGITS.match(digits):
        digits = digits.replace(",", "").replace("，", "")
    return digits.zfill(6) if digits.isascii() and digits.isdigit() and len(digits) <= 6 else None


SECRECY_LEVELS = ("绝密", "机密", "秘密")
SECRECY = lazy(r"^(?P<level>绝密|机密|秘密)(?:\s*[★☆*＊]\s*(?P<term>\d+\s*年|\d+\s*个月|长期))?$")


def parse_secrecy(text: str) -> str | None:
    """密级和保密期限 as printed (机密 * 3 年 → 机密★3年), or None."""
    match = SECRECY.match(text.strip().translate(FULLWIDTH_DIGITS))
    if not match:
        return None
    term = re.sub(r"\s+", "", match.group("term") or "")
    digits = re.match(r"\d+", term)
    if digits:
        term = str(int(digits.group())) + term[digits.end() :]
    return match.group("level") + (f"★{term}" if term else "")


URGENCIES = ("特急", "加急")  # GB/T 9704 §7.2.3
TELEGRAM_URGENCIES = ("特提", "平急")  # the telegram grades, seen on forwarded 明电
URGENCY = lazy(f"^({'|'.join(URGENCIES + TELEGRAM_URGENCIES)})$")


def parse_urgency(text: str) -> str | None:
    stripped = text.strip()
    return stripped if URGENCY.match(stripped) else None


# The 版记's lists of receivers besides 抄送, in the order printed above it: a 简报 sends up with 报, across with
# 送 and down with 发 (its 报尾), a 纪要 distributes with 分送 (it has no 主送机关). Each prints as the 抄送 line
# does (§7.4.2): 分送：…。; the writer, the minutes template and mining read the labels from here.
DISTRIBUTION_LABELS = ("报", "送", "发", "分送")
# Every 版记 list of receivers: 抄送 and those above it, each a list of offices printed apart by commas.
RECEIVER_FIELDS = ("抄送", *DISTRIBUTION_LABELS)
# A 附注 (§7.3.6): one line in round brackets below the 成文日期, before the 版记 — （此件公开发布）,
# （联系人：……，电话：……）.
NOTE_LINE = lazy(r"^[（(][^（()）\n]{2,80}[）)]$")
# The 抄送 line of a 版记 (§7.4.2; 抄报 in older upward documents), its label and its list of names.
COPY_TO_LINE = lazy(r"^(?P<label>抄送|抄报)\s*[:：]\s*(?P<list>\S.*?)[。.]?$")
# One of those lines in a document's 版记 (分送：县委办公室，县政府办公室。), its label and its list of names.
DISTRIBUTION_LINE = lazy(r"^(?P<label>分送|报|送|发)\s*[:：]\s*(?P<list>\S.*?)[。.]?$")


# 期号 of a 简报 or 纪要 on its own line (§10.3 leaves its form to local practice): 第3期, 总第12期, 〔2025〕第3期.
# (（第3期） in brackets of its own under a 纪要's title, too)
_ISSUE = r"第\s*[\d一二三四五六七八九十百零〇]+\s*期"
ISSUE_NUMBER_LINE = lazy(
    # 第3期, 〔2025〕第3期, 2026年第3期, with the count since the first issue after it: 第5期（总第41期）
    rf"^[(（〔\[]?\s*(\d{{4}}\s*(?:[)）〕\]]|年)\s*)?(总\s*)?{_ISSUE}\s*(?:[(（]\s*总\s*{_ISSUE}\s*[)）])?\s*[)）]?$"
)
# The 期号 shapes the shipped segmenter was trained on (its feature "issue", and the heads read by the rules whose
# starts it learnt from: title_block as_trained): the count since the first issue and a year in 年 came later, read
# at parse time; the model keeps its inputs until it is trained again.
ISSUE_NUMBER_AS_TRAINED = lazy(rf"^[(（〔\[]?\s*(\d{{4}}\s*[)）〕\]]\s*)?(总\s*)?{_ISSUE}\s*[)）]?$")

# A 期号 that names no issue: an issue is counted from 第1期, so a zero, a number below it, a fraction or an exponent
# (0, 第0期, -3, 3.5, 1e3 — a sheet's cell, a number typed for another field) printed 第0期 or -3 under the 报头.
_NOT_AN_ISSUE = lazy(
    r"^第?\s*(?:[-−－]\s*\d+(?:[.．]\d+)?|\d+[.．]\d+|\d+(?:[.．]\d+)?[eE][-+]?\d+|[0０]+|[零〇])\s*期?$"
)


def issue_number_problem(text: str) -> str | None:
    """Why ``text`` cannot be a 期号 (一期的编号从第1期起), or None: 0, 第0期, -3, 3.5, 1e3."""
    if _NOT_AN_ISSUE.match(text.strip().translate(FULLWIDTH_DIGITS)) is None:
        return None
    return f"“{text.strip()}”不是一期的期号（一期一期从第1期起编）"


# A numeral of thousands (一千零一, 十万): parse_chinese_numeral reads up to 百 (mining's ordinals), and 期号: 十万
# was printed 十万 under the 报头, without the 第…期 a number gets.
_LARGE_NUMERAL = lazy(
    "[一二两三四五六七八九十][零〇一二两三四五六七八九十百]*[千万][零〇一二两三四五六七八九十百千万]*"
)


def _numeral(text: str) -> bool:
    return parse_chinese_numeral(text) is not None or _LARGE_NUMERAL.fullmatch(text) is not None


# A number set out in thousands (1,009, 1，009, 1 009: a sheet's number format, a clerk's habit from amounts): no
# issue is numbered so, and 期号: 1,009 printed 1,009 under the 报头 without its 第…期, 第1,009期 as typed.
_IN_THOUSANDS = lazy(r"(?<![\d.,，])\d{1,3}(?:[,， \u3000]\d{3})+(?![\d.])")


def _without_thousands(text: str) -> str:
    """``text`` with a number set out in thousands written as one (第1,009期 → 第1009期)."""
    return _IN_THOUSANDS.sub(lambda number: re.sub(r"[,， \u3000]", "", number.group()), text)


def issue_number_text(value: object) -> str:
    """A 期号 as the 报头 prints it: a bare number is the issue's (5, ５ → 第5期; 五, 十万 → 第五期, 第十万期), anything
    else as written (第5期, 2025年第3期). Digits of another script (٣) are read as the number they are, not printed."""
    text = _without_thousands(str(value or "").strip().translate(FULLWIDTH_DIGITS))
    # 5期 and 第5 are the number with half of its frame: printed 5期 (第 missing from the 报头) and 第5
    number = text.removeprefix("第").removesuffix("期").strip()
    if number != text and (number.isdecimal() or _numeral(number)):
        text = number
    if text.isdecimal():
        return f"第{int(text)}期"
    if _numeral(text):
        return f"第{text}期"
    if len(text) == 1 and unicodedata.category(text) in ("No", "Nl") and (unicodedata.numeric(text, 0) or 0) >= 1:
        # ⑤ or Ⅴ (a numbered list's or a clock face's digit, pasted) is the issue's number: printed ⑤ under the 报头
        digit = unicodedata.numeric(text)
        if digit == int(digit):
            return f"第{int(digit)}期"
    return text


def total_issue_number_text(value: str) -> str:
    """A 简报's 总期号 as the 报头 prints it, in the brackets the template puts round it: 总第41期. A number alone (41, a
    sheet's number cell) printed 第6期（41）, and 第41期 or 41期 without the 总 that tells it from the 期号; typed in its
    own brackets ((总第41期)) it printed them twice, 第6期（（总第41期））. Anything else is kept as written."""
    text = _without_thousands(value.strip().translate(FULLWIDTH_DIGITS))
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)":
        text = text[1:-1].strip()
    number = text.removeprefix("总").removeprefix("第").removesuffix("期").strip()
    if (number.isdecimal() and number.isascii()) or _numeral(number):
        return f"总第{number}期"
    return text


# A page's number printed on its own line (GB/T 9704 §7.5: — 1 —; Word and PDF footers: 第1页 共3页, 1/3, Page 1):
# text taken from a printed or PDF copy carries one every page, mid-paragraph too; no line of a document.
PAGE_NUMBER_LINE = lazy(
    r"^(?:[—–\-－─]{1,2}\s*\d{1,4}\s*[—–\-－─]{1,2}"
    # 第1页，共3页, also between dashes as a converter sets it (— — 第 1 页 / 共 3 页 — —)
    r"|(?:[—–\-－─]\s*){0,2}第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?(?:\s*[—–\-－─]){0,2}"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
# How a PAGE_NUMBER_LINE can open (mining asks every line).
PAGE_NUMBER_FIRST = frozenset("—–-－─第Pp0123456789")

# A line of a 版头 above the title that is one of these marks (份号, 密级, 紧急程度).
HEAD_MARK_LINE = lazy(r"^(\d{6}|特急|加急|特提|平急|(绝密|机密|秘密)(\s*[★☆*＊]\s*\S{0,6})?)$")
# How a HEAD_MARK_LINE can open: a line that opens otherwise is none (mining asks every line).
HEAD_MARK_FIRST = frozenset("特加平绝机秘")  # or a digit

# --- 发文机关标志 (§7.2.4) -------------------------------------------------------------------------------

# The issuer's name (full or short) followed by 文件: a 红头 on its own line (青禾县教育局文件).
_ISSUER = r"[^\s，。：:；]{2,24}"
ISSUER_MARK_LINE = lazy(rf"^{_ISSUER}文件$")
# The same at the start of a head whose line breaks were lost, where the 发文字号 follows within a few
# characters (青禾县教育局文件青教〔2025〕3号): the mark is the shortest name before 文件.
ISSUER_MARK_AT_START = lazy(rf"^(?P<mark>{_ISSUER}文件)$|^(?P<flat>{_ISSUER}?文件)(?=[^\s]{{0,12}}{_OPEN}\d{{4}})")

# --- 发文机关署名 (§7.3.5) -------------------------------------------------------------------------------

# Words an organisation's name ends with: the shape of a 署名 line.
ORGANISATION_END = lazy(
    r"(局|委|委员会|办公室|办公厅|办|政府|人民政府|党委|党组|支部|总支|公司|集团|学校|中学|小学|幼儿园|学院|大学|"
    r"中心|医院|工会|团委|妇联|厅|处|科|所|站|院|部|组|会|镇|乡|村|社区|街道|协会|开发组|小组|"
    # 档案馆 图书馆 文化馆, 广播电视台 气象台, 消防救援大队, 供销合作社 报社 (not 台 or 队 alone: 平台, 团队);
    # 供销合作社联合社 (a county's 供销社 signs with its full name), 农村信用社, 杂志社
    r"馆|电视台|气象台|大队|支队|中队|总队|合作社|联合社|供销社|信用社|联社|报社|杂志社|出版社)$"
)

# A place's name alone (澜州市, 青禾县, 某某区): the 单位 of a city-wide plan's title, but no organ to sign it (a
# 超市 or 集市 is no place).
PLACE_NAME = lazy(r"^[\u4e00-\u9fff]{1,8}(?<!超)(?<!集)(?:省|市|县|区|自治区|自治州|自治县|州|盟|旗)$")

# --- 讲话稿 ---------------------------------------------------------------------------------------------

# The speaker's line under a speech's title: a post ending as posts do, a space, a name of two to four
# characters, perhaps in brackets (镇长　方立诚, 县人民政府副县长 李明, （总工会党组书记、常务副主席　邵远舟）).
SPEAKER_LINE = lazy(
    r"^[（(]?(?P<post>[\u4e00-\u9fff、]{0,24}(?:长|书记|主任|主席|委员|经理|部长|干事|代表|负责人|同志))"
    r"[\s\u3000]+(?P<name>[\u4e00-\u9fff]{2,4})[）)]?$"
)


# --- 主送机关 (§7.3.2) -----------------------------------------------------------------------------------

# A line that is only an addressee list: names, 、 and brackets, ending in a colon (县人民政府：, 各乡镇、各部门：).
ADDRESSEE_LINE = lazy(r"^[\u4e00-\u9fff、（）()]{2,28}[：:]$")


# Offices a spreadsheet cell or a one-line default sets apart by semicolons (县委办;县政府办;): the 版记 and the
# 主送 print them apart by commas, so each is its own office (nothing between two marks is no office).
_OFFICE_SEMICOLON = lazy("[；;]")


def offices_by_semicolons(text: str) -> list[str] | None:
    """The offices of ``text`` when it sets them apart by semicolons, else None."""
    if _OFFICE_SEMICOLON.search(text) is None:
        return None
    return [part.strip() for part in _OFFICE_SEMICOLON.split(text) if part.strip()]


# --- 附件说明 (§7.3.4) -----------------------------------------------------------------------------------

# How an attachment note opens: 附件 (or 附表), its number, a colon (附件：……方案, 附件2：……名单).
ATTACHMENT_NOTE_START = lazy(r"^(?:附件|附表)\s*\d*\s*[:：]")


# --- 纪要 (§10.3) ---------------------------------------------------------------------------------------

# The lines that close a 纪要 instead of a 署名: who attended, who was excused, who sat in (出席：……).
MINUTES_ATTENDANCE_LINE = lazy(r"^(出席|请假|列席|缺席)(人员|同志|领导)?\s*[:：]")
MINUTES_ATTENDANCE_OPENS = frozenset(("出席", "请假", "列席", "缺席"))  # how such a line opens (asked of every line)


# --- yes and no --------------------------------------------------------------------------------------

# One list for every place that reads 是/否: a facts field of type bool and the template directive
# ``::印章``. 无 (“无印章”) and 有 are the answers to “is there one?”, so 无 is no everywhere.
# A sheet's tick and cross (√ ×, as a WPS list marks yes and no) and the seal's own words (盖章, 不盖章) too: 印章: √
# was refused with 应当填“是”或“否”.
YES_WORDS = frozenset(
    {"是", "true", "yes", "y", "on", "1", "对", "有", "需要", "要", "加盖", "盖", "盖章", "加盖印章", "√", "✓", "✔"}
)
NO_WORDS = frozenset(
    {"否", "false", "no", "n", "off", "0", "错", "无", "不", "没有", "不需要", "不要", "不盖", "不盖章", "不加盖"}
    | {"×", "✗", "✘", "╳"}
)


def parse_yes_no(text: str) -> bool | None:
    """True for a yes word, False for a no word, None for anything else (so the caller can say so)."""
    word = text.strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None
