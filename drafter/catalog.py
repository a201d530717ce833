"""Finding templates: the built-in ones shipped in the package, or any template folder.

A template folder holds ``manifest.yaml`` (genre, section order, fields) and one Jinja file per
section. Mined templates use the same format, so ``mine`` output can be drafted from at once.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from msgspec import Struct, structs

from . import gongwen
from .errors import Location, TemplateError, os_reason
from .facts import Mapping
from .fields import FieldSpec, spec_from_data
from .manifest import read_manifest
from .numbering import read_marker
from .textio import visible_text

MANIFEST = "manifest.yaml"


class SectionSpec(Struct, frozen=True):
    name: str  # file stem: <name>.j2
    title: str = ""  # what the section is called in Chinese (基本情况)
    kind: str = ""  # section type slug (overview, practices, …) as in corpus/LABELS.md
    when: str = ""  # render only if this field has a value

    @property
    def filename(self) -> str:
        return f"{self.name}.j2"


class IssuerSpec(Struct, frozen=True):
    """Another body a mined template drafts as (the unit's 党委): written as 发文机关, its own 红头, 文号格式, 署名
    and 版记 (``values``, field name and value) stand in for the unit's defaults."""

    name: str
    values: tuple[tuple[str, Any], ...]


# The fields an issuer of a mined template carries values for, and whether each is a list of names.
ISSUER_FIELDS = {
    "发文机关标志": True,
    "文号格式": False,
    "主送机关": False,
    "署名": True,
    "抄送": True,
    "印发机关": False,
}


class TemplateSpec(Struct, frozen=True, dict=True):
    name: str
    path: Path
    genre: str
    title: str
    aliases: tuple[str, ...]
    description: str
    sections: tuple[SectionSpec, ...]
    fields: tuple[FieldSpec, ...]
    builtin: bool = False
    reference: Path | None = None  # the unit's own Word file the documents are laid out on
    base: Path | None = None  # the built-in template this one extends (its files are found there too)
    issuers: tuple[IssuerSpec, ...] = ()  # other bodies the unit issues as (its 党委), with their own defaults
    # Where the manifest itself writes each field's default (a reminder about a default points there)
    defaults_at: tuple[tuple[str, Location], ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    @cached_property
    def names_facts_files(self) -> bool:
        """Whether some field (at any depth) names another facts file to draft and splice in."""

        def names(specs: tuple[FieldSpec, ...]) -> bool:
            return any(
                spec.type == "facts_file" or names(spec.fields) or (spec.item is not None and names((spec.item,)))
                for spec in specs
            )

        return names(self.fields)


def builtin_root() -> Path:
    """Where the built-in templates are: inside the installed package, or the checkout's templates/."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "templates", package_dir.parent / "templates"):
        if (candidate / "summary" / MANIFEST).is_file():
            return candidate
    raise TemplateError("找不到内置模板（安装不完整？请重新安装 drafter）")


def _read_builtin(folder: Path) -> dict[str, Any]:
    """A manifest shipped with drafter: read as it is, quickly."""
    where = str(folder / MANIFEST)
    try:
        data = yaml.load(
            (folder / MANIFEST).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TemplateError(f"{where}: 无法读取（{exc}）") from exc
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: 清单应当是一组“键: 值”")
    return data


def _extend(data: dict[str, Any], where_of: Callable[..., str]) -> tuple[dict[str, Any], Path]:
    """A manifest with ``extends: <built-in>`` over the built-in's: its fields merge over the base's
    (a field's declaration key by key), its section list replaces the base's when it gives one."""
    name = _one_line(_text(data, "extends", where_of))
    wanted = _key(name)
    base = next((spec for spec in builtin_templates() if wanted in (_key(spec.name), _key(spec.title))), None)
    if base is None:
        import difflib

        # extends: ../本单位通知 (another mined folder, or the folder itself) or a typo (notcie): the clerk was told
        # only that it does not exist, not what extends can name.
        names = [spec.name for spec in builtin_templates()]
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        hint = f"是否想写“{close[0]}”？" if close else ""
        if any(sep in name for sep in "/\\") or name.startswith("."):
            hint = "extends 只能写内置模板的名字，不能写另一个模板文件夹；"
        raise TemplateError(
            f"{where_of('extends')}: extends 指定的内置模板“{name[:80]}”不存在（{hint}内置模板有：{'、'.join(names)}）"
        )
    base_data = _read_builtin(base.path)
    fields = dict(base_data.get("fields") or {})
    own = data.get("fields") or {}
    if not isinstance(own, dict):
        raise TemplateError(f"{where_of('fields')}: fields 应当是“字段名: 声明”的列表")
    for field_name, value in own.items():
        old = fields.get(field_name)
        fields[field_name] = {**old, **value} if isinstance(old, dict) and isinstance(value, dict) else value
    merged = {**base_data, **data, "fields": fields}
    if not data.get("sections"):
        merged["sections"] = base_data.get("sections")
    return merged, base.path


def _load_manifest(folder: Path, builtin: bool) -> TemplateSpec:
    base: Path | None = None
    own_sections = True  # whether the manifest lists the sections itself (or takes those of the template it extends)
    own_fields: dict[str, Any] = {}  # the fields the manifest itself declares (over those of the template it extends)
    defaults_at: tuple[tuple[str, Location], ...] = ()
    if builtin:
        where = str(folder / MANIFEST)
        data = _read_builtin(folder)

        def where_of(*keys: str | int) -> str:
            return where

    else:  # from anywhere: read like facts (see manifest.py)
        if not (folder / MANIFEST).is_file():
            raise TemplateError(f"{folder}: 不是模板文件夹（缺少 {MANIFEST}）")
        manifest = read_manifest(folder)
        data, where_of = manifest.data, manifest.where
        defaults_at = _defaults_at(manifest.tree)
        own_sections = bool(data.get("sections"))
        declared = data.get("fields")
        own_fields = declared if isinstance(declared, dict) else {}
        if data.get("extends"):
            data, base = _extend(data, where_of)
    listed = data.get("sections") or []
    if not isinstance(listed, list):
        raise TemplateError(f"{where_of('sections')}: sections 应当是章节的列表")
    sections = tuple(_section(item, where_of("sections", index)) for index, item in enumerate(listed))
    if not sections:
        raise TemplateError(f"{where_of()}: 没有声明任何章节（sections）")
    if base is not None and own_sections:
        sections = _conditions_kept(sections, base, folder)
    seen: dict[str, int] = {}
    for index, section in enumerate(sections):
        if section.name in seen:
            # A section line copied while editing drafted that section twice (its paragraphs twice in the document).
            first = where_of("sections", seen[section.name]).rsplit(":", 1)[-1]
            raise TemplateError(
                f"{where_of('sections', index)}: 章节“{section.name}”写了两次（第 {first} 行已经写过）；"
                "请删去多写的一项（同一节要排两次时请另建一个 .j2 文件，另起一个章节名）"
            )
        seen[section.name] = index
        own = folder / section.filename
        if not builtin and os.path.lexists(own) and not own.is_file():
            # A folder (a colleague's unzip), a link to itself or to nothing, or a pipe under the section's name was
            # passed over: the base template's file drafted the section instead, the unit's own text silently lost.
            listed_in, line = where_of("sections", index).rsplit(":", 1)
            listed = f"{listed_in} 第 {line} 行列着它" if own_sections else f"{listed_in} 沿用的模板有这一节"
            raise TemplateError(
                f"{own}: 章节“{section.name}”的模板文件 {section.filename} 不是普通文件（{_file_kind(own)}），"
                f"无法读取（{listed}）；请换成真正的 .j2 文件"
            )
        if not own.is_file() and not (base and (base / section.filename).is_file()):
            raise TemplateError(f"{where_of('sections', index)}: 章节“{section.name}”缺少模板文件 {section.filename}")
        if not builtin and _blank_file(folder / section.filename):
            # An emptied head.j2 (saved blank by mistake, or cleared to drop the section) drafted every document
            # without its title and 主送机关, exit 0 and no word.
            listed_in, line = where_of("sections", index).rsplit(":", 1)
            raise TemplateError(
                f"{folder / section.filename}:1: 章节“{section.name}”的模板文件是空的，这一节什么也不会排出"
                f"（{listed_in} 第 {line} 行列着它）；不要这一节时请从 manifest.yaml 的 sections 里删去这一项，"
                "否则请写上模板内容"
            )
    if base is not None:
        _check_placed(sections, base, where_of)
        # Only here: a template of its own heads its sections in its own files, the title naming them in templates show.
        for index, section in enumerate(sections):
            if problem := section_title_problem(section.title):
                raise TemplateError(
                    f"{where_of('sections', index)}: 章节“{section.name}”的 title “{_quoted(section.title)}”{problem}"
                )
    fields_data = data.get("fields") or {}
    if not isinstance(fields_data, dict):
        raise TemplateError(f"{where_of('fields')}: fields 应当是“字段名: 声明”的列表")
    fields = tuple(
        spec_from_data(str(name), value, where_of("fields", str(name))) for name, value in fields_data.items()
    )
    _check_conditions(sections, fields, where_of)
    if not builtin:
        _check_aliases(fields, where_of)
    for field in fields if not builtin else ():
        _check_field_name(field.name, where_of("fields", field.name))
        if field.required and field.default not in (None, "", [], ()):
            # required: true set over a default (or a default given to a field the base requires): the default was
            # never used, and each facts file without the field was refused as 缺少必填项, the default in the hint.
            declared = own_fields.get(field.name) if base is not None else None
            inherited = isinstance(declared, dict) and "required" not in declared
            why = "沿用的内置模板里是必填项" if inherited else "required: true"
            raise TemplateError(
                f"{where_of('fields', field.name)}: 字段“{field.name}”是必填项（{why}），又写了默认值 default："
                "必填项要由事实文件填写，默认值用不上；要用默认值请写 required: false，否则删去 default"
            )
    if base is not None and own_fields:
        _check_fields_used(folder, base, own_fields, sections, where_of)
    name = _one_line(_text(data, "name", where_of) or folder.name)
    genre = gongwen.find_genre(_one_line(_text(data, "genre", where_of) or "other"))
    if genre is None:
        known = "、".join(f"{g.slug}（{g.name}）" for g in gongwen.GENRES)
        raise TemplateError(f"{where_of('genre')}: 不认识的文种 genre: {str(data.get('genre'))[:80]}；可用：{known}")
    based_on = builtin_at(base) if base else None
    if based_on is not None and based_on.genre != genre.slug:
        genre_own = builtin_of_genre(genre.slug)
        target = f"“{genre_own.name}”" if genre_own else "它的内置模板"
        # genre: bulletin written over a template that extends notice (a colleague "turning" the mined 通知 into a
        # 通报): it drafted a 通知 all the same, its sections and fields the notice's, listed and chosen as a 通报.
        raise TemplateError(
            f"{where_of('genre')}: genre 写的是“{genre.slug}”（{genre.name}），但 extends 的内置模板“{based_on.name}”"
            f"是{based_on.title}，排出来仍是{based_on.title}；文种要与 extends 一致：要用{genre.name}请把 extends 也改成"
            f"{target}（章节和字段不同，本文件夹的 .j2 文件可能也要改），否则把 genre 改回“{based_on.genre}”"
        )
    reference = _reference(folder, data.get("reference"), where_of("reference"))
    aliases = data.get("aliases") or ()
    if not isinstance(aliases, list | tuple) or any(isinstance(alias, list | dict) for alias in aliases):
        raise TemplateError(f"{where_of('aliases')}: aliases 应当是名字的列表（每行一个“- 名字”）")
    return TemplateSpec(
        name=name,
        path=folder,
        reference=reference,
        genre=genre.slug,
        title=_one_line(_text(data, "title", where_of) or name),
        aliases=tuple(_one_line(a) for a in aliases),
        description=_text(data, "description", where_of),
        sections=sections,
        fields=fields,
        builtin=builtin,
        base=base,
        issuers=_issuers(data.get("issuers"), where_of("issuers")),
        defaults_at=defaults_at,
    )


def _defaults_at(tree: Mapping) -> tuple[tuple[str, Location], ...]:
    """Each field whose default the manifest itself writes, and where its ``default:`` is."""
    declared = tree.get("fields")
    if declared is None or not isinstance(declared.value, Mapping):
        return ()
    found = []
    for entry in declared.value.entries:
        default = entry.value.get("default") if isinstance(entry.value, Mapping) else None
        if default is not None:
            found.append((entry.key, default.key_location))
    return tuple(found)


# Names a template already means something by: the functions the render environment gives every template
# (render._environment; Jinja's own and drafter's) and the words of the template language itself. A field of that name
# is put in the template's context over them: a hand-edited manifest declaring content_markup broke every section
# that writes its items (模板运行出错：'str' object is not callable, in body.j2, not a word of the manifest), and a
# field named true, in or loop cannot be written in a template at all.
TEMPLATE_NAMES = frozenset(
    {"range", "dict", "lipsum", "cycler", "joiner", "namespace", "content_markup", "points_markup", "section_markup"}
    | {"table_markup"}
)
_TEMPLATE_WORDS = frozenset(
    {"loop", "self", "super", "caller", "varargs", "kwargs", "true", "false", "none", "True", "False", "None"}
    | {"and", "or", "not", "in", "is", "if", "else", "elif", "for", "endfor", "endif", "set", "with", "recursive"}
)


def _check_field_name(name: str, where: str) -> None:
    if name in TEMPLATE_NAMES:
        raise TemplateError(
            f"{where}: 字段名“{name}”是模板里已有的函数名，用作字段名会让模板文件里的 {name}(…) 不能用；"
            "请换一个名字（如中文名），模板文件里用到它的地方一并改"
        )
    if name in _TEMPLATE_WORDS:
        raise TemplateError(
            f"{where}: 字段名“{name}”是模板语言里的保留字，模板文件里写不出这个字段；"
            "请换一个名字（如中文名），模板文件里用到它的地方一并改"
        )


def _check_aliases(fields: tuple[FieldSpec, ...], where_of: Callable[..., str]) -> None:
    """Refuse an alias that is another field's name: a facts key written for that field was read as both."""
    names = {field.name for field in fields}
    for field in fields:
        for alias in field.aliases:
            if alias in names and alias != field.name:
                # aliases: [单位] under 发文机关 beside a field 单位 of its own: the 单位 a clerk wrote filled both
                # fields and nothing said so (ux27).
                raise TemplateError(
                    f"{where_of('fields', field.name)}: 字段“{field.name}”的别名（aliases）“{alias}”是另一个字段"
                    f"“{alias}”的名字，事实文件里写的“{alias}: ……”会同时当作这两个字段；请从“{field.name}”的 aliases "
                    f"里删去“{alias}”，或给字段“{alias}”改名"
                )


def _check_fields_used(
    folder: Path, base: Path, own: dict[str, Any], sections: tuple[SectionSpec, ...], where_of: Callable[..., str]
) -> None:
    """A field a template that extends a built-in declares anew, which no template file prints: a colleague renaming
    印发机关 to 印发单位 in manifest.yaml (not in the .j2) lost its default, and the 版记 its line, with no word."""
    import difflib

    base_fields = set((_read_builtin(base).get("fields") or {}).keys())
    new = [str(name) for name in own if str(name) not in base_fields]
    if not new:
        return
    texts = []
    for where in (folder, base, common_folder()):
        for path in sorted(where.glob("*.j2")):
            # Regular files of a template's size only: a pipe or a huge file is said when the section is drafted.
            with contextlib.suppress(OSError, UnicodeDecodeError):
                if path.is_file() and path.stat().st_size <= 1 << 20:
                    texts.append(path.read_bytes().decode("utf-8", "replace"))
    text = "\n".join(texts)
    whens = {section.when for section in sections}
    for name in new:
        if name in text or name in whens:
            continue
        close = difflib.get_close_matches(name, sorted(base_fields), n=1, cutoff=0.5)
        renamed = f"是不是把“{close[0]}”改了名？" if close else ""
        raise TemplateError(
            f"{where_of('fields', name)}: 字段“{name}”没有用在任何模板文件（.j2）里，写了也排不进公文；{renamed}"
            "字段名要与模板文件里的一致（改名时 .j2 里也要改）；不用的字段请删去"
        )


def _file_kind(path: Path) -> str:
    """What stands at ``path`` instead of a regular file, in Chinese."""
    if path.is_symlink():
        return "是一个链接，指向的文件不存在或链接指向自己" if not path.exists() else "是一个链接，指向的不是普通文件"
    if path.is_dir():
        return "是一个文件夹"
    return "是一个特殊文件"


def _blank_file(path: Path) -> bool:
    """Whether a template file is there and holds nothing but spaces, line ends and a byte-order mark."""
    if not path.is_file():  # a regular file only: opening a named pipe would wait for a writer forever
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False  # not there (the base template's is used) or unreadable: said when it is rendered
    return not head.strip().removeprefix(b"\xef\xbb\xbf").strip() and len(head) < 4096


def _conditions_kept(sections: tuple[SectionSpec, ...], base: Path, folder: Path) -> tuple[SectionSpec, ...]:
    """A section of the built-in listed without the built-in's ``when`` (a keeper who shortened - {name: issued,
    when: 印发文件} to - {name: issued}) takes it while its file is the built-in's: the built-in's file is written for
    a document that has the field, and every draft without it stopped inside the built-in's .j2 (issued.j2:2: 用到的
    “标题”在这一项里没有; overview.j2:1: 值的类型不能这样用), naming no line of the manifest. A section of the
    keeper's own file is left as written."""
    built_in = builtin_at(base)
    conditions = {section.name: section.when for section in built_in.sections if section.when} if built_in else {}
    return tuple(
        structs.replace(section, when=conditions[section.name])
        if not section.when and section.name in conditions and not (folder / section.filename).is_file()
        else section
        for section in sections
    )


def _check_conditions(
    sections: tuple[SectionSpec, ...], fields: tuple[FieldSpec, ...], where_of: Callable[..., str]
) -> None:
    """A section's ``when`` names a declared field: any other name is never filled in, so the section was left
    out of every document without a word (``when: 附件s`` lost every attachment)."""
    for index, section in enumerate(sections):
        if not section.when or any(spec.name == section.when for spec in fields):
            continue
        from .fields import suggest

        hint = suggest(section.when, list(fields))
        raise TemplateError(
            f"{where_of('sections', index, 'when')}: 章节“{section.name}”的 when 写的“{section.when[:80]}”不是"
            f"这个模板声明的字段，这一节永远不会排出（when 写一个字段名：填了这个字段时才排这一节）；{hint}"
        )


def _issuers(value: Any, where: str) -> tuple[IssuerSpec, ...]:
    """The manifest's ``issuers``: each a 发文机关 and its own values of ``ISSUER_FIELDS`` (text, or names)."""
    if not value:
        return ()
    if not isinstance(value, list):
        raise TemplateError(f"{where}: issuers 应当是发文机关的列表，每项写“发文机关”和它自己的红头、文号格式、署名等")
    found = []
    for index, item in enumerate(value, 1):
        name = item.get("发文机关") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise TemplateError(f"{where}: 第{index}项应当写“发文机关: 名称”")
        values = []
        for key, written in item.items():
            if key == "发文机关":
                continue
            if key not in ISSUER_FIELDS:
                raise TemplateError(f"{where}: 第{index}项的“{key}”不认识；可写：{'、'.join(ISSUER_FIELDS)}")
            names = [written] if isinstance(written, str) else written
            if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
                raise TemplateError(f"{where}: 第{index}项的“{key}”应当是一段文字或名称的列表")
            values.append((str(key), tuple(_one_line(n) for n in names) if ISSUER_FIELDS[key] else _one_line(names[0])))
        found.append(IssuerSpec(_one_line(name), tuple(values)))
    return tuple(found)


def _reference(folder: Path, value: Any, where: str) -> Path | None:
    """The manifest's reference file: a file inside the template folder (a link cannot lead out of it)."""
    if not value:
        return None
    if not isinstance(value, str):
        raise TemplateError(f"{where}: reference 应当是参考文件的文件名")
    reference = folder / value
    root = os.path.realpath(folder)
    if os.path.commonpath([root, os.path.realpath(reference)]) != root:
        raise TemplateError(f"{where}: reference: 参考文件 {value} 不在模板文件夹里，不能使用")
    if not reference.is_file():
        raise TemplateError(f"{where}: reference: 参考文件 {reference} 不存在")
    return reference


def _text(data: dict[str, Any], key: str, where_of: Callable[..., str]) -> str:
    """A manifest key that holds one piece of text (name, title, genre, …), "" when it is absent. ``name: [通知, 函]``
    was taken as the text "['通知', '函']": the template was listed and chosen under that name."""
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        shape = "列表" if isinstance(value, list) else "一组“键: 值”"
        hint = "；模板的别的叫法请写在 aliases 里" if key in ("name", "title") else ""
        raise TemplateError(f"{where_of(key)}: {key} 应当是一段文字，这里写成了{shape}{hint}")
    return str(value)


def _one_line(value: Any) -> str:
    """Names and titles are one line: a line break in them must never reach a file drafter writes."""
    return " ".join(str(value).split())


# A section's file is <name>.j2 directly inside the folder.
_SECTION_NAME = re.compile(r"[^\s/\\.][^/\\\x00-\x1f]*")


# The sections of a built-in whose place is fixed (GB/T 9704 §7: the 版头 and title open a document, the 署名 follows
# the body, the 版记 closes it), with what they hold: a template extending the built-in may reorder the others.
_PLACED = {"head": "版头、标题和主送机关", "signoff": "署名和成文日期", "imprint": "版记"}


def _check_placed(sections: tuple[SectionSpec, ...], base: Path, where_of: Callable[..., str]) -> None:
    """Refuse a template extending a built-in that moved a section of fixed place (_PLACED) past another section
    of the built-in: a keeper who moved a line of sections while editing had the 版记 printed between the 主送机关
    and the body, or the 署名 and date above the body, exit 0 and no word. The others may be reordered."""
    built_in = builtin_at(base)
    if built_in is None:
        return
    order = {section.name: index for index, section in enumerate(built_in.sections)}
    listed = [(index, section.name) for index, section in enumerate(sections) if section.name in order]
    for at, (index, name) in enumerate(listed):
        if name not in _PLACED:
            continue
        for other_at, (_, other) in enumerate(listed):
            if other == name or (order[other] < order[name]) == (other_at < at):
                continue
            before = order[other] < order[name]
            raise TemplateError(
                f"{where_of('sections', index)}: 章节“{name}”（{_PLACED[name]}）要排在“{other}”之{'后' if before else '前'}"
                f"（{built_in.title}的顺序：{'、'.join(s.name for s in built_in.sections)}），这里排反了，"
                "起草出的公文各部分会错位；请把这一行移回原处（其余各节的顺序可以调整）"
            )


# What a manifest's section says: its file, its title, its type and the field it is laid out for.
_SECTION_KEYS = ("name", "title", "type", "when")


def section_title_problem(title: str) -> str:
    """Why a section's title cannot head its section as the keeper meant, or "": drafting a template that extends a
    built-in prints it as written after the number it gives the section (render._renamed_sections), so a keeper's Markdown mark (# 下步打算), typed number (一、下步打算) or Jinja
    expression ({{ 年度 }}工作打算) came out as 三、# 下步打算, 三、一、下步打算 and 三、{{ 年度 }}工作打算."""
    if title.startswith(("#", "::")):
        return f"开头的“{title.split()[0] if title.startswith('#') else '::'}”会照字面排进标题；标题只写文字，层级和编号由 drafter 排"
    if "{{" in title or "{%" in title:
        return "里的“{{ }}”“{% %}”不会被替换，会照字面排进标题；标题只写文字"
    marker = read_marker(title)
    if marker is not None and marker.rest.strip():
        return f"开头的“{marker.text}”是手写的编号；drafter 会给这一节自动编号，再写就成了两个编号（如“三、{marker.text}……”），请去掉它"
    if len(title) > HEADING_CHARS:
        # A paragraph pasted into title: headed every draft with a bold 黑体 block of a dozen lines.
        return (
            f"有 {len(title)} 个字，不像一节的标题（小标题一般一两行、不超过 {HEADING_CHARS} 个字）；"
            f"这一节的正文请写在它的 .j2 文件里，title 只写标题"
        )
    return ""


def _quoted(title: str) -> str:
    """A title as a message quotes it: its first 40 characters, and an ellipsis for the rest."""
    return title if len(title) <= 40 else f"{title[:40]}…"


# The longest a heading runs: two lines of the 28-character grid and a little more. Past it, it is a paragraph
# put where a heading goes (a manifest's title, an item's 标题).
HEADING_CHARS = 60


def _section(item: Any, where: str) -> SectionSpec:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict) or "name" not in item:
        raise TemplateError(f"{where}: 每个章节应当写成 {{name: ..., title: ...}}")
    name = item["name"]
    if name is None or (isinstance(name, str) and not name.strip()):
        # A name deleted while editing (``- name:``) was told as 章节名 None 不能用作文件名.
        raise TemplateError(f"{where}: 这一节的 name 是空的；请写上章节名（模板文件夹里这一节的 .j2 文件名，不带 .j2）")
    if not isinstance(name, str) or not _SECTION_NAME.fullmatch(name) or ".." in name:
        raise TemplateError(f"{where}: 章节名 {name!r:.80} 不能用作文件名（不能含路径符号、“..”或以“.”开头）")
    for key in ("title", "type", "when"):
        if isinstance(item.get(key), list | dict):
            raise TemplateError(f"{where}: 章节“{name}”的 {key} 应当是一段文字")
    unknown = [str(key) for key in item if key not in _SECTION_KEYS]
    if unknown:
        # A title typed titel: was passed over: the section kept its old title, and templates show listed it as body.
        import difflib

        close = difflib.get_close_matches(unknown[0], _SECTION_KEYS, n=1, cutoff=0.5)
        meant = f"（是否想写“{close[0]}”？）" if close else ""
        raise TemplateError(
            f"{where}: 章节“{name}”有不认识的属性：{'、'.join(unknown)}{meant}；章节只写 {'、'.join(_SECTION_KEYS)}"
        )
    # A title: left empty while editing is YAML's None, which headed the section 三、None in the draft.
    title = visible_text(_one_line(item.get("title") or ""))
    return SectionSpec(
        name=name,
        title=title,
        kind=str(item.get("type") or ""),
        when=str(item.get("when", "") or ""),
    )


def dropped_sections(spec: TemplateSpec) -> dict[str, SectionSpec]:
    """The sections of the built-in ``spec`` extends that it left out of its own list and that a field lays out
    (``when``), by that field: a keeper who removed 会议议程 from a mined template had the starter still ask for
    the agenda (〔请填写〕, refused until filled) and the draft then leave it out (ux28 walk)."""
    if spec.base is None:
        return {}
    base = builtin_at(spec.base)
    if base is None:
        return {}
    kept = {section.name for section in spec.sections}
    laid_out = {section.when for section in spec.sections if section.when}
    dropped = {
        section.when: section
        for section in base.sections
        if section.when and section.name not in kept and section.when not in laid_out
    }
    # The 版记 is laid out whatever is written (no when:), and prints 抄送, 印发机关 and the like: a template without
    # it dropped the 抄送 the clerk wrote with no word (ux28 walk).
    imprint = next((s for s in base.sections if s.name == "imprint" and s.name not in kept), None)
    if imprint is not None:
        declared = {field.name for field in base.fields}
        dropped.update({name: imprint for name in IMPRINT_FIELDS if name in declared and name not in dropped})
    return dropped


# What a built-in's 版记 section prints (GB/T 9704 §7.4): its offices and its printing line.
IMPRINT_FIELDS = ("分送", "报", "送", "发", "抄送", "印发机关", "印发日期")


@lru_cache(maxsize=1)
def common_folder() -> Path:
    """Files the built-in templates share (``_macros.j2``); a template's own file of the same name wins."""
    return builtin_root() / "_common"


def builtin_at(path: Path) -> TemplateSpec | None:
    """The built-in template kept in folder ``path`` (what a mined manifest's ``extends`` resolves to)."""
    return next((spec for spec in builtin_templates() if spec.path == path), None)


def builtin_of_genre(genre: str) -> TemplateSpec | None:
    """The built-in template of a genre slug (notice, summary …), when the genre has one."""
    return next((spec for spec in builtin_templates() if spec.genre == genre), None)


@lru_cache(maxsize=1)
def builtin_templates() -> tuple[TemplateSpec, ...]:
    """The built-in templates, read once per process (they ship with the package and do not change).

    Parsing the five manifests is a third of a one-shot draft's own work, so the parsed catalog is
    also kept in the user's cache folder, keyed by each manifest's size and modification time.
    """
    root = builtin_root()
    folders = [folder for folder in sorted(root.iterdir()) if (folder / MANIFEST).is_file()]
    # The modules whose classes are pickled belong in the key too: a pickle written by another
    # drafter of the same version number (a checkout, an editable install) may not load into these.
    modules = dict.fromkeys(
        sys.modules[cls.__module__].__file__ or "" for cls in (TemplateSpec, SectionSpec, FieldSpec)
    )
    files = [folder / MANIFEST for folder in folders] + [Path(name) for name in modules]
    stamp = tuple((str(f), status.st_mtime_ns, status.st_size) for f in files for status in (f.stat(),))
    cached = _cached_catalog(stamp)
    if cached is not None:
        return cached
    specs = tuple(_load_manifest(folder, builtin=True) for folder in folders)
    _store_catalog(stamp, specs)
    return specs


def _catalog_file() -> Path | None:
    from . import __version__
    from .cachedir import user_cache_dir

    folder = user_cache_dir("catalog")
    return folder / f"builtin-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle" if folder else None


def _cached_catalog(stamp: tuple[tuple[str, int, int], ...]) -> tuple[TemplateSpec, ...] | None:
    from .cachedir import owned_privately

    path = _catalog_file()
    try:
        # Unpickling runs code: only a file the user wrote, that no one else can have changed, is read.
        fd = os.open(path or "", os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as stream:
            if not owned_privately(os.fstat(stream.fileno())):
                return None
            saved_stamp, specs = pickle.load(stream)
    except Exception:  # a missing, old or damaged cache is simply rebuilt
        return None
    return specs if saved_stamp == stamp and isinstance(specs, tuple) else None


def _store_catalog(stamp: tuple[tuple[str, int, int], ...], specs: tuple[TemplateSpec, ...]) -> None:
    path = _catalog_file()
    if path is None:
        return
    from .cachedir import store_whole

    try:
        data = pickle.dumps((stamp, specs), protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return
    # Private whatever the umask (mkstemp): a file others could write is never loaded (see _cached_catalog).
    store_whole(path, data)


def _key(name: str) -> str:
    """How a name is looked up: slugs in the one spelling (meeting-notice = meeting_notice), Chinese as written."""
    key = name.strip()
    return gongwen.slug(key) if key.isascii() else key


@lru_cache(maxsize=1)
def _builtin_index() -> dict[str, TemplateSpec]:
    index: dict[str, TemplateSpec] = {}
    for spec in builtin_templates():
        for name in (spec.name, spec.title, spec.genre, *spec.aliases):
            index.setdefault(_key(name), spec)
    return index


def find_template(name: str) -> TemplateSpec:
    """A template by built-in name (Chinese or slug) or by folder path."""
    key = name.strip()
    if not key:
        # drafter new " " (a script's empty variable) looked for a template in the current folder, ".".
        raise TemplateError("文种或模板是空的：请写文种（如“通知”）或模板文件夹的路径")
    found = _builtin_index().get(_key(key))
    if found is not None:
        return found
    folder = Path(key)
    # A slash typed in full-width mode (挖掘结果／notice): not a path at all, and the built-in notice offered in
    # place of the mined template the clerk named. Read as the separator, as a facts file's 模板 line is.
    plain = with_plain_slashes(key)
    if plain != key and not _is_dir(folder) and (_is_dir(Path(plain)) or _is_dir(Path(plain).parent, named=True)):
        key, folder = plain, Path(plain)
    if _is_dir(folder) or any(sep in key for sep in "/\\") or key.startswith(".") or _is_file(folder):
        return load_template_folder(folder)
    known = [n for spec in builtin_templates() for n in (spec.title, spec.name)]
    import difflib  # error paths only: not worth importing on every run

    from .chinese import plain_spelling, simplified

    plain, spelled = simplified(key), plain_spelling(key)
    if plain != key and _key(plain) in _builtin_index():
        # 會議通知 typed with a traditional-character input method: difflib offered 通知, a different genre.
        hint = f"应当写成简体的“{plain}”。"
    elif spelled != key and _key(spelled) in _builtin_index():
        hint = f"应当写成“{spelled}”。"  # 批覆, 覆函 (覆函 was offered 函), 会议记要, 会议 通知
    else:
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.4)
        hint = f"是否想写“{close[0]}”？" if close else ""
    raise TemplateError(f"不认识的文种或模板“{name}”。{hint}可用：{'、'.join(known)}；也可以给出模板文件夹的路径")


def with_plain_slashes(path: str) -> str:
    """A template path with slashes typed in full-width mode (挖掘结果／notice, ＼) as the separator."""
    return path.replace("／", "/").replace("＼", "/")


def template_option(template: str | None) -> str | None:
    """A ``--template NAME`` (``template=`` of the library's functions) as the template folder NAME in the
    current folder where it holds one (a manifest.yaml), though NAME is a built-in's too: a clerk who went into
    drafter mine's output folder and wrote drafter new --template notice got the built-in notice, another
    unit's samples, not the mined template beside him (ux23 walk). A built-in is still named as ever (通知, or
    notice with no such folder). Only the option: a facts file's 文种 never depends on the current folder."""
    if not template or any(sep in template for sep in "/\\") or template.startswith("."):
        return template
    return "./" + template if _is_file(Path(template) / "manifest.yaml") else template


def named_choices(name: str) -> dict[str, str]:
    """The choices a genre's name makes: 复函 is a 函 of 类别 复函, 批评通报 a 通报 of 类别 批评, 实施意见 an
    意见 of 文种名 实施意见. Such a name finds its built-in as an alias, and the kind it names was lost:
    文种: 复函 drafted a 去函 (……的函, 特此函告。) and left the 来函 written beside it out without a word."""
    key = name.strip()
    spec = _builtin_index().get(_key(key))
    if spec is None or key not in spec.aliases:
        return {}
    return {
        field.name: choice for field in spec.fields for choice in field.choices if key in (choice, choice + spec.title)
    }


@lru_cache(maxsize=32)
def _load_folder_cached(folder: Path, mtime: float) -> TemplateSpec:
    return _load_manifest(folder, builtin=False)


def _is_dir(path: Path, *, named: bool = False) -> bool:
    """Path.is_dir, False for a name the system refuses (a 文种 of 200,000 characters raised
    'File name too long' out of is_dir, shown as an unexpected error); ``named``: False for the current folder
    too (a path of one name has it for its parent)."""
    if named and path == Path("."):
        return False
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def not_mined(folder: Path, shown: Path | None = None) -> str:
    """Why ``drafter mine`` wrote no folder of this name, from the report.json it wrote beside the
    folders (README shows ``--template 挖掘结果/summary``, which exists only when summaries were
    mined); "" when there is no such report. The folders are named as ``shown`` (the path as the user wrote
    it, a facts file's 模板 relative to that file) where it is given, else as ``folder``."""
    base = (shown or folder).parent
    mined = _mined_templates(folder.parent / REPORT, base)
    if mined is None:
        return ""
    genres, written = mined
    try:
        entry = next((g for g in genres if g.get("genre") == folder.name and not g.get("template")), None)
        # The mined genre of 纪要 is meeting_report, the built-in it extends minutes (会议纪要): either
        # name finds the other.
        builtins = builtin_templates()
        builtin = next((t for t in builtins if t.name == folder.name), None) or next(
            (t for t in builtins if _same_genre(folder.name, t)), None
        )
        if entry is None and builtin is not None:
            entry = next(
                (g for g in genres if not g.get("template") and _same_genre(str(g.get("genre")), builtin)), None
            )
        # The 文种 typed in Chinese (--template 挖掘结果/通知) where its folder has the English name: the mined
        # template exists, and the clerk was told 挖掘的材料里没有“通知”这个文种 above a list naming 通知.
        named = next(
            (
                g
                for g in genres
                if g.get("template")
                and (
                    g.get("name") == folder.name or (builtin is not None and _same_genre(str(g.get("genre")), builtin))
                )
            ),
            None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # not a report of ours: say nothing
        return ""
    made = f"这次挖掘生成的模板：{'、'.join(written)}" if written else "这次挖掘没有生成模板"
    if builtin is not None:
        made += f"；也可以用内置模板：drafter new {builtin.title}"
    if named is not None:
        return f"（“{folder.name}”挖掘出的模板在 {base / str(named['template'])}，文件夹名是英文的，请照这样写）"
    if entry is not None and entry.get("template_note"):
        return f"（挖掘时没有生成：{entry.get('name') or folder.name}：{entry['template_note']}；{made}）"
    return f"（挖掘的材料里没有“{folder.name}”这个文种；{made}）"


def _mined_templates(report: Path, base: Path) -> tuple[list[Any], list[str]] | None:
    """The genres of the report.json drafter mine wrote, and each template it wrote as the 文种 a clerk knows and
    the folder to type under ``base`` (mine's own lines say 模板：通知：挖掘结果/notice); None when there is no
    report, or it is not one of ours."""
    import json

    try:
        if not report.is_file() or report.stat().st_size > _REPORT_LIMIT:
            return None
        genres = json.loads(report.read_text(encoding="utf-8"))["genres"]
        written = [
            f"{g.get('name') or g['template']}（{base / str(g['template'])}）" for g in genres if g.get("template")
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # not a report of ours: say nothing
        return None
    return genres, written


def mined_root(folder: Path, shown: Path | None = None) -> str:
    """The templates inside ``folder`` when it is the folder drafter mine wrote (--template 挖掘结果, one
    level short of 挖掘结果/notice: 'not a template folder' left the clerk to guess what is); "" otherwise.
    Named under ``shown`` (the folder as the user wrote it) where it is given."""
    mined = _mined_templates(folder / REPORT, shown or folder)
    if mined is None:
        return ""
    _, written = mined
    if not written:
        return "；这是 drafter mine 的输出文件夹，这次挖掘没有生成模板"
    return f"；这是 drafter mine 的输出文件夹，请写其中的一个模板：{'、'.join(written)}"


def _same_genre(slug: str, template: TemplateSpec) -> bool:
    """A mined genre's slug names this built-in: its own name, or a name of the genre it is (会议纪要)."""
    if slug == template.name:
        return True
    genre = gongwen.find_genre(slug)
    return genre is not None and bool({genre.name, *genre.aliases} & {template.title, *template.aliases})


REPORT = "report.json"
_REPORT_LIMIT = 200_000_000  # a report of a very large corpus is not read just to explain a missing folder


def folder_templates(folder: Path) -> tuple[list[tuple[Path, TemplateSpec]], list[str]]:
    """The templates ``folder`` holds, each under the path written from ``folder``: the folders drafter mine wrote
    (in its report's order), any folder of template folders, or a template folder itself; and why each folder
    that looks like one cannot be read (a broken manifest does not hide the others). A clerk who mined into
    挖掘结果 and typed drafter templates list 挖掘结果 was told only 多出了参数（挖掘结果）；含空格的文件名请加引号 (ux27 walk)."""
    if not _is_dir(folder):
        if _is_file(folder):
            raise TemplateError(f"{folder}: 这是一个文件；请写放模板的文件夹，如 drafter mine 的输出文件夹")
        raise TemplateError(f"{folder}: 文件夹不存在")
    if (folder / MANIFEST).is_file():
        return [(folder, load_template_folder(folder))], []
    mined = _mined_templates(folder / REPORT, folder)
    order = [str(g["template"]) for g in mined[0] if isinstance(g, dict) and g.get("template")] if mined else []
    try:
        names = sorted(entry.name for entry in folder.iterdir() if _is_file(entry / MANIFEST))
    except OSError as exc:
        raise TemplateError(f"{folder}: 无法读取文件夹（{os_reason(exc)}）") from exc
    names = [name for name in order if name in names] + [name for name in names if name not in order]
    if not names:
        raise TemplateError(
            f"{folder}: 这里没有模板文件夹（模板文件夹里有 manifest.yaml）；内置模板用 drafter templates list 查看"
        )
    found: list[tuple[Path, TemplateSpec]] = []
    problems: list[str] = []
    for name in names:
        try:
            found.append((folder / name, load_template_folder(folder / name)))
        except TemplateError as exc:
            problems.append(str(exc))
    return found, problems


def load_template_folder(folder: Path) -> TemplateSpec:
    if not _is_dir(folder):
        if _is_file(folder):
            # --template 模板/manifest.yaml: the folder is meant, and it is right there.
            inside = _is_dir(folder.parent) and (folder.parent / "manifest.yaml").is_file()
            meant = f"，如 {folder.parent}" if inside else ""
            raise TemplateError(
                f"{folder}: 这是一个文件；模板是一个文件夹（里面有 manifest.yaml），请写文件夹的路径{meant}"
            )
        raise TemplateError(f"{folder}: 模板文件夹不存在{not_mined(folder)}")
    manifest = folder / MANIFEST
    try:
        if not manifest.is_file():
            raise TemplateError(f"{folder}: 不是模板文件夹（缺少 {MANIFEST}）{mined_root(folder)}")
        resolved = folder.resolve()
        mtime = manifest.stat().st_mtime
    except OSError as exc:
        raise TemplateError(f"{folder}: 无法读取模板文件夹（{os_reason(exc)}）") from exc
    return _load_folder_cached(resolved, mtime)
