"""Render a template's sections from validated facts into markup, then into a Draft.

Templates run in Jinja's SandboxedEnvironment with StrictUndefined: a user's template can read
the facts but cannot reach Python internals, and a misspelt name is an error, not silence.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import types
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from jinja2.exceptions import SecurityError

from . import chinese, gongwen
from .cachedir import owned_privately, store_whole, user_cache_dir
from .catalog import TemplateSpec, common_folder
from .errors import DrafterError, TemplateError
from .gongwen.dates import next_period, year_span
from .gongwen.wording import AS_FOLLOWS_WORDS, minutes_mark, none_word
from .markup import LITERAL, literal_value, parse_markup, table_cell
from .model import Draft
from .numbering import read_marker
from .sandbox import ConfinedLoader, LimitedSandbox, RenderBudget, RenderLimitError, limited, render_limited


def _date_text(value: Any) -> str:
    if isinstance(value, gongwen.MeetingTime):
        return gongwen.format_date(value.date)
    if isinstance(value, dt.date):
        return gongwen.format_date(value)
    if value is None:
        return ""
    return str(value)


def _weekday(value: Any) -> str:
    if isinstance(value, gongwen.MeetingTime):
        return value.weekday
    if isinstance(value, dt.date):
        return gongwen.weekday_name(value)
    return ""


def _numeral(value: Any) -> str:
    return chinese.chinese_numeral(int(value))


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _join(value: Any, last: str = "和", sep: str = "、") -> str:
    return chinese.join_list(_as_list(value), last=last, sep=sep)


def _enumerate(value: Any, style: str = "是") -> str:
    """Items joined as 一是……；二是……: a number typed on an item (1.工作不够细) is the one the join writes."""
    return chinese.enumerate_points([_untyped(item) for item in _as_list(value)], style=style)


def _untyped(item: Any) -> Any:
    if not isinstance(item, str):
        return item
    marker = read_marker(item.strip())
    return marker.rest.strip() if marker is not None and marker.rest.strip() else item


_END = "。！？；：…"


def _period(value: Any) -> str:
    """Make a sentence end with 。 unless it already ends with sentence punctuation; a lead-in (特通知如下) ends
    with “：”, as the text it leads into follows: 导语: 为……，特通知如下 printed ……特通知如下。 (hostile12)."""
    text = str(value or "").strip()
    if not text or text[-1] in _END:
        return text
    text = text.rstrip("，,、;.")
    return text + ("：" if text.endswith(AS_FOLLOWS_WORDS) else "。")


def _says_none(value: Any) -> bool:
    """Whether a value is a word for none (gongwen.wording.none_word): 无, 暂无, 不要, “无” …"""
    return isinstance(value, str) and bool(none_word(value))


def _typed_number(value: Any) -> bool:
    return isinstance(value, str) and read_marker(value.strip()) is not None


def _strip_end(value: Any) -> str:
    return str(value or "").strip().rstrip("。；;，,、.！!？?：:")


FILTERS: dict[str, Callable[..., Any]] = {
    "date_cn": _date_text,
    "日期": _date_text,
    "weekday": _weekday,
    "星期": _weekday,
    "numeral": _numeral,
    "中文数字": _numeral,
    "join_cn": _join,
    "顿号": _join,
    "enumerate_cn": _enumerate,
    "一是": _enumerate,
    "fullwidth": chinese.fullwidth_punctuation,
    "全角": chinese.fullwidth_punctuation,
    "period": _period,
    "句号": _period,
    "issue_number": gongwen.issue_number_text,
    "期号": gongwen.issue_number_text,
    "strip_end": _strip_end,
    "去句号": _strip_end,
    # 期间 | 年份区间: 2025-2026学年 as documents write it, 2025—2026学年.
    "年份区间": lambda value: year_span(str(value or "")),
    # 期间 | 下一期间: the period a summary's plans are for (2025年上半年 → 下半年), "" when the 期间 says none.
    "下一期间": lambda value: next_period(str(value or "")),
    # 单位 | 纪要标志(会议名称): the mark a 纪要 carries when the clerk writes none.
    "纪要标志": lambda unit, meeting="": minutes_mark(str(unit or ""), str(meeting or "")),
}


def _finalize(value: Any) -> Any:
    # Values print as Chinese text: dates as 2024年5月1日, nothing for missing optional fields.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return gongwen.format_date(value)
    if isinstance(value, list | tuple):
        return "、".join(str(_finalize(v)) for v in value)
    return value  # MeetingTime and text print as themselves


def _field(item: Any, key: str) -> Any:
    """``item.key`` as the template would read it: a missing key is an error (StrictUndefined)."""
    try:
        return item[key]
    except (KeyError, TypeError, IndexError):
        raise jinja2.UndefinedError(f"{type(item).__name__} object has no attribute '{key}'") from None


def _text(value: Any) -> str:
    return str(_finalize(value))


def table_markup(table: Any) -> str:
    """A table value ({栏目, 行}) as ``::表头`` and ``::表行`` lines, each cell's own | kept in the cell."""
    rows = "".join("::表行 " + " | ".join(table_cell(str(cell)) for cell in row) + "\n" for row in _field(table, "行"))
    return "::表头 " + " | ".join(table_cell(str(cell)) for cell in _field(table, "栏目")) + "\n" + rows


