"""Recognising a document's genre and the section type of each heading (labels of corpus/LABELS.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from msgspec.structs import replace

from ..gongwen import ISSUE_NUMBER_LINE, PERIOD_OPENING, genre_by_slug
from ..patterns import lazy
from . import vocabulary
from .model import Heading

GENRES = ("summary", "meeting_notice", "meeting_report", "notice", "plan", "speech", "other")
SECTIONS = (
    "overview",
    "practices",
    "experience",
    "problems",
    "next_steps",
    "guiding_ideology",
    "objectives",
    "tasks",
    "steps",
    "safeguards",
    "meeting_info",
    "contact",
    "topical",
)

# Genre words in titles come from the vocabulary file (section genre); the one nearest the end of the
# title names the genre (……方案的通知 is a notice).
_ENGLISH_TITLES = (
    (re.compile(r"\b(work(ing)?|annual|year[- ]end|progress)\s+(report|summary)\b|\bsummary\b", re.I), "summary"),
    (re.compile(r"\bminutes\b", re.I), "meeting_report"),
    (re.compile(r"\bmeeting\s+notice\b|\bnotice\s+of\s+(the\s+)?meeting\b", re.I), "meeting_notice"),
    (re.compile(r"\bnotice\b", re.I), "notice"),
    (re.compile(r"\b(plan|programme|program)\b", re.I), "plan"),
    (re.compile(r"\b(speech|address|remarks)\b", re.I), "speech"),
)
_SALUTATION = re.compile(r"^(尊敬的|各位(领导|代表|来宾|同事|专家|老师|家长)|同志们|老师们|同学们|朋友们)")
# A title calling a meeting of the unit's own. Sending people to another's (参加……培训) is a meeting notice only when
# the body lays the meeting out (_looks_like_meeting_notice, its title counted as calling it): a notice organising
# teachers for a summer training with no day, place or attendees was mined with the meeting notices (ux31 walk).
_MEETING_IN_TITLE = re.compile(r"(召开|举办|举行).{0,40}(会议|会|座谈|培训|论坛|研讨)")
# A gathering reported after it (芦湾镇召开莲藕产业发展座谈会): a news item's title, which carries no genre word.
REPORTS_GATHERING = re.compile(r"(召开|举行|举办)了?.{0,30}(会议|会|座谈|典礼|仪式)")


def title_genre(title: str) -> str:
    """The genre a title names, or "" when it names none."""
    return _title_genre(title)[0]


def _title_genre(title: str) -> tuple[str, str]:
    """The genre a title names and the genre word that names it ("" for the word when no word does);
    remembered per title: titles recur (a document and its copies on other pages, a unit's notices), and each
    is otherwise looked for every genre word in (bounded; emptied with the vocabulary's memos, parse.forget)."""
    found = _TITLE_GENRES.get(title)
    if found is None:
        found = _read_title_genre(title)
        if len(_TITLE_GENRES) >= 1 << 14:
            _TITLE_GENRES.clear()
        _TITLE_GENRES[title] = found
    return found


_TITLE_GENRES: dict[str, tuple[str, str]] = vocabulary.memo()


def _read_title_genre(title: str) -> tuple[str, str]:
    best, best_word, best_end = "", "", -1
    words, genres = _genre_words(vocabulary.entries("genre"))
    # Every word looked for in C first: most titles hold one or two of them, and only those are compared.
    for k, position in enumerate(map(title.rfind, words)):
        if position < 0:
            continue
        word = words[k]
        end = position + len(word)
        # The word ending nearest the end wins; of two ending there, the longer (会议通知 over 通知).
        if end > best_end or (end == best_end and len(word) > len(best_word)):
            best, best_word, best_end = genres[k], word, end
    return _named_genre(title, best), best_word


_GENRE_WORDS: list[tuple[tuple[vocabulary.Entry, ...], tuple[str, ...], tuple[str, ...]]] = []


def _genre_words(entries: tuple[vocabulary.Entry, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The genre words and the genre each names, in the vocabulary's order (made again when the entries,
    the same tuple while the vocabulary stays as it is, change)."""
    if not _GENRE_WORDS or _GENRE_WORDS[0][0] is not entries:
        _GENRE_WORDS[:] = [(entries, tuple(e.word for e in entries), tuple(e.value for e in entries))]
    return _GENRE_WORDS[0][1], _GENRE_WORDS[0][2]


def _named_genre(title: str, best: str) -> str:
    if best == "notice" and _MEETING_IN_TITLE.search(title):
        return "meeting_notice"
    if not best and REPORTS_GATHERING.search(title):
        return "meeting_report"
    if not best:
        # An English version printed beside the Chinese one (Working Report in 2006).
        english = next((genre for pattern, genre in _ENGLISH_TITLES if pattern.search(title)), "")
        return english
    return best


# Cue words of each genre's body: gongwen's genre records hold them (the one place genres are described). The
# order is the one the scores were always summed in (the sums, and so every tie, stay the same).
_CUE_ORDER = ("summary", "plan", "speech", "meeting_report", "meeting_notice", "notice")
_BODY_CUES: dict[str, tuple[tuple[str, float], ...]] = {genre: genre_by_slug(genre).body_cues for genre in _CUE_ORDER}


# The cues in the order of _BODY_CUES, each with the characters a match of it can open with (a test reads them
# off re's own parse), and all their alternatives in one pattern: where any cue may match.
_CUES = tuple(re.compile(pattern) for cues in _BODY_CUES.values() for pattern, _ in cues)
_CUE_OPENS = (
    "一半今过回总取完存不下打截累圆",
    "了",
    "指工目主实保组阶各要",
    "同各大谢尊我讲几",
    "会与出召",
    "会参报请回",
    "特现请印",
)
_ANY_CUE = re.compile("|".join(pattern for cues in _BODY_CUES.values() for pattern, _ in cues))


def _cues_opening() -> dict[str, tuple[int, ...]]:
    """For each character a cue can open with, the cues that can (in order)."""
    found: dict[str, tuple[int, ...]] = {}
    for k, opens in enumerate(_CUE_OPENS):
        for ch in opens:
            found[ch] = (*found.get(ch, ()), k)
    return found


_CUES_OPENING = _cues_opening()
_MOST = 8  # matches of a cue counted at most (more say nothing more)


def _cue_counts(text: str) -> list[int]:
    """How many times each cue matches ``text`` (as its finditer counts them: leftmost, not overlapping), at most 8.

    One search for every cue at once finds each place where one may match (re's scan of the text, character by
    character, was made once a cue); only the cues that can open with the character there are tried there, and
    one that can only be the cue the search found is not tried again.
    """
    counts = [0] * len(_CUES)
    ends = [0] * len(_CUES)
    search = _ANY_CUE.search
    hit = search(text)
    while hit is not None:
        at = hit.start()
        owners = _CUES_OPENING[text[at]]
        if len(owners) == 1:
            k = owners[0]
            if at >= ends[k] and counts[k] < _MOST:
                counts[k] += 1
                ends[k] = hit.end()  # the alternatives of the other cues fail at their first character
        else:
            for k in owners:
                if at >= ends[k] and counts[k] < _MOST:
                    match = _CUES[k].match(text, at)
                    if match is not None:
                        counts[k] += 1
                        ends[k] = match.end()
        hit = search(text, at + 1)
    return counts


# Whether a body reports what was done (``is_retrospective``), or how to find out when first asked: a count over
# the body's first 4000 characters that only a genre the cues call a summary, and the headings of a summary or a
# notice, ask for (half the documents of a corpus ask nothing).
Retrospective = bool | Callable[[], bool]


def _answer(retrospective: Retrospective) -> bool:
    return retrospective() if callable(retrospective) else retrospective


class LazyRetrospective:
    """``is_retrospective`` of a body, counted when first asked, once."""

    __slots__ = ("_answer", "_body")

    def __init__(self, body: Sequence[str]) -> None:
        self._body = body
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = is_retrospective(self._body)
        return self._answer


def classify_genre(
    title: str,
    body: Sequence[str],
    headings: Sequence[Heading],
    retrospective: Retrospective | None = None,
    *,
    head: Sequence[str] = (),
) -> str:
    """The genre of one document from its title first, then cue words in its body and headings. ``head``: the
    lines of its head (title block) before the body. ``retrospective`` is asked only when the body's cues score
    a summary (counted here when not given)."""
    named, word = _title_genre(title.strip())
    # (a 决定 to convene a session, 关于召开……的决定, is no 会议通知: only a title naming a 通知 is asked)
    if (
        named == "notice"
        and title.rstrip().endswith("通知")
        and _looks_like_meeting_notice(body, convenes=_CONVENES.search(title) is not None)
    ):
        return "meeting_notice"
    if word in vocabulary.words("delivered") and _addresses_assembly(body):
        return next(e.value for e in vocabulary.entries("delivered") if e.word == word)
    if named:
        return named
    # An issue of a periodical (a 简报, 政务信息: its masthead, 第5期 and the issuing line, GB/T 9704 §10.3) reports
    # what was done: its items (一是落实……) are no plan's tasks, and it calls no one to do or attend anything.
    periodical = any(ISSUE_NUMBER_LINE.match(line.strip()) for line in head)
    if periodical and _REPORTS_MEETING.search("\n".join(body[:_ITEM_LINES])):
        return "meeting_report"
    # A salutation says the text is addressed to its readers: a speech, or a report to the leaders who
    # hear it (各位领导：opens many a 述职报告). It counts for a speech; the body's cues still weigh.
    saluted = any(_SALUTATION.match(line) for line in body[:3])
    text = "\n".join(body[:80])
    heading_text = " ".join(h.text for h in headings)
    scores = {genre: 0.0 for genre in GENRES}
    counts = iter(_cue_counts(text))
    for genre, cues in _BODY_CUES.items():
        for _, weight in cues:
            scores[genre] += weight * next(counts)  # added in the same order as ever (the same sums)
    for heading in headings:
        kind = keyword_section(heading.text)
        if kind in ("overview", "practices", "experience", "problems", "next_steps"):
            scores["summary"] += 1.5
        elif kind in ("guiding_ideology", "objectives", "tasks", "steps", "safeguards"):
            scores["plan"] += 1.5
        elif kind in ("meeting_info", "contact"):
            scores["meeting_notice"] += 1.5
    if "会议" in heading_text and scores["meeting_notice"] > 0:
        scores["meeting_notice"] += 1
    if scores["summary"] > 0 and (is_retrospective(body) if retrospective is None else _answer(retrospective)):
        scores["summary"] += 2
    if saluted:
        scores["speech"] += 1.5
    if periodical:
        for forward in _FORWARD_GENRES:
            scores[forward] = 0.0
    best = max(scores, key=lambda g: scores[g])
    return best if scores[best] >= 1.5 else "other"


_ITEM_LINES = 3  # a periodical's item: its title and first lines, where a meeting it reports is named
_FORWARD_GENRES = ("plan", "notice", "meeting_notice")  # what sets work to do or calls to a meeting
_REPORTS_MEETING = lazy(r"召开|举行|会议")


def _addresses_assembly(body: Sequence[str]) -> bool:
    """Whether the text opens by addressing an assembly (各位代表：), within its first lines."""
    return any(
        len(line) <= 30 and vocabulary.alternation("assembly").match(line.strip()) for line in body[:_OPENING_LINES]
    )


_OPENING_LINES = 4  # a subtitle (——在……上的报告) and a date may stand above the address


_CONVENES = re.compile(r"召开|举办|举行|参加")  # a title calling a meeting (关于召开……会议的通知)


def _looks_like_meeting_notice(body: Sequence[str], *, convenes: bool = False) -> bool:
    """Two different marks of a meeting's arrangements (a notice of a school term says 报到 many times), each
    heading a line or labelling its value (一、会议时间, 会议地点：): a notice setting rules for meetings writes
    them inside its sentences (如实记录会议时间、参会人员和议定事项) and calls none; and, unless the title calls the
    meeting (``convenes``: 关于召开……), its day under its 会议时间 or 报到 (a rule's label 会议地点：一律…… dates none).
    A training's own labels (培训时间, 培训地点, 参训人员) are a meeting's: the README's 培训班 sections."""
    text = "\n".join(body[:60])
    marks = set()
    dated = False
    for match in _MEETING_MARK.finditer(text):  # seldom: the words are looked for first, their place after
        opening = text.rfind("\n", 0, match.start()) + 1
        if _LINE_OPENING.fullmatch(text, opening, match.start()) or _LABEL_COLON.match(text, match.end()):
            marks.add(match.group())
            # the meeting's day under its time or 报到 (a rule for meetings names none: 会议地点：一律……)
            dated = dated or (
                match.group() in ("会议时间", "培训时间", "报到")
                and _DAY.search(text, match.end(), match.end() + 40) is not None
            )
    return len(marks) >= 2 and (convenes or dated)


_MEETING_MARK = re.compile(r"会议时间|会议地点|参会人员|参加人员|报到|培训时间|培训地点|参训人员")
_LINE_OPENING = lazy(
    r"[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]\s*)?"
)
_LABEL_COLON = re.compile(r"\s*[:：]")
_DAY = lazy(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{1,2}[:：]\d{2}"
)


_SECTION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "meeting_info",
        re.compile(
            r"^(会议|活动)(主要)?(时间|地点|议程|内容|日程|安排|主题|形式|任务|报名)|^培训(时间|地点)|^参训(人员|对象|范围)|"
            r"^时间(和|及|、)?地点|^地点(和|及)|"
            r"^(召开)?(形式|地点)(和|及|、)(时间|地点|形式)|^召开(时间|地点|形式)|^与会(人员|范围)|"
            r"^参(会|加)(会议)?(人员|对象|范围)|^(出席|列席)(人员|对象)|^报到(时间|地点)?"
        ),
    ),
    ("contact", re.compile(r"^联系(人|方式|电话|地址)")),
    (
        "problems",
        re.compile(
            r"(存在|主要|突出)的?(问题|不足|困难)|问题(和|与|及)(不足|困难|差距|建议|原因|挑战)|^不足|(与|和|及)不足$|不足之处|"
            # (问题和挑战: LABELS; a speech's 面临的困难和挑战)
            r"薄弱环节|^差距|困难(和|与|及)(问题|挑战)|^问题$|^(检查|督查|抽查)?发现的?(主要)?问题"
        ),
    ),
    (
        "next_steps",
        re.compile(
            r"^下(一)?步|下一步|今后|打算|努力方向|工作要点$|工作(计划|安排|思路|规划)$|发展规划$|^展望|明年|新的一年|^\d{4}年.{0,10}(工作要点|工作计划|工作思路)"
        ),
    ),
    ("experience", re.compile(r"经验|体会|启示|收获|感悟")),
    (
        "overview",
        re.compile(
            r"基本情况|基本概况|^概况|总体情况|^(\d{4}年度?)?工作回顾|^\d{4}年.{0,10}工作总结|工作总结$|^全.{0,4}(基本)?概况|^[\u4e00-\u9fff]{0,4}概况$"
        ),
    ),
    ("guiding_ideology", re.compile(r"指导思想|总体思路|指导原则|基本原则|工作原则|^总体要求$")),
    ("objectives", re.compile(r"目标")),
    ("steps", re.compile(r"步骤|阶段|时间安排|进度安排|时间节点")),
    (
        "safeguards",
        re.compile(
            r"保障|^工作要求|^(有关|相关|其他|其它)(工作)?要求|^(有关|其他|其它|相关)(工作)?事项|^相关要求|^(加强|切实加强)?组织领导$|注意事项|^要求$|^纪律要求|^(会议|整改)要求$"
        ),
    ),
    ("tasks", re.compile(r"主要任务|重点任务|工作任务|主要内容|工作内容|活动内容|重点工作$")),
    (
        "practices",
        re.compile(
            r"主要做法|主要工作|工作措施|主要措施|工作成效|主要成绩|取得(的)?(成效|成绩)|工作(与|和|及)(成绩|成效)|做法(与|和)成效"
        ),
    ),
)


@lru_cache(maxsize=16384)  # heading texts recur from document to document
def keyword_section(text: str, *, leading_only: bool = False) -> str:
    """The section type a heading's words name; with ``leading_only`` the words must open the heading."""
    for kind, pattern in _SECTION_RULES:
        match = pattern.search(text)
        if match and (not leading_only or match.start() <= 1):
            return kind
    # A part's name the vocabulary types and the patterns do not (主要成效, 职责分工)
    name = text.strip().rstrip(":：")
    for names in ("part", "part-in-text"):
        if vocabulary.alternation(names).fullmatch(name):
            return next(e.value for e in vocabulary.entries(names) if e.word == name)
    return ""


def _genre_default(genre: str, retrospective: Retrospective) -> str:
    if genre == "summary":
        return "practices" if _answer(retrospective) else "topical"
    if genre == "plan" or (genre == "notice" and not _answer(retrospective)):
        # A plan's parts, and the parts of a notice that sets work (not a 通报 reporting it), name tasks to do.
        return "tasks"
    return "topical"


def is_retrospective(body: Sequence[str]) -> bool:
    """Whether the text reports what was done (了, 取得, 完成, figures) rather than urging (要, 必须)."""
    text = "".join(body)[:4000]
    # Counted word by word (str.count runs in C; one alternation tried every word at every character). No
    # word of either list ends where another begins, save 务必|必须: in 务必须 the words were one match.
    urged = sum(map(text.count, _URGED)) - text.count("务必须")
    # The words done are counted until they are enough (each count adds, so the answer can no longer change):
    # 了, counted first, most often is.
    enough = urged * 0.8
    done = 0
    for word in _DONE:
        done += text.count(word)
        if done >= enough:
            return True
    return done + _counts(text) >= enough


_DONE = ("了", "取得", "完成", "开展", "累计", "截至", "共计")
_UNITS = ("人", "次", "所", "个", "万元")


def _counts(text: str) -> int:
    """How many counts (a digit and its unit: 3人, 12个, 5万元) ``text`` holds: each unit found by str.find and
    the character before it looked at (re's \\d tried at every character was most of this function's time)."""
    found = 0
    for unit in _UNITS:
        at = text.find(unit, 1)
        while at != -1:
            found += text[at - 1].isdecimal()
            at = text.find(unit, at + 1)
    return found


_URGED = ("要", "必须", "应当", "务必", "一定")


_SUMMARY_FAMILY = ("overview", "practices", "experience", "problems", "next_steps")
_REVIEWS = ("summary", "speech")  # genres whose review part lists work done


def classify_sections(headings: Sequence[Heading], genre: str, retrospective: Retrospective) -> list[Heading]:
    """Give each heading a section type: its own words, else its parent's, else the genre's default."""
    if not headings:
        return []  # (the default, which may ask whether the body reports work done, is not needed)
    default = _genre_default(genre, retrospective)
    result: list[Heading] = []
    parents: list[Heading] = []
    for heading in headings:
        while parents and parents[-1].level >= heading.level:
            parents.pop()
        parent = parents[-1] if parents else None
        own = _own_section(heading.text, genre)
        if parent is None and genre == "speech" and own in ("", "practices"):
            own = _speech_part(heading.text) or own
        if parent is None or parent.section == "topical":
            section = own or default
        elif parent.section == "overview":
            # A review part lists work done, in a summary and in a speech that reports (工作回顾 → 一是…).
            section = own if own in _SUMMARY_FAMILY else "practices" if genre in _REVIEWS else default
        elif parent.section == "steps":
            section = "steps" if own == "steps" else "tasks"
        else:
            section = parent.section
        if genre == "meeting_notice" and own in ("meeting_info", "contact", "safeguards"):
            section = own
        labelled = replace(heading, section=section)
        result.append(labelled)
        parents.append(labelled)
    return result


_ANNOUNCES = re.compile(r"(如下|如次|有)[:：]?$")
# The last characters a text _ANNOUNCES matches can end with ($ also matches before a final line break).
_ANNOUNCE_ENDS = ("下", "次", "有", ":", "：", "\n")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_PART_ENDS = (
    ("next_steps", re.compile(r"(计划|打算|安排|思路|设想|展望)$")),
    ("practices", re.compile(r"(进展|成绩|成效|成果|做法)$")),
    ("problems", re.compile(r"(问题|不足|差距)$")),
)


# A working-meeting speech reviews the period past, then sets the work ahead (LABELS: the review as a whole is
# overview; 下步打算/工作安排 in a speech are next_steps). Its part headings say so in sentence form, too long for
# the section words: 客观看待一年来取得的成绩, 过去三年的主要工作 / 扎实做好明年各项工作, 抓好今年重点任务.
_SPEECH_REVIEW = lazy(
    r"回顾|(一年来|几年来|过去|去年|上一年|以来)的?.{0,10}(成绩|成效|成果|收获|工作|进展)|"
    r"(肯定|看待|总结).{0,10}(成绩|成效|成果)"
)
_SPEECH_AHEAD = lazy(
    r"(做好|抓好|抓实|抓紧|推进|完成|落实)(今年|明年|新的一年|下一步|下半年|今后|\d{4}年).{0,10}(工作|任务)|"
    r"(今年|明年|新的一年|下半年|今后).{0,6}(重点工作|主要任务|工作任务|努力方向)"
)


def _speech_part(text: str) -> str:
    """The part of a speech a top-level heading names by the time it looks at (the review, the work ahead), or
    by the problems it faces (清醒认识面临的困难和挑战)."""
    if _SPEECH_AHEAD.search(text):
        return "next_steps"
    if _SPEECH_REVIEW.search(text):
        return "overview"
    return "problems" if keyword_section(text) == "problems" else ""


# A notice's part that lays out when things happen (工作安排, 赛程安排, 检查安排).
_SCHEDULE_PART = lazy(r"(工作|赛程|检查|日程|评审|流程)安排$")
# A plan's or a notice's part that lays its work out in time (月份安排, 日程安排; 进度安排 and 时间安排 are part words).
_TIMED_PART = lazy(r"(月份|月度|日程|时序)安排$")
# How to sign up in a notice that is no meeting's: a procedure (NOTES-A: 流程, 申报程序 → steps; 会议报名 is a
# meeting's arrangement).
_SIGN_UP = lazy(r"^报名(方式|办法|程序|流程)$")
_PERIOD_OPENS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十〇○零O")  # how a month or a year opens


@lru_cache(maxsize=16384)  # headings recur from document to document (要求, 工作目标, 联系方式) with their genre
def _own_section(text: str, genre: str) -> str:
    """The section a heading's own words name, judged in the light of the genre."""
    # 宣传发动阶段（4月中旬至4月下旬） is a short heading (re asked only of a heading with an opening bracket)
    core = _BRACKETED.sub("", text) if "（" in text or "(" in text else text
    core = core.strip("【】[]〔〕 ")  # 【工作回顾】
    if genre in ("plan", "notice") and core[:1] in _PERIOD_OPENS and PERIOD_OPENING.match(text):
        return "steps"  # a phase of the schedule, named by its months (七月至八月：……, 9月上旬，……)
    if core.endswith(_ANNOUNCE_ENDS):
        core = _ANNOUNCES.sub("", core)  # ……的计划如下 names its part by its last noun
    short = len(core) <= 12
    own = keyword_section(core, leading_only=not short)
    if not own and genre == "summary":
        # A long heading naming its part by the noun it ends with (……开发组的计划, ……取得的主要进展).
        own = next((kind for kind, pattern in _PART_ENDS if pattern.search(core)), "")
    if genre == "summary" and own and own not in _SUMMARY_FAMILY and not short:
        return ""  # 加强领导,强化监督…… in a summary names work done, not a safeguard
    if genre in ("meeting_report", "speech", "other") and not short:
        return ""
    if own == "meeting_info" and (
        genre not in ("meeting_notice", "meeting_report", "notice") or (genre == "notice" and core.startswith("活动"))
    ):
        # 活动安排 in a plan is its schedule, 活动内容 its tasks; so in a notice that announces an activity (a
        # notice's 会议时间 is a meeting's, LABELS: meeting_info names a meeting's arrangements).
        own = "steps" if re.search("安排|日程|时间", core) else "tasks"
    if genre in ("plan", "notice") and short and _TIMED_PART.search(core):
        return "steps"
    if genre == "notice" and _SIGN_UP.match(core):
        return "steps"
    if genre == "notice" and short and _SCHEDULE_PART.search(core):
        return "steps"  # a notice's 工作安排 / 赛程安排 lays out its schedule (next_steps is a summary's or speech's)
    if genre == "meeting_notice" and short and core.endswith("内容"):
        return "meeting_info"  # 主要内容, 培训内容 of a meeting notice are the meeting's, not work to do (LABELS)
    if own in ("practices", "next_steps") and genre == "plan":
        return "tasks"  # 主要工作 / 工作安排 in a plan is work to do
    if own == "tasks" and genre in ("summary", "speech"):
        return "next_steps"  # the tasks a summary or a speech sets are its next steps
    return own
