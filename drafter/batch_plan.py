"""What a batch drafts and where: the items of its inputs (facts files, list files, sheet rows) and each item's
output name. ``drafter batch`` (batch.py) drafts them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.structs import replace

from .errors import DrafterError, FactsError, InputError, Location, OutputError, Problem, UsageError
from .facts import MAX_CHARS, MAX_NODES, SHEET_SUFFIXES, Entry, Mapping, Scalar, duplicate_keys, load_facts
from .facts import Sequence as NodeSequence
from .output import MAX_NAME_BYTES, WINDOWS_RESERVED
from .terminal import command_word
from .textio import display_text, is_apple_double
from .walk import Walk, files_under, glob_files

if TYPE_CHECKING:
    from .sheets import SheetRow

DEFAULTS_KEY = "默认"
GENRE_KEY = "文种"
# A sheet (drafter new --template … --xlsx) names its template folder in this column, as a facts file does.
TEMPLATE_COLUMN = "模板"
ITEMS_KEY = "批量"
NAME_KEY = "文件名"
FACT_SUFFIXES = (".yaml", ".yml")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]')
# A stem leaves room for "-NN" and the longest suffix (".docx") within the file-name limit.
_STEM_BYTES = MAX_NAME_BYTES - 12


class BatchItem(Struct, frozen=True):
    """One document to draft: a facts file, or one entry of a list file merged onto its defaults."""

    source: Path
    label: str  # how reports name it: 会议通知.yaml or 名单.yaml 第3项（第12行）
    tree: Mapping | None = None  # the merged facts of a list item; None: load ``source`` when drafting
    number: int = 0  # 1-based position in a list file
    wanted_name: str = ""  # 文件名 given in the facts, before sanitising
    # What fails this item alone, reported when it is drafted: a list entry that is not facts at all, a sheet row's
    # cell in a column without a name.
    problems: tuple[Problem, ...] = ()
    defaults: Location | None = None  # where the list file's 默认 is (a field missing from it is said once)
    name_location: Location | None = None  # where 文件名 is written (a name of another kind of file is refused there)
    header: int = 0  # a sheet row: the row of field names (a column every row gets wrong is said there)
    hidden: bool = False  # a sheet row hidden in Excel (filtered out): drafted, with a reminder
    columns: tuple[tuple[str, int], ...] = ()  # a sheet row: each field with a column of its own, and the column


class PlannedItem(Struct, frozen=True):
    item: BatchItem
    output: Path
    renamed: str = ""  # the 文件名 asked for, when an earlier item took it (this one gets -2, -3 …)
    unsafe: str = ""  # the 文件名 asked for, when it could not be a file name as written (语文/数学组)


# --- collecting items --------------------------------------------------------------------------


def expand_inputs(
    inputs: Iterable[str],
    unreadable: list[tuple[Path, str]] | None = None,
    passed: list[tuple[Path, str]] | None = None,
) -> list[Path]:
    """Facts files named directly, the .yaml/.yml files inside folders, and glob patterns.

    Each real file comes once however many links or patterns lead to it; folders that cannot be
    read are added to ``unreadable``, and so are folders without a facts file (a batch of 0 items
    that exits 0 hides a wrong folder); links to a folder above, not entered, are added to ``passed``.
    """
    walk = Walk()
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            if not _facts_under(path, walk) and all(folder != path for folder, _ in walk.unreadable):
                walk.unreadable.append((path, ""))
        elif any(ch in raw for ch in "*?[") and not path.exists():
            if not glob_files(raw, walk):
                raise UsageError(f"“{display_text(raw)}”没有匹配到任何文件")
        else:
            walk.add(path)
    if unreadable is not None:
        unreadable.extend(walk.unreadable)
    if passed is not None:
        passed.extend(walk.passed)
    return walk.files


def _facts_under(folder: Path, walk: Walk) -> int:
    """Add the facts files in ``folder`` to ``walk``; how many there are (those found before included)."""

    def is_facts(candidate: Path) -> bool:
        # A Mac's Finder data beside each file of an unzipped folder (._通知.yaml) is no facts file: each failed
        # as '不是文本文件（含有二进制内容）', and the batch ended with failures.
        return candidate.suffix.lower() in FACT_SUFFIXES and not is_apple_double(candidate)

    here = Walk()
    files_under(folder, is_facts, here)
    walk.unreadable.extend(item for item in here.unreadable if item not in walk.unreadable)
    walk.passed.extend(item for item in here.passed if item not in walk.passed)
    # A template folder kept beside the facts files (工作/挖掘结果/notice/manifest.yaml, 工作/通知1.yaml): each of
    # its manifests failed as an item (这是模板文件夹里的 manifest.yaml……), and the batch ended with exit 4 for
    # files that are not the clerk's documents. A folder of templates alone still has them said.
    manifests = {path for path in here.files if _template_manifest(path)}
    kept = here.files if len(manifests) == len(here.files) else [p for p in here.files if p not in manifests]
    for path in kept:
        walk.add(path)
    return len(kept)


# The keys of a template's manifest.yaml (catalog.py), none of them a facts file's.
_MANIFEST_KEYS = re.compile(r"^(?:sections|fields|extends)\s*:", re.MULTILINE)


def _template_manifest(path: Path) -> bool:
    """Whether ``path`` is a template folder's manifest.yaml (drafter mine's, or one written by hand)."""
    if path.name.lower() != "manifest.yaml":
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(65536).decode("utf-8", "replace")
    except OSError:
        return False  # read as an item, which says why it cannot be read
    return _MANIFEST_KEYS.search(head) is not None


def _text_of(tree: Mapping, key: str) -> str:
    entry = tree.get(key)
    if entry is not None and isinstance(entry.value, Scalar):
        return entry.value.text.strip()
    return ""


def _where(tree: Mapping, key: str) -> Location | None:
    entry = tree.get(key)
    return entry.value.location if entry is not None else None


# Extensions of files people name in a 文件名 (documents, sheets, pictures, archives): one of these at the
# end of the name says what kind of file the user expects, and it is not the one being written.
_OTHER_EXTENSIONS = re.compile(
    r"pdf|ofd|doc[xm]?|dotx?|wps|wpt|rtf|odt|txt|md|html?|xml|xlsx?|et|csv|ods|pptx?|dps"
    r"|jpe?g|png|gif|tiff?|bmp|zip|rar|7z|ya?ml|json",
    re.IGNORECASE,
)
# What drafter can write instead, and how to ask for it.
_FORMATS = {"pdf": "pdf", "md": "md", "txt": "txt", "docx": "docx"}


def name_problem(item: BatchItem, suffix: str) -> Problem | None:
    """文件名: 城关镇.pdf while .docx is written: refused on its line rather than written as 城关镇.pdf.docx.

    Neither name fits what the user expects: 城关镇.pdf.docx looks like a PDF in a folder list that hides
    extensions, and a quietly replaced 城关镇.docx is not the PDF they asked for. The item fails with the
    way to get either; the other items go on. The output's own extension (any case) is taken off as before.
    """
    stem, dot, extension = item.wanted_name.rpartition(".")
    if not dot or not stem.strip(" .") or not _OTHER_EXTENSIONS.fullmatch(extension):
        return None
    if "." + extension.lower() == suffix:
        return None
    wanted = _FORMATS.get(extension.lower())
    drop = f"去掉“.{extension}”，写成“{stem}”"
    if wanted is not None:
        hint = f"要生成 .{wanted} 文件请加 --format {wanted}；否则请{drop}"
    elif suffix == ".docx":
        hint = f"请{drop}；生成的 .docx 文件 Word 和 WPS 都能打开"
    else:
        hint = f"请{drop}"
    return Problem(
        item.name_location or Location(item.label),
        f"以“.{extension}”结尾，而这次生成的是 {suffix} 文件",
        field=NAME_KEY,
        hint=hint,
    )


def _merge(defaults: Mapping | None, item: Mapping) -> Mapping:
    """An item's keys over the shared defaults (each value keeps its own line and column)."""
    if defaults is None:
        return item
    own = {entry.key for entry in item.entries}
    entries = tuple(e for e in defaults.entries if e.key not in own) + item.entries
    return Mapping(entries, item.location, item.duplicates)


