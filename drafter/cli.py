"""The command line: maps options onto library functions, prints, and owns exit codes.

Exit codes: 0 success; 1 a drafter error (bad facts, template, input or output); 2 bad usage;
4 a batch in which some items failed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from click._termui_impl import ProgressBar

    from .batch import BatchReport, ItemResult
    from .errors import Problem
    from .mining.model import SkippedFile

from . import __version__, cli_zh
from .errors import (
    SHOWN_PROBLEMS,
    DrafterError,
    OutputError,
    TemplateError,
    shorten_quotes,
    shown_lines,
    unexpected_problem,
)
from .terminal import command_word
from .textio import display_line

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Count(click.IntRange):
    """A whole number within bounds, written 1–64 as the help's own words do: click writes the bounds as
    1<=x<=64, which the clerk read in the help ([默认：1; 1<=x<=64]) and in the error (100 不在 1<=x<=64 的范围内。)."""

    def _describe_range(self) -> str:
        return f"{self.min}–{self.max}"


# parse and mine: one process unless asked (batch has its own, defaulting to the CPU count).
_MINING_JOBS = click.option(
    "-j",
    "--jobs",
    type=_Count(1, 64),
    default=1,
    show_default=True,
    metavar="N",
    help="并行的工作进程数。",
)

cli_zh.install()


_EMPTY_PATH = "路径是空的（是否用了没有赋值的变量？）"
# "-" means standard input to many programs; drafter reads files only (a file really named "-" is still read as
# ./-). As -o of draft it is standard output, which that option handles itself.
_DASH_PATH = "“-”（标准输入）不支持：请写文件或文件夹的路径（名叫“-”的文件请写成 ./-）"


def _refuse_unreadable_name(
    kind: click.Path | click.types.StringParamType, value: Any, param: click.Parameter | None, ctx: click.Context | None
) -> None:
    """An input named by nothing (an unset variable) or by "-" (standard input) is refused in words."""
    if isinstance(value, str) and not value.strip():
        kind.fail(_EMPTY_PATH, param, ctx)
    if value == "-":
        kind.fail(_DASH_PATH, param, ctx)


class _Given(click.Path):
    """A path the user typed: an empty one (an unset shell variable, ``""``) is refused instead of being read
    as the current folder (``drafter batch "" -o 输出`` drafted every facts file where it was run)."""

    def __init__(self) -> None:
        super().__init__(path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        _refuse_unreadable_name(self, value, param, ctx)
        return super().convert(value, param, ctx)


class _GivenText(click.types.StringParamType):
    """A path, pattern or template name kept as text (batch expands its own globs), refused when empty as
    :class:`_Given` is (a template named "" was looked for in the current folder)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        _refuse_unreadable_name(self, value, param, ctx)
        return super().convert(value, param, ctx)


class _OutputFile(click.Path):
    """A file to write: a name ending in a slash means a folder to the user, but Path drops the slash and
    the draft would be written as a file of that name (``-o 输出/`` made a file called 输出)."""

    def __init__(self, example: str, *, stdout: bool = True) -> None:
        super().__init__(path_type=Path)
        self.example = example
        self.stdout = stdout  # whether "-" (standard output) is understood here

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            if not value.strip():
                self.fail(f"输出文件名是空的；{_EMPTY_PATH}", param, ctx)
            # A name pasted with a space before or after it (-o " 通知.docx", copied from a Word table or a chat):
            # the file was written as " 通知.docx", listed apart from 通知.docx and, with a space at its end, a name
            # Windows Explorer cannot open or delete. The spaces (full-width too) are no part of the name.
            folder, name = os.path.split(value)
            if name != name.strip():
                value = os.path.join(folder, name.strip()) if folder else name.strip()
            if value == "-" and not self.stdout:
                # --report - wrote a file named "-".
                self.fail(
                    f"“-”（标准输出）这里不支持：请写文件名，如 {self.example}（名叫“-”的文件请写成 ./-）", param, ctx
                )
            if value.endswith(("/", "\\")) or (os.altsep and value.endswith(os.altsep)):
                self.fail(
                    f"“{value}”以“{value[-1]}”结尾，是文件夹；这里要写文件名，如 {value}{self.example}", param, ctx
                )
        return super().convert(value, param, ctx)


class _Formatter(click.HelpFormatter):
    """click's help layout, measured in terminal columns: a Chinese character takes two."""

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_width = min(max((cli_zh.columns(first) for first, _ in rows), default=0), col_max)
        text_start = self.current_indent + first_width + col_spacing
        room = max((self.width or 80) - text_start, 20)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            used = cli_zh.columns(first)
            if not second:
                self.write("\n")
                continue
            if used <= first_width:
                self.write(" " * (first_width - used + col_spacing))
            else:
                self.write("\n" + " " * text_start)
            lines = cli_zh.wrap(second, room)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * text_start + line + "\n")


class _Context(click.Context):
    formatter_class = _Formatter


