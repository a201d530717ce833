"""The drafting flow as library functions: facts file → template → Draft → bytes → file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from msgspec import Struct, structs

from . import reminders
from .catalog import (
    REPORT,
    TemplateSpec,
    common_folder,
    find_template,
    load_template_folder,
    named_choices,
    with_plain_slashes,
)
from .docx.sheet import GBT9704, StyleSheet
from .docx.writer import render_docx
from .embed import written_in
from .errors import (
    NO_GENRE,
    DrafterError,
    ExistsError,
    FactsError,
    InputError,
    Location,
    OutputError,
    Problem,
    TemplateError,
    UsageError,
)
from .facts import SHEET_SUFFIXES, Mapping, Scalar, check_document, duplicate_keys, load_facts, refuse_not_facts
from .facts import Sequence as NodeSequence
from .fields import validate
from .gongwen.wording import NONE_WORDS, none_word
from .model import Draft
from .output import (
    check_writable,
    drafted_from,
    drafted_untouched,
    extension,
    name_beside,
    remember_drafted,
    typed_output,
    write_atomic,
)
from .placeholders import find_placeholders, strip_samples
from .preview import render_markdown, render_text
from .render import render_draft
from .terminal import command_word
from .textio import display_text, read_bytes

FORMATS = ("docx", "md", "txt", "pdf")


class DraftResult(Struct, frozen=True):
    output: Path
    template: TemplateSpec
    draft: Draft
    sheet: StyleSheet = GBT9704
    reference: tuple[str, ...] = ()  # what was taken from a reference file, in words
    warnings: tuple[Problem, ...] = ()  # 提醒: drafted anyway, but worth a look (habits.py, gongwen/checks.py)
    replaced: bool = False  # the file was drafted there before and untouched since: replaced without --force


def reference_for(spec: TemplateSpec, reference: Path | None = None) -> Path | None:
    """The reference file: the one given for this run, else the template's own (``reference:``)."""
    return reference if reference is not None else spec.reference


def made_from(
    spec: TemplateSpec, facts_path: Path | None, reference: Path | None, read: Iterable[Path] = ()
) -> list[Path]:
    """Every file and folder a draft is made from, which no output may replace, not even with --force: the
    facts, the reference file (given or the template's), the facts files they name and the template folder
    (a -o into 实施方案.yaml, which the notice issues, or into the template's body.j2 destroyed them). The
    template's folder counts with the built-in one it extends and the macros every template shares: a -o into
    either (notice/head.j2, _common/_macros.j2) with --force replaced it, and every later draft failed."""
    used = reference_for(spec, reference)
    folders = [spec.path, *([spec.base] if spec.base is not None else []), common_folder()]
    return [path for path in (facts_path, used) if path is not None] + [*read, *folders]


def sheet_for(spec: TemplateSpec, reference: Path | None = None) -> StyleSheet:
    """GB/T 9704, laid over the unit's own Word file when there is one."""
    path = reference_for(spec, reference)
    if path is None:
        return GBT9704
    from .docx.reference import apply_reference, load_reference

    return apply_reference(GBT9704, load_reference(path))


def _missing_folder(
    exc: TemplateError, where: Location, written: str, path: Path, facts_path: Path | None
) -> DrafterError:
    """The facts' 模板 names no folder: say at which line, and where a relative path was looked for.

    A facts file copied to another folder keeps ``模板: 挖掘结果/notice``, which is found next to the
    facts file: the bare '挖掘结果/notice: 模板文件夹不存在' left the clerk to guess why (a walk moved its
    facts and the template it had drafted from a minute before was "missing"). Any other trouble with the
    folder (a manifest the template's author broke) keeps its own message.

    The folders offered are named as the 模板 line would name them, relative to the facts file: a facts file in
    通知/ with 模板: ../挖掘结果 was offered 通知/../挖掘结果/notice, which written there names no folder."""
    try:
        there = path.exists() or path.is_symlink()
    except (OSError, ValueError):
        there = True
    if there:
        return _not_a_template_folder(exc, where, written, path)
    relative = not Path(os.path.expanduser(written)).is_absolute() and facts_path is not None
    near = _nearest_folders(path, written)
    if (path.parent / REPORT).is_file():
        # A folder of drafter mine's output: a typo (挖掘结果/notcie) or a genre not mined. The report says
        # which genres were; it was said without the file, line and field (挖掘结果/notcie: 模板文件夹不存在).
        from .catalog import not_mined

        hint = f"是否想写{near}？" if near else "请照挖掘结果里的模板文件夹名写"
        return FactsError(
            [Problem(where, f"找不到模板文件夹“{written}”{not_mined(path, Path(written))}", field="模板", hint=hint)]
        )
    looked = ""
    # A batch's rows come from a sheet (名单.xlsx), which is what the clerk moved, not a facts file.
    source = "表格" if facts_path is not None and facts_path.suffix.lower() in SHEET_SUFFIXES else "事实文件"
    if relative and facts_path is not None:
        base = facts_path.parent.absolute()
        looked = f"（相对路径按{source}所在的文件夹 {base} 找：{base / written}）"
    hint = (
        f"{source}换了文件夹时，请把“模板:”改成模板文件夹现在的位置（可以写完整路径），或用 --template 指定模板文件夹"
        if relative
        else "请检查路径，或用 --template 指定模板文件夹"
    )
    from .catalog import builtin_templates

    # 模板: 通知, as --template 通知 is written on the command line: a built-in is named by 文种 in the facts.
    builtin = next((t for t in builtin_templates() if written in (t.title, t.name)), None)
    if builtin is not None:
        hint = f"“{written}”是内置文种，请写“文种: {builtin.title}”；“模板:”写的是模板文件夹的路径"
    elif near:
        hint = f"是否想写{near}？{hint}"
    return FactsError([Problem(where, f"找不到模板文件夹“{written}”{looked}", field="模板", hint=hint)])