def load_defaults(path: Path) -> Mapping:
    """``--defaults``: a facts file whose values every item starts from (its 默认: part, if it has one)."""
    shown = display_text(str(path))
    if path.suffix.lower() in SHEET_SUFFIXES:
        # Said as draft says it (这是表格……请用 drafter batch 起草) to a clerk who was running drafter batch.
        raise UsageError(
            f"--defaults {shown}: 这是表格；--defaults 要写一个事实文件（.yaml），写各项共用的内容；"
            f"表格请作为输入给出，如 drafter batch {command_word(shown)} -o 输出文件夹"
        )
    try:
        tree = load_facts(path, shown)
    except InputError as exc:
        # --defaults /tmp (a folder, a device, a file not there): said as /tmp: 这是一个文件夹，不是文件, naming
        # no option, before any input was read; the clerk looked at the inputs.
        raise InputError(f"--defaults {exc}") from exc
    items = tree.get(ITEMS_KEY)
    if items is not None:
        # A list file given as --defaults: its 默认 was every input's and its 批量 items were never drafted, or
        # (no 默认) every item failed on 批量: 不认识这个键.
        raise FactsError(
            [
                Problem(
                    items.key_location,
                    f"这是列表文件（有“{ITEMS_KEY}:”），不能作为 --defaults",
                    field=ITEMS_KEY,
                    hint=f"列表文件请作为输入给出，如 drafter batch {command_word(shown)} -o 输出文件夹；--defaults 只写各项共用的内容",
                )
            ]
        )
    # A key written twice there is every input's: said once, before any is drafted.
    duplicates = duplicate_keys(tree)
    if duplicates:
        raise FactsError(duplicates)
    inner = tree.get(DEFAULTS_KEY)
    if inner is not None and isinstance(inner.value, Mapping):
        return inner.value
    return tree


