"""``drafter new``: a commented starter facts file built from a template's field declarations."""

from __future__ import annotations

import re
from typing import Any

import yaml

from . import gongwen
from .catalog import TemplateSpec, dropped_sections
from .fields import FieldSpec
from .placeholders import placeholder


def _dump(name: str, value: Any) -> str:
    text = yaml.safe_dump({name: value}, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return text.rstrip("\n")


def _flow(name: str, value: Any) -> str:
    """One line of YAML (a list in brackets), to be switched on by taking away its “# ”."""
    if not isinstance(value, list):
        return _dump(name, value)
    text = yaml.safe_dump({name: value}, allow_unicode=True, default_flow_style=None, width=10_000)
    return text.rstrip("\n")


# Every line break YAML knows (it counts NEL and the Unicode separators too): in a comment, any of
# them would end the comment and turn the rest of a manifest's text into live keys.
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")


_YAML_LINE_END = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)


def _comment(spec: FieldSpec) -> str:
    need = "必填" if spec.required else "可选"
    text = f"# {spec.name}（{need}，{spec.type_label}）"
    if spec.description:
        text += f"：{spec.description}"
    return _one_line(text)


def _own_genre(name: str) -> bool:
    """Whether ``name`` is the name of a 文种 of its own in gongwen (公告), not another's kind (复函 is a 函)."""
    genre = gongwen.find_genre(name)
    return genre is not None and genre.name == name


def _has_example(value: Any) -> bool:
    return value not in (None, "", [], {})


def _commented_value(field: FieldSpec) -> Any:
    """What a commented-out field shows, to be switched on by taking away its “# ”: its default where it has one
    (a mined 抄送: the keeper's edited default, not the example mining wrote beside it), else its example. A yes/no
    default (信函格式: true) keeps its example's 是."""
    if field.type != "bool" and _has_example(field.default):
        return field.default
    return field.example


def starter_text(spec: TemplateSpec, *, template_ref: str = "", chosen: dict[str, str] | None = None) -> str:
    """The starter file: every field with a comment; required and typical ones filled with examples.

    Fields marked ``starter: false`` are shown commented out, so the file drafts as it is and each
    optional element is one uncommenting away. ``chosen`` holds the choices the genre's name made
    (drafter new 复函: 类别 复函), written out in place of the field's example.
    """
    chosen = chosen or {}
    # drafter new 公告 chose the 通告 template's 文种名 公告: the file was headed 通告的事实文件 and wrote 文种: 通告, and
    # the clerk who asked for a 公告 wondered whether he had one (ux27 walk). A kind that is a 文种 of its own (not
    # 复函, a kind of 函) names the file; 文种: 公告 drafts the same template and kind.
    title = next((kind for kind in chosen.values() if _own_genre(kind)), spec.title)
    lines = [
        f"# {_one_line(title)}的事实文件，由 drafter new 生成。",
        "# 改写下面的内容，然后运行：drafter draft 本文件名.yaml",
        "# 以“# ”开头的行是说明；被注释掉的键是可选项，去掉行首的“# ”即可启用。",
        "# 键名后面用英文冒号加一个空格；含冒号等符号的内容请加引号。",
        "",
    ]
    # Dumped, not pasted: a path such as "tpl #1" or "a: b" must read back exactly.
    lines.append(_dump("模板", template_ref) if template_ref else _dump("文种", title))
    dropped = dropped_sections(spec)
    for field in spec.fields:
        lines.append("")
        lines.append(_comment(field))
        example = field.example
        section = dropped.get(field.name)
        if section is not None:
            # Not asked for: the template no longer lays it out (the keeper removed 会议议程), and a 〔请填写〕
            # there held the draft back for a value the draft then left out.
            lines.append(_one_line(f"# 模板去掉了“{section.title}”这一节，写了{field.name}也不排这一节"))
            if _has_example(example):
                lines.extend("# " + line for line in _YAML_LINE_END.split(_dump(field.name, example)))
            continue
        if field.name in chosen:
            # drafter new 复函 wrote 类别: 去函 (the example), and the reply drafted from it was a 去函.
            lines.append(_dump(field.name, chosen[field.name]))
        elif field.starter and (_has_example(example) or field.required):
            lines.append(_dump(field.name, example if _has_example(example) else ""))
        elif _has_example(shown := _commented_value(field)):
            lines.extend("# " + line for line in _YAML_LINE_END.split(_dump(field.name, shown)))
        else:
            lines.append(f"# {_one_line(field.name)}:")
        if field.name == "发文机关" and spec.issuers:
            lines.extend(_issuer_lines(spec))
        if field.alternatives:
            active = field.starter and (_has_example(example) or field.required)
            lines.append(
                "# 其他常用写法（挖掘所得）：要用哪一句，就去掉那一行行首的“# ”"
                + (f"，并删去上面原有的“{_one_line(field.name)}”" if active else "")
                + "，再把〔请填写：……〕改成实际内容"
            )
            lines.extend("# " + _one_line(_flow(field.name, _switchable(field, text))) for text in field.alternatives)
    return "\n".join(lines) + "\n"


def _issuer_lines(spec: TemplateSpec) -> list[str]:
    """How to draft as another body the unit issues as (its 党委): write its name as 发文机关, and its own 红头,
    文号, 署名 and 版记 follow (the template's defaults are the unit's)."""
    lines = []
    for issuer in spec.issuers:
        own = "、".join(
            f"{name}“{'、'.join(value) if isinstance(value, tuple) else value}”" for name, value in issuer.values
        )
        lines.append(
            _one_line(f"# 以“{issuer.name}”的名义发文时写：发文机关: {issuer.name}（{own}随之改用它的，不用另写）")
        )
    return lines


# A run of touching gaps in a mined formula: typed slots ({期间}) or free text (……), one place to write in.
_GAP = re.compile(r"(?:\{[^{}]{1,12}\}|……)+")
_SLOT = re.compile(r"\{([^{}]{1,12})\}")


def _gap_prompt(run: str) -> str:
    """What to write in a run of gaps: the slots' names when all are typed (期间、事项), else 实际内容: the
    walk's 现就……{期间}……通知如下： asked for 〔实际内容〕〔期间〕〔实际内容〕, three placeholders in a row."""
    names = _SLOT.findall(run)
    if "……" in run or not names:
        return "实际内容"
    return "、".join(dict.fromkeys(names))


def _switchable(field: FieldSpec, text: str) -> Any:
    """An alternative as the field's value, each gap a placeholder the draft refuses until replaced."""
    value = _GAP.sub(lambda m: placeholder(_gap_prompt(m.group(0))), _one_line(text))
    return [value] if field.type in ("paragraphs", "list") else value
