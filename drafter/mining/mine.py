"""``drafter mine``: a corpus → report.json, report.html and one template folder per genre."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from ..errors import OutputError, os_reason
from ..gongwen import OWN_TEMPLATES, mining_genres
from ..output import (
    added_since_written,
    check_output_folder,
    commit_folder,
    edited_since_written,
    removed_since_written,
    stage_folder,
)
from ..terminal import display_data
from ..workers import worker_pool
from . import tokenise
from .budget import check_corpus_size, max_characters
from .builder import Emitted
from .carry import carry_edits, check_edits, template_texts
from .constants import MIN_DOCUMENTS as CONSTANT_DOCUMENTS
from .constants import MIN_SHARE as CONSTANT_SHARE
from .constants import (
    USUAL_DOCUMENTS,
    Archive,
    Constant,
    Issuer,
    addressee_default,
    genre_imprint,
    genre_issuer,
    genre_mark,
    genre_number_format,
    other_issuers,
    own_contact,
    own_meeting_place,
    read_archive,
    sent_by_an_office,
    short_name,
    unit_constants,
    unit_signature,
    unit_wide_constants,
    usual_addressee,
    usual_values,
)
from .docvalues import with_issued_imprints
from .emit import MIN_DOCUMENTS, MIN_GROUPS, emit_template
from .labels import genre_name
from .parse import ParsedDocument, Progress, SkippedFile, parse_paths
from .phrases import Phrase, mine_phrases
from .reader import nothing_readable
from .report import build_report, report_html, write_report_json
from .spread import Groups, joined_reasons, numbered_issue, source_groups
from .structure import GenreStructure, genre_structures
from .tokenise import Segmented, Unit, corpus_units, segment, starts_with_verb, warm_up


@dataclass(frozen=True)
class MineResult:
    output: Path
    files: int
    skipped: tuple[SkippedFile, ...]
    documents: int
    duplicates: int
    phrases: int
    templates: tuple[Path, ...]
    not_written: tuple[tuple[str, str], ...] = ()  # (genre name, why no template was written)
    head_only: tuple[Path, ...] = ()  # templates of genres with too few documents or none: the unit's 红头 and 版记
    issuers: tuple[Issuer, ...] = ()  # other bodies the templates draft as (the unit's 党委), with their own values
    carried: tuple[str, ...] = ()  # the keeper's edits of the earlier result's templates, made again: a line a file
    # Templates this mine would write that the keeper deleted from the earlier result: (genre name, folder), left out.
    withheld: tuple[tuple[str, Path], ...] = ()
    # The unit's habits each template drafts by default (红头, 文号, 署名, 主送, 抄送, 印发机关, 签发人, 附注), as
    # (field, value as shown, documents carrying it): the screen named none, and the keeper read the report to know.
    habits: tuple[tuple[Path, tuple[tuple[str, str, str], ...]], ...] = ()


def _segment_chunk(units: list[Unit]) -> list[Segmented]:
    return segment(units)


def _chunks(items: Sequence[Unit], size: int) -> list[list[Unit]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def segment_corpus(units: Sequence[Unit], *, jobs: int = 1, progress: Progress | None = None) -> list[Segmented]:
    """Tokens of every unit. A sentence written again anywhere in the corpus (a formula, a copied
    paragraph) is cut once: its tokens depend on its text alone and are only read afterwards."""
    if tokenise.REUSE_REPEATS:
        first: dict[str, int] = {}
        distinct: list[Unit] = []
        for unit in units:
            if unit.text not in first:
                first[unit.text] = len(distinct)
                distinct.append(unit)
        cut = _segment_all(distinct, jobs=jobs, progress=progress)
        return [cut[first[unit.text]] for unit in units]
    return _segment_all(units, jobs=jobs, progress=progress)


def _segment_all(units: Sequence[Unit], *, jobs: int = 1, progress: Progress | None = None) -> list[Segmented]:
    size = 500
    chunks = _chunks(units, size)
    out: list[Segmented] = []
    if progress:
        progress("segment", 0, len(units))
    if jobs > 1 and len(chunks) > 1:
        with worker_pool(jobs, warm_up) as pool:
            for result, chunk in zip(pool.map(_segment_chunk, chunks), chunks, strict=False):
                out.extend(result)
                if progress:
                    progress("segment", len(chunk), len(units))
    else:
        for chunk in chunks:
            out.extend(segment(chunk))
            if progress:
                progress("segment", len(chunk), len(units))
    return out


def memberships(documents: Sequence[ParsedDocument]) -> list[tuple[str, ...]]:
    """Every genre each document counts in: what it is (its label: a 工作总结 titled 报告 is still a
    summary) and the 文种 its title names when that has a template of its own (a 报告 to write).

    A document whose title names a statutory 文种 with no template at all (a 决定: adopted at a sitting,
    dated in brackets under its title, no 主送, 署名 or 版记) is that, whatever its body looked like to the
    label: counted as a 通知 it outvoted the notices' 红头, 文号 and 抄送 and lent them its sentences."""
    return [
        ("other",)
        if _untemplated(d.doc_type)
        else _issue_genres(d.genre)
        if _an_issue(d)
        else mining_genres(d.genre, d.doc_type)
        for d in documents
    ]


