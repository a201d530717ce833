"""How much text one ``mine`` run can take on this machine, said before it runs out of memory.

Mining holds every sentence of the corpus with its segmentation at once: about 200 bytes of memory
for each character of text (measured: 5 MB of text, 1.8 million characters, peaked at 385 MB).
Past what the machine (or the process's address-space limit) can give, the run is refused up front
with a size message instead of dying halfway.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from ..textio import MAX_FILE_BYTES
from .parse import ParsedDocument

BYTES_PER_CHAR = 200
LIMIT_VARIABLE = "DRAFTER_MINE_MAX_CHARS"


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as stream:
            for line in stream:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _address_space_left() -> int | None:
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY:
            return None
        with open("/proc/self/statm", "rb") as stream:
            used = int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError, IndexError):
        return None
    return max(soft - used, 0)


def max_characters() -> int | None:
    """The most characters one run may mine here (None: unknown, no limit)."""
    configured = os.environ.get(LIMIT_VARIABLE, "").strip()
    plain = configured.replace(",", "").replace("_", "")
    if plain.isascii() and plain.isdigit():
        return int(plain)
    if configured:
        # 500万, 5e6, -1: it was ignored without a word, and the machine's own limit said as if it were the setting.
        raise InputError(
            f"环境变量 {LIMIT_VARIABLE} 的值“{configured}”不是字数；请写成整数（如 {LIMIT_VARIABLE}=5000000），"
            "或删去这个设置（按本机可用内存估计）"
        )
    limits = [n for n in (_meminfo_available(), _address_space_left()) if n is not None]
    return int(min(limits) * 0.8) // BYTES_PER_CHAR if limits else None


def check_corpus_size(documents: Sequence[ParsedDocument]) -> None:
    """Refuse a corpus whose mining would not fit in memory, with what to do about it."""
    limit = max_characters()
    if limit is None:
        return
    total = sum(len(line.text) for document in documents for line in document.lines)
    if total <= limit:
        return
    if os.environ.get(LIMIT_VARIABLE, "").strip():
        # The limit was set by hand (DRAFTER_MINE_MAX_CHARS=10): said as the machine's own (这台机器一次大约只能
        # 挖掘 0 万字), the clerk looked for memory to free instead of at the setting.
        raise InputError(
            f"要挖掘的材料太多：共约 {_amount(total)}，超过了环境变量 {LIMIT_VARIABLE} 设定的 {_amount(limit)}；"
            f"请把材料分成几批分别挖掘，或把 {LIMIT_VARIABLE} 设大一些（挖掘时每个字约占 {BYTES_PER_CHAR} 字节内存）"
        )
    raise InputError(
        f"要挖掘的材料太多：共约 {_amount(total)}，这台机器一次大约只能挖掘 {_amount(limit)}"
        f"（挖掘时每个字约占 {BYTES_PER_CHAR} 字节内存）；请把材料分成几批分别挖掘"
        f"（确有足够内存时可以设置环境变量 {LIMIT_VARIABLE} 放宽）"
    )


def _amount(characters: int) -> str:
    """A count of characters as said to the clerk: 2 万字, or 800 个字 below ten thousand (not 0 万字)."""
    return f"{characters / 10_000:,.0f} 万字" if characters >= 10_000 else f"{characters:,} 个字"


# A single file this large (bytes) takes a parse long enough, with no word, to look hung: a 66 MB page saved as one
# line took 35-60 s and a mine of it 1.7 GB, its progress bar at 0/1 all the while (hostile round 18).
LARGE_FILE_BYTES = 20 << 20
# What such a file costs here, per MB (measured on the 66 MB page: mine 58 s of CPU and a peak of 1.67 GB).
_SECONDS_PER_MB = 0.9
_MEMORY_PER_MB = 25 << 20


def large_file_notes(items: Sequence[tuple[Path, str]]) -> list[str]:
    """A 提醒 for each file (path, label) large enough to take minutes, said before the run starts on it."""
    notes = []
    for path, label in items:
        try:
            size = path.stat().st_size
        except OSError:
            continue  # the reader says why it cannot be read
        if size < LARGE_FILE_BYTES or size > MAX_FILE_BYTES:
            # Over the reader's limit the file is skipped at once (文件太大，不能读取): a 200 MB file was first
            # said to take 3 minutes and 4.9 GB (请稍候), and skipped the moment after.
            continue
        megabytes = size / (1 << 20)
        minutes = max(1, round(megabytes * _SECONDS_PER_MB / 60))
        memory = megabytes * _MEMORY_PER_MB / (1 << 30)
        notes.append(
            f"提醒：{label} 有 {megabytes:,.0f} MB，分析这个文件大约要 {minutes} 分钟、{memory:.1f} GB 内存，请稍候；"
            "这么大的文件多半是整个网站或许多篇合在一起导出的，拆成几个文件可以分批处理"
        )
    return notes