# A paragraph ends on one of these when it reads as a sentence cut short: a Chinese character or a closing
# bracket, quote or title mark. A number, a Latin word or a blank to fill (____) may be a form's line, left so.
_OPEN_END = re.compile(r"[\u4e00-\u9fff）”’》」】]$")


# Numbers a sentence opens on (一是……, 第一，……, 首先，……): its line is a sentence all the same.
_SENTENCE_MARKERS = ("cn_shi", "di_cn", "sequence_word")


def _bare(line: str) -> bool:
    """A short line without a comma or stop in it (值班安排): a heading where a longer paragraph follows it."""
    body = line.strip()
    return len(body) < 12 and not any(mark in body for mark in "，,；;：:、。") and read_marker(body) is None


def _closed(text: str, close: bool, following: str = "") -> str:
    """A paragraph of content as the clerk typed it, each of its lines closed with 。 (or “：” after a lead-in,
    the 句号 filter) where a hurried clerk left the full stop off: 缘由 ……原有经费不足 printed so, where the
    导语 and 结尾 beside it were closed (ux30). A line opening on a typed number (（一）加强领导, read as a heading),
    a short bare line above a longer paragraph (值班安排, a heading the clerk typed as a paragraph; ``following``
    is the paragraph after ``text``) and a line opening on a template's mark (printed as written) stay as typed;
    short lines one after another (下步打算: 加强青年教师培养 / 提高功能室使用效率) are items, closed."""
    if not close:
        return text
    lines = text.split("\n")
    nexts = [*lines[1:], following]
    for index, line in enumerate(lines):
        body = line.strip()
        # A line opening on a template's mark (::署名, #, +) is printed exactly as written (literal_value).
        if body.startswith(LITERAL) or not _OPEN_END.search(body):
            continue
        if body[0] in "（(" and body[-1] in "）)":
            continue  # a note in brackets (（供稿：教务处）, a 简报 article's source) is no sentence to close
        marker = read_marker(body)
        if marker is not None and marker.style not in _SENTENCE_MARKERS:
            continue
        after = nexts[index].strip()
        if _bare(body) and after and not _bare(after):
            continue
        lines[index] = _period(line.rstrip())
    return "\n".join(lines)


def _first_line(item: Any) -> str:
    return _text(item).split("\n", 1)[0] if isinstance(item, str) else ""


def content_markup(items: Any, level: int, close: bool = True) -> str:
    """What the ``content`` macro of _macros.j2 wrote for a content list, its paragraphs closed (``_closed``) unless
    ``close`` is false (an attachment's text may be a form or a list of names); with ``close`` false, character
    for character. The macro recursing through every heading was half of a drafted document's rendering time; the
    macro now calls this, so templates that use ``m.content`` keep working unchanged.
    """
    out: list[str] = []
    items = list(items)
    for at, item in enumerate(items):
        if isinstance(item, str):
            following = _first_line(items[at + 1]) if at + 1 < len(items) else ""
            out.append(_closed(_text(item), close, following) + "\n")
            continue
        title = _field(item, "标题")
        if not title:
            out.append(table_markup(_field(item, "表格")) + "\n")
            continue
        paragraphs = [_text(paragraph) for paragraph in _field(item, "内容")]
        table = _field(item, "表格")
        # The last paragraph before a table leads into it (名单如下): written as typed.
        texts = [
            _closed(text, close and not (table and i == len(paragraphs) - 1), _first_line([*paragraphs, ""][i + 1]))
            for i, text in enumerate(paragraphs)
        ]
        if level >= 3 and texts and not _field(item, "子项") and not table:
            out.append(f"{'#' * level} {_text(title)}\n+ {texts[0]}\n")
            out.extend(text + "\n" for text in texts[1:])
        else:
            out.append(f"{'#' * level} {_text(title)}\n")
            out.extend(text + "\n" for text in texts)
            if table:
                out.append(table_markup(table) + "\n")
            out.append(content_markup(_field(item, "子项"), level + 1, close) + "\n")
    return "".join(out)