def _issue_genres(genre: str) -> tuple[str, ...]:
    """An issue of a 简报 counts for the 简报 template; one reporting a meeting (会议简报) is a report of that
    meeting as well, and still teaches the unit's meeting reports (corpus/own c's 党建工作简报 did)."""
    return ("briefing", genre) if genre == "meeting_report" else ("briefing",)


def _an_issue(document: ParsedDocument) -> bool:
    """Whether a document is an issue of a 简报 (政务信息, 工作简报): a 期号 stands in its head and its genre is no 纪要
    (a 纪要 carries a 期号 too and has a template of its own). Its label goes by its items (an issue telling what
    was done read as a summary), but the office drafts the next issue from a 简报 template, not a summary's."""
    if document.genre == "meeting_report" and "纪要" in document.title:
        return False
    return numbered_issue(document)


def _untemplated(named: str) -> bool:
    """Whether ``named`` (a ``doc_type``) is a statutory 文种 no template of its own is mined for: a 决定, and a 公告,
    which the built-in 通告 drafts but a unit keeps as a series apart (no 主送, a 文号 series of its own such as
    ×自然资告, no 版记): labelled a notice, the ux19 walk's 国有建设用地使用权挂牌出让公告 was one of three notices,
    diluting their 主送机关 and 文号 to 2/3 and merging its 现将有关事项公告如下： into their transition."""
    return bool(named) and named != "notice" and named not in OWN_TEMPLATES


def analyse(
    documents: Sequence[ParsedDocument], *, jobs: int = 1, progress: Progress | None = None, min_groups: int = 2
) -> tuple[list[Phrase], dict[str, GenreStructure], Groups]:
    """Phrases, per-genre structure and source groups of parsed documents (duplicates already out)."""
    genres = memberships(documents)
    units = corpus_units(documents)
    segmented = segment_corpus(units, jobs=jobs, progress=progress)
    groups = source_groups(documents)
    phrases = mine_phrases(units, segmented, groups, min_groups=min_groups, genres=genres)
    structures = genre_structures(documents, groups, verb=starts_with_verb, genres=genres)
    return phrases, structures, groups


def _voices(groups: Groups, numbers: Sequence[int], held: Sequence[int]) -> int:
    """Source groups among a genre's documents given by their place in the genre (``numbers``: in the corpus)."""
    return groups.count([numbers[i] for i in held])


_NO_DOCUMENT = (
    "读出了文字，但没有找到一篇完整的公文（要有标题、正文，一般还有署名和成文日期），没有用于挖掘；"
    "可以用 drafter parse 看它是怎样读的"
)


def _earlier_mine_output(folder: Path) -> bool:
    """A folder written by a drafter mine from before output folders carried their record."""
    if not (folder / "report.json").is_file() or not (folder / "report.html").is_file():
        return False
    for entry in folder.iterdir():
        if entry.name in ("report.json", "report.html"):
            continue
        if entry.is_symlink() or not entry.is_dir() or not (entry / "manifest.yaml").is_file():
            return False
        if any(p.is_symlink() or not p.is_file() or p.suffix not in (".yaml", ".j2") for p in entry.iterdir()):
            return False
    return True


# Genres whose built-in prints the 红头 of the unit that sends them (工作总结, 讲话稿 print none). Not a 通告: it is
# posted or published for the public, without the 红头, 文号 series and 版记 of the unit's notices, and an office
# that never writes one is offered no 通告 template of its 红头 alone.
_HEADED = ("notice", "meeting_notice", *(genre for genre in OWN_TEMPLATES if genre != "announcement"))
# A 函 or 批复 goes to one office about its matter: the offices the unit's notices and reports are copied to
# are not copied to by default (ux9 walk: a letter to an outside body was copied to the 国资委).
_ANSWERS_ONE_OFFICE = ("letter", "reply")


def _head_for(
    genre: str, head: Sequence[Constant], copied: bool = False, copied_otherwise: bool = False
) -> list[Constant]:
    """The unit's 红头, 文号, 署名 and 版记 as a template of ``genre`` written from them alone takes them.
    ``copied``: the genre's own documents are copied to the unit's usual offices (``_copied_as_usual``);
    ``copied_otherwise``: they are all copied, each to others (``_copied_otherwise``)."""
    return [
        c
        for c in head
        if not (c.field == "抄送" and (copied_otherwise or (genre in _ANSWERS_ONE_OFFICE and not copied)))
    ]


