"""Mined template folders in the built-in format (manifest.yaml + one Jinja file per section).

A genre that has a built-in template (通知, 工作总结, 会议通知, 实施方案, 讲话稿, 请示, 报告, 函,
批复, 通报, 意见, and 会议纪要 when the titles say 纪要) gets a folder that *extends* the built-in of
its own slug (``extends:`` in the manifest): 红头, 版记, 回执, the weekday check, the automatic title
and everything else of the built-in stay, and only what was mined overrides it — the section order
and headings, the opening and closing formulae, the unit's constants as defaults. A statutory
genre's built-in writes its transition from the facts (……请示如下：, ……收悉。): there the mined
formulae fill its own fields (结语, 过渡语) rather than replace its text. A genre without a built-in
(reports of meetings that are news, not 纪要) gets a folder of its own with the same capabilities
written out. Nothing is written for a genre with too little material, or when
nothing was mined that the built-in does not already say (the report gives the reason).

Every default is vetted (``vetting``); every text the starter offers that the user must replace is a
placeholder 〔请填写：……〕 or a marked sample 〔示例〕, so a draft cannot go out with them unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from ..catalog import SectionSpec, TemplateSpec, builtin_of_genre, common_folder
from ..fields import FieldSpec
from ..gongwen import DISTRIBUTION_LABELS, parse_yes_no
from ..gongwen.dates import HALF_YEAR, QUARTER, YEAR, YEAR_PERIOD
from ..placeholders import mark_samples, placeholder, sample
from .builder import EmitRecord, Emitted, TemplateBuilder
from .classify import SECTIONS
from .constants import USUAL_DOCUMENTS, Constant, Issuer
from .fieldvalues import (
    WHOM_AND_WHAT,
    answered_number,
    apply_constants,
    apply_issuers,
    apply_own_subject,
    apply_usual,
    ask_signer,
    ask_whom_and_what,
    contact_shown,
    own_kind_name,
    what_is_asked,
)
from .formula_blocks import (
    STANDARD,
    base_file,
    closing_block,
    closing_formulae,
    formula_alternatives,
    opening_formulae,
    paragraph_block,
)
from .labels import genre_name, section_name
from .phrases import Phrase
from .structure import GenreStructure, SectionStat
from .vetting import VETTED_GROUPS, Choice, choose, nearest_miss

MIN_DOCUMENTS = 3
MIN_GROUPS = 2
SECTION_SHARE = 0.3
# Genres that end without 署名 and 成文日期: a speech is dated under its title, a report of a meeting
# carries no signature (GB/T 9704 §10.3).
_UNSIGNED = ("speech", "meeting_report")
# The formulae a built-in writes by itself, whatever the facts say (特此通知 for a notice that 布置s or
# 周知s; a meeting notice's 现将有关事项通知如下： and 特此通知。): a mined template of it says these.
_BUILT_IN_WRITES = {"notice": ("closing",), "meeting_notice": ("transition", "closing")}


# The unit's habits (those of its 红头, 落款 and 版记) whose usual value the report lists as a sample.
SAMPLED_HABITS = ("发文机关标志", "签发人", "主送机关", "署名", "附注", "抄送", "印发机关")


_CONSTANT_FIELDS = {
    "发文机关标志": ("发文机关标志",),
    "文号格式": ("文号格式",),
    "签发人": ("签发人",),
    "署名": ("署名",),
    "主送机关": ("主送机关",),
    "抄送": ("抄送",),
    **{label: (label,) for label in DISTRIBUTION_LABELS},
    "印发机关": ("印发机关",),
}


def _base_for(genre: str, titles: Sequence[str]) -> TemplateSpec | None:
    """The built-in template of the genre's own slug, when there is one (a report of a meeting that is
    news rather than a 纪要 has none)."""
    if genre == "meeting_report" and sum("纪要" in t for t in titles) < 0.5 * max(len(titles), 1):
        return None  # reports of meetings are news, not 纪要: no 纪要 format for them
    return builtin_of_genre(genre)


def _part_name(base: TemplateSpec, kind: str) -> str:
    """What a section type is called in the template: the built-in's title of its one section of that type
    (a 纪要's topical section is its 议定事项, which 'templates show' lists; the order said 主要内容), else
    the type's own name."""
    titled = [section.title for section in base.sections if section.kind == kind and section.title]
    return titled[0] if len(titled) == 1 else section_name(kind)


def _body_sections(structure: GenreStructure) -> list[SectionStat]:
    return [s for s in structure.sections if s.kind in SECTIONS and s.share >= SECTION_SHARE and s.groups >= MIN_GROUPS]


def _shape_example(stat: SectionStat | None, name: str) -> list[dict[str, str]]:
    """Starter items for a content section: what its headings look like, never one document's words."""
    hint = stat.shape.describe() if stat and stat.shape else "一句话概括这一条"
    return [{"标题": placeholder(f"{name}的第一条标题，{hint}"), "内容": placeholder("这一条的具体内容")}]


# Built-ins whose body is one content field holding every section (a 通知's 正文): the unit's own sections
# with a heading of their own (工作要求, held by two source groups or more) are items of its starter.
# A 报告's 正文 is its whole body too: the unit's reports headed 主要做法, 存在问题, 下步打算 each (ux14 walk)
# got a starter asking for one item, as if they had no usual headings.
_WHOLE_BODY = {"notice": "正文", "report": "正文"}


def _headed_sections(sections: Sequence[SectionStat], found: SectionStat | None, base: TemplateSpec) -> list[Any]:
    """Starter items for the unit's canonical sections that no field of the built-in holds, headed as the unit
    heads them, in the unit's order (a notice's 工作要求 after its tasks); the content is the user's."""
    claimed = {name for spec in base.fields if spec.type == "content" for name in (spec.name, *spec.aliases)}
    return [
        {"标题": stat.heading, "内容": placeholder(f"{stat.heading}的具体内容")}
        for stat in sections
        if stat.heading and stat is not found and section_name(stat.kind) not in claimed
    ]


# A notice's formulae name its own act (现将有关事项通知如下：, 特此通知。). The notice label covers the
# unit's 通报 as well (LABELS.md), whose 现将有关情况通报如下： and 特此通报。 would have a 通知 drafted from the
# mined template say it 通报s. Formulae naming another 文种's act are left to that 文种's template.
_OTHER_ACT = {
    genre: re.compile(r"特此(通报|报告|请示|批复|函告|函复)|(通报|报告|请示|批复|函告|函复)如下")
    for genre in ("notice", "meeting_notice")
}


def _own_act(choice: tuple[Choice | None, list[Choice]], genre: str) -> tuple[Choice | None, list[Choice]]:
    other = _OTHER_ACT.get(genre)
    if other is None:
        return choice
    default, alternatives = choice
    if default is not None and other.search(default.text):
        default = None
    return default, [alt for alt in alternatives if not other.search(alt.text)]


def _choices(phrases: Sequence[Phrase], emitted: EmitRecord) -> dict[str, tuple[Choice | None, list[Choice]]]:
    places = ("opening", "transition", "closing") + (("salutation",) if emitted.genre == "speech" else ())
    out = {place: _own_act(choose(phrases, place), emitted.genre) for place in places}
    out.setdefault("salutation", (None, []))
    for place, (choice, _) in out.items():
        if choice is not None:
            setattr(emitted, place, choice.text)
    return out


def emit_template(
    folder: Path,
    genre: str,
    structure: GenreStructure,
    phrases: Sequence[Phrase],
    constants: Sequence[Constant],
    titles: Sequence[str],
    texts: Sequence[str] = (),
    usual: Sequence[Constant] = (),
    others: Collection[int] = frozenset(),
    *,
    head_only: bool = False,
    own_titles: Sequence[str] = (),
    unit_titles: Sequence[str] = (),
    issuers: Sequence[Issuer] = (),
    theirs: int = 0,
    genre_texts: Sequence[str] | None = None,
) -> Emitted:
    """Write one genre's template folder when there is material for it; say why not otherwise.
    ``head_only``: a genre the unit has too few documents of to learn anything from, or none (a 请示 of a
    company whose archive holds none), written from the unit's 红头 alone (``unit_head_constants``): the clerk
    drafting its first 请示 typed the unit's 红头, 文号, 署名 and 版记 into the built-in's starter, which
    offered another unit's.
    ``texts``: the genre's documents, to tell which optional parts the unit never writes; ``usual``: the
    values the unit writes most often below the bar of a default, the starter's samples; ``others``: the
    documents (indices of ``texts``) other units signed, saved 范文, which say nothing of how the unit closes;
    ``theirs``: of a head-only template, how many of the genre's documents other units signed (all of them: the
    description says so, not that they were too few); ``genre_texts``: of a head-only template, the genre's own
    documents where they are enough to tell which optional parts it never writes (``texts`` are the unit's)."""
    emitted = EmitRecord(genre)
    too_few = (
        f"只有 {structure.documents} 篇文档（{structure.groups} 组来源），"
        f"至少要 {MIN_DOCUMENTS} 篇、{MIN_GROUPS} 组来源才能归纳出模板"
    )
    # Two documents of a genre are too few to learn its wording, but not to learn that the unit sends it
    # under its 红头: when both carry the 发文机关标志 the unit writes on every genre (borrowed, see
    # ``unit_wide_constants``), the template carries the unit's 红头, 文号, 署名 and 版记, which the clerk
    # otherwise typed into the built-in's starter (two 批复 of a township to its villages got no template).
    few = structure.documents < MIN_DOCUMENTS
    if not head_only and (structure.groups < MIN_GROUPS or (few and not any(_unit_head(c) for c in constants))):
        emitted.reason = too_few
        return emitted.frozen()
    base = _base_for(genre, titles)
    builder = TemplateBuilder(genre, base)
    choices = _choices(phrases, emitted)
    sections = _body_sections(structure)
    manifest: dict[str, Any] | None
    if base is not None:
        emitted.base = base.name
        own_texts = [text for index, text in enumerate(texts) if index not in others]
        manifest = _extended(
            builder,
            structure,
            sections,
            choices,
            constants,
            emitted,
            texts,
            usual,
            titles,
            own_texts,
            head_only=head_only,
            own_titles=own_titles,
            theirs=theirs,
            genre_texts=genre_texts,
        )
        # A template of the unit's 红头 alone is given no titles to learn a body from, but its genre's own few
        # documents still say how the unit titles it (ux19 walk: two letters, both 岚溪县……局关于……的函, drafted
        # 关于……的函 from the head-only template).
        if head_only and not titles and len(own_titles) >= USUAL_DOCUMENTS:
            _issuer_title(builder, emitted, own_titles, len(own_titles))
        elif head_only and not titles:
            # Fewer than two titled documents of its own (a first 请示): the unit's titles of every genre say
            # how it titles one, where nearly all of them open with its name (ux19 walk: 12 of 12, and the
            # 请示 template drafted 关于……的请示). A habit only most of them keep stays the genre's to show.
            # (its titles composed as the built-in's head composes one, 关于……的请示: a 2024年工作总结 names no 关于)
            composed = [title for title in unit_titles if "关于" in title]
            _issuer_title(builder, emitted, composed, len(composed), share=_UNIT_TITLE_SHARE)
        else:
            _issuer_title(builder, emitted, titles, len(titles) - len(others))
        _leave_out_unnamed_matter(builder, emitted, titles)
    else:
        manifest = _standalone(builder, structure, sections, choices, constants, emitted, titles)
    if few and not any(_unit_head(c) for c in emitted.constants):
        emitted.reason = too_few  # the built-in prints no 红头 (工作总结, 实施方案): nothing of the unit's to carry
        return emitted.frozen()
    if manifest is None or not _mined_anything(emitted, base, sections):
        # What came closest, so the user sees why: a vetted formula the built-in writes already, or the
        # listed one that fell short of the bar.
        vetted = [choice.text for choice, _ in choices.values() if choice is not None]
        closest = f"挖掘到的常用语句“{vetted[0]}”内置模板本来就会写" if vetted else nearest_miss(phrases)
        emitted.reason = emitted.reason or (
            f"材料太少：{structure.documents} 篇文档（{structure.groups} 组来源）里没有挖掘到本单位自己的东西"
            f"（至少两组来源共有的章节、至少 {VETTED_GROUPS} 组来源共用的常用语句或单位惯例）"
            + (f"，{closest}" if closest else "")
            + ("，内置模板已够用" if base is not None else "")
            + "，不生成模板"
        )
        return emitted.frozen()
    # The report lists a template's formulae as what its drafts say: a chosen formula the template does
    # not write is not one of its defaults. A notice's closing is the built-in's 特此通知。 whatever was
    # mined (a walk's notices, counted with the unit's 通报, listed 特此通报。 as the 通知 template's
    # closing); a meeting notice's transition and closing are the built-in's as well.
    for place in ("opening", "transition", "closing", "salutation"):
        if place in emitted.placed or place in emitted.standard:
            continue
        written = (
            STANDARD.get(base.name, {}).get(place, "") if base and place in _BUILT_IN_WRITES.get(base.name, ()) else ""
        )
        setattr(emitted, place, written)
        chosen = choices[place][0] if place in choices else None
        if written and chosen is not None and chosen.text == written:
            # The unit writes the very formula the built-in does (five meeting notices' 现将有关事项通知如下：):
            # the report said no formula was shared by enough sources beside it in its own list.
            emitted.placed.append(place)
        elif written:
            emitted.standard.append(place)
    apply_issuers(builder, manifest, emitted, issuers)
    folder.mkdir(parents=True, exist_ok=True)
    if base is None:
        # A folder of its own carries its own copy of the shared macros, to be edited with the rest.
        (folder / "_macros.j2").write_text(
            (common_folder() / "_macros.j2").read_text(encoding="utf-8"), encoding="utf-8"
        )
    for name, text in builder.files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.yaml").write_text(manifest_text(manifest), encoding="utf-8")
    emitted.folder = folder
    return emitted.frozen()


def manifest_text(manifest: dict[str, Any]) -> str:
    """A mined template's manifest.yaml as written (the keeper's edits carried into a new mine are written so)."""
    header = "# 由 drafter mine 生成的模板；格式与内置模板相同，可以直接修改。\n"
    return header + yaml.dump(manifest, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=1000)


class _PlainDumper(yaml.SafeDumper):
    """Every value written out where it is used, no anchor (&id001) and alias (*id001): a default and its example
    are one list in memory, and the keeper who wrote 抄送's default over on one line (default: 甲，乙) left the
    example's *id003 pointing at nothing, and the whole template refused to load (ux28 walk)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# Where a built-in's head composes its title: 关于（事由）的函, 关于召开（会议名称）的通知.
_TITLE_OPENINGS = ("'关于' ~ 事由", "'关于' ~ convened ~ (会议名称 | 年份区间)", "'关于' ~ convened ~ 会议名称")


# Where a notice's head composes the title of one issuing or forwarding a document.
_ISSUING_OPENINGS = ("'关于印发' ~", "'关于转发' ~")


# The share of the unit's titles of every genre opening with its name for a genre without titled documents of its
# own to be titled so: a habit nearly all of its documents keep, not one most of them do.
_UNIT_TITLE_SHARE = 0.8


def _issuer_title(
    builder: TemplateBuilder, emitted: EmitRecord, titles: Sequence[str], own: int, *, share: float = 0.5
) -> None:
    """Titles opening with the unit's name (汀阳市市场监督管理局关于……的函: GB/T 9704 §7.3.1's 发文机关名称、
    事由和文种) where most of the unit's own documents of the genre (``own`` of ``titles``, the rest other
    units' 范文) and ``USUAL_DOCUMENTS`` of them are so titled: the walk's two letters were drafted 关于……的函.
    The title is composed with the 发文机关 the facts give (the unit's by default), not a fixed name."""
    base = builder.base
    signed = next((c.value for c in emitted.constants if c.field == "署名"), None)
    name = signed[0] if isinstance(signed, list) and len(signed) == 1 else signed
    if base is None or not isinstance(name, str) or not name or not builder.has("发文机关"):
        return
    switch = base.field("标题含发文机关")
    if switch is not None:
        # The built-in puts the 发文机关 before the title by itself (a 通告: 青禾县公安局关于……的通告), switched by a
        # field: the unit's own titles say its default. Composed again here, the title named the unit twice.
        named = sum(title.startswith(name) for title in titles)
        if own and named <= share * own:
            builder.fields.setdefault(switch.name, {}).update(
                default=False,
                description=f"{switch.description}（本单位的写法：{own - named}/{own} 篇的标题不以“{name}”开头，默认“否”）",
            )
        return
    head = base_file(base, "head.j2")
    prefixed = sum(title.startswith(f"{name}关于") for title in titles)
    # A meeting notice's head composes 关于召开…… as a letter's 关于……: the ux12 walk's meeting notices, all
    # titled with the bureau's name, were drafted without it while its notices had it.
    opening = next((o for o in _TITLE_OPENINGS if o in head), None)
    if opening is None or prefixed < USUAL_DOCUMENTS or prefixed <= share * own:
        return
    issuer = "((发文机关 | join('、')) if 发文机关 is not string else 发文机关)"
    head = head.replace(opening, f"{issuer} ~ {opening}")
    # A notice issuing or forwarding a document is titled as the unit's others are (××局关于印发《……》的通知):
    # the ux20 walk's tax bureau titles every notice with its name, its party committee's 印发 notice too, and
    # the notice template drafted 关于印发《……》的通知 alone.
    for issuing in _ISSUING_OPENINGS:
        head = head.replace(issuing, f"{issuer} ~ {issuing}")
    builder.files["head.j2"] = head
    spec = builder.base_field("标题")
    described = (spec.description or "") if spec is not None else ""
    if "“关于" in described:
        shown = described.replace("“关于", "“（发文机关）关于", 1)
        builder.fields.setdefault("标题", {})["description"] = (
            f"{shown}（本单位的写法：{prefixed}/{own} 篇的标题以“{name}”开头）"
        )


# A summary's title naming no matter: the unit, its period (2024年, 2024年度, 2025年上半年) and 工作总结.
# A title's period after the unit's name: a year (2024年, 二〇二四年) or a part of one (上半年).
_PERIOD_START = re.compile(rf"{YEAR}\s*年|{HALF_YEAR}")
_WHOLE_SUMMARY = re.compile(rf"(?:{YEAR_PERIOD}(?:{HALF_YEAR}|{QUARTER})?)?工作总结$")


def _leave_out_unnamed_matter(builder: TemplateBuilder, emitted: EmitRecord, titles: Sequence[str]) -> None:
    """A 工作总结 starter comments out 事项 where the unit's summaries name none (汀阳市市场监督管理局2024年工作总结,
    a summary of all its work): it wrote out 事项: 〔示例〕教育教学, another unit's matter, which the clerk had to
    delete or the draft was refused. The unit's summaries are those titled with its 署名 (``USUAL_DOCUMENTS``
    of them at least); one of them naming a matter keeps the field."""
    if builder.base is None or builder.base.name != "summary" or not builder.has("事项"):
        return
    signed = next((c.value for c in emitted.constants if c.field in ("署名", "单位")), None)
    name = signed[0] if isinstance(signed, list) and len(signed) == 1 else signed
    if not isinstance(name, str) or not name:
        return
    named = _titles_naming(name, titles)
    own = [rest for _, rest in named]
    if len(own) >= USUAL_DOCUMENTS and all(_WHOLE_SUMMARY.fullmatch(rest) for rest in own):
        builder.fields.setdefault("事项", {})["starter"] = False
    _short_title_name(builder, name, named)


def _titles_naming(name: str, titles: Sequence[str]) -> list[tuple[str, str]]:
    """The titles naming the unit before their period, each split into the name it uses and the rest: its
    署名 (汀阳市市场监督管理局2024年工作总结) or the short name the 署名 opens with (a residents' committee
    榆荫里社区居民委员会 titles its summaries 榆荫里社区2024年上半年工作总结, a village committee 杉塘村……)."""
    found = []
    for title in titles:
        if title.startswith(name):
            found.append((name, title[len(name) :]))
            continue
        short = name[: _shared_start(name, title)]
        rest = title[len(short) :]
        if len(short) >= 2 and _PERIOD_START.match(rest):
            found.append((short, rest))
    return found


def _shared_start(first: str, second: str) -> int:
    """How many characters the two texts open with alike."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count


def _short_title_name(builder: TemplateBuilder, name: str, named: Sequence[tuple[str, str]]) -> None:
    """Where the unit's summaries are all titled with one short name of the unit (榆荫里社区, its 署名
    榆荫里社区居民委员会), the 单位 the title is composed of is that name, the 署名 staying the unit's: the ux11
    walk's drafts were titled 榆荫里社区居民委员会2025年工作总结, which the unit never writes."""
    shorts = {short for short, _ in named}
    if len(named) < USUAL_DOCUMENTS or len(shorts) != 1 or name in shorts:
        return
    signed = builder.fields.get("署名", {})
    unit = builder.fields.get("单位")
    if not signed.get("default") or not unit:
        return  # without the unit's 署名 as default, 单位 signs the summary too: it keeps the full name
    (short,) = shorts
    unit.update(
        default=short,
        example=short,
        description=f"标题里的单位名称；不填时用“{short}”（本单位 {len(named)} 篇总结的标题都这样写，署名仍是“{name}”）",
    )