def _not_a_template_folder(exc: TemplateError, where: Location, written: str, path: Path) -> DrafterError:
    """The facts' 模板 names a file (its manifest.yaml) or drafter mine's output folder itself (one level short
    of 挖掘结果/notice): said at the 模板 line, the folder to write named as that line names folders. Said as the
    template's own path, the clerk was not told which facts file (in a batch, which line) and was offered the
    folder relative to where drafter ran (通知/../挖掘结果/notice), which names none from the facts file."""
    from .catalog import MANIFEST, mined_root

    shown = Path(written)
    try:
        if path.is_file():
            inside = (path.parent / MANIFEST).is_file()
            hint = f"请写文件夹的路径，如“{shown.parent}”" if inside else "请写模板文件夹的路径"
            return FactsError(
                [
                    Problem(
                        where, f"“{written}”是一个文件；模板是一个文件夹（里面有 {MANIFEST}）", field="模板", hint=hint
                    )
                ]
            )
        if path.is_dir() and not (path / MANIFEST).is_file():
            root = mined_root(path, shown)
            return FactsError([Problem(where, f"“{written}”不是模板文件夹（缺少 {MANIFEST}）{root}", field="模板")])
        if not path.is_dir():
            # 模板: /dev/null, or a link to nowhere: said without the facts file and line (/dev/null: 模板文件夹不存在).
            what = (
                "是一个指向不存在的文件夹的链接"
                if path.is_symlink() and not path.exists()
                else "不是文件夹（设备或特殊文件）"
            )
            return FactsError(
                [Problem(where, f"“{written}”{what}；模板是一个文件夹（里面有 {MANIFEST}）", field="模板")]
            )
    except OSError:
        return exc
    return exc


def _nearest_folders(path: Path, written: str, most: int = 3) -> str:
    """The template folders beside the one written (those holding a manifest.yaml), the names nearest it
    first, as the clerk would write them: “挖掘结果/notice”、“挖掘结果/minutes”; "" when there are none.
    A typo in the last name (挖掘结果/notcie) was told the folder does not exist, not which one was meant."""
    import difflib

    try:
        names = sorted(
            entry.name
            for entry in path.parent.iterdir()
            if not entry.name.startswith(".") and entry.is_dir() and (entry / "manifest.yaml").is_file()
        )
    except (OSError, ValueError):
        return ""
    if not names:
        return ""
    close = difflib.get_close_matches(path.name, names, n=most, cutoff=0.5)
    chosen = close or names[:most]
    head = written.rstrip("/\\")[: -len(path.name)] if written.rstrip("/\\").endswith(path.name) else ""
    return "、".join(f"“{head}{name}”" for name in chosen)


