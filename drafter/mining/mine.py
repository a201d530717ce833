"""``drafter mine``: a corpus → report.json, report.html and one template folder per genre."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from ..errors import OutputError, os_reason
from ..gongwen import mining_genres
from ..gongwen.genres import OWN_TEMPLATES
from ..output import check_output_folder, commit_folder, stage_folder
from ..terminal import display_data
from ..workers import worker_pool
from . import tokenise
from .budget import check_corpus_size
from .constants import (
    Constant,
    genre_number_format,
    own_meeting_place,
    read_archive,
    sent_by_an_office,
    short_name,
    signed_elsewhere,
    unit_constants,
    unit_wide_constants,
    usual_addressee,
    usual_values,
)
from .emit import Emitted
from .labels import genre_name
from .parse import ParsedDocument, Progress, SkippedFile, parse_paths
from .phrases import Phrase, mine_phrases
from .reader import nothing_readable
from .report import build_report, report_html, write_report_json
from .spread import Groups, joined_reasons, source_groups
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
    summary) and the 文种 its title names when that has a template of its own (a 报告 to write)."""
    return [mining_genres(d.genre, d.doc_type) for d in documents]


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


# Genres whose built-in prints the 红头 of the unit that sends them (工作总结, 讲话稿 print none).
_HEADED = ("notice", "meeting_notice", *OWN_TEMPLATES)
# A 函 or 批复 goes to one office about its matter: the offices the unit's notices and reports are copied to
# are not copied to by default (ux9 walk: a letter to an outside body was copied to the 国资委).
_ANSWERS_ONE_OFFICE = ("letter", "reply")


def _head_for(genre: str, head: Sequence[Constant]) -> list[Constant]:
    """The unit's 红头, 文号, 署名 and 版记 as a template of ``genre`` written from them alone takes them."""
    return [c for c in head if not (genre in _ANSWERS_ONE_OFFICE and c.field == "抄送")]


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


