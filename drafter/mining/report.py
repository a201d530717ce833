"""Human-readable output of mining: the parse outline, report.json and an offline report.html."""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..gongwen import OWN_TEMPLATES
from ..textio import display_line
from .constants import Constant
from .docvalues import joint_names
from .labels import genre_name, section_name
from .parse import ParsedDocument, ParsedFile, SkippedFile
from .reader import MINE_REPORT_TITLE

if TYPE_CHECKING:
    from ..catalog import TemplateSpec
    from .builder import Emitted
    from .phrases import Phrase
    from .spread import Groups
    from .structure import GenreStructure


def outline_text(files: Sequence[ParsedFile]) -> str:
    """The outline `drafter parse` prints without --json."""
    out = []
    for parsed in files:
        out.append(f"{display_line(parsed.path)}：{len(parsed.documents)} 篇")
        for number, doc in enumerate(parsed.documents, 1):
            duplicate = f"（与 {doc.duplicate_of[0]}:{doc.duplicate_of[1]} 重复）" if doc.duplicate_of else ""
            title = doc.title or "（无标题）"
            out.append(f"  {number}. 第{doc.start_line}–{doc.end_line}行 [{kind_shown(doc)}] {title}{duplicate}")
            for heading in doc.headings:
                indent = "    " * heading.level
                out.append(
                    f"  {indent}{heading.marker}{heading.text}  〔{section_name(heading.section)}，第{heading.line}行〕"
                )
    return "\n".join(out) + "\n"


def kind_shown(doc: ParsedDocument) -> str:
    """The genre, and the statutory 文种 its title names when that is another (请示, 函 are "other" genres).

    A clerk reads 请示 where the labels say 其他; a 通报 counted with the notices keeps its own name too,
    since mining teaches both templates from it (工作总结 · 报告).
    """
    genre = genre_name(doc.genre)
    named = genre_name(doc.doc_type) if doc.doc_type else ""
    if not named or named == genre:
        return genre
    return named if doc.genre == "other" else f"{genre} · {named}"


def _titled_otherwise(genre: str, genre_docs: Sequence[ParsedDocument]) -> dict[str, int]:
    """How many of a genre's documents name another 文种 in their title (通报 among the notices, which teach the
    notice template too): a clerk who kept 3 notices and 3 通报 read 通知 6 篇 and wondered (ux26 walk)."""
    if genre == "other":
        return {}  # its note says under which 文种 each counts (_other_note)
    own = genre_name(genre)
    titled: dict[str, int] = {}
    for document in genre_docs:
        named = genre_name(document.doc_type) if document.doc_type else ""
        if named and named not in own:  # (a 会议通知 names 通知, a 会议报道/纪要 names 纪要: its own word)
            titled[named] = titled.get(named, 0) + 1
    return titled


def _other_note(
    genre: str,
    genre_docs: Sequence[ParsedDocument],
    documents: Sequence[ParsedDocument],
    memberships: Sequence[tuple[str, ...]],
) -> str:
    """Why a genre has no template; for 其他, which of its documents count under the 文种 of their title."""
    note = "“其他”类文档不生成模板"
    here = {id(d) for d in genre_docs}
    counted: dict[str, int] = {}
    for document, held in zip(documents, memberships, strict=True):
        if id(document) in here:
            for other in held:
                if other != genre:
                    counted[other] = counted.get(other, 0) + 1
    # Documents whose title names a 文种 no template writes (决定) are here whatever their label: the clerk who
    # filed 5 决定 read only of 函 and wondered where they went (ux16 walk).
    unwritten: dict[str, int] = {}
    for document in genre_docs:
        if document.doc_type and document.doc_type != "notice" and document.doc_type not in OWN_TEMPLATES:
            unwritten[document.doc_type] = unwritten.get(document.doc_type, 0) + 1
    # A 公告 is drafted by the built-in 通告 (文种名: 公告) but mined apart from the notices and the 通告: "no template"
    # would send the clerk to write it by hand.
    announced = unwritten.pop("public_notice", 0)
    if unwritten:
        named = "、".join(f"{genre_name(g)} {n} 篇" for g, n in unwritten.items())
        note += f"；其中{named}：drafter 没有这个文种的模板，不算作通知或会议通知"
    if announced:
        note += (
            f"；其中公告 {announced} 篇：不与通知、通告一起挖掘（各是一个系列），"
            "起草公告用 drafter new 公告（通告模板，文种名写“公告”）"
        )
    if not counted:
        return note
    listed = "、".join(f"{genre_name(g)} {n} 篇" for g, n in counted.items())
    return note + f"；其中按标题里的文种另算：{listed}（见各自的部分）"