def template_for(tree: Mapping, facts_path: Path | None, explicit: str | None) -> TemplateSpec:
    """The template named on the command line, else by the facts' 模板 (a folder) or 文种.

    A relative 模板 folder is found next to the facts file, or in the current folder for facts
    that come from no file.
    """
    if explicit:
        spec = find_template(explicit)
        # The README promises a 文种 (or 模板) of another genre beside --template is said: draft took the
        # option's template silently, and a 批复's facts under --template 挖掘结果/notice were told only that
        # 来文 and 批复意见 are unknown keys.
        _same_genre(tree, spec, explicit, option=True)
        _same_folder_genre(tree, spec, explicit, facts_path)
        return spec
    folder = tree.get("模板")
    named = _named_folder(tree, facts_path)
    if named is not None:
        where, written, path = named
        try:
            spec = load_template_folder(path)
        except TemplateError as exc:
            raise _missing_folder(exc, where, written, path, written_in(where, facts_path)) from exc
        _same_genre(tree, spec, written)
        return spec
    genre = tree.get("文种")
    if genre is None:
        from .chinese import simplified

        # 文種 (a traditional input method): the key is there, under another spelling.
        genre = next((e for e in tree.entries if simplified(e.key).strip() == "文种"), None)
        if genre is not None:
            raise FactsError([Problem(genre.key_location, f"“{genre.key}”应当写成简体的“文种”", field=genre.key)])
    if genre is None and tree.get("sections") is not None and tree.get("fields") is not None:
        # batch over a folder of mined results reads each template's manifest.yaml as facts.
        raise FactsError(
            [
                Problem(
                    tree.location,
                    "这是模板文件夹里的 manifest.yaml（模板的说明），不是事实文件",
                    hint="用 drafter new --template 模板文件夹 生成事实文件，填好后再起草",
                )
            ]
        )
    if genre is None and folder is not None:
        # 模板: left blank or written as a list, and no 文种: the 模板 line is what to fix.
        raise FactsError(
            [
                Problem(
                    folder.key_location,
                    "“模板:”后面要写一个模板文件夹的路径（如 挖掘结果/notice），这里是空的或不是一段文字",
                    field="模板",
                    hint="写上模板文件夹；用内置模板时删去这一行，改写“文种: 通知”这样的一行",
                )
            ]
        )
    if genre is None or not isinstance(genre.value, Scalar) or not genre.value.text.strip():
        where = genre.key_location if genre else tree.location
        raise FactsError(
            [
                Problem(
                    where,
                    "不知道要写哪种公文",
                    field="文种",
                    hint="请在文件开头写“文种: 工作总结”或“文种: 会议通知”，或者用 --template 指定模板",
                    kind=NO_GENRE,
                )
            ]
        )
    try:
        return find_template(genre.value.text)
    except TemplateError as exc:
        raise FactsError([Problem(genre.value.location, str(exc), field="文种")]) from exc


def _named_folder(tree: Mapping, facts_path: Path | None) -> tuple[Location, str, Path] | None:
    """The facts' 模板 folder: where it is written, as written, and the path it names (a relative one next to
    the facts file); None when there is none."""
    folder = tree.get("模板")
    if folder is None or not isinstance(folder.value, Scalar) or not folder.value.text.strip():
        return None
    written = folder.value.text.strip()
    facts_path = written_in(folder.value.location, facts_path)  # a 模板 of --defaults is read beside that file
    # 模板: ~/挖掘结果/notice, as the clerk types paths at the shell, which expands the ~ there: in the facts it
    # was looked for as a folder named “~” beside the facts file.
    path = _beside(Path(os.path.expanduser(written)), facts_path)
    # A slash typed in full-width mode (挖掘结果／notice) or a path copied from Windows (挖掘结果\notice) on a
    # system whose separator is /: not found, and the folders beside the facts file offered instead. Read as
    # the separator where no folder is named so as written.
    plain = with_plain_slashes(written)
    if os.sep == "/":
        plain = plain.replace("\\", "/")
    if plain != written and not _exists(path):
        written, path = plain, _beside(Path(plain), facts_path)
    return folder.value.location, written, path


def _beside(path: Path, facts_path: Path | None) -> Path:
    """A relative template folder is found next to the facts file."""
    return facts_path.parent / path if not path.is_absolute() and facts_path is not None else path


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _same_folder_genre(tree: Mapping, spec: TemplateSpec, explicit: str, facts_path: Path | None) -> None:
    """A facts file's 模板 folder of another genre than the --template given (a 批复's starter drafted with
    --template 挖掘结果/notice). A folder that cannot be read is the option's to replace, as before."""
    found = _named_folder(tree, facts_path)
    if found is None:
        return
    where, written, path = found
    try:
        named = load_template_folder(path)
    except TemplateError:
        return
    if named.genre != spec.genre:
        raise FactsError(
            [
                Problem(
                    where,
                    f"写的是“{written}”（{named.title}），--template 给的“{explicit}”却是{spec.title}",
                    field="模板",
                    hint="去掉 --template 就按这里的模板起草；要用 --template 的模板，请换用那个文种的事实文件",
                )
            ]
        )


def _same_genre(tree: Mapping, spec: TemplateSpec, written: str, *, option: bool = False) -> None:
    """A 文种 written beside 模板 that names another genre (文种: 请示 in a facts file copied from a mined
    notice's): which one is meant cannot be told, and the template's genre was drafted without a word."""
    genre = tree.get("文种")
    if genre is None or not isinstance(genre.value, Scalar) or not genre.value.text.strip():
        return
    try:
        named = find_template(genre.value.text)
    except TemplateError:
        return  # a 文种 no built-in has: the template decides, as before
    if named.genre != spec.genre:
        raise FactsError(
            [
                Problem(
                    genre.value.location,
                    f"文种写的是“{genre.value.text.strip()}”，{'--template 给的' if option else ''}"
                    f"模板“{written}”却是{spec.title}",
                    field="文种",
                    hint="去掉 --template 就按这里的文种起草；要用 --template 的模板，请删去“文种:”一行"
                    if option
                    else "用这个模板时删去“文种:”一行；要写别的文种，请删去“模板:”一行或换一个模板文件夹",
                )
            ]
        )


