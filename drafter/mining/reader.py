"""Reading past documents of every kind into numbered lines.

Line numbers are those of the original file (1-based, split on \\n) for text formats, and 1-based
paragraph numbers for .docx (and .doc, read through LibreOffice), for a web page written on one line and for a
web page saved as a single file (.mht), whose lines are not the page's.
Word's automatic numbering is turned back into its visible markers, and Word heading styles are kept as a hint.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from msgspec import Struct

from ..chinese import han_share
from ..errors import InputError
from ..textio import decode_text, is_apple_double, is_word_package, read_bytes, visible_text

if TYPE_CHECKING:
    from .parse import SkippedFile

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
WEB_ARCHIVE_SUFFIXES = (".mht", ".mhtml")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *WEB_ARCHIVE_SUFFIXES, ".docx", ".doc")
READ_SUFFIXES = (".txt", ".md", ".html", ".mht", ".docx", ".doc")  # as messages name them
# Documents drafter cannot read that an office's archive holds beside its .doc and .docx: in a folder they
# were passed over without a word ('读取 3 个文件' of a folder that also held 40 PDF and WPS files, the
# clerk none the wiser). They are found with the others and said to be skipped, and how to make them readable.
OTHER_DOCUMENTS = {
    ".pdf": "PDF",
    ".wps": "WPS 文字",
    ".wpt": "WPS 文字模板",
    ".rtf": "RTF",
    ".odt": "OpenDocument 文本",
    ".ofd": "OFD 版式文件",
    ".docm": "带宏的 Word 文件",
    ".dotx": "Word 模板",
    ".dot": "Word 模板",
    # An archive of past documents as it was sent (存档.zip): passed over unsaid, the clerk was told the folder
    # held no documents at all.
    ".zip": "压缩包",
    ".rar": "压缩包",
    ".7z": "压缩包",
}
ARCHIVES = frozenset({".zip", ".rar", ".7z"})
# Pictures kept among the papers (a scanned page, a photo of the meeting): said, not passed over, so the
# clerk knows a scan's text was not read.
PICTURES = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".bmp": "BMP",
    ".gif": "GIF",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".webp": "WebP",
    ".heic": "HEIC",
    ".heif": "HEIF",
    # A JPEG saved from a browser or a chat app (微信 keeps a scan sent as a picture so): passed over unsaid.
    ".jfif": "JPEG",
}
# Spreadsheets kept beside the documents (an attachment's 名单 or 统计表): said to be skipped as the PDFs are,
# not passed over while a .wps beside them was listed.
SHEETS = {".xlsx": "Excel 表格", ".xls": "Excel 表格", ".et": "WPS 表格", ".ods": "OpenDocument 表格"}
# The <title> of the report.html that drafter mine writes (report.py). A report left among the past
# documents (a result folder kept inside the archive mined next time) is drafter's own page: its tables
# quote the formulae and headings of the documents it was made from, so read as a document it counts them
# again as one more source group (a unit's two yearly summaries, one group, became three groups).
MINE_REPORT_TITLE = "drafter 挖掘报告"
_MINE_REPORT = re.compile(r"<title>\s*" + re.escape(MINE_REPORT_TITLE) + r"\s*</title>")


class RawLine(Struct, frozen=True):
    """A line as the file has it (a msgspec Struct, not a dataclass: reading makes one for every line of every
    file, and a frozen dataclass's __init__ sets each field through object.__setattr__, 8 times the cost)."""

    text: str
    number: int  # line number in the file, or paragraph number in a Word file
    style_level: int = 0  # Word/Markdown heading level when the source marks one
    in_table: bool = False  # a paragraph inside a table cell (a form's labels are not headings)
    chrome: bool = False  # a web page's navigation, sidebar or footer (by its element: <nav>, class="footer" …)
    linked: bool = False  # a web page's line that is (nearly) all link text


@dataclass(frozen=True)
class RawText:
    path: str
    kind: str  # txt, md, html, docx, doc
    encoding: str
    lines: tuple[RawLine, ...]


# What a line may hold and still say nothing: a byte-order mark (Notepad saves an empty file as UTF-8 with
# one), zero-width spaces, and the spaces str.strip takes (full-width ones among them).
_NO_TEXT = " \ufeff\u200b\u200c\u200d\u2060"


def read_source(path: Path, label: str | None = None) -> RawText:
    """Read one file of any supported kind; raise InputError naming the file when it cannot be read, or when it
    holds no text: a file of only a byte-order mark or spaces, a web page or a Word file without a word (a scan
    saved as pictures) was read as no document with no word, and a folder of them mined to an empty result
    with exit 0, while an empty file was skipped as 文件是空的."""
    raw = _visible(_read_source(path, label))
    if any(line.text.strip().strip(_NO_TEXT) for line in raw.lines):
        return raw
    if raw.kind in ("txt", "md"):
        raise InputError(f"{raw.path}: 文件是空的（只有空格、空行或编码标记）")
    why = "网页里没有文字" if raw.kind == "html" else "文件里没有文字（可能是扫描件，字在图片里）"
    also = (
        "" if raw.kind == "html" else "；扫描件里的字读不出来，请先用文字识别（OCR）转成文字，另存为 .txt 或 .docx 再读"
    )
    raise InputError(f"{raw.path}: {why}{also}")


def _visible(raw: RawText) -> RawText:
    """``raw`` without the characters no document shows (textio.visible_text): a zero-width space or a
    direction mark in past documents went into the mined templates' defaults, and from them into every draft."""
    texts = [visible_text(line.text) for line in raw.lines]
    if all(text is line.text for text, line in zip(texts, raw.lines, strict=True)):
        return raw
    lines = tuple(msgspec.structs.replace(line, text=text) for text, line in zip(texts, raw.lines, strict=True))
    return dataclasses.replace(raw, lines=lines)


def _read_source(path: Path, label: str | None = None) -> RawText:
    name = label or str(path)
    suffix = path.suffix.lower()
    if suffix in ARCHIVES:
        raise InputError(f"{name}: 这是压缩包，drafter 不读压缩包里面的文件；请先解压到一个文件夹里，再分析那个文件夹")
    if suffix not in SUFFIXES:
        kind = f"{OTHER_DOCUMENTS[suffix]}文件；" if suffix in OTHER_DOCUMENTS else ""
        also = "；请用 WPS 或 Word 打开后另存为 .docx 再读" if kind else ""
        if suffix in PICTURES:
            kind = f"{PICTURES[suffix]} 图片；"
            also = "；扫描件里的字读不出来，请先用文字识别（OCR）转成文字，另存为 .txt 或 .docx 再读"
        elif suffix in SHEETS:
            kind = f"{SHEETS[suffix]}；"
            also = "；表格（附件里的名单、统计表）不是公文正文，挖掘只读公文"
        raise InputError(
            f"{name}: 不支持的文件类型“{suffix or '无扩展名'}”（{kind}支持 {' '.join(READ_SUFFIXES)}）{also}"
        )
    if path.name.startswith(("~$", ".~")):
        # Word and WPS leave ~$名称.docx beside a document while it is open (who has it open, not its text);
        # WPS on Linux (the 麒麟 and 统信 desktops of many offices) leaves .~名称.docx, which was called a broken
        # .docx the clerk should open and save again.
        raise InputError(
            f"{name}: 这是 Word 或 WPS 打开文档时留下的临时文件（以 {path.name[:2]} 开头），不是公文，已跳过"
        )
    if is_apple_double(path):
        # A zip made on a Mac keeps each file's Finder data beside it as ._名称.docx (often in __MACOSX/): it
        # was called a broken .docx, and the clerk told to open it in Word and save it again.
        raise InputError(f"{name}: 这是苹果电脑（macOS）压缩或复制文件时留下的附属文件（以 ._ 开头），不是公文，已跳过")
    if suffix == ".docx":
        data = read_bytes(path, name)
        if not data:
            raise InputError(f"{name}: 文件是空的")
        if web_archive(data):
            return _web_archive_text(data, name)
        if _web_page(data):
            # A web page named .docx (an OA system's "Word" export, a page saved from the browser and renamed) is
            # read as the page it is, as one named .doc is: it was skipped as a broken or encrypted .docx.
            text, encoding = _decode_html(data, name)
            return RawText(name, "html", encoding, tuple(html_lines(text)))
        return RawText(name, "docx", "ooxml", tuple(read_docx_lines(data, name)))
    if suffix == ".doc":
        return _text_under_doc_name(path, name) or RawText(name, "doc", "ooxml", tuple(read_doc_lines(path, name)))
    data = read_bytes(path, name)
    if not data.strip():
        raise InputError(f"{name}: 文件是空的")
    if is_word_package(data):
        # A Word file saved or renamed as .html/.txt (some OA systems do): said as what it is.
        raise InputError(f"{name}: 这是 Word 文件（.docx），扩展名却是“{path.suffix}”；请把扩展名改成 .docx 再读")
    if suffix not in TEXT_SUFFIXES and web_archive(data):
        return _web_archive_text(data, name)
    if suffix in WEB_ARCHIVE_SUFFIXES:
        if not _web_page(data):
            raise InputError(
                f"{name}: 不是网页存档（.mht）文件，也不是网页，不能读取；请用浏览器或 Word 打开后另存为 .docx"
            )
        text, encoding = _decode_html(data, name)
        return RawText(name, "html", encoding, tuple(html_lines(text)))
    if suffix in HTML_SUFFIXES:
        text, encoding = _decode_html(data, name)
        if _MINE_REPORT.search(text, 0, 4096):
            raise InputError(
                f"{name}: 这是 drafter mine 写的挖掘报告，不是过往公文，不读入（挖掘结果请放在要挖掘的文件夹外面）"
            )
        lines = html_lines(text)
        if not any(line.text.strip().strip(_NO_TEXT) for line in lines):
            _refuse_frames(text, name)
        return RawText(name, "html", encoding, tuple(lines))
    if suffix == ".txt" and _web_page(data) and b"<?xml" not in data[:64]:
        # A page saved from the browser as its source and named .txt: read with its tags, every line of the
        # page's markup became text, the site's scripts a document of their own (hostile13).
        text, encoding = _decode_html(data, name)
        return RawText(name, "html", encoding, tuple(html_lines(text)))
    text, encoding = decode_text(data, name)
    if suffix in (".md", ".markdown"):
        return RawText(name, "md", encoding, tuple(markdown_lines(text)))
    return RawText(name, "txt", encoding, tuple(_plain_lines(text)))


_FRAME = re.compile(r"""<(?:frame|iframe)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def _refuse_frames(text: str, name: str) -> None:
    """A page with no text of its own that frames others (a frameset or iframes saved from an OA system's viewer):
    it was said to hold no text, the pages that do left unnamed."""
    framed = list(dict.fromkeys(match[1] for match in _FRAME.finditer(text)))
    if framed:
        shown = "、".join(source[:120] for source in framed[:3]) + ("等" if len(framed) > 3 else "")
        raise InputError(
            f"{name}: 这是一个框架网页，本身没有文字，正文在它引用的网页里（{shown}）；"
            "请在浏览器里打开正文那一页，另存为网页或 .docx 再读"
        )


def _plain_lines(text: str) -> list[RawLine]:
    return [RawLine(line.rstrip("\r"), number) for number, line in enumerate(text.split("\n"), 1)]


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


# A backslash before ASCII punctuation is that character as text (drafter's own .md previews escape the
# clerk's * _ # < … so): it is set aside while marks are read, then given back without its backslash.
_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_SET_ASIDE = 0xF0000  # a private-use plane no document's text holds
_MD_HTML_PARAGRAPH = re.compile(r"\s{0,3}<p(?:\s[^<>]*)?>([^<>]*)</p>\s*", re.IGNORECASE)


def markdown_lines(text: str) -> list[RawLine]:
    lines = []
    for raw in _plain_lines(text):
        line = raw.text
        escaped = "\\" in line
        if escaped:
            line = _MD_ESCAPED.sub(lambda mark: chr(_SET_ASIDE + ord(mark.group(1))), line)
        paragraph = _MD_HTML_PARAGRAPH.fullmatch(line)
        if paragraph:
            # A paragraph written as HTML (drafter's previews set the 署名 and 成文日期 right so): its text, as a
            # Markdown viewer shows it; read with its tags, the document ended above it and no 署名 was mined.
            line = html.unescape(paragraph.group(1))
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
        if escaped:
            line = re.sub("[\U000f0021-\U000f007e]", lambda mark: chr(ord(mark.group(0)) - _SET_ASIDE), line)
        lines.append(RawLine(line, raw.number, level))
    return lines


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared and _believed(encoding := declared.group(1).decode("ascii").lower(), data):
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _believed(declared: str, data: bytes) -> bool:
    """Whether a page's own charset is to be believed. A page saved by one tool and edited in another says one
    thing and is another: Chinese in UTF-8 under charset=iso-8859-1 (a template's default) read as å…³äºŽ, and
    under charset=gbk, whose decoder takes most UTF-8 byte pairs, as 鍏充簬, a page of it mined with no word.
    Bytes that read as UTF-8 are UTF-8; a charset that cannot write Chinese (Latin-1, Windows-1252) is not what a
    Chinese page is in; and a UTF-16 or UTF-32 page could not have its charset read as plain bytes. Each of
    these is read as a text file is (its BOM, else UTF-8, then GBK)."""
    spelt = declared.replace("-", "").replace("_", "")
    if spelt.startswith(("utf16", "utf32", "ucs")):
        return False
    try:
        "关于".encode(declared)
    except (LookupError, UnicodeEncodeError):
        return False  # a charset Python does not know, or one without Chinese
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return spelt == "utf8"


# A web page saved as a single file (IE and Edge's 网页，单个文件, Word's 单个文件网页, many OA systems' "Word"
# exports, often named .html or .doc) is a MIME message: a few header lines, then the page quoted-printable or
# base64 encoded, its pictures after it. Read as a page it gave one document of =E6=A2=A7… with no title.
_HEADER_LINE = re.compile(rb"[\w-]+[ \t]*:|[ \t]")
_ARCHIVE_HEADER = re.compile(rb"^(?:mime-version[ \t]*:|content-type[ \t]*:[ \t]*multipart/)", re.I | re.M)


def web_archive(data: bytes) -> bool:
    """Whether the bytes are a single-file web page (MHT): header lines first, among them the MIME ones."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf\r\n\t ")
    block = re.split(rb"\r?\n[ \t]*\r?\n", head, maxsplit=1)[0]
    lines = block.splitlines()
    return bool(lines) and all(_HEADER_LINE.match(line) for line in lines) and bool(_ARCHIVE_HEADER.search(block))


def _web_archive_text(data: bytes, name: str) -> RawText:
    """The page inside a single-file web page, its paragraphs numbered (the file's lines are the encoded ones)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = (part.get_content_charset() or "").lower()
        encoding = "gb18030" if charset in ("gb2312", "gbk") else charset
        try:
            text = payload.decode(encoding) if encoding else None
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is None:
            text, encoding = _decode_html(payload, name)
        lines = html_lines(text)
        return RawText(
            name,
            "html",
            encoding,
            tuple(msgspec.structs.replace(line, number=number) for number, line in enumerate(lines, 1)),
        )
    raise InputError(f"{name}: 这是网页存档（.mht）文件，但里面没有网页；请用浏览器或 Word 打开后另存为 .docx 再读")


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
_DRAWN_RULE = "—" * 12
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
# Elements that hold other blocks: a page's navigation, sidebar or footer is one of them (nesting is followed
# through these only: <p>, <li> and <td> are often left open).
_CONTAINER_TAGS = {"div", "nav", "footer", "aside", "section", "ul", "ol", "dl", "table", "header", "article", "main"}
_CHROME_TAGS = {"nav", "footer", "aside"}
# The words a page's template names its chrome with (class or id, split at - and _), as content extractors
# (readability, jusText) read them.
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|toolbar|breadcrumbs?|crumbs?|position|location|sidebar|sidebox|aside"
    r"|related?|recommend|hot|rank|ranking|links|friendlink|pager|pagination|paging|share|social|tags?|comments?"
    r"|ads?|advert|banner|footer|foot|copyright)(?=$|[\s_-])",
    re.I,
)


def _is_chrome(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    return tag in _CHROME_TAGS or any(
        name in ("class", "id") and _CHROME_CLASS.search(value or "") is not None for name, value in attrs
    )


class _TextExtractor(HTMLParser):
    """Collects text in reading order, breaking lines at block elements, keeping source lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self._parts: list[str] = []
        self._has_text = False  # whether _parts holds more than white space (kept, not recomputed: linear time)
        self._start = 0
        self._skip = 0
        self._level = 0
        self._containers: list[tuple[str, bool]] = []  # open container elements, and whether each is chrome
        self._open: dict[str, int] = {}  # how many of each name are open (an end tag of none is not sought)
        self._chrome = 0  # how many of them are
        self._line_chrome = False  # whether the line being collected began inside chrome
        self._link = 0  # depth of open <a> elements
        self._link_chars = 0  # characters of the line being collected that are link text

    def _flush(self) -> None:
        if self._has_text:
            text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(self._parts)).strip()
            if text:
                linked = self._link_chars * 5 >= len(text.replace(" ", "")) * 4
                self.lines.append(RawLine(text, self._start, self._level, chrome=self._line_chrome, linked=linked))
        self._parts = []
        self._has_text = False
        self._link_chars = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self._level = _HEADING_TAGS.get(tag, 0)
        if tag == "hr" and not self._skip and not self._chrome:
            # A drawn rule between two documents of a page (……谢谢大家！ <hr> 某某镇人民政府 | ……工作总结) divides
            # them as a line of dashes does in a text file: it is written as one.
            self.lines.append(RawLine(_DRAWN_RULE, self.getpos()[0]))
        if tag in _CONTAINER_TAGS:
            chrome = _is_chrome(tag, attrs)
            self._containers.append((tag, chrome))
            self._open[tag] = self._open.get(tag, 0) + 1
            self._chrome += chrome
        elif tag == "a":
            self._link += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self._level = 0
        if tag in _CONTAINER_TAGS and self._open.get(tag):
            # Close up to the innermost open element of this name (an end tag nothing opened is ignored: what is
            # searched is then closed, so a page's tags are walked once however they nest).
            depth = len(self._containers) - 1
            while self._containers[depth][0] != tag:
                depth -= 1
            for name, chrome in self._containers[depth:]:
                self._open[name] -= 1
                self._chrome -= chrome
            del self._containers[depth:]
        elif tag == "a" and self._link:
            self._link -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        line = self.getpos()[0]
        for index, piece in enumerate(data.split("\n")):
            if index:
                # A newline inside a <pre>-like text block is a real line break in the source.
                if self._has_text:
                    self._flush()
                line += 1
            if piece.strip():
                if not self._has_text:
                    self._start = line
                    self._has_text = True
                    self._line_chrome = self._chrome > 0
                if self._link:
                    self._link_chars += len(piece.strip().replace(" ", ""))
                self._parts.append(piece)
            elif self._has_text:
                self._parts.append(piece)


def _close_dangling_tags(text: str) -> str:
    """Text for the parser in which no "<" waits for a ">" that never comes.

    Python's HTMLParser retries an unterminated tag at every following "<", scanning to the end
    each time: 200,000 of them took minutes. After the last ">" nothing can be a tag, so those
    "<" are written as the text they are.
    """
    last = text.rfind(">")
    tail = text[last + 1 :]
    return text[: last + 1] + tail.replace("<", "&lt;") if "<" in tail else text


def html_lines(text: str) -> list[RawLine]:
    parser = _TextExtractor()
    parser.feed(_close_dangling_tags(text))
    parser.close()
    parser._flush()
    lines = parser.lines
    if _crowded(lines):
        # A page written on one line (minified, as many sites serve theirs) gave every paragraph the number 1:
        # parse said 第1–1行 for each document and every heading, and the outline, which tells lines apart by
        # their numbers, lost the headings under 一、. Such a page is numbered by paragraph, as a Word file is.
        return [msgspec.structs.replace(line, number=number) for number, line in enumerate(lines, 1)]
    return lines


def _crowded(lines: Sequence[RawLine]) -> bool:
    """Whether most lines share their source line with another (a table's cells on one line are a few)."""
    counts = Counter(line.number for line in lines)
    return sum(count for count in counts.values() if count > 1) * 2 > len(lines)


# --- Word -----------------------------------------------------------------------------------

# Word's own limits are far below this; a part claiming more is broken or hostile (a zip bomb).
_MAX_PART_BYTES = 64 * 1024 * 1024


def read_docx_lines(data: bytes, name: str, *, imported: bool = True) -> list[RawLine]:
    """Paragraphs of a .docx in document order (tables included), numbered from 1; then the text of the parts
    it imports whole (``imported``: not within an imported .docx, which could import itself)."""
    # Imported here: the .docx reader (zipfile, ElementTree) is not needed to read text and web pages.
    from ..docx.read import docx_paragraphs

    parts: list[bytes] = []
    paragraphs = docx_paragraphs(data, name, max_part_bytes=_MAX_PART_BYTES, imported=parts if imported else None)
    lines = [RawLine(p.text, p.number, p.style_level, p.in_table) for p in paragraphs]
    # An OA system's export whose text is a web page imported whole (w:altChunk) was said to be a scan
    # (文件里没有文字（可能是扫描件）), the notice in it never read.
    for part in parts:
        lines += [
            msgspec.structs.replace(line, number=len(lines) + number)
            for number, line in enumerate(_imported_lines(part, name), 1)
        ]
    written = [line for line in lines if line.text.strip(_NO_TEXT)]
    if imported and written and all(line.in_table for line in written):
        from ..docx.read import only_grid_tables

        if only_grid_tables(data, name, max_part_bytes=_MAX_PART_BYTES):
            # A register, a list of names or a reply form kept among the past documents was mined as a document
            # of 其他, its cells run together as lines, and counted among the documents read.
            raise InputError(
                f"{name}: 只有表格，表格外没有文字（登记表、名单、回执之类），不是一篇公文，没有用于挖掘；"
                "公文正文写在表格里的，请移到表格外另存后再读"
            )
    return lines


def _imported_lines(data: bytes, name: str) -> list[RawLine]:
    """The lines of a part a .docx imports whole, by what it is (its declared type is not trusted); none for a
    part that cannot be read as text (the document's own paragraphs are still read)."""
    try:
        return _part_lines(data, name)
    except InputError:
        return []


def _part_lines(data: bytes, name: str) -> list[RawLine]:
    if web_archive(data):
        return list(_web_archive_text(data, name).lines)
    if data.startswith(b"PK\x03\x04"):
        return read_docx_lines(data, name, imported=False)
    if _web_page(data) or b"<html" in data[:4096].lower():
        text, _ = _decode_html(data, name)
        return html_lines(text)
    if data.lstrip().startswith(b"{\\rtf"):
        return []  # RTF is not read (as a file of its own it is said to be skipped)
    text, _ = decode_text(data, name)
    return _plain_lines(text)


# Word 97-2003 files are OLE2 compound documents; nothing else is handed to LibreOffice, which would
# otherwise open HTML, RTF and more under a .doc name (and fetch the URLs an HTML page names).
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOC_TIMEOUT = 60.0  # seconds for one .doc (DRAFTER_SOFFICE_TIMEOUT changes it)


def _web_page(data: bytes) -> bool:
    """Whether the bytes are a web page (Word's "save as web page", an OA system's export), whatever the name."""
    head = data[:512].lstrip().lower()
    return head.startswith((b"<", b"\xef\xbb\xbf<")) and (b"<html" in head or b"<!doctype" in head or b"<?xml" in head)


# How much of a file's text must be Chinese for a text file under a .doc name to be read as the document it is.
_CHINESE_TEXT = 0.3


def _text_under_doc_name(path: Path, name: str) -> RawText | None:
    """A plain text file saved under a .doc name (Notepad's 另存为 通知.doc, an OA system's plain export), read as the
    text it is: it was skipped as 不是 Word 文件, the clerk told to open it in Word and save it as .docx. None for
    anything else (a Word file, a web page, RTF, a binary or a text that is not Chinese)."""
    data = read_bytes(path, name)
    if not data.strip():
        raise InputError(f"{name}: 文件是空的")  # as any other file: it was said to be 不是 Word 文件
    if data.startswith((OLE2_SIGNATURE, b"PK")) or web_archive(data) or _web_page(data):
        return None
    try:
        text, encoding = decode_text(data, name)  # RTF and binaries are refused here
    except InputError:
        return None
    if han_share(text) < _CHINESE_TEXT:
        return None
    return RawText(name, "txt", encoding, tuple(_plain_lines(text)))


def read_doc_lines(path: Path, name: str) -> list[RawLine]:
    """Old Word .doc files go through LibreOffice (converted to .docx in a private temporary folder)."""
    from ..soffice import ConversionError, convert, find_soffice, timeout_seconds

    data = read_bytes(path, name)
    if data.startswith(b"PK\x03\x04"):  # a .docx that kept an old name
        return read_docx_lines(data, name)
    if not data.startswith(OLE2_SIGNATURE):
        if web_archive(data):
            # An OA system's "Word" export is often a single-file web page (what Word itself saves as .mht).
            return list(_web_archive_text(data, name).lines)
        if _web_page(data):
            # Word's "save as web page" kept the .doc name: read it as the page it is.
            text, _ = _decode_html(data, name)
            return html_lines(text)
        head = data[:512].lstrip().lower()
        kind = "RTF 文档" if head.startswith(b"{\\rtf") else "不是 Word 文件"
        raise InputError(
            f"{name}: 不是 Word 97-2003 格式的 .doc 文件（{kind}），不能读取；请用 Word 或 WPS 打开后另存为 .docx"
        )
    if find_soffice() is None:
        raise InputError(
            f"{name}: 读取 .doc 需要 LibreOffice；请安装（如 apt-get install libreoffice-writer）或先另存为 .docx"
        )
    try:
        converted = convert(data, ".doc", "docx", label=name, timeout=timeout_seconds(DOC_TIMEOUT))
    except ConversionError as exc:
        raise InputError(str(exc).replace("没有生成 DOCX 文件", "无法读取这个 .doc 文件")) from exc
    return read_docx_lines(converted, name)


def nothing_readable(
    inputs: Sequence[Path], skipped: Sequence[SkippedFile], report: str = "", *, listed: bool = False
) -> str:
    """Why nothing was read: no file of a kind drafter reads, or every one of them skipped (and why;
    ``listed``: the reasons were printed above, one a line)."""
    if not skipped:
        names = "、".join(str(path) for path in inputs[:3]) + ("等" if len(inputs) > 3 else "")
        return f"没有找到过往公文：{names} 里没有 {' '.join(READ_SUFFIXES)} 文件"
    # One file is "跳过了", not "1 个文件都跳过了" (都 speaks of several).
    count = "这个文件跳过了" if len(skipped) == 1 else f"{len(skipped)} 个文件都跳过了"
    if listed:
        return f"没有可以读取的文件：{count}（原因见上）"
    reasons = "；".join(s.reason for s in skipped[:3])
    more = f"；另有 {len(skipped) - 3} 个" if len(skipped) > 3 else ""
    bodies = {s.reason.removeprefix(f"{s.path}: ") for s in skipped}
    if len(skipped) > 1 and len(bodies) == 1:
        # Every file for the same reason (a folder of 版头 pages, none holding a document): said once, not thrice.
        names = "、".join(s.path for s in skipped[:3])
        reasons, more = f"{names}{'等' if len(skipped) > 3 else ''}：{bodies.pop()}", ""
    where = f"；每个文件跳过的原因见 {report}" if report else ""
    return f"没有可以读取的文件：{count}（{reasons}{more}）{where}"
