"""One record per genre (文种): its slug, Chinese names, title words, body cues, signature and sections.

Slugs are lower case with underscores (``meeting_notice``), the labels of corpus/LABELS.md; a slug
written with hyphens (``meeting-notice``) means the same genre. Mining recognises the genres marked
``mined``; the others are named here so that layout and templates share their words already.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from msgspec import Struct

if TYPE_CHECKING:
    from ..patterns import LazyPattern


class Genre(Struct, frozen=True):
    slug: str
    name: str  # how reports and messages name it
    aliases: tuple[str, ...] = ()  # other names people write for it (文种: 纪要)
    title_words: tuple[str, ...] = ()  # words that name it in a title; the word nearest the title's end wins
    title_tails: tuple[str, ...] = ()  # how its titles end (……的通知): a good place to break a long title
    body_cues: tuple[tuple[str, float], ...] = ()  # regular expressions typical of its body, with weights
    signed: bool = True  # ends with 署名 and 成文日期 (a 纪要 and a speech do not)
    sections: tuple[str, ...] = ()  # its usual section types, in their usual order
    mined: bool = True  # recognised by ``parse``/``mine``

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


GENRES: tuple[Genre, ...] = (
    Genre(
        "summary",
        "工作总结",
        aliases=("总结", "工作汇报", "述职报告", "年度总结"),
        title_words=("总结", "汇报", "述职", "小结", "工作报告"),
        title_tails=("工作总结",),
        body_cues=(
            (
                r"一年来|半年来|今年以来|过去的一年|回顾|总结如下|取得了?(一定的|显著|明显)?(成绩|成效|进展)|完成了|"
                r"存在(的)?(问题|不足)|不足之处|下(一)?步|今后|打算|截至|累计|圆满",
                1.0,
            ),
            (r"了[，。,]", 0.3),
        ),
        sections=("overview", "practices", "experience", "problems", "next_steps"),
    ),
    Genre(
        "meeting_notice",
        "会议通知",
        aliases=("开会通知",),
        title_words=("会议通知", "开会通知"),
        title_tails=("的通知",),
        body_cues=((r"会议时间|会议地点|参会人员|参加(会议)?人员|报到(时间|地点)|请.{0,20}(准时|按时)参加|回执", 2.0),),
        sections=("meeting_info", "safeguards", "contact"),
    ),
    Genre(
        "meeting_report",
        "会议报道/纪要",
        aliases=("会议纪要", "纪要", "会议报道", "会议简报"),
        title_words=("纪要", "简报", "会议记录"),
        title_tails=("纪要",),
        body_cues=(
            (
                r"会议(指出|强调|要求|认为|决定|传达|听取|审议|由.{1,12}主持)|与会(人员|同志|者)?|出席(会议|了)|召开了.{0,20}会",
                1.5,
            ),
        ),
        signed=False,
        sections=("topical",),
    ),
    Genre(
        "notice",
        "通知",  # 通报 is a genre of its own (bulletin); LABELS.md's notice label also covers it
        title_words=("通知", "通报", "通告", "公告", "决定"),
        title_tails=("的通知",),
        body_cues=((r"特此通知|现将.{0,30}通知如下|请(认真)?遵照执行|印发给你们|请结合实际", 2.0),),
        sections=("topical",),
    ),
    Genre(
        "plan",
        "方案/计划",
        aliases=("实施方案", "工作方案", "工作计划", "方案", "计划", "工作要点"),
        title_words=("方案", "计划", "要点", "规划", "实施意见", "指导意见", "意见", "工作安排"),
        title_tails=("实施方案", "工作方案", "工作计划"),
        body_cues=(
            (
                r"指导思想|工作目标|目标任务|主要任务|实施步骤|保障措施|组织领导|工作要求|阶段[(（]|各(单位|部门)要|要(认真|切实|进一步)",
                1.0,
            ),
        ),
        sections=("guiding_ideology", "objectives", "tasks", "steps", "safeguards"),
    ),
    Genre(
        "speech",
        "讲话/发言",
        aliases=("讲话稿", "讲话", "发言稿", "致辞"),
        title_words=("讲话", "致辞", "发言", "讲稿", "演讲", "会议上", "大会上", "会上的"),
        title_tails=("的讲话",),
        body_cues=((r"同志们|各位(领导|代表|来宾|专家|同事)|大家好|谢谢大家|尊敬的|我(讲|谈)|讲几点|几点意见", 1.5),),
        signed=False,
        sections=("topical",),
    ),
    Genre("other", "其他", sections=()),
    # Statutory genres (《党政机关公文处理工作条例》第八条) with a template of their own. ``parse`` keeps
    # the labels of corpus/LABELS.md as a document's genre and names these as its ``doc_type`` (the
    # 文种 its title ends with); ``mine`` counts such documents under them too (``mining_genres``).
    Genre("request", "请示", title_words=("请示",), title_tails=("的请示",), mined=False),
    Genre("report", "报告", title_words=("报告",), title_tails=("的报告",), mined=False),
    Genre("letter", "函", aliases=("复函",), title_words=("复函", "函"), title_tails=("的函", "的复函"), mined=False),
    Genre("reply", "批复", title_words=("批复",), title_tails=("的批复",), mined=False),
    Genre("bulletin", "通报", title_words=("通报",), title_tails=("的通报",), mined=False),
    Genre("opinion", "意见", title_words=("实施意见", "指导意见", "意见"), title_tails=("的意见",), mined=False),
    Genre("decision", "决定", title_words=("决定",), title_tails=("的决定",), mined=False),
    # A 通告 is posted or published for the public to observe (a road closed, a 禁渔期): no 主送机关, usually no 版记,
    # a number of its own (第3号) or an ordinary 文号.
    Genre("announcement", "通告", title_words=("通告",), title_tails=("的通告",), mined=False),
    # A 公告 announces important or statutory matters to the public at home and abroad: a 文种 of its own (条例
    # 第八条), drafted by the built-in 通告 (文种名: 公告). A unit's 公告 and its 通告 are different series, so
    # mining leaves a 公告 with 其他 rather than teach the 通告 template with it (``mine.memberships``).
    Genre("public_notice", "公告", title_words=("公告",), title_tails=("的公告",), mined=False),
    # A 简报 (工作简报, 政务信息) is an internal periodical, no statutory 文种: its issues carry a 期号 and no 署名.
    # Mining counts an issue that reports a meeting as a meeting_report (classify); the built-in is its own.
    Genre("briefing", "简报", aliases=("工作简报", "政务信息", "信息简报"), signed=False, mined=False),
)

MINED_GENRES: tuple[Genre, ...] = tuple(g for g in GENRES if g.mined)
OTHER = next(g for g in GENRES if g.slug == "other")
_BY_SLUG = {g.slug: g for g in GENRES}


def slug(text: str) -> str:
    """The one spelling of a slug: lower case, underscores (meeting-notice → meeting_notice)."""
    return text.strip().lower().replace("-", "_").replace(" ", "_")


def genre_by_slug(text: str) -> Genre:
    """The genre of a slug in either spelling; KeyError for an unknown slug."""
    return _BY_SLUG[slug(text)]


def find_genre(text: str) -> Genre | None:
    """A genre by slug, Chinese name or alias (工作总结, 纪要, meeting-notice); None when none matches."""
    key = text.strip()
    found = _BY_SLUG.get(slug(key))
    if found is not None:
        return found
    return next((g for g in GENRES if key in g.names), None)


@lru_cache(maxsize=1)
def title_words() -> tuple[tuple[str, str], ...]:
    """(word, slug) of every mined genre, longest word first.

    A title names the genre of the word that ends nearest its end; of two words ending at the
    same place the longer one (会议通知 over 通知) wins, which longest-first order gives by itself.
    """
    pairs = [(word, g.slug) for g in MINED_GENRES for word in g.title_words]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


# The statutory 文种 a title can end with, and the slug it names (通知 is the ordinary notice).
_STATUTORY = (
    "notice",
    "request",
    "report",
    "letter",
    "reply",
    "bulletin",
    "opinion",
    "decision",
    "announcement",
    "public_notice",
)
# Those that number themselves under their title (（2025年第3号）) as well as or instead of a 发文字号.
NUMBERED_UNDER_TITLE = ("announcement", "public_notice")
# Those whose documents ``mine`` groups under their own template rather than under their label.
OWN_TEMPLATES = ("request", "report", "letter", "reply", "bulletin", "opinion", "announcement")


@lru_cache(maxsize=1)
def _type_ending() -> LazyPattern:
    from ..patterns import lazy

    # The ordinary notice's record also names 通报, 通告 … (labels of LABELS.md); as a 文种 it is 通知.
    own = {"notice": ("通知",)}
    pairs = [(word, g.slug) for g in GENRES if g.slug in _STATUTORY for word in own.get(g.slug, g.title_words)]
    words = sorted(pairs, key=lambda pair: -len(pair[0]))
    alternatives = "|".join(f"(?P<{slug}_{index}>{word})" for index, (word, slug) in enumerate(words))
    # The word must end the title, but for a number or note in brackets: ……的通知（第50号）.
    return lazy(rf"(?:{alternatives})(?:[（(][^（）()]{{0,20}}[）)])*[。.]?\s*$")


def doc_type(title: str) -> str:
    """The statutory 文种 a title ends with (……的请示 → request, ……的复函 → letter); "" when none."""
    found = _type_ending().search(title.strip())
    if found is None or found.lastgroup is None:
        return ""
    slug_: str = found.lastgroup.rsplit("_", 1)[0]
    return slug_


# The kinds of a 通报 (the built-in bulletin's 类别) by the words its title uses: a 表扬通报 commends, a 批评通报
# criticises (处分, 违规, 违纪), a 情况通报 passes on how things stand. The first that names it wins.
_BULLETIN_KINDS = (("表扬", ("表扬", "表彰")), ("批评", ("批评", "处分", "违规", "违纪", "违反")), ("情况", ("情况",)))


def bulletin_kind(title: str) -> str:
    """表扬, 批评 or 情况 for a 通报's title; "" when its words do not say."""
    return next((kind for kind, words in _BULLETIN_KINDS if any(word in title for word in words)), "")


def mining_genres(genre: str, named: str) -> tuple[str, ...]:
    """The genres ``mine`` counts a document in: its label (what the document is: a summary stays a
    summary to the office worker even when its title says 报告), and also its 文种 (``named``, from
    ``doc_type``) when that has a template of its own (a 请示, a 报告, a 函 …), so that the unit's 报告
    teach the 报告 template and its summaries, however titled, the summary template."""
    if named in _ON_ITS_OWN:
        return (named,)
    return (genre, named) if named in OWN_TEMPLATES and named != genre else (genre,)


# 文种 whose documents teach their own template only, whatever their label: a 通告 speaks to the public (no 主送, a
# number series of its own, 现将有关事项通告如下：); counted with the notices (as it was when parse labelled it one), it
# diluted the notices' 主送机关 and 文号 and lent them its sentences.
_ON_ITS_OWN = ("announcement",)


@lru_cache(maxsize=1)
def title_tails() -> tuple[str, ...]:
    """Every genre's title endings (……的通知, ……实施方案), each once."""
    return tuple(dict.fromkeys(tail for g in GENRES for tail in g.title_tails))