# The built-in summary's lead-in to its problems written as 一是……；二是……: the words that tell a unit writes
# one like it (……还存在一些不足：, 清醒地看到, 差距和不足).
_PROBLEM_LEAD = "在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足："
_PROBLEM_LEAD_WORDS = ("不足", "清醒地看到", "差距")
# Such words leading into what follows (……还存在一些不足：, 差距和不足，主要是：): the same clause runs on to a
# colon. A problem itself may say 不足 (一是部分企业安全投入不足；二是……), which leads into nothing.
_PROBLEM_LEAD_INTO = re.compile(f"(?:{'|'.join(_PROBLEM_LEAD_WORDS)})[^。；;：:\n]*[：:]")


def _plain_problem_list(builder: TemplateBuilder, own_texts: Sequence[str]) -> None:
    """A mined summary writes the unit's problems as a plain 一是……；二是…… where none of the unit's own
    summaries (two at least) leads into them with words of the built-in's kind: the ux11 walk's committee
    writes 一是社区服务用房面积偏小；二是…… under 存在问题, and every draft read 在肯定成绩的同时，我们也清醒地
    看到，工作中还存在一些不足：一是……, a sentence the unit never writes."""
    if builder.base is None or builder.base.name != "summary" or len(own_texts) < USUAL_DOCUMENTS:
        return
    if any(_PROBLEM_LEAD_INTO.search(text) for text in own_texts):
        return
    text = base_file(builder.base, "problems.j2")
    quoted = f"'{_PROBLEM_LEAD}' ~ "
    if quoted in text:
        builder.files["problems.j2"] = text.replace(quoted, "", 1)