class _Command(click.Command):
    context_class = _Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """An option that takes one value given twice is refused: ``draft -o 甲.docx -o 乙.docx`` (a command line
        edited by adding rather than changing) wrote 乙.docx alone and said nothing of 甲.docx."""
        if not ctx.resilient_parsing:
            try:
                _, _, order = self.make_parser(ctx).parse_args(args=list(args))
            except click.NoSuchOption as exc:
                raise _dash_name(exc, args, ctx) from None
            seen: set[click.Parameter] = set()
            for param in order:
                once = isinstance(param, click.Option) and not (param.multiple or param.count or param.is_flag)
                if once and param in seen:
                    names = "/".join(param.opts)
                    raise click.UsageError(f"选项 {names} 写了不止一次，只能写一次（不知道该用哪一个）", ctx)
                seen.add(param)
        return super().parse_args(ctx, args)


def _say(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """click.echo for everything drafter prints: control characters from users' files are shown, not obeyed."""
    from .terminal import safe_text

    click.echo(safe_text(message), err=err, nl=nl)


def _dash_name(exc: click.NoSuchOption, args: list[str], ctx: click.Context) -> click.UsageError:
    """A file whose name starts with "-" (-通知.yaml, --定稿.yaml) is read as options: click said only 没有“-通”这个
    选项, a name the clerk never typed. Such a file is named, with the two ways to give it."""
    name = next((arg for arg in args if arg.startswith(exc.option_name) and arg != exc.option_name), exc.option_name)
    if not (os.path.lexists(name) or not name.isascii() or "." in name):
        return exc
    return click.UsageError(
        f"“{name}”以“-”开头，被当成了选项；文件名以“-”开头时请写成 ./{name}（或在它前面写 -- ）", ctx
    )


class _Group(click.Group):
    """Catches DrafterError once for every command: message to stderr, no traceback unless --debug."""

    command_class = _Command
    group_class = type
    context_class = _Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[选项]")
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)

    def main(self, args: Any = None, prog_name: str | None = None, *rest: Any, **extra: Any) -> Any:
        """click's own run loop, with its usage errors said in Chinese."""
        if extra.get("standalone_mode", True) is False or rest:
            return super().main(args, prog_name, *rest, **extra)
        extra.pop("standalone_mode", None)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.exceptions.ClickException as exc:
            _show_click_error(exc)
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo(cli_zh.translate("Aborted!"), err=True)
            sys.exit(1)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            sys.exit(1)  # the reader (head, a closed pager) went away: nothing left to say
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            said = shorten_quotes(str(exc))
            _say(f"错误：{said}" if "\n" not in said else said, err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            # Ctrl-C or SIGTERM: whatever was being written has been removed on the way out.
            if ctx.obj and ctx.obj.get("debug"):
                raise
            _say("已中断：没有留下写了一半的文件。", err=True)
            ctx.exit(128 + _STOP_SIGNAL[0])
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # a user sees a sentence, never a traceback (unless --debug)
            if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                raise  # the reader went away (| head): main ends quietly; it was '出现意外错误（BrokenPipeError…）'
            if ctx.obj and ctx.obj.get("debug"):
                raise
            _say(f"错误：{unexpected_problem(exc)}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", message="drafter %(version)s")
@click.option("--debug", is_flag=True, help="出错时显示完整的 Python 调用栈（排查问题用）。")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """drafter：公文起草助手。按 GB/T 9704-2012 把 YAML 事实文件写成 .docx。

    \b
    常用命令：
      drafter new 会议通知 -o 通知.yaml     生成带注释的事实文件
      drafter draft 通知.yaml               起草公文，得到 通知.docx
      drafter templates list                查看可用模板
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@main.command(context_settings=CONTEXT)
@click.argument("facts", type=_Given(), metavar="事实文件")
@click.option(
    "-o",
    "--output",
    type=_OutputFile("通知.docx"),
    metavar="文件",
    help="输出文件；默认是当前文件夹下与事实文件同名的 .docx；“-”表示写到标准输出。",
)
@click.option(
    "-t",
    "--template",
    "template",
    type=_GivenText(),
    metavar="文种|文件夹",
    help="模板：内置文种（通知、请示、报告、函、批复、通报、意见、通告、会议通知、工作总结、实施方案、会议纪要、讲话稿、简报）或模板文件夹；默认看事实文件里的“文种”。",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["docx", "pdf", "md", "txt"]),
    help="输出格式；默认按输出文件扩展名，否则 docx。pdf 由 LibreOffice 排版生成（需要安装 LibreOffice）。",
)
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")
@click.option(
    "-r",
    "--reference",
    type=_Given(),
    metavar="红头模板.docx",
    help="本单位的 Word 文件（.docx）：沿用它的页面设置、同名样式的字体字号和页眉页脚（含图片）；正文仍按事实和 GB/T 9704 排。",
)
@click.option(
    "--allow-placeholders",
    is_flag=True,
    help="事实文件里还有“〔请填写：……〕”或“〔示例〕”时也照样起草（只想先看版式时用）。",
)
def draft(
    facts: Path,
    output: Path | None,
    template: str | None,
    fmt: str | None,
    force: bool,
    reference: Path | None,
    allow_placeholders: bool,
) -> None:
    """按事实文件（.yaml）起草一份公文。"""
    from .catalog import template_option
    from .drafting import draft_file

    template = template_option(template)

    if output is not None and str(output) == "-":
        _draft_to_stdout(facts, template, fmt or "txt", reference, allow_placeholders)
        return
    started = time.perf_counter()
    result = draft_file(
        facts,
        output=output,
        template=template,
        fmt=fmt,
        force=force,
        reference=reference,
        allow_placeholders=allow_placeholders,
    )
    elapsed = (time.perf_counter() - started) * 1000
    replaced = "；替换了上次起草、之后没有改动过的同名文件" if result.replaced else ""
    _say(f"已生成 {result.output}（{result.template.title}，{elapsed:.0f} 毫秒{replaced}）")
    _show_warnings(result.warnings)
    if result.reference:
        _say("沿用参考文件：" + "；".join(result.reference))


def _show_warnings(warnings: Iterable[Problem]) -> None:
    for line in shown_lines([str(warning) for warning in warnings], "条提醒"):
        _say(f"提醒：{line}", err=True)


def _draft_to_stdout(
    facts: Path, template: str | None, fmt: str, reference: Path | None, allow_placeholders: bool = False
) -> None:
    """``-o -``: the draft on standard output (plain text unless --format says otherwise), nothing on disk."""
    from .drafting import build_draft, encode, red_head_twice, reference_notes, sheet_for
    from .errors import UsageError

    stream = sys.stdout.buffer
    if fmt in ("docx", "pdf") and stream.isatty():
        raise UsageError(f"不能把 .{fmt} 写到终端；请重定向到文件（> 文件.{fmt}）或改用 --format txt")
    warnings: list[Problem] = []
    spec, built = build_draft(facts, template=template, warnings=warnings, allow_placeholders=allow_placeholders)
    laid_out = fmt in ("docx", "pdf")
    sheet = sheet_for(spec, reference) if laid_out else None  # a reference that cannot be used stops here
    if laid_out:
        warnings.extend(red_head_twice(spec, reference, built, str(facts)))
    _show_warnings([*warnings, *reference_notes(spec, reference, laid_out)])
    if sheet is not None:
        data = encode(built, fmt, sheet=sheet)
    else:
        data = encode(built, fmt)
        if stream.isatty():  # a preview on screen: the facts' control characters are shown, not obeyed
            from .terminal import safe_text

            data = safe_text(data.decode("utf-8")).encode("utf-8")
    stream.write(data)
    stream.flush()


@main.command(context_settings=CONTEXT, short_help="生成某个文种带中文说明和示例的事实文件（或 Excel 表格）。")
@click.argument("genre", required=False, metavar="[文种]")
@click.option(
    "-t",
    "--template",
    "template",
    type=_GivenText(),
    metavar="文种|文件夹",
    help="模板文件夹（例如 drafter mine 生成的模板）。",
)
@click.option("-o", "--output", type=_OutputFile("通知.yaml"), metavar="文件", help="写到这个文件；不给时打印到屏幕。")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")
@click.option(
    "--xlsx",
    "as_sheet",
    is_flag=True,
    help="生成待填写的 Excel 表格（每列一个字段，第二行是示例；另有“说明”工作表），填好后用 drafter batch 表格.xlsx 批量起草。",
)
def new(genre: str | None, template: str | None, output: Path | None, force: bool, as_sheet: bool) -> None:
    """生成某个文种（通知、请示、报告、函、批复、通报、意见、通告、会议通知、工作总结、实施方案、会议纪要、讲话稿、简报）的事实文件，每一项都带中文说明和示例。"""
    from .api import new as new_starter

    if output is not None and str(output) == "-" and not as_sheet:
        output = None  # standard output, as draft -o - is (it wrote a file named "-", which draft then refused)
    started = new_starter(genre, template=template, output=output, force=force, sheet=as_sheet)
    if started.sheet:
        _say(f"已生成 {started.output}；填好后运行：drafter batch {command_word(str(started.output))} -o 输出文件夹")
    elif started.output is None:
        _say(started.text, nl=False)
    else:
        _say(f"已生成 {started.output}；修改后运行：drafter draft {command_word(str(started.output))}")


@main.group(context_settings=CONTEXT)
def templates() -> None:
    """查看内置模板及其章节、字段。"""


@templates.command("list", context_settings=CONTEXT)
@click.argument("folder", required=False, type=_GivenText(), metavar="[文件夹]")
def templates_list(folder: str | None) -> None:
    """列出内置模板；给出文件夹（如 drafter mine 的输出文件夹）时列出其中的模板。"""
    from .catalog import builtin_templates, folder_templates

    if folder is None:
        for spec in builtin_templates():
            _say(f"{spec.title}（{spec.name}）：{spec.description}")
        return
    found, problems = folder_templates(Path(folder))
    for path, spec in found:
        _say(f"{spec.title}（{path}）：{spec.description}")
    if found:
        _say(f"起草：drafter new --template {command_word(str(found[0][0]))} -o 事实.yaml（换成要用的模板文件夹）")
    if problems:
        raise TemplateError("\n".join(problems))


@templates.command("show", context_settings=CONTEXT)
@click.argument("name", type=_GivenText(), metavar="模板")
def templates_show(name: str) -> None:
    """显示模板（文种名或模板文件夹）的章节顺序和字段。"""
    from .catalog import dropped_sections, find_template

    spec = find_template(name)
    _say(f"{spec.title}（{spec.name}）  {spec.path}")
    if spec.description:
        _say(spec.description)
    if spec.reference is not None:
        _say(f"参考文件：{spec.reference}（页面设置、样式字体字号和页眉页脚以它为底）")
    _say("\n章节：")
    for index, section in enumerate(spec.sections, 1):
        condition = f"（填写“{section.when}”时才有）" if section.when else ""
        _say(f"  {index}. {section.title or section.name}{condition}")
    _say("\n字段：")
    dropped = dropped_sections(spec)
    for field in spec.fields:
        need = "必填" if field.required else "可选"
        gone = f"（模板去掉了“{dropped[field.name].title}”这一节，不排）" if field.name in dropped else ""
        _say(
            f"  {field.name}（{need}，{field.type_label}）{gone}"
            + (f"：{field.description}" if field.description else "")
        )


@main.command(context_settings=CONTEXT, short_help="批量起草：事实文件、文件夹、通配符、列表文件或 Excel/CSV 表格。")
@click.argument("inputs", nargs=-1, required=True, type=_GivenText(), metavar="输入...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=_Given(),
    metavar="文件夹",
    help="输出文件夹（不存在时自动创建）。",
)
@click.option("-j", "--jobs", type=_Count(1, 256), metavar="N", help="并行的工作进程数；默认为 CPU 核数。")
@click.option(
    "-t",
    "--template",
    "template",
    type=_GivenText(),
    metavar="文种|文件夹",
    help="所有事实文件都用这个模板（否则看各自的“文种”）。",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["docx", "pdf", "md", "txt"]),
    default="docx",
    show_default=True,
    help="输出格式。",
)
@click.option("--force", is_flag=True, help="覆盖已经存在的输出文件（默认跳过）。")
@click.option(
    "--report",
    type=_OutputFile("结果.json", stdout=False),
    metavar="文件",
    help="把结果按输入顺序写成报告（每次运行重写）：文件名以 .csv 结尾时写成 Excel/WPS 能直接打开的表格，否则写 JSON。",
)
@click.option("--shard", metavar="I/N", help="只起草第 I 份（共 N 份）：第 I、I+N、I+2N… 项，便于多台机器分担。")
@click.option(
    "-r",
    "--reference",
    type=_Given(),
    metavar="红头模板.docx",
    help="本单位的 Word 文件（.docx）：沿用它的页面设置、同名样式的字体字号和页眉页脚（含图片）；正文仍按事实和 GB/T 9704 排。",
)
@click.option(
    "--defaults",
    type=_Given(),
    metavar="默认.yaml",
    help="各项共用的内容（事实文件）：表格的每一行、每个事实文件都在它的基础上填写，自己写了的覆盖它。",
)
@click.option(
    "--allow-placeholders",
    is_flag=True,
    help="事实文件或表格里还有“〔请填写：……〕”或“〔示例〕”时也照样起草（只想先看版式时用）。",
)
def batch(
    inputs: tuple[str, ...],
    output: Path,
    jobs: int | None,
    template: str | None,
    fmt: str,
    force: bool,
    report: Path | None,
    shard: str | None,
    reference: Path | None,
    defaults: Path | None,
    allow_placeholders: bool,
) -> None:
    """批量起草：输入是事实文件、文件夹（其中所有 .yaml/.yml）、通配符、带“默认:”和“批量:”的列表文件，或 Excel/CSV 表格（.xlsx、.csv：第一行是字段名，每行一份公文）。

    \b
    退出码：0 全部生成（或已存在而跳过）；4 有失败的项；1 无法开始；2 用法错误。
    """
    import signal

    from .batch import check_report_target, parse_shard, run_batch
    from .batch_plan import expand_inputs
    from .catalog import template_option
    from .output import check_writable, extension, write_atomic
    from .terminal import safe_json
    from .workers import signals_ignored

    template = template_option(template)
    if not any(_found(given) for given in inputs):
        # Nothing to draft from at all (a name typed wrong): 无法开始, exit 1, and no empty output folder made;
        # it was a batch of one failed item, exit 4, with the -o folder left behind (hostile13).
        _refuse_missing(tuple(Path(given) for given in inputs), "没有起草任何文件")
    shard_spec = parse_shard(shard) if shard else (1, 1)
    if (
        report is not None
        and not extension(report)
        and report.name.strip(".-")
        and not os.path.lexists(report)
        and not _made_by_batch(report, output)
    ):
        # --report 结果 (or 2025.03.18结果): the JSON was written to a file without an extension, which nothing opens
        # by a double-click, as draft -o 会议通知 was before it got .docx.
        named_report = str(report)
        report = report.with_name(report.name.rstrip(".") + ".json")
    else:
        named_report = ""
    sources = expand_inputs(inputs) + ([defaults] if defaults is not None else []) if report is not None else []
    if report is not None and _made_by_batch(report, output):
        # --report 输出 -o 输出 (or a folder above it): batch makes that folder, drafted every item into it and only
        # then failed to write the report there (这是一个文件夹，不能写成文件), exit 1 and no report.
        same = os.path.abspath(report) == os.path.abspath(output)
        what = "是输出文件夹（-o）" if same else f"是输出文件夹 {output} 所在的文件夹"
        raise OutputError(f"{report}: {what}，不能写成报告；报告要写成一个文件，如 --report {output / '结果.csv'}")
    deferred = report is not None and _made_by_batch(report.parent, output)
    if report is not None and not deferred:
        # A report inside the output folder this run makes (-o 输出 --report 输出/报告.csv, the first run) has
        # nothing there to protect, and the folder is there when the report is written: it was refused with
        # 输出文件夹 输出 不存在, the -o folder's own name, though -o says it is made.
        check_writable(report, force=True, inputs=sources)
        check_report_target(report, force=force)
    if reference is not None:
        _show_reference_notes(reference, fmt)
    signal.signal(signal.SIGTERM, _interrupt)
    bar = _BatchProgress()
    try:
        result = run_batch(
            list(inputs),
            output,
            jobs=jobs,
            template=template,
            fmt=fmt,
            force=force,
            shard=shard_spec,
            progress=bar,
            reference=reference,
            defaults=defaults,
            allow_placeholders=allow_placeholders,
        )
    finally:
        bar.close()
    # Interrupted or not, the summary and the report are written (a second Ctrl-C cannot cut them short).
    with signals_ignored() if result.interrupted else contextlib.nullcontext():
        _show_batch_items(result, report)
        rate = result.count("drafted") / result.seconds if result.seconds else 0.0
        if result.interrupted:
            cause = "收到终止信号（SIGTERM）" if _STOP_SIGNAL[0] == signal.SIGTERM else "按下了 Ctrl-C"
            _say(
                f"已中断（{cause}）：已经生成的文件都完整；还有 {result.not_done} 项没有起草，"
                "再次运行同一命令会跳过已生成的文件、完成其余各项。",
                err=True,
            )
        if result.unrecorded:
            _say(
                f"提醒：{result.unrecorded}；再次运行时，事实改动过的项不会自动重新起草，"
                "要重新起草的项请先删去它的文件再运行（或加 --force 全部重新起草）",
                err=True,
            )
        if result.stopped:
            _say(
                f"已停止：{result.stopped}，还有 {result.not_done} 项没有起草；"
                "把它放回原处（或另建一个）后再次运行同一命令，完成其余各项。",
                err=True,
            )
        again = f"（其中重新起草 {result.redrafted}）" if result.redrafted else ""
        _say(
            f"{'中断前' if result.interrupted else '停止前' if result.stopped else '完成'}：生成 {result.count('drafted')}{again}，"
            f"跳过 {result.count('skipped')}，失败 {result.count('failed')}"
            + (f"，未完成 {result.not_done}" if result.interrupted or result.stopped else "")
            + f"（共 {result.total} 项，用时 {result.seconds:.1f} 秒，{rate:.0f} 篇/秒）"
        )
        if report is not None:
            if report.suffix.lower() == ".csv":
                data = result.to_csv()
            else:
                data = safe_json(result.to_json(), indent=1).encode("utf-8")
            # Not over a file an item was drafted from either (实施方案.txt a notice issues, typed as the report).
            used = {Path(path) for item in result.results for path in item.used}
            if deferred:
                # Whatever is at its name now, this run drafted it (-o 输出 --report 输出/名单-2.docx).
                check_report_target(report)
            write_atomic(report, data, force=True, inputs=[*sources, *sorted(used)])
            if named_report:
                _say(f"报告写在 {report}（--report {named_report} 没写扩展名，按 JSON 写；要表格请写 .csv）", err=True)
    if result.interrupted:
        raise click.exceptions.Exit(128 + _STOP_SIGNAL[0])
    if result.exit_code:
        raise click.exceptions.Exit(result.exit_code)


def _show_reference_notes(reference: Path, fmt: str) -> None:
    """A batch's --reference that gives nothing (or not its 红头) is said once, before the first item."""
    from .drafting import reference_notes
    from .errors import DrafterError

    try:
        notes = reference_notes(None, reference, fmt in ("docx", "pdf"))
    except DrafterError:
        return  # a reference that cannot be used is refused by the batch itself, in its turn
    _show_warnings(notes)


def _reminded_item(item: ItemResult, warning: str) -> str:
    """Which item a batch reminder is of, said after it: the output file, and the item (第3行, 第2项) where
    the reminder's place does not name it. A 默认's 会议时间 before the 成文日期 of one row was said at the
    默认's line, and a sheet's reminders came after every row's progress line: neither said which file to
    look at."""
    output = display_line(item.output) if item.output else ""
    named = warning.startswith(item.label) or item.label == item.source
    if named:
        return f"（起草为 {output}）" if output else ""
    return f"（{item.label}，起草为 {output}）" if output else f"（{item.label}）"


def _made_by_batch(folder: Path, output: Path) -> bool:
    """Whether ``folder`` does not exist yet and is the output folder or one of the folders above it, which
    batch makes before it drafts."""
    if folder.exists():
        return False
    made, output = Path(os.path.abspath(folder)), Path(os.path.abspath(output))
    return made == output or made in output.parents


def _show_batch_items(result: BatchReport, report: Path | None = None) -> None:
    """Reminders, redrafts and failures in input order; a problem every item of a list shares, once.

    Of one input file (a sheet of 3000 rows) the first failed items are listed in full and the rest
    counted: the report file, when asked for, lists every one.
    """
    shared_labels = {label for _, labels in result.shared for label in labels}
    together: dict[tuple[str, ...], list[str]] = {}  # the items that share them: several columns, one heading
    for problem, labels in result.shared:
        together.setdefault(labels, []).append(problem)
    for labels, problems in together.items():
        what = "同一个问题" if len(problems) == 1 else f"同样的 {len(problems)} 个问题"
        _say(f"失败：{len(labels)} 项都因为{what}没有生成：", err=True)
        for problem in problems:
            _say(f"  {problem}", err=True)
    shown: dict[str, int] = {}  # failed items listed, by input file
    hidden: dict[str, int] = {}
    reminded: dict[str, int] = {}  # reminders listed, by input file
    quiet: dict[str, int] = {}
    kept: dict[str, int] = {}  # skipped items whose reason was listed, by input file
    unsaid: dict[str, int] = {}
    for item in result.results:
        source = item.source or item.label
        for warning in item.warnings:
            if reminded.get(source, 0) >= SHOWN_PROBLEMS:
                quiet[source] = quiet.get(source, 0) + 1
                continue
            reminded[source] = reminded.get(source, 0) + 1
            _say(f"提醒：{warning}{_reminded_item(item, warning)}", err=True)
        if item.redrafted:
            _say(f"重新起草：{item.label}（{item.redrafted}）", err=True)
        if item.status == "skipped" and item.errors and not item.current:
            # Facts changed but the output was edited by hand, or is not a batch's: say why it stayed.
            if kept.get(source, 0) >= SHOWN_FAILED_ITEMS:
                unsaid[source] = unsaid.get(source, 0) + 1
            else:
                kept[source] = kept.get(source, 0) + 1
                _say(f"跳过：{display_line(item.output or item.label)}：{item.errors[0]}", err=True)
        if item.status != "failed":
            continue
        errors = list(item.errors)
        if item.label in shared_labels:
            once = {str(problem) for problem in item.unknown} | set(item.missing_errors)
            errors = [error for error in errors if error not in once]
            if not errors:
                continue
        if shown.get(source, 0) >= SHOWN_FAILED_ITEMS:
            hidden[source] = hidden.get(source, 0) + 1
            continue
        shown[source] = shown.get(source, 0) + 1
        _say(f"失败：{item.label}", err=True)
        for error in shown_lines(errors):
            _say(f"  {error}", err=True)
    where = f"见报告 {report}" if report is not None else "加 --report 报告.csv 可以列出每一项"
    for source, count in quiet.items():
        _say(f"提醒：{source} 另有 {count:,} 条提醒，没有逐项列出（{where}）", err=True)
    for source, count in unsaid.items():
        _say(f"跳过：{source} 另有 {count:,} 项跳过，没有逐项列出原因（{where}）", err=True)
    for source, count in hidden.items():
        _say(f"失败：{source} 另有 {count:,} 项失败，没有逐项列出（{where}）", err=True)


SHOWN_FAILED_ITEMS = 10  # failed items of one input file listed in full on the terminal


def _show_click_error(exc: click.exceptions.ClickException) -> None:
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())) and ctx is not None:
        click.echo(ctx.get_help(), err=True)
        return
    if isinstance(exc, click.exceptions.UsageError) and ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        help_option = ctx.help_option_names[0] if ctx.help_option_names else "--help"
        _say(f"运行“{ctx.command_path} {help_option}”查看帮助。\n", err=True)
    command = ctx.command.name if ctx is not None and ctx.command is not None else ""
    _say("错误：" + cli_zh.tidy(exc.format_message(), command or ""), err=True)


