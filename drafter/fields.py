"""Declared fields of a template, and validation of a facts tree against them.

A field declaration drives three things: validation (here), the commented starter file of
``drafter new`` and ``drafter templates show``. Validation never stops at the first problem.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

from msgspec import Struct, field

from . import chinese, gongwen, placeholders
from .embed import FactsFileRef
from .errors import (
    MISSING_FIELD,
    UNKNOWN_KEY,
    WIDE_INDENT,
    FactsError,
    FieldPath,
    Location,
    Problem,
    TemplateError,
    field_name,
)
from .facts import Mapping, Node, Scalar, Sequence
from .gongwen import RECEIVER_FIELDS
from .gongwen.wording import none_word
from .sheets import CellLocation
from .tabular import table_value
from .textio import visible_text

# Keys every facts file may carry whatever its template declares.
META_KEYS = ("文种", "模板", "文件名")

TYPE_NAMES = {
    "text": "一段文字",
    "paragraphs": "一段或多段文字",
    "content": "段落或带标题的条目列表",
    "date": "日期",
    "meeting_time": "日期加时刻",
    "bool": "是/否",
    "integer": "整数",
    "list": "列表",
    "record": "一组“键: 值”",
    "doc_number": "发文字号",
    "copy_number": "份号",
    "secrecy": "密级",
    "urgency": "紧急程度",
    "choice": "选项之一",
    "table": "表格（每行一项的列表）",
    "attachment": "附件（标题，加上内容、表格或文件）",
    "facts_file": "另一个事实文件的路径",
}

ITEM_KEYS = ("标题", "内容", "子项", "表格")


class FieldSpec(Struct, frozen=True):
    name: str
    type: str
    required: bool = False
    description: str = ""
    example: Any = None
    default: Any = None
    choices: tuple[str, ...] = ()
    item: FieldSpec | None = None
    fields: tuple[FieldSpec, ...] = ()
    max_depth: int = 4
    aliases: tuple[str, ...] = ()
    starter: bool = True  # whether ``drafter new`` fills it in (otherwise shown commented out)
    alternatives: tuple[str, ...] = ()  # other ways of writing it, offered by ``drafter new`` as comments
    minimum: int = 0  # integer fields: the smallest and largest value accepted
    maximum: int = 1_000_000
    max_items: int = 0  # list fields: how many items at most (0: no limit beyond the facts budgets)

    @property
    def type_label(self) -> str:
        if self.type == "list" and self.item is not None:
            return f"{self.item.type_label}的列表"
        if self.type == "choice":
            return "、".join(self.choices) + "之一"
        return TYPE_NAMES[self.type]


# What an attachment (附件) holds: a title and its content as text, a table, or another facts file.
ATTACHMENT_FIELDS: dict[str, Any] = {
    "标题": {"type": "text", "description": "附件标题，也用于附件说明；写“文件”时可以不填，取那个文件的标题"},
    "内容": {"type": "content", "description": "附件的正文：一段或几段文字，或带标题的条目"},
    "表格": {"type": "table", "description": "附件里的表格，每行一项，如 - {姓名: 李明, 电话: 0571-88001234}"},
    "文件": {"type": "facts_file", "description": "另一个事实文件（如 实施方案.yaml），按它自己的文种排在附件页上"},
}


def spec_from_data(name: str, data: Any, where: str) -> FieldSpec:
    """Build a FieldSpec from a manifest entry; raise TemplateError naming the manifest on mistakes.

    A manifest may come from anyone: every attribute's type is checked, nothing is trusted to convert.
    """
    if isinstance(data, str):
        data = {"type": data}
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: 字段“{name}”的声明应当是一组“键: 值”")
    kind = data.get("type", "text")
    if not isinstance(kind, str) or kind not in TYPE_NAMES:
        raise TemplateError(f"{where}: 字段“{name}”的类型 {kind!r} 不认识；可用类型：{'、'.join(TYPE_NAMES)}")
    attribute = _Attributes(name, data, where)
    unknown = set(map(str, data)) - {
        "type",
        "required",
        "description",
        "example",
        "default",
        "choices",
        "item",
        "fields",
        "max_depth",
        "aliases",
        "starter",
        "alternatives",
        "minimum",
        "maximum",
        "max_items",
    }
    if unknown:
        raise TemplateError(f"{where}: 字段“{name}”有不认识的属性：{'、'.join(sorted(unknown))}")
    if kind == "attachment":
        data = {**data, "fields": ATTACHMENT_FIELDS}
        attribute = _Attributes(name, data, where)
    item = spec_from_data(f"{name}[]", data["item"], where) if "item" in data else None
    if kind == "list" and item is None:
        item = FieldSpec(f"{name}[]", "text")
    subfields = tuple(spec_from_data(str(sub), value, where) for sub, value in attribute.mapping("fields").items())
    if kind == "record" and not subfields:
        raise TemplateError(f"{where}: 字段“{name}”是 record 类型，需要声明 fields")
    choices = attribute.texts("choices")
    if kind == "choice" and not choices:
        raise TemplateError(f"{where}: 字段“{name}”是 choice 类型，需要声明 choices")
    minimum = attribute.integer("minimum", 0, -1_000_000_000, 1_000_000_000)
    maximum = attribute.integer("maximum", 1_000_000, minimum, 1_000_000_000)
    default = _checked_default(name, kind, data.get("default"), where, choices, minimum, maximum)
    if kind == "record" and default is not None:
        default = _checked_record_default(name, default, subfields, where)
    return FieldSpec(
        name=name,
        type=kind,
        required=attribute.flag("required", False),
        description=_told_default(attribute.text("description"), kind, default, name),
        example=data.get("example"),
        default=default,
        choices=choices,
        item=item,
        fields=subfields,
        max_depth=attribute.integer("max_depth", 4, 1, 8),
        aliases=attribute.texts("aliases"),
        starter=attribute.flag("starter", True),
        alternatives=attribute.texts("alternatives"),
        minimum=minimum,
        maximum=maximum,
        max_items=attribute.integer("max_items", 0, 0, 1_000_000),
    )


class _Attributes:
    """Typed reading of one field declaration's attributes, with a manifest error for a wrong type.

    Absent attributes take their default at once: the built-in manifests are read on every run.
    """

    __slots__ = ("data", "name", "where")

    def __init__(self, name: str, data: dict[Any, Any], where: str) -> None:
        self.name, self.data, self.where = name, data, where

    def _wrong(self, key: str, expected: str) -> TemplateError:
        return TemplateError(f"{self.where}: 字段“{self.name}”的 {key} 应当是{expected}，这里是 {self.data[key]!r:.80}")

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, str) and (answer := gongwen.parse_yes_no(value)) is not None:
            # required: 否 (the 是/否 the facts and a bool field's default: 否 are written in) was refused as not
            # true or false, while default: 否 beside it was read.
            return answer
        if not isinstance(value, bool):
            raise self._wrong(key, " true 或 false（也可以写“是”或“否”）")
        return value

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._wrong(key, f" {low} 到 {high} 之间的整数")
        return value

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if value is None:
            return ""
        if isinstance(value, list | dict):
            raise self._wrong(key, "一段文字")
        return str(value)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if not value:
            return ()
        if isinstance(value, str | int | float):
            value = [value]
        if not isinstance(value, list | tuple) or any(isinstance(v, list | dict) for v in value):
            raise self._wrong(key, "文字的列表")
        return tuple(str(v) for v in value)

    def mapping(self, key: str) -> dict[Any, Any]:
        value = self.data.get(key)
        if not value:
            return {}
        if not isinstance(value, dict):
            raise self._wrong(key, "一组“名字: 声明”")
        return value


# Words people use for one another in key names: 成文时间 means 成文日期, not 报到时间.
_SYNONYMS = (("时间", "日期"), ("地址", "地点"), ("名字", "名称"), ("号码", ""))


def _plain_name(name: str) -> str:
    for word, same in _SYNONYMS:
        name = name.replace(word, same)
    return name


# The kinds whose value is never a mapping (a list's items may be; its default itself is a list).
_NOT_A_MAPPING = frozenset(
    {"text", "paragraphs", "content", "list", "date", "meeting_time", "doc_number", "copy_number"}
    | {"secrecy", "urgency", "facts_file"}
)


def _checked_record_default(name: str, default: Any, fields: tuple[FieldSpec, ...], where: str) -> dict[str, Any]:
    """A record's default as its fields' values are: a mined 工作总结's 章节标题 default edited to a list or a line
    ([主要做法], 主要做法) stopped every draft in the built-in's practices.j2 with 值的类型不能这样用, naming no
    manifest; a key it does not have was passed over; a title given as a list or mapping headed the section
    一、a、b or 一、{'a': 'b'}."""
    if not isinstance(default, dict):
        raise TemplateError(
            f"{where}: 字段“{name}”的 default 应当是一组“键: 值”（{'、'.join(f.name for f in fields)}）"
        )
    known = {field.name: field for field in fields}
    checked: dict[str, Any] = {}
    for key, value in default.items():
        field = known.get(str(key))
        if field is None:
            raise TemplateError(f"{where}: 字段“{name}”的 default 里的“{key}”不是它的键；可以写：{'、'.join(known)}")
        if field.type == "text" and isinstance(value, list | dict):
            raise TemplateError(f"{where}: 字段“{name}”的 default 里的“{key}”应当是一段文字")
        checked[field.name] = _checked_default(
            f"{name}的{key}", field.type, value, where, field.choices, field.minimum, field.maximum
        )
    return checked


def _visible(value: Any) -> Any:
    if isinstance(value, str):
        return visible_text(value)
    if isinstance(value, list):
        return [_visible(item) for item in value]
    if isinstance(value, dict):
        return {_visible(key): _visible(item) for key, item in value.items()}
    return value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _checked_default(
    name: str, kind: str, default: Any, where: str, choices: tuple[str, ...], minimum: int, maximum: int
) -> Any:
    """A declared default as the field's own values are: a default is not read through the facts' checks, so
    a colleague's ``特此通知: {default: 否}`` (the 是/否 the facts use) was the text 否, which is true, and the
    notice kept its 特此通知。; ``default: 也许`` and a 2月30日 were taken without a word."""
    # Read without the characters no document shows, as the facts are (textio.visible_text): a 署名 default pasted
    # from a web page with a zero-width space printed it in every draft, beside a 提醒 that 发文机关 and 署名 differed.
    default = _visible(default)
    if default is None or (isinstance(default, str) and not default.strip()):
        return default
    if isinstance(default, dict) and kind in _NOT_A_MAPPING:
        # 主送机关's default: {各乡镇: 人民政府} (a colon typed in the name) printed {'各乡镇': '人民政府'}： above the
        # body, and 抄送's printed only the first key: a mapping is no value of these.
        raise TemplateError(
            f"{where}: 字段“{name}”的 default 应当是{TYPE_NAMES[kind]}，这里写成了一组“键: 值”"
            "（名称里有英文冒号时，请把整个名称加上引号）"
        )
    if isinstance(default, list) and (blank := next((i for i, v in enumerate(default) if _blank(v)), None)) is not None:
        # An item left empty (- 甲\n-\n) printed 抄送：甲，None。 in every draft; "" was told as a repeat of another.
        raise TemplateError(f"{where}: 字段“{name}”的 default 第 {blank + 1} 项是空的；请写上内容，或删掉这一项")
    text = str(default).strip()
    if kind == "bool":
        answer = default if isinstance(default, bool) else gongwen.parse_yes_no(text)
        if answer is None:
            raise TemplateError(f"{where}: 字段“{name}”的 default 应当是“是”或“否”，这里是 '{text[:80]}'")
        return answer
    if kind == "choice" and text not in choices:
        raise TemplateError(f"{where}: 字段“{name}”的 default 应当是 {'、'.join(choices)} 之一，这里是 '{text[:80]}'")
    if kind == "integer":
        number = default if isinstance(default, int) and not isinstance(default, bool) else None
        if number is None and text.isascii() and text.lstrip("-").isdigit():
            number = int(text)
        if number is None or not minimum <= number <= maximum:
            raise TemplateError(
                f"{where}: 字段“{name}”的 default 应当是 {minimum} 到 {maximum} 之间的整数，这里是 '{text[:80]}'"
            )
        return number
    if kind == "list" and isinstance(default, str):
        return _listed_default(name, text)
    if kind == "date" and not isinstance(default, dt.date):
        try:
            return gongwen.parse_date(text)
        except gongwen.DateParseError as exc:
            raise TemplateError(f"{where}: 字段“{name}”的 default: {exc}") from exc
    return default


def _listed_default(name: str, text: str) -> list[str]:
    """A list's default written as one text, read as the same text in the facts is: the keeper who wrote a mined
    抄送's default on one line (default: 区委教育工委，区政府办公室) had it taken character by character, and every
    notice went out 抄送：区，委，教，育，…… (ux28 walk). One item a line; names set apart by spaces as in the facts."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return lines
    if name in _OFFICE_LISTS and (offices := gongwen.offices_by_semicolons(text)) is not None:
        # 抄送 written 县委办;;县政府办; (a sheet's habit). Left to drafting, each draft said 抄送的机关之间用了分号 at
        # the facts' first line, which holds no 抄送.
        return offices
    names = _names_on_one_line(text, offices=name in _OFFICE_LISTS) if name in _NAME_LISTS else None
    if names is None and name in _SIGNERS:
        names = _signers_in_a_sentence(text)
    return names if names is not None else [text]