# A speech's point opening its own paragraph on 一是, 二是 …: the unit numbers its points in its sentences.
_POINT_IN_SENTENCE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]是", re.MULTILINE)


def _points_in_sentences(builder: TemplateBuilder, own_texts: Sequence[str]) -> None:
    """A mined speech writes its points as the unit's speeches do when most of them (two at least) open each
    point's paragraph on 一是, 二是 … (一是要立志向。要有远大理想……): the built-in's numbered headings 一、要立志向
    were drafted for a school whose every speech says 一是……二是…… (ux25 walk)."""
    if builder.base is None or builder.base.name != "speech" or "points.j2" in builder.files:
        return
    written = sum(1 for text in own_texts if len(_POINT_IN_SENTENCE.findall(text)) >= 2)
    if written >= USUAL_DOCUMENTS and 2 * written > len(own_texts):
        builder.files["points.j2"] = "{{ points_markup(主体) }}\n"


def _unit_head(constant: Constant) -> bool:
    """The unit's 发文机关标志, borrowed from its documents of every genre and confirmed by the genre's own."""
    return constant.field == "发文机关标志" and constant.unit_of > 0


def _mined_anything(emitted: EmitRecord, base: TemplateSpec | None, sections: Sequence[SectionStat]) -> bool:
    """Whether the template carries something of the unit's own: its constants, its sections (their
    headings, or an order of its own among the base's), or a vetted formula. The genre's customary
    formulae (``standard``: a plan's 本方案自印发之日起实施。) are the built-in's knowledge, not the
    unit's: a template holding nothing else would be hollow."""
    if emitted.constants or emitted.headings:
        return True
    if emitted.placed:
        return True
    if base is None:
        return bool(sections)
    kinds = [stat.kind for stat in sections]
    own = list(dict.fromkeys(section.kind for section in base.sections if section.kind in kinds))
    return [kind for kind in kinds if kind in own] != own


