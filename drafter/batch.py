"""``drafter batch``: many facts files (or one list file) → many documents, safely and in parallel.

Every output is written atomically; an item that fails is reported and the others go on; files
that exist are skipped unless forced, so running an interrupted batch again finishes the rest.
"""

from __future__ import annotations

import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from msgspec import Struct, field
from msgspec.structs import replace

from .batch_plan import (
    DEFAULTS_KEY,
    GENRE_KEY,
    NAME_KEY,
    TEMPLATE_COLUMN,
    BatchItem,
    PlannedItem,
    expand_inputs,
    items_from_file,
    load_defaults,
    may_be_example_row,
    name_problem,
    plan_outputs,
    unsafe_name_note,
)
from .batch_record import Made
from .errors import (
    MISSING_FIELD,
    NO_GENRE,
    UNKNOWN_KEY,
    DrafterError,
    ExistsError,
    FactsError,
    Location,
    OutputError,
    Problem,
    UsageError,
    os_reason,
)
from .facts import Mapping, load_facts
from .output import (
    abandoned_temporary,
    file_in_the_way,
    same_file,
    windows_trouble,
    write_atomic,
)
from .textio import display_text
from .walk import link_up_reason
from .workers import WorkerLost, signals_ignored, stream_in_workers

if TYPE_CHECKING:
    from .catalog import TemplateSpec

EXIT_SOME_FAILED = 4


class ItemResult(Struct, frozen=True):
    label: str
    status: str  # drafted, skipped, failed
    output: str = ""
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # 提醒 of a drafted item (habits.py, gongwen/checks.py)
    redrafted: str = ""  # a drafted item that existed: what changed since it was drafted
    position: int = 0  # in input order (results arrive in completion order)
    made: Made | None = None  # for the output folder's record
    missing: tuple[str, ...] = ()  # required fields the item lacks (said once when all items of a list lack them)
    missing_errors: tuple[str, ...] = ()  # the item's errors that say so, one for each of ``missing``
    unknown: tuple[Problem, ...] = ()  # keys not of the template (said once when every item of a list has them)
    source: str = ""  # the input file a list item or sheet row came from (the terminal counts failures by it)
    current: bool = False  # skipped as up to date; other skips (edited by hand, not made by a batch) are said
    # Skipped as the untouched example row of a sheet drafter new --xlsx made: no row the clerk wrote.
    example: bool = False
    # The files a drafted item was made from (its facts, the facts files they name, the reference, the template):
    # the --report must not be written over one of them, not even with --force, as no output may.
    used: tuple[str, ...] = ()
    # The 发文字号 a drafted item printed, and where the facts give it (its 文号序号 or 发文字号): two items
    # printing the same are said (``_same_numbers``).
    doc_number: str = ""
    number_at: str = ""

    STATUS_NAMES: ClassVar[dict[str, str]] = {"drafted": "生成", "skipped": "跳过", "failed": "失败"}

    def to_json(self) -> dict[str, Any]:
        # A failed item has no output: nothing was written under that name.
        output = "" if self.status == "failed" else self.output
        data: dict[str, Any] = {"item": self.label, "status": self.status, "output": output}
        if self.redrafted:
            data["redrafted"] = self.redrafted
        if self.errors:
            data["errors"] = list(self.errors)
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data

    @property
    def status_name(self) -> str:
        return "重新起草" if self.redrafted else self.STATUS_NAMES.get(self.status, self.status)