def _copied_as_usual(archive: Archive, documents: Sequence[ParsedDocument]) -> bool:
    """Whether the unit's own documents among ``documents`` (other units' 范文 left out), ``USUAL_DOCUMENTS`` of
    them at least, are all copied to the offices its other genres are: then its letters are so copied, as they
    say (ux19 walk: both of a bureau's letters copied to 县人民政府办公室，市自然资源和规划局, and the template
    written from its 红头 alone left the 抄送 line out, as it does for a unit whose letters copy no one)."""
    usual = next((c.value for c in archive.head if c.field == "抄送"), None)
    if not isinstance(usual, list) or not usual:
        return False
    carried = archive.carriers_of(documents)
    own = set(range(len(documents))) - archive.signed_elsewhere(documents)
    held = set(carried.get("抄送", {}).get(tuple(usual), ()))
    return len(own) >= USUAL_DOCUMENTS and own <= held


def _copied_otherwise(archive: Archive, documents: Sequence[ParsedDocument]) -> bool:
    """Whether the unit's own documents among ``documents``, ``USUAL_DOCUMENTS`` of them at least, are each copied
    and none to the offices its other genres are: a county 两办's 请示 to the city, copied to the office the matter
    concerns (县委编办, 县文旅局), took the notices' 抄送 of the county's 人大, 政协, 法院 and 检察院 as their
    default (ux21 walk)."""
    usual = next((c.value for c in archive.head if c.field == "抄送"), None)
    if not isinstance(usual, list) or not usual:
        return False
    own = set(range(len(documents))) - archive.signed_elsewhere(documents)
    copies = archive.carriers_of(documents).get("抄送", {})
    held = {n for value, carrying in copies.items() for n in carrying if n in own}
    return len(own) >= USUAL_DOCUMENTS and own <= held and not set(copies.get(tuple(usual), ())) & own


# The genres going up: a 请示 is copied as the unit's 报告 are, not as its notices going down.
_UPWARD = ("request", "report")


def _copied_otherwise_upward(mined: _Mined, genre: str) -> bool:
    """Whether a 请示 or 报告 is copied otherwise than the unit's usual 抄送 as its documents going up (请示 and
    报告 together, ``_copied_otherwise``) are: a county police bureau's one 请示 to the county government copied
    to its finance bureau and one 报告 to the city bureau copied to the county's 政法委 alone, and the head-only
    templates of both defaulted to the notices' 政法委, 检察院 and 法院 (ux22 walk); too few of either genre for
    ``_copied_otherwise`` on its own."""
    if genre not in _UPWARD:
        return False
    going_up = [mined.documents[n] for n, held in enumerate(mined.genres) if set(held) & set(_UPWARD)]
    return _copied_otherwise(mined.archive, going_up)


def _own_titles(documents: Sequence[ParsedDocument], constants: Sequence[Constant], unit: str = "") -> list[str]:
    """The titles of the documents naming the unit (its 署名, or its 发文机关标志 without 文件, or the ``unit``
    most of the archive is signed by where the genre learnt neither): the unit's own, not the saved web
    samples of other units beside them."""
    names = [str(c.value) for c in constants if c.field == "署名" and isinstance(c.value, str)]
    names += [unit] if unit and not names else []
    names += [
        str(c.value).removesuffix("文件") for c in constants if c.field == "发文机关标志" and isinstance(c.value, str)
    ]
    names = [name for name in names if len(name) >= 2]
    names += [short for short in map(short_name, names) if short and short not in names]
    if not names:
        return []
    return [d.title for d in documents if d.title and any(name in line.text for line in d.lines for name in names)]


# The parts of the unit's 红头 its documents of every genre show: a sample of a genre whose own documents
# show them too seldom for one of their own.
_HEAD_SAMPLES = ("发文机关标志", "文号格式")


def _head_samples(unit: Sequence[Constant], genre: Sequence[Constant]) -> list[Constant]:
    """The unit's 红头 and 文号 (``unit_head_constants``, ``unit_samples``) as the samples of a genre's starter
    where neither the genre's defaults nor its usual values hold them: the ux11 walk's notices, one of four
    keeping its 红头 榆荫里社区居民委员会, offered the built-in's 〔示例〕青禾县教育局文件 and 青教〔2025〕5号."""
    held = {c.field for c in genre}
    return [c for c in unit if c.field in _HEAD_SAMPLES and c.field not in held]


class NothingToMine(OutputError):
    """No input held a document that could be read."""