def write_report_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


class Relative:
    """Sources as paths relative to the folders mined, so that a report can be sent to a colleague."""

    def __init__(self, inputs: Sequence[Path]) -> None:
        self.roots = [(p if p.is_dir() else p.parent).resolve() for p in inputs]
        # As written too: a file reached through a link to a folder outside the one mined (存档/共享 → another
        # drive) resolves outside it, and was named by its base name alone, a dozen report.html told apart by nothing.
        self.written = [Path(os.path.abspath(p if p.is_dir() else p.parent)) for p in inputs]
        self.prefix = len(self.roots) > 1

    def path(self, path: str) -> str:
        try:
            resolved = Path(path).resolve()
        except (OSError, RuntimeError):
            # A skipped file that is a link leading round in a circle (Python before 3.13 raises RuntimeError):
            # named as written. Resolving it stopped the whole run at its report, everything mined lost.
            resolved = Path(os.path.abspath(path))
        for candidate, roots in ((resolved, self.roots), (Path(os.path.abspath(path)), self.written)):
            for root in roots:
                try:
                    inside = candidate.relative_to(root).as_posix()
                except ValueError:
                    continue
                return f"{root.name}/{inside}" if self.prefix else inside
        return Path(path).name

    def source(self, source: str) -> str:
        """``path:line`` (or ``path:start-end``) with the path made relative."""
        path, _, where = source.rpartition(":")
        return f"{self.path(path)}:{where}" if path else self.path(source)


ROLE_NAMES = {
    "salutation": "称呼",
    "opening": "开头",
    "transition": "过渡（引出下文）",
    "heading": "小标题",
    "lead": "段首（标题下第一句）",
    "body": "正文中",
    "closing": "结尾",
}


