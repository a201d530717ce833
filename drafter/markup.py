"""The light markup that templates render, parsed into a Draft.

Templates produce plain text, one paragraph per line; blank lines are ignored because spacing
is the writer's business (GB/T 9704 fixes it). Line forms:

    # 标题文字            heading, level = number of # (1–4); numbers are added here, never typed
    + 正文                run in after the previous heading (1.加强领导。各校要……)
    ::指令 值             a document element: 标题, 主送, 署名, 成文日期, 附件, 抄送 … (see DIRECTIVES)
    \\任意文字            a paragraph taken literally, even if it starts with # or ::
    其他文字              a body paragraph, first line indented two characters
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from msgspec.structs import replace

from . import gongwen
from .chinese import drafted_punctuation
from .errors import TemplateError
from .model import (
    Addressee,
    Annotation,
    AttachmentNote,
    AttachmentStart,
    Attendance,
    Block,
    BriefingHead,
    Byline,
    Draft,
    EditorNote,
    EmbedMark,
    Heading,
    Headline,
    Imprint,
    Letterhead,
    LetterMark,
    MinutesMark,
    Paragraph,
    Preamble,
    Signoff,
    Table,
    Title,
)
from .numbering import draft_marker

DIRECTIVES = {
    "份号": "preamble",
    "密级": "preamble",
    "紧急程度": "preamble",
    "发文机关标志": "letterhead",
    "发文字号": "letterhead",
    "签发人": "letterhead",
    "信函标志": "letter",
    "信函字号": "letter",
    "纪要标志": "minutes_mark",
    "纪要期号": "minutes_mark",
    "简报名称": "briefing_head",
    "简报期号": "briefing_head",
    "编印单位": "briefing_head",
    "编印日期": "briefing_head",
    "文章标题": "headline",
    "编者按": "editor_note",
    "标题": "title",
    "主送": "addressee",
    "称呼": "addressee",
    "讲话人": "byline",
    "讲话日期": "byline",
    "编号": "byline",
    "条目": "item",
    "无缩进": "flush",
    "附件说明": "attachment_note",
    "署名": "signoff",
    "成文日期": "signoff",
    "印章": "signoff",
    "附注": "annotation",
    "出席": "attendance",
    "请假": "attendance",
    "列席": "attendance",
    "附件": "attachment",
    "印发文件": "attachment",
    "嵌入": "embed",
    "表头": "table",
    "表行": "table",
    "抄送": "imprint",
    "分送": "imprint",
    "报": "imprint",
    "送": "imprint",
    "发": "imprint",
    "印发机关": "imprint",
    "印发日期": "imprint",
    "份数": "imprint",
}

MAX_TABLE_ROWS = 1000
MAX_TABLE_COLUMNS = 50

_HEADING = re.compile(r"^(#{1,4})\s+(\S.*)$")

# Put before a facts value that opens with a mark of this markup (# + :: \), as render hands values to templates:
# a line opening with it is a paragraph as written, and elsewhere in a line it is dropped. A 正文 paragraph
# "+86 0571-88001234 为值班电话。" lost its + and ran into the paragraph before it, "# 号楼……" became a heading,
# "::请各校……" was refused as an unknown directive of the template (notice/intro.j2 输出第 1 行), a path
# \\server\共享 lost a backslash. A control character: no text a document prints holds one (the writer drops
# them), and str.strip() keeps it (the marks \x1c–\x1f count as white space and would be stripped with the line).
LITERAL = "\x01"
_MARKUP_STARTS = ("#", "+", "::", "\\")


def literal_value(text: str) -> str:
    """``text`` as a template may print it at the start of a line: as written, whatever mark it opens with."""
    return LITERAL + text if text.lstrip().startswith(_MARKUP_STARTS) else text


_DIRECTIVE = re.compile(r"^::(\S+?)(?:\s+(.*))?$")
_RUN_IN_END = "。；：！？.;:!?"


# A cell's own | inside the markup of a table row, whose cells | parts (a control character, as LITERAL is).
_CELL_BAR = "\x02"


def table_cell(text: str) -> str:
    """``text`` as a cell of a ``::表头`` / ``::表行`` line: its own | kept, not taken for the next cell."""
    return text.replace("|", _CELL_BAR)


def _cells(value: str) -> tuple[str, ...]:
    return tuple(cell.strip().replace(_CELL_BAR, "|") for cell in value.split("|"))


class _Builder:
    """Accumulates blocks; merges directives that together make one element."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.counters = [0, 0, 0, 0]
        # Where the document's one block of each kind stands (红头, 署名, 版记 …): they are added only by
        # _update and ::标题, so looking them up never scans the body.
        self._single: dict[type, int] = {}

    def _last(self, kind: type) -> int | None:
        if self.blocks and isinstance(self.blocks[-1], kind):
            return len(self.blocks) - 1
        return None

    def _update(self, fresh: Block, change: Callable[[Any], Block]) -> None:
        """Change the document's one block of this kind, creating it from ``fresh`` the first time."""
        index = self._find(type(fresh))
        if index is None:
            self._add_single(change(fresh))
        else:
            self.blocks[index] = change(self.blocks[index])

    def _add_single(self, block: Block) -> None:
        self._single[type(block)] = len(self.blocks)
        self.blocks.append(block)

    def _find(self, kind: type) -> int | None:
        return self._single.get(kind)

    def heading(self, level: int, text: str) -> None:
        self.counters[level - 1] += 1
        for deeper in range(level, len(self.counters)):
            self.counters[deeper] = 0
        self.blocks.append(Heading(level, draft_marker(level, self.counters[level - 1]), text))

    def run_in(self, text: str, where: str) -> None:
        index = self._last(Heading)
        if index is not None:
            heading = self.blocks[index]
            assert isinstance(heading, Heading)
            title = heading.text if not heading.text or heading.text[-1] in _RUN_IN_END else heading.text + "。"
            self.blocks[index] = replace(heading, text=title, body=heading.body + text)
            return
        index = self._last(Paragraph)
        if index is None:
            raise TemplateError(f"{where}: “+ ”行前面没有可以接续的标题或段落")
        paragraph = self.blocks[index]
        assert isinstance(paragraph, Paragraph)
        self.blocks[index] = replace(paragraph, text=paragraph.text + text)

    def directive(self, name: str, value: str, where: str) -> None:
        kind = DIRECTIVES.get(name)
        if kind is None:
            raise TemplateError(f"{where}: 不认识的指令“::{name}”；可用指令：{'、'.join(DIRECTIVES)}")
        if kind == "preamble":
            field = {"份号": "copy_number", "密级": "secrecy", "紧急程度": "urgency"}[name]
            self._update(Preamble(), lambda block: replace(block, **{field: value}))
        elif kind == "letterhead":
            if name == "签发人":
                self._update(Letterhead(""), lambda block: replace(block, signers=(*block.signers, value)))
            elif name == "发文机关标志":
                # A second 发文机关标志 makes a joint 红头 (联合行文); finish() tidies the names.
                self._update(Letterhead(""), lambda block: _add_mark(block, value))
            else:
                field = "issuer_mark" if name == "发文机关标志" else "doc_number"
                self._update(Letterhead(""), lambda block: replace(block, **{field: value}))
        elif kind == "letter":
            field = "issuer" if name == "信函标志" else "doc_number"
            self._update(LetterMark(""), lambda block: replace(block, **{field: value}))
        elif kind == "embed":
            self.blocks.append(EmbedMark(value))
        elif kind == "minutes_mark":
            field = "text" if name == "纪要标志" else "number"
            self._update(MinutesMark(""), lambda block: replace(block, **{field: value}))
        elif kind == "briefing_head":
            field = {"简报名称": "name", "简报期号": "number", "编印单位": "editor", "编印日期": "date"}[name]
            self._update(BriefingHead(""), lambda block: replace(block, **{field: value}))
        elif kind == "headline":
            self.blocks.append(Headline(value))
            self.counters = [0, 0, 0, 0]  # each item numbers its own headings
        elif kind == "editor_note":
            self.blocks.append(EditorNote(name, value))
        elif kind == "byline":
            # A 通告's number (第3号) stands where a speech's date does: centred under the title, in brackets.
            field = "speaker" if name == "讲话人" else "date"
            self._update(Byline(), lambda block: replace(block, **{field: value}))
        elif kind == "attendance":
            self.blocks.append(Attendance(name, value))
        elif kind == "item":
            # A numbered sentence (a 通告's 一、……。): the number is a first-level one, in 黑体 as GB/T 9704 §7.3.3
            # sets that level, and the sentence is body text in 仿宋, as a regulation's 第一条 is set.
            self.heading(1, "")
            heading = self.blocks[-1]
            assert isinstance(heading, Heading)
            self.blocks[-1] = replace(heading, body=value)
        elif kind == "title":
            if self._find(Title) is not None:
                raise TemplateError(f"{where}: 标题只能有一个")
            self._add_single(Title(value))
        elif kind == "addressee":
            # The 主送 line ends on a full-width colon (GB/T 9704 §7.3.3): one typed half-width (各学校:) was
            # kept, and the draft read 县教育局，县财政局: in a line of Chinese marks. A comma or 顿号 the clerk ended
            # the list on (各中小学，, a speech's 称呼: 各位领导、同志们，) was kept before it: 同志们，：.
            self.blocks.append(Addressee(value.rstrip().rstrip(":：，,、；;").rstrip() + "："))
        elif kind == "flush":
            self.blocks.append(Paragraph(value, indent=False))
        elif kind == "attachment_note":
            index = self._last(AttachmentNote)
            name_text = value.rstrip("。；;，,、.：:")  # 附件名称后不加标点符号 (§7.3.4)
            if index is None:
                self.blocks.append(AttachmentNote((name_text,)))
            else:
                note = self.blocks[index]
                assert isinstance(note, AttachmentNote)
                self.blocks[index] = AttachmentNote((*note.names, name_text))
        elif kind == "signoff":
            if name == "印章":
                # A bare ::印章 means sealed; a value is read with the same yes/no words as the facts.
                sealed = gongwen.parse_yes_no(value) if value.strip() else True
                if sealed is None:
                    raise TemplateError(
                        f"{where}: “::印章”后面应当是“是”或“否”（或什么都不写，表示加盖印章），这里是“{value}”"
                    )
                self._update(Signoff("", ""), lambda block: replace(block, sealed=sealed))
            elif name == "署名":
                # Each further 署名 is another issuer of a joint document, in order.
                self._update(
                    Signoff("", ""),
                    lambda block: (
                        replace(block, others=(*block.others, value)) if block.issuer else replace(block, issuer=value)
                    ),
                )
            else:
                self._update(Signoff("", ""), lambda block: replace(block, date=value))
        elif kind == "annotation":
            text = value.strip()
            if not text.startswith(("（", "(")):
                text = f"（{text}）"
            self.blocks.append(Annotation(text))
        elif kind == "attachment":
            self.blocks.append(AttachmentStart(label="附件" if name == "附件" else "", title=value))
            self.counters = [0, 0, 0, 0]
        elif kind == "table":
            self._check_table(value, where)
            index = self._last(Table)
            if name == "表头" or index is None:
                # 表头 always starts a table; a 表行 with no table before it starts one without a header.
                self.blocks.append(Table(_cells(value), ()) if name == "表头" else Table((), (_cells(value),)))
            else:
                table = self.blocks[index]
                assert isinstance(table, Table)
                self.blocks[index] = replace(table, rows=(*table.rows, _cells(value)))
        elif kind == "imprint" and name in gongwen.DISTRIBUTION_LABELS:
            # Kept in the printed order whatever order the template writes them in (§7.4.2: above 抄送).
            def distribute(block: Imprint) -> Imprint:
                lines = dict(block.distribution) | {name: value}
                return replace(
                    block, distribution=tuple((k, lines[k]) for k in gongwen.DISTRIBUTION_LABELS if k in lines)
                )

            self._update(Imprint(), distribute)
        elif kind == "imprint":
            field = {"抄送": "copy_to", "印发机关": "printer", "印发日期": "print_date", "份数": "copies"}[name]
            self._update(Imprint(), lambda block: replace(block, **{field: value}))

    def _check_table(self, value: str, where: str) -> None:
        """A table far past what fits on pages of a 公文 is a runaway template, not a form."""
        columns = value.count("|") + 1
        index = self._last(Table)
        rows = 0
        if index is not None:
            table = self.blocks[index]
            assert isinstance(table, Table)
            rows = len(table.rows)
        if columns > MAX_TABLE_COLUMNS or rows >= MAX_TABLE_ROWS:
            raise TemplateError(f"{where}: 表格太大：最多 {MAX_TABLE_ROWS} 行、每行 {MAX_TABLE_COLUMNS} 栏")

    def finish(self) -> Draft:
        self._fold_letter()
        index = self._find(Letterhead)
        if index is not None:
            head = self.blocks[index]
            assert isinstance(head, Letterhead)
            self.blocks[index] = _joint_names(head)
        attachments = [i for i, b in enumerate(self.blocks) if isinstance(b, AttachmentStart) and b.label]
        if len(attachments) > 1:
            for number, index in enumerate(attachments, 1):
                block = self.blocks[index]
                assert isinstance(block, AttachmentStart)
                self.blocks[index] = replace(block, label=f"附件{number}")
        return Draft(tuple(self.blocks))

    def _fold_letter(self) -> None:
        """In a 信函 the 份号, 密级 and 紧急程度 sit under the upper rule beside the 发文字号 (§10.1)."""
        letter, preamble = self._find(LetterMark), self._find(Preamble)
        if letter is None or preamble is None:
            return
        marks, mark = self.blocks[preamble], self.blocks[letter]
        assert isinstance(marks, Preamble) and isinstance(mark, LetterMark)
        self.blocks[letter] = replace(
            mark,
            copy_number=marks.copy_number,
            secrecy=marks.secrecy,
            urgency=marks.urgency,
        )
        del self.blocks[preamble]
        self._single = {type(block): index for index, block in enumerate(self.blocks) if type(block) in self._single}