@dataclass(frozen=True)
class _Mined:
    """What every genre's template is written from: the archive's documents and the facts read of them once,
    and the staging folder the templates go to."""

    staging: Path
    documents: Sequence[ParsedDocument]
    genres: Sequence[tuple[str, ...]]  # the genres each document counts in (``memberships``)
    phrases: Sequence[Phrase]
    groups: Groups
    archive: Archive

    @cached_property
    def elsewhere(self) -> set[int]:
        """The documents (indices of ``documents``) other units signed: a reply the 区政府 sent the unit, saved 范文."""
        return self.archive.signed_elsewhere(self.documents)

    @cached_property
    def unit_titles(self) -> list[str]:
        """The titles of the unit's own documents of every genre (``_own_titles``): how the unit titles a genre
        it has too few titled documents of to tell."""
        own = [document for n, document in enumerate(self.documents) if n not in self.elsewhere]
        return _own_titles(own, self.archive.head, self.archive.unit)

    @cached_property
    def issuers(self) -> tuple[Issuer, ...]:
        """The bodies besides the unit issuing under their own 署名 and 文号 (its 党委): every headed template
        of the unit drafts as them too when the clerk writes one as 发文机关."""
        return other_issuers(self.archive)


@dataclass(frozen=True)
class _GenreValues:
    """What a genre's template takes from its own documents, and borrows from the archive where they are
    too few or disagree: read before the template is written so a head-only fallback can reuse it."""

    numbers: list[int]  # the genre's documents' places in the archive
    documents: list[ParsedDocument]
    own: list[Constant]  # its constants (defaults), its own and the unit-wide ones it borrows
    usual: list[Constant]  # its usual values and the samples it borrows (starter samples, never defaults)
    others: set[int]  # its documents signed by other units (saved 范文), by their place among ``documents``
    own_titles: list[str]
    # The unit's office signing every one of the genre's documents where they are too few for a template of
    # their own (``sent_by_an_office``); "" otherwise.
    office: str
    # Too few documents, or too few of the unit's own, to learn the genre's writing from: saved 范文 of other
    # units make up the rest (an emergency bureau's 通报 were two of its 安委办's and a 范文 page's).
    few: bool = False


def _genre_values(mined: _Mined, genre: str, structure: GenreStructure) -> _GenreValues:
    """The constants, usual values and samples of ``genre``: its documents' own, the unit's 红头, 署名 and 版记
    where they agree with them, and the unit's usual addressee, meeting place and contact where its documents
    name none, so that its starter offers the unit's values rather than the built-in's (another unit's)."""
    archive, groups = mined.archive, mined.groups
    numbers = [n for n, held in enumerate(mined.genres) if genre in held]
    documents = [mined.documents[n] for n in numbers]
    kind = {"speech": genre == "speech", "bulletin": genre == "bulletin", "minutes": genre == "meeting_report"}
    # Other units' documents (saved 范文) tell nothing of what the unit writes or leaves out: a
    # county's 报告 ending on 特此报告。 gave the unit's summaries, which never do, that closing.
    others = archive.signed_elsewhere(documents)
    # Nor are they votes on the genre's own constants: an emergency bureau's four notices, all copied to the
    # same four offices, were four of eleven beside a 范文 page's notices, short of the bar, and the notice
    # template learnt no 抄送 (ux15 walk).
    # Nor are the documents it issued under the name of a body it hosts (its 安委办) votes on its own name.
    own = unit_constants(documents, others=others, hosted=archive.hosted_among(documents), **kind)
    # A genre with few documents of its own takes the unit's 红头, 署名 and 版记 where they agree.
    own += unit_wide_constants(documents, archive, own, minutes=kind["minutes"])
    unit = next((str(c.value) for c in own if c.field == "单位"), "")
    # (a reply the 区政府 sent the unit names the unit in its title and 主送: it is not the unit's own, and its matter
    # was the 批复 starter's 事由 sample, 同意拨付东湖街道……资金, as though the street office replied to itself)
    own_titles = _own_titles(
        [document for n, document in enumerate(documents) if n not in others], own or archive.head, archive.unit
    )
    usual = usual_values(
        documents,
        partial(_voices, groups, numbers),
        meeting=genre == "meeting_notice",
        # A 纪要's 单位 where its documents give it, else whose archive it is: the 党组's 纪要标志 (中共××局党组会议纪要)
        # and the 局务会议's name the unit either way, though no 单位 is a default (ux26 walk).
        unit=unit or (archive.unit if kind["minutes"] else ""),
        others=others,
        **kind,
    )
    # A genre whose own documents name no one addressee (each meeting notice adds the office its
    # meeting concerns) is sent where the unit's documents going the same way are: its starter offered
    # the built-in's, a school district's, beside the unit's usual one.
    if archive.head and not any(c.field == "主送机关" for c in (*own, *usual)):
        usual += [replace(c, differing=True) for c in usual_addressee(archive, mined.genres, genre, groups.count)]
    elif archive.head and not any(c.field == "主送机关" for c in own):
        # All of the genre's few documents go where the unit's documents going the same way go by custom.
        borrowed = addressee_default(genre, usual, usual_addressee(archive, mined.genres, genre, groups.count))
        if borrowed is not None:
            own.append(borrowed)
            usual = [c for c in usual if c.field != "主送机关"]
    if genre == "meeting_notice" and not any(c.field == "会议地点" for c in usual):
        usual += own_meeting_place(documents, others)
    # The same for the contact (a meeting notice's 联系人): the unit's office clerk, not the built-in's. And for
    # the 签发人 of a 请示 or 报告 with a template of its own: one of two 请示 naming him, the starter asked for a
    # signer the unit's 请示 and 报告 together name (ux18 walk); a genre without the field takes nothing from it.
    for name in ("联系人", "签发人"):
        if not any(c.field == name for c in (*own, *usual)):
            theirs = (
                own_contact(documents, others, archive.samples, archive, mined.groups.count) if name == "联系人" else []
            )
            usual += theirs or [replace(c, differing=True) for c in archive.samples if c.field == name]
    if not any(c.field == "署名" for c in (*own, *usual)):
        usual += unit_signature(archive)
    few = _too_few(structure) or len(documents) - len(others) < MIN_DOCUMENTS
    office = sent_by_an_office(documents, archive) if few else ""
    if few and not office and genre in _HEADED and not _heads_of_its_own(archive, documents, others):
        # A genre whose documents are mostly other units' 范文 is still sent under the unit's 红头, as one the
        # unit never wrote is (``_missing_genre_template``): three saved 通报 of other units gave a 通报 template
        # of their formulae with no 红头, 文号, 署名 or 版记 at all, beside the unit's 批复 and 意见 carrying them.
        have = {c.field for c in own}
        own += [c for c in _head_for(genre, archive.head) if c.field not in have]
    return _GenreValues(numbers, documents, own, usual, others, own_titles, office, few)


