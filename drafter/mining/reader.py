"""Reading past documents of every kind into numbered lines.

Line numbers are those of the original file (1-based, split on \\n) for text formats, and 1-based
paragraph numbers for .docx (and .doc, read through LibreOffice). Word's automatic numbering is
turned back into its visible markers, and Word heading styles are kept as a hint.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from ..textio import decode_text, read_bytes

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".docx", ".doc")


@dataclass(frozen=True)
class RawLine:
    text: str
    number: int  # line number in the file, or paragraph number in a Word file
    style_level: int = 0  # Word/Markdown heading level when the source marks one
    in_table: bool = False  # a paragraph inside a table cell (a form's labels are not headings)


@dataclass(frozen=True)
class RawText:
    path: str
    kind: str  # txt, md, html, docx, doc
    encoding: str
    lines: tuple[RawLine, ...]


def read_source(path: Path, label: str | None = None) -> RawText:
    """Read one file of any supported kind; raise InputError naming the file when it cannot be read."""
    name = label or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: 不支持的文件类型“{suffix or '无扩展名'}”（支持 .txt .md .html .docx .doc）")
    if suffix == ".docx":
        return RawText(name, "docx", "ooxml", tuple(read_docx_lines(read_bytes(path, name), name)))
    if suffix == ".doc":
        return RawText(name, "doc", "ooxml", tuple(read_doc_lines(path, name)))
    data = read_bytes(path, name)
    if not data.strip():
        raise InputError(f"{name}: 文件是空的")
    if suffix in HTML_SUFFIXES:
        text, encoding = _decode_html(data, name)
        return RawText(name, "html", encoding, tuple(html_lines(text)))
    text, encoding = decode_text(data, name)
    if suffix in (".md", ".markdown"):
        return RawText(name, "md", encoding, tuple(markdown_lines(text)))
    return RawText(name, "txt", encoding, tuple(_plain_lines(text)))


def _plain_lines(text: str) -> list[RawLine]:
    return [RawLine(line.rstrip("\r"), number) for number, line in enumerate(text.split("\n"), 1)]


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def markdown_lines(text: str) -> list[RawLine]:
    lines = []
    for raw in _plain_lines(text):
        line = raw.text
        level = 0
        heading = _MD_HEADING.match(line)
        if heading:
            level, line = len(heading.group(1)), heading.group(2)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^\s*[-*+]\s+", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_INLINE.sub(r"\2", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            line = ""
        lines.append(RawLine(line, raw.number, level))
    return lines


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "hr",
    "title",
    "nav",
    "aside",
    "form",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}


class _TextExtractor(HTMLParser):
    """Collects text in reading order, breaking lines at block elements, keeping source lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self._parts: list[str] = []
        self._start = 0
        self._skip = 0
        self._level = 0

    def _flush(self) -> None:
        text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(self._parts)).strip()
        if text:
            self.lines.append(RawLine(text, self._start, self._level))
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self._level = _HEADING_TAGS.get(tag, 0)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self._level = 0

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        line = self.getpos()[0]
        for index, piece in enumerate(data.split("\n")):
            if index:
                # A newline inside a <pre>-like text block is a real line break in the source.
                if self._parts and "".join(self._parts).strip():
                    self._flush()
                line += 1
            if piece.strip() and not "".join(self._parts).strip():
                self._start = line
            self._parts.append(piece)


def html_lines(text: str) -> list[RawLine]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.lines


# --- Word -----------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _chinese_count(number: int) -> str:
    from ..chinese import chinese_numeral

    return chinese_numeral(number)


def _format_number(value: int, fmt: str) -> str:
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "ideographTraditional",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
    ):
        return _chinese_count(value)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[value - 1] if 0 < value <= 20 else str(value)
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
    table = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for amount, letters in table:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


# Word's own limits are far below these; a file claiming more is broken or hostile, and a roman
# numeral of 10**12 would be a string of 10**9 letters.
_MAX_START = 32767
_MAX_PART_BYTES = 64 * 1024 * 1024


def _number(value: str | None, default: int, low: int, high: int) -> int:
    """An integer attribute as Word writes it, with anything else read as the default and clamped."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = default
    return min(max(number, low), high)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """Turns w:numPr back into the markers Word would show (一、 （一） 1. …)."""

    def __init__(self, root) -> None:
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
                    level.fmt = fmt.get(f"{W}val", "decimal")
                if text is not None:
                    level.text = text.get(f"{W}val", "")
                if start is not None:
                    level.start = _number(start.get(f"{W}val"), 1, 0, _MAX_START)
                levels[_number(lvl.get(f"{W}ilvl"), 0, 0, 8)] = level
            self.abstract[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            ref = num.find(f"{W}abstractNumId")
            self.nums[num_id] = ref.get(f"{W}val", "") if ref is not None else ""
            for override in num.findall(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    ilvl = _number(override.get(f"{W}ilvl"), 0, 0, 8)
                    self.overrides.setdefault(num_id, {})[ilvl] = _number(start.get(f"{W}val"), 1, 0, _MAX_START)

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
            return _format_number(value, levels.get(index, _Level()).fmt)

        return re.sub(r"%(\d)", substitute, level.text)


def _numbering_ref(element) -> tuple[str, int] | None:
    """(numId, ilvl) of the w:numPr under an element's w:pPr, if it has one."""
    numpr = element.find(f"{W}pPr/{W}numPr")
    num_id = numpr.find(f"{W}numId") if numpr is not None else None
    if num_id is None:
        return None
    ilvl = numpr.find(f"{W}ilvl")
    return num_id.get(f"{W}val", "0"), _number(ilvl.get(f"{W}val") if ilvl is not None else None, 0, 0, 8)