class BatchReport(Struct):
    results: list[ItemResult] = field(default_factory=list)
    seconds: float = 0.0
    total: int = 0
    shared: list[tuple[str, tuple[str, ...]]] = field(
        default_factory=list
    )  # a problem all items of a list share, and them
    interrupted: bool = False  # stopped by Ctrl-C or SIGTERM: the items not in ``results`` were not drafted
    stopped: str = ""  # why the run stopped by itself before its end (its output folder gone), in words
    unrecorded: str = ""  # why the folder's record (.drafter-batch.jsonl) could not be written, in words

    @property
    def redrafted(self) -> int:
        return sum(1 for r in self.results if r.redrafted)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def not_done(self) -> int:
        return max(self.total - len(self.results), 0)

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.count("failed") else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": {
                "total": self.total,
                "drafted": self.count("drafted"),
                "skipped": self.count("skipped"),
                "failed": self.count("failed"),
                "redrafted": self.redrafted,
                "seconds": round(self.seconds, 3),
            }
            # Only an interrupted run has items it never reached.
            | ({"interrupted": True, "not_done": self.not_done} if self.interrupted else {})
            | ({"stopped": self.stopped, "not_done": self.not_done} if self.stopped else {}),
            "items": [r.to_json() for r in self.results],
            **(
                {"shared": [{"problem": problem, "items": list(labels)} for problem, labels in self.shared]}
                if self.shared
                else {}
            ),
        }

    def to_csv(self) -> bytes:
        """The items as a table that Excel and WPS open directly (UTF-8 with a byte-order mark)."""
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(REPORT_CSV_HEADER.split(","))
        for number, result in enumerate(self.results, 1):
            output = "" if result.status == "failed" else result.output
            notes = [result.redrafted] if result.redrafted else []
            writer.writerow(
                [
                    number,
                    *map(
                        _as_text,
                        (
                            result.label,
                            result.status_name,
                            output,
                            "\n".join([*notes, *result.errors]),
                            "\n".join(result.warnings),
                        ),
                    ),
                ]
            )
        if (self.interrupted or self.stopped) and self.not_done:
            # The items never reached are not rows of their own: an interrupted run's table (602 rows, each 生成)
            # read as a batch done in full, with nothing of the 9398 left.
            why = "已中断" if self.interrupted else f"已停止（{self.stopped}）"
            writer.writerow(
                [
                    "",
                    f"其余 {self.not_done} 项",
                    "未完成",
                    "",
                    _as_text(f"{why}：这些项没有起草；再次运行同一命令会跳过已生成的文件、完成其余各项"),
                    "",
                ]
            )
        return ("\ufeff" + buffer.getvalue()).encode("utf-8", "replace")


# What Excel and WPS take a cell opening with for a formula: a facts file named =1+2.yaml (or one a colleague named
# =HYPERLINK(…)) put a formula into the report, run when the clerk opened it. Such a cell opens with an apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_text(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


REPORT_CSV_HEADER = "序号,项目,状态,输出文件,问题,提醒"


def check_report_target(path: Path, *, force: bool = False) -> None:
    """``--report`` is rewritten every run, but only over an earlier report: a name typed by mistake
    (名单.xlsx, 通讯录.csv that is not an input of this run) must not lose the user's file."""
    import stat

    try:
        info = os.stat(path)
    except OSError:
        return  # nothing there (or unreachable: check_writable says why)
    if force or not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return
    try:
        with open(path, "rb") as stream:
            data = stream.read(4096)
    except OSError as exc:
        # Unreadable is no proof that it is an earlier report: it was replaced with the JSON report.
        raise OutputError(
            f"{path}: 文件已存在，但读不出它是不是 drafter batch 写的报告（{os_reason(exc)}）；"
            "为了不误删它，不会覆盖；请给 --report 换一个文件名（确实要覆盖时加 --force）"
        ) from exc
    # Excel on a Chinese system saves the report it opened in GBK, WPS may use tabs: still a report.
    for encoding in ("utf-8", "gb18030"):
        head = data.decode(encoding, "replace").lstrip("\ufeff \r\n\t")
        if head.replace("\t", ",").startswith(REPORT_CSV_HEADER):
            return
        if head.startswith("{") and '"summary"' in head and '"items"' in head:
            return
    raise OutputError(
        f"{path}: 文件已存在，但不是 drafter batch 写的报告；为了不误删它，不会覆盖；"
        "请给 --report 换一个文件名（确实要覆盖时加 --force）"
    )