def _genre_template(mined: _Mined, genre: str, structure: GenreStructure, values: _GenreValues) -> Emitted:
    """The template of a genre the archive holds documents of, from what they write (``values``); when too
    few of them, the result says why no template was written, in the user's terms (joined into too few source
    groups, or sent under the office's name rather than the unit's 红头)."""
    head = mined.archive.head
    samples = _head_samples((*head, *mined.archive.samples), values.own + values.usual)
    result = emit_template(
        mined.staging / genre,
        genre,
        structure,
        [p for p in mined.phrases if p.genre == genre],
        values.own,
        [d.title for d in values.documents if d.title],
        [_whole_text(d) for d in values.documents],
        values.usual + samples if genre in _HEADED else values.usual,
        values.others,
        own_titles=values.own_titles,
        issuers=mined.issuers,
    )
    # Documents joined into fewer groups than a template needs (two yearly summaries of one series) say
    # why, whether or not there were enough documents as well.
    if result.folder is None and structure.groups < min(structure.documents, MIN_GROUPS):
        result = replace(result, reason=result.reason + joined_reasons(mined.groups, values.numbers))
    if result.folder is None and values.office:
        # Not the unit's 红头, 文号 and 版记: the genre's own documents go out under its office's name.
        note = f"；本单位的这类文档都由“{values.office}”署名、不带红头，所以不套用本单位的红头和版记"
        result = replace(result, reason=result.reason + note)
    return result


def _heads_of_its_own(archive: Archive, documents: Sequence[ParsedDocument], others: Collection[int]) -> bool:
    """Whether any of the unit's own documents among ``documents`` carries a 红头: then they say how the genre
    is sent (``unit_wide_constants`` reads them), not the unit's other genres."""
    own = [document for n, document in enumerate(documents) if n not in others]
    return "发文机关标志" in archive.carriers_of(own)


def _widest_issuers(issuers: Sequence[Issuer]) -> tuple[Issuer, ...]:
    """Each other issuer once, as the template taking most of its values took it (a 请示's leaves out its 主送机关),
    in the order first met: the screen's line lists what drafting as it changes."""
    widest: dict[str, Issuer] = {}
    for issuer in issuers:
        if issuer.name not in widest or len(issuer.constants) > len(widest[issuer.name].constants):
            widest[issuer.name] = issuer
    return tuple(widest.values())


def _too_few(structure: GenreStructure) -> bool:
    """Whether a genre's documents are too few, or of too few source groups, for a template of their own."""
    return structure.documents < MIN_DOCUMENTS or structure.groups < MIN_GROUPS