def shown_default(value: Any, name: str = "") -> str:
    """A default as one line of text, as a mined description quotes it: a 版记's receivers as the document prints
    them (抄送：……，……。, GB/T 9704 §7.4.2), another list's items set apart by 顿号."""
    if not isinstance(value, list):
        return str(value)
    return ("，" if name in RECEIVER_FIELDS else "、").join(map(str, value))


def _told_default(description: str, kind: str, default: Any, name: str = "") -> str:
    """The description, with the default the field has now where it no longer says it: a mined description quotes
    the unit's habit (不填时用本单位的惯例“区委教育工委、区政府办公室”), and the keeper who then changed the default
    in manifest.yaml saw the old value in every starter and in ``templates show`` (ux28 walk)."""
    if kind == "bool" or default in (None, "", [], {}) or "不填时用" not in description:
        return description
    shown = shown_default(default, name)
    if shown in description or shown_default(default) in description:
        return description  # (templates mined before receivers were quoted with commas quote them by 顿号)
    return f"{description}（模板的默认值现在是“{shown}”，不填时用它）"


def suggest(name: str, candidates: list[FieldSpec]) -> str:
    """A did-you-mean hint for an unknown key."""
    from .chinese import simplified
    from .placeholders import SAMPLE

    name = simplified(name)
    by_name = {spec.name: spec for spec in candidates}
    if name in ("文号序号", "文号格式") and "发文字号" in by_name and "文号格式" not in by_name:
        # The README's 文号序号 needs a template with the unit's 文号格式 (mined from three documents and more):
        # a 请示 drafted from a head-only template (a committee numbering only two documents a year) was told
        # only 是否想写“发文字号”？ (ux11 walk); the 文号格式 written beside it was taken for a misspelt
        # 来文字号 (是否想写“来文字号”？), a forwarded document's number.
        example = str(by_name["发文字号"].example or "").replace(SAMPLE, "")
        shown = f"，如“{example}”" if example else ""
        if name == "文号格式":
            return f"这个模板不按“文号格式”编发文字号（挖掘出的本单位模板才有）；请写完整的“发文字号”{shown}"
        return f"这个模板没有本单位的“文号格式”，只写序号排不出发文字号；请写完整的“发文字号”{shown}"
    if name in ("结尾", "结束语", "结语") and name not in by_name:
        # README's 结尾: 无 (a mined template's closing switch) written in a notice, whose closing is 特此通知: the
        # clerk was told only 不认识这个键（可用的键：发文机关、类别、事由……）.
        closing = next((n for n in ("特此通知", "结束语", "结语", "结尾") if n in by_name), "")
        if closing == "特此通知":
            return "通知的结尾是“特此通知。”，由“特此通知”这一项决定；不要时写“特此通知: 否”"
        if closing:
            return f"是否想写“{closing}”？"
    if name.startswith("缺席") and "请假" in by_name and name not in by_name:
        # A 纪要's 缺席 line (who did not attend) written as the unit writes it: difflib offered 列席, those who sat in
        # without a vote, the opposite (ux23 walk). The built-in's line for it is 请假 (GB/T 9704 §10.3).
        return "纪要里没有到会的人员写在“请假”下，可以在括号里写原因，如“某某（外出学习）”（排成“请假：……”）"
    for spec in candidates:
        if name in spec.aliases:
            return f"是否想写“{spec.name}”？"
    for spec in candidates:
        if _plain_name(name) == _plain_name(spec.name):
            return f"是否想写“{spec.name}”？"
    names = [spec.name for spec in candidates]
    import difflib  # error paths only: not worth importing on every run

    close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    if not close:
        close = [n for n in names if name in n or n in name][:1]
    if close:
        return f"是否想写“{close[0]}”？"
    return "可用的键：" + "、".join(names[:12]) + ("……" if len(names) > 12 else "")