def parse_shard(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match:
        raise UsageError(f"--shard 应当写成 I/N，如 1/4（第 1 份，共 4 份），这里是“{text}”")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise UsageError(f"--shard {text}：I 应在 1 到 N 之间")
    return index, count


# --- drafting one item (in a worker) --------------------------------------------------------------


class _Job(Struct, frozen=True):
    planned: PlannedItem
    template: str | None
    fmt: str
    force: bool
    reference: Path | None = None
    previous: Made | None = None  # what the existing output was drafted from, by the folder's record
    position: int = 0
    allow_placeholders: bool = False  # --allow-placeholders: a starter's marks left in are drafted as written


def _draft_one(job: _Job) -> ItemResult:
    return replace(_settle(_draft_item(job)), position=job.position)


# A durable write (fsync) waits on the disk, not the CPU: a few writer threads let the next items be
# drafted meanwhile. Each file is still written whole, synced and only then given its name.
_WRITERS = 4
_IN_FLIGHT = 8  # drafted documents waiting for their write, at most (memory stays flat)


class _Writing(Struct, frozen=True):
    """A drafted item whose file is being written: ``result`` once the write has succeeded."""

    result: ItemResult
    write: Future[None]


def _draft_stream(jobs: Iterable[_Job]) -> Iterator[ItemResult]:
    """Each job's result in order, the writing of each file overlapping the drafting of the next."""
    from concurrent.futures import ThreadPoolExecutor

    waiting: deque[tuple[_Job, ItemResult | _Writing]] = deque()
    with ThreadPoolExecutor(_WRITERS, thread_name_prefix="drafter-write") as writer:
        try:
            for job in jobs:
                waiting.append((job, _draft_item(job, writer)))
                while waiting and (len(waiting) > _IN_FLIGHT or _finished(waiting[0][1])):
                    yield _next_settled(waiting)
            while waiting:
                yield _next_settled(waiting)
        except (KeyboardInterrupt, SystemExit):
            # The files being written are finished (a write is short) and reported before stopping. SystemExit
            # is a worker's SIGTERM (workers.start_worker): its written files went unreported, out of the record.
            with signals_ignored():
                settled = [replace(_settle(outcome), position=done.position) for done, outcome in waiting]
            waiting.clear()
            yield from settled
            raise


def _next_settled(waiting: deque[tuple[_Job, ItemResult | _Writing]]) -> ItemResult:
    job, outcome = waiting[0]
    result = _settle(outcome)  # taken off only once settled: an interrupted wait leaves it to be reported
    waiting.popleft()
    return replace(result, position=job.position)


def _finished(outcome: ItemResult | _Writing) -> bool:
    return isinstance(outcome, ItemResult) or outcome.write.done()


def _settle(outcome: ItemResult | _Writing) -> ItemResult:
    """The item's result, once its file (if any) is written."""
    if isinstance(outcome, ItemResult):
        return outcome
    try:
        outcome.write.result()
    except Exception as exc:
        return _failure(outcome.result.label, outcome.result.output, exc)
    return outcome.result


def _at_their_cells(item: BatchItem, problems: Sequence[Problem]) -> list[Problem]:
    """A required field missing from a sheet row whose sheet has a column for it is said at that (empty)
    cell, as every other cell problem is (第4行 E列); a field with no column stays said at the row."""
    cells = dict(item.columns)
    if not cells:
        return list(problems)
    placed = []
    for problem in problems:
        where = problem.location
        # A record's part by its column's name (来文.标题); a list item's path holds a number and no column.
        name = ".".join(str(part) for part in problem.path) if all(isinstance(p, str) for p in problem.path) else ""
        if problem.kind == MISSING_FIELD and name in cells and where.line == item.number and where.column == 0:
            problem = replace(problem, location=replace(where, column=cells[name]))
        elif problem.kind == NO_GENRE and where.line == item.number and where.column == 0:
            # The template's general advice (write 文种: at the head of the file) is a facts file's: a sheet
            # names it in a column, which drafter new --xlsx writes (模板 for a template folder).
            column = next((c for c in (TEMPLATE_COLUMN, GENRE_KEY) if c in cells), "")
            where = replace(where, column=cells[column]) if column else where
            hint = (
                f"在“{column}”列填写{'模板文件夹（与示例行相同）' if column == TEMPLATE_COLUMN else '文种，如“通知”'}"
                if column
                else f"加一列“{GENRE_KEY}”（如“通知”）"
            )
            problem = replace(problem, location=where, hint=f"{hint}，或者用 --template 指定模板")
        placed.append(problem)
    return placed


def _untouched_example_row(item: BatchItem, spec: TemplateSpec, problems: Sequence[Problem]) -> bool:
    """Whether a sheet row is the example row drafter new --xlsx wrote, left as it was. A mined template's
    samples are marked (〔示例〕, 〔请填写：……〕), so that row can never be drafted as it is: a clerk who kept
    it and filled the rows below had the batch fail (exit 4) for a row they never wrote. Untouched: the row
    under the header, still named …-示例, every problem a mark, and every column written with a mark still
    holding it (a row someone began to fill fails as before, naming what is left)."""
    from .placeholders import PLACEHOLDER, SAMPLE
    from .sheets import columns_for

    if not may_be_example_row(item):
        return False
    if not problems or not all(PLACEHOLDER in p.message or SAMPLE in p.message for p in problems):
        return False
    marked = {c.name for c in columns_for(spec) if PLACEHOLDER in c.example or SAMPLE in c.example}
    # By the column a problem's path is written in (联系人.姓名: the keys, without the list places), not by its
    # name for people (联系人的姓名): the example row of a mined 会议通知's sheet, untouched, failed the batch
    # (ux24 walk).
    still = {
        ".".join(str(part) for part in p.path if not isinstance(part, int)) if p.path else p.field for p in problems
    }
    return still == marked


def _failure(label: str, shown: str, exc: Exception) -> ItemResult:
    """An item that could not be drafted or written, said as the report says it."""
    if isinstance(exc, ExistsError):
        # Another run (a second batch into the same folder) wrote it first: that is not a failure.
        return ItemResult(label, "skipped", shown, ("已存在（另一个运行刚刚生成了它）",))
    if isinstance(exc, DrafterError):
        return ItemResult(label, "failed", shown, (str(exc),))
    return ItemResult(label, "failed", shown, (unexpected_failure(exc),))  # one bad item never stops the others


def _draft_item(job: _Job, writer: Executor | None = None) -> ItemResult | _Writing:
    """Draft one item; with ``writer``, its file is written there and the result waits for it."""
    from . import batch_record
    from .catalog import common_folder
    from .drafting import draft_from_tree, encode, made_from, red_head_twice, sheet_for, template_for

    item, output = job.planned.item, job.planned.output
    shown = display_text(str(output))
    spec: TemplateSpec | None = None
    try:
        wrong_name = name_problem(item, "." + job.fmt)
        if wrong_name is not None:
            raise FactsError([wrong_name])
        exists = output.exists()
        if exists and not job.force and job.previous is None:
            return ItemResult(item.label, "skipped", shown, ("已存在（加 --force 覆盖）",))
        if item.problems and item.tree is None:
            raise FactsError(list(item.problems))
        tree = item.tree if item.tree is not None else load_facts(item.source, item.label)
        spec = template_for(tree, item.source, job.template)
        reference = job.reference if job.reference is not None else spec.reference
        made = Made(
            output.name,
            batch_record.facts_fingerprint(tree),
            batch_record.template_fingerprint(spec.path, common_folder(), builtin=spec.builtin),
            batch_record.file_fingerprint(reference) + job.fmt,
        )
        redrafted = ""
        if exists and not job.force:
            decision = batch_record.decide(output, job.previous, made)
            if not decision.draft:
                return ItemResult(item.label, "skipped", str(output), (decision.note,), current=decision.current)
            redrafted = decision.note
        warnings: list[Problem] = []
        read: list[Path] = []
        try:
            spec, draft = draft_from_tree(
                tree,
                item.source,
                template=job.template,
                warnings=warnings,
                read=read,
                allow_placeholders=job.allow_placeholders,
            )
        except FactsError as exc:
            if not item.problems:
                raise
            # A sheet row's cell in a column without a name is said with the row's other mistakes, in one run.
            found = [*item.problems, *exc.problems]
            raise FactsError(sorted(found, key=lambda p: (p.location.line, p.location.column))) from None
        if item.problems:
            raise FactsError(list(item.problems))
        data = (
            encode(draft, job.fmt, sheet=sheet_for(spec, job.reference), label=item.label)
            if job.fmt in ("docx", "pdf")
            else encode(draft, job.fmt)
        )
        if job.fmt in ("docx", "pdf"):
            warnings.extend(red_head_twice(spec, job.reference, draft, item.label))
        sources = made_from(spec, item.source, job.reference, read)
        made = replace(made, written=batch_record.written_fingerprint(data))
        if item.hidden and item.tree is not None:
            warnings.insert(
                0,
                Problem(
                    item.tree.location,
                    "这一行在表格里是隐藏的（或被筛选掉了），照样起草了",
                    hint="不要起草的行请删去，或移到别的工作表",
                ),
            )
        if job.planned.unsafe:
            said, hint = unsafe_name_note(job.planned.unsafe)
            warnings.insert(
                0,
                Problem(
                    item.name_location or Location(item.label),
                    f"{said}，这一份写成了 {output.name}",
                    field=NAME_KEY,
                    hint=hint,
                ),
            )
        if job.planned.renamed:
            # Two rows asked for the same name: neither is lost, but the user should know which is which.
            warnings.insert(
                0,
                Problem(
                    item.name_location or Location(item.label),
                    f"前面已有一项用了这个文件名（{job.planned.renamed}），这一份写成了 {output.name}",
                    field=NAME_KEY,
                    hint="每行写不同的文件名，就不会加 -2、-3",
                ),
            )
        notes = tuple(str(w) for w in warnings)
        result = ItemResult(
            item.label,
            "drafted",
            shown,
            warnings=notes,
            redrafted=redrafted,
            made=made,
            used=tuple(str(path) for path in sources),
            doc_number=draft.doc_number,
            number_at=_number_at(tree),
        )
        force = job.force or bool(redrafted)
        if writer is not None:
            return _Writing(
                result, writer.submit(write_atomic, output, data, force=force, inputs=sources, follow_links=False)
            )
        write_atomic(output, data, force=force, inputs=sources, follow_links=False)
        return result
    except FactsError as exc:
        if spec is not None and _untouched_example_row(item, spec, exc.problems):
            return ItemResult(
                item.label,
                "skipped",
                shown,
                (
                    f"{item.label}是 drafter new --xlsx 写的示例行，还没有改成实际内容，没有起草"
                    "（改好后照常起草；不需要时删去这一行）",
                ),
                example=True,
            )
        problems = _at_their_cells(item, exc.problems)
        lacking = [
            p
            for p in problems
            if item.number
            and ((p.kind == MISSING_FIELD and len(p.path) == 1) or (p.kind == NO_GENRE and p.field == GENRE_KEY))
        ]
        unknown = tuple(p for p in problems if _unknown_key(p) and item.tree is not None)
        return ItemResult(
            item.label,
            "failed",
            shown,
            tuple(str(p) for p in problems),
            missing=tuple(str(p.path[0]) if p.path else p.field for p in lacking),
            missing_errors=tuple(str(p) for p in lacking),
            unknown=unknown,
        )
    except Exception as exc:
        return _failure(item.label, shown, exc)


def unexpected_failure(exc: BaseException) -> str:
    """A failure drafter has no message for (a bug, or an input beyond its limits), said plainly."""
    if isinstance(exc, MemoryError):
        return "内存不足，这一项太大，无法起草"
    if isinstance(exc, RecursionError):
        return "内容嵌套太深，无法起草"
    detail = str(exc).encode("utf-8", "replace").decode("utf-8")[:200]
    return f"起草时出现意外错误（{type(exc).__name__}: {detail}）；其他各项不受影响，请把这个事实文件发给维护者"


def _remove_stale_temporaries(planned: Sequence[PlannedItem]) -> None:
    folders = {p.output.parent for p in planned}
    names = {p.output.name for p in planned}
    for folder in folders:
        for leftover in folder.glob(".*.tmp"):
            stem = leftover.name[1:].rsplit(".", 2)[0]
            # A file another batch is writing right now (into the same folder) is left alone.
            if stem in names and abandoned_temporary(leftover):
                leftover.unlink(missing_ok=True)


Progress = Callable[[ItemResult, int, int], None]  # result, done, total


def run_batch(
    inputs: Sequence[str],
    output: Path,
    *,
    jobs: int | None = None,
    template: str | None = None,
    fmt: str = "docx",
    force: bool = False,
    shard: tuple[int, int] = (1, 1),
    progress: Progress | None = None,
    reference: Path | None = None,
    defaults: Path | None = None,
    allow_placeholders: bool = False,
) -> BatchReport:
    """Draft every item; never stop at a failed one. The report lists each item's outcome.

    Inputs are facts files, list files and spreadsheets (.xlsx/.csv, one row a document);
    ``defaults`` is a facts file every item starts from.
    """
    started = time.perf_counter()
    base = load_defaults(defaults) if defaults is not None else None  # a bad one stops the batch before it starts
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: 已存在同名文件，不能作为输出文件夹")
    report = BatchReport()
    items: list[BatchItem] = []
    # Positions in input order: results arrive in completion order, the report lists them in this one.
    positions: dict[int, int] = {}
    unreadable: list[tuple[Path, str]] = []
    passed: list[tuple[Path, str]] = []
    named = {Path(raw) for raw in inputs}
    for path in expand_inputs(inputs, unreadable, passed):
        if defaults is not None and path not in named and same_file(path, defaults):
            # --defaults kept in the folder of the facts files (工作/默认.yaml): it is every item's start, not an
            # item; it failed as one (文种: 不知道要写哪种公文, or 有“默认”却没有“批量”), and the batch with exit 4.
            continue
        label = display_text(str(path))
        try:
            found = items_from_file(path, base)
        except FactsError as exc:
            failed = ItemResult(label, "failed", "", tuple(str(p) for p in exc.problems))
        except DrafterError as exc:
            failed = ItemResult(label, "failed", "", (str(exc),))
        except Exception as exc:  # one unreadable list must not stop the other inputs
            failed = ItemResult(label, "failed", "", (unexpected_failure(exc),))
        else:
            for item in found:
                positions[id(item)] = len(positions) + len(report.results)
            items.extend(found)
            continue
        report.results.append(replace(failed, position=len(positions) + len(report.results)))
    for folder, reason in unreadable:
        shown = display_text(str(folder))
        problem = f"{shown}: 文件夹无法读取（{reason}），里面的文件没有起草"
        if not reason:
            problem = f"{shown}: 文件夹里没有事实文件（.yaml、.yml），没有可起草的；表格（.xlsx、.csv）请直接写出文件名"
        report.results.append(
            ItemResult(shown, "failed", "", (problem,), position=len(positions) + len(report.results))
        )
    for link, target in passed:
        shown = display_text(str(link))
        problem = display_text(link_up_reason(link, target, "起草"))
        report.results.append(
            ItemResult(shown, "failed", "", (problem,), position=len(positions) + len(report.results))
        )
    if template:
        from .catalog import find_template

        find_template(template)  # a wrong --template is a usage error, not a thousand failed items
    if fmt == "pdf":
        from .drafting import require_soffice

        require_soffice(str(output))  # not a failure per item: nothing can be made
    if reference is not None:
        from .docx.reference import load_reference

        load_reference(reference)  # so is a reference file that cannot be used
    # Made only now: a batch that cannot start (a wrong --template or --reference, a PDF without LibreOffice)
    # left its output folder behind, empty, with every folder above it it had made (-o 稿件/2025/通知).
    _make_output_folder(output)
    # Names are planned over every item, then sharded, so that all shards agree on them.
    index, count = shard
    planned = plan_outputs(items, output, "." + fmt)[index - 1 :: count]
    _remove_stale_temporaries(planned)
    report.total = len(planned) + len(report.results)
    if progress:
        for number, result in enumerate(report.results, start=1):  # failed before drafting: counted one by one
            progress(result, number, report.total)
    done = len(report.results)
    from . import batch_record

    previous = batch_record.load(output)
    recorder = batch_record.Recorder(output, previous)
    work = [
        _Job(
            p,
            template,
            fmt,
            force,
            reference,
            previous.get(p.output.name),
            positions[id(p.item)],
            allow_placeholders,
        )
        for p in planned
    ]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work) // 4 or 1))
    numbered: dict[str, ItemResult] = {}
    try:
        for result in _run(work, workers):
            result = _same_numbers(result, numbered)
            if result.made is not None:
                recorder.add(result.made)
            report.results.append(result)
            done += 1
            if progress:
                progress(result, done, report.total)
            if result.status == "failed" and not output.is_dir():
                # The output folder was moved or deleted while the batch ran: every item left would fail the same
                # way, each said on two lines (3000 items, 3600 lines of 输出文件夹 … 不存在 after the progress).
                report.stopped = f"输出文件夹 {display_text(str(output))} 在起草途中不见了（被移走、改名或删除）"
                break
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (the CLI makes it one): report what was done
        report.interrupted = True
    finally:
        recorder.close(compact=count == 1)  # shards share the folder: each only appends
        if recorder.failure and not report.stopped:
            report.unrecorded = f"{display_text(str(recorder.path))}: 记录没能写完（{recorder.failure}）"
    report.results.sort(key=lambda result: result.position)
    sources = {positions[id(item)]: display_text(str(item.source)) for item in items if item.number}
    report.results = [
        replace(result, source=sources[result.position]) if result.position in sources else result
        for result in report.results
    ]
    report.shared, report.results = _shared_problems(items, report.results)
    report.seconds = time.perf_counter() - started
    return report