def _takes_the_units_head(mined: _Mined, genre: str, structure: GenreStructure, values: _GenreValues) -> bool:
    """Whether a genre with no template of its own gets one of the unit's 红头, 文号, 署名 and 版记: it is sent
    under the unit's 红头, has too few documents to learn from, and they are not all its office's (which go out
    without a 红头)."""
    # Not only a genre of too few documents: one of enough whose unit's own are too few (the rest other units'
    # 范文) learns nothing of the unit either, and got no template at all where the genres the unit never wrote
    # got one of its 红头 (ux15 walk: 通报 材料太少 beside a 批复 and an 意见 of the unit's 红头).
    return bool(mined.archive.head) and genre in _HEADED and values.few and not values.office


def _no_unit_head(archive: Archive) -> str:
    """Why a statutory genre of too few documents got no template of the unit's 红头 either: the clerk of a
    county's two offices (两办), whose 红头 are the party office's, the government office's and both stacked,
    read only 请示：只有 2 篇文档 and could not tell that a unit of one 红头 gets a 请示 template all the same
    (ux21 walk)."""
    marks = archive.own_carriers.get("发文机关标志", {})
    carrying = sum(len(held) for held in marks.values())
    if not carrying:
        return "；本单位的文档里没有读出红头（发文机关标志），也没有按本单位的红头另生成模板"
    value, held = max(marks.items(), key=lambda item: len(item[1]))
    shown = "、".join(value) if isinstance(value, (list, tuple)) else str(value)
    if carrying < CONSTANT_DOCUMENTS:
        return (
            f"；本单位只有 {carrying} 篇文档读出了红头（如“{shown}”），要至少 {CONSTANT_DOCUMENTS} 篇写着同一个红头，"
            "才按本单位的红头另生成模板"
        )
    return (
        f"；本单位写了红头的 {carrying} 篇文档红头不统一，最多的“{shown}”只有 {len(held)} 篇"
        f"（要至少 {CONSTANT_DOCUMENTS} 篇、占 {CONSTANT_SHARE:.0%} 以上），所以也没有按本单位的红头另生成模板"
    )


def _whole_text(document: ParsedDocument) -> str:
    """A document's lines as one text, as emit_template reads what the unit writes."""
    return "\n".join(line.text for line in document.lines)


def _head_only_template(mined: _Mined, genre: str, structure: GenreStructure, values: _GenreValues) -> Emitted:
    """A template of the unit's 红头, 文号, 署名 and 版记 alone for a statutory genre it sends under its 红头 and
    has too few documents of to learn a body from (a company's archive with one 请示, and a 请示 to write), with
    the 文号 series the genre's own documents write and the values they write alike as its samples."""
    archive = mined.archive
    bare = GenreStructure(genre, structure.documents, (), (), groups=structure.groups)
    addressee = usual_addressee(archive, mined.genres, genre, mined.groups.count)
    # What the genre's few documents write alike (two of as many source groups: the bar of a
    # sample) is the sample too: the ux11 walk's two 会议通知, both held in 社区党群服务中心三楼
    # 多功能厅, got the built-in's 县教育局三楼会议室.
    # A contact the genre's own documents ask for goes before the unit's usual one (``own_contact``).
    # As does the genre's own clerk where the unit's other documents name him too (``own_contact``).
    theirs = {c.field for c in values.usual if c.field == "联系人" and not c.differing}
    samples = [*(c for c in archive.samples if c.field not in theirs), *addressee]
    held = {c.field for c in samples}
    head = _head_for(
        genre,
        archive.head,
        _copied_as_usual(archive, values.documents),
        _copied_otherwise(archive, values.documents) or _copied_otherwise_upward(mined, genre),
    )
    # The unit's head, then what the genre's own few documents write otherwise: its signing office, its 发文机关标志,
    # its 文号 series, its 抄送 (each takes the head so far and gives it back, changed where they agree).
    for genre_own in (genre_issuer, genre_mark, genre_number_format, genre_imprint):
        head = genre_own(values.documents, archive, head)
    return emit_template(
        mined.staging / genre,
        genre,
        bare,
        [],
        head,
        [],
        # The unit's documents, all of them: a part none holds (a 参会回执) is not written out in the starter of a
        # genre it has one document of (a school's one meeting notice, and none of its documents with a 回执).
        [_whole_text(document) for document in mined.documents],
        samples + [c for c in values.usual if c.field not in held],
        # (the 区政府's reply to the unit's 请示 quoted the unit's own 文号 as the one it answers: the 批复 starter
        # offered it as the 来文's, as though the street office answered itself)
        mined.elsewhere,
        head_only=True,
        own_titles=values.own_titles,
        unit_titles=mined.unit_titles,
        issuers=mined.issuers,
        theirs=len(values.others),
        # Two of the genre's own documents, neither naming a contact, say its starter needs none, whatever the
        # unit's 请示 and 函 print (a 街道's two 会议通知 drafted a section 联系人及电话 they never have, ux27 walk).
        genre_texts=[_whole_text(document) for n, document in enumerate(values.documents) if n not in values.others]
        if len(values.documents) - len(values.others) >= USUAL_DOCUMENTS
        else None,
    )