def build_draft(
    facts_path: Path,
    *,
    template: str | None = None,
    label: str | None = None,
    warnings: list[Problem] | None = None,
    allow_placeholders: bool = False,
    read: list[Path] | None = None,
) -> tuple[TemplateSpec, Draft]:
    """Load, validate and render one facts file into a Draft."""
    tree = load_facts(facts_path, label or str(facts_path))
    return draft_from_tree(
        tree, facts_path, template=template, warnings=warnings, allow_placeholders=allow_placeholders, read=read
    )


def draft_from_tree(
    tree: Mapping,
    facts_path: Path | None = None,
    *,
    template: str | None = None,
    embedded_depth: int = 0,
    warnings: list[Problem] | None = None,
    allow_placeholders: bool = False,
    read: list[Path] | None = None,
) -> tuple[TemplateSpec, Draft]:
    """Validate and render facts already loaded (a file, or one item of a batch list).

    Facts still holding a starter's placeholders (〔请填写：……〕) or marked samples are refused unless
    ``allow_placeholders`` says a draft with them is wanted. Slips the facts file's own lines show
    (habits.py) are mended where the intent is plain; every slip, every date that makes no sense and the
    genre's own sense checks (gongwen/checks.py: 一文一事, no 请示 inside a 报告 …) go into ``warnings``
    when one is given. Facts files the facts name (an attachment's ``文件``) are drafted first and spliced
    in (embed.py); their paths are added to ``read``.
    """
    from . import embed, habits
    from .gongwen.checks import advise

    check_document(tree)
    # Keys written twice are said with the rest (the first value is the one checked): alone, a clerk who
    # fixed one ran again to learn of the missing field and the wrong date.
    marked = duplicate_keys(tree)
    if allow_placeholders:
        stripped = strip_samples(tree)
        assert isinstance(stripped, Mapping)
        tree = stripped
    else:
        marked += find_placeholders(tree)
    spec = template_for(tree, facts_path, template)
    # A spreadsheet row has no YAML lines to look at (sheets.py reads it).
    yaml_file = (
        facts_path if facts_path is not None and facts_path.suffix.lower() in (".yaml", ".yml", ".txt", "") else None
    )
    tree, slips = habits.repair(tree, spec.fields, habits.lines_of(yaml_file))
    try:
        values: dict[str, Any] = validate(tree, spec.fields)
    except FactsError as exc:
        if not marked:
            raise
        # Every problem at once: the placeholders left and what else is wrong (a 成文日期 of 2月30日), each
        # said once (a placeholder is no date either: its value is said as a placeholder). A value is told by
        # its line and column: a sheet row is one line of many cells, and a YAML line may hold several values
        # ({标题: 〔示例〕……, 文号: ……}), so the line alone hid the other cells' mistakes.
        held = {(problem.location.line, problem.location.column) for problem in marked}
        others = [p for p in exc.problems if (p.location.line, p.location.column) not in held]
        found = sorted([*marked, *others], key=lambda p: (p.location.line, p.location.column))
        raise FactsError(found) from None
    if marked:
        raise FactsError(sorted(marked, key=lambda p: (p.location.line, p.location.column)))
    values.update(_named_choices(tree, spec))
    values.update(_issuing_kind(tree, spec, values))
    _none_in_required(spec, tree, values)
    _none_among_names(spec, tree, values)
    values.update(_none_written_plainly(spec, values))
    values.update(_said_none(spec, values))
    values.update(_titles_over_template(spec, tree, values))
    values, checked = habits.check(tree, spec.fields, values, spec.genre)
    addressed = habits.copies_by_semicolons(tree, values)
    addressed += reminders.another_issuer(spec, tree, values) + reminders.issuer_defaults_apart(spec, tree, values)
    addressed += reminders.copied_to_addressee(tree, values) + reminders.named_twice(tree, values)
    checked += advise(spec.genre, tree, values) + reminders.dropped_sections(spec, tree) + addressed
    checked += reminders.copies_left_out(spec, tree, values) + reminders.no_contact(spec, tree, values)
    checked += reminders.samples_kept(spec, tree, values)
    embedded: list[embed.Embedded] = []
    if spec.names_facts_files:  # otherwise there is nothing to find: resolving walks every value
        values, embedded = embed.resolve(
            values, facts_path, depth=embedded_depth, read=read, allow_placeholders=allow_placeholders
        )
    draft = embed.splice(render_draft(spec, values), embedded)
    if warnings is not None:
        found = [*slips, *checked, *habits.check_draft(draft, tree), *reminders.essentials_left_out(spec, tree, draft)]
        found += reminders.long_headings(tree, draft)
        warnings.extend(_at_defaults(spec, tree, sorted(found, key=lambda p: (p.location.line, p.location.column))))
    return spec, draft