def _number_at(tree: Mapping) -> str:
    """Where the facts give a document's 发文字号 (its 文号序号, or the number written out), else the item."""
    return str(tree.value_location("文号序号", "发文字号"))


def _same_numbers(result: ItemResult, numbered: dict[str, ItemResult]) -> ItemResult:
    """``result`` with a reminder where an item drafted before it in this batch printed the same 发文字号: a row
    copied down a sheet keeps its 文号序号 (ux22 walk: two letters to two bureaus went out as 鹭公函〔2026〕2号),
    and two documents of one number are one too many. ``numbered``: the numbers printed so far, and by whom."""
    if result.status != "drafted" or not result.doc_number:
        return result
    first = numbered.setdefault(result.doc_number, result)
    if first is result:
        return result
    said = Problem(
        Location(result.number_at or result.label),
        f"与这一批的{first.label}（起草为 {first.output}）同是“{result.doc_number}”",
        field="发文字号",
        hint="每份公文的发文字号各不相同：请改写这一项的文号序号（或发文字号）后再运行一次",
    )
    return replace(result, warnings=(str(said), *result.warnings))


def _shared_problems(
    items: list[BatchItem], results: list[ItemResult]
) -> tuple[list[tuple[str, tuple[str, ...]]], list[ItemResult]]:
    """What every item of a list file gets wrong, said once for the list instead of per item: a required
    field they all lack (at the list's 默认), and a key no item's template knows (a sheet's column, at its
    header cell; a key of 默认, where it is written). Each result then names as ``missing`` and ``unknown``
    only what was said once: its other problems are its own."""
    by_label = {result.label: result for result in results}
    kept: dict[str, tuple[str, ...]] = {}
    kept_unknown: dict[str, list[Problem]] = {}
    groups: dict[Path, list[BatchItem]] = {}
    for item in items:
        if item.number:
            groups.setdefault(item.source, []).append(item)
    shared = []
    for source, members in groups.items():
        outcomes = [by_label.get(item.label) for item in members]
        if len(members) < 2:
            continue
        for problem, labels in _shared_unknown(members, outcomes, kept_unknown):
            shared.append((str(problem), labels))
        # The untouched example row of a sheet drafter new --xlsx made, skipped, is no row the clerk wrote: three
        # rows below it all lacking 主送机关 were each told so, as if one of them had it (ux20 walk).
        written = [(item, r) for item, r in zip(members, outcomes, strict=True) if r is None or not r.example]
        if len(written) < 2 or any(r is None or r.status != "failed" for _, r in written):
            continue
        common = set.intersection(*(set(r.missing) for _, r in written if r is not None))
        kept.update((item.label, tuple(sorted(common))) for item, _ in written)
        first = members[0]
        for name in sorted(common):
            template = "，或用 --template 指定模板" if name == GENRE_KEY else ""
            if first.header and first.tree is not None:
                # A sheet has no 默认: a column (or --defaults) gives every row the field. A column it has,
                # left empty in every row, is pointed at (the 模板 column stands for 文种).
                cells = dict(first.columns)
                column = name if name in cells else TEMPLATE_COLUMN if name == GENRE_KEY else ""
                where = replace(first.tree.location, line=first.header)
                if column in cells:
                    where = replace(where, column=cells[column])
                    fill = f"在“{column}”列填写{'模板文件夹' if column == TEMPLATE_COLUMN else '内容'}"
                else:
                    fill = f"加一列“{name}”"
                problem = Problem(
                    where,
                    f"每一行都缺少必填项“{name}”",
                    hint=f"{fill}，或写在 --defaults 指定的文件里，对所有行都有效{template}",
                )
            else:
                problem = Problem(
                    first.defaults or Location(str(source), 1, 1),
                    f"每一项都缺少必填项“{name}”",
                    field=DEFAULTS_KEY,
                    hint=f"写在“{DEFAULTS_KEY}:”下面，对所有项都有效{template}",
                )
            shared.append((str(problem), tuple(item.label for item, _ in written)))
    # A key of --defaults reaches every input (facts files too): said once where it is written.
    merged = [item for item in items if item.tree is not None]
    if len(merged) >= 2:
        outcomes = [by_label.get(item.label) for item in merged]
        for problem, labels in _shared_unknown(merged, outcomes, kept_unknown, same_place=True):
            shared.append((str(problem), labels))
    said = [
        _said_once(result, kept.get(result.label, ()), tuple(kept_unknown.get(result.label, ())))
        if result.missing or result.unknown
        else result
        for result in results
    ]
    return shared, said