def _missing_genre_template(mined: _Mined, genre: str) -> tuple[GenreStructure, Emitted]:
    """A template of the unit's 红头, 文号, 署名 and 版记 alone for a genre it sends under its 红头 and has no
    document of (a company's archive without a 请示, and a 请示 to write), and the empty structure the report
    lists it under."""
    archive = mined.archive
    empty = GenreStructure(genre, 0, (), ())
    addressee = usual_addressee(archive, mined.genres, genre, mined.groups.count)
    result = emit_template(
        mined.staging / genre,
        genre,
        empty,
        [],
        _head_for(genre, archive.head, copied_otherwise=_copied_otherwise_upward(mined, genre)),
        [],
        [],
        [*archive.samples, *addressee],
        head_only=True,
        unit_titles=mined.unit_titles,
        issuers=mined.issuers,
    )
    return empty, result


@dataclass(frozen=True)
class _Templates:
    """What ``_write_templates`` wrote: each genre's result (a folder, or why none), the structures the
    report lists (with the genres written from the unit's 红头 alone), and the folders as they will be named
    once the staging folder is in place."""

    emitted: dict[str, Emitted]
    structures: dict[str, GenreStructure]
    written: list[Path]
    head_only: list[Path]


def _write_templates(mined: _Mined, structures: dict[str, GenreStructure], output: Path) -> _Templates:
    """One template per genre into the staging folder: from the genre's documents where they are enough,
    else, for the statutory genres the unit sends under its 红头, from its 红头, 文号, 署名 and 版记 alone (a
    company's archive with one 请示, or none, and a 请示 to write). ``output``: where the folders will be."""
    emitted: dict[str, Emitted] = {}
    written: list[Path] = []
    head_only: list[Path] = []
    for genre, structure in structures.items():
        if genre == "other":
            continue
        values = _genre_values(mined, genre, structure)
        # None of the genre's documents the unit's (two 批复 of the county government to the bureau, kept with
        # its 请示): nothing of the unit's to learn from them, and the template is one of its 红头 alone, said
        # so, not one "mined from 2 批复" (ux22 walk).
        theirs = bool(values.documents) and len(values.others) == len(values.documents)
        heads = _takes_the_units_head(mined, genre, structure, values)
        result = _genre_template(mined, genre, structure, values) if not (theirs and heads) else Emitted(genre)
        if result.folder is None and heads:
            result = _head_only_template(mined, genre, structure, values)
            if result.folder is not None:
                head_only.append(output / result.folder.name)
        elif result.folder is None and genre in _HEADED and values.few and not values.office:
            result = replace(result, reason=result.reason + _no_unit_head(mined.archive))
        emitted[genre] = result
        if result.folder is not None:
            written.append(output / result.folder.name)
    listed = dict(structures)
    for genre in _HEADED if mined.archive.head else ():
        if genre in structures:
            continue
        empty, result = _missing_genre_template(mined, genre)
        if result.folder is not None:
            listed[genre] = empty
            emitted[genre] = result
            written.append(output / result.folder.name)
            head_only.append(output / result.folder.name)
    return _Templates(emitted, listed, written, head_only)


def _withhold(staging: Path, templates: _Templates, removed: Sequence[str]) -> set[str]:
    """Take out of ``staging`` the templates the keeper deleted from the earlier result (``removed``): a unit that
    sends no 函 of its own had its mined letter template back on every mine. The folder names taken out."""
    taken: set[str] = set()
    for path in templates.written:
        if path.name in removed and (staging / path.name).is_dir():
            shutil.rmtree(staging / path.name)
            taken.add(path.name)
    return taken


def _habit(constant: Constant, sample: bool = False) -> tuple[str, str, str]:
    """A constant as the screen names it: its field, its value (a 文号 pattern as 松溪二小〔××××〕×号, a list with
    、) and how many documents carry it (of the genre's, or of the unit's where the genre borrowed it); a usual value
    short of a default (``sample``) is said to be the starter's 〔示例〕."""
    value = constant.value
    shown = "、".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    shown = shown.replace("{年}", "××××").replace("{号}", "×")
    if constant.of:
        count = f"{constant.documents}/{constant.of - constant.others - constant.hosted} 篇"
    else:
        count = f"本单位 {constant.unit_documents}/{constant.unit_of} 篇"
    return constant.field, shown, f"{count}，只作〔示例〕" if sample else count


def withheld_note(output: Path, folder: str) -> str:
    """Why a template this mine would write is not in ``output``, and how to have it again."""
    return (
        f"上次挖掘生成的 {folder} 文件夹已从 {output} 里删去，这次没有再生成；"
        f"要重新生成，在 {output} 里新建一个名为 {folder} 的空文件夹（或从回收站还原它）再挖掘"
    )


