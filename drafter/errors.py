"""The one error family of drafter.

Every error's ``str()`` is the complete message a user needs; the CLI prints it and exits with
``exit_code``. Tracebacks are shown only with ``--debug``.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence

from msgspec import Struct

from .patterns import lazy


class Location(Struct, frozen=True):
    """A place in a user's file: 1-based line and column."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.path
        if self.column <= 0:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


FieldPath = tuple[str | int, ...]  # keys, and 0-based indexes into lists: ("联系人", 1, "电话")


def field_name(path: FieldPath) -> str:
    """How messages name a place in the facts: 联系人第2项的电话 (list items counted from 1, as people count)."""
    text = ""
    for part in path:
        text += f"第{part + 1}项" if isinstance(part, int) else (f"的{part}" if text else part)
    return text


# A value quoted back in a message ('无法识别的日期 "…"') is cut to its start: a 成文日期 of 200,000
# characters printed all of them (600 KB on the terminal).
_LONG_QUOTE = lazy(r'([“"])([^”"\n]{201,})([”"])')


def shorten_quotes(text: str) -> str:
    """``text`` with every quoted run longer than 200 characters cut to its first 60 and its length."""
    if len(text) <= 200:
        return text
    return _LONG_QUOTE.sub(lambda m: f"{m[1]}{m[2][:60]}……（共 {len(m[2]):,} 字）{m[3]}", text)


# Kinds of Problem that callers act on (batch says a field missing from every item once, for the whole list).
MISSING_FIELD = "missing_field"
UNKNOWN_KEY = "unknown_key"
NO_GENRE = "no_genre"
LONE_SURROGATE = "lone_surrogate"  # half of an escaped character pair (\ud83d without its \ude00)


class Problem(Struct, frozen=True):
    """One thing wrong with an input, reported compiler style.

    ``field`` names the place for people (联系人第2项的电话, list items counted from 1); ``path`` is the
    same place for programs: keys and 0-based list indexes, ("联系人", 1, "电话").
    """

    location: Location
    message: str
    field: str = ""
    hint: str = ""
    path: FieldPath = ()
    kind: str = ""  # what a program may act on (MISSING_FIELD, UNKNOWN_KEY, ...); the message is for people

    def __str__(self) -> str:
        text = f"{self.location}: "
        if self.field:
            text += f"{self.field}: "
        text += shorten_quotes(self.message)
        if self.hint:
            text += f"（{shorten_quotes(self.hint)}）"
        return text


class DrafterError(Exception):
    """Base of every error drafter reports to a user."""

    exit_code = 1


class InputError(DrafterError):
    """An input file is missing, unreadable or of the wrong kind."""


# How many of one file's problems the terminal lists: 3000 unknown keys are one mistake said 3000 times,
# and the first ones show what it is. The total is always said; batch reports keep every one.
SHOWN_PROBLEMS = 10


def shown_lines(lines: Sequence[str], unit: str = "处问题") -> list[str]:
    """The first SHOWN_PROBLEMS lines and how many more there are (all of them when only a few more)."""
    if len(lines) <= SHOWN_PROBLEMS + 2:
        return list(lines)
    rest = len(lines) - SHOWN_PROBLEMS
    return [*lines[:SHOWN_PROBLEMS], f"……另有 {rest:,} {unit}没有列出（共 {len(lines):,} {unit}）"]