# Optional parts a built-in's starter writes out, each with the words a document holding it writes: a
# 会议通知's 参会回执 (its form, deadline and where to send it) says 回执; its 会议议程 says 议程 (or 日程, or
# 会议内容, the names the built-in accepts for it). A unit none of whose documents holds one does not ask
# for it; its starter would offer the block (another unit's samples) to delete each time.
# A contact is such a part too: a 街道's two 会议通知 name none (its 请示 and 函 do, in their 附注), and the starter
# wrote out 联系人: 〔示例〕方静 under every meeting notice, a section 联系人及电话 the unit never prints (ux27 walk).
_OPTIONAL_PARTS = {
    "回执": ("回执",),
    "会议议程": ("议程", "日程", "会议内容"),
    "联系人": ("联系人", "联系电话", "联系方式"),
}


def _leave_out_unheld(
    builder: TemplateBuilder, texts: Sequence[str], held: Sequence[str] = (), *, sections: bool = True
) -> None:
    """Optional parts that no document of the genre (of the unit, for a ``head_only`` template) holds are
    commented out in the starter (still there to switch on); nothing is left out when the texts are not known
    or too few to tell. ``held``: the section types the genre's documents have; an optional section of the
    built-in (one drawn only when its field is written) of another type is none of the unit's: a 工作总结
    starter does not write out 基本情况 with the built-in's sample (another unit's figures) for a unit whose
    summaries never have one. ``sections``: whether ``held`` was learnt at all (not for ``head_only``)."""
    # Two documents are few to learn a section order from, but a receipt form or an agenda is there to see:
    # neither of the ux19 walk's two meeting notices has a 参会回执, and the starter wrote one out with a
    # 〔请填写：回执的报送方式〕 the clerk had to delete before every draft (``USUAL_DOCUMENTS``, the bar of
    # the unit's usual values).
    if len(texts) < USUAL_DOCUMENTS:
        return
    for name, words in _OPTIONAL_PARTS.items():
        spec = builder.base_field(name)
        if spec is None or spec.required or not spec.starter or any(w in text for w in words for text in texts):
            continue
        builder.fields.setdefault(name, {})["starter"] = False
    if len(texts) < MIN_DOCUMENTS or not sections:
        return  # a template of the unit's 红头 alone (``head_only``) learnt no sections to hold
    assert builder.base is not None
    for section in builder.base.sections:
        if not section.when or not section.kind or section.kind in held:
            continue
        spec = builder.base_field(section.when)
        if spec is None or spec.required or spec.type not in ("content", "paragraphs"):
            continue
        if builder.fields.get(section.when, {}).get("starter", spec.starter):
            builder.fields.setdefault(section.when, {})["starter"] = False


def _sample_is_default(spec: FieldSpec) -> bool:
    """Whether a field's sample says what its default does: a yes/no field's sample is a word (是), its
    default a truth value (a 函's 信函格式 defaults to true), so they are compared as answers."""
    if spec.default in (None, "", [], {}):
        return False
    if spec.type == "bool" and isinstance(spec.example, str):
        return bool(parse_yes_no(spec.example) == spec.default)
    return bool(spec.example == spec.default)


# A text sample of this many Chinese characters says what the built-in's unit does (总结……学期教育工作, a
# room of its building); a shorter one is a form (半天, 2024年) any unit writes.
_MATTER_CHARACTERS = 4


def _ask_for_matter(builder: TemplateBuilder) -> None:
    """The starter asks for the matter the built-in shows of its own unit, a text or a list of texts that no
    document of the unit gave a sample of: the ux14 walk's 组织部 got a meeting-notice starter whose 会议目的
    was a school term's education work and whose 会议议程 signed school safety pledges."""
    assert builder.base is not None
    for spec in builder.base.fields:
        if not spec.starter or spec.choices or "example" in builder.fields.get(spec.name, {}):
            continue
        if _sample_is_default(spec):
            continue
        if not spec.required and spec.type == "text" and isinstance(spec.default, str) and spec.default:
            # An optional word whose default says it for any unit (a 批复's 称谓: 你单位) and whose sample is
            # the built-in's unit's (你校): the ux19 walk's land bureau, answering its townships, got a starter
            # with 称谓: 〔示例〕你校 written out, to retype before any draft. The default is shown, commented out.
            builder.fields.setdefault(spec.name, {}).update(example=spec.default, starter=False)
            continue
        if spec.type == "record" and isinstance(spec.example, dict):
            # A 批复's 来文: the built-in's school's request; its parts of plain text only (a 文号 keeps its
            # sample, which shows the form a 文号 takes and is checked as one). The parts kept are marked as
            # samples: unmarked, a 会议通知's 回执 kept the built-in's 截止日期 2025年2月18日 when the clerk filled in
            # only where to send it, and a 批复 the school's 文号 (ux16 walk).
            plain = {sub.name for sub in spec.fields if sub.type == "text"}
            asked = {
                key: placeholder(f"{spec.name}的{key}")
                if key in plain and isinstance(value, str) and _is_matter([value])
                else mark_samples(value)
                for key, value in spec.example.items()
            }
            if asked != spec.example:
                builder.fields.setdefault(spec.name, {})["example"] = asked
            continue
        texts = [spec.example] if spec.type == "text" else spec.example if spec.type == "list" else None
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            continue
        if not _is_matter(texts):
            continue
        if spec.name in WHOM_AND_WHAT:
            # What the title holds, as a head-only starter asks it: 〔请填写：事由；不要时删去这一项〕 invited the
            # clerk to delete a notice's 事由, and the notice went out titled 通知 (ux18 walk: every title of the
            # committee's names a campaign in quotes, so none gave a sample).
            ask = placeholder(what_is_asked(spec))
        else:
            ask = placeholder(spec.name + ("" if spec.required else "；不要时删去这一项"))
        builder.fields.setdefault(spec.name, {})["example"] = ask if spec.type == "text" else [ask]