def _said_once(result: ItemResult, missing: tuple[str, ...], unknown: tuple[Problem, ...]) -> ItemResult:
    """The result naming as missing and unknown only what the whole list was told once."""
    errors = tuple(error for name, error in zip(result.missing, result.missing_errors, strict=True) if name in missing)
    return replace(result, missing=missing, missing_errors=errors, unknown=unknown)


def _unknown_key(problem: Problem) -> bool:
    return problem.kind == UNKNOWN_KEY and all(isinstance(part, str) for part in problem.path)


def _holds(tree: Mapping | None, path: tuple[str | int, ...]) -> bool:
    node: Any = tree
    for part in path:
        if not isinstance(node, Mapping) or not isinstance(part, str):
            return False
        entry = node.get(part)
        if entry is None:
            return False
        node = entry.value
    return True


def _shared_unknown(
    members: list[BatchItem],
    outcomes: list[ItemResult | None],
    kept: dict[str, list[Problem]],
    *,
    same_place: bool = False,
) -> Iterator[tuple[Problem, tuple[str, ...]]]:
    """Keys of one list file that every item holding them is refused for: one column of a sheet said for
    each of 3000 rows hid the rows' own problems. A key only some rows' templates refuse (a sheet of two
    genres) stays with those rows. With ``same_place``, only a key written once for all (--defaults), and
    not one said already."""
    from .sheets import CellLocation

    reporters: dict[tuple[Any, ...], list[tuple[BatchItem, Problem]]] = {}
    for item, result in zip(members, outcomes, strict=True):
        for problem in result.unknown if result is not None else ():
            if problem in kept.get(item.label, ()):
                continue
            place = problem.location if same_place else None
            reporters.setdefault((problem.path, problem.message, problem.hint, place), []).append((item, problem))
    for (path, *_), found in reporters.items():
        if len(found) < 2 or len(found) != sum(_holds(item.tree, path) for item in members):
            continue
        first = found[0][1].location
        where: Location
        if isinstance(first, CellLocation) and found[0][0].header and not same_place:
            where = replace(first, line=found[0][0].header)  # the column's header cell
        elif all(problem.location == first for _, problem in found):
            where = first  # written once (默认, --defaults) and merged into every item
        else:
            continue  # each item wrote it on its own line: said there
        for item, problem in found:
            kept.setdefault(item.label, []).append(problem)
        yield replace(found[0][1], location=where), tuple(item.label for item, _ in found)