def _outline_level(element) -> int:
    """The heading level a w:pPr/w:outlineLvl gives (1-based), or 0 for body text."""
    outline = element.find(f"{W}pPr/{W}outlineLvl")
    value = outline.get(f"{W}val", "9") if outline is not None else "9"
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _style_info(styles_root) -> dict[str, tuple[int, tuple[str, int] | None, str | None]]:
    """styleId → (heading level, style numbering, basedOn)."""
    info = {}
    if styles_root is None:
        return info
    for style in styles_root.findall(f"{W}style"):
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val", "") if name_el is not None else "").lower()
        heading = re.match(r"^(?:heading|标题)\s*(\d)$", name)
        level = int(heading.group(1)) if heading else _outline_level(style)
        based = style.find(f"{W}basedOn")
        info[style.get(f"{W}styleId", "")] = (
            level,
            _numbering_ref(style),
            based.get(f"{W}val") if based is not None else None,
        )
    return info


# A manual line break between Chinese characters (a two-line title) joins without a space.
_LINE_BREAK_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff])\n(?=[\u3400-\u9fff\d“《（])")


# What a damaged, encrypted or unusual zip can raise while it is read (zlib.error for a bad deflate
# stream, RuntimeError for an encrypted member, NotImplementedError for an unknown compression method).
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    SyntaxError,  # ElementTree.ParseError
    zlib.error,
    RuntimeError,
    NotImplementedError,
    ValueError,
    EOFError,
    OSError,
)


def _archive_reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return "缺少 word/document.xml"
    if isinstance(exc, SyntaxError):
        return "XML 格式错误"
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return "文件已加密"
    if isinstance(exc, NotImplementedError):
        return "不支持的压缩方式"
    if isinstance(exc, zlib.error):
        return "压缩数据已损坏"
    return exc.__class__.__name__


def _read_part(archive: zipfile.ZipFile, part_name: str, name: str) -> bytes:
    """One part of the package, refusing one that would inflate past a sane size (a zip bomb)."""
    info = archive.getinfo(part_name)
    if info.flag_bits & 0x1:
        raise RuntimeError("encrypted member")
    if info.file_size > _MAX_PART_BYTES:
        raise InputError(f"{name}: {part_name} 解压后有 {info.file_size // (1024 * 1024)} MB，太大，不能读取")
    with archive.open(info) as stream:
        data = stream.read(_MAX_PART_BYTES + 1)
    if len(data) > _MAX_PART_BYTES:
        raise InputError(f"{name}: {part_name} 解压后超过 {_MAX_PART_BYTES // (1024 * 1024)} MB，太大，不能读取")
    return data


def read_docx_lines(data: bytes, name: str) -> list[RawLine]:
    """Paragraphs of a .docx in document order (tables included), numbered from 1."""
    from xml.etree import ElementTree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        document = ElementTree.fromstring(_read_part(archive, "word/document.xml", name))
    except _ARCHIVE_ERRORS as exc:
        raise InputError(f"{name}: 不是有效的 .docx 文件，或已损坏、加密（{_archive_reason(exc)}）") from exc

    def part(part_name: str):
        try:
            return ElementTree.fromstring(_read_part(archive, part_name, name))
        except InputError:
            raise
        except _ARCHIVE_ERRORS:
            return None

    numbering = _Numbering(part("word/numbering.xml"))
    styles = _style_info(part("word/styles.xml"))
    body = document.find(f"{W}body")
    if body is None:
        raise InputError(f"{name}: .docx 里没有正文")
    in_tables = {id(p) for table in body.iter(f"{W}tbl") for p in table.iter(f"{W}p")}
    lines = []
    for number, paragraph in enumerate(body.iter(f"{W}p"), 1):
        texts = []
        for node in paragraph.iter():
            if node.tag == f"{W}t" and node.text:
                texts.append(node.text)
            elif node.tag == f"{W}tab":
                texts.append("\t")
            elif node.tag in (f"{W}br", f"{W}cr"):
                texts.append("\n")
        text = _LINE_BREAK_IN_CHINESE.sub("", "".join(texts)).replace("\n", " ")
        style_el = paragraph.find(f"{W}pPr/{W}pStyle")
        level, style_numbering = _resolve_style(styles, style_el.get(f"{W}val", "") if style_el is not None else "")
        level = _outline_level(paragraph) or level
        target = _numbering_ref(paragraph) or style_numbering
        marker = numbering.marker(*target) if target is not None and text.strip() else ""
        lines.append(RawLine(marker + text, number, level, id(paragraph) in in_tables))
    return lines


def _resolve_style(styles: dict, style_id: str) -> tuple[int, tuple[str, int] | None]:
    level, numbering, seen = 0, None, set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        own_level, own_numbering, based = styles[style_id]
        level = level or own_level
        numbering = numbering or own_numbering
        style_id = based or ""
    return level, numbering


def read_doc_lines(path: Path, name: str) -> list[RawLine]:
    """Old Word .doc files go through LibreOffice (converted to .docx in a temporary folder)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(
            f"{name}: 读取 .doc 需要 LibreOffice；请安装（如 apt-get install libreoffice-writer）或先另存为 .docx"
        )
    if not path.is_file():
        raise InputError(f"{name}: 文件不存在")
    with tempfile.TemporaryDirectory(prefix="drafter-doc-") as folder:
        profile = Path(folder) / "profile"
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            folder,
            str(path),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=180, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(f"{name}: LibreOffice 转换 .doc 失败（{exc}）") from exc
        converted = Path(folder) / (path.stem + ".docx")
        if not converted.is_file():
            raise InputError(f"{name}: LibreOffice 无法读取这个 .doc 文件（文件可能已损坏）")
        return read_docx_lines(converted.read_bytes(), name)