def _write_report(staging: Path, data: dict[str, Any]) -> None:
    """report.json and report.html of a mine's report (``build_report`` as displayed)."""
    (staging / "report.json").write_text(write_report_json(data), encoding="utf-8")
    (staging / "report.html").write_text(report_html(data), encoding="utf-8")


def mine(
    inputs: Sequence[Path],
    output: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    min_documents: int = 2,
    notice: Callable[[str], None] | None = None,
) -> MineResult:
    """Mine a corpus into ``output`` (written to a temporary folder first, then moved into place)."""
    max_characters()  # a DRAFTER_MINE_MAX_CHARS that is no count is said before the reading, not after it
    # The keeper's edits of the templates an earlier mine wrote here are made again on the new ones (carry.py).
    there = output.is_dir() and not output.is_symlink()
    edited = edited_since_written(output) if there else {}
    added = added_since_written(output) if there else []
    removed = removed_since_written(output) if there else []
    check_output_folder(output, inputs=inputs, force=force, legacy=_earlier_mine_output, carried=[*edited, *added])
    if force:
        check_edits(output, edited)  # a comment or broken YAML is said before the mining, not after it
    staging = stage_folder(output)
    try:
        # unreadable folders are skipped items; a file large enough to take minutes is said before (notice)
        parsed, skipped = parse_paths(inputs, jobs=jobs, progress=progress, notice=notice)
        # A file read but holding no document (one line of text, a title over a single paragraph, a cover page)
        # was counted among the files read and named nowhere: the clerk could not tell which gave nothing.
        empty = [f for f in parsed if not f.documents]
        if empty:
            skipped = [*skipped, *(SkippedFile(f.path, f"{f.path}: {_NO_DOCUMENT}") for f in empty)]
            parsed = [f for f in parsed if f.documents]
        if not parsed:
            listed = ""
            if skipped and not (output.is_dir() and any(output.iterdir())):
                # The report is the one place that lists every skipped file and why; an earlier result
                # (replaced only with --force) is kept rather than swapped for a report of nothing.
                _write_report(
                    staging, display_data(build_report([], skipped, [], [], {}, {}, source_groups([]), inputs, []))
                )
                commit_folder(staging, output)
                listed = str(output / "report.html")
            raise NothingToMine(nothing_readable(inputs, skipped, listed))
        documents = [d for f in parsed for d in f.documents if not d.duplicate_of]
        genres = memberships(documents)
        check_corpus_size(documents)
        phrases, structures, groups = analyse(documents, jobs=jobs, progress=progress, min_groups=min_documents)
        # The unit's habits are read with each issuing notice's 版记 back in place (the corpus's figures and
        # phrases from the documents as parsed, where that 版记 is the issued document's).
        signed = with_issued_imprints(documents)
        mined = _Mined(staging, signed, genres, phrases, groups, read_archive(signed, groups.count))
        templates = _write_templates(mined, structures, output)
        withheld = _withhold(staging, templates, removed)
        emitted = templates.emitted
        data = display_data(
            build_report(parsed, skipped, documents, phrases, emitted, templates.structures, groups, inputs, genres)
        )
        for entry in data["genres"]:
            if entry.get("template") in withheld:
                entry["template"], entry["template_note"] = "", withheld_note(output, entry["template"])
        _write_report(staging, data)
        mined_texts = template_texts(staging)
        carried = carry_edits(output, staging, edited, added)
        commit_folder(staging, output, originals=mined_texts, removed=removed)
    except OSError as exc:
        # Reading failures are skipped items inside parse_paths: what reaches here is the writing
        # (a full disk, a folder that went read-only, a network share that went away).
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise OutputError(
            f"{output}: 无法写入挖掘结果（{os_reason(exc)}）；没有改动它，也没有留下写了一半的文件夹"
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise
    return MineResult(
        output=output,
        files=len(parsed),
        skipped=tuple(skipped),
        documents=data["overview"]["documents"],
        duplicates=data["overview"]["duplicates"],
        phrases=len(phrases),
        templates=tuple(path for path in templates.written if path.name not in withheld),
        not_written=tuple((genre_name(g), e.reason) for g, e in emitted.items() if e.folder is None),
        head_only=tuple(templates.head_only),
        issuers=_widest_issuers([i for e in emitted.values() if e.folder is not None for i in e.issuers]),
        carried=tuple(carried),
        habits=tuple(
            (output / e.folder.name, (*(_habit(c) for c in e.constants), *(_habit(c, True) for c in e.samples)))
            for e in emitted.values()
            if e.folder is not None and e.folder.name not in withheld and (e.constants or e.samples)
        ),
        withheld=tuple(
            (genre_name(g), output / e.folder.name)
            for g, e in emitted.items()
            if e.folder is not None and e.folder.name in withheld
        ),
    )