def _is_matter(texts: Sequence[str]) -> bool:
    return sum(1 for t in texts for char in t if "\u4e00" <= char <= "\u9fff") >= _MATTER_CHARACTERS


def _mark_starter_examples(builder: TemplateBuilder) -> None:
    """The base's sample values in the starter are marked, so a draft cannot keep them: those written out and
    those of the optional fields shown commented out (uncommenting one drafted another unit's words without a
    word). A sample that is the field's own default (a notice's 类别: 布置) is what the draft says when the
    line is deleted: it is no other unit's words, and marking it only made the user retype it."""
    assert builder.base is not None
    for spec in builder.base.fields:
        if spec.name in builder.fields and "example" in builder.fields[spec.name]:
            continue
        if _sample_is_default(spec) or spec.type == "bool":
            # (a yes/no's sample is an answer, 是 or 否, no unit's words: marked, every draft from the ux27 walk's
            # mined notice waited for 印章: 〔示例〕是 to be edited)
            continue
        if spec.example not in (None, "", [], {}):
            # A field shown commented out asks for the matter the built-in's sample tells of its own unit: the
            # ux24 walk's 卫健委 was offered 印发文件: 〔示例〕青禾县中小学读书活动实施方案, 附件 rows of 城关镇中心学校 and
            # a 请示's 抄送 to 县委办公室. A short sample (a form: 加急, 000001) stays, marked.
            example = spec.example if spec.starter else _ask_commented(spec)
            builder.fields.setdefault(spec.name, {})["example"] = mark_samples(example)


# The kinds of field whose sample is a matter of the built-in's unit: a text, a list of texts, an attachment
# (its 标题, 内容 and table rows). A 文号, a date, a choice show a form; 章节标题 shows how to rename a section.
_MATTER_KINDS = ("text", "attachment", "paragraphs", "content")


def _ask_commented(spec: FieldSpec) -> Any:
    """The sample of a field the starter shows commented out, its matter asked for (``_asked``): of a record
    (a 复函's 来函), its text parts only, as ``_ask_for_matter`` asks of one written out."""
    if spec.name == "章节标题":
        return spec.example  # a section renamed (保障措施: 组织实施): how to write it, no unit's matter
    if spec.type == "record" and isinstance(spec.example, dict):
        plain = {sub.name for sub in spec.fields if sub.type == "text"}
        return {
            key: _asked(f"{spec.name}的{key}", value, False) if key in plain else value
            for key, value in spec.example.items()
        }
    kind = spec.item.type if spec.type == "list" and spec.item is not None else spec.type
    return _asked(spec.name, spec.example) if kind in _MATTER_KINDS else spec.example


def _asked(name: str, value: Any, top: bool = True) -> Any:
    """A sample with each text that tells of the built-in's unit (``_MATTER_CHARACTERS`` Chinese characters or
    more) replaced by a 〔请填写：……〕 naming what to write: the field (抄送), its part (印发文件的标题) or, in a
    table's row, its column (单位)."""
    if isinstance(value, str):
        return placeholder(name) if _is_matter([value]) else value
    if isinstance(value, list):
        asked = [_asked(name, item, top) for item in value]
        # Two offices asked for alike are one line to fill (抄送: [县委办公室, 县人民政府办公室]).
        return [item for n, item in enumerate(asked) if not isinstance(item, str) or item not in asked[:n]]
    if isinstance(value, dict):
        return {key: _asked(f"{name}的{key}" if top else str(key), item, False) for key, item in value.items()}
    return value


def _extended(
    builder: TemplateBuilder,
    structure: GenreStructure,
    sections: Sequence[SectionStat],
    choices: dict[str, tuple[Choice | None, list[Choice]]],
    constants: Sequence[Constant],
    emitted: EmitRecord,
    texts: Sequence[str] = (),
    usual: Sequence[Constant] = (),
    titles: Sequence[str] = (),
    own_texts: Sequence[str] = (),
    head_only: bool = False,
    own_titles: Sequence[str] = (),
    theirs: int = 0,
    genre_texts: Sequence[str] | None = None,
) -> dict[str, Any]:
    base = builder.base
    assert base is not None
    apply_constants(builder, constants, emitted)
    apply_usual(builder, usual)
    # The unit's habits short of a default, offered as samples: the report's 单位惯例 table names them too (a
    # school's 2 请示, both signed by its head and sent to the county bureau, showed neither).
    defaults = {c.field for c in emitted.constants}
    emitted.samples = [
        u for u in usual if u.field in SAMPLED_HABITS and u.field not in defaults and builder.has(u.field)
    ]
    contact_shown(builder)
    apply_own_subject(builder, own_titles)
    answered_number(builder, own_texts)
    own_kind_name(builder, own_titles)
    if head_only:
        ask_whom_and_what(builder)
    ask_signer(builder)
    ordered = _ordered_sections(base, structure)
    _canonical_headings(builder, sections, emitted)
    _period_plans(builder, sections, emitted)
    emitted.sections = [stat.kind for stat in sections]
    _content_examples(builder, sections)
    _ask_for_matter(builder)
    _mark_starter_examples(builder)
    held = [stat.kind for stat in structure.sections]
    _leave_out_unheld(builder, texts if genre_texts is None else genre_texts, held, sections=not head_only)
    _plain_problem_list(builder, own_texts)
    _points_in_sentences(builder, own_texts)
    opening_formulae(builder, choices, texts, emitted)
    extra = closing_formulae(builder, choices, constants, own_texts, genre_texts if head_only else None, emitted)
    renamed, own_headings = _own_headings(builder, sections, emitted)
    return {
        "name": builder.genre,
        "genre": base.genre,
        "title": f"{base.title}（挖掘）",
        "extends": base.name,
        "aliases": [],
        # The order is the unit's documents', not the built-in's sections (a notice's parts go in its 正文).
        "description": (
            f"由 drafter mine 从 {structure.documents} 篇{genre_name(builder.genre)}"
            + _titled_otherwise(titles, base.title)
            + f"挖掘，扩展内置模板“{base.title}”"
            + (
                "；本单位文档各部分的顺序："
                + " → ".join(own_headings.get(s.kind) or _part_name(base, s.kind) for s in sections)
                if sections
                else ""
            )
            if not head_only
            else "挖掘的材料里"
            + (
                f"的 {structure.documents} 篇{genre_name(builder.genre)}都是别的单位署名的（范文或收文）"
                if structure.documents and theirs >= structure.documents
                else (f"只有 {structure.documents} 篇（{structure.groups} 组来源）" if structure.documents else "没有")
                + genre_name(builder.genre)
            )
            # (the genre's own 文号 series or 红头 where its few documents agree on one, ``genre_number_format``)
            + f"，学不出本单位的写法：内置模板“{base.title}”加上本单位的"
            "红头、文号格式、署名和版记（由 drafter mine 生成）"
        ),
        "sections": _section_list(base, ordered, renamed, extra, builder.genre == "speech"),
        "fields": builder.fields,
    }


