"""Fixed wording that 公文 bodies of every genre share.

承启语 (transition): the sentence that closes the 导语 and leads into the items — 现将有关事项通知如下：
(通知), 现将……报告如下 (报告), 现将会议议定事项纪要如下 (纪要), 经研究，批复如下 (批复). It is the last sentence of
the opening paragraph, never a heading, however short the paragraph is.
"""

from __future__ import annotations

from ..patterns import lazy

# The last words of a lead-in to a list below it (……的主要成绩如下：, ……的计划有：); asked of stripped lines,
# so endswith is the search for (如下|以下|有)[:：]$.
AS_FOLLOWS_ENDINGS = ("如下:", "如下：", "以下:", "以下：", "有:", "有：")
# How a sentence leading into what follows ends before its colon (特通知如下, 现将有关情况报告如下): it ends with “：”.
AS_FOLLOWS_WORDS = ("如下", "如次")

# 现将/特将/兹将 … 如下, or a decision reached 经(……)研究 … 如下 (asked of the line without its colon).
TRANSITION = lazy(r"(?:[现特兹]将|经.{0,16}研究).{0,60}如[下次]$")


def is_transition(text: str) -> bool:
    """Whether a line ends with a 承启语 (asked only of lines ending as one does)."""
    stripped = text.strip().rstrip(":：")
    return stripped.endswith(("如下", "如次")) and TRANSITION.search(stripped) is not None


# The sentence a notice issuing or forwarding a document opens on (现将《……》印发给你们，请结合实际认真组织实施。):
# the built-in writes it from 印发文件 and 贯彻要求, and no part of it opens a notice of any other kind.
ISSUING_SENTENCE = lazy(r"(?:印发|转发)(?:给)?你们")


# How a clerk's own opening may end on its transition (……现就有关工作通知如下, ……特提出如下要求): a mined
# template's opening then takes no second one, only the colon the transition ends on.
OWN_TRANSITION_ENDS = ("如下", "如次", "如下要求", "以下要求", "如下意见", "以下意见", "几点要求", "几点意见")

# What a clerk writes for "none" in a field that may be left out (抄送: 无, 结尾: 无): drafting leaves the field
# out and a mined template its default closing. 否 is the word of the 是/否 fields beside them (特此通知: 否),
# and a clerk ends a word with a full stop by habit (无。): each reader strips its own end marks first. 暂无 is
# the forms' word for none yet (抄送: 暂无 printed 抄送：暂无。 in the 版记).
NONE_WORDS = ("无", "不要", "不写", "没有", "否", "不用", "不需要", "暂无")

# Round a word of NONE_WORDS, the quotation marks or brackets a clerk copies from the help text (结尾: “不要”,
# 抄送: （无）); alone, a table's mark for a cell that has nothing (抄送: / in a sheet row). Printed as written, the
# 版记 read 抄送：“无”。 and a plan ended on a paragraph “不要”.
_NONE_WRAPS = ("“”", '""', "‘’", "''", "「」", "『』", "()", "（）", "【】", "〔〕", "[]")
_NONE_MARKS = frozenset({"/", "／", "\\", "-", "－", "—", "——", "–"})
_NONE_ENDS = "。.；;，,！!"


def none_word(text: str) -> str:
    """The word of NONE_WORDS a value says, its end marks, spaces and wrapping quotes or brackets taken off
    (a table's empty mark / reads 无); "" when it says something else."""
    word = text.strip().rstrip(_NONE_ENDS).strip()
    for _ in range(2):  # （“无”）
        if len(word) > 2 and word[0] + word[-1] in _NONE_WRAPS:
            word = word[1:-1].strip().rstrip(_NONE_ENDS).strip()
    if word in _NONE_MARKS:
        return "无"
    return word if word in NONE_WORDS else ""


# How a 复函 closes (特此函复。 此复。), told apart from a 去函's closing (特此函告。 请予函复。 盼复。) by its words.
REPLY_CLOSING = lazy(r"^(特此函复|专此函复|特此复函|此复)[。.]?$")
# How a 去函 closes, as a line of its own: it tells (特此函告。), asks for an answer (请予函复。 请研究函复。 盼复。) or
# for help (请予支持为盼。 请予协助。).
LETTER_CLOSING = lazy(
    r"^(特此函[告达]|请?(予以?|即)?(研究)?(函复|复函|回复)|[盼望]复"
    r"|请予以?(支持|协助|配合|帮助|研究)(和(支持|协助|配合))?(为盼|是荷|为荷)?)[。.]?$"
)


# The period that numbers a standing meeting's sittings (2025年第3次局务会议, 第五次校务会议, 2025年度第2次…):
# it belongs to the 纪要's 期号 or its 会议概况, not to the 纪要标志 every sitting's 纪要 shares.
# A school numbers them within its year and term too (2026-2027学年第一学期第2次教师会议, 2026年秋季学期第3次行政会).
_SITTING = lazy(
    r"^(?:\d{4}(?:\s*[-—－–~～至]\s*\d{4})?(?:年度?|学年度?)?)?"
    r"(?:(?:第[一二12]|上|下|春季|秋季|春|秋)学期)?(?:第[0-9一二三四五六七八九十百〇零两]+次)?"
)
# The same after the body that meets (局党组2025年第9次会议, as a 党组's 纪要 are titled): the mark read
# ……局党组2025年第9次会议纪要, a sitting's number in the mark every sitting shares (ux26 walk).
_SITTING_WITHIN = lazy(r"(?:\d{4}年度?)?第[0-9一二三四五六七八九十百〇零两]+次(?=(?:会议|会)$)")
# A unit's own party group or committee named by the unit's last character (局党组, 委党委): the unit's, once.
_OWN_PARTY = ("党组", "党委")


def minutes_mark(unit: str, meeting: str) -> str:
    """The 纪要标志 (GB/T 9704 §10.3: ×××××纪要) of a 纪要 of ``meeting`` held by ``unit``: the unit's name and
    the standing meeting's (澜州市卫生健康委员会 + 主任办公会议 → 澜州市卫生健康委员会主任办公会议纪要), the
    sitting's number taken off. A conference of a whole area (全市安全生产工作会议) names its own 纪要; a name
    that is no meeting's (a topic) gives the plain (单位)会议纪要. A clerk left the mark out and got
    ……委员会会议纪要 where the unit's 纪要 name the meeting (ux24 walk)."""
    name = _SITTING.sub("", meeting.strip(), count=1).strip()
    name = _SITTING_WITHIN.sub("", name, count=1).strip()
    if unit and name.startswith(unit):
        name = name[len(unit) :]
    if unit and name[:1] == unit[-1:] and name[1:3] in _OWN_PARTY:
        name = name[1:]  # 澜川县卫生健康局 + 局党组会议: 澜川县卫生健康局党组会议, not ……局局党组会议
    if not name.endswith(("会议", "会")) or name == "会议":
        return unit + "会议纪要"
    return (name if name.startswith("全") else unit + name) + "纪要"