def _template_filled_in(rows: Sequence[SheetRow], folder: Path | None = None) -> list[SheetRow]:
    """Rows whose 模板 cell is empty take the sheet's one template where every filled 模板 cell names the same
    (a clerk filling rows under drafter new --xlsx's example row seldom copies its 模板 cell down; each such row
    failed with 在“模板”列填写模板文件夹). A sheet naming two templates is left as it is, and so is a row whose
    own 文种 cell names another genre than the template's (文种: 请示 under a mined notice's row): it failed as
    文种写的是“请示”，模板……却是通知, told to delete a 模板 it never wrote."""
    named = {
        entry.value.text.strip()
        for row in rows
        for entry in row.tree.entries
        if entry.key == TEMPLATE_COLUMN and isinstance(entry.value, Scalar) and entry.value.text.strip()
    }
    if len(named) != 1:
        return list(rows)
    (template,) = named
    genre = _template_genre(template, folder)
    filled = []
    for row in rows:
        own = [entry for entry in row.tree.entries if entry.key != TEMPLATE_COLUMN]
        if genre is not None and _names_another_genre(row.tree, genre):
            filled.append(row)
            continue
        if len(own) == len(row.tree.entries) or any(
            e.key == TEMPLATE_COLUMN and isinstance(e.value, Scalar) and not e.value.text.strip()
            for e in row.tree.entries
        ):
            where = row.tree.location
            entry = Entry(TEMPLATE_COLUMN, where, Scalar(template, where))
            row = replace(row, tree=Mapping((entry, *own), where, row.tree.duplicates))
        filled.append(row)
    return filled


def _template_genre(template: str, folder: Path | None) -> str | None:
    """The genre of the template a sheet names (its path is relative to the sheet); None when it cannot be
    loaded (each row then says why, as before)."""
    from .catalog import load_template_folder

    try:
        return load_template_folder((folder or Path()) / template).genre
    except (DrafterError, OSError):
        return None


def _names_another_genre(tree: Mapping, genre: str) -> bool:
    """Whether a row's own 文种 cell names a built-in genre other than ``genre``."""
    from .catalog import find_template

    written = _text_of(tree, "文种")
    if not written:
        return False
    try:
        return find_template(written).genre != genre
    except DrafterError:
        return False


