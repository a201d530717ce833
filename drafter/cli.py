"""The command line: maps options onto library functions, prints, and owns exit codes.

Exit codes: 0 success; 1 a drafter error (bad facts, template, input or output); 2 bad usage;
4 a batch in which some items failed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import DrafterError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Catches DrafterError once for every command: message to stderr, no traceback unless --debug."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"错误：{exc}" if "\n" not in str(exc) else str(exc), err=True)
            ctx.exit(exc.exit_code)


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
@click.argument("facts", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="输出文件；默认是当前文件夹下与事实文件同名的 .docx。"
)
@click.option(
    "-t",
    "--template",
    "template",
    metavar="NAME|DIR",
    help="模板：内置文种（工作总结、会议通知）或模板文件夹；默认看事实文件里的“文种”。",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["docx", "md", "txt"]),
    help="输出格式；默认按输出文件扩展名，否则 docx。",
)
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")
def draft(facts: Path, output: Path | None, template: str | None, fmt: str | None, force: bool) -> None:
    """按事实文件 FACTS（.yaml）起草一份公文。"""
    from .drafting import draft_file

    started = time.perf_counter()
    result = draft_file(facts, output=output, template=template, fmt=fmt, force=force)
    elapsed = (time.perf_counter() - started) * 1000
    click.echo(f"已生成 {result.output}（{result.template.title}，{elapsed:.0f} 毫秒）")


@main.command(context_settings=CONTEXT)
@click.argument("genre", required=False)
@click.option("-t", "--template", "template", metavar="NAME|DIR", help="模板文件夹（例如 drafter mine 生成的模板）。")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="写到这个文件；不给时打印到屏幕。")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")
def new(genre: str | None, template: str | None, output: Path | None, force: bool) -> None:
    """生成某个文种（GENRE：工作总结、会议通知）的事实文件，每一项都带中文说明和示例。"""
    import os

    from .catalog import find_template
    from .errors import UsageError
    from .output import write_atomic
    from .starter import starter_text

    if not genre and not template:
        raise UsageError("请给出文种（如 drafter new 会议通知）或 --template 模板文件夹")
    spec = find_template(template or genre or "")
    reference = ""
    if not spec.builtin:
        base = output.parent if output else Path(".")
        reference = os.path.relpath(spec.path, base.resolve())
    text = starter_text(spec, template_ref=reference)
    if output is None:
        click.echo(text, nl=False)
        return
    write_atomic(output, text.encode("utf-8"), force=force)
    click.echo(f"已生成 {output}；修改后运行：drafter draft {output}")


@main.group(context_settings=CONTEXT)
def templates() -> None:
    """查看内置模板及其章节、字段。"""


@templates.command("list", context_settings=CONTEXT)
def templates_list() -> None:
    """列出内置模板。"""
    from .catalog import builtin_templates

    for spec in builtin_templates():
        click.echo(f"{spec.title}（{spec.name}）：{spec.description}")


@templates.command("show", context_settings=CONTEXT)
@click.argument("name")
def templates_show(name: str) -> None:
    """显示模板 NAME（文种名或模板文件夹）的章节顺序和字段。"""
    from .catalog import find_template

    spec = find_template(name)
    click.echo(f"{spec.title}（{spec.name}）  {spec.path}")
    if spec.description:
        click.echo(spec.description)
    click.echo("\n章节：")
    for index, section in enumerate(spec.sections, 1):
        condition = f"（填写“{section.when}”时才有）" if section.when else ""
        click.echo(f"  {index}. {section.title or section.name}{condition}")
    click.echo("\n字段：")
    for field in spec.fields:
        need = "必填" if field.required else "可选"
        click.echo(
            f"  {field.name}（{need}，{field.type_label}）{('：' + field.description) if field.description else ''}"
        )


def run() -> None:
    """Console-script entry point."""
    main(prog_name="drafter")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