class _Context(Struct):
    problems: list[Problem] = field(default_factory=list)
    default_year: int | None = None
    after: dt.date | None = None  # a date written without a year is the next such day from this one

    def report(self, where: Location, path: FieldPath, message: str, hint: str = "", kind: str = "") -> None:
        self.problems.append(Problem(where, message, field=field_name(path), hint=hint, path=path, kind=kind))


def _fold(text: str) -> str:
    """Join the lines of a YAML block into one paragraph (Chinese needs no space between lines)."""
    return chinese.close_chinese_gaps("".join(line.strip() for line in text.splitlines()))


def _paragraphs(text: str) -> list[str]:
    # A ``>`` block has already been folded with spaces, which Chinese text must not keep.
    return [chinese.close_chinese_gaps(line.strip()) for line in text.splitlines() if line.strip()]


def _expect_scalar(node: Node, spec: FieldSpec, ctx: _Context, path: FieldPath) -> Scalar | None:
    if isinstance(node, Scalar):
        return node
    what = "列表" if isinstance(node, Sequence) else "一组“键: 值”"
    ctx.report(node.location, path, f"应当是{spec.type_label}，这里写成了{what}")
    return None


# Field types whose text is printed as it stands (a starter's marks in it included, with --allow-placeholders).
_TEXT_KINDS = frozenset(("text", "paragraphs", "content"))


