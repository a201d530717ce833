"""``drafter parse``: files → documents with genre, title and heading outline (no jieba here)."""

from __future__ import annotations

import gc
import re
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from itertools import chain
from operator import attrgetter, itemgetter
from pathlib import Path

from ..errors import DrafterError
from ..gongwen import DATE_LINE, ISSUE_NUMBER_LINE, DateParseError, find_date
from ..walk import Walk, files_under, glob_files, link_up_reason
from .classify import LazyRetrospective, classify_genre, classify_sections
from .clean import clean
from .linear import Model, shipped
from .model import CleanText, ParsedDocument, ParsedFile, SkippedFile
from .outline import find_headings
from .reader import read_source
from .split import split_documents
from .zones import IMPRINT_LINE

__all__ = [
    "ParsedDocument",
    "ParsedFile",
    "Progress",
    "SkippedFile",
    "expand_inputs",
    "forget",
    "mark_duplicates",
    "parse_clean",
    "parse_file",
    "parse_paths",
]


def forget() -> None:
    """Empty every memo and cache of lines parsing keeps (benchmarks/bench_mining.py times each run from cold,
    so that a run is not helped by the lines of the run before it)."""
    from ..numbering import read_marker
    from . import candidates, classify, features, outline, runtogether, vocabulary

    vocabulary.forget()
    for cached in (
        read_marker,
        candidates.lead_split,
        candidates.is_narrative,
        candidates._reading,
        classify.keyword_section,
        classify._own_section,
        runtogether._markers_of,
        features._line_kind,
        features._lead_of,
        outline._facts,
    ):
        cached.cache_clear()
    shipped().segmenter.forget()
    shipped().headings.forget()


def parse_clean(text: CleanText, model: Model | None = None) -> ParsedFile:
    model = model if model is not None else shipped()
    documents = []
    for span in split_documents(
        text.lines, model.segmenter, flattened=text.flattened, starts_model=model.starts, common=model.common_pairs
    ):
        lines = text.lines[span.start : span.end]
        if not lines:
            continue
        title_count = min(span.title_count, len(lines))
        body_lines = lines[title_count:] if title_count < len(lines) else lines
        headings = find_headings(body_lines, model.headings)
        body_text = [line.text for line in body_lines]
        # Counted when first asked, once: most documents' genre and sections do not ask.
        retrospective = LazyRetrospective(body_text)
        genre = classify_genre(
            span.title, body_text, headings, retrospective, head=[line.text for line in lines[:title_count]]
        )
        headings = classify_sections(headings, genre, retrospective)
        documents.append(
            ParsedDocument(
                path=text.path,
                start_line=lines[0].number,
                end_line=lines[-1].end,
                genre=genre,
                title=span.title,
                headings=tuple(headings),
                lines=lines,
                title_count=title_count,
            )
        )
    return ParsedFile(text.path, text.kind, tuple(documents), text.dropped)


def parse_file(path: Path, label: str | None = None, model: Model | None = None) -> ParsedFile:
    return parse_clean(clean(read_source(path, label)), model)


def expand_inputs(
    inputs: Iterable[Path],
    unreadable: list[tuple[Path, str]] | None = None,
    passed: list[tuple[Path, str]] | None = None,
) -> list[tuple[Path, str]]:
    """Files named directly, the supported files inside named folders (sorted, recursively) and glob patterns.

    Walked as batch walks its inputs (drafter/walk.py): links are followed, each real folder is entered
    and each real file read once, and folders that cannot be read are added to ``unreadable``, links to a folder
    above, not entered, to ``passed`` (the link, where it leads).
    """
    from .reader import OTHER_DOCUMENTS, PICTURES, SHEETS, SUFFIXES

    walk = Walk()
    for item in inputs:
        raw = str(item)
        if item.is_dir():
            # Documents of a kind drafter cannot read are found too: the reader says why they are skipped.
            files_under(
                item,
                lambda p: (
                    p.suffix.lower() in SUFFIXES
                    or p.suffix.lower() in OTHER_DOCUMENTS
                    or p.suffix.lower() in PICTURES
                    or p.suffix.lower() in SHEETS
                ),
                walk,
            )
        elif any(ch in raw for ch in "*?[") and not item.exists():
            glob_files(raw, walk)
        else:
            walk.add(item)
    if unreadable is not None:
        unreadable.extend(walk.unreadable)
    if passed is not None:
        passed.extend(walk.passed)
    return [(path, str(path)) for path in walk.files]