def build_report(
    parsed: Sequence[ParsedFile],
    skipped: Sequence[SkippedFile],
    documents: Sequence[ParsedDocument],
    phrases: Sequence[Phrase],
    emitted: dict[str, Emitted],
    structures: dict[str, GenreStructure],
    groups: Groups,
    inputs: Sequence[Path],
    memberships: Sequence[tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    """report.json: overview, per genre its template, constants, structure and phrases; groups; skips.

    ``memberships`` gives every genre a document counts in (by default its own)."""
    relative = Relative(inputs)
    index_of = {id(d): number for number, d in enumerate(documents)}
    if memberships is None:
        memberships = [(d.genre,) for d in documents]
    duplicates = [d for f in parsed for d in f.documents if d.duplicate_of]
    genres = []
    for genre, structure in sorted(structures.items(), key=lambda item: (-item[1].documents, item[0])):
        genre_docs = [d for d, held in zip(documents, memberships, strict=True) if genre in held]
        result = emitted.get(genre)
        note = result.reason if result else _other_note(genre, genre_docs, documents, memberships)
        shown_docs, documents_shown, groups_shown = genre_docs, structure.documents, structure.groups
        if genre == "other":
            # A 请示 of the unit is 其他 by its label and counts under 请示 by its title: listed there only, where
            # the report showed it twice (其他 4 篇 above 请示 4 篇 of the same 4 documents; ux30 walk).
            counted = {id(d) for d, held in zip(documents, memberships, strict=True) if len(held) > 1}
            shown_docs = [d for d in genre_docs if id(d) not in counted]
            if len(shown_docs) < len(genre_docs):
                documents_shown = len(shown_docs)
            groups_shown = len({groups.of_document[index_of[id(d)]] for d in shown_docs})
        genre_phrases = []
        for phrase in phrases:
            # (the phrases of a 请示 labelled 其他 stay under 其他 as well: what scores them per label genre, a
            # formula list labelled by LABELS' genres, looks for them there)
            if phrase.genre == genre:
                data = phrase.to_json()
                data["examples"] = [
                    {"text": e["text"], "source": relative.source(e["source"])} for e in data["examples"]
                ]
                genre_phrases.append(data)
        genres.append(
            {
                "genre": genre,
                "name": genre_name(genre),
                "documents": documents_shown,
                "groups": groups_shown,
                "titled": _titled_otherwise(genre, genre_docs),
                "template": result.folder.name if result and result.folder else "",
                "template_note": note,
                "defaults": result.to_json() if result else {},
                "structure": structure.to_json(),
                "formulae": sum(1 for p in genre_phrases if p["formula"]),
                "phrases": genre_phrases,
                "document_list": [
                    {
                        "source": relative.source(f"{d.path}:{d.start_line}-{d.end_line}"),
                        "title": d.title,
                        "headings": len(d.headings),
                        "group": groups.of_document[index_of[id(d)]],
                    }
                    for d in shown_docs
                ],
            }
        )
    joined = []
    members: dict[int, list[int]] = {}
    for number, group in enumerate(groups.of_document):
        members.setdefault(group, []).append(number)
    for group, numbers in members.items():
        if len(numbers) > 1:
            joined.append(
                {
                    "reason": groups.reasons.get(group, ""),
                    "documents": [relative.source(f"{documents[n].path}:{documents[n].start_line}") for n in numbers],
                }
            )
    return {
        "overview": {
            "files": len(parsed),
            "skipped": len(skipped),
            "documents": len(documents) + len(duplicates),
            "unique_documents": len(documents),
            "duplicates": len(duplicates),
            "groups": len(members),
            "characters": sum(len(line.text) for d in documents for line in d.lines),
        },
        "genres": genres,
        "groups": joined,
        "duplicates": [
            {
                "source": relative.source(f"{d.path}:{d.start_line}"),
                "original": relative.source(f"{d.duplicate_of[0]}:{d.duplicate_of[1]}"),
            }
            for d in duplicates
            if d.duplicate_of
        ],
        # The reason names the file as it was given (often a full path): named again relatively here.
        "skipped": [
            {"path": relative.path(s.path), "reason": s.reason.replace(s.path, relative.path(s.path))} for s in skipped
        ],
    }


_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.6}
h1{font-size:1.6em;border-bottom:2px solid #b22;padding-bottom:.3em}h2{margin-top:2em;color:#822}h3{color:#444}
table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right}.src{color:#777;font-size:.85em}.phrase{font-weight:600}
.slot{color:#b22}.bar{fill:#c44}.barlabel{font-size:12px}.muted{color:#888}details{margin:.3em 0}
"""


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _phrase_html(text: str) -> str:
    escaped = _esc(text)
    return re.sub(r"(\{[^{}]{1,8}\}|……)", r'<span class="slot">\1</span>', escaped)


def _section_chart(structure: dict[str, Any]) -> str:
    """An inline SVG: one bar per section type (length = share of documents) in the majority order,
    with the share of documents that agree with each step of the order between the bars."""
    rows = [row for row in structure.get("sections", []) if row["type"] != "intro"]
    if not rows:
        return '<p class="muted">（这类文档没有可统计的章节）</p>'
    sure = {(p["first"], p["second"]): p for p in structure.get("order", [])}
    height = 30 * len(rows) + 10
    parts = [f'<svg width="720" height="{height}" role="img" aria-label="章节顺序和出现频率">']
    previous = None
    for index, row in enumerate(rows):
        y = 10 + 30 * index
        width = max(int(400 * row["share"]), 2)
        label = f"{index + 1}. {row['name']}"
        parts.append(f'<text class="barlabel" x="0" y="{y + 14}">{_esc(label)}</text>')
        parts.append(f'<rect class="bar" x="150" y="{y}" width="{width}" height="18"/>')
        note = f"{row['documents']} 篇，{row.get('groups', row['documents'])} 组（{row['share']:.0%}）"
        pair = sure.get((previous, row["type"])) if previous else None
        if pair and pair["documents"]:
            note += f"；排在上一节之后：{pair['confidence']:.0%}（{pair['documents']} 篇同时有两节）"
        parts.append(f'<text class="barlabel" x="{156 + width}" y="{y + 14}">{_esc(note)}</text>')
        previous = row["type"]
    parts.append("</svg>")
    return "".join(parts)


def _builtin(name: str) -> TemplateSpec | None:
    """The built-in template a mined one extends, by its name."""
    from ..catalog import builtin_templates

    return next((spec for spec in builtin_templates() if spec.name == name), None)


def _builtin_title(name: str) -> str:
    """The Chinese title of the built-in template a mined one extends: the built-in 会议纪要 (minutes) is
    named by no mined genre, and the report said 扩展内置模板“minutes”."""
    spec = _builtin(name)
    return spec.title if spec is not None else genre_name(name)


def _keeps(name: str) -> str:
    """What a mined template keeps of the built-in it extends, as the report says it: a 讲话稿 or a
    工作总结 prints no 红头 or 版记, and the report promised a speech template both."""
    spec = _builtin(name)
    names = {f.name for f in spec.fields} if spec is not None else set()
    return "红头、版记等功能照旧" if {"发文机关标志", "抄送"} & names else "内置模板的功能照旧"


def _defaults_html(genre: dict[str, Any]) -> list[str]:
    defaults = genre.get("defaults") or {}
    out = ["<h3>模板</h3>"]
    if not genre.get("template"):
        out.append(f'<p class="muted">未生成模板：{_esc(genre.get("template_note") or "")}</p>')
        return out
    base = defaults.get("extends")
    out.append(
        f"<p>模板文件夹：<b>{_esc(genre['template'])}</b>"
        + (f"（扩展内置模板“{_esc(_builtin_title(base))}”，{_keeps(base)}）" if base else "")
        + "</p>"
    )
    standard = set(defaults.get("standard") or ())
    rows = []
    for key, name in (("salutation", "称呼"), ("opening", "开头"), ("transition", "过渡"), ("closing", "结尾")):
        if defaults.get(key):
            note = "（语料中没有足够多来源共用的写法，用公文惯例）" if key in standard else ""
            rows.append(f"<tr><td>{name}</td><td class='phrase'>{_phrase_html(defaults[key])}{note}</td></tr>")
    # A template of a genre with too few documents has no formula of its own: no table of none (its header
    # alone stood over the 单位惯例 of a 请示 the archive held none of).
    if rows:
        out += ["<table><tr><th>位置</th><th>默认语句</th></tr>", *rows, "</table>"]
    else:
        out.append('<p class="muted">没有挖掘到默认语句：开头、结尾照内置模板写。</p>')
    constants = defaults.get("constants") or []
    samples = defaults.get("samples") or []
    if constants or samples:
        out.append("<table><tr><th>单位惯例</th><th>默认值</th><th>依据</th></tr>")
        for item in constants:
            value = item["value"]
            if item["field"] == "署名" and isinstance(value, str):
                value = joint_names(value)  # two offices signing jointly, as the starter lists them
            value = "、".join(value) if isinstance(value, list) else value
            # Said as the starter says it: borrowed from the unit's other genres (2/3 alone reads as below the
            # bar of a custom), and the other units' model documents left out of the count.
            constant = Constant(**item)
            support = constant.support + constant.aside
            out.append(
                f"<tr><td>{_esc(item['field'])}</td><td>{_esc(value)}</td><td class='num'>{_esc(support)}</td></tr>"
            )
        for item in samples:
            # Short of a default (3 documents and 60 %): the starter offers it as a sample to confirm.
            value = "、".join(item["value"]) if isinstance(item["value"], list) else item["value"]
            support = Constant(**item).support + "；不够默认值（至少 3 篇、占六成以上），起草文件里作〔示例〕"
            out.append(
                f"<tr><td>{_esc(item['field'])}</td><td>〔示例〕{_esc(value)}</td>"
                f"<td class='num'>{_esc(support)}</td></tr>"
            )
        out.append("</table>")
    out += _issuers_html(defaults.get("issuers") or [])
    return out


def _issuers_html(issuers: Sequence[dict[str, Any]]) -> list[str]:
    """Each other body the unit issues as (its 党委), with its own 红头, 文号格式, 署名 and 版记 and their support
    among the documents it signed: drafting as it (发文机关 written so) takes these, not the unit's."""
    out = []
    for issuer in issuers:
        name = _esc(issuer["name"])
        out.append(
            f"<p>以“{name}”的名义发文（{_esc(issuer['documents'])} 篇）时，起草文件写“发文机关: {name}”，下列各项随之改用：</p>"
        )
        out.append("<table><tr><th>它的惯例</th><th>值</th><th>依据</th></tr>")
        for item in issuer["constants"]:
            value = item["value"]
            value = "、".join(value) if isinstance(value, list) else value
            support = f"{item['documents']}/{item['of']} 篇"
            out.append(
                f"<tr><td>{_esc(item['field'])}</td><td>{_esc(value)}</td><td class='num'>{_esc(support)}</td></tr>"
            )
        out.append("</table>")
    return out


def _headings_html(structure: dict[str, Any]) -> list[str]:
    out = [
        "<details><summary>各部分的标题写法</summary><table><tr><th>部分</th><th>采用的标题</th><th>各种写法（篇数/来源组数）</th></tr>"
    ]
    for row in structure.get("sections", []):
        variants = "；".join(f"{_esc(v['text'])}（{v['documents']}/{v['groups']}）" for v in row.get("variants", []))
        shape = row.get("shape") or {}
        if shape:
            variants += f"<div class='muted'>内容标题：{_esc(shape.get('description', ''))}</div>"
        out.append(
            f"<tr><td>{_esc(row['name'])}</td><td>{_esc(row.get('heading') or '—')}</td><td>{variants}</td></tr>"
        )
    out.append("</table></details>")
    return out


def _phrases_html(phrases: Sequence[dict[str, Any]]) -> list[str]:
    """Formulae by role; the other candidates (below the ranker's bar) folded away below them."""
    if not phrases:
        return ['<p class="muted">（没有两组以上来源共用的语句）</p>']
    listed = [p for p in phrases if p.get("formula", True)]
    others = [p for p in phrases if not p.get("formula", True)]
    out = [] if listed else ['<p class="muted">（没有够格的常用语句，下面是候选）</p>']
    out.extend(_phrase_tables(listed))
    if others:
        out.append(f"<details><summary>其他候选语句（{len(others)} 条，不像固定说法或证据不足）</summary>")
        out.extend(_phrase_tables(others))
        out.append("</details>")
    return out


def _phrase_tables(phrases: Sequence[dict[str, Any]]) -> list[str]:
    out = []
    for role, name in ROLE_NAMES.items():
        chosen = [p for p in phrases if p["role"] == role][:15]
        if not chosen:
            continue
        out.append(f"<h4>{_esc(name)}</h4>")
        out.append("<table><tr><th>语句</th><th>来源组</th><th>篇数</th><th>次数</th><th>例句与出处</th></tr>")
        for phrase in chosen:
            examples = "".join(
                f"<div>{_esc(e['text'])} <span class='src'>{_esc(e['source'])}</span></div>" for e in phrase["examples"]
            )
            # A family's other variants (不断提高 beside 不断加强, 不断完善): the formula as writers vary it.
            others = "、".join(_esc(v) for v in phrase.get("variants", [])[:6])
            written = f"<div class='muted'>也写作：{others}</div>" if others else ""
            out.append(
                f"<tr><td class='phrase'>{_phrase_html(phrase['skeleton'])}{written}</td><td class='num'>{phrase['groups']}</td>"
                f"<td class='num'>{phrase['documents']}</td><td class='num'>{phrase['count']}</td><td>{examples}</td></tr>"
            )
        out.append("</table>")
    return out


def report_html(data: dict[str, Any]) -> str:
    """A self-contained page (no scripts, no external files) presenting report.json."""
    overview = data["overview"]
    out = [
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{MINE_REPORT_TITLE}</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>公文挖掘报告</h1>",
        "<h2>语料概况</h2><table>",
        f"<tr><th>文件</th><td class='num'>{overview['files']}</td></tr>",
        f"<tr><th>跳过的文件</th><td class='num'>{overview['skipped']}</td></tr>",
        f"<tr><th>文档</th><td class='num'>{overview['documents']}</td></tr>",
        f"<tr><th>重复文档（只计一次）</th><td class='num'>{overview['duplicates']}</td></tr>",
        f"<tr><th>来源组（同一系列或大量重复的文档算一组）</th><td class='num'>{overview['groups']}</td></tr>",
        f"<tr><th>字符数</th><td class='num'>{overview['characters']}</td></tr>",
        "</table><table><tr><th>文种</th><th>文档数</th><th>来源组</th><th>模板</th></tr>",
    ]
    # 其他 whose every document counts under the 文种 of its title (请示) is shown there only.
    shown = [g for g in data["genres"] if g["genre"] != "other" or g.get("template") or g["documents"]]
    for genre in shown:
        template = _esc(genre.get("template") or "—")
        out.append(
            f"<tr><td>{_esc(genre['name'])}</td><td class='num'>{genre['documents']}</td>"
            f"<td class='num'>{genre.get('groups', '')}</td><td>{template}</td></tr>"
        )
    out.append("</table>")
    out.append("<p class='muted'>常用语句按“来源组”计数：同一单位的系列文件、互相大量重复的文档只算一票。</p>")
    for genre in shown:
        titled = "".join(f"，其中{_esc(name)} {count} 篇" for name, count in genre.get("titled", {}).items())
        out.append(f"<h2>{_esc(genre['name'])}（{genre['documents']} 篇{titled}）</h2>")
        out.extend(_defaults_html(genre))
        out.append("<h3>章节顺序与出现频率</h3>")
        out.append(_section_chart(genre["structure"]))
        out.extend(_headings_html(genre["structure"]))
        variants = genre["structure"].get("variants", [])
        if variants:
            out.append("<details><summary>章节顺序的写法</summary><table><tr><th>顺序</th><th>篇数</th></tr>")
            for variant in variants:
                out.append(
                    f"<tr><td>{_esc(' → '.join(variant['order']))}</td><td class='num'>{variant['documents']}</td></tr>"
                )
            out.append("</table></details>")
        out.append("<h3>常用语句（按位置）</h3>")
        out.extend(_phrases_html(genre["phrases"]))
        out.append("<details><summary>文档列表</summary><table><tr><th>出处</th><th>标题</th><th>标题数</th></tr>")
        for doc in genre["document_list"]:
            out.append(
                f"<tr><td class='src'>{_esc(doc['source'])}</td><td>{_esc(doc['title'] or '（无标题）')}</td>"
                f"<td class='num'>{doc['headings']}</td></tr>"
            )
        out.append("</table></details>")
    out.append("<h2>来源组</h2>")
    if data.get("groups"):
        out.append("<table><tr><th>同一来源的文档</th><th>原因</th></tr>")
        for group in data["groups"]:
            docs = "".join(f"<div class='src'>{_esc(d)}</div>" for d in group["documents"])
            out.append(f"<tr><td>{docs}</td><td>{_esc(group['reason'])}</td></tr>")
        out.append("</table>")
    else:
        out.append('<p class="muted">（每篇文档各自一组）</p>')
    out.append("<h2>重复文档</h2>")
    if data["duplicates"]:
        out.append("<table><tr><th>文档</th><th>重复了</th></tr>")
        for dup in data["duplicates"]:
            out.append(
                f"<tr><td class='src'>{_esc(dup['source'])}</td><td class='src'>{_esc(dup['original'])}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append('<p class="muted">（没有发现重复文档）</p>')
    out.append("<h2>跳过的文件</h2>")
    if data["skipped"]:
        out.append("<table><tr><th>文件</th><th>原因</th></tr>")
        for item in data["skipped"]:
            out.append(f"<tr><td class='src'>{_esc(item['path'])}</td><td>{_esc(item['reason'])}</td></tr>")
        out.append("</table>")
    else:
        out.append('<p class="muted">（所有文件都已读取）</p>')
    out.append("</body></html>\n")
    return "\n".join(out)
