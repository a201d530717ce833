"""The library's front door: every command as a plain function with keyword-only options.

``drafter.draft`` and ``drafter.templates`` live here; ``batch``, ``parse`` and ``mine`` are the
stage modules' own functions. Heavy imports wait until a function is called.
"""

from __future__ import annotations

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
    from .docx.sheet import GBT9704
    from .drafting import draft_from_tree, encode, made_from, output_format, refuse_sheet, sheet_for
    from .facts import load_facts, tree_from_data
    from .output import check_writable, write_atomic

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


def templates() -> tuple[TemplateSpec, ...]:
    """The built-in templates (a template folder is found with ``drafter.catalog.find_template``)."""
    from .catalog import builtin_templates

    return builtin_templates()