def _scalar_value(text: str, spec: FieldSpec, ctx: _Context, where: Location, path: FieldPath) -> Any:
    """Convert a scalar's text by the field type; report and return None on failure."""
    name = path
    stripped = text.strip()
    kind = spec.type
    if kind not in _TEXT_KINDS:
        left = placeholders.mark_left(stripped)
        if left is not None:
            # Only reached with --allow-placeholders (otherwise every mark is refused before): the layout
            # draft shows a text's marks, but a date or 是/否 cannot be printed without being read.
            ctx.report(
                where,
                name,
                left[0],
                f"{left[1]}；这一项要写{spec.type_label}，只看版式（--allow-placeholders）时也要写实际内容",
            )
            return None
    try:
        if kind == "text":
            if path and path[-1] == "标题" and stripped and not stripped.replace("|", "").strip():
                # "|" marks where a title breaks: a title of nothing but breaks drafted a document with no title.
                ctx.report(
                    where,
                    name,
                    f'标题里只有分行符“|”，没有文字："{stripped}"',
                    hint="写上标题的文字（“|”放在要分行的地方），或删掉这一行，按事由自动组成标题",
                )
                return None
            if path == (_ADDRESSEES,):
                offices = _offices_apart(stripped)
                if offices is not None:
                    return "，".join(offices)
            if path == (_SPEAKER,):
                return _post_and_name(stripped)
            if path == (_ARRIVAL,):
                return gongwen.moment_text(_fold(stripped))
            if path == (_IN_FORCE,):
                return _in_force(stripped, ctx)
            if path == (_ISSUE,) and (problem := gongwen.issue_number_problem(stripped)) is not None:
                ctx.report(where, name, problem, hint="写这一期的期号，如“第5期”或只写数字“5”")
                return None
            if path == (_TOTAL_ISSUE,) and (
                problem := gongwen.issue_number_problem(stripped.strip("（()）").removeprefix("总"))
            ):
                # 总期号: 0 (or -3) printed 第6期（0） under the 报头, as the 期号's did before it was refused.
                ctx.report(where, name, problem, hint="写这一期的总期号，如“总第58期”或只写数字“58”")
                return None
            return _fold(stripped)
        if kind == "paragraphs":
            return _paragraphs(stripped)
        if kind == "content":
            return list(_paragraphs(stripped))
        if kind == "date":
            return gongwen.parse_date(stripped, ctx.default_year, after=ctx.after)
        if kind == "meeting_time":
            return gongwen.parse_meeting_time(stripped, ctx.default_year, after=ctx.after)
        if kind == "bool":
            answer = gongwen.parse_yes_no(stripped)
            if answer is None:
                ctx.report(where, name, f'应当填“是”或“否”，这里是 "{stripped}"')
            return answer
        if kind == "integer":
            return _integer(stripped, spec, ctx, where, path)
        if kind == "doc_number":
            # A number ended as a sentence (青教〔2025〕5号。) was refused as 格式不对, the number itself right.
            number = gongwen.parse_doc_number(stripped.rstrip("。．.；;，,、").rstrip())
            if number is None:
                meant = gongwen.likely_doc_number(stripped.rstrip("。．.；;，,、").rstrip())
                ctx.report(
                    where,
                    name,
                    f'发文字号格式不对："{stripped}"',
                    hint=f"是否想写“{meant}”？年份写在六角括号〔〕里，序号后加“号”"
                    if meant
                    else "应为“机关代字〔年份〕序号号”，如 X教〔2025〕3号",
                )
                return None
            return str(number)
        if kind == "copy_number":
            copy = gongwen.parse_copy_number(stripped)
            if copy is None:
                ctx.report(
                    where,
                    name,
                    f'份号应当是不超过 6 位的数字，这里是 "{stripped}"',
                    hint="只写数字，如 000012 或 12，印出时补足 6 位；不要写“第”“号”“份”等文字",
                )
            return copy
        if kind == "secrecy":
            secrecy = gongwen.parse_secrecy(stripped)
            if secrecy is None:
                ctx.report(
                    where, name, f'密级应当是 绝密、机密 或 秘密（可加保密期限，如 机密★1年），这里是 "{stripped}"'
                )
            return secrecy
        if kind == "urgency":
            urgency = gongwen.parse_urgency(stripped)
            if urgency is None:
                ctx.report(where, name, f'紧急程度应当是 特急 或 加急，这里是 "{stripped}"')
            return urgency
        if kind == "choice":
            if stripped in spec.choices:
                return stripped
            # A closing typed without its full stop or with a half-width comma (结语: 妥否,请批示): the one choice
            # it can be, refused before with 是否想写“妥否，请批示。”？ beside it.
            bare = _bare_sentence(stripped)
            same = [choice for choice in spec.choices if _bare_sentence(choice) == bare] if bare else []
            if len(same) == 1:
                return same[0]
            import difflib  # error paths only: not worth importing on every run

            close = difflib.get_close_matches(stripped, list(spec.choices), n=1, cutoff=0.3)
            hint = f"是否想写“{close[0]}”？" if close else ""
            ctx.report(where, name, f'应当是 {"、".join(spec.choices)} 之一，这里是 "{stripped}"', hint)
            return None
    except gongwen.DateParseError as exc:
        ctx.report(where, name, str(exc))
        return None
    ctx.report(where, name, f"应当是{spec.type_label}")
    return None


_HALF_WIDTH_MARKS = str.maketrans({",": "，", ";": "；", ":": "："})


def _bare_sentence(text: str) -> str:
    """A sentence without its closing mark, its commas full-width: 妥否,请批示 and 妥否，请批示。 alike."""
    return text.translate(_HALF_WIDTH_MARKS).rstrip("。.！!").strip()


def _integer_hint(text: str) -> str:
    """How to write what the user meant as a number: 37号 and 三十七 are 37 (a unit or the word is not typed), and
    the serial of a whole 发文字号 (鹭公发〔2025〕52号) is 52."""
    stripped = text.strip().translate(chinese.FULLWIDTH_DIGITS)
    numbered = _WHOLE_DOC_NUMBER.search(stripped)
    if numbered:
        # A clerk copies last year's number into the 文号序号 of a mined template: say where a whole one goes.
        return f"这里写的是整个发文字号，只写其中的序号，如 {int(numbered.group(1))}；要照写整个发文字号，请写在“发文字号”里"
    counted = _LEADING_NUMBER.match(stripped)
    if counted:
        return f"只写数字，如 {counted.group(1)}"
    value = chinese.parse_chinese_numeral(stripped)
    return f"用阿拉伯数字写，如 {value}" if value is not None else ""


