"""Running LibreOffice safely: one conversion in a private folder, in its own process group, with a timeout.

Mining reads old .doc files through it and drafting writes PDF through it. Every run gets a private
temporary folder and profile (parallel runs never share one), the input under a fixed name given as
``./source.ext`` (a file called ``-h.doc`` is never read as an option), and its own process group,
which is killed as a whole when the run ends, times out or is interrupted, so no soffice.bin is left
behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import DrafterError, os_reason
from .output import process_gone

TIMEOUT_VARIABLE = "DRAFTER_SOFFICE_TIMEOUT"
DEFAULT_TIMEOUT = 120.0
INSTALL_HINT = "请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer；Windows、macOS：从 libreoffice.org 下载安装）"
_FOLDER_PREFIX = "drafter-soffice-"


class ConversionError(DrafterError):
    """LibreOffice is missing, failed, or took too long."""


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def timeout_seconds(default: float = DEFAULT_TIMEOUT) -> float:
    """Seconds one conversion may take (``DRAFTER_SOFFICE_TIMEOUT``, else ``default``).

    A value that is no number of seconds (300秒, 5分钟, 0) is said: it was ignored without a word, and a clerk who
    had set DRAFTER_SOFFICE_TIMEOUT=300秒 was still stopped at 120 秒 and told to set it."""
    raw = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < 86400:
        raise ConversionError(
            f"环境变量 {TIMEOUT_VARIABLE} 的值“{raw}”不是 1 到 86400 之间的秒数；"
            f"请写成数字（如 {TIMEOUT_VARIABLE}=300），或删去这个设置（默认 {default:g} 秒）"
        )
    return value


def convert(data: bytes, source_suffix: str, target: str, *, label: str, timeout: float | None = None) -> bytes:
    """Convert ``data`` (a file with ``source_suffix``, e.g. ".docx") to ``target`` ("pdf", "docx"); return the bytes.

    ``label`` names the input in messages. Raises ConversionError with a Chinese message.
    """
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError(f"{label}: 需要 LibreOffice 才能转换成 {target.upper()}；{INSTALL_HINT}")
    limit = timeout if timeout is not None else timeout_seconds()
    remove_abandoned_folders()
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-"))
    except OSError as exc:
        raise _temporary_error(label, target, exc) from exc
    try:
        source = folder / f"source{source_suffix}"
        try:
            source.write_bytes(data)
        except OSError as exc:
            # A full temporary folder said only 写入失败（磁盘已满）, naming no file: the output's own disk looked full.
            raise _temporary_error(label, target, exc) from exc
        run(soffice, folder, source.name, target, label=label, timeout=limit)
        produced = folder / f"source.{target}"
        if not produced.is_file():
            raise ConversionError(f"{label}: LibreOffice 没有生成 {target.upper()} 文件（{_failure_cause(folder)}）")
        return produced.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _temporary_error(label: str, target: str, exc: OSError) -> ConversionError:
    return ConversionError(
        f"{label}: 转换成 {target.upper()} 要先写在临时文件夹 {tempfile.gettempdir()} 里，但写不进去（{os_reason(exc)}）；"
        "请腾出空间，或把环境变量 TMPDIR 设为另一个有空间的文件夹"
    )


# LibreOffice needs room for its profile and the converted file: with less left it makes nothing and says nothing.
_ROOM_NEEDED = 64 << 20


def _failure_cause(folder: Path) -> str:
    """Why LibreOffice may have made nothing: the temporary folder's disk nearly full, else a damaged file."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = _ROOM_NEEDED
    if free < _ROOM_NEEDED:
        return f"临时文件夹 {tempfile.gettempdir()} 所在的磁盘只剩 {free / (1 << 20):.0f} MB，空间可能不够；请腾出空间或把 TMPDIR 设为另一个文件夹"
    return "文件可能已损坏"


def run(soffice: str, folder: Path, name: str, target: str, *, label: str, timeout: float) -> None:
    """Convert ``folder/name`` into ``folder`` with LibreOffice in its own process group, ended as a whole."""
    command = [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(folder),
        f"./{name}",
    ]
    try:
        process = subprocess.Popen(
            command,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # soffice.bin and its helpers share this group and end with it
        )
    except OSError as exc:
        raise ConversionError(f"{label}: 无法启动 LibreOffice（{os_reason(exc)}）") from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(
            f"{label}: LibreOffice 转换超过 {timeout:g} 秒，已停止（文件可能已损坏；需要更长时间时可设置环境变量 {TIMEOUT_VARIABLE}）"
        ) from exc
    finally:
        _end_group(process)


def _end_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # Windows has no process groups of this kind
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired, OSError):
        process.wait(timeout=10)


def remove_abandoned_folders() -> None:
    """Private folders left by conversions whose drafter was killed (its process no longer exists)."""
    if os.name != "posix":  # no process to ask about on Windows (process_gone says False there)
        return
    for folder in Path(tempfile.gettempdir()).glob(f"{_FOLDER_PREFIX}*-*"):
        pid = folder.name[len(_FOLDER_PREFIX) :].split("-", 1)[0]
        try:
            if folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        if process_gone(pid):
            shutil.rmtree(folder, ignore_errors=True)