def points_markup(items: Any) -> str:
    """Items as a unit writes a speech's points when it numbers them in its sentences: each a paragraph opening
    on 一是, 二是 … and its heading as a sentence, its text run on (一是要立志向。要有远大理想……); the rest of its
    text, its table and its 子项 (at the second level, as ``content_markup`` writes them) below. A text item is a
    paragraph of its own, not numbered. A mined speech template of a unit that writes so uses this in place of the
    built-in's numbered headings 一、要立志向 (ux25 walk)."""
    out: list[str] = []
    number = 0
    for item in items:
        if isinstance(item, str):
            out.append(_text(item) + "\n")
            continue
        title = _field(item, "标题")
        if not title:
            out.append(table_markup(_field(item, "表格")) + "\n")
            continue
        number += 1
        head = _text(title).strip().rstrip("。；;，,、：:")
        head += "" if head.endswith(("！", "？", "!", "?")) else "。"
        paragraphs = [_text(paragraph) for paragraph in _field(item, "内容")]
        out.append(f"{chinese.chinese_numeral(number)}是{head}{paragraphs[0] if paragraphs else ''}\n")
        out.extend(paragraph + "\n" for paragraph in paragraphs[1:])
        table = _field(item, "表格")
        if table:
            out.append(table_markup(table) + "\n")
        out.append(content_markup(_field(item, "子项"), 2) + "\n")
    return "".join(out)


@jinja2.pass_context
def section_markup(context: jinja2.runtime.Context, default_title: Any, key: str, items: Any) -> str:
    """What the ``section`` macro of _macros.j2 writes: the section's heading (the facts' 章节标题 may
    rename or blank it) and its content one level below, or at the top level without a heading."""
    custom = context.resolve_or_missing("章节标题")
    if custom is jinja2.utils.missing:
        raise jinja2.UndefinedError("'章节标题' is undefined")
    custom = custom or {}
    title = custom[key] if key in custom and custom[key] is not None else default_title
    if title:
        return f"# {_text(title)}\n{content_markup(items, 2)}\n"
    return content_markup(items, 1) + "\n"