# 12号, 30份, and written as the count is said: 第12号, 第5期, 共30份.
_LEADING_NUMBER = re.compile(r"^\s*(?:第|共)?\s*(\d+)\s*[^\d\s]{1,3}\s*$")
# The year in brackets and the serial of a 发文字号 (X公发〔2025〕52号, [2025]第52号), as typed.
_WHOLE_DOC_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*(\d{1,6})\s*号")


# Digits in groups of three set apart by commas (1,200; 12，000): the thousands marks are not part of the number.
_GROUPED = re.compile(r"\d{1,3}(?:[,，]\d{3})+")
_GROUP_MARKS = re.compile(r"[,，]")


def _integer(text: str, spec: FieldSpec, ctx: _Context, where: Location, path: FieldPath) -> int | None:
    """Digits (ASCII or full-width, not ² or ①; thousands may be set apart by commas) within the field's declared
    range."""
    digits = text.translate(chinese.FULLWIDTH_DIGITS)
    sign = -1 if digits.startswith("-") else 1
    digits = digits.removeprefix("-")
    if _GROUPED.fullmatch(digits):
        digits = _GROUP_MARKS.sub("", digits)  # 1,200 份: a count as a clerk types it, the thousands set apart
    if not (digits.isascii() and digits.isdigit()):
        ctx.report(where, path, f'应当是整数，这里是 "{text[:40]}"', _integer_hint(text))
        return None
    value = sign * int(digits[-12:]) if len(digits.lstrip("0")) <= 12 else None
    if value is None or not spec.minimum <= value <= spec.maximum:
        ctx.report(where, path, f'应当是 {spec.minimum} 到 {spec.maximum} 之间的整数，这里是 "{text[:40]}"')
        return None
    return value


def _content(node: Node, spec: FieldSpec, ctx: _Context, depth: int, path: FieldPath) -> list[Any] | None:
    if isinstance(node, Scalar):
        return _paragraphs(node.text)
    if isinstance(node, Mapping):
        item = _content_item(node, spec, ctx, depth, (*path, 0))
        return None if item is None else [item]
    result: list[Any] = []
    for index, element in enumerate(node.items):
        if isinstance(element, Scalar):
            slip = _WIDE_ITEM_KEY.match(element.text)
            if slip:
                # - 标题：加强组织 (the input method's colon) is text to YAML: the heading and the 内容： line
                # under it were drafted as one paragraph, 标题：加强组织内容：各校要……, with no word.
                ctx.report(
                    element.location,
                    (*path, index),
                    "这一项以“标题：”开头，用的是中文冒号，会被当成一段文字排出来",
                    hint="条目的键后面要用英文冒号加空格，例如“- 标题: ……”，下一行对齐写“  内容: ……”",
                )
            elif element.text.strip():
                result.append(_fold(element.text))
        elif isinstance(element, Mapping):
            item = _content_item(element, spec, ctx, depth, (*path, index))
            if item is not None:
                result.append(item)
        else:
            ctx.report(element.location, (*path, index), "列表里不能直接再套列表，请写成“标题/内容/子项”的条目")
    return result


_WIDE_ITEM_KEY = re.compile(r"\s*标题\s*：")


def _content_item(node: Mapping, spec: FieldSpec, ctx: _Context, depth: int, path: FieldPath) -> dict[str, Any] | None:
    if depth > spec.max_depth:
        ctx.report(node.location, path, f"条目层级太深：最多 {spec.max_depth} 层（一、（一）1.（1））")
        return None
    item: dict[str, Any] = {"标题": "", "内容": [], "子项": [], "表格": None}
    for entry in node.entries:
        if entry.key not in ITEM_KEYS:
            ctx.report(
                entry.key_location,
                (*path, entry.key),
                "条目里不认识这个键",
                hint=WIDE_INDENT if entry.wide_indent else "条目可用的键：标题、内容、子项",
                kind=UNKNOWN_KEY,
            )
            continue
        if entry.key == "标题":
            scalar = _expect_scalar(entry.value, FieldSpec("标题", "text"), ctx, (*path, "标题"))
            item["标题"] = _fold(scalar.text) if scalar else ""
        elif entry.key == "内容":
            item["内容"] = _paragraph_list(entry.value, FieldSpec("内容", "paragraphs"), ctx, (*path, "内容")) or []
        elif entry.key == "表格":
            item["表格"] = table_value(entry.value, ctx.report, (*path, "表格"))
        else:
            item["子项"] = _content(entry.value, spec, ctx, depth + 1, (*path, "子项")) or []
    if not item["标题"] and not item.get("表格"):
        ctx.report(node.location, path, "条目缺少“标题”", hint="不需要标题的内容请直接写成一段文字")
        return None
    return item


def _paragraph_list(node: Node, spec: FieldSpec, ctx: _Context, path: FieldPath) -> list[str] | None:
    if isinstance(node, Scalar):
        return _paragraphs(node.text)
    if isinstance(node, Mapping):
        ctx.report(node.location, path, f"应当是{spec.type_label}，这里写成了一组“键: 值”")
        return None
    result = []
    for index, element in enumerate(node.items):
        scalar = _expect_scalar(element, spec, ctx, (*path, index))
        if scalar is not None and scalar.text.strip():
            result.append(_fold(scalar.text))
    return result


_LINE_ITEMS = ("text", "date", "doc_number")
# Lists of people and offices a clerk writes on one line with spaces between the names (出席: 王明 李华 张强):
# the gaps between Chinese characters were closed, and the 纪要 said 出席：王明李华张强. A name padded
# with a space (王　明) leaves a piece of one character: such a line is left whole.
# The 版记's lists of offices (分送, 报, 送, 发 as 抄送), and the issuing offices of a joint document: 发文机关:
# 青禾县教育局 青禾县财政局 on one line signed one office 青禾县教育局青禾县财政局 (the gap closed as in running text).
_OFFICE_LISTS = frozenset({*RECEIVER_FIELDS, "发文机关", "署名"})
# What a sheet's yes/no cell reads as (sheets: TRUE → 是) and the ticks typed for it: no office's name.
_TICKS = frozenset({"是", "否", "true", "false", "√", "×", "✓", "✔", "✗", "✘"})


def _ticked(text: str) -> bool:
    return text.strip().lower() in _TICKS