def mine(
    inputs: Sequence[Path],
    output: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    min_documents: int = 2,
) -> MineResult:
    """Mine a corpus into ``output`` (written to a temporary folder first, then moved into place)."""
    from .emit import MIN_DOCUMENTS, MIN_GROUPS, emit_template

    check_output_folder(output, inputs=inputs, force=force, legacy=_earlier_mine_output)
    staging = stage_folder(output)
    try:
        parsed, skipped = parse_paths(inputs, jobs=jobs, progress=progress)  # unreadable folders are skipped items
        if not parsed:
            listed = ""
            if skipped and not (output.is_dir() and any(output.iterdir())):
                # The report is the one place that lists every skipped file and why; an earlier result
                # (replaced only with --force) is kept rather than swapped for a report of nothing.
                data = display_data(build_report([], skipped, [], [], {}, {}, source_groups([]), inputs, []))
                (staging / "report.json").write_text(write_report_json(data), encoding="utf-8")
                (staging / "report.html").write_text(report_html(data), encoding="utf-8")
                commit_folder(staging, output)
                listed = str(output / "report.html")
            raise NothingToMine(nothing_readable(inputs, skipped, listed))
        documents = [d for f in parsed for d in f.documents if not d.duplicate_of]
        genres = memberships(documents)
        check_corpus_size(documents)
        phrases, structures, groups = analyse(documents, jobs=jobs, progress=progress, min_groups=min_documents)
        emitted: dict[str, Emitted] = {}
        written = []
        # The statutory genres the unit sends under its 红头 and has too few documents of, or none, get the
        # unit's 红头, 文号, 署名 and 版记 (a company's archive without a 请示, and a 请示 to write).
        archive = read_archive(documents, groups.count)
        head, samples, archive_unit = list(archive.head), list(archive.samples), archive.unit
        head_only = []
        for genre, structure in structures.items():
            if genre == "other":
                continue
            numbers = [n for n, held in enumerate(genres) if genre in held]
            genre_documents = [documents[n] for n in numbers]
            kind = {"speech": genre == "speech", "bulletin": genre == "bulletin", "minutes": genre == "meeting_report"}
            own = unit_constants(genre_documents, **kind)
            # A genre with few documents of its own takes the unit's 红头, 署名 and 版记 where they agree.
            own += unit_wide_constants(genre_documents, archive, own, minutes=kind["minutes"])
            unit = next((str(c.value) for c in own if c.field == "单位"), "")
            own_titles = _own_titles(genre_documents, own or head, archive_unit)
            # Other units' documents (saved 范文) tell nothing of what the unit writes or leaves out: a
            # county's 报告 ending on 特此报告。 gave the unit's summaries, which never do, that closing.
            others = signed_elsewhere(genre_documents, archive_unit)
            usual = usual_values(
                genre_documents,
                partial(_voices, groups, numbers),
                meeting=genre == "meeting_notice",
                unit=unit,
                others=others,
                **kind,
            )
            # A genre whose own documents name no one addressee (each meeting notice adds the office its
            # meeting concerns) is sent where the unit's documents going the same way are: its starter offered
            # the built-in's, a school district's, beside the unit's usual one.
            if head and not any(c.field == "主送机关" for c in (*own, *usual)):
                usual += [replace(c, differing=True) for c in usual_addressee(archive, genres, genre, groups.count)]
            if genre == "meeting_notice" and not any(c.field == "会议地点" for c in usual):
                usual += own_meeting_place(genre_documents, others)
            # The same for the contact (a meeting notice's 联系人): the unit's office clerk, not the built-in's.
            if not any(c.field == "联系人" for c in usual):
                usual += [replace(c, differing=True) for c in samples if c.field == "联系人"]
            result = emit_template(
                staging / genre,
                genre,
                structure,
                [p for p in phrases if p.genre == genre],
                own,
                [d.title for d in genre_documents if d.title],
                ["\n".join(line.text for line in d.lines) for d in genre_documents],
                usual + _head_samples(head + samples, own + usual) if genre in _HEADED else usual,
                others,
                own_titles=own_titles,
            )
            # Documents joined into fewer groups than a template needs (two yearly summaries of one series) say
            # why, whether or not there were enough documents as well.
            if result.folder is None and structure.groups < min(structure.documents, MIN_GROUPS):
                result.reason += joined_reasons(groups, numbers)
            few = structure.documents < MIN_DOCUMENTS or structure.groups < MIN_GROUPS
            office = sent_by_an_office(genre_documents, archive) if few else ""
            if result.folder is None and office:
                # Not the unit's 红头, 文号 and 版记: the genre's own documents go out under its office's name.
                result.reason += f"；本单位的这类文档都由“{office}”署名、不带红头，所以不套用本单位的红头和版记"
            if result.folder is None and head and genre in _HEADED and few and not office:
                bare = GenreStructure(genre, structure.documents, (), (), groups=structure.groups)
                addressee = usual_addressee(archive, genres, genre, groups.count)
                # What the genre's few documents write alike (two of as many source groups: the bar of a
                # sample) is the sample too: the ux11 walk's two 会议通知, both held in 社区党群服务中心三楼
                # 多功能厅, got the built-in's 县教育局三楼会议室.
                held = {c.field for c in samples + addressee}
                result = emit_template(
                    staging / genre,
                    genre,
                    bare,
                    [],
                    genre_number_format(genre_documents, archive, _head_for(genre, head)),
                    [],
                    [],
                    samples + addressee + [c for c in usual if c.field not in held],
                    head_only=True,
                    own_titles=own_titles,
                )
                if result.folder is not None:
                    head_only.append(output / result.folder.name)
            emitted[genre] = result
            if result.folder is not None:
                written.append(output / result.folder.name)
        for genre in _HEADED if head else ():
            if genre in structures:
                continue
            empty = GenreStructure(genre, 0, (), ())
            addressee = usual_addressee(archive, genres, genre, groups.count)
            result = emit_template(
                staging / genre, genre, empty, [], _head_for(genre, head), [], [], samples + addressee, head_only=True
            )
            if result.folder is not None:
                structures[genre] = empty
                emitted[genre] = result
                written.append(output / result.folder.name)
                head_only.append(output / result.folder.name)
        data = display_data(
            build_report(parsed, skipped, documents, phrases, emitted, structures, groups, inputs, genres)
        )
        (staging / "report.json").write_text(write_report_json(data), encoding="utf-8")
        (staging / "report.html").write_text(report_html(data), encoding="utf-8")
        commit_folder(staging, output)
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
        templates=tuple(written),
        not_written=tuple((genre_name(g), e.reason) for g, e in emitted.items() if e.folder is None),
        head_only=tuple(head_only),
    )
