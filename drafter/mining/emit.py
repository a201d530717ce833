"""Mined template folders in exactly the built-in format (manifest.yaml + one Jinja file per section).

Each genre's template follows the majority section order; the stock phrases found at a document's
opening, at the start of a section and at its close become default text, their typed slots become
fields. Anything ``mine`` emits can be drafted from at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ..catalog import common_folder
from ..chinese import han_share
from .classify import SECTIONS
from .labels import genre_name, section_name
from .literal import template_literal
from .phrases import Phrase
from .structure import GenreStructure

_SLOT = re.compile(r"\{(日期|期间|数量|单位|地点|人名|文号|文件名)\}")
_JINJA_SYNTAX = re.compile(r"\{\{|\{%|\{#|%\}|#\}|\}\}")


def _usable(phrase: Phrase) -> bool:
    """Phrases that can stand in a template: Chinese text, no unfilled gaps, nothing Jinja would read."""
    text = phrase.filled
    # Stock phrases are formulae; a long sentence that recurs is text copied between documents.
    if len(text) > (50 if phrase.slots else 40):
        return False
    return (
        _chinese(text)
        and phrase.sentence
        and text.endswith(("。", "：", "！", ":"))
        and "……" not in text
        and not _JINJA_SYNTAX.search(text)
        and not text.startswith(("#", "::", "+"))
    )


# Genres that end without 署名 and 成文日期: a speech is dated under its title, minutes and reports
# of a meeting carry no signature (GB/T 9704 §10.3).
_UNSIGNED = ("speech", "meeting_report")


def _chinese(text: str) -> bool:
    """Mostly Chinese (an English version printed beside the Chinese one gives no template text)."""
    return han_share(text) >= 0.5


def _best(phrases: Sequence[Phrase], *, place: str, section: str | None = None) -> Phrase | None:
    for phrase in phrases:
        if place in phrase.places[:1] and (section is None or section in phrase.sections[:1]) and _usable(phrase):
            return phrase
    return None


def _jinja_line(phrase: Phrase, fields: dict[str, dict[str, Any]]) -> str:
    """The phrase as a template line: typed slots become fields (declared in ``fields``)."""
    examples = iter(value for _, value in phrase.slots)

    def slot(match: re.Match[str]) -> str:
        kind = match.group(1)
        example = next(examples, "")
        if kind not in fields:
            spec: dict[str, Any] = {
                "type": "date" if kind == "日期" and re.search(r"年.*月.*日", example) else "text",
                "required": True,
                "description": f"常用语句里的{kind}",
                "example": example or kind,
            }
            fields[kind] = spec
        return "{{ " + kind + (" | 日期" if fields[kind]["type"] == "date" else "") + " }}"

    return "\\" + _SLOT.sub(slot, template_literal(phrase.filled))


def _field_name(kind: str) -> str:
    return section_name(kind)


def emit_template(
    folder: Path,
    genre: str,
    structure: GenreStructure,
    phrases: Sequence[Phrase],
    titles: Sequence[str],
    sources: int,
    min_documents: int = 2,
) -> Path:
    """Write one genre's template folder; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    # A copy, so that the folder stands alone and its macros can be edited with the rest of it.
    (folder / "_macros.j2").write_text((common_folder() / "_macros.j2").read_text(encoding="utf-8"), encoding="utf-8")
    genre_phrases = [p for p in phrases if p.genre == genre]
    typical = sorted(
        titles, key=lambda t: (not any(w in t for w in ("总结", "通知", "方案", "计划", "讲话", "纪要")), len(t))
    )
    fields: dict[str, dict[str, Any]] = {
        "标题": {
            "type": "text",
            "required": True,
            "description": "文件标题",
            "example": typical[0] if typical else genre_name(genre),
        },
    }
    sections: list[dict[str, Any]] = [{"name": "head", "title": "标题和主送机关"}]
    if genre == "speech":
        # A speech carries its speaker and date under the title and opens with a salutation.
        fields["讲话人"] = {"type": "text", "description": "职务和姓名，排在标题下方", "example": "（职务　姓名）"}
        fields["讲话日期"] = {"type": "date", "description": "讲话的日期", "starter": False, "example": ""}
        fields["称呼"] = {"type": "text", "description": "开头的称呼，默认“同志们”", "starter": False, "example": ""}
        head = (
            "::标题 {{ 标题 }}\n{% if 讲话人 %}\n::讲话人 {{ 讲话人 }}\n{% endif %}\n"
            "{% if 讲话日期 %}\n::讲话日期 {{ 讲话日期 | 日期 }}\n{% endif %}\n::称呼 {{ 称呼 or '同志们' }}\n"
        )
        sections[0]["title"] = "标题、讲话人和称呼"
    else:
        fields["主送机关"] = {"type": "text", "description": "主送机关（需要时填写）", "starter": False, "example": ""}
        head = "::标题 {{ 标题 }}\n{% if 主送机关 %}\n::主送 {{ 主送机关 }}\n{% endif %}\n"
    if genre == "letter":
        # A 函 is laid out in the 信函 format (GB/T 9704 §10.1): the issuer's name heads page 1.
        fields["发文机关"] = {"type": "text", "required": True, "description": "发文机关名称，排在信函格式的首页顶端", "example": "（机关名称）"}
        fields["发文字号"] = {"type": "doc_number", "description": "函的发文字号", "starter": False, "example": ""}
        head = "::信函标志 {{ 发文机关 }}\n{% if 发文字号 %}\n::信函字号 {{ 发文字号 }}\n{% endif %}\n" + head
    (folder / "head.j2").write_text(head, encoding="utf-8")

    opening = _best(genre_phrases, place="intro")
    intro_lines = ["{% if 导语 %}", "{% for paragraph in 导语 %}", "{{ paragraph }}", "{% endfor %}"]
    if opening is not None:
        intro_lines += ["{% else %}", _jinja_line(opening, fields)]
        intro_hint = f"不填时用挖掘到的常用开头：“{opening.skeleton}”（{opening.documents} 篇文档用过）"
    else:
        intro_hint = "开头一段或几段"
    intro_lines.append("{% endif %}")
    fields["导语"] = {"type": "paragraphs", "description": intro_hint, "starter": False, "example": ""}
    (folder / "intro.j2").write_text("\n".join(intro_lines) + "\n", encoding="utf-8")
    sections.append({"name": "intro", "title": "导语"})

    kinds = [s for s in structure.sections if s.kind in SECTIONS and s.documents >= min_documents]
    for order, stat in enumerate(kinds, 1):
        name = _field_name(stat.kind)
        required = stat.share >= 0.6 and order == 1
        if stat.heading:
            example: Any = [f"（请在这里写{name}）"]
        else:
            example = [
                {"标题": title, "内容": "（请在这里写具体内容）"}
                for title in [t for t in stat.examples if t and _chinese(t)][:2] or [name]
            ]
        fields[name] = {
            "type": "content",
            "required": required,
            "max_depth": 3 if stat.heading else 4,
            "description": f"{name}：{stat.documents}/{structure.documents} 篇文档有这一部分"
            + (f"，常用标题“{stat.heading}”" if stat.heading else "，各条标题即一级标题"),
            "example": example,
        }
        # A lead paragraph needs the section's own heading above it; without one it would read as
        # the end of the previous section.
        lead = _best(genre_phrases, place="lead", section=stat.kind) if stat.heading else None
        lead_field = f"{name}导语"
        body = ["{% import '_macros.j2' as m %}"]
        level = 1
        if stat.heading:
            body.append(f"# {template_literal(stat.heading)}")
            level = 2
        if lead is not None:
            fields[lead_field] = {
                "type": "paragraphs",
                "description": f"不填时用挖掘到的常用语句：“{lead.skeleton}”",
                "starter": False,
                "example": "",
            }
            body += [
                f"{{% if {lead_field} %}}{{% for paragraph in {lead_field} %}}",
                "{{ paragraph }}",
                "{% endfor %}{% else %}",
                _jinja_line(lead, fields),
                "{% endif %}",
            ]
        body.append(f"{{{{ m.content({name}, {level}) }}}}")
        filename = f"s{order:02d}_{stat.kind}"
        (folder / f"{filename}.j2").write_text("\n".join(body) + "\n", encoding="utf-8")
        sections.append({"name": filename, "title": name, "type": stat.kind, "when": name})

    closing = _best(genre_phrases, place="closing")
    closing_lines = ["{% if 结尾 %}", "{% for paragraph in 结尾 %}", "{{ paragraph }}", "{% endfor %}"]
    if closing is not None:
        closing_lines += ["{% else %}", _jinja_line(closing, fields)]
    closing_lines.append("{% endif %}")
    fields["结尾"] = {
        "type": "paragraphs",
        "description": f"结尾一段；不填时用挖掘到的常用结尾：“{closing.skeleton}”" if closing else "结尾一段（可选）",
        "starter": False,
        "example": "",
    }
    (folder / "closing.j2").write_text("\n".join(closing_lines) + "\n", encoding="utf-8")
    sections.append({"name": "closing", "title": "结尾"})

    if genre not in _UNSIGNED:
        fields["署名"] = {"type": "text", "required": True, "description": "落款的单位名称", "example": "（单位名称）"}
        fields["成文日期"] = {"type": "date", "required": True, "description": "落款日期", "example": "2025年1月1日"}
        (folder / "signoff.j2").write_text("::署名 {{ 署名 }}\n::成文日期 {{ 成文日期 | 日期 }}\n", encoding="utf-8")
        sections.append({"name": "signoff", "title": "署名和成文日期"})

    manifest = {
        "name": genre,
        "genre": genre,
        "title": f"{genre_name(genre)}（挖掘）",
        "aliases": [],
        "description": f"由 drafter mine 从 {sources} 篇{genre_name(genre)}挖掘：章节顺序 "
        + " → ".join(section_name(s.kind) for s in kinds),
        "sections": sections,
        "fields": fields,
    }
    header = "# 由 drafter mine 生成的模板；格式与内置模板相同，可以直接修改。\n"
    text = yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False, width=1000)
    (folder / "manifest.yaml").write_text(header + text, encoding="utf-8")
    return folder