def _ordered_sections(base: TemplateSpec, structure: GenreStructure) -> list[SectionSpec]:
    """The base's typed sections in the mined majority order (an untyped one stays after the one before it)."""
    rank = {stat.kind: index for index, stat in enumerate(structure.sections)}
    middle = [s for s in base.sections if s.kind]
    positions: list[float] = []
    last = -1.0
    for section in middle:
        last = float(rank[section.kind]) if section.kind in rank else last + 0.01
        positions.append(last)
    return [s for _, s in sorted(zip(positions, middle, strict=True), key=lambda item: item[0])]


def _canonical_headings(builder: TemplateBuilder, sections: Sequence[SectionStat], emitted: EmitRecord) -> None:
    """The unit's canonical headings override the base's default ones (through its 章节标题, where it has one)."""
    base = builder.base
    assert base is not None
    titles_field = builder.base_field("章节标题")
    if titles_field is not None:
        keys = {sub.name for sub in titles_field.fields}
        # The title the built-in prints, which is not always its key: a summary's 主要做法 is headed 主要做法及成效
        # (when no 工作成效 follows), and a unit heading its own 主要做法 was drafted under the built-in's (ux15 walk).
        printed = {section.kind: section.title for section in base.sections if section.kind}
        custom = {}
        for stat in sections:
            key = section_name(stat.kind)
            if stat.heading and key in keys and (stat.heading != key or printed.get(stat.kind, key) != key):
                custom[key] = stat.heading
                emitted.headings[stat.kind] = stat.heading
        bodies = [stat for stat in sections if stat.kind != "intro"]
        if len(bodies) == 1 and bodies[0].listed and not bodies[0].heading and bodies[0].groups >= 2:
            # The unit's documents are one section written as its items, each a heading of the first level (a
            # congress committee's 审议意见: 一、加大工程建设力度 …, ux16 walk); under the built-in's heading
            # they were drafted 一、重点任务 （一）加大……. Its heading is left out, so the items head the text.
            only = bodies[0]
            key = next((k for k in (section_name(only.kind), printed.get(only.kind, "")) if k in keys and k), "")
            if key and key not in custom:
                custom[key] = ""
        if custom:
            builder.fields["章节标题"] = {"default": custom, "example": custom}


def _content_examples(builder: TemplateBuilder, sections: Sequence[SectionStat]) -> None:
    """The starter's examples of content and paragraph fields: by the shape of the unit's headings, never the
    built-in's sample items (a mined template writes like the unit, and the built-in's words are not the unit's)."""
    base = builder.base
    assert base is not None
    named = {section_name(stat.kind): stat for stat in sections}
    for spec in base.fields:
        if spec.type != "content":
            continue
        # A field several section types name (a notice's 正文: 主要内容, 主要任务) is described by the one
        # most documents have, not by the first alias (which may be held by a few documents only).
        found = max(
            (named[n] for n in (spec.name, *spec.aliases) if n in named), key=lambda s: s.documents, default=None
        )
        if found is None:
            # A field named otherwise than its section type (a 纪要's 议定事项 is the built-in's section of
            # type topical, 主要内容): the section the built-in titles with the field's name tells its type.
            # The walk's 纪要 starter asked for '一句话概括这一条' though nine headings gave their shape. Not a
            # type another field is named for (a 总结's 工作成效 is of type practices, which is 主要做法's).
            kinds = {
                section.kind
                for section in base.sections
                if section.title == spec.name and section.kind and base.field(section_name(section.kind)) is None
            }
            found = max((s for s in sections if s.kind in kinds), key=lambda s: s.documents, default=None)
        if not spec.starter or spec.example in (None, "", [], {}):
            # A section the unit's documents hold (its canonical sections: two source groups or more) is in
            # the starter even where the built-in's leaves it out: a unit whose 通报 are 情况通报 writes
            # 存在问题 in each, and its starter had it commented out among the optional fields.
            if found is None:
                continue
            example = _shape_example(found, spec.name) if found.shape else [placeholder(f"{spec.name}，一段或几段")]
            builder.fields.setdefault(spec.name, {}).update(starter=True, example=example)
            continue
        items = isinstance(spec.example, list) and any(isinstance(item, dict) for item in spec.example)
        starter: list[Any] = _shape_example(found, spec.name) if items else [placeholder(f"{spec.name}，一段或几段")]
        if items and base.name in _WHOLE_BODY and spec.name == _WHOLE_BODY[base.name]:
            headed = _headed_sections(sections, found, base)
            # No section of the field's own (a report's body is all headed sections): the unit's headings
            # are the items, without a first one asking for a heading of the user's.
            starter = headed if headed and found is None else starter + headed
        builder.fields.setdefault(spec.name, {})["example"] = starter
    # A paragraph field's sample is another unit's paragraph too (a county's school after-school service in
    # a bureau of agriculture's 报告, as its 导语): the starter asks for the unit's own, as for content fields.
    for spec in base.fields:
        if spec.type != "paragraphs" or not spec.starter or spec.example in (None, "", [], {}):
            continue
        if "example" in builder.fields.get(spec.name, {}):
            continue  # the unit's own (a usual value)
        ask = f"{spec.name}，一段或几段" + ("" if spec.required else "；不要时删去这一项")
        builder.fields.setdefault(spec.name, {})["example"] = [placeholder(ask)]


def _section_list(
    base: TemplateSpec,
    ordered: Sequence[SectionSpec],
    renamed: Mapping[str, str],
    extra: list[dict[str, str]],
    speech: bool,
) -> list[dict[str, str]]:
    """The manifest's sections: the base's, its typed ones in ``ordered``, the added ones (``extra``) before the
    署名 or 版记."""
    section_list: list[dict[str, str]] = []
    middle_iter = iter(ordered)
    for section in base.sections:
        entry = section
        if section.kind:
            entry = next(middle_iter)
        item = {"name": entry.name, "title": renamed.get(entry.name, entry.title)}
        if entry.kind:
            item["type"] = entry.kind
        if entry.when and not (speech and entry.name == "closing"):
            item["when"] = entry.when  # a speech always closes, with the formula at least
        if entry.name in ("signoff", "imprint", "receipt") and extra:
            section_list.extend(extra)
            extra = []
        section_list.append(item)
    section_list.extend(extra)
    return section_list


def _own_fixed_headings(
    builder: TemplateBuilder,
    sections: Sequence[SectionStat],
    emitted: EmitRecord,
    renamed: dict[str, str],
    kinds: dict[str, str],
) -> None:
    """The unit's heading of a section whose file writes a fixed heading other than the section's title (a 情况通报's
    # 工作要求 under 希望和要求), where the unit's canonical heading names the same thing its own way: as long, and
    ending in the same word (下步要求: a street office's 通报 were drafted 工作要求, a heading none of them wrote,
    ux27 walk). A heading that is another built-in section's title is that section's."""
    base = builder.base
    assert base is not None
    titles = {section.title for section in base.sections if section.title}
    for section in base.sections:
        name = f"{section.name}.j2"
        text = base_file(base, name)
        if name in builder.files:
            continue
        for fixed in re.findall(r"^# ([^\n{}#]+)$", text, re.M):
            if fixed == section.title or text.count(f"# {fixed}\n") != 1:
                continue
            held = [
                stat
                for stat in sections
                if stat.heading
                and stat.heading != fixed
                and stat.heading not in titles
                and len(stat.heading) == len(fixed)
                and stat.heading[-2:] == fixed[-2:]
            ]
            if not held:
                continue
            stat = max(held, key=lambda s: s.documents)
            # As the manifest's title (see _own_headings), which heads the section where the file writes its own.
            renamed[section.name] = kinds[stat.kind] = emitted.headings[stat.kind] = stat.heading
            break