# A cache entry is drafter's seal, a digest of what follows, and Jinja's own entry. Jinja checks only the
# template's source: an entry cut short or with bytes changed on disk (a full disk, a crash mid-write, a copy from
# another machine) was loaded as it was, marshal raised MemoryError on a length it read, and every later draft
# stopped with 模板运行时占用的内存太多 until the clerk found and emptied ~/.cache/drafter.
_SEAL = b"drafter-bytecode-1\n"
_DIGEST_BYTES = 32
_MAX_ENTRY_BYTES = 16 << 20


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs; a cache that cannot be read or written is simply skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # Compiled code runs outside the sandbox: only a file the user wrote, and no one else can
        # have changed, is loaded (the folders were checked the same way in user_cache_dir).
        try:
            fd = os.open(self._get_cache_filename(bucket), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return
        try:
            with os.fdopen(fd, "rb") as stream:
                if not owned_privately(os.fstat(stream.fileno())):
                    return
                data = stream.read(_MAX_ENTRY_BYTES + 1)
        except OSError:
            return
        head = len(_SEAL) + _DIGEST_BYTES
        payload = data[head:]
        if not data.startswith(_SEAL) or data[len(_SEAL) : head] != _digest(payload) or len(data) > _MAX_ENTRY_BYTES:
            return  # not drafter's, cut short or changed: compiled again and written over
        try:
            bucket.bytecode_from_string(payload)
        except Exception:  # an entry of another Python's marshal format: compiled again
            bucket.reset()
        if bucket.code is not None and not isinstance(bucket.code, types.CodeType):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            payload = bucket.bytecode_to_string()
        except Exception:  # a cache only saves time: a template that cannot be kept is compiled next time
            return
        store_whole(Path(self._get_cache_filename(bucket)), _SEAL + _digest(payload) + payload)


def _digest(payload: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(payload, digest_size=_DIGEST_BYTES).digest()


@lru_cache(maxsize=1)
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    # Compiling the templates is most of a one-document render (about 20 of 30 ms); the source's
    # checksum keys each entry, and the folder name keeps Jinja and Python versions apart.
    version = f"jinja2-{jinja2.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    folder = user_cache_dir("templates", version)
    return _QuietBytecodeCache(str(folder)) if folder is not None else None


@lru_cache(maxsize=32)
def _environment(folder: Path, builtin: bool = False, base: Path | None = None) -> LimitedSandbox:
    env = LimitedSandbox(
        bytecode_cache=_bytecode_cache(),
        # A template's own files first; then those of the built-in template it extends; then the macros
        # the built-in templates share (_common/_macros.j2). Only files whose real path lies inside one of
        # these folders are read.
        loader=ConfinedLoader([str(folder), *([str(base)] if base else []), str(common_folder())], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_finalize,
        # A user's template folder may be edited while a program runs; the built-in ones are not, and
        # checking their files before every render is a dozen stat calls per drafted document.
        auto_reload=not builtin,
    )
    env.filters.update(FILTERS)
    # 结语: 无 (暂无, 不要 …) in a built-in's closing: the one list of words for none, which the closings
    # once spelt out each (and missed 暂无, a 函 ending on a paragraph 暂无).
    env.tests["says_none"] = _says_none
    # A paragraph whose number the clerk typed (一、……): a 通告's items are then not numbered again.
    env.tests["typed_number"] = _typed_number
    env.globals["content_markup"] = content_markup
    env.globals["table_markup"] = table_markup
    env.globals["points_markup"] = points_markup
    env.globals["section_markup"] = section_markup
    return env


def _template_line(exc: BaseException, folder: Path, fallback: Path | None = None) -> str:
    """file:line of the innermost template frame of an exception raised while rendering."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        return f"{exc.filename or exc.name}:{exc.lineno}"
    where = ""
    import traceback  # error paths only: not worth importing on every run

    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2") or str(folder) in frame.filename:
            where = f"{frame.filename}:{frame.lineno}"
    return where or str(fallback or folder)


_UNDEFINED_HINT = "请检查拼写，或在 manifest.yaml 的 fields 里声明它"


_HEADING_LINE = re.compile(r"^(#{1,4}) \S.*$", re.MULTILINE)


def _renamed_sections(spec: TemplateSpec) -> dict[str, str]:
    """Sections of a template that extends a built-in, retitled in its manifest but written by the
    built-in's file: their heading takes the new title.

    A clerk who renamed 有关要求 to 参会要求 in a mined template's manifest.yaml (the title `drafter
    templates show` lists) saw the draft keep 有关要求: the title was only the section's name there, and the
    built-in's file writes its own heading. A section with a file of its own in the folder writes what
    that file says."""
    if spec.base is None:
        return {}
    from .catalog import builtin_at

    base = builtin_at(spec.base)
    if base is None:
        return {}
    titles = {section.name: section.title for section in base.sections}
    return {
        section.name: section.title
        for section in spec.sections
        if section.title
        and titles.get(section.name, section.title) != section.title
        and not (spec.path / section.filename).is_file()
    }


def _source(env: jinja2.Environment, name: str) -> str:
    """The text of the template file ``name`` as the environment finds it (the built-in's, for a section a template
    extending it renamed); "" when it cannot be read (said when it is rendered)."""
    try:
        return env.loader.get_source(env, name)[0] if env.loader is not None else ""
    except (jinja2.TemplateNotFound, OSError, UnicodeDecodeError):
        return ""


def _retitled(text: str, title: str, source: str) -> str:
    """The section's markup with its first heading saying ``title`` (at the heading's own level), where that heading
    is one the built-in's file writes (``source``: its text, # 工作要求 or section_markup('下步打算', …)), not the
    first of the facts' items: a 表扬通报 lays its 要求 out as items with no heading over them, and a keeper's
    renamed 希望和要求 turned the first item's title 珍惜荣誉 into 下步要求 (ux28 walk)."""
    found = _HEADING_LINE.search(text)
    if found is None:
        return text
    heading = found.group(0).split(" ", 1)[1]
    if not any(f"{mark}{heading}{end}" in source for mark, end in (("# ", "\n"), ("'", "'"), ('"', '"'))):
        return text
    return text[: found.start()] + f"{found.group(1)} {title}" + text[found.end() :]


def _titled_by_facts(template: jinja2.Template, context: dict[str, Any], budget: RenderBudget, text: str) -> bool:
    """Whether 章节标题 (工作总结, 实施方案: the facts', or the template's default) gave this section its heading or
    took it away: what the user asked for there stands over the manifest's title. Any other section renamed in the
    manifest is headed by its new title: a mined summary's default 章节标题 {主要做法: 主要做法} had every title the
    keeper gave in sections (下步打算 → 下步工作打算) silently ignored (ux28 walk)."""
    if not context.get("章节标题"):
        return False
    plain = render_limited(template, {**context, "章节标题": {}}, budget)
    return _first_heading(plain) != _first_heading(text)


def _first_heading(text: str) -> str:
    found = _HEADING_LINE.search(text)
    return found.group(0) if found else ""


def _literal_values(value: Any) -> Any:
    """``value`` with each text in it (in lists and records too, not their keys) made literal_value: what the facts
    say is printed as written, never read as the template's markup."""
    if isinstance(value, str):
        return literal_value(value)
    if isinstance(value, dict):
        return {key: _literal_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_literal_values(item) for item in value]
    return value


def render_sections(spec: TemplateSpec, values: dict[str, Any]) -> list[tuple[str, str]]:
    """Render each section (skipping those whose ``when`` field is empty) to markup text."""
    env = _environment(spec.path, spec.builtin, spec.base)
    renamed = _renamed_sections(spec)
    context = _literal_values(values)
    chunks = []
    budget = RenderBudget()  # for the whole document, all sections together
    try:
        with limited(budget):
            for section in spec.sections:
                if section.when and not values.get(section.when):
                    continue
                try:
                    template = env.get_template(section.filename)
                    text = render_limited(template, context, budget)
                except DrafterError:
                    raise
                except Exception as exc:
                    where = _template_line(exc, spec.path, spec.path / section.filename)
                    raise TemplateError(f"{where}: {_render_problem(exc)}") from exc
                if section.name in renamed and not _titled_by_facts(template, context, budget, text):
                    text = _retitled(text, renamed[section.name], _source(env, section.filename))
                chunks.append((f"{spec.name}/{section.filename}", text))
    except RenderLimitError as exc:  # the time limit struck between two sections
        raise TemplateError(f"{spec.path}: {exc}") from exc
    return chunks


# Jinja's own messages are English; those a hand-edited template meets are said in Chinese. The
# describe_token names Jinja puts in them, as a template writer types them.
_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "模板结尾",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
    "name": "名字",
    "string": "文字",
    "integer": "数字",
    "operator": "运算符",
}


def _token(text: str) -> str:
    return _TOKENS.get(text, text)


def _innermost(message: str) -> str:
    block = re.search(r"The innermost block that needs to be closed is '(\w+)'", message)
    return f"；“{block.group(1)}”块还没有结束（缺少 {{% end{block.group(1)} %}}）" if block else ""


def jinja_words(message: str) -> str:
    """A Jinja error message in Chinese; one not foreseen keeps Jinja's words, after a Chinese lead."""
    message = message.strip()
    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (r"'(.+)' is undefined", lambda m: f"用到了没有声明的名字“{m.group(1)}”"),
        (r".* has no attribute '(.+)'", lambda m: f"用到的“{m.group(1)}”在这一项里没有"),
        (r"No filter named '(.+?)'\.?(?: .*)?", lambda m: f"没有名为“{m.group(1)}”的过滤器（“|”后面的名字写错了？）"),
        (r"No test named '(.+?)'\.?(?: .*)?", lambda m: f"没有名为“{m.group(1)}”的判断（“is”后面的名字写错了？）"),
        (r"unexpected '(.)', expected '(.)'", lambda m: f"括号不配对：这里的“{m.group(1)}”应当是“{m.group(2)}”"),
        (r"unexpected '([}\])])'", lambda m: f"多了一个“{m.group(1)}”，或前面少了与它配对的括号"),
        (r"Unexpected end of template\..*", lambda m: "模板没有写完就结束了" + _innermost(m.group(0))),
        (
            r"Encountered unknown tag '(\w+)'\. You probably made a nesting mistake.*",
            lambda m: (
                f"“{m.group(1)}”出现的位置不对：块的嵌套有误，请检查各个 {{% end… %}} 的顺序" + _innermost(m.group(0))
            ),
        ),
        (
            r"Encountered unknown tag '(\w+)'\..*",
            lambda m: f"不认识的语句“{m.group(1)}”（是否拼错了，或多写了一个）" + _innermost(m.group(0)),
        ),
        (r"unexpected end of template, expected '(.+?)'\.?", lambda m: f"模板没有写完：缺少“{_token(m.group(1))}”"),
        (
            r"expected token '(.+?)', got '(.+?)'",
            lambda m: f"“{_token(m.group(2))}”处写法不对，这里应当是“{_token(m.group(1))}”",
        ),
        (r"unexpected char '(.+?)' at \d+", lambda m: f"有不能出现在这里的字符“{m.group(1)}”"),
        (r"unexpected '(.+?)'", lambda m: f"“{_token(m.group(1))}”处写法不对"),
        (r"tag name expected", lambda m: "“{%”后面缺少语句名（如 if、for）"),
        (r"expected name or number", lambda m: "“.”后面缺少名字"),
        (
            r"access to attribute '(.+?)' of '(.+?)' object is unsafe\.?",
            lambda m: f"不允许访问“{m.group(1)}”",
        ),
    ]
    for pattern, say in rules:
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return say(match)
    return f"写法有误（Jinja 的说明：{message}）"


def _render_problem(exc: Exception) -> str:
    """What went wrong while rendering, in a user's words (a hostile template can raise anything)."""
    if isinstance(exc, SecurityError):
        return f"模板试图执行不允许的操作（{jinja_words(str(exc)) if str(exc).isascii() else exc}）"
    if isinstance(exc, RenderLimitError):
        return str(exc)
    if isinstance(exc, jinja2.UndefinedError):
        return f"{jinja_words(exc.message or '')}（{_UNDEFINED_HINT}）"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"模板语法错误：{jinja_words(exc.message or '')}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"找不到模板文件“{exc.name}”（只能引用本模板文件夹里的文件和内置的公共宏）"
    if isinstance(exc, jinja2.TemplateError):
        return f"模板错误：{jinja_words(str(exc))}"
    if isinstance(exc, MemoryError):
        return "模板运行时占用的内存太多，已停止"
    if isinstance(exc, RecursionError):
        return "模板递归太深（宏是否调用了它自己？），已停止"
    if isinstance(exc, OverflowError):
        return "模板里的数值太大，已停止"
    if isinstance(exc, OSError):  # a template file that cannot be read (no permission, a disk error)
        from .errors import os_reason

        name = os.path.basename(exc.filename) if isinstance(exc.filename, str) else ""
        return f"无法读取模板文件{f'“{name}”' if name else ''}（{os_reason(exc)}）"
    # Python's own words for the mistakes an edited template makes ({{ 期号 + 1 }} on text, a loop over a number)
    # were all the clerk was told (模板运行出错：can only concatenate str (not "int") to str): each kind is said in
    # Chinese first, Python's words kept after it for whoever maintains the template.
    detail = str(exc).encode("utf-8", "replace").decode("utf-8")[:300]
    said = f"（Python 的说明：{detail}）" if detail else ""
    if isinstance(exc, ZeroDivisionError):
        return f"模板运行出错：除数是 0{said}"
    if isinstance(exc, TypeError):
        return (
            "模板运行出错：值的类型不能这样用（如文字和数字相加或比较大小、对一个数字做循环、"
            f"把不是函数的值当作函数调用）{said}"
        )
    if isinstance(exc, IndexError | KeyError):
        return f"模板运行出错：取的项不存在（列表没有这么多项，或没有这个键）{said}"
    if isinstance(exc, ValueError):
        return f"模板运行出错：值不合适，不能这样转换或计算（如把文字当作数字、给中文数字一个负数）{said}"
    return f"模板运行出错{said or '（原因不明）'}"


def render_draft(spec: TemplateSpec, values: dict[str, Any]) -> Draft:
    return parse_markup(render_sections(spec, values))