_NAME_LISTS = frozenset({"出席", "列席", "请假", "签发人"}) | _OFFICE_LISTS
_NAME_GAP = re.compile(r"[ \t\u3000]+")
# The offices that sign a joint document, each its own 署名 (GB/T 9704 §7.3.5): written in one line as a sentence
# lists them (青禾县教育局、青禾县财政局) they signed one line 青禾县教育局、青禾县财政局.
# The 签发人 too: 王明远、李国华 on one line was laid out in the 版头 as one signer of that name, where GB/T 9704
# §7.2.6 sets each name apart, two a line.
_SIGNERS = frozenset({"发文机关", "署名", "签发人"})
_SIGNER_BREAK = re.compile(r"\s*[、，,；;]\s*")


def _signers_in_a_sentence(text: str) -> list[str] | None:
    """The offices of a one-line 发文机关 written with 、 or ， between them, or None when it is not one."""
    parts = _SIGNER_BREAK.split(text.strip().rstrip("。"))
    if len(parts) < 2 or any(len(part) < 2 or not chinese.is_han(part[-1]) for part in parts):
        return None
    return parts


# A place's bare name (青禾县, 岚川市, 城关镇), no 各 before it: no office to send or copy to by itself, but the
# first part of one a clerk spaced from the rest (青禾县 教育局, as letterheads space it). Read apart, the
# draft was addressed to 青禾县，教育局： and a 请示 to 青禾县 人民政府 was told it had two addressees.
_BARE_PLACE = re.compile(r"(?!各).{1,10}(?:省|市|县|区|旗|州|盟|镇|乡|村|街道)")


def _places_joined(parts: list[str]) -> list[str]:
    """``parts`` with each place's bare name joined to the office after it (青禾县 + 教育局); two places
    in a row (城关镇 白沙乡) are two addressees and stay apart."""
    out: list[str] = []
    for part in parts:
        if out and _BARE_PLACE.fullmatch(out[-1]) and not _BARE_PLACE.fullmatch(part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _names_on_one_line(text: str, offices: bool) -> list[str] | None:
    """The names of a one-line list written with spaces between them, or None when it is not one; the names
    of ``offices`` (抄送), not people's (出席: 周建州 王明), have the places' bare names joined."""
    parts = _NAME_GAP.split(text.strip())
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return None
    # Only gaps between Chinese text: 'CnPack 开发组' and '王明 (主持)' are one name each. A name may end in
    # its bracketed part (各乡镇（街道） 县直各单位), as a 主送机关's may: it was joined into one office.
    if not all((chinese.is_han(a[-1]) or a[-1] == "）") and chinese.is_han(b[0]) for a, b in pairwise(parts)):
        return None
    return _places_joined(parts) if offices else parts


# A speech's 讲话人 written as post and name apart (县委常委、组织部部长 孙立文): offices print the line under
# the title with a full-width space between them; closing the gap as in running text read 组织部部长孙立文
# (ux14 walk). Only one line: a value folded over lines is joined as before.
_SPEAKER = "讲话人"
# A meeting notice's 报到时间: free text, but a date and time in it as a sheet's cell or an export gives them
# (2025-02-20 08:30) are put as a notice writes them.
_ARRIVAL = "报到时间"
_ISSUE = "期号"  # a 简报's or 纪要's, refused when it names no issue (gongwen.issue_number_problem)
_TOTAL_ISSUE = "总期号"  # a 简报's count of issues since the first, refused alike
# A 通告's 施行日期: a date (2026-02-10, read and checked as a date field's) or words (发布之日), written alone or as
# the clause (自发布之日起施行); the template writes 本通告自……起施行。 around it.
_IN_FORCE = "施行日期"
_IN_FORCE_WORDS = ("起施行", "起实施", "起执行", "起生效", "起")


def _in_force(text: str, ctx: _Context) -> str:
    core = text.rstrip("。.；;").strip()
    core = core.removeprefix("本通告").removeprefix("本公告").removeprefix("自").strip()
    core = next((core.removesuffix(end) for end in _IN_FORCE_WORDS if core.endswith(end)), core).strip()
    if core[:1].isdecimal():  # a date: 2026-02-30 is refused (DateParseError), not printed as written
        return gongwen.format_date(gongwen.parse_date(core, ctx.default_year, after=ctx.after))
    return _fold(core)


_POST_THEN_NAME = re.compile(r"^(?P<post>\S.*\S)[ \t\u3000]+(?P<name>[\u4e00-\u9fff·]{2,5})$")


def _post_and_name(text: str) -> str:
    apart = _POST_THEN_NAME.match(text) if "\n" not in text else None
    if apart is None:
        return _fold(text)
    return f"{_fold(apart.group('post'))}\u3000{apart.group('name')}"


# The 主送机关 written as several offices with only a space or a line break between them (各乡镇人民政府
# 各有关单位, or one office a line in a sheet cell): the gaps were closed and the draft was addressed to
# 各乡镇人民政府各有关单位：, an office that does not exist. The offices are named apart with a comma, as
# different kinds of office are in a 主送. A line ending in its own mark (……人民政府，) is joined as before.
_ADDRESSEES = "主送机关"


def _offices_apart(text: str) -> list[str] | None:
    """The offices of a 主送机关 written with gaps (spaces, line breaks) between them, or None."""
    # The colon the draft adds (县教育局 县财政局 ：) is no office.
    text = text.rstrip().rstrip(":：")
    parts = [part for line in text.splitlines() for part in _NAME_GAP.split(line.strip()) if part]
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return None
    # Chinese on both sides of every gap (an office may end in its bracketed part: 各乡镇（街道）).
    if not all((chinese.is_han(a[-1]) or a[-1] == "）") and chinese.is_han(b[0]) for a, b in pairwise(parts)):
        return None
    return _places_joined(parts)


# A contact written on one line as people write it on paper (林晓 0571-88001234, 林晓，电话0571-88001234).
NAME_AND_PHONE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})[\s，,、：:]*(?:电话[:：]?)?\s*(?P<phone>[\d\-－ ]{7,20})$"
)


