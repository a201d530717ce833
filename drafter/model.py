"""The document model between rendering and writing: a Draft is a sequence of typed blocks.

Writers (.docx, .md, .txt) read only this model; they never see templates or facts.
"""

from __future__ import annotations

from msgspec import Struct


class Preamble(Struct, frozen=True):
    """份号, 密级和保密期限, 紧急程度 at the top left of page 1 (§7.2.1–7.2.3)."""

    copy_number: str = ""
    secrecy: str = ""
    urgency: str = ""


class Letterhead(Struct, frozen=True):
    """版头: the red 发文机关标志, the 发文字号 and the red rule below it (§7.2.4–7.2.7).

    A 上行文 names its 签发人 (two a line, §7.2.6). Joint issuance (联合行文) stacks the issuers'
    names in ``joint``, the lead one first, with ``suffix`` (文件) to their right (§7.2.4).
    """

    issuer_mark: str
    doc_number: str = ""
    signers: tuple[str, ...] = ()
    joint: tuple[str, ...] = ()
    suffix: str = ""


class LetterMark(Struct, frozen=True):
    """信函格式 (§10.1): the issuer's name 30 mm from the paper's top between red double rules; 份号,
    密级 and 紧急程度 flush left and the 发文字号 flush right under the upper rule; no page number on page 1."""

    issuer: str
    doc_number: str = ""
    copy_number: str = ""
    secrecy: str = ""
    urgency: str = ""


class MinutesMark(Struct, frozen=True):
    """纪要标志: ×××纪要 in red at 35 mm below the 版心 top, and an optional 期号 under it (§10.3)."""

    text: str
    number: str = ""


class BriefingHead(Struct, frozen=True):
    """A 简报's 报头: its name in large red type centred, 第×期 centred under it, then the 编印单位 flush left and
    the date flush right on one line over a red rule. A 简报 is no 文件 format document: it has no 发文字号 and no
    署名; GB/T 9704 leaves it to practice, which places its name as the 纪要标志 is placed (§10.3)."""

    name: str
    number: str = ""
    editor: str = ""
    date: str = ""


class Title(Struct, frozen=True):
    text: str


class Headline(Struct, frozen=True):
    """The title of one item of a 简报 (an issue carries several, each over its own text)."""

    text: str


class EditorNote(Struct, frozen=True):
    """A 按语 over a 简报's item or issue: 编者按： in the body's face, its text in 楷体."""

    label: str
    text: str


class Byline(Struct, frozen=True):
    """Under a speech's title, centred in 楷体: who speaks, and the date in parentheses; under a 通告's, its
    number (第3号) in parentheses."""

    speaker: str = ""
    date: str = ""

    @property
    def lines(self) -> tuple[str, ...]:
        date = f"（{self.date}）" if self.date and not self.date.startswith(("（", "(")) else self.date
        return tuple(line for line in (self.speaker, date) if line)


class Addressee(Struct, frozen=True):
    """主送机关, flush left, ending with a full-width colon."""

    text: str


class Paragraph(Struct, frozen=True):
    text: str
    indent: bool = True


class Heading(Struct, frozen=True):
    """A numbered heading; ``body`` is text run in after it in the same paragraph (1.加强领导。各校要……)."""

    level: int
    marker: str
    text: str
    body: str = ""


class Attendance(Struct, frozen=True):
    """A 纪要's 出席 / 请假 / 列席 line: the label in 黑体, the names aligned after the colon (§10.3)."""

    label: str
    names: str


class AttachmentNote(Struct, frozen=True):
    """附件说明 under the body (§7.3.4)."""

    names: tuple[str, ...]


class Signoff(Struct, frozen=True):
    """署名 and 成文日期 (§7.3.5); a sealed document centres the issuer over the date."""

    issuer: str
    date: str
    sealed: bool = False
    others: tuple[str, ...] = ()  # joint issuance: the other issuers, in order (§7.3.5.1–7.3.5.2)

    @property
    def issuers(self) -> tuple[str, ...]:
        return tuple(name for name in (self.issuer, *self.others) if name)


class Annotation(Struct, frozen=True):
    """附注, in full-width parentheses on the line after the date (§7.3.6)."""

    text: str


class AttachmentStart(Struct, frozen=True):
    """Starts an attachment on a new page: 附件N top left in 黑体, its title centred (§7.3.7).

    Without a label it starts the document a 印发/转发 notice carries: a new page headed by its title.
    """

    label: str
    title: str


class EmbedMark(Struct, frozen=True):
    """Where the blocks of another facts file's draft go (replaced before writing; see embed.py)."""

    key: str


class Table(Struct, frozen=True):
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _list_line(label: str, names: str) -> str:
    """A 版记 line of receivers as printed: 抄送：…, ending with 。 (§7.4.2); 分送, 报, 送, 发 alike."""
    if not names:
        return ""
    text = names if names.startswith(label) else f"{label}：{names}"
    return text if text.endswith("。") else text.rstrip("，,；;.") + "。"


class Imprint(Struct, frozen=True):
    """版记: 抄送 and 印发机关 + 印发日期 between rules at the foot of the last page (§7.4).

    ``distribution`` holds the other lists of receivers a 纪要 or 简报 prints there, (label, names) in the
    order of ``DISTRIBUTION_LABELS`` (分送 / 报, 送, 发), above the 抄送 line."""

    copy_to: str = ""
    printer: str = ""
    print_date: str = ""
    distribution: tuple[tuple[str, str], ...] = ()
    copies: str = ""  # a 简报's 份数, flush right under its lists (共印30份)

    @property
    def copy_to_line(self) -> str:
        """The 抄送 line as printed: 抄送：…, ending with 。 (§7.4.2)."""
        return _list_line("抄送", self.copy_to)

    @property
    def list_lines(self) -> tuple[tuple[str, str], ...]:
        """Every line of receivers as printed, (label, line), top to bottom: 分送 / 报, 送, 发, then 抄送."""
        lines = [(label, _list_line(label, names)) for label, names in self.distribution if names]
        if self.copy_to:
            lines.append(("抄送", self.copy_to_line))
        return tuple(lines)


Block = (
    Preamble
    | Letterhead
    | LetterMark
    | MinutesMark
    | BriefingHead
    | Title
    | Headline
    | EditorNote
    | Byline
    | Addressee
    | Paragraph
    | Heading
    | Attendance
    | AttachmentNote
    | Signoff
    | Annotation
    | AttachmentStart
    | Table
    | Imprint
    | EmbedMark
)


class Draft(Struct, frozen=True):
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        """The title, or for a 纪要 without one its mark, for a 简报 its name and 期号 (the document's name)."""
        titles = [b.text for b in self.blocks if isinstance(b, Title)]
        if titles:
            return titles[0]
        head = next((b for b in self.blocks if isinstance(b, BriefingHead)), None)
        if head is not None:
            return head.name + head.number
        return next((b.text for b in self.blocks if isinstance(b, MinutesMark)), "")

    @property
    def issuer(self) -> str:
        return next((b.issuer for b in self.blocks if isinstance(b, Signoff)), "")

    @property
    def doc_number(self) -> str:
        """The 发文字号 printed in the 版头 (or a 信函's), "" when none is."""
        return next((b.doc_number for b in self.blocks if isinstance(b, (Letterhead, LetterMark)) and b.doc_number), "")