def items_from_file(path: Path, defaults: Mapping | None = None) -> list[BatchItem]:
    """One facts file (a single document, or a list file with 默认 and 批量), or a spreadsheet, one row
    a document; every item over ``defaults`` (``--defaults``)."""
    from .sheets import merge

    label = display_text(str(path))
    if path.suffix.lower() in SHEET_SUFFIXES:
        from .sheets import read_sheet

        return [
            BatchItem(
                path,
                f"{label} 第{row.number}行",
                merged,
                row.number,
                _text_of(merged, NAME_KEY),
                name_location=_where(merged, NAME_KEY),
                header=row.header,
                hidden=row.hidden,
                columns=row.columns,
                problems=row.problems,
            )
            for row in _template_filled_in(read_sheet(path, label), path.parent)
            for merged in [merge(defaults, row.tree)]
        ]
    tree = load_facts(path, label)
    listed = tree.get(ITEMS_KEY)
    if listed is None:
        stray = tree.get(DEFAULTS_KEY)
        if stray is not None:
            raise FactsError(
                [
                    Problem(
                        stray.key_location,
                        f"有“{DEFAULTS_KEY}”却没有“{ITEMS_KEY}”",
                        field=DEFAULTS_KEY,
                    )
                ]
            )
        if defaults is not None:
            tree = merge(defaults, tree)
            return [BatchItem(path, label, tree, 0, _text_of(tree, NAME_KEY), name_location=_where(tree, NAME_KEY))]
        return [BatchItem(path, label, None, 0, _text_of(tree, NAME_KEY), name_location=_where(tree, NAME_KEY))]
    # A key written twice at the top (two 批量:) leaves the list itself in doubt, and one in 默认 is every
    # item's: each is said once, for the file. One inside an item is said with that item's other problems
    # when it is drafted, and the other items go on.
    problems = list(tree.duplicates)
    base = defaults  # --defaults, under the list file's own 默认
    defaults_entry = tree.get(DEFAULTS_KEY)
    own_defaults = None
    if defaults_entry is not None:
        if isinstance(defaults_entry.value, Mapping):
            own_defaults = defaults_entry.value
            problems.extend(duplicate_keys(own_defaults))
        else:
            problems.append(
                Problem(defaults_entry.key_location, "应当是一组“键: 值”（各项共用的内容）", field=DEFAULTS_KEY)
            )
    extra = [e for e in tree.entries if e.key not in (DEFAULTS_KEY, ITEMS_KEY)]
    for entry in extra:
        problems.append(
            Problem(
                entry.key_location,
                f"批量文件的顶层只能有“{DEFAULTS_KEY}”和“{ITEMS_KEY}”",
                field=entry.key,
                hint=f"共用的内容请写在“{DEFAULTS_KEY}”下面",
            )
        )
    if not isinstance(listed.value, NodeSequence):
        problems.append(Problem(listed.key_location, "应当是一个列表，每项以“- ”开头", field=ITEMS_KEY))
    elif not listed.value.items:
        problems.append(
            Problem(
                listed.key_location,
                "列表是空的，没有要起草的项",
                field=ITEMS_KEY,
                hint=f"每份公文写一项，以“- ”开头，只写与“{DEFAULTS_KEY}”不同的内容",
            )
        )
    if problems:
        raise FactsError(problems)
    assert isinstance(listed.value, NodeSequence)
    items = []
    expanded = Sizes()
    for number, node in enumerate(listed.value.items, 1):
        item_label = f"{label} 第{number}项（第{node.location.line}行）"
        if not isinstance(node, Mapping):
            problem = Problem(node.location, "列表里的每一项应当是一组“键: 值”", field=ITEMS_KEY)
            items.append(BatchItem(path, item_label, None, number, "", (problem,)))
            continue
        merged = merge(base, _merge(own_defaults, node))
        expanded.add(merged, number)  # 默认 is drafted again with every item: a bomb there multiplies
        where = defaults_entry.key_location if defaults_entry is not None else None
        items.append(
            BatchItem(
                path,
                item_label,
                merged,
                number,
                _text_of(merged, NAME_KEY),
                defaults=where,
                name_location=_where(merged, NAME_KEY),
            )
        )
    return items


class Sizes(Struct):
    """The work a whole list file asks for: every item with its defaults, aliases expanded."""

    nodes: int = 0
    chars: int = 0

    def add(self, item: Mapping, number: int) -> None:
        self.nodes += item.nodes
        self.chars += item.chars
        if self.nodes > MAX_NODES or self.chars > MAX_CHARS:
            raise FactsError(
                [
                    Problem(
                        item.location,
                        f"内容太多：到第 {number} 项为止（每项加上“{DEFAULTS_KEY}”，展开锚点引用）已超过 "
                        f"{MAX_NODES:,} 项或 {MAX_CHARS:,} 个字",
                        field=ITEMS_KEY,
                        hint=f"“{DEFAULTS_KEY}”里是否有被反复引用的锚点？很大的批量请分成几个文件",
                    )
                ]
            )