# The names of a document file, which no output folder is given (-o 结果.docx meant one file).
_DOCUMENT_SUFFIXES = (".docx", ".doc", ".pdf", ".md", ".txt", ".wps", ".xlsx", ".csv")


def _make_output_folder(output: Path) -> None:
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: 已存在同名文件，不能作为输出文件夹")
    if not output.exists() and output.suffix.lower() in _DOCUMENT_SUFFIXES:
        # -o 结果.docx, as draft takes it: a folder named 结果.docx was made (shown as a Word file by some views),
        # the documents inside it under other names, where the clerk looked for one file.
        raise OutputError(
            f"{output}: batch 的 -o 是输出文件夹（每份公文一个文件，都写在这个文件夹里），这里写成了文件名；"
            f"请写文件夹名，如 -o {output.with_suffix('')}（起草一份公文请用 drafter draft）"
        )
    if not output.exists() and (trouble := windows_trouble(output.name, "输出文件夹的名字")):
        raise OutputError(f"{output}: {trouble}（复制到 Windows 电脑或共享文件夹时会出错）")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocking = file_in_the_way(output)
        if blocking is not None:
            raise OutputError(f"{output}: “{blocking}”是一个文件，不是文件夹，不能在它下面建立输出文件夹") from exc
        reason = "没有写入权限" if isinstance(exc, PermissionError) else os_reason(exc)
        raise OutputError(f"{output}: 无法建立输出文件夹（{reason}）") from exc


def _run(work: list[_Job], workers: int) -> Iterator[ItemResult]:
    if workers <= 1:
        yield from _draft_stream(work)
        return
    # The first item is drafted here: imports, templates and the compressed static parts are then
    # loaded once, and forked workers start warm instead of each paying for them.
    yield _draft_one(work[0])
    reported = {work[0].planned.item.label}
    try:
        for result in stream_in_workers(work[1:], _draft_stream, workers):
            reported.add(result.label)
            yield result
    except WorkerLost:
        # A worker died (killed, out of memory): the items it held are reported, none half-written.
        for job in work:
            if job.planned.item.label not in reported:
                yield ItemResult(
                    job.planned.item.label,
                    "failed",
                    str(job.planned.output),
                    ("工作进程意外退出；再次运行同一命令会跳过已生成的文件，完成其余各项",),
                    position=job.position,
                )