def _own_headings(
    builder: TemplateBuilder, sections: Sequence[SectionStat], emitted: EmitRecord
) -> tuple[dict[str, str], dict[str, str]]:
    """The unit's heading of a built-in section whose file writes a fixed one (a 会议通知's # 有关要求), where
    the unit's canonical heading says more around the same words (报名及有关要求: three of the walk's meeting
    notices, whose sections the parse typed otherwise, so the type did not match them). The section's file
    is copied with the unit's heading. Returned: the heading of each built-in section renamed, and of each
    mined section type it came from (the template's description named it 主要内容, a name the clerk finds
    nowhere). A heading holding the title of two built-in sections (会议时间和会议地点) is none of them."""
    base = builder.base
    assert base is not None
    titles = [section.title for section in base.sections if section.title]
    renamed: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for section in base.sections:
        name = f"{section.name}.j2"
        line = f"# {section.title}\n"
        text = base_file(base, name)
        if not section.title or name in builder.files or line not in text:
            continue
        held = [
            stat
            for stat in sections
            if stat.heading != section.title
            and section.title in stat.heading
            and sum(title in stat.heading for title in titles) == 1
        ]
        if not held:
            continue
        stat = max(held, key=lambda s: s.documents)
        # The manifest's title, which drafting heads the built-in's section with (render._renamed_sections), not a copy
        # of the built-in's file with the heading written in: the keeper who retitled it in the manifest (templates show
        # lists it) saw the draft keep the file's heading (ux28 walk).
        renamed[section.name] = kinds[stat.kind] = emitted.headings[stat.kind] = stat.heading
    _own_fixed_headings(builder, sections, emitted, renamed, kinds)
    # The built-in heads 参会人员 (参训人员 for a class) and 会议议程 (培训内容) in an expression, not a '# ' line.
    for key, own, field in (
        ("attendees", _own_attendees_heading(sections), "参会人员"),
        ("agenda", _own_agenda_heading(sections), "会议议程"),
    ):
        filename = f"{key}.j2"
        text = base_file(base, filename)
        if not own or filename in builder.files or f"'{field}'" not in text:
            continue
        builder.files[filename] = text.replace(f"'{field}'", f"'{own}'", 1)
        renamed[key] = own
        spec = builder.base_field(field)
        if spec is not None:
            # The clerk fills in 参会人员 and reads 列席人员 in the draft (会议议程, 会议内容): the starter says they are one.
            entry = builder.fields.setdefault(field, {})
            said = entry.get("description") or spec.description
            entry["description"] = f"{said}；本单位这一节的标题写“{own}”，起草时照此排"
    return renamed, kinds


# A summary's plans headed by the period they are for (下半年工作打算, 2026年工作计划), the way most units write it.
_PERIOD_PLANS = re.compile(rf"^(?:{YEAR_PERIOD}|{HALF_YEAR}|{QUARTER}|明年|下一?年度?)的?工作(?P<word>打算|计划|安排)$")


def _period_plans(builder: TemplateBuilder, sections: Sequence[SectionStat], emitted: EmitRecord) -> None:
    """A mined summary heads its 下步打算 by the period after its 期间 (2026年工作打算, 下半年工作打算) where most of
    the unit's summaries (two groups at least) head their plans by a period: a 街道's 下半年工作打算 and 2025年工作打算
    were drafted 三、下步打算 (ux27 walk). A 期间 naming no year, half or quarter (a 学期) keeps 下步打算."""
    if builder.base is None or builder.base.name != "summary" or "next_steps.j2" in builder.files:
        return
    stat = next((s for s in sections if s.kind == "next_steps"), None)
    if stat is None:
        return
    held = [v for v in stat.variants if _PERIOD_PLANS.match(v.text)]
    if sum(v.groups for v in held) < 2 or 2 * sum(v.documents for v in held) <= stat.documents:
        return
    word = _PERIOD_PLANS.match(max(held, key=lambda v: v.documents).text)
    assert word is not None
    builder.files["next_steps.j2"] = (
        "{% set next = 期间 | 下一期间 %}\n"
        f"{{{{ section_markup((next ~ '工作{word.group('word')}') if next else '下步打算', '下步打算', 下步打算) }}}}\n"
    )
    custom = builder.fields.get("章节标题", {}).get("default")
    if isinstance(custom, dict) and _PERIOD_PLANS.match(str(custom.get("下步打算", ""))):
        # One period's heading (下半年工作打算) as every summary's would head a year's plans 下半年 too.
        del custom["下步打算"]
        emitted.headings.pop("next_steps", None)
    emitted.headings["next_steps"] = f"（下一期间）工作{word.group('word')}"


# The headings a unit gives its meeting's business in place of 会议议程: what the meeting will do, in a sentence.
_AGENDA_HEADINGS = ("会议内容", "会议主要内容", "主要内容", "会议事项", "会议主题")


def _own_agenda_heading(sections: Sequence[SectionStat]) -> str:
    """The unit's own heading of a meeting notice's agenda, where most of its meeting notices (two groups at
    least) write one of ``_AGENDA_HEADINGS``: a 街道's 工作例会 notices head it 四、会议内容, and the mined template
    drafted 四、会议议程 (ux27 walk)."""
    found = [
        variant
        for stat in sections
        if stat.kind == "meeting_info"
        for variant in stat.variants
        if variant.text in _AGENDA_HEADINGS and variant.groups >= 2 and variant.share > 0.5
    ]
    return max(found, key=lambda v: v.documents).text if found else ""


def _own_attendees_heading(sections: Sequence[SectionStat]) -> str:
    """The unit's own heading of a meeting notice's list of who comes, where most of its meeting notices
    (two groups at least) write another than 参会人员: a standing committee's notices head it 列席人员 (its
    members are the 主送), and the mined starter headed theirs 参会人员, a part the unit never writes."""
    found = [
        variant
        for stat in sections
        if stat.kind == "meeting_info"
        for variant in stat.variants
        if variant.text.endswith("人员")
        and len(variant.text) <= 8
        and variant.text not in ("参会人员", "参训人员")
        and variant.groups >= 2
        and variant.share > 0.5
    ]
    return max(found, key=lambda v: v.documents).text if found else ""


# The statutory genre a title names last (……的通报, ……的请示).
_TITLE_GENRE = re.compile(r"(通报|报告|请示|意见|批复|复函|函|决定|纪要|通知)$")


def _titled_otherwise(titles: Sequence[str], base_title: str) -> str:
    """Which of the genre's documents are titled as another genre: a unit's 通报 count as its notices (LABELS),
    and a township that never wrote a 通知 was told its notice template came from '4 篇通知'."""
    named: dict[str, int] = {}
    for title in titles:
        found = _TITLE_GENRE.search(title.strip())
        if found and found.group(1) not in base_title and base_title not in found.group(1):
            named[found.group(1)] = named.get(found.group(1), 0) + 1
    return "（其中 " + "、".join(f"{n} 篇是{word}" for word, n in named.items()) + "）" if named else ""


