"""Writing output files atomically: the whole file is written and synced first, then given its name.

A reader (or a crash) never sees half a file, and an existing file is never replaced unless the
caller asked for it. Where the system allows (Linux), the file is written without any name at all
and linked in at the end, so a killed run leaves nothing behind; elsewhere a temporary file in the
same folder is renamed. Things that are not regular files (a device such as /dev/null, a named pipe,
/dev/stdout) are written into, never replaced by a file; a terminal is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path

from msgspec import Struct

from .errors import ExistsError, OutputError, os_reason

# Room for the temporary name (".NAME.XXXXXXXX.tmp") within the usual 255-byte limit of a file name.
MAX_NAME_BYTES = 240
# Names Windows takes for its devices, whatever the extension (CON.docx is the console there).
WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
# Marks a file name cannot hold on Windows (and on its shares); a clerk types them in a name as in a title
# (通知:第1号?.docx). Written on Linux, the file could not be copied to the office's share, or was renamed there to
# a mangled short name; on Windows a colon wrote the draft into a hidden stream of a file named 通知.
_WINDOWS_MARKS = frozenset('<>:"|?*\\')


def extension(path: Path) -> str:
    """The extension of ``path`` (".docx"), or "" where what follows the last dot is part of the name.

    A clerk's names hold dots that end no extension: 2025.03.18会议通知, 第2.5期简报, 方案v1.2. Path's suffix
    (".18会议通知") made -o 2025.03.18会议通知 a file of an unknown kind, refused as 扩展名不认识. An extension is
    a few Latin letters and digits, with a letter among them.
    """
    suffix = path.suffix
    if 1 < len(suffix) <= 9 and suffix[1:].isascii() and suffix[1:].isalnum() and not suffix[1:].isdigit():
        return suffix
    return ""


def typed_output(target: Path, suffixes: tuple[str, ...]) -> Path:
    """An output name as the clerk meant it, where nothing is there yet: trailing dots and spaces off a name with an
    extension (-o 通知.docx. — Windows drops a name's last dots — was written as 通知.docx.docx); an extension of
    ``suffixes`` alone (-o .docx, the name left out: a hidden file .docx.docx) refused."""
    from .errors import UsageError

    if os.path.lexists(target):
        return target
    bare = target.name.rstrip(". ")
    if bare and bare != target.name and extension(Path(bare)):
        return target.with_name(bare)
    if target.name.startswith(".") and extension(Path("x" + target.name)).lower() in suffixes:
        raise UsageError(f"-o {target}: 只写了扩展名，没有文件名；请写成 -o 名字{target.name}")
    return target


def _full_width(name: str) -> str:
    """``name`` with the marks Windows refuses typed full-width (：？＊) and control characters left out."""
    return "".join(chr(ord(c) + 0xFEE0) if c in _WINDOWS_MARKS else c for c in name if c.isprintable())


def name_beside(stem: str, suffix: str) -> str:
    """The name of an output drafter names itself after an input (通知.yaml gives 通知.docx): within the name limit
    and usable on Windows. A facts file named in 81 characters, or with a colon, is a name the system took; the
    draft beside it was refused as 文件名太长 or 不能用的字符, a name the clerk never typed."""
    from .textio import display_text

    # A facts file whose name is not UTF-8 (a Windows zip unpacked here: its GBK bytes) gave 公文.docx, every such
    # file the same name: its name is read as the GBK it most likely is (关于.yaml gives 关于.docx).
    stem = _full_width(display_text(stem)).strip() or "公文"
    if windows_trouble(stem + suffix):  # a device's name (con.yaml gives _con.docx)
        stem = "_" + stem
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore") + suffix


def windows_trouble(name: str, what: str = "文件名") -> str:
    """Why ``name`` cannot be a file's name on Windows, in Chinese, with a name that can; "" when it can be."""
    import unicodedata

    marks = sorted({c for c in name if c in _WINDOWS_MARKS or ord(c) < 0x20}, key=name.index)
    if marks:
        shown = "、".join(f"“{c}”" if c.isprintable() else "制表符等控制字符" for c in marks)
        fixed = _full_width(name)
        return f"{what}里有 Windows 不能用的字符 {shown}，请改用全角字符或删去，如“{fixed}”"
    stem = unicodedata.normalize("NFKC", name.split(".")[0]).strip(" ").upper()
    if stem in WINDOWS_RESERVED:
        return f"{what}“{name.split('.')[0]}”在 Windows 上是设备的名字，不能用，请另起一个名字"
    return ""


class Target(Struct, frozen=True):
    """Where the bytes go: a regular file replaced atomically, or an existing stream written into."""

    path: Path
    stream: bool = False


def _is_terminal(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def _under_system_folder(path: Path) -> bool:
    parts = Path(os.path.abspath(path)).parts
    return len(parts) > 1 and parts[1] in ("dev", "proc")


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths are one file (False where either cannot be looked at)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def file_in_the_way(path: Path) -> Path | None:
    """The first folder of ``path`` that is really a file (-o 通知.docx/正文.docx), if there is one."""
    return next((p for p in reversed(path.parents) if os.path.lexists(p) and not os.path.isdir(p)), None)


def refuse_inputs(path: Path, inputs: Iterable[Path]) -> None:
    """An output must never be one of the files it is made from, nor a file inside a folder it is made
    from (a template folder)."""
    for source in inputs:
        if same_file(path, source):
            raise OutputError(f"{path}: 这是输入文件 {source} 本身，不能把结果写到它上面；请换一个输出文件名")
        if os.path.isdir(source) and _inside(path, source):
            raise OutputError(
                f"{path}: 这是模板文件夹 {source} 里的文件，起草要用它，不能把结果写到它上面；请换一个输出文件名"
            )


def refuse_template_names(path: Path, inputs: Iterable[Path]) -> None:
    """A new file in a template folder a draft is made from, under a name the folder's templates go by: -o
    本单位通知/body.j2 -f txt wrote the draft where the built-in's body.j2 had been found, and every later draft
    of the template printed the last one's text as its 正文."""
    if path.suffix.lower() != ".j2" and path.name.lower() != "manifest.yaml":
        return
    for source in inputs:
        if os.path.isdir(source) and _inside(path, source):
            raise OutputError(
                f"{path}: 这是模板文件夹 {source} 里模板文件的名字，写在这里会成为模板的一部分（以后起草时排进公文）；"
                "请换一个输出文件名，或写到模板文件夹以外"
            )


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def resolve_target(
    path: Path, *, force: bool = False, inputs: Iterable[Path] = (), follow_links: bool = True
) -> Target:
    """Fail early, before any work, if ``path`` cannot or must not be written; say how it will be written.
    ``follow_links``: a link at ``path`` is written through (the clerk named it); else it is refused."""
    if len(path.name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise OutputError(f"{path}: 文件名太长（最多 {MAX_NAME_BYTES} 字节，约 {MAX_NAME_BYTES // 3} 个汉字）")
    try:
        info = os.stat(path)  # follows symlinks: what the user's path leads to
    except FileNotFoundError:
        info = None  # nothing there, so not one of the inputs either (batch writes thousands of these)
    except NotADirectoryError as exc:
        # -o 通知.docx/正文.docx: said as which part is a file, not "a part of the path is no folder".
        blocking = file_in_the_way(path)
        if blocking is not None:
            raise OutputError(f"{path}: “{blocking}”是一个文件，不是文件夹，不能在它下面写文件") from exc
        raise OutputError(f"{path}: 无法访问（{os_reason(exc)}）") from exc
    except OSError as exc:
        raise OutputError(f"{path}: 无法访问（{os_reason(exc)}）") from exc
    if info is None and (trouble := windows_trouble(path.name)):
        # Refused before any work, as a name too long is: the clerk copies the draft to a Windows share.
        raise OutputError(f"{path}: {trouble}（复制到 Windows 电脑或共享文件夹时会出错）")
    if info is not None:
        refuse_inputs(path, inputs)
    else:
        refuse_template_names(path, inputs)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path}: 这是一个文件夹，不能写成文件")
    if info is not None and (not stat.S_ISREG(info.st_mode) or (_under_system_folder(path) and path.is_symlink())):
        # /dev/null, a named pipe, /dev/stdout: the user means "write into this", never "replace it".
        if _is_terminal(path):
            raise OutputError(f"{path}: 这是终端，不能把文件写到终端上；想在屏幕上先看一眼内容请用 -o -")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISREG(info.st_mode):
            return Target(path, stream=True)
        raise OutputError(f"{path}: 这不是普通文件（设备或套接字），不能写入")
    if path.is_symlink() and not follow_links:
        # A batch names only its folder: a link in it (城关镇.docx → ~/重要.docx, from a colleague's zip of the
        # folder) was followed with --force and the file it leads to replaced.
        raise OutputError(
            f"{path}: 这是一个链接（指向 {os.readlink(path)}），批量起草不会写到链接指向的文件上；"
            "请删掉这个链接，或另给一个输出文件夹"
        )
    if path.is_symlink():
        # Replace the file the link points to and keep the link itself.
        path = path.resolve()
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: 输出文件夹 {folder} 不存在")
    if info is not None and not force:
        raise ExistsError(f"{path}: 文件已存在；如需覆盖请加 --force")
    if info is not None and not info.st_mode & 0o222:
        # Read-only is how a clerk keeps a signed-off copy from being changed (Windows' 只读 attribute, chmod
        # a-w): --force replaced it all the same, since a rename needs no write permission on the file itself.
        # Word refuses to save over it, and mv and rm ask first.
        raise OutputError(
            f"{path}: 文件是只读的（多半是定稿，设了只读不让改动），没有覆盖它；请换一个输出文件名，"
            "确实要覆盖时先去掉它的只读属性（Windows：右键“属性”，取消“只读”）"
        )
    return Target(path)


def check_writable(path: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> None:
    """Fail early, before any work, if ``path`` cannot or must not be written."""
    resolve_target(path, force=force, inputs=inputs)


def write_atomic(
    path: Path, data: bytes, *, force: bool = False, inputs: Iterable[Path] = (), follow_links: bool = True
) -> None:
    """Write ``data`` to ``path`` in one step; refuse to replace an existing file unless ``force``."""
    target = resolve_target(path, force=force, inputs=inputs, follow_links=follow_links)
    if target.stream:
        _write_into(target.path, data)
        return
    path = target.path
    try:
        if not _write_unnamed(path, data, force=force):
            _write_through_temporary(path, data, force=force)
    except OutputError:
        raise
    except FileExistsError as exc:
        raise ExistsError(f"{path}: 文件已存在；如需覆盖请加 --force") from exc
    except OSError as exc:
        raise OutputError(f"{path}: 写入失败（{os_reason(exc)}）") from exc


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


# Errors of open(O_TMPFILE) and of linking through /proc that mean "this system cannot", not "this
# folder is wrong": the named temporary file is used instead.
_NO_UNNAMED = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOSYS}
_NO_LINK = {errno.EXDEV, errno.EPERM, errno.ENOENT, errno.EOPNOTSUPP, errno.EMLINK}
_unnamed: list[bool] = []


def _unnamed_possible() -> bool:
    if not _unnamed:
        _unnamed.append(hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd"))
    return _unnamed[0]


def _write_unnamed(path: Path, data: bytes, *, force: bool) -> bool:
    """Write ``path`` as a file without a name, synced, then linked in; False where that is not possible.

    Half the system calls of a named temporary file and no leftover when the run is killed: the kernel
    frees a file that never got a name. Linking through /proc is how an unprivileged process names it.
    """
    if not _unnamed_possible():
        return False
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno in _NO_UNNAMED:
            return False
        raise OutputError(f"{path}: 无法在 {path.parent} 里写文件（{os_reason(exc)}）") from exc
    try:
        _write_all(fd, data)
        os.fsync(fd)
        try:
            _link_unnamed(fd, os.path.abspath(path))
        except FileExistsError:
            if not force:
                raise
            _replace_with_unnamed(fd, path)
        except OSError as exc:
            if exc.errno in _NO_LINK:
                return False  # written for nothing (the kernel frees it); the named way follows
            raise
    finally:
        os.close(fd)
    return True


def _link_unnamed(fd: int, absolute: str) -> None:
    # A directory fd is passed only so that Python calls linkat (which can follow the /proc link)
    # instead of link; with absolute paths the kernel ignores it.
    os.link(f"/proc/self/fd/{fd}", absolute, src_dir_fd=fd, dst_dir_fd=fd, follow_symlinks=True)


def _replace_with_unnamed(fd: int, path: Path) -> None:
    """Give the synced file a temporary name, then rename it over ``path`` in one step."""
    temp = Path(os.path.abspath(path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp"))
    _lock(fd)  # before it has a name: see abandoned_temporary
    held = _hold_signals()  # a Ctrl-C between link and rename would leave the temporary name behind
    try:
        _link_unnamed(fd, str(temp))
        try:
            _replace_regular(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    finally:
        _release_signals(held)


def _write_through_temporary(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``path`` through a named temporary file beside it (file systems without unnamed files)."""
    folder = path.parent
    temp: Path | None = None
    # Ctrl-C and SIGTERM wait while the temporary file is created and named: one arriving just after
    # it exists but before this function knows its name would leave it behind.
    held = _hold_signals()
    try:
        try:
            handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise OutputError(f"{path}: 无法在 {folder} 里写文件（{os_reason(exc)}）") from exc
        temp = Path(temp_name)
        _release_signals(held)
        try:
            # Locked until it has its name, so that a batch cleaning up its folder can tell this
            # file (being written) from one a killed run left behind (see abandoned_temporary).
            _lock(handle)
            _write_all(handle, data)
            os.fsync(handle)
            os.chmod(temp, 0o644)
            if force:
                _replace_regular(temp, path)
            else:
                _link_without_replacing(temp, path)
        finally:
            os.close(handle)
    except BaseException:
        _release_signals(held)
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int | signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks (the cleanup then removes every leftover, as it always did)
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX)


# A temporary file is created first and locked a moment later; until then it is empty and unlocked,
# like one a run killed at that very moment left. An empty one is only taken for abandoned once it is
# this old, so that a second batch starting in the same folder never removes one being born.
_BIRTH_SECONDS = 60


def abandoned_temporary(path: Path) -> bool:
    """Whether a temporary file of write_atomic was left by a run that died (no one holds its lock)."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        info = os.fstat(fd)
    except OSError:
        return False  # locked: being written right now
    finally:
        os.close(fd)
    return info.st_size > 0 or time.time() - info.st_mtime > _BIRTH_SECONDS


def _write_into(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise OutputError(f"{path}: 写入失败（{os_reason(exc)}）") from exc


def _replace_regular(temp: Path, path: Path) -> None:
    """Rename over ``path`` only while it is still absent or a regular file (it may have changed since the check)."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise OutputError(f"{path}: 这不是普通文件，不能替换")
    os.replace(temp, path)


def _link_without_replacing(temp: Path, path: Path) -> None:
    """Move temp to path, failing if path appeared meanwhile (os.link never replaces)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: a plain rename, after checking once more.
        if os.path.lexists(path):
            raise FileExistsError(str(path)) from None
        os.replace(temp, path)
        return
    temp.unlink()


# --- output folders (drafter mine) -------------------------------------------------------------

# Every folder drafter writes as a whole records what it wrote, so that --force can tell its own
# earlier output (safe to replace) from anything else (never deleted).
FOLDER_RECORD = ".drafter-output.json"


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_files(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        for name in files + [d for d in dirs if (base / d).is_symlink()]:
            path = base / name
            found[path.relative_to(folder).as_posix()] = path
    return found


def _changed_entries(folder: Path) -> list[str] | None:
    """What in ``folder`` drafter did not write (or was edited since); None when it holds no record."""
    import json

    record_path = folder / FOLDER_RECORD
    # drafter writes its record as a plain file: one that is a link, or a pipe (reading which waits for a writer
    # forever, so `mine --force` hung), is no record of drafter's.
    if record_path.is_symlink() or not record_path.is_file():
        return None
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        written = dict(record["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    changed = []
    for name, path in sorted(_folder_files(folder).items()):
        if name == FOLDER_RECORD:
            continue
        if path.is_symlink() or not path.is_file() or written.get(name) != _digest(path):
            changed.append(name)
    return changed


def edited_since_written(folder: Path) -> dict[str, str]:
    """The files of ``folder`` edited since drafter wrote them whose text as first written its record keeps
    (``commit_folder``'s ``originals``): name → that text. A change of line endings alone is no edit."""
    import json

    record_path = folder / FOLDER_RECORD
    if record_path.is_symlink() or not record_path.is_file():
        return {}
    try:
        originals = json.loads(record_path.read_text(encoding="utf-8")).get("originals", {})
    except (OSError, ValueError, AttributeError):
        return {}
    edited: dict[str, str] = {}
    for name, original in originals.items() if isinstance(originals, dict) else ():
        path = folder / name
        if not isinstance(original, str) or path.is_symlink() or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # counted as changed and refused, as before
        if text.replace("\r\n", "\n") != original:
            edited[name] = original
    return edited


def added_since_written(folder: Path) -> list[str]:
    """Files put into ``folder`` after drafter wrote it (a keeper's 红头模板.docx beside a template's manifest):
    regular files its record does not list. Empty when the folder holds no record of drafter's."""
    import json

    record_path = folder / FOLDER_RECORD
    if record_path.is_symlink() or not record_path.is_file():
        return []
    try:
        written = dict(json.loads(record_path.read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [
        name
        for name, path in sorted(_folder_files(folder).items())
        if name != FOLDER_RECORD and name not in written and path.is_file() and not path.is_symlink()
    ]


def removed_since_written(folder: Path) -> list[str]:
    """Folders right under ``folder`` that drafter wrote there and someone has since deleted as a whole (the template
    keeper's removal of a mined 函 template the unit never uses), with those its record keeps as removed before and
    still absent: the next run into ``folder`` leaves them out. A folder put back (even empty) is not among them."""
    import json

    record_path = folder / FOLDER_RECORD
    if record_path.is_symlink() or not record_path.is_file():
        return []
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        written = dict(record["files"])
        before = [str(name) for name in record.get("removed", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []
    tops = {name.split("/", 1)[0] for name in written if "/" in name}
    return sorted(
        name
        for name in tops.union(before)
        if name and "/" not in name and not name.startswith(".") and not os.path.lexists(folder / name)
    )


def check_output_folder(
    output: Path,
    *,
    inputs: Iterable[Path],
    force: bool,
    legacy: Callable[[Path], bool] | None = None,
    carried: Collection[str] = (),
) -> None:
    """Refuse, before any work, an output folder whose replacement could lose anything of the user's.

    Refused: a symlink, the current folder or one above it, a folder that is or holds an input or lies
    inside an input folder, a file; a non-empty folder without ``force``; and even with ``force``, a
    folder that drafter did not write (or whose files were edited since, but for the ``carried`` files,
    whose edits the caller takes into the new result).
    """
    if output.is_symlink():
        raise OutputError(f"{output}: 这是一个符号链接；请直接给出真实的输出文件夹")
    restored = _restore_abandoned_previous(output)
    try:
        _check_output_folder(output, inputs=inputs, force=force, legacy=legacy, carried=carried)
    except OutputError as exc:
        if restored:  # the folder the clerk saw missing is back: say why it is there to be refused
            raise OutputError(f"{exc}（{output} 是上次运行中断时移开的结果，现已放回原处）") from exc
        raise


def _check_output_folder(
    output: Path,
    *,
    inputs: Iterable[Path],
    force: bool,
    legacy: Callable[[Path], bool] | None,
    carried: Collection[str],
) -> None:
    real = output.resolve()
    here = Path.cwd().resolve()
    if real == here or real in here.parents or real == Path.home().resolve():
        raise OutputError(f"{output}: 这是当前文件夹（或它的上级、主文件夹）；请另给一个新的输出文件夹，如 -o 挖掘结果")
    for source in inputs:
        source_real = source.resolve()
        if source_real == real or real in source_real.parents:
            raise OutputError(f"{output}: 输出文件夹包含输入 {source}；请另给一个新的输出文件夹")
        if source_real in real.parents:
            raise OutputError(
                f"{output}: 输出文件夹在输入文件夹 {source} 里面，下次运行时结果会被当作过往公文读入；请放到别处"
            )
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: 已存在同名文件，不能作为输出文件夹")
    if not output.exists() and (trouble := windows_trouble(output.name, "输出文件夹的名字")):
        raise OutputError(f"{output}: {trouble}（复制到 Windows 电脑或共享文件夹时会出错）")
    if not real.parent.is_dir():
        blocking = file_in_the_way(output)
        if blocking is not None:
            raise OutputError(f"{output}: “{blocking}”是一个文件，不是文件夹，不能在它下面建立输出文件夹")
        return  # nothing there to lose: the folders above it are made (stage_folder), as batch -o makes them
    if not output.is_dir() or not any(output.iterdir()):
        return
    if not force:
        kept = "（改过的 " + "、".join(sorted(carried)[:3]) + ("等" if len(carried) > 3 else "") + " 会沿用到新结果里）"
        raise OutputError(f"{output}: 文件夹不是空的；如需替换上次生成的结果请加 --force{kept if carried else ''}")
    changed = _changed_entries(output)
    if changed is None and legacy is not None and legacy(output):
        return
    if changed:
        changed = [name for name in changed if name not in carried]
    if changed is None:
        raise OutputError(f"{output}: 这个文件夹不是 drafter 生成的，为了不误删文件，不会替换它；请另给一个输出文件夹")
    if changed:
        shown = "、".join(changed[:5]) + ("等" if len(changed) > 5 else "")
        raise OutputError(
            f"{output}: 里面的 {shown} 不是 drafter 写的，或生成后被修改过；为了不丢失这些内容，不会替换这个文件夹"
            "（请另给一个输出文件夹，或先把要保留的文件移走；新生成的结果不带这些修改，要保留的修改请照样改到新的文件夹里）"
        )


def stage_folder(output: Path) -> Path:
    """A fresh temporary folder beside ``output``, to be moved into place by :func:`commit_folder`.

    Its name holds the process's id, so that one a killed run left (kill -9, a power cut: made before the
    reading, it stays for the whole run) is known by the next and removed; it stayed, hidden, for good."""
    parent = output.resolve().parent
    _remove_abandoned_stages(parent, output.name)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.{os.getpid()}-", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise OutputError(f"{output}: 无法在 {parent} 里建立文件夹（{os_reason(exc)}）") from exc
    staging.chmod(0o755)
    return staging


def process_gone(pid: str) -> bool:
    """Whether the process ``pid`` (digits, from a folder's name) has ended; False when it cannot be told."""
    if os.name != "posix" or not pid.isdigit() or int(pid) == os.getpid():  # os.kill(pid, 0) ends it on Windows
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _restore_abandoned_previous(output: Path) -> bool:
    """The copy of ``output`` a run killed inside commit_folder set aside (.NAME.old.PID-XXXX/previous) put back.

    A mine killed between its two renames (kill -9, a power cut, an out-of-memory kill) left the output gone and
    the previous result hidden beside it, which no later run restored: the clerk found the templates missing. The
    next run into that output puts it back before anything else, so it is replaced (with --force) or kept as any
    earlier result is; a copy left behind by a swap that finished (the run killed while removing it) is removed.
    A run still going is left alone; a copy named without its process (before drafter named it so) counts as left."""
    import shutil

    if os.name != "posix":
        return False
    parent = output.resolve().parent
    start = f".{output.name}.old."
    try:
        leftovers = sorted(
            (p for p in parent.iterdir() if p.name.startswith(start) and p.is_dir() and not p.is_symlink()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return False
    restored = False
    for leftover in leftovers:
        tail = leftover.name[len(start) :]
        pid = tail.split("-", 1)[0] if "-" in tail else ""
        if pid and not process_gone(pid):
            continue
        previous = leftover / "previous"
        try:
            if leftover.stat().st_uid != os.getuid():
                continue
            if not os.path.lexists(output) and previous.is_dir() and not previous.is_symlink():
                os.replace(previous, output)
                restored = True
                leftover.rmdir()
            elif (output / FOLDER_RECORD).is_file():  # the swap finished: this is the old copy it was removing
                shutil.rmtree(leftover)
        except OSError:
            continue
    return restored


def _remove_abandoned_stages(parent: Path, name: str) -> None:
    """Staging folders of ``name`` (stage_folder) whose process is gone; any other run's are left alone."""
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return
    import shutil

    start = f".{name}."
    try:
        leftovers = [p for p in parent.iterdir() if p.name.startswith(start) and p.name.endswith(".tmp")]
    except OSError:
        return
    for leftover in leftovers:
        pid = leftover.name[len(start) :].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or "-" not in leftover.name[len(start) :]:
            continue
        try:
            if not leftover.is_dir() or leftover.is_symlink() or leftover.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        if process_gone(pid):
            shutil.rmtree(leftover, ignore_errors=True)


def commit_folder(
    staging: Path, output: Path, *, originals: Mapping[str, str] | None = None, removed: Sequence[str] = ()
) -> None:
    """Record what ``staging`` holds, then swap it in for ``output`` (whose old copy is removed last).

    ``originals``: texts of files as drafter made them before a user's earlier edits were taken in, kept in the
    record so that the next run tells those edits (``edited_since_written``) and takes them in again.
    ``removed``: folders the user deleted from the earlier output, kept out of it (``removed_since_written``)."""
    import json
    import shutil

    files = {name: _digest(path) for name, path in sorted(_folder_files(staging).items())}
    record: dict[str, object] = {"writer": "drafter", "files": files}
    if originals:
        record["originals"] = dict(sorted(originals.items()))
    if removed:
        record["removed"] = sorted(removed)
    (staging / FOLDER_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    old: Path | None = None
    if output.exists():
        # Named with the process, as the staging folder is: one a killed run left is put back by the next.
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old.{os.getpid()}-", dir=output.resolve().parent))
        os.replace(output, old / "previous")
    try:
        os.replace(staging, output)
    except OSError as exc:
        if old is not None:
            os.replace(old / "previous", output)
            old.rmdir()
        raise OutputError(f"{output}: 无法把结果放到这里（{os_reason(exc)}）") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- single drafts (drafter draft) -----------------------------------------------------------------

# What ``drafter draft`` wrote where, by the digest of the bytes, kept in the user's cache: drafting again after
# fixing a typo in the facts replaces the .docx drafted before when no one has touched it since, as batch does
# with its record, where a draft said 文件已存在；如需覆盖请加 --force of a file that was drafter's own. Like any
# cache it only saves a step: without it (no cache folder, the record gone) the draft asks for --force as before.
_DRAFTED = "drafted"


def _drafted_record(path: Path) -> Path | None:
    import hashlib

    from .cachedir import user_cache_dir

    folder = user_cache_dir(_DRAFTED)
    if folder is None:
        return None
    return folder / (hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest() + ".json")


def drafted_from(path: Path) -> str | None:
    """The facts file (its full path) that ``path``, a regular file holding exactly what ``remember_drafted``
    recorded drafter wrote there, was drafted from; "" for a record that names none; None for anything else."""
    import json

    if path.is_symlink() or not path.is_file():
        return None
    record = _drafted_record(path)
    try:
        if record is None or not record.is_file():
            return None
        written = json.loads(record.read_text(encoding="utf-8"))
        if not (
            isinstance(written, dict)
            and written.get("path") == os.path.abspath(path)
            and written.get("digest") == _digest(path)
        ):
            return None
        source = written.get("source", "")
        return source if isinstance(source, str) else ""
    except (OSError, ValueError):
        return None


def drafted_untouched(path: Path, source: Path | None = None) -> bool:
    """Whether ``path`` holds exactly what drafter recorded it wrote there, drafted from ``source``.

    A draft of another facts file is no earlier version of this one: drafter draft 函.yaml -o 通知.docx replaced
    the 通知 drafted there from 通知.yaml without a word, as if a typo had been fixed.
    """
    earlier = drafted_from(path)
    if earlier is None:
        return False
    # A record written before sources were recorded names none: replaced as it was then.
    return not earlier or source is None or earlier == os.path.realpath(source)


def remember_drafted(path: Path, data: bytes, source: Path | None = None) -> None:
    """Record that ``data`` was written to ``path`` (a regular file; a device or a stream is not recorded),
    drafted from the facts file ``source``."""
    import hashlib
    import json

    if path.is_symlink() or not path.is_file():
        return
    record = _drafted_record(path)
    if record is None:
        return
    written = {"path": os.path.abspath(path), "digest": hashlib.sha256(data).hexdigest()}
    if source is not None:
        written["source"] = os.path.realpath(source)  # the same file however it is named next time
    # ASCII escapes: a name that is no UTF-8 (a GBK name off a Windows zip, held as surrogates) cannot be written as
    # UTF-8 text, and stopped the draft with 出现意外错误（UnicodeEncodeError）; escaped, it reads back the same.
    text = json.dumps(written, ensure_ascii=True)
    with contextlib.suppress(OSError):
        temporary = record.with_name(f".{record.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, record)
