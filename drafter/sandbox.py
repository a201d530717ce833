"""The Jinja sandbox templates run in, with limits a hostile template folder cannot get past.

Jinja's SandboxedEnvironment keeps templates away from Python internals but does not bound what a
template costs, nor which files it reads. Here:

- files are read only from inside the template folder (and the shared macros), judged by their
  real path, so a symlink cannot pull ``~/.ssh/id_rsa`` into a document;
- the operations that build a huge value in one C-level step (``'a' * 10**10``, ``9 ** 9 ** 9``,
  ``'x'.center(10**10)``, a format width of a billion) are refused before they run;
- a render stops at an output size, a time limit and (where the OS allows) a memory limit.

Every refusal is a ``RenderLimitError`` or Jinja's ``SecurityError``, raised inside the template so
that its file and line can be reported.
"""

from __future__ import annotations

import contextlib
import functools
import os
import posixpath
import re
import signal
import threading
import types
from collections.abc import Callable, Generator, Iterator, MutableMapping
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from .textio import decode_text

# Far beyond any 公文 (a 50-page document is about 80,000 characters), far below what hurts.
MAX_OUTPUT_CHARS = 4_000_000
MAX_SECONDS = 5.0
MAX_EXTRA_MEMORY = 1 << 30  # address space a render may add, where the OS lets us say so
MAX_INT_BITS = 1 << 16  # integers of about 20,000 digits; nothing in a document needs more
MAX_TEMPLATE_BYTES = 1 << 20


class RenderLimitError(Exception):
    """A template went past one of the limits above; ``str()`` says which, in Chinese."""


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads a file only when its real path lies inside its search folder."""

    def __init__(self, searchpath: list[str], encoding: str = "utf-8") -> None:
        super().__init__(searchpath, encoding=encoding)
        self._roots = [os.path.realpath(path) for path in self.searchpath]

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses "..", as FileSystemLoader does
        for searchpath, root in zip(self.searchpath, self._roots, strict=True):
            filename = posixpath.join(searchpath, *pieces)
            if not os.path.isfile(filename):
                continue
            real = os.path.realpath(filename)
            if os.path.commonpath([root, real]) != root:
                raise SecurityError(f"“{template}”是指向模板文件夹以外的链接，不能读取")
            if os.path.getsize(real) > MAX_TEMPLATE_BYTES:
                # Not a thing the template tried (模板试图执行不允许的操作, as it was said): the file itself is too big.
                raise RenderLimitError(
                    f"模板文件“{template}”太大（超过 {MAX_TEMPLATE_BYTES // 1024} KB），不像模板文件，没有读取"
                )
            # The resolved path is what is opened, so the link cannot be swapped after the check.
            with open(real, "rb") as stream:
                data = stream.read()
            # Read as facts files and manifests are: a template edited in Notepad is saved with a BOM (which
            # came first on the first line and hid its ::发文机关标志 mark, printed as body text) or as GBK or
            # UTF-16 (refused with Python's English codec message).
            contents, _ = decode_text(data, filename)
            mtime = os.path.getmtime(real)

            def uptodate(real: str = real, mtime: float = mtime) -> bool:
                try:
                    return os.path.getmtime(real) == mtime
                except OSError:
                    return False

            return contents, os.path.normpath(filename), uptodate
        raise jinja2.TemplateNotFound(template)


def _too_big(number: Any, limit: int = MAX_OUTPUT_CHARS) -> bool:
    return isinstance(number, int) and not isinstance(number, bool) and abs(number) > limit


def _check_repeat(sequence: Any, count: Any) -> None:
    repeats = isinstance(sequence, str | list | tuple | bytes) and isinstance(count, int)
    if repeats and len(sequence) * max(count, 0) > MAX_OUTPUT_CHARS:
        raise RenderLimitError(f"重复得到的内容太长（超过 {MAX_OUTPUT_CHARS:,} 个）")


def _check_multiply(left: Any, right: Any) -> None:
    _check_repeat(left, right)
    _check_repeat(right, left)
    if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
        raise RenderLimitError("乘法得到的数太大")


def _check_power(base: Any, exponent: Any) -> None:
    integers = isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1
    if integers and base.bit_length() * exponent > MAX_INT_BITS:
        raise RenderLimitError("乘方得到的数太大")


# A width or precision inside a %-format or a {:...} format field.
_PERCENT_FIELD = re.compile(r"%[#0\- +]*(\d*)(?:\.(\d*))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")


def _check_format_string(text: Any) -> None:
    if not isinstance(text, str):
        return
    numbers = [n for match in _PERCENT_FIELD.finditer(text) for n in match.groups() if n]
    numbers += re.findall(r"\d+", " ".join(_BRACE_SPEC.findall(text)))
    if any(len(n) > 7 or int(n) > MAX_OUTPUT_CHARS for n in numbers):
        raise RenderLimitError("格式里的宽度或精度太大")


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if any(_too_big(value) for value in (*args, *kwargs.values())):
        raise RenderLimitError(f"参数太大（超过 {MAX_OUTPUT_CHARS:,}）")


def _builtin_method_of(obj: Any) -> tuple[Any, str] | None:
    """(the value, the method name) when ``obj`` is a method of a built-in value such as ``'x'.center``."""
    target = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(target, "__self__", None)
    if isinstance(target, types.BuiltinMethodType) and isinstance(owner, str | bytes | list | tuple | dict):
        return owner, target.__name__
    return None


def _guarded_filter(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    # The filtered value comes after the context/environment that some filters are passed.
    value_at = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[value_at + 1 :], kwargs)
        if name == "format" and len(args) > value_at:
            _check_format_string(args[value_at])
        return function(*args, **kwargs)

    return guarded


class LimitedSandbox(SandboxedEnvironment):
    """SandboxedEnvironment whose operators, method calls and built-in filters check sizes first."""

    intercepted_binops = frozenset({"*", "**", "%"})  # also keeps Jinja from folding them at compile time

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, function in list(self.filters.items()):
            self.filters[name] = _guarded_filter(function, name)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_multiply(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_format_string(left)
            _check_arguments(right if isinstance(right, tuple) else (right,), {})
        return super().call_binop(context, operator, left, right)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        # A plain dict, not Jinja's ChainMap: every render copies the globals into a new context, and
        # copying a ChainMap key by key was a fifth of a document's rendering. The environment's
        # globals are complete before its first template loads (render._environment), so nothing is lost.
        return {**self.globals, **(d or {})}

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        method = _builtin_method_of(__obj)
        if method is not None:
            _check_arguments(args, kwargs)
            owner, name = method
            if name in ("format", "format_map") and isinstance(owner, str):
                _check_format_string(owner)
        return super().call(__context, __obj, *args, **kwargs)


class RenderBudget:
    """What one document's rendering may still spend: output characters and seconds."""

    def __init__(self, chars: int = MAX_OUTPUT_CHARS, seconds: float = MAX_SECONDS) -> None:
        self.chars = chars
        self.seconds = seconds