def _add_mark(block: Letterhead, value: str) -> Letterhead:
    if not block.issuer_mark:
        return replace(block, issuer_mark=value)
    return replace(block, joint=(*(block.joint or (block.issuer_mark,)), value))


def _joint_names(block: Letterhead) -> Letterhead:
    """Joint marks written as 甲文件 / 乙文件, or 甲 / 乙 / 文件, become 甲 and 乙 with 文件 to their right."""
    if not block.joint:
        return block
    names = [name.strip() for name in block.joint if name.strip()]
    suffix = ""
    if len(names) > 2 and names[-1] == "文件":
        names, suffix = names[:-1], "文件"
    elif all(name.endswith("文件") and len(name) > 2 for name in names):
        names, suffix = [name[:-2] for name in names], "文件"
    return replace(block, joint=tuple(names), suffix=suffix)


def parse_markup(chunks: list[tuple[str, str]]) -> Draft:
    """Parse rendered sections, given as (section name, text) pairs, into one Draft."""
    builder = _Builder()
    for source, text in chunks:
        for number, raw in enumerate(text.split("\n"), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith(LITERAL):
                builder.blocks.append(Paragraph(line.replace(LITERAL, "").strip()))
                continue
            line = line.replace(LITERAL, "")  # a value the template wrote inside a line of its own
            if line.startswith("\\"):
                builder.blocks.append(Paragraph(line[1:].strip()))
                continue
            heading = _HEADING.match(line)
            if heading:
                builder.heading(len(heading.group(1)), heading.group(2).strip())
                continue
            if line.startswith("+"):
                builder.run_in(line[1:].strip(), f"{source} 输出第 {number} 行")
                continue
            directive = _DIRECTIVE.match(line)
            if directive:
                builder.directive(
                    directive.group(1), (directive.group(2) or "").strip(), f"{source} 输出第 {number} 行"
                )
                continue
            builder.blocks.append(Paragraph(line))
    draft = builder.finish()
    return Draft(tuple(_full_width(block) for block in draft.blocks))


def _full_width(block: Block) -> Block:
    """A block with every text it prints in full-width punctuation beside Chinese (chinese.drafted_punctuation):
    done on the parsed blocks, for a directive's own marks (::抄送) are half-width."""
    changed = {
        name: fixed
        for name in block.__struct_fields__
        if (fixed := _full_width_value(value := getattr(block, name))) is not value
    }
    return replace(block, **changed) if changed else block


def _full_width_value(value: Any) -> Any:
    if isinstance(value, str):
        fixed = drafted_punctuation(value)
        return value if fixed == value else fixed
    if isinstance(value, tuple):
        items = tuple(_full_width_value(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value