def _at_defaults(spec: TemplateSpec, tree: Mapping, problems: list[Problem]) -> list[Problem]:
    """Reminders about a value the facts do not write, taken from the template's manifest, pointed at its default
    there: a keeper's 抄送 default naming an office twice, or a 请示's 主送机关 default naming two, was told at the
    facts' first line (稿.yaml:1:1: 抄送: 第2项……重复), which holds no 抄送, and the clerk could not find it."""
    if not spec.defaults_at:
        return problems
    defaults = dict(spec.defaults_at)
    nowhere = {tree.location, tree.value_location("模板")}  # where a reminder about a key not written points
    moved = []
    for problem in problems:
        name = problem.path[0] if problem.path and isinstance(problem.path[0], str) else problem.field
        at = defaults.get(name)
        if at is not None and problem.location in nowhere and tree.get(name) is None:
            problem = structs.replace(problem, location=at)
        moved.append(problem)
    return moved


def _named_choices(tree: Mapping, spec: TemplateSpec) -> dict[str, str]:
    """The kind a 文种 names (复函, 批评通报, 实施意见) where the facts write none of their own: the field's
    default (类别: 去函) drafted a 复函 as a 去函, its 来函 left out without a word."""
    genre = tree.get("文种")
    if genre is None or not isinstance(genre.value, Scalar):
        return {}
    fields = {field.name: field for field in spec.fields}
    return {
        name: choice
        for name, choice in named_choices(genre.value.text).items()
        if name in fields and choice in fields[name].choices and tree.first(name, *fields[name].aliases) is None
    }


def _issuing_kind(tree: Mapping, spec: TemplateSpec, values: dict[str, Any]) -> dict[str, str]:
    """A notice that writes the document it issues (印发文件) and no 类别 of its own issues it: 转发 where it names
    the office it came from (来文机关, 来文字号), else 印发. Under the 类别's default (布置) the notice was titled
    通知, said nothing but 特此通知。 and left its 贯彻要求 out, the plan it issued following it, with no word."""
    field = spec.field("类别")
    if spec.genre != "notice" or field is None or not values.get("印发文件"):
        return {}
    if tree.first(field.name, *field.aliases) is not None:
        return {}
    kind = "转发" if values.get("来文机关") or values.get("来文字号") else "印发"
    return {"类别": kind} if kind in field.choices else {}


