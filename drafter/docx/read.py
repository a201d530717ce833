"""Reading WordprocessingML: the package, its relationships, styles, numbering and paragraphs.

Shared by mining (past documents → numbered lines) and by the reference reader (a unit's own Word
file → page set-up, styles, headers and footers). Only the standard library: drafting must stay
light, and a reader of untrusted files should not need more than ElementTree.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from functools import cached_property
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from msgspec import Struct, field

from ..chinese import chinese_numeral
from ..errors import InputError
from ..textio import crafted_package, declares_entities, password_protected

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006"
W = f"{{{W_NS}}}"
R = f"{{{R_NS}}}"
_RELS = f"{{{PKG_NS}/relationships}}"
_TYPES = f"{{{PKG_NS}/content-types}}"
MAIN_DOCUMENT = f"{R_NS}/officeDocument"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Text that is not on the page: a drawing's fallback (Word writes each text box twice, as a DrawingML
# shape and again as its VML fallback for older readers) and what tracked changes took away (text moved
# elsewhere still holds w:t; deletions hold w:delText, and any w:t under them is gone too).
_NOT_ON_PAGE = frozenset({f"{_MC}Fallback", f"{W}moveFrom", f"{W}del"})
_TEXT_BOX = f"{W}txbxContent"

# Parts larger than this are refused: a .docx is a zip, and a small file can inflate enormously.
MAX_PART_BYTES = 64 * 1024 * 1024
# Word's own limit on a list's start value; a file claiming more is broken or hostile (a roman numeral
# of 10**12 would be a string of 10**9 letters).
MAX_START = 32767

# What a damaged, encrypted or unusual zip can raise while it is read (zlib.error for a bad deflate
# stream, RuntimeError for an encrypted member, NotImplementedError for an unknown compression method,
# LookupError for a part whose XML declares an encoding that does not exist: <?xml encoding="UqF-8"?>).
ARCHIVE_ERRORS = (
    LookupError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ElementTree.ParseError,
    zlib.error,
    RuntimeError,
    NotImplementedError,
    ValueError,
    EOFError,
    OSError,
)


def _reason(exc: BaseException) -> str:
    """What is wrong with the file, in words (a library's class name or English detail is no use here)."""
    if isinstance(exc, KeyError):
        return "缺少 word/document.xml"
    if isinstance(exc, ElementTree.ParseError):
        return "文件里的内容已损坏"
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return "文件已加密"
    if isinstance(exc, NotImplementedError):
        return "不支持的压缩方式"
    if isinstance(exc, zlib.error):
        return "压缩数据已损坏"
    if isinstance(exc, zipfile.LargeZipFile):
        return "文件太大"
    if isinstance(exc, OSError) and exc.errno is not None:
        from ..errors import os_reason

        return os_reason(exc)
    # BadZipFile, EOFError, ValueError and the rest: the zip container itself is cut short or broken.
    return "文件不完整或已损坏，可能没有下载或复制完整"


def _advice(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return "请在 Word 或 WPS 中去掉密码后另存为 .docx"
    return "请在 Word 或 WPS 中打开它，另存为 .docx 后再用；打不开时请换一份"


def not_docx(name: str, exc: BaseException) -> InputError:
    return InputError(f"{name}: 不是有效的 .docx 文件，或已损坏、加密（{_reason(exc)}）；{_advice(exc)}")


def wattr(element: Element | None, name: str, default: str = "") -> str:
    """A w:-namespaced attribute of an element (or ``default`` when the element or attribute is absent)."""
    if element is None:
        return default
    return element.get(W + name, default)


def wint(element: Element | None, name: str, default: int = 0, low: int | None = None, high: int | None = None) -> int:
    """A w:-namespaced integer attribute; ``default`` when absent or not a number, clamped to [low, high]."""
    text = wattr(element, name).strip()
    try:
        number = int(text) if text else default
    except ValueError:
        number = default
    if low is not None:
        number = max(number, low)
    return min(number, high) if high is not None else number


class Relationship(Struct, frozen=True):
    rid: str
    type: str
    target: str  # resolved part name inside the package, or the URL of an external target
    external: bool = False

    @property
    def kind(self) -> str:
        """The last segment of the relationship type: styles, header, image, …"""
        return self.type.rsplit("/", 1)[-1]


class DocxPackage(Struct, dict=True):
    """An opened .docx: parts by name, parsed on demand, with their relationships and content types."""

    name: str  # how messages name the file
    archive: zipfile.ZipFile
    max_part_bytes: int = MAX_PART_BYTES
    _parsed: dict[str, Element | None] = field(default_factory=dict)

    def has(self, part: str) -> bool:
        return part in self.names

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(self.archive.namelist())

    def raw(self, part: str) -> bytes | None:
        """A part's bytes, or None when the package has no such part.

        InputError when the part is damaged or encrypted, or would inflate past a sane size.
        """
        try:
            return self._read(part)
        except KeyError:
            return None
        except InputError:
            raise
        except ARCHIVE_ERRORS as exc:
            raise not_docx(self.name, exc) from exc

    def _read(self, part: str) -> bytes:
        info = self.archive.getinfo(part)
        if info.flag_bits & 0x1:
            raise RuntimeError("encrypted member")
        limit = self.max_part_bytes
        if info.file_size > limit:
            raise InputError(f"{self.name}: {part} 解压后有 {info.file_size // (1024 * 1024)} MB，太大，不能读取")
        if info.file_size > _RATIO_CHECKED_FROM and info.file_size > _MAX_PART_RATIO * max(info.compress_size, 1):
            raise InputError(
                f"{self.name}: {part} 压缩比异常（{info.compress_size:,} 字节解压成 {info.file_size:,} 字节），"
                "疑似恶意构造的文件，不能读取"
            )
        with self.archive.open(info) as stream:
            data = stream.read(limit + 1)  # the header's size may lie
        if len(data) > limit:
            raise InputError(f"{self.name}: {part} 解压后超过 {limit // (1024 * 1024)} MB，太大，不能读取")
        if declares_entities(data):
            # Word never writes a DOCTYPE; one declaring entities is how an XML bomb (a "billion laughs") grows a
            # few bytes into gigabytes. The parser stops it, but its words (文件里的内容已损坏) told the clerk
            # nothing of what the file is or what to do with it.
            raise crafted_package(self.name, part, "Word")
        return data

    def xml(self, part: str) -> Element | None:
        """A part parsed as XML; None when absent, damaged or not well-formed (optional parts are best effort).

        A part too large to read is still an InputError.
        """
        if part not in self._parsed:
            try:
                data = self._read(part)
                self._parsed[part] = ElementTree.fromstring(data)
            except InputError:
                raise
            except ARCHIVE_ERRORS:
                self._parsed[part] = None
        return self._parsed[part]

    def rels(self, part: str) -> tuple[Relationship, ...]:
        """The relationships of a part ("" for the package itself), targets resolved to part names."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return ()
        found = []
        for rel in root.iter(_RELS + "Relationship"):
            target = rel.get("Target", "")
            external = rel.get("TargetMode", "") == "External"
            if not external:
                target = _resolve(folder, target)
            found.append(Relationship(rel.get("Id", ""), rel.get("Type", ""), target, external))
        return tuple(found)

    @cached_property
    def main_part(self) -> str:
        """The main document part's name (word/document.xml in every file Word writes)."""
        for rel in self.rels(""):
            if rel.type == MAIN_DOCUMENT and not rel.external:
                return rel.target
        return "word/document.xml"

    def part_of_kind(self, kind: str) -> str | None:
        """The part the main document relates to with a relationship of this kind (styles, numbering, …)."""
        return next((r.target for r in self.rels(self.main_part) if r.kind == kind and not r.external), None)

    @cached_property
    def content_types(self) -> dict[str, str]:
        """Part name → content type, from [Content_Types].xml (overrides, then defaults by extension)."""
        root = self.xml("[Content_Types].xml")
        if root is None:
            return {}
        defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(_TYPES + "Default")}
        overrides = {
            o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(_TYPES + "Override")
        }
        types = {}
        for name in self.names:
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            kind = overrides.get(name) or defaults.get(extension)
            if kind:
                types[name] = kind
        return types


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


# XML compresses about 5–20 times; far beyond that, and large, a part is a zip bomb, not a document.
_MAX_PART_RATIO = 200
_RATIO_CHECKED_FROM = 4 * 1024 * 1024
_MAX_ZIP_ENTRIES = 10_000


def _check_entry_count(data: bytes, name: str) -> None:
    """Refuse, before the archive is opened, a zip claiming more entries than any Word file has.

    Opening builds an object per entry of the central directory: a 100 MB file of empty entries
    would take gigabytes.
    """
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or len(data) < end + 22:
        return  # not a zip at all: ZipFile says so
    entries = int.from_bytes(data[end + 10 : end + 12], "little")
    if entries > _MAX_ZIP_ENTRIES:
        raise InputError(f"{name}: 压缩包里有 {entries:,} 个文件，不像 Word 文件，不能读取")


def open_docx(data: bytes, name: str, *, max_part_bytes: int = MAX_PART_BYTES) -> DocxPackage:
    """Open a .docx from its bytes; InputError naming the file when it is not one."""
    if password_protected(data):
        raise InputError(
            f"{name}: 这个 Word 文件设置了打开密码（已加密），drafter 读不了；"
            "请在 Word 或 WPS 中打开，去掉密码（文件→信息→保护文档→用密码进行加密，清空后确定）再保存"
        )
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(f"{name}: 这是旧版 Word（.doc）或加了密码的文件，请在 Word 或 WPS 中另存为 .docx")
    _check_entry_count(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        package = DocxPackage(name, archive, max_part_bytes)
        main_part = package.main_part
    except ARCHIVE_ERRORS as exc:
        raise not_docx(name, exc) from exc
    other = _OTHER_OFFICE_FILES.get(main_part.partition("/")[0])
    if other is not None:
        # An .xlsx or .pptx under a Word name (表格.doc, 名单.docx) is a zip with a main part too, in another
        # folder: it was read as a document without a body and said “.docx 里没有正文”.
        suffix = os.path.splitext(name)[1]
        named = f"，只是扩展名是“{suffix}”" if suffix else ""
        raise InputError(f"{name}: 这是一个 {other}{named}，不是 Word 文件；请换成 Word 文件（.docx）")
    if not package.has(main_part):
        raise not_docx(name, KeyError(main_part))
    return package


# The folder of an Office file's main part, for the files that are not Word's.
_OTHER_OFFICE_FILES = {"xl": "Excel 表格（.xlsx）", "ppt": "PowerPoint 演示文稿（.pptx）"}


# The namespace of WordprocessingML in a file Word saved as “Strict Open XML 文档” (ISO/IEC 29500 Strict).
_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"


def main_document(package: DocxPackage) -> Element:
    """The parsed main document; InputError when it cannot be read or is not well-formed XML."""
    try:
        document = ElementTree.fromstring(package._read(package.main_part))
    except InputError:
        raise
    except ARCHIVE_ERRORS as exc:
        raise not_docx(package.name, exc) from exc
    if document.tag.startswith(_STRICT):
        # Every element is in another namespace: the text was not found (parse: .docx 里没有正文), and a reference so
        # saved gave nothing, its 红头 missing from the draft with no word.
        raise InputError(
            f"{package.name}: 这是“Strict Open XML 文档”格式的 .docx（Word 另存为时的一种格式），读不出其中的内容；"
            "请在 Word 中打开它，“另存为”“Word 文档(*.docx)”后再用"
        )
    return document


# --- automatic numbering ---------------------------------------------------------------------------

_CHINESE_FORMATS = frozenset(
    {
        "chineseCounting",
        "chineseCountingThousand",
        "ideographTraditional",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
    }
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def format_number(value: int, fmt: str) -> str:
    """A list counter as Word shows it in a numbering format (chineseCounting 3 → 三)."""
    if fmt in _CHINESE_FORMATS:
        return chinese_numeral(value) if value >= 0 else str(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else str(value)
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


class _Level(Struct):
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class Numbering:
    """Turns w:numPr back into the markers Word would show (一、 （一） 1. …), counting as it goes."""

    def __init__(self, root: Element | None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for abstract in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.findall(f"{W}lvl"):
                level = _Level()
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                if fmt is not None:
                    level.fmt = wattr(fmt, "val", "decimal")
                if text is not None:
                    level.text = wattr(text, "val")
                if start is not None:
                    level.start = wint(start, "val", 1, 0, MAX_START)
                levels[wint(lvl, "ilvl", 0, 0, 8)] = level
            self.abstract[wattr(abstract, "abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            num_id = wattr(num, "numId")
            self.nums[num_id] = wattr(num.find(f"{W}abstractNumId"), "val")
            for override in num.findall(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    ilvl = wint(override, "ilvl", 0, 0, 8)
                    self.overrides.setdefault(num_id, {})[ilvl] = wint(start, "val", 1, 0, MAX_START)

    def marker(self, num_id: str, ilvl: int) -> str:
        abstract_id = self.nums.get(num_id)
        if abstract_id is None or num_id == "0":
            return ""
        levels = self.abstract.get(abstract_id, {})
        counters = self.counters.setdefault(abstract_id, {})
        level = levels.get(ilvl, _Level())
        first = self.overrides.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, first - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def substitute(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = counters.get(index, levels.get(index, _Level()).start)
            return format_number(value, levels.get(index, _Level()).fmt)

        return re.sub(r"%(\d)", substitute, level.text)


def numbering_ref(element: Element) -> tuple[str, int] | None:
    """(numId, ilvl) of the w:numPr under an element's w:pPr, if it has one."""
    numpr = element.find(f"{W}pPr/{W}numPr")
    num_id = numpr.find(f"{W}numId") if numpr is not None else None
    if numpr is None or num_id is None:
        return None
    return wattr(num_id, "val", "0"), wint(numpr.find(f"{W}ilvl"), "val", 0, 0, 8)


def outline_level(element: Element) -> int:
    """The heading level a w:pPr/w:outlineLvl gives (1-based), or 0 for body text."""
    value = wattr(element.find(f"{W}pPr/{W}outlineLvl"), "val", "9")
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


# --- styles ----------------------------------------------------------------------------------------


class StyleInfo(Struct, frozen=True):
    """What mining needs of a paragraph style: its heading level, its numbering, what it is based on, and whether it
    is named for a document's title (Word's Title, 标题)."""

    level: int
    numbering: tuple[str, int] | None
    based_on: str | None
    title: bool = False


_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$")


def style_name(style: Element) -> str:
    return wattr(style.find(f"{W}name"), "val")


def style_info(styles_root: Element | None) -> dict[str, StyleInfo]:
    """styleId → heading level, style numbering and basedOn."""
    info: dict[str, StyleInfo] = {}
    if styles_root is None:
        return info
    for style in styles_root.findall(f"{W}style"):
        name = style_name(style).lower()
        heading = _HEADING_NAME.match(name)
        level = int(heading.group(1)) if heading else outline_level(style)
        based = style.find(f"{W}basedOn")
        info[wattr(style, "styleId")] = StyleInfo(
            level,
            numbering_ref(style),
            wattr(based, "val") if based is not None else None,
            name.strip() in ("title", "标题"),
        )
    return info


def resolve_style(styles: dict[str, StyleInfo], style_id: str) -> tuple[int, tuple[str, int] | None]:
    """A style's heading level and numbering, inherited along basedOn (cycles are cut)."""
    level, numbering, seen = 0, None, set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        own = styles[style_id]
        level = level or own.level
        numbering = numbering or own.numbering
        style_id = own.based_on or ""
    return level, numbering


# --- paragraphs ------------------------------------------------------------------------------------


class DocxParagraph(Struct, frozen=True):
    text: str  # with the automatic numbering marker Word would show in front
    number: int  # 1-based paragraph number in document order, tables included
    style_level: int  # heading level from the paragraph's style or outline level, 0 for body text
    in_table: bool


# A manual line break between Chinese characters (a two-line title) joins without a space.
_LINE_BREAK_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff])\n(?=[\u3400-\u9fff\d“《（])")


def _on_page(element: Element, *, inside: str) -> Iterator[Element]:
    """``element`` and what is below it in document order, without text not on the page, nor anything
    inside a nested element tagged ``inside`` (a text box's paragraphs are paragraphs of their own)."""
    pending = [element]
    while pending:
        node = pending.pop()
        yield node
        pending.extend(child for child in reversed(node) if child.tag not in _NOT_ON_PAGE and child.tag != inside)


def paragraph_text(paragraph: Element, *, plain: bool = False) -> str:
    """The visible text of a paragraph: tabs as \\t, line breaks between Chinese joined, others as spaces.

    A text box anchored in the paragraph is not its text: the box's own paragraphs are read as paragraphs.
    ``plain``: the document has no text boxes, fallbacks or tracked changes (read faster).
    """
    texts = []
    for node in paragraph.iter() if plain else _on_page(paragraph, inside=_TEXT_BOX):
        if node.tag == f"{W}t" and node.text:
            texts.append(node.text)
        elif node.tag == f"{W}tab":
            texts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            texts.append("\n")
    return _LINE_BREAK_IN_CHINESE.sub("", "".join(texts)).replace("\n", " ")


def docx_paragraphs(
    data: bytes, name: str, *, max_part_bytes: int = MAX_PART_BYTES, imported: list[bytes] | None = None
) -> Iterator[DocxParagraph]:
    """Paragraphs of a .docx in document order (tables included), numbered from 1. ``imported``, when given,
    receives the parts the document imports whole (``w:altChunk``) once the paragraphs are read."""
    package = open_docx(data, name, max_part_bytes=max_part_bytes)
    document = main_document(package)
    numbering = Numbering(_related(package, "numbering", "word/numbering.xml"))
    styles = style_info(_related(package, "styles", "word/styles.xml"))
    body = document.find(f"{W}body")
    if body is None:
        raise InputError(f"{name}: .docx 里没有正文")
    in_tables = {id(p) for table in outermost_tables(body) for p in table.iter(f"{W}p")}
    # Most documents hold nothing to leave out; they are walked as they are, at ElementTree's speed.
    plain = all(next(body.iter(tag), None) is None for tag in (*_NOT_ON_PAGE, _TEXT_BOX))
    paragraphs = body.iter(f"{W}p") if plain else (node for node in _on_page(body, inside="") if node.tag == f"{W}p")
    pending: DocxParagraph | None = None  # a title line, which the next title line continues
    for number, paragraph in enumerate(paragraphs, 1):
        text = paragraph_text(paragraph, plain=plain)
        style_id = wattr(paragraph.find(f"{W}pPr/{W}pStyle"), "val")
        level, style_numbering = resolve_style(styles, style_id)
        level = outline_level(paragraph) or level
        target = numbering_ref(paragraph) or style_numbering
        marker = numbering.marker(*target) if target is not None and text.strip() else ""
        found = DocxParagraph(marker + text, number, level, id(paragraph) in in_tables)
        own = styles.get(style_id)
        title_line = own is not None and own.title and bool(text.strip()) and not found.in_table
        if pending is not None and title_line:
            # A long title set a line a paragraph (as drafter writes it, and as clerks press Enter in a title) is
            # one title, as it is with its lines broken inside one paragraph.
            pending = DocxParagraph(pending.text + text, pending.number, pending.style_level, pending.in_table)
            continue
        if pending is not None:
            yield pending
        pending = found if title_line else None
        if not title_line:
            yield found
    if pending is not None:
        yield pending
    if imported is not None:
        imported += _imported_parts(package, body)


def outermost_tables(root: Element) -> list[Element]:
    """The tables under ``root`` that no other table holds, found without entering a table. Walking every table's
    own descendants (to tell the nested ones, or a table's paragraphs) took time of the square of their number: a
    .docx of 40 000 tables nested one in another (40 KB) was read for a minute and a half."""
    found: list[Element] = []
    pending = [root]
    while pending:
        for child in pending.pop():
            (found if child.tag == f"{W}tbl" else pending).append(child)
    return found


def only_grid_tables(data: bytes, name: str, *, max_part_bytes: int = MAX_PART_BYTES) -> bool:
    """Whether the document's outermost tables are all grids (some row of two or more cells): a register, a list
    of names, a reply form. A table of one column is a frame some units set a whole document in."""
    body = main_document(open_docx(data, name, max_part_bytes=max_part_bytes)).find(f"{W}body")
    if body is None:
        return False
    outermost = outermost_tables(body)
    return bool(outermost) and all(
        any(len(row.findall(f"{W}tc")) >= 2 for row in table.iter(f"{W}tr")) for table in outermost
    )


def _imported_parts(package: DocxPackage, body: Element) -> list[bytes]:
    """The parts the document imports whole through ``w:altChunk`` (a web page, a single-file web page, text or
    another .docx), in document order. Word shows them as the document's text, and some OA systems write their
    "Word" exports as one such chunk in an otherwise empty body."""
    chunks = list(body.iter(f"{W}altChunk"))
    if not chunks:
        return []
    targets = {rel.rid: rel.target for rel in package.rels(package.main_part) if not rel.external}
    # Each part once, and all of them within one part's size: a thousand chunks naming one large part would
    # otherwise be read a thousand times.
    names = dict.fromkeys(targets[rid] for chunk in chunks if (rid := chunk.get(f"{R}id", "")) in targets)
    parts, size = [], 0
    for part in filter(None, map(package.raw, names)):
        size += len(part)
        if size > package.max_part_bytes:
            raise InputError(
                f"{package.name}: 导入的内容（altChunk）太多，超过 {package.max_part_bytes // (1024 * 1024)} MB，不能读取"
            )
        parts.append(part)
    return parts


def _related(package: DocxPackage, kind: str, usual: str) -> Element | None:
    return package.xml(package.part_of_kind(kind) or usual)
