"""Human-readable output of mining: the parse outline, report.json and an offline report.html."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from .labels import genre_name, section_name
from .parse import ParsedFile


def outline_text(files: Sequence[ParsedFile]) -> str:
    """The outline `drafter parse` prints without --json."""
    out = []
    for parsed in files:
        out.append(f"{parsed.path}：{len(parsed.documents)} 篇")
        for number, doc in enumerate(parsed.documents, 1):
            duplicate = f"（与 {doc.duplicate_of[0]}:{doc.duplicate_of[1]} 重复）" if doc.duplicate_of else ""
            title = doc.title or "（无标题）"
            out.append(f"  {number}. 第{doc.start_line}–{doc.end_line}行 [{genre_name(doc.genre)}] {title}{duplicate}")
            for heading in doc.headings:
                indent = "    " * heading.level
                out.append(
                    f"  {indent}{heading.marker}{heading.text}  〔{section_name(heading.section)}，第{heading.line}行〕"
                )
    return "\n".join(out) + "\n"


def write_report_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


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
    for slot in ("{日期}", "{期间}", "{数量}", "{单位}", "{地点}", "{人名}", "{文号}", "{文件名}", "……"):
        escaped = escaped.replace(_esc(slot), f'<span class="slot">{_esc(slot)}</span>')
    return escaped


def _section_chart(structure: dict[str, Any]) -> str:
    """An inline SVG: one bar per section type, length = share of documents, in the majority order."""
    rows = structure.get("sections", [])
    if not rows:
        return '<p class="muted">（这类文档没有可统计的章节）</p>'
    height = 26 * len(rows) + 10
    parts = [f'<svg width="640" height="{height}" role="img" aria-label="章节顺序和出现频率">']
    for index, row in enumerate(rows):
        y = 10 + 26 * index
        width = max(int(400 * row["share"]), 2)
        label = f"{index + 1}. {row['name']}"
        parts.append(f'<text class="barlabel" x="0" y="{y + 14}">{_esc(label)}</text>')
        parts.append(f'<rect class="bar" x="140" y="{y}" width="{width}" height="18"/>')
        parts.append(
            f'<text class="barlabel" x="{146 + width}" y="{y + 14}">{row["documents"]} 篇（{row["share"]:.0%}）</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def report_html(data: dict[str, Any]) -> str:
    """A self-contained page (no scripts, no external files) presenting report.json."""
    overview = data["overview"]
    out = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>drafter 挖掘报告</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>公文挖掘报告</h1>",
        "<h2>语料概况</h2><table>",
        f"<tr><th>文件</th><td class='num'>{overview['files']}</td></tr>",
        f"<tr><th>跳过的文件</th><td class='num'>{overview['skipped']}</td></tr>",
        f"<tr><th>文档</th><td class='num'>{overview['documents']}</td></tr>",
        f"<tr><th>重复文档（只计一次）</th><td class='num'>{overview['duplicates']}</td></tr>",
        f"<tr><th>字符数</th><td class='num'>{overview['characters']}</td></tr>",
        "</table><table><tr><th>文种</th><th>文档数</th><th>模板</th></tr>",
    ]
    for genre in data["genres"]:
        template = _esc(genre.get("template") or "—")
        out.append(
            f"<tr><td>{_esc(genre['name'])}</td><td class='num'>{genre['documents']}</td><td>{template}</td></tr>"
        )
    out.append("</table>")
    for genre in data["genres"]:
        out.append(f"<h2>{_esc(genre['name'])}（{genre['documents']} 篇）</h2>")
        out.append("<h3>章节顺序与出现频率</h3>")
        out.append(_section_chart(genre["structure"]))
        variants = genre["structure"].get("variants", [])
        if variants:
            out.append("<details><summary>章节顺序的写法</summary><table><tr><th>顺序</th><th>篇数</th></tr>")
            for variant in variants:
                out.append(
                    f"<tr><td>{_esc(' → '.join(variant['order']))}</td><td class='num'>{variant['documents']}</td></tr>"
                )
            out.append("</table></details>")
        out.append("<h3>常用语句</h3>")
        if genre["phrases"]:
            out.append("<table><tr><th>语句骨架</th><th>篇数</th><th>次数</th><th>位置</th><th>例句与出处</th></tr>")
            for phrase in genre["phrases"]:
                examples = "".join(
                    f"<div>{_esc(e['text'])} <span class='src'>{_esc(e['source'])}</span></div>"
                    for e in phrase["examples"]
                )
                where = "、".join(section_name(s) for s in phrase["sections"])
                out.append(
                    f"<tr><td class='phrase'>{_phrase_html(phrase['skeleton'])}</td><td class='num'>{phrase['documents']}</td>"
                    f"<td class='num'>{phrase['count']}</td><td>{_esc(where)}</td><td>{examples}</td></tr>"
                )
            out.append("</table>")
        else:
            out.append('<p class="muted">（没有在两篇以上文档中出现的语句）</p>')
        out.append("<details><summary>文档列表</summary><table><tr><th>出处</th><th>标题</th><th>标题数</th></tr>")
        for doc in genre["document_list"]:
            out.append(
                f"<tr><td class='src'>{_esc(doc['source'])}</td><td>{_esc(doc['title'] or '（无标题）')}</td>"
                f"<td class='num'>{doc['headings']}</td></tr>"
            )
        out.append("</table></details>")
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