class FactsError(DrafterError):
    """A facts file has one or more problems; all of them are reported at once."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = shown_lines([str(p) for p in self.problems])
        lines.append(f"共 {len(self.problems):,} 处问题，未生成文件。")
        return "\n".join(lines)


class TemplateError(DrafterError):
    """A template is missing, malformed, or failed while rendering."""


class OutputError(DrafterError):
    """The output cannot be written (exists already, bad folder, ...)."""


class ExistsError(OutputError):
    """The output file exists (possibly written a moment ago by another run) and is not to be replaced."""


class UsageError(DrafterError):
    """Options that do not fit together."""

    exit_code = 2


# What the system said, in words an office user reads: strerror is English on most systems.
_OS_REASONS = {
    "ENOSPC": "磁盘已满",
    "EDQUOT": "超出了磁盘配额",
    "EACCES": "没有权限",
    "EPERM": "没有权限",
    "EROFS": "磁盘或文件夹是只读的",
    "EIO": "磁盘读写出错（磁盘或网络盘可能出了问题）",
    "ENAMETOOLONG": "文件名太长",
    "ELOOP": "符号链接成环或层数太多",
    "ENOENT": "不存在",
    "ENOTDIR": "路径中有一部分不是文件夹",
    "EISDIR": "这是一个文件夹",
    "EMFILE": "同时打开的文件太多",
    "ENFILE": "同时打开的文件太多",
    "EBUSY": "正被占用",
    "ETXTBSY": "正被占用",
    "EFBIG": "文件太大",
    "EXDEV": "不能跨磁盘移动",
    "ESTALE": "网络盘上的文件已失效",
    "EINVAL": "名称或参数不合法",
    "ENXIO": "设备不存在",
    # (mkdir on a link that leads nowhere, or round in a circle: -o 输出 where 输出 is such a link)
    "EEXIST": "已有同名的文件或链接",
}


# A Chinese input method in full-width mode types its space as U+3000, which YAML does not take for an indent.
WIDE_INDENT = "YAML 的缩进只认半角空格，请把行首的全角空格“　”（中文输入法的空格）换成半角空格"


def os_reason(exc: OSError) -> str:
    """The reason of a failed system call in Chinese (the system's own words only when unknown)."""
    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    return f"系统错误：{exc.strerror}" if exc.strerror else f"系统错误：{type(exc).__name__}"


def unexpected_problem(exc: BaseException) -> str:
    """An error drafter has no message for (an input beyond its limits, or a bug), said plainly."""
    if isinstance(exc, MemoryError):
        return "内存不足：输入太大，无法处理；请把材料分成几份再试"
    if isinstance(exc, RecursionError):
        return "输入的结构嵌套太深，无法处理"
    if type(exc).__name__ == "BrokenProcessPool":
        return "工作进程意外退出（可能是内存不足，或被系统结束）；请把材料分成几份再试，或减少 -j"
    if isinstance(exc, OSError) and errno.errorcode.get(exc.errno or 0) in ("ENOSPC", "EDQUOT", "EFBIG"):
        # Files drafter writes say this themselves; what is left is standard output redirected to a full
        # disk (parse --json > 结构.json), which said '出现意外错误（OSError: … No space left on device）'.
        return f"写入失败（{os_reason(exc)}）"
    if isinstance(exc, OSError) and errno.errorcode.get(exc.errno or 0) == "ENAMETOOLONG":
        # -o with a name of 100 Chinese characters (300 bytes, past the 255 a file name may have) or a path past the
        # system's 4096 bytes: a folder -o names (batch, mine) or an output drafter asked about before any check said
        # 出现意外错误（OSError: [Errno 36] File name too long…）.
        from .textio import display_line

        named = display_line(os.fsdecode(exc.filename)) if isinstance(exc.filename, str | bytes) else ""
        shown = f"{named[:60]}…（共 {len(named)} 个字）: " if len(named) > 80 else f"{named}: " if named else ""
        return (
            f"{shown}文件名或路径太长（一个文件名或文件夹名最多 255 字节，约 85 个汉字；整个路径最多约 4000 字节），"
            "请改短后再试"
        )
    if isinstance(exc, RuntimeError) and str(exc).startswith("Symlink loop from "):
        # Path.resolve of a link that leads round in a circle (Python before 3.13): mine's input so linked said
        # 出现意外错误（RuntimeError: Symlink loop from……）.
        from .textio import display_line

        return (
            f"{display_line(str(exc)[len('Symlink loop from ') :].strip(chr(39)))}: 无法访问（{_OS_REASONS['ELOOP']}）"
        )
    if isinstance(exc, UnicodeEncodeError) and _system_encoding(exc.encoding):
        # LANG=C with PYTHONUTF8=0, or another language's locale: the system cannot name a file in Chinese, and a
        # draft named 通知.docx (or a batch's 防汛.docx) stopped with 出现意外错误（UnicodeEncodeError…）.
        import sys

        from .textio import display_text

        named = display_text(exc.object)[:120] if isinstance(exc.object, str) else ""
        return (
            f"当前系统的文字编码是 {sys.getfilesystemencoding()}，不能使用含中文的文件名“{named}”；"
            "请把系统的语言环境设为 UTF-8（如先运行 export LANG=C.UTF-8，或设置环境变量 PYTHONUTF8=1）后再运行"
        )
    detail = str(exc).encode("utf-8", "replace").decode("utf-8")[:300]
    return f"出现意外错误（{type(exc).__name__}: {detail}）；加 --debug 可以看到详细信息，请把所用的文件发给维护者"


def _system_encoding(encoding: str) -> bool:
    """Whether ``encoding`` is the one the system names files in (and it has no Chinese)."""
    import codecs
    import sys

    try:
        same = codecs.lookup(encoding).name == codecs.lookup(sys.getfilesystemencoding()).name
    except LookupError:
        return False
    try:
        "公文".encode(encoding)
    except UnicodeError:
        return same
    return False