def _record_hint(spec: FieldSpec, text: str, where: Location | None = None, path: FieldPath = ()) -> str:
    """How a record written on one line is written as its keys, one a line (with the clerk's own values where a
    name and a phone number can be told apart); in a sheet's cell, as a column for each key."""
    names = [field.name for field in spec.fields][:3]
    if not names:
        return ""
    values = dict.fromkeys(names, "……")
    found = NAME_AND_PHONE.match(text)
    if found and {"姓名", "电话"} <= set(names):
        values.update(姓名=found.group("name"), 电话=found.group("phone").strip())
    if isinstance(where, CellLocation):
        # A cell holds no "键: 值" lines: a sheet writes a record's keys as columns of their own (联系人.电话;
        # 联系人.2.姓名 for a list's second item), and the YAML advice could not be followed there (ux17 walk).
        column = ".".join(str(part + 1) if isinstance(part, int) else part for part in path if part != 0)
        columns = "”“".join(f"{column}.{name}" for name in names)
        filled = "、".join(f"{name}填“{value}”" for name, value in values.items() if value != "……")
        return f"在表格里每项各占一列：“{columns}”" + (f"（{filled}）" if filled else "")
    shown = "”“".join(f"{name}: {value}" for name, value in values.items())
    return f"分行写出各项，每行一个“键: 值”（列表的每一项以“- ”开头），如“{shown}”"


# A document cited as a 批复 or 复函 cites it: 《标题》（文号） on one line, the 书名号 optional.
_CITED = re.compile(r"^《?(?P<title>[^《》（）()]+?)》?\s*[（(](?P<number>[^（）()]+)[）)]$")


def _cited_on_one_line(node: Node, spec: FieldSpec, ctx: _Context, path: FieldPath) -> dict[str, Any] | None:
    """A record of a 标题 and a 文号 (the 来文 a 批复 answers, a 复函's 来函) written on one line as the document
    is cited, 关于……的请示（青卫〔2025〕9号）: its two parts. It was refused as no “键: 值”, though the clerk
    copied it as every 批复 quotes it (ux26 walk). None when it is no such line."""
    parts = {field.name: field for field in spec.fields}
    if not isinstance(node, Scalar) or not {"标题", "文号"} <= parts.keys():
        return None
    found = _CITED.match(node.text.strip())
    if found is None or gongwen.parse_doc_number(found.group("number").strip()) is None:
        return None
    values: dict[str, Any] = {field.name: field.default for field in spec.fields}
    for name, text in (("标题", found.group("title").strip()), ("文号", found.group("number").strip())):
        values[name] = convert(Scalar(text, node.location), parts[name], ctx, (*path, name))
    return values


def convert(node: Node, spec: FieldSpec, ctx: _Context, path: FieldPath) -> Any:
    """Convert one node by its declared type; None after reporting a problem."""
    if spec.type == "table":
        return table_value(node, ctx.report, path)
    if spec.type == "attachment":
        return _attachment(node, spec, ctx, path)
    if spec.type == "facts_file":
        scalar = _expect_scalar(node, spec, ctx, path)
        return FactsFileRef(scalar.text.strip(), scalar.location) if scalar is not None else None
    if spec.type == "content":
        return _content(node, spec, ctx, 1, path)
    if spec.type == "paragraphs":
        return _paragraph_list(node, spec, ctx, path)
    if spec.type == "list":
        assert spec.item is not None
        if isinstance(node, Scalar) and spec.item.type in _LINE_ITEMS and len(node.text.strip().splitlines()) > 1:
            # One text of several lines (a spreadsheet cell, a ``|`` block): one item a line.
            lines = [line for line in node.text.splitlines() if line.strip()]
            items = [convert(Scalar(line, node.location), spec.item, ctx, (*path, i)) for i, line in enumerate(lines)]
            return [item for item in items if item is not None]
        if isinstance(node, Scalar) and path[-1:] and path[-1] in _OFFICE_LISTS and _ticked(node.text):
            # A sheet's TRUE/FALSE (or a tick) in a 报/送/抄送 column: read as 是, the 版记 printed 报：是。
            ctx.report(
                node.location,
                path,
                f"应当写机关名称，这里是“{node.text.strip()}”（表格里的勾选或 TRUE/FALSE？）；"
                "请写出送哪个机关，不送就空着",
            )
            return None
        if isinstance(node, Scalar) and spec.item.type == "text" and path[-1:] and path[-1] in _NAME_LISTS:
            names = _names_on_one_line(node.text, offices=path[-1] in _OFFICE_LISTS)
            if names is None and path[-1] in _SIGNERS:
                names = _signers_in_a_sentence(node.text)
            if names is not None:
                items = [
                    convert(Scalar(name, node.location), spec.item, ctx, (*path, i)) for i, name in enumerate(names)
                ]
                return [item for item in items if item is not None]
        if not isinstance(node, Sequence):
            value = convert(node, spec.item, ctx, path)
            return [] if value is None else [value]
        if spec.max_items and len(node.items) > spec.max_items:
            ctx.report(node.location, path, f"最多 {spec.max_items} 项，这里有 {len(node.items)} 项")
            return None
        # A blank entry of a list of names ("", a dash left when a name was deleted) names no one: 发文机关: [""] drafted a
        # document signed by no office, 出席: [""] printed 出席： over nothing, each with no word.
        blank = spec.item.type == "text"
        values = [
            convert(item, spec.item, ctx, (*path, index))
            for index, item in enumerate(node.items)
            if not (isinstance(item, Scalar) and (item.is_null or (blank and not item.text.strip())))
        ]
        return [v for v in values if v is not None]
    if spec.type == "record":
        cited = _cited_on_one_line(node, spec, ctx, path)
        if cited is not None:
            return cited
        if not isinstance(node, Mapping):
            # 回执:\n  截止日期：2025年2月18日 (the input method's colon) is text to YAML: name the colon, not only
            # what the record holds.
            text = node.text.strip() if isinstance(node, Scalar) else ""
            wide = next((f.name for f in spec.fields if re.match(rf"-?\s*{re.escape(f.name)}\s*：", text)), "")
            hint = (
                f"键后面要用英文冒号加空格，例如“{wide}: ……”，不能用中文冒号“：”"
                if wide
                else _record_hint(spec, text, node.location, path)
            )
            ctx.report(
                node.location, path, f"应当是一组“键: 值”（{'、'.join(f.name for f in spec.fields)}）", hint=hint
            )
            return None
        return _record(node, spec.fields, ctx, path)
    # 主送机关 written as a list, one office a line, as 抄送 is written: refused (应当是一段文字), though the offices
    # were plain. They are named apart with a comma, as offices written with spaces between them are.
    plain_list = isinstance(node, Sequence) and all(isinstance(item, Scalar) for item in node.items)
    if path == (_ADDRESSEES,) and spec.type == "text" and plain_list and isinstance(node, Sequence):
        texts = [item.text.strip() for item in node.items if isinstance(item, Scalar) and item.text.strip()]
        # A list with no office in it ([] or [""], a sheet's template left blank) is a 主送机关 not written: it was
        # refused as 应当是一段文字，这里写成了列表, though a list is the way to write it.
        return _scalar_value("，".join(texts), spec, ctx, node.location, path)
    scalar = _expect_scalar(node, spec, ctx, path)
    if scalar is None:
        return None
    return _scalar_value(scalar.text, spec, ctx, scalar.location, path)