def _none_written_plainly(spec: TemplateSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Optional values that say 无 in quotation marks or brackets (抄送: “无”, 结尾: “不要”, copied from the help
    text with its quotes) or with a table's empty mark (抄送: / in a sheet row), written as the plain word: read as
    无 is below (_said_none, _none_among_names, a mined template's 结尾 switch). Printed as written, the 版记 read
    抄送：“无”。 and a mined plan ended on a paragraph “不要”, with no word."""
    out: dict[str, Any] = {}
    for field in spec.fields:
        value = values.get(field.name)
        if field.required:
            continue
        # A 结语 too (结语: “无”, / in a sheet row): the 函 and 批复 closings read the plain word as no closing.
        if field.type == "text" and isinstance(value, str):
            word = none_word(value)
            if word and word != value:
                out[field.name] = word
        elif isinstance(value, list) and (
            (field.type == "paragraphs" and len(value) == 1)
            or (field.type == "list" and field.item is not None and field.item.type == "text")
        ):
            items = [(none_word(item) or item) if isinstance(item, str) else item for item in value]
            if items != value:
                out[field.name] = items
    return out


def _titles_over_template(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> dict[str, Any]:
    """The 章节标题 the facts write over the template's own (a mined summary's 主要做法: 主要做法, the unit's heading),
    one section at a time: a clerk who renamed only 下步打算 had the summary's 主要做法 go back to the built-in's
    主要做法及成效 (ux28 walk)."""
    field = spec.field("章节标题")
    given = values.get("章节标题")
    if (
        field is None
        or tree.get("章节标题") is None
        or not isinstance(field.default, dict)
        or not isinstance(given, dict)
    ):
        return {}
    return {"章节标题": {**field.default, **{key: title for key, title in given.items() if title is not None}}}


def _said_none(spec: TemplateSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Optional lists of names and lines written as 无 (gongwen's NONE_WORDS, the full stop typed by habit): none. A mined template copies to the unit's usual
    offices unless told otherwise, and 抄送: 无 printed 抄送：无。 in the 版记 (签发人: 无, 发文机关标志: 无
    alike); 印发机关: 无 printed 无　　……印发, 附注: 无 a line （无）. A 结语 is left as written: the
    built-in closings put their default in place of an empty one, which is not what 无 asks."""
    out: dict[str, Any] = {}
    for field in spec.fields:
        value = values.get(field.name)
        if field.required or field.name == "结语":
            continue
        if field.type == "list" and field.item is not None and field.item.type == "text":
            said = value[0] if isinstance(value, list) and len(value) == 1 else None
            if isinstance(said, str) and said.strip().rstrip("。.；;，,") in NONE_WORDS:
                out[field.name] = []
        elif field.type == "text" and isinstance(value, str) and value.strip().rstrip("。.；;，,") in NONE_WORDS:
            out[field.name] = ""
        elif (
            field.type == "paragraphs"
            and spec.builtin
            and isinstance(value, list)
            and len(value) == 1
            and isinstance(value[0], str)
            and value[0].strip().rstrip("。.；;，,") in NONE_WORDS
        ):
            # A built-in's paragraph written as 无 (导语: 无, as README has a mined template's 结尾 and 导语 say it):
            # printed as the notice's first paragraph, 　　无, with no word. Drafted as if not written (the
            # built-in's own lead where it writes one); a mined template reads 无 itself (emit's _says_something).
            out[field.name] = field.default
        elif field.type == "content" and _one_none(value):
            # A section written as 无 (存在问题: 无) printed its heading over a paragraph saying 无。: left out, as
            # a section not written is.
            out[field.name] = field.default
    return out


def _one_none(value: Any) -> bool:
    """Whether a value is 无 (or another of NONE_WORDS) written alone, as text or as a list of one; in quotation
    marks or brackets too, or as a table's empty mark (none_word): a sheet row's 存在问题 cell holding “/” printed
    the heading 二、存在问题 over a paragraph /。, and 存在问题: “无” one saying “无”。"""
    said = value[0] if isinstance(value, list) and len(value) == 1 else value
    return isinstance(said, str) and bool(none_word(said))


def _none_in_required(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> None:
    """A field the document cannot go without written as 无 (“无”, 不要, / in a sheet cell): 无 leaves an optional
    field out, but a required one was printed as written, with no word: 关于召开无的通知, a 主送 line 无：, a summary
    titled 无2024年教育教学工作总结, a 请示 whose 请示事项 read 无, a 纪要's 出席：无."""
    problems: list[Problem] = []
    for field in spec.fields:
        if field.type not in ("text", "paragraphs", "content", "list"):
            continue
        value = values.get(field.name)
        said = value[0] if isinstance(value, list) and len(value) == 1 else value
        if not isinstance(said, str) or not said.strip():
            continue
        if none_word(said):
            if not field.required:
                continue  # leaves the field out (_said_none)
            shown = said.strip().strip('“”"')  # (“无” quoted once, not ““无””)
            what = f"写的“{shown}”"
        elif _wordless(said) and any(tree.get(name) is not None for name in (field.name, *field.aliases)):
            # Marks alone (主送机关: “，”, 事由: 。, 发文机关: （）): a 主送 line of a colon, 关于，的通知, a signature of
            # a full stop, printed with no word. Nothing a document names is written without a character or a number.
            what = f"写的“{said.strip()}”里没有文字，"
        else:
            continue
        needed = "这是必填项，" if field.required else ""
        wanted = f"请写上实际内容（{field.description}）" if field.description else "请写上实际内容"
        problems.append(
            Problem(
                tree.value_location(field.name, *field.aliases),
                f"{needed}{what}会原样排进公文",
                field=field.name,
                hint=wanted if field.required else f"{wanted}；不要这一项时请删去这一行",
                path=(field.name,),
            )
        )
    if problems:
        raise FactsError(problems)


def _wordless(text: str) -> bool:
    """Whether ``text`` holds no letter, character or number: only marks, symbols and spaces."""
    import unicodedata

    return not any(unicodedata.category(char)[0] in "LN" for char in text)


def _none_among_names(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> None:
    """A list of names with 无 among others (抄送: [市委宣传部, 无]): 无 alone says none (_said_none), but beside
    names it was printed as one, 抄送：市委宣传部，无。, with no word; which is meant cannot be told."""
    problems: list[Problem] = []
    for field in spec.fields:
        value = values.get(field.name)
        entry = tree.get(field.name)
        names = field.type == "list" and field.item is not None and field.item.type == "text"
        # A required list too (发文机关: [青禾县教育局, 无], a joint document's second office struck out so): it
        # signed a second office 无.
        if not names or not isinstance(value, list) or len(value) < 2 or entry is None:
            continue
        if not isinstance(entry.value, NodeSequence) or len(entry.value.items) != len(value):
            continue
        for index, (item, node) in enumerate(zip(value, entry.value.items, strict=True), 1):
            if isinstance(item, str) and none_word(item):
                said = item.strip().strip('“”"')  # (“无” quoted once, not ““无””)
                problems.append(
                    Problem(
                        node.location,
                        f"第{index}项写的是“{said}”，同时又写了其他几项",
                        field=field.name,
                        hint=f"删去“{said}”这一项"
                        if field.required
                        else f"一项也不要时只写“{field.name}: 无”；要写其他几项时删去“{said}”这一项",
                        path=(field.name, index - 1),
                    )
                )
    if problems:
        raise FactsError(problems)


def encode(draft: Draft, fmt: str, *, sheet: StyleSheet = GBT9704, label: str = "") -> bytes:
    """The draft as the bytes of one output format; ``label`` names the output in messages."""
    if fmt == "docx":
        return render_docx(draft, sheet=sheet)
    if fmt == "pdf":
        from .soffice import convert

        # LibreOffice lays the .docx out exactly as the render tests measure it.
        return convert(render_docx(draft, sheet=sheet), ".docx", "pdf", label=label or draft.title or "公文")
    if fmt == "md":
        return render_markdown(draft).encode("utf-8")
    if fmt == "txt":
        return render_text(draft).encode("utf-8")
    raise UsageError(f"不支持的输出格式“{fmt}”；可用：{'、'.join(FORMATS)}")


def require_soffice(label: str) -> None:
    """Fail before any work when a PDF is asked for and LibreOffice is not installed."""
    from .soffice import INSTALL_HINT, ConversionError, find_soffice, timeout_seconds

    if find_soffice() is None:
        raise ConversionError(f"{label}: 生成 PDF 需要 LibreOffice；{INSTALL_HINT}")
    timeout_seconds()  # a DRAFTER_SOFFICE_TIMEOUT that is no number of seconds is said before any work


def output_format(output: Path | None, fmt: str | None) -> str:
    if output is not None and extension(output):
        suffix = extension(output).lower().lstrip(".")
        if suffix in FORMATS:
            if fmt and fmt != suffix:
                raise UsageError(f"输出文件 {output} 的扩展名与 --format {fmt} 不一致")
            return suffix
        if fmt is None:
            raise UsageError(f"输出文件 {output} 的扩展名不认识；请用 .docx、.pdf、.md 或 .txt，或加 --format")
    return fmt or "docx"


def refuse_pattern(facts_path: Path) -> None:
    """drafter draft *.yaml, where no shell expanded the pattern (Windows' cmd and PowerShell never do, and a quoted
    one anywhere): said as 文件不存在. A draft is made from one facts file; several are batch's."""
    import glob

    written = str(facts_path)
    # Only * and ?: a name in brackets ([2025]通知.yaml) typed wrong is a missing file, not a pattern.
    if not any(mark in written for mark in "*?") or os.path.lexists(facts_path):
        return
    found = sorted(glob.glob(written))
    if not found:
        raise InputError(f"{facts_path}: 没有匹配到任何文件（drafter draft 一次起草一个事实文件，要写出它的文件名）")
    names = "、".join(found[:3]) + ("等" if len(found) > 3 else "")
    raise UsageError(
        f"{facts_path}: 匹配到 {len(found)} 个文件（{names}）；drafter draft 一次起草一个事实文件，"
        f"要写出它的文件名；一次起草多个请用 drafter batch {command_word(written)} -o 输出文件夹"
    )


def refuse_sheet(facts_path: Path) -> None:
    """A sheet given as facts is refused: it is one document a row, which batch drafts (as facts it was only
    "not a .yaml file")."""
    if facts_path.suffix.lower() in SHEET_SUFFIXES:
        raise InputError(
            f"{facts_path}: 这是表格，每行一份公文，请用 drafter batch 起草（如 drafter batch {command_word(facts_path.name)} -o 输出文件夹）"
        )


def _near(path: str) -> str:
    """``path`` from the current folder when it is below it, else in full (or from another drive on Windows)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


def draft_file(
    facts_path: Path,
    *,
    output: Path | None = None,
    template: str | None = None,
    fmt: str | None = None,
    force: bool = False,
    reference: Path | None = None,
    allow_placeholders: bool = False,
) -> DraftResult:
    """Draft one document. The output defaults to the facts file's stem in the current folder."""
    refuse_pattern(facts_path)
    refuse_sheet(facts_path)
    # drafter draft 通知.docx: its default output is the file itself, and the clerk was told not to write over
    # the input (换一个输出文件名) when the trouble is the input. What it is comes first.
    refuse_not_facts(facts_path)
    if not facts_path.exists():
        # drafter draft 通知 (通知.yaml there, and the 通知.docx drafted from it): the output's check came first and
        # said 通知.docx: 文件已存在, of a file the clerk had not named, instead of which facts file was meant.
        read_bytes(facts_path, str(facts_path))
    if output is not None:
        output = typed_output(output, tuple(f".{kind}" for kind in FORMATS))
    kind = output_format(output, fmt)
    if output is not None and not extension(output) and output.name.strip(".") and not os.path.lexists(output):
        # -o 会议通知 (or 会议通知.): a file without an extension, which neither Word nor Windows opens by a
        # double-click, was written and said as 已生成 会议通知. A name that is there already (/dev/null, a file
        # written so before) is kept as it is.
        output = output.with_name(output.name.rstrip(".") + "." + kind)
    target = output if output is not None else Path(name_beside(facts_path.stem, "." + kind))
    if output is not None and output.is_dir():
        # -o 输出 (a folder there already): the clerk meant the draft to go into it, under its usual name.
        inside = output / name_beside(facts_path.stem, "." + kind)
        raise OutputError(f"{output}: 这是一个文件夹，不能写成文件；要写到这个文件夹里请写出文件名，如 -o {inside}")
    # Drafted here before from these facts and untouched since (drafting again after fixing a typo): replaced
    # without --force. A draft of other facts is another document, and is said as such.
    replacing = not force and drafted_untouched(target, facts_path)
    earlier = None if force or replacing else drafted_from(target)
    if earlier:
        shown = _near(earlier)
        raise ExistsError(
            f"{target}: 文件已存在，是从另一个事实文件 {display_text(shown)} 起草的公文，没有覆盖；"
            "请换一个输出文件名（-o），确实要覆盖时加 --force"
        )
    force = force or replacing
    check_writable(target, force=force, inputs=[facts_path] + ([reference] if reference is not None else []))
    if kind == "pdf":
        require_soffice(str(target))
    warnings: list[Problem] = []
    read: list[Path] = []
    spec, draft = build_draft(
        facts_path, template=template, warnings=warnings, allow_placeholders=allow_placeholders, read=read
    )
    laid_out = kind in ("docx", "pdf")
    sheet = sheet_for(spec, reference) if laid_out else GBT9704
    sources = made_from(spec, facts_path, reference, read)
    data = encode(draft, kind, sheet=sheet, label=str(target))
    write_atomic(target, data, force=force, inputs=sources)
    remember_drafted(target, data, facts_path)
    taken = _taken(spec, reference) if laid_out else ()
    warnings.extend(reference_notes(spec, reference, laid_out))
    if laid_out:
        warnings.extend(red_head_twice(spec, reference, draft, str(facts_path)))
    return DraftResult(target, spec, draft, sheet, taken, tuple(warnings), replacing)


def _taken(spec: TemplateSpec, reference: Path | None) -> tuple[str, ...]:
    path = reference_for(spec, reference)
    if path is None:
        return ()
    from .docx.reference import load_reference

    return tuple(load_reference(path).summary())


def red_head_twice(spec: TemplateSpec, reference: Path | None, draft: Draft, label: str) -> list[Problem]:
    """A 提醒 where the reference's header already prints the 发文机关标志 the draft prints too: the 红头 came out
    twice, once in the header and once above the title, with no word (README asks for one or the other)."""
    path = reference_for(spec, reference)
    if path is None:
        return []
    from .docx.reference import load_reference
    from .model import Letterhead

    header = load_reference(path).header_text
    if not header:
        return []
    for block in draft.blocks:
        if not isinstance(block, Letterhead):
            continue
        for mark in [name + block.suffix for name in block.joint] if block.joint else [block.issuer_mark]:
            if mark.strip() and mark.replace(" ", "").replace("\u3000", "") in header.replace("\u3000", ""):
                return [
                    Problem(
                        Location(label),
                        f"参考文件 {path} 的页眉里已经印着“{mark}”，这里又排了发文机关标志，红头会出现两次",
                        field="发文机关标志",
                        hint="用这个参考文件起草时，写“发文机关标志: 无”（或删去这一项）",
                    )
                ]
    return []


def reference_notes(spec: TemplateSpec | None, reference: Path | None, laid_out: bool = True) -> list[Problem]:
    """提醒 of what a reference file gave nothing for: a 红头 file from which nothing, or not the 红头, was taken
    was used with no word, and the clerk found out only on printing."""
    if not laid_out:
        # -r with -f md/txt: only the given file is named (a template's own reference is no choice of this run)
        if reference is None:
            return []
        return [Problem(Location(str(reference)), "参考文件只用于 .docx 和 .pdf；.md、.txt 预览不沿用它")]
    path = reference if spec is None else reference_for(spec, reference)
    if path is None:
        return []
    from .docx.reference import load_reference

    return [Problem(Location(str(path)), note) for note in load_reference(path).notes()]