Progress = Callable[[str, int, int], None]  # (stage, amount done since the last call, stage total)


def _parse_one(item: tuple[Path, str], model: Model | None = None) -> ParsedFile | SkippedFile:
    path, label = item
    try:
        return parse_file(path, label, model)
    except DrafterError as exc:
        return SkippedFile(label, str(exc))
    except MemoryError:
        return SkippedFile(label, f"{label}: 内存不足，文件太大，无法分析")
    except RecursionError:
        return SkippedFile(label, f"{label}: 结构嵌套太深，无法分析")
    except Exception as exc:  # one file drafter cannot read must never stop the others
        return SkippedFile(label, f"{label}: 读取时出现意外错误（{type(exc).__name__}），已跳过")


def parse_paths(
    inputs: Iterable[Path],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    model: Model | None = None,
    notice: Callable[[str], None] | None = None,
) -> tuple[list[ParsedFile], list[SkippedFile]]:
    """Parse every input; a file or folder that cannot be read is reported and skipped, the rest go on. ``notice``
    is told, before any parsing, of each file large enough to take minutes (budget.large_file_notes)."""
    with _collector_paused():
        return _parse_paths(inputs, jobs=jobs, progress=progress, model=model, notice=notice)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while parsing, as it was after.

    Parsing makes no reference cycles (tests/mining/test_parse_gc.py: a collection after a parse finds nothing
    to free), so the collector only walks the objects that are alive, again and again as a run allocates:
    the memos of lines and the documents parsed so far. Memory is freed by reference counting as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                # What a parse leaves alive (its documents, the memos of lines) moved to the oldest generation as
                # it is: the collector counted every allocation meanwhile, and the young collection the first one
                # after enabling it starts would walk them all (2-3 % of a parse), to find nothing (no cycles).
                # Not done when the program froze objects of its own (unfreeze would free those as well).
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _parse_paths(
    inputs: Iterable[Path],
    *,
    jobs: int,
    progress: Progress | None,
    model: Model | None,
    notice: Callable[[str], None] | None = None,
) -> tuple[list[ParsedFile], list[SkippedFile]]:
    unreadable: list[tuple[Path, str]] = []
    passed: list[tuple[Path, str]] = []
    items = expand_inputs(inputs, unreadable, passed)
    if notice is not None:
        from .budget import large_file_notes

        for note in large_file_notes(items):
            notice(note)
    if progress:
        progress("parse", 0, len(items))
    if jobs > 1 and len(items) > 1:
        # Imported here: multiprocessing and concurrent.futures are a sixth of the time importing parse
        # takes, and a parse with one job (the default, and every benchmark's) never starts a worker.
        from ..workers import worker_pool

        with worker_pool(jobs) as pool:
            results = pool.map(partial(_parse_one, model=model), items, chunksize=max(len(items) // (jobs * 4), 1))
            done = [_report(result, progress, len(items)) for result in results]
    else:
        done = [_report(_parse_one(item, model), progress, len(items)) for item in items]
    parsed = [r for r in done if isinstance(r, ParsedFile)]
    skipped = [SkippedFile(str(f), f"{f}: 文件夹无法读取（{why}），里面的文件没有分析") for f, why in unreadable]
    skipped += [SkippedFile(str(link), link_up_reason(link, target, "分析")) for link, target in passed]
    skipped += [r for r in done if isinstance(r, SkippedFile)]
    mark_duplicates(parsed)
    return parsed, skipped


def _report(result: ParsedFile | SkippedFile, progress: Progress | None, total: int) -> ParsedFile | SkippedFile:
    if progress:
        progress("parse", 1, total)
    return result


_ANCHOR = re.compile(r"[，。；：！？,;:!?]")
_TEXT = attrgetter("text")
_BACK_FIRST = frozenset("抄主分发附")  # how a 版记 or 附件 line can open (IMPRINT_LINE's prefilter)
_COUNT = itemgetter(1)


def _shingles(document: ParsedDocument, size: int = 12) -> set[int]:
    """Hashes of the text right after each punctuation mark, above the document's 附件 and 版记 where that text
    is enough to tell (three notices of a unit carrying the same long name list as their 附件, or the same long
    抄送 line, are each on their own matter, not copies of one another; a 印发 notice's few words over the
    document it issues are not enough, and the whole is compared).

    Anchoring windows on punctuation (a property of the text, not of positions) keeps the same
    windows in two copies of a text even when one has extra lines, at a fraction of the cost of
    hashing every window.
    """
    body = document.body
    for k in range(1, len(body)):
        text = body[k].text.lstrip()
        if (text[:1] in _BACK_FIRST or text.rstrip().endswith("印发")) and IMPRINT_LINE.search(text) is not None:
            above = _windows("".join("".join(map(_TEXT, body[:k])).split()), size)
            if len(above) >= _ENOUGH_ABOVE:
                return above
            break
    return _windows("".join("".join(map(_TEXT, body)).split()), size)  # without whitespace (what \s+ matches)


_ENOUGH_ABOVE = 5  # sampled windows of the text above a 附件 or 版记 that tell a document from another


def _windows(text: str, size: int = 12) -> set[int]:
    """``_shingles`` of a text."""
    # crc32, not hash(): the same text must give the same sample in every process and run. Each window is the crc32
    # of its characters encoded 4 bytes a character. re cuts the windows itself (a look-ahead that captures them, so
    # that they overlap as the marks' windows do), the full ones are encoded together and cut into equal pieces by
    # struct (records of one fixed size, each a 1-tuple: a third of what a second findall cutting them cost), and
    # map hashes them, all in C: a Match object for each mark, the slice of the encoded text made from its end and
    # a comprehension walking them were most of this function's time. The windows of marks too close to the end to
    # have a full window follow them in the text's order, as the set is filled in it.
    after, pieces = _window_patterns(size)
    hashes = list(map(zlib.crc32, map(_FIRST, pieces("".join(after.findall(text)).encode("utf-32-le")))))
    for mark in _ANCHOR.finditer(text, max(len(text) - size, 0)):
        hashes.append(zlib.crc32(text[mark.end() :].encode("utf-32-le")))
    found = set(hashes)
    # The even half, by value, in the set's order. A comprehension: filterfalse calling (1).__and__ through its method
    # wrapper cost more (the windows of every document of the 10 MB corpus: 144 M instructions, by the comprehension
    # 124 M).
    return found if len(found) < 40 else {value for value in found if not value & 1}


_FIRST = itemgetter(0)
_WINDOW_PATTERNS: dict[int, tuple[re.Pattern[str], Callable[[bytes], Iterator[tuple[bytes]]]]] = {}


def _window_patterns(size: int) -> tuple[re.Pattern[str], Callable[[bytes], Iterator[tuple[bytes]]]]:
    """The pattern of the ``size`` characters after each punctuation mark (where as many follow), and what cuts
    the encoded windows (4 bytes a character), written one after another, back into windows."""
    found = _WINDOW_PATTERNS.get(size)
    if found is None:
        found = _WINDOW_PATTERNS[size] = (
            re.compile(f"{_ANCHOR.pattern}(?=(.{{{size}}}))", re.DOTALL),
            struct.Struct(f"{4 * size}s").iter_unpack,
        )
    return found


# The share of sampled windows two documents with different titles must share to be one text (a copy a site
# retitled: 年终总结 over the text of ……2023年工作总结).
_RETITLED = 0.9


def _bare_title(title: str) -> str:
    """A title without spaces and marks: titles that name one document are equal so, or one of them empty."""
    return "".join(filter(str.isalnum, title))  # (the letters kept by filter in C, not by a generator)


def _issued_apart(one: ParsedDocument, other: ParsedDocument, signed: dict[int, object]) -> bool:
    """Whether two documents of (nearly) one text were signed on different days: a unit's notice issued again
    (春节值班 this year, copied from last year's, its dates and 文号 changed) is a document of its own, where a copy
    saved twice (a web page and its .docx) carries one date. Two documents without a date are one copy."""
    dates = []
    for document in (one, other):
        key = id(document)
        if key not in signed:
            signed[key] = _signed_on(document)
        dates.append(signed[key])
    if dates[0] is not None and dates[1] is not None:
        return bool(dates[0] != dates[1])
    # A 纪要 or 简报 is not signed (GB/T 9704 §10.3): its 期号 tells one issue from the next, whose 纪要标志, 出席
    # and 分送 lines are most of a short 纪要's text (ux24 walk: a 委's third 主任办公会议纪要 was taken for a copy
    # of its first and left out of the mining).
    issues = [_issue_of(document) for document in (one, other)]
    return issues[0] is not None and issues[1] is not None and issues[0] != issues[1]


def _issue_of(document: ParsedDocument) -> str | None:
    """The 期号 of a 纪要 or 简报 (第3期), on a line of its own at its head, or None."""
    for line in document.lines[:_HEAD_LINES]:
        text = "".join(line.text.split())
        if ISSUE_NUMBER_LINE.match(text):
            return text
    return None


_HEAD_LINES = 6  # a 纪要标志 (perhaps two lines), its 期号 and the line of the office issuing it


def _signed_on(document: ParsedDocument) -> object:
    """The date a document was signed on: the last of its last lines that is a date written out (its 成文日期),
    or None."""
    for line in reversed(document.lines[-_SIGNATURE_LINES:]):
        text = line.text.strip()
        # a line that is a date written out (2025年3月1日, perhaps after its signer), not a 印发 line or a byline's
        if text.endswith("日") and DATE_LINE.match(text):
            try:
                found = find_date(text)
            except DateParseError:
                return None  # no day a calendar has (1994-30-51): no date to tell copies apart by
            return found.date if found is not None else None
    return None


_SIGNATURE_LINES = 8  # a signature, its date and the 版记 below them


def mark_duplicates(files: list[ParsedFile], threshold: float = 0.6) -> None:
    """Mark documents whose text largely repeats an earlier one (same page or another file).

    An inverted index from sampled windows to documents finds the candidates, so the cost grows
    with the corpus, not with its square.
    """
    index: dict[int, list[int]] = {}
    signed: dict[int, object] = {}  # the date each compared document was signed on, by id
    # Documents that are not duplicates, with their sample sizes and bare titles (each title made bare once).
    originals: list[tuple[ParsedDocument, int, str]] = []
    for file_index, parsed in enumerate(files):
        documents = list(parsed.documents)
        for doc_index, document in enumerate(documents):
            shingles = _shingles(document)
            if len(shingles) < 5:
                continue
            found = list(map(index.get, shingles))  # each window's postings, read again to add this document's
            # Windows found in very many documents (stock phrases) say nothing about duplication. The three most
            # shared, ties in order of first appearance: Counter.most_common(3), whose heap walks every entry in
            # Python, by a sort in C (both stable).
            shared = Counter(chain.from_iterable([p for p in found if p is not None and len(p) <= 64]))
            title: str | None = None
            for other, count in sorted(shared.items(), key=_COUNT, reverse=True)[:3]:
                earlier, size, earlier_title = originals[other]
                if title is None:
                    title = _bare_title(document.title)
                # A copy keeps its document's title; a unit's documents of one kind share their 主送, stock
                # lines and 版记, which in a short notice are most of its text, but each has a title of its own.
                same = not title or not earlier_title or title == earlier_title
                if count / min(len(shingles), size) >= (threshold if same else _RETITLED):
                    if _issued_apart(document, earlier, signed):
                        continue  # this year's notice copied from last year's, dates changed: a document of its own
                    documents[doc_index] = replace(document, duplicate_of=(earlier.path, earlier.start_line))
                    break
            if documents[doc_index].duplicate_of is None:
                position = len(originals)
                originals.append((document, len(shingles), _bare_title(document.title) if title is None else title))
                for shingle, postings in zip(shingles, found, strict=True):  # (a document's shingles are distinct)
                    if postings is None:
                        index[shingle] = [position]
                    else:
                        postings.append(position)
        files[file_index] = ParsedFile(parsed.path, parsed.kind, tuple(documents), parsed.dropped_lines)