@contextlib.contextmanager
def limited(budget: RenderBudget) -> Iterator[None]:
    """The time and memory limits around rendering one document (set once, for all its sections)."""
    with _deadline(budget), _memory_cap():
        yield


def render_limited(template: jinja2.Template, context: dict[str, Any], budget: RenderBudget) -> str:
    """Render, charging ``budget`` for the output; raise RenderLimitError past it. Run inside ``limited``."""
    pieces: list[str] = []
    generator = template.generate(context)
    assert isinstance(generator, Generator)  # typed as an Iterator; it is a generator, which can be thrown into
    for piece in generator:
        budget.chars -= len(piece)
        if budget.chars < 0:
            too_much = RenderLimitError(f"模板输出的内容太多（超过 {MAX_OUTPUT_CHARS:,} 字），已停止")
            # Thrown in where the template stands, so that its traceback (and the message) names the template
            # file and line that writes the text; raised here, the message named the file only.
            generator.throw(too_much)
            raise too_much  # (a template cannot catch it; should the generator end instead, raised here)
        pieces.append(piece)
    return "".join(pieces)


@contextlib.contextmanager
def _deadline(budget: RenderBudget) -> Iterator[None]:
    """Interrupt the render after the budget's seconds (Python-level loops; C-level steps are checked above)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or budget.seconds <= 0:
        if budget.seconds <= 0:
            raise RenderLimitError(f"模板运行超过 {MAX_SECONDS:g} 秒，已停止（可能有过多或无穷的循环）")
        yield
        return
    import time

    def expired(signum: int, frame: object) -> None:
        raise RenderLimitError(f"模板运行超过 {MAX_SECONDS:g} 秒，已停止（可能有过多或无穷的循环）")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, budget.seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        budget.seconds -= time.monotonic() - started


def _read_address_space() -> int | None:
    try:
        with open("/proc/self/statm", "rb") as stream:
            pages = int(stream.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


# Reading /proc/self/statm took 25–70 µs inside a drafting process (a tenth of a batch's time per
# document), so a reading is reused while the process has not grown: its resident peak (one cheap
# system call) rose less than this, within this long, in the same process.
_REREAD_GROWTH_KB = 32 * 1024
_REREAD_SECONDS = 1.0
_last_reading: tuple[int, int, float, int | None] | None = None  # pid, peak kB, when, size


def _address_space() -> int | None:
    """The process's address-space size in bytes (None where the OS does not say)."""
    global _last_reading
    import resource
    import time

    pid, peak, now = os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.monotonic()
    if _last_reading is not None:
        seen_pid, seen_peak, seen_at, size = _last_reading
        if seen_pid == pid and peak - seen_peak < _REREAD_GROWTH_KB and now - seen_at < _REREAD_SECONDS:
            return size
    size = _read_address_space()
    _last_reading = (pid, peak, now, size)
    return size


@contextlib.contextmanager
def _memory_cap(extra: int = MAX_EXTRA_MEMORY) -> Iterator[None]:
    """Lower the address-space limit while rendering, so a runaway allocation is a MemoryError, not a dead machine."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError, AttributeError):
        yield
        return
    used = _address_space()
    limit = used + extra if used is not None else None
    if limit is None or (soft != resource.RLIM_INFINITY and soft <= limit):
        yield
        return
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