# --- output names --------------------------------------------------------------------------------


def safe_name(name: str, fallback: str = "未命名") -> str:
    """A file name that is safe on Linux, macOS and Windows and cannot leave the output folder."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name)
    # Lone surrogates (from a script's escaped text) cannot be file names on any system.
    name = name.encode("utf-8", "replace").decode("utf-8").replace("?", "_")
    name = re.sub(r"\.{2,}", "_", name).strip(" .")
    if not name:
        name = fallback
    # Windows reads "CON .txt", "COM¹" and "conin$" as devices too.
    device = unicodedata.normalize("NFKC", name.split(".")[0]).strip(" ").upper()
    if device in WINDOWS_RESERVED:
        name = "_" + name
    return _cut_to_bytes(name, _STEM_BYTES).rstrip(" .") or fallback


def _cut_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits in ``limit`` bytes (CJK takes three each)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore")


def plan_outputs(items: Sequence[BatchItem], folder: Path, suffix: str) -> list[PlannedItem]:
    """Each item's output path; collisions get -2, -3 … in input order (case-insensitively, as on Windows)."""
    width = len(str(max((item.number for item in items), default=0)))
    taken: set[str] = set()
    planned: dict[int, PlannedItem] = {}
    # The example row drafter new --xlsx wrote is named last: left untouched it is skipped, and a row the clerk
    # named as it is (s1-示例, copied down) gets the name, not s1-示例-2 beside a file that is never written.
    order = sorted(range(len(items)), key=lambda k: may_be_example_row(items[k]))
    for position in order:
        item = items[position]
        stem = item.wanted_name or (f"{item.source.stem}-{item.number:0{width}d}" if item.number else item.source.stem)
        if item.wanted_name and len(stem) > len(suffix) and stem.casefold().endswith(suffix.casefold()):
            stem = stem[: -len(suffix)]  # 文件名: 城关镇.docx made 城关镇.docx.docx
        base = safe_name(stem)
        # A slash or colon the clerk typed is made _: the file is still written, but under a name they did not
        # write, so it is said (NFC and edge spaces change nothing they would see).
        unsafe = item.wanted_name if item.wanted_name and base != unicodedata.normalize("NFC", stem).strip(" ") else ""
        name, counter = base, 1
        while name.casefold() + suffix in taken:
            counter += 1
            name = f"{base}-{counter}"
        taken.add(name.casefold() + suffix)
        renamed = f"{base}{suffix}" if item.wanted_name and counter > 1 else ""
        output = folder / f"{name}{suffix}"
        # Belt and braces: the name is one plain component, so the file is directly inside the folder.
        # (Writing replaces the path itself, so not even a symlink planted there can lead outside.)
        if output.parent != folder or output.name != f"{name}{suffix}" or name in (".", ".."):
            raise OutputError(f"{item.label}: 输出文件名“{name}”不安全")
        planned[position] = PlannedItem(item, output, renamed, unsafe)
    return [planned[position] for position in range(len(items))]


def unsafe_name_note(asked: str) -> tuple[str, str]:
    """What was wrong with a 文件名 that was written otherwise, and what to write instead (message, hint)."""
    marks = "".join(dict.fromkeys(c for c in asked if _UNSAFE.match(c) and c.isprintable()))
    if marks:
        return (
            f"“{asked}”里的“{marks}”不能用在文件名里",
            '文件名里不要用 / \\ : * ? " < > | 这些符号，可改用“、”或“和”',
        )
    if len(asked.encode("utf-8")) > _STEM_BYTES:
        return f"“{asked[:20]}……”太长", "文件名写短一些（不超过 70 个汉字）"
    return f"“{asked}”不能照原样用作文件名", "文件名里不要用换行、省略号或 CON、NUL 这类系统保留的名字"


def may_be_example_row(item: BatchItem) -> bool:
    """Whether a row stands where drafter new --xlsx wrote its example row, under that row's name."""
    return bool(item.header) and item.number == item.header + 1 and item.wanted_name.endswith("-示例")
