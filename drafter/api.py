"""The library's front door: every command as a plain function with keyword-only options.

``drafter.draft``, ``drafter.new`` and ``drafter.templates`` live here; ``batch``, ``parse`` and ``mine`` are the
stage modules' own functions. Heavy imports wait until a function is called.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import Struct

if TYPE_CHECKING:
    from .catalog import TemplateSpec
    from .docx.sheet import StyleSheet
    from .errors import Problem
    from .model import Draft


class Drafted(Struct, frozen=True):
    """One drafted document: its bytes, and where they were written (None when they were not)."""

    data: bytes
    template: TemplateSpec
    draft: Draft
    sheet: StyleSheet
    output: Path | None = None
    warnings: tuple[Problem, ...] = ()  # 提醒: drafted anyway, but worth a look (habits.py, gongwen/checks.py)


def draft(
    facts: Path | str | Mapping[str, Any],
    *,
    output: Path | str | None = None,
    template: str | None = None,
    reference: Path | str | None = None,
    fmt: str | None = None,
    force: bool = False,
    allow_placeholders: bool = False,
) -> Drafted:
    """Draft one document from a facts file or from facts given as a dict (``tree_from_data``).

    Writes ``output`` when one is given (atomically; an existing file only with ``force``); the
    format follows the output's extension, else ``fmt``, else docx. Raises a DrafterError subclass
    whose ``str()`` is the Chinese message, with every problem of the facts at once. Facts still
    holding a starter's placeholders are refused unless ``allow_placeholders`` (as ``drafter draft``'s
    ``--allow-placeholders``); a sheet (.xlsx, .csv) is refused as ``drafter draft`` refuses it.
    """
    from .catalog import template_option
    from .docx.sheet import GBT9704
    from .drafting import draft_from_tree, encode, made_from, output_format, refuse_sheet, sheet_for
    from .facts import load_facts, tree_from_data
    from .output import check_writable, write_atomic

    template = template_option(template)
    target = Path(output) if output is not None else None
    kind = output_format(target, fmt)
    facts_path = None if isinstance(facts, Mapping) else Path(facts)
    if facts_path is not None:
        refuse_sheet(facts_path)
    reference_path = Path(reference) if reference is not None else None
    inputs = [path for path in (facts_path, reference_path) if path is not None]  # never written over
    if target is not None:
        check_writable(target, force=force, inputs=inputs)
    if kind == "pdf":
        from .drafting import require_soffice

        require_soffice(str(target or "PDF"))
    tree = tree_from_data(facts) if isinstance(facts, Mapping) else load_facts(Path(facts))
    warnings: list[Problem] = []
    read: list[Path] = []
    spec, built = draft_from_tree(
        tree, facts_path, template=template, warnings=warnings, read=read, allow_placeholders=allow_placeholders
    )
    sheet = sheet_for(spec, reference_path) if kind in ("docx", "pdf") else GBT9704
    data = encode(built, kind, sheet=sheet)
    if target is not None:
        write_atomic(target, data, force=force, inputs=made_from(spec, facts_path, reference_path, read))
    return Drafted(data, spec, built, sheet, target, tuple(warnings))


class Started(Struct, frozen=True):
    """A starter of ``drafter new``: a facts file (YAML text) or a sheet to fill (.xlsx bytes)."""

    data: bytes
    template: TemplateSpec
    sheet: bool  # an .xlsx to fill row by row (``drafter batch``), else YAML text (``drafter draft``)
    output: Path | None = None  # where it was written; None when it was not

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def new(
    genre: str | None = None,
    *,
    template: str | None = None,
    output: Path | str | None = None,
    force: bool = False,
    sheet: bool = False,
) -> Started:
    """The starter of a genre (通知, 会议通知, 复函 …) or of a template folder: every field with its Chinese
    explanation and example, as YAML text, or with ``sheet`` an .xlsx whose columns are the fields.

    Writes ``output`` when one is given (atomically; an existing file only with ``force``, and never a
    file of the template folder it is made from). A sheet is always written: without ``output`` it is
    named after the genre (``通知.xlsx``) in the current folder.
    """
    from .catalog import find_template, named_choices, template_option
    from .errors import UsageError
    from .output import extension, typed_output, write_atomic
    from .starter import starter_text

    template = template_option(template)
    if not genre and not template:
        raise UsageError("请给出文种（如 drafter new 会议通知）或 --template 模板文件夹")
    target = Path(output) if output is not None else None
    spec = find_template(template or genre or "")
    if genre and template:
        # drafter new 函 --template 挖掘结果/request wrote the 请示 starter without a word: which one is meant
        # cannot be told (draft refuses a 文种 beside a 模板 of another genre the same way).
        named = find_template(genre)
        if named.genre != spec.genre:
            raise UsageError(
                f"文种写的是“{genre}”，模板“{template}”却是{spec.title}；用这个模板时不必再写文种，"
                f"要写“{genre}”请换用它的模板文件夹，或写 drafter new {genre}"
            )
    # Even with force, the output never replaces a file of the template folder the starter is written from
    # (-o 挖掘结果/notice/manifest.yaml put a starter in place of the mined template), as draft never does.
    template_folder = () if spec.builtin else (spec.path,)
    reference = ""
    if not spec.builtin and target is None and template and Path(template).is_absolute():
        # The starter goes to standard output, to be saved in a folder new cannot know: a full path leads to the
        # template from any of them (from the home folder, /tmp/x/挖掘结果/notice was written ../tmp/x/…, a path
        # from the folder the command ran in, ux25 walk). A relative one stays relative to where it was typed.
        reference = str(spec.path)
    elif not spec.builtin:
        base = target.parent if target else Path(".")
        try:
            reference = os.path.relpath(spec.path, base.resolve())
        except ValueError:
            # On Windows no relative path leads from one drive to another (挖掘结果 on D:, the starter on C:):
            # relpath raised, and new ended in an unexpected error. The full path reads back as well.
            reference = str(spec.path.resolve())
    # drafter new 复函 (批评通报, 实施意见) starts that kind: the genre's name found its built-in as an alias and
    # the starter offered the field's example (类别: 去函) instead.
    kinds = {name: choice for name, choice in named_choices(genre or "").items() if spec.field(name) is not None}
    if sheet and target is not None and str(target) == "-":
        raise UsageError("--xlsx 生成的是 Excel 表格，不能写到屏幕上（-o -）；请写出文件名，如 -o 名单.xlsx")
    if target is not None:
        target = typed_output(target, (".yaml", ".yml", ".xlsx"))
    if target is not None and not extension(target) and target.name.strip(".-") and not os.path.lexists(target):
        # -o 新通知 (or 2025.03.18会议通知): a file without an extension, which no editor opens by a double-click,
        # was written as 已生成 新通知, as draft -o did before it added .docx. A name there already is kept.
        target = target.with_name(target.name.rstrip(".") + (".xlsx" if sheet else ".yaml"))
    if sheet:
        from .sheets import write_fill_sheet

        target = target or Path(f"{spec.title}.xlsx")
        if target.suffix.lower() != ".xlsx":
            raise UsageError(f"--xlsx 生成的是 Excel 表格，输出文件应当以 .xlsx 结尾，这里是 {target}")
        data = write_fill_sheet(spec, target, template_ref=reference, chosen=kinds)
        write_atomic(target, data, force=force, inputs=template_folder)
        return Started(data, spec, True, target)
    if target is not None and extension(target).lower() not in (".yaml", ".yml", ".txt", ""):
        # -o 通知.docx wrote the YAML text under a Word name: Word cannot open it and draft refuses it.
        hint = "；要 Excel 表格请加 --xlsx" if target.suffix.lower() in (".xlsx", ".csv") else ""
        raise UsageError(
            f"drafter new 生成的是事实文件（YAML 文本），-o 应当以 .yaml 结尾，如 {target.stem}.yaml，"
            f"这里是 {target}{hint}；写好后再用 drafter draft 生成 .docx"
        )
    data = starter_text(spec, template_ref=reference, chosen=kinds).encode("utf-8")
    if target is not None:
        write_atomic(target, data, force=force, inputs=template_folder)
    return Started(data, spec, False, target)


def templates() -> tuple[TemplateSpec, ...]:
    """The built-in templates (a template folder is found with ``drafter.catalog.find_template``)."""
    from .catalog import builtin_templates

    return builtin_templates()