_STOP_SIGNAL = [2]  # the signal that interrupted the run (SIGINT unless _interrupt saw another)


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops drafter the way Ctrl-C does: finished files stay, nothing is half-written."""
    _STOP_SIGNAL[0] = signum
    raise KeyboardInterrupt


class _BatchProgress:
    """done/total, rate and ETA on a terminal; one plain line per item otherwise."""

    def __init__(self) -> None:
        self.terminal = sys.stderr.isatty()
        self.bar: ProgressBar[Any] | None = None
        self.started = time.perf_counter()

    def __call__(self, result: object, done: int, total: int) -> None:
        from .batch import ItemResult

        assert isinstance(result, ItemResult)
        if not self.terminal:
            word = {"drafted": "已生成", "skipped": "跳过", "failed": "失败"}[result.status]
            target = result.label if result.status == "failed" else result.output or result.label
            _say(f"[{done}/{total}] {word} {target}", err=True)
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=total,
                label="起草",
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
                item_show_func=lambda _: self._rate(),
            )
            self.bar.__enter__()
        self.bar.update(1, result)

    def _rate(self) -> str:
        elapsed = time.perf_counter() - self.started
        done = self.bar.pos if self.bar is not None else 0
        return f"{done / elapsed:.0f} 篇/秒" if elapsed > 0 else ""

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _found(given: str) -> bool:
    """Whether an input names something on disk, or is a glob pattern that matches a file."""
    from .walk import Walk, glob_files

    if os.path.lexists(given):
        return True
    return any(ch in given for ch in "*?[") and bool(glob_files(given, Walk()))


def _refuse_missing(paths: tuple[Path, ...], nothing: str = "没有分析任何文件") -> None:
    """A path typed wrong is said to be missing before any work (it was skipped as a file of no known type)."""
    from .errors import InputError
    from .walk import Walk, glob_files

    missing = [path for path in paths if not os.path.lexists(path)]
    # A glob pattern ('旧文件/**/*.docx', as the README offers; PowerShell passes it unexpanded) is no path
    # on disk: it is missing only when it matches nothing (it was refused as a file that does not exist).
    patterns = [path for path in missing if any(ch in str(path) for ch in "*?[")]
    unmatched = [path for path in patterns if not glob_files(str(path), Walk())]
    if unmatched:
        shown = "、".join(display_line(str(path)) for path in unmatched)
        raise InputError(f"{shown}: 没有匹配到任何文件，请检查通配符和路径（{nothing}）")
    missing = [path for path in missing if path not in patterns]
    if len(missing) == 1:
        # 001-speech (its .txt left off, as Windows hides it) or 通知.TXT beside 通知.txt: the name meant is offered,
        # as draft offers it.
        from .textio import named_like

        shown = display_line(str(missing[0]))
        meant = named_like(missing[0], shown)
        if meant:
            raise InputError(f"{shown}: 文件或文件夹不存在{meant}；{nothing}")
    if missing:
        shown = "、".join(display_line(str(path)) for path in missing)
        raise InputError(f"{shown}: 文件或文件夹不存在，请检查路径（{nothing}）")


def _say_early(message: str) -> None:
    """A 提醒 said while the work goes on (a file large enough to take minutes), on stderr, stdout kept for --json."""
    _say(message, err=True)


def _say_skipped(skipped: Sequence[SkippedFile], where: str) -> None:
    """The files passed over, those skipped for the same reason on one line: a folder of 400 scanned PDFs
    printed 400 lines of 跳过 above the summary, and the one broken .docx among them was lost in the scroll.
    Past SHOWN_PROBLEMS lines the rest are counted and ``where`` says where all of them are listed."""
    groups: dict[str, list[str]] = {}
    for item in skipped:
        why = item.reason[len(item.path) :] if item.reason.startswith(item.path + ": ") else ""
        # A reason with its own line and column (a broken byte at 4:1) is the file's own: said alone.
        groups.setdefault(why or item.reason, []).append(item.path)
    lines = []
    for why, names in groups.items():
        if len(names) <= 3 or not why.startswith(": "):
            lines += [f"跳过 {display_line(name + why if why.startswith(': ') else why)}" for name in names]
            continue
        shown = "、".join(display_line(name) for name in names[:3])
        lines.append(f"跳过 {len(names)} 个文件（{shown} 等）{display_line(why)}")
    said = shown_lines(lines, "行")
    if len(said) < len(lines):
        said[-1] += f"；{where}"
    for line in said:
        _say(line, err=True)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=_Given(), metavar="路径...")
@click.option("--json", "as_json", is_flag=True, help="输出一个 JSON 对象（供其他工具使用）。")
@_MINING_JOBS
def parse(paths: tuple[Path, ...], as_json: bool, jobs: int) -> None:
    """分析过往公文（文件或文件夹）：拆分文档，识别文种、标题和各级标题。"""
    from .mining.parse import parse_paths

    _refuse_missing(paths)
    parsed, skipped = parse_paths(paths, jobs=jobs, notice=_say_early)
    _say_skipped(skipped, "全部列在输出的 skipped 里" if as_json else "加 --json 可以列出全部")
    if as_json:
        from .terminal import safe_json

        payload = {"files": [f.to_json() for f in parsed]}
        if skipped:
            payload["skipped"] = [{"path": s.path, "reason": s.reason} for s in skipped]
        click.echo(safe_json(payload, indent=1))
    else:
        from .mining.report import outline_text

        _say(outline_text(parsed), nl=False)
    if not parsed:
        from .errors import InputError
        from .mining.reader import nothing_readable

        raise InputError(nothing_readable(paths, skipped, listed=True))  # an empty folder said nothing and exited 0


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=_Given(), metavar="路径...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=_Given(),
    metavar="文件夹",
    help="输出文件夹（报告和每个文种的模板）。",
)
@_MINING_JOBS
@click.option("--force", is_flag=True, help="输出文件夹已有内容时替换它。")
@click.option(
    "--json", "as_json", is_flag=True, help="把报告（report.json 的内容）打印到标准输出，其余提示写到标准错误。"
)
def mine(paths: tuple[Path, ...], output: Path, jobs: int, force: bool, as_json: bool) -> None:
    """从过往公文（文件或文件夹）中挖掘结构、常用语句和模板，写到 -o 文件夹。"""
    from .mining.mine import mine as run_mine
    from .mining.mine import withheld_note

    _refuse_missing(paths)
    with _Progress() as progress:
        result = run_mine(list(paths), output, jobs=jobs, force=force, progress=progress, notice=_say_early)
    _say_skipped(result.skipped, f"全部列在 {result.output / 'report.html'} 里")
    _say(
        f"读取 {result.files} 个文件，{result.documents} 篇文档（重复 {result.duplicates} 篇），"
        f"常用语句 {result.phrases} 条",
        err=as_json,
    )
    from .mining.labels import genre_name

    for line in result.carried:
        # The keeper's edits of the templates mined here before: said, so that they are seen kept.
        _say(f"沿用上次的修改：{line}", err=as_json)
    last = ""
    for folder in result.templates:
        # The folder is named by an English slug (bulletin): say the 文种 as the 未生成 lines do.
        named = genre_name(folder.name)
        # A genre the archive holds none of: say the template is the built-in with the unit's 红头 and 版记.
        alone = "（这个文种的材料不够，只带本单位的红头、文号、署名和版记）" if folder in result.head_only else ""
        command = f"drafter new --template {command_word(str(folder))} -o 事实.yaml"
        _say(f"模板：{named}{alone}：{folder}（起草：{command}）", err=as_json)
        learnt = dict(result.habits).get(folder, ())
        if learnt:
            # What the template drafts without being told: named here, with its documents, not only in report.html.
            said = "；".join(f"{_HABIT_NAMES.get(field, field)}“{value}”（{count}）" for field, value, count in learnt)
            # The templates with the unit's 红头 alone mostly share one list: said once, then 同上.
            _say(f"　　本单位惯例：{'同上' if said == last else said}", err=as_json)
            last = said
    for issuer in result.issuers:
        # The unit issues as another body too (its 党委): the templates draft as it where the clerk names it.
        own = "、".join(constant.field for constant in issuer.constants)
        _say(
            f"另一发文机关：{issuer.name}（{issuer.documents} 篇文档）：起草时写“发文机关: {issuer.name}”，"
            f"{own}按它自己的惯例",
            err=as_json,
        )
    for genre, reason in result.not_written:
        _say(f"未生成模板：{genre}：{reason}", err=as_json)
    for genre, folder in result.withheld:
        # The keeper deleted it from the earlier result: left out, and said, with how to have it again.
        _say(f"未生成模板：{genre}：{withheld_note(result.output, folder.name)}", err=as_json)
    _say(f"报告：{result.output / 'report.html'}", err=as_json)
    if as_json:
        click.echo((result.output / "report.json").read_text(encoding="utf-8"))


# A habit's field as a clerk says it (the 红头 is the 发文机关标志; a 文号 pattern, the 文号).
_HABIT_NAMES = {"发文机关标志": "红头", "文号格式": "文号"}


_STAGE_LABELS = {"parse": "读取和分析文件", "segment": "分词、归纳常用语句"}


class _Progress:
    """A progress bar per stage on a terminal (stderr); silent when output is not a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.bar: ProgressBar[Any] | None = None
        self.stage = ""

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def __call__(self, stage: str, amount: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            if self.bar is not None:
                self.bar.__exit__(None, None, None)
            self.stage = stage
            self.bar = click.progressbar(
                length=max(total, 1), label=_STAGE_LABELS.get(stage, stage), file=sys.stderr, show_pos=True
            )
            self.bar.__enter__()
        if amount and self.bar is not None:
            self.bar.update(amount)


def run() -> None:
    """Console-script entry point."""
    import signal

    signal.signal(signal.SIGTERM, _interrupt)
    _printable_streams()
    try:
        main(prog_name="drafter")
    except SystemExit as exc:
        _leave(exc.code)
    _leave(0)


def _printable_streams() -> None:
    """Standard output and error that can print what drafter says. A stream whose encoding has no Chinese at all
    (PYTHONIOENCODING=latin-1, a locale of another language) is written in UTF-8, as click already does for ASCII:
    ``已生成 通知.docx`` raised UnicodeEncodeError after the draft was written (出现意外错误, exit 1, the file there),
    and ``drafter new 通知 > 通知.yaml`` wrote nothing. A character the encoding lacks (a GBK console, a file name
    with an emoji) is escaped (\\uXXXX), as Python writes standard error, instead of stopping the command."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or not hasattr(stream, "reconfigure"):
            continue
        with contextlib.suppress(Exception):
            try:
                "公文".encode(encoding)
            except (UnicodeError, LookupError):
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            else:
                if stream.errors == "strict":
                    stream.reconfigure(errors="backslashreplace")


def _leave(code: str | int | None) -> None:
    """End the process without the interpreter's teardown, when nothing else is still running.

    Freeing every module and object one by one took 20–30 ms of a one-shot draft of about 120 ms;
    the operating system takes the memory back at once. What the teardown does that matters still
    happens: the exit handlers run and the output streams are flushed. With another thread alive
    (a write still going on) or no way to run the handlers, the ordinary exit is taken.
    """
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() > 1 or run_handlers is None:
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): said on stderr, status 1
        with contextlib.suppress(Exception):
            print(code, file=sys.stderr)
        status = 1
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