_HEAD = """{% if 发文机关标志 %}
::发文机关标志 {{ 发文机关标志 }}
::发文字号 {{ 发文字号 or ((文号格式 | replace('{年}', 成文日期.year | string) | replace('{号}', 文号序号 | string)) if 文号格式 and 文号序号 else '') }}
{% endif %}
::标题 {{ 标题 }}
{% if 主送机关 %}
::主送 {{ 主送机关 }}
{% endif %}
"""
_SIGNOFF = """::署名 {{ 署名 }}
::成文日期 {{ 成文日期 | 日期 }}
{% if 印章 %}
::印章
{% endif %}
"""
_IMPRINT = """{% if 抄送 %}
::抄送 {{ 抄送 | join('，') }}
{% endif %}
{% if 印发机关 %}
::印发机关 {{ 印发机关 }}
::印发日期 {{ (印发日期 or 成文日期) | 日期 }}
{% endif %}
"""


def _standalone(
    builder: TemplateBuilder,
    structure: GenreStructure,
    sections: Sequence[SectionStat],
    choices: dict[str, tuple[Choice | None, list[Choice]]],
    constants: Sequence[Constant],
    emitted: EmitRecord,
    titles: Sequence[str],
) -> dict[str, Any] | None:
    genre = builder.genre
    signed = genre not in _UNSIGNED
    fields = builder.fields
    fields["标题"] = {"type": "text", "required": True, "description": "文件标题", "example": placeholder("文件标题")}
    fields["主送机关"] = {"type": "text", "description": "主送机关（需要时填写）", "starter": False, "example": ""}
    if signed:
        fields["发文机关标志"] = {
            "type": "text",
            "description": "填写后排红头，如“某某局文件”",
            "starter": False,
            "example": "",
        }
        fields["发文字号"] = {"type": "doc_number", "description": "红头下的发文字号", "starter": False, "example": ""}
        fields["文号格式"] = {
            "type": "text",
            "description": "发文字号的格式，如“X教〔{年}〕{号}号”",
            "starter": False,
            "example": "",
        }
        fields["文号序号"] = {
            "type": "integer",
            "minimum": 1,  # as above: no 文号 is numbered 0
            "description": "发文字号的序号",
            "starter": False,
            "example": "",
        }
    builder.files["head.j2"] = _HEAD if signed else "::标题 {{ 标题 }}\n"
    section_list: list[dict[str, str]] = [{"name": "head", "title": "版头、标题和主送机关"}]
    # Opening.
    opening, opening_alts = choices["opening"]
    transition, transition_alts = choices["transition"]
    standard = STANDARD.get(genre, {})
    if transition is None and "transition" in standard:
        emitted.standard.append("transition")
        emitted.transition = standard["transition"]
        transition_text = standard["transition"]
    else:
        transition_text = builder.formula(transition) if transition else ""
    default = (builder.formula(opening) if opening else "") + transition_text
    emitted.placed.extend(place for place, chosen in (("opening", opening), ("transition", transition)) if chosen)
    literal = standard.get("transition", "") if transition is None else ""
    if transition is not None and not transition.phrase.slots:
        literal = transition.text
    builder.files["intro.j2"] = paragraph_block(
        "导语", default, append=transition_text, literal=literal if transition_text else ""
    )
    fields["导语"] = {
        "type": "paragraphs",
        "description": "开头一段"
        + (f"；不填时用常用开头“{(opening.text if opening else '')}{emitted.transition}”" if default else "")
        + ("，自己写的开头会接上这句过渡语" if transition_text else ""),
        "required": not default,
        "example": placeholder("开头一段：为什么发这份文件") if not default else "",
        "starter": not default,
        "alternatives": formula_alternatives(opening_alts + transition_alts, opening or transition),
    }
    section_list.append({"name": "intro", "title": "导语"})
    # Body: each mined section; sections whose headings name their content are items at level one.
    by_kind = {stat.kind: stat for stat in sections}
    if not sections:
        sections = []
        by_kind = {}
    body_kinds = [stat.kind for stat in sections] or ["topical"]
    emitted.sections = [stat.kind for stat in sections]
    for order, kind in enumerate(body_kinds, 1):
        stat = by_kind.get(kind)
        heading = stat.heading if stat else ""
        # The field is called what the documents call the section (有关要求), else by its type.
        name = heading if heading and heading not in fields else section_name(kind)
        if heading:
            emitted.headings[kind] = heading
        filename = f"s{order:02d}_{kind}"
        body = ["{% import '_macros.j2' as m %}"]
        if heading:
            body.append(f"# {heading}")
        body.append("{{ m.content(" + name + ", " + ("2" if heading else "1") + ") }}")
        builder.files[filename + ".j2"] = "\n".join(body) + "\n"
        required = order == 1
        fields[name] = {
            "type": "content",
            "required": required,
            "max_depth": 3 if heading else 4,
            "description": f"{name}："
            + (f"{stat.documents}/{structure.documents} 篇文档有这一部分" if stat else "正文")
            + (f"，标题“{heading}”" if heading else "，每条的标题即一级标题"),
            "example": [placeholder(f"{name}的内容")] if heading else _shape_example(stat, name),
        }
        entry = {"name": filename, "title": name, "type": kind}
        if not required:
            entry["when"] = name
        section_list.append(entry)
    # Closing.
    closing, closing_alts = choices["closing"]
    if closing is None and "closing" in standard:
        emitted.standard.append("closing")
        emitted.closing = standard["closing"]
        closing_text = standard["closing"]
    else:
        closing_text = builder.formula(closing) if closing else ""
        emitted.placed.extend(["closing"] if closing else [])
    builder.files["closing.j2"] = closing_block("结尾", closing_text)
    fields["结尾"] = {
        "type": "paragraphs",
        "description": f"结尾一段；不填时用“{emitted.closing}”，不要结尾时写“结尾: 无”"
        if closing_text
        else "结尾一段（可选）",
        "starter": False,
        "example": "",
        "alternatives": formula_alternatives(closing_alts, closing),
    }
    section_list.append({"name": "closing", "title": "结尾"})
    if signed:
        fields["署名"] = {
            "type": "text",
            "required": True,
            "description": "落款的单位名称",
            "example": placeholder("单位名称"),
        }
        fields["成文日期"] = {
            "type": "date",
            "required": True,
            "description": "落款日期",
            "example": sample("2025年3月1日"),  # a date field cannot hold a placeholder's words
        }
        fields["印章"] = {"type": "bool", "description": "是否加盖印章", "starter": False, "example": "是"}
        fields["抄送"] = {"type": "list", "description": "版记里的抄送机关", "starter": False, "example": ""}
        fields["印发机关"] = {
            "type": "text",
            "description": "版记里的印发机关，一般是办公室",
            "starter": False,
            "example": "",
        }
        fields["印发日期"] = {
            "type": "date",
            "description": "版记里的印发日期；不填时与成文日期相同",
            "starter": False,
            "example": "",
        }
        builder.files["signoff.j2"] = _SIGNOFF
        builder.files["imprint.j2"] = _IMPRINT
        section_list.append({"name": "signoff", "title": "署名和成文日期"})
        section_list.append({"name": "imprint", "title": "版记"})
        builder.declared = set(fields)
        apply_constants(builder, constants, emitted)
    if not signed:
        for key in ("主送机关",):
            fields.pop(key, None)
    return {
        "name": genre,
        "genre": genre,
        "title": f"{genre_name(genre)}（挖掘）",
        "aliases": [],
        "description": f"由 drafter mine 从 {structure.documents} 篇{genre_name(genre)}挖掘"
        + ("：章节顺序 " + " → ".join(section_name(s.kind) for s in sections) if sections else ""),
        "sections": section_list,
        "fields": fields,
    }