def _attachment(node: Node, spec: FieldSpec, ctx: _Context, path: FieldPath) -> dict[str, Any] | None:
    if not isinstance(node, Mapping):
        ctx.report(
            node.location,
            path,
            "附件应当写成一组“键: 值”：标题，加上内容、表格或文件",
            hint="如 - {标题: 参会回执, 表格: ...}",
        )
        return None
    before = len(ctx.problems)
    value = _record(node, spec.fields, ctx, path)
    if not any(_has_value(value.get(key)) for key in ("内容", "表格", "文件")):
        written = any(node.get(key) is not None for key in ("内容", "表格", "文件"))
        if not (written and len(ctx.problems) > before):
            # (a 表格 written wrong, said as such, was also said as 附件没有内容)
            ctx.report(node.location, path, "附件没有内容", hint="请写“内容”“表格”或“文件”（另一个事实文件）")
        return None
    if not _has_value(value.get("标题")) and not _has_value(value.get("文件")):
        ctx.report(node.location, (*path, "标题"), "附件缺少“标题”", hint="附件标题也写在正文后的附件说明里")
        return None
    return value


# Optional fields whose value cannot be a word (a date, a 密级, an attachment): 无 written there (密级: 无, 附件: 无,
# 印发日期: 无, or a sheet's column filled with 无 or / for the rows that have none) means none, as it does for the
# lists of names and the lines drafting reads it in (抄送: 无); it was refused (密级应当是 绝密、机密 或 秘密……), in a
# sheet every such row failed. Text, paragraphs and names keep their 无 for drafting to read; 是/否 reads 无 as 否.
_NONE_AS_BLANK = frozenset(
    {
        "date",
        "integer",
        "record",
        "doc_number",
        "copy_number",
        "secrecy",
        "urgency",
        "attachment",
        "facts_file",
        "table",
    }
)


def _left_blank(node: Node, spec: FieldSpec) -> bool:
    """A key written with nothing after it; an explicit "" still counts as a value for text fields. 无 where an
    optional field's value cannot be a word (``_NONE_AS_BLANK``)."""
    if not isinstance(node, Scalar):
        return False
    if node.is_null:
        return True
    kind = spec.item.type if spec.type == "list" and spec.item is not None else spec.type
    if not spec.required and kind in _NONE_AS_BLANK and none_word(node.text):
        return True
    return not node.text.strip() and spec.type != "text"


def _has_value(value: Any) -> bool:
    return value is not None and value != "" and value != []


def _record(node: Mapping, specs: tuple[FieldSpec, ...], ctx: _Context, path: FieldPath = ()) -> dict[str, Any]:
    by_name = {spec.name: spec for spec in specs}
    values: dict[str, Any] = {}
    said: set[str] = set()  # fields whose value was said to be wrong
    for entry in node.entries:
        if entry.key in META_KEYS and not path:
            if not isinstance(entry.value, Scalar):  # 文件名: [甲, 乙] was dropped without a word
                what = "列表" if isinstance(entry.value, Sequence) else "一组“键: 值”"
                ctx.report(entry.value.location, (entry.key,), f"应当是一段文字，这里写成了{what}")
            continue
        spec = by_name.get(entry.key)
        if spec is None and not entry.key.strip():
            # "": 青禾县教育局 or ~: …: the name deleted, and the line was said as 不认识这个键（是否想写“发文机关”？）
            # with no name before it, one field suggested out of the blue.
            ctx.report(entry.key_location, (*path, entry.key), "冒号前面没有字段名", hint="写成“字段名: 值”")
            continue
        if spec is None:
            ctx.report(
                entry.key_location,
                (*path, entry.key),
                "不认识这个键",
                # ……标题: 值班 / 　　内容: …… (full-width indent): 内容 was read at the top, not under its item.
                hint=WIDE_INDENT if entry.wide_indent else suggest(entry.key, list(specs)),
                kind=UNKNOWN_KEY,
            )
            continue
        if _left_blank(entry.value, spec):
            continue
        before = len(ctx.problems)
        values[spec.name] = convert(entry.value, spec, ctx, (*path, spec.name))
        if len(ctx.problems) > before:
            said.add(spec.name)
    for spec in specs:
        if spec.required and not _has_value(values.get(spec.name)):
            present = node.get(spec.name)
            if present is None:
                ctx.report(node.location, (*path, spec.name), "缺少必填项", hint=spec.description, kind=MISSING_FIELD)
            elif spec.name in said:
                pass  # 发文机关: {名称: ……} is said as written wrong, not also as 必填项没有填写 on the same line
            elif spec.name not in values or values[spec.name] == "" or values[spec.name] == []:
                ctx.report(present.key_location, (*path, spec.name), "必填项没有填写", hint=spec.description)
        if values.get(spec.name) is None:
            values[spec.name] = spec.default
    return values


def validate(tree: Mapping, specs: tuple[FieldSpec, ...], *, date_field: str = "成文日期") -> dict[str, Any]:
    """Check a facts tree against declared fields; return the typed values or raise FactsError.

    A date written without a year (5月10日) is the first such day on or after ``成文日期``: a notice
    dated 2024年12月28日 calls a meeting on 1月5日 of 2025, not of 2024.
    """
    ctx = _Context()
    dated = tree.get(date_field)
    if dated is not None and isinstance(dated.value, Scalar):
        try:
            found = gongwen.find_date(dated.value.text)
        except gongwen.DateParseError:
            found = None
        if found is not None and found.had_year:
            ctx.default_year, ctx.after = found.date.year, found.date
    values = _record(tree, specs, ctx)
    if ctx.problems:
        raise FactsError(sorted(ctx.problems, key=lambda p: (p.location.line, p.location.column)))
    return values
