"""What each output of a batch was made from, so that running the batch again redrafts exactly the
outputs whose facts, template or reference file changed, and leaves the others alone.

The record is a small file in the output folder, ``.drafter-batch.jsonl``: one JSON line per output
written, the last line for a name winning. A line holds fingerprints (SHA-256) of the item's facts as
drafter read them (comments and layout of the YAML do not count), of the template's files and
drafter's version, of the reference file, and of the bytes written. An existing output is redrafted
only when its line says it was drafted by a batch, its bytes are still those (nobody edited it since)
and some fingerprint differs; anything else existing is skipped, as before, unless ``--force``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgspec
from msgspec import Struct
from msgspec.structs import asdict

from .errors import os_reason
from .facts import Mapping, Node, Scalar, Sequence

RECORD_NAME = ".drafter-batch.jsonl"
# The record and its rewrite are opened without following a link: an output folder from elsewhere (a colleague's
# zip) holding .drafter-batch.jsonl → ~/.bashrc, or .drafter-batch.jsonl.new → a document of the clerk's, had a
# line appended to that file, or the document overwritten with the record, at the end of every run.
_NO_LINK = getattr(os, "O_NOFOLLOW", 0)


class Made(Struct, frozen=True):
    """What one output was drafted from (fingerprints), and a fingerprint of what was written."""

    output: str  # the file's name in the output folder
    facts: str
    template: str
    reference: str = ""
    written: str = ""

    def changes(self, now: Made) -> list[str]:
        """What differs between the sources recorded here and those of ``now``, in words."""
        parts = (("facts", "事实"), ("template", "模板"), ("reference", "参考文件"))
        return [name for field, name in parts if getattr(self, field) != getattr(now, field)]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _plain(node: Node) -> Any:
    if isinstance(node, Scalar):
        return None if node.is_null else node.text
    if isinstance(node, Sequence):
        return [_plain(item) for item in node.items]
    assert isinstance(node, Mapping)
    return [[entry.key, _plain(entry.value)] for entry in node.entries]


def facts_fingerprint(tree: Mapping) -> str:
    """The facts as read: keys, order and text of every value, not where they stood in the file."""
    # msgspec writes the same bytes as json.dumps(ensure_ascii=False, separators=(",", ":")) (a test
    # checks every character), seven times faster, so the fingerprints of earlier records still match.
    return _digest(msgspec.json.encode(_plain(tree)))


def template_fingerprint(folder: Path, common: Path | None = None, *, builtin: bool = False) -> str:
    """Every file of the template folder (and the shared macros), and drafter's own version.

    A built-in template changes only with drafter itself: its files are looked at once per process.
    """
    if builtin:
        return _builtin_fingerprint(folder, common)
    return _folder_fingerprint(folder, common)


@lru_cache(maxsize=16)
def _builtin_fingerprint(folder: Path, common: Path | None) -> str:
    return _folder_fingerprint(folder, common)


def _folder_fingerprint(folder: Path, common: Path | None) -> str:
    files = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    if common is not None and common.is_dir():
        files += sorted(p for p in common.iterdir() if p.is_file())
    stamps = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    return _template_fingerprint(stamps)


@lru_cache(maxsize=32)
def _template_fingerprint(stamps: tuple[tuple[str, int, int], ...]) -> str:
    from . import __version__

    hasher = hashlib.sha256(f"drafter {__version__}".encode())
    for name, _, _ in stamps:
        path = Path(name)
        hasher.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()[:32]


def file_fingerprint(path: Path | None) -> str:
    if path is None:
        return ""
    status = path.stat()
    return _file_fingerprint(str(path), status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=32)
def _file_fingerprint(path: str, size: int, mtime: int) -> str:
    return _digest(Path(path).read_bytes())


def written_fingerprint(data: bytes) -> str:
    return _digest(data)


def load(folder: Path) -> dict[str, Made]:
    """The record of an output folder: output name → what it was last drafted from. Unreadable lines
    (a run cut off mid-line, an edited record) are passed over: their outputs count as unrecorded."""
    path = folder / RECORD_NAME
    try:
        fd = os.open(path, os.O_RDONLY | _NO_LINK)
        with os.fdopen(fd, "rb") as stream:
            text = stream.read().decode("utf-8")
    except (OSError, UnicodeError):
        return {}  # none, unreadable, or a link (whatever it leads to is no record of this folder)
    found: dict[str, Made] = {}
    for line in text.splitlines():
        try:
            data = json.loads(line)
            made = Made(**{key: str(data[key]) for key in ("output", "facts", "template", "reference", "written")})
        except (ValueError, KeyError, TypeError):
            continue
        found[made.output] = made
    return found


class Recorder:
    """Appends a line for each output as it is written; rewrites the record compactly at the end."""

    # Lines reach the file at least this often (seconds): a run killed outright loses at most the
    # last moment's lines, and those outputs are then only skipped as existing. A write per line
    # was a tenth of a drafted document's time.
    FLUSH_EVERY = 0.2

    def __init__(self, folder: Path, previous: dict[str, Made]) -> None:
        self.path = folder / RECORD_NAME
        self.entries = dict(previous)
        self.written: dict[str, Made] = {}  # this run's own lines
        self.failure = ""  # why the record could not be written (a full disk), in words; "" when it was
        self.stream: Any = None
        self.flushed = 0.0

    def add(self, made: Made) -> None:
        self.entries[made.output] = made
        self.written[made.output] = made
        try:
            if self.stream is None:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_LINK, 0o644)
                self.stream = os.fdopen(fd, "a", encoding="utf-8")  # open for the whole run
            self.stream.write(json.dumps(asdict(made), ensure_ascii=False) + "\n")
            now = time.monotonic()
            if now - self.flushed >= self.FLUSH_EVERY:
                self.stream.flush()
                self.flushed = now
        except OSError as exc:
            # Without a record a rerun only skips what exists; said, so that the clerk knows why (a full disk
            # cut the record short and was said nowhere).
            self.failure = self.failure or os_reason(exc)

    def close(self, *, compact: bool = True) -> None:
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None
        if not compact or not os.path.lexists(self.path):
            return
        with _folder_lock(self.path.parent):
            self._compact()

    def _compact(self) -> None:
        # Only the latest line of each output that still exists, written whole and then renamed. The record is
        # read again first: another batch writing into the same folder at the same time appended its own lines
        # there, and a record rewritten from this run's lines alone dropped them (its outputs, drafted and
        # recorded, were no longer redrafted when their facts changed).
        entries = {**self.entries, **load(self.path.parent), **self.written}
        lines = [
            json.dumps(asdict(made), ensure_ascii=False)
            for name, made in sorted(entries.items())
            if (self.path.parent / name).exists()
        ]
        temporary = self.path.with_name(self.path.name + ".new")
        try:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()  # a leftover (or a link: the link goes, not what it leads to)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_LINK, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write("".join(line + "\n" for line in lines))
            os.replace(temporary, self.path)  # a link named as the record is replaced, not followed
        except OSError as exc:
            self.failure = self.failure or os_reason(exc)
            with contextlib.suppress(OSError):
                temporary.unlink()


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """The output folder locked while its record is rewritten (where the system has such locks): two runs that
    end together each read the record the other has finished writing. Without a lock it is rewritten all the same."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # (the lock goes with it)


class Decision(Struct, frozen=True):
    draft: bool
    note: str  # why: the reason for skipping, or what changed for a redraft
    current: bool = False  # skipped because nothing changed (the terminal need not say why)


def decide(output: Path, previous: Made | None, now: Made) -> Decision:
    """Whether an output that exists is redrafted (its sources changed) or left as it is."""
    if previous is None:
        return Decision(False, "已存在（加 --force 覆盖）")
    try:
        written = _digest(output.read_bytes())
    except OSError:
        return Decision(False, "已存在（加 --force 覆盖）")
    if written != previous.written:
        return Decision(False, "起草之后被改动过，没有覆盖（加 --force 覆盖）")
    changed = previous.changes(now)
    if not changed:
        return Decision(False, "已是最新（事实和模板都没有改动）", current=True)
    return Decision(True, "、".join(changed) + "有改动，已重新起草")
