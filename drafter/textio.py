"""Reading text files whose encoding is not declared (UTF-8 with or without BOM, GBK/GB18030)."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from .errors import InputError, os_reason
from .patterns import lazy

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16's, which it begins with
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_SAVE_AS_UTF8 = "请用记事本或 WPS 打开后“另存为”UTF-8 编码"


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name).

    UTF-8 is tried first because GB18030 accepts almost any byte string and would
    silently garble UTF-8 text. What cannot be read gets a message saying what the file seems
    to be and where the trouble is.
    """
    data = _without_zero_padding(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding.startswith("utf-32"):
                raise InputError(f"{name}: 文件是 UTF-32 编码，drafter 不支持；{_SAVE_AS_UTF8}")
            try:
                return _without_marks(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                where = _position(data[len(bom) :], exc.start, encoding)
                if encoding == "utf-8" and _is_gbk(data[len(bom) :]):
                    # A GBK file someone's editor or script gave a UTF-8 mark (a CSV "made fit for Excel"): when the
                    # words read as common Chinese throughout, it is read as the GBK it is. It was refused, and the
                    # advice to open it in Notepad and save it as UTF-8 lost its words: Notepad believes the mark.
                    text = data[len(bom) :].decode("gb18030")
                    if _common_share(text, "gb2312", (0xB0, 0xD7)) > 0.8:
                        return _without_marks(text), "gb18030"
                    raise InputError(
                        f"{name}{where}: 文件开头标着 UTF-8（BOM），内容却是 GBK 编码；{_SAVE_AS_UTF8}"
                    ) from exc
                raise InputError(f"{name}{where}: 文件声明为 {encoding} 编码，但这里的内容无法按此解码") from exc
    if data.startswith(_BINARY_STARTS):
        raise InputError(f"{name}: 不是文本文件（{_binary_kind(data, name)}）")
    if data.lstrip(b" \t\r\n").startswith(b"{\\rtf"):
        # Saved from WordPad or Word as rich text under a text name (通知.txt, 通知.yaml): plain ASCII, so it was read
        # as a document of one line of RTF codes (mine) or refused as YAML that is no mapping (draft).
        suffix = os.path.splitext(name)[1]
        named = f"，只是扩展名是“{suffix}”" if suffix else ""
        facts = suffix.lower() in (".yaml", ".yml", ".csv")  # read only as text: a .docx is no facts file
        kept, docx = (suffix or ".txt", "") if facts else (".txt", "，或另存为 .docx")
        raise InputError(
            f"{name}: 不是纯文本文件（这是一个 RTF 文件，写字板、Word 保存的带格式文本{named}）；"
            f"请在写字板、WPS 或 Word 里“另存为”纯文本（{kept}，UTF-8 编码）{docx}"
        )
    if b"\x00" in data[:8192]:
        wide = _wide_encoding(data[:8192])
        if wide:
            raise InputError(f"{name}: 文件像是 {wide}编码，但开头没有 BOM 标记，无法确定如何读取；{_SAVE_AS_UTF8}")
        _refuse_stray_zeros(data, name)
        raise InputError(f"{name}: 不是文本文件（{_binary_kind(data, name)}）")
    try:
        return _without_marks(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_stray_bytes(data, exc, name)
        utf8_stop = exc.start
    try:
        text = data.decode("gb18030")
        if _big5_not_gbk(data, text):
            raise InputError(
                f"{name}: 文件像是繁体中文的 Big5 编码（按 GBK 读出来是乱码），drafter 不支持；"
                "请用记事本或 WPS 打开，另存为 UTF-8 编码的文件（繁体字不用改）"
            )
        return _without_marks(text), "gb18030"
    except UnicodeDecodeError as exc:
        # Text in one encoding up to a point, then in another (two files joined, a GBK part pasted into UTF-8):
        # the position GB18030 gave up at was said alone, in the UTF-8 part, whose line the clerk found whole.
        first, where = "", _position(data, exc.start, "gb18030")
        if utf8_stop > exc.start and max(data[:utf8_stop], default=0) >= 0x80 and _is_gbk(data[utf8_stop:]):
            first, where = "UTF-8", _position(data, utf8_stop, "utf-8")
        elif exc.start > utf8_stop:
            # (GB18030 reads a few characters of the UTF-8 part before it gives up: the part opens on a line)
            opens = data.rfind(b"\n", 0, exc.start) + 1
            if opens and _is_gbk(data[:opens]) and _decodes(data[opens:], "utf-8"):
                first, where = "GBK", _position(data, opens, "gb18030")
        if first:
            raise InputError(
                f"{name}{where}: 文件前面是 {first} 编码，从这里起换成了别的编码（是否把两个文件拼在了一起？）；"
                "请把前后两部分分别另存为 UTF-8 编码的文件"
            ) from exc
        raise InputError(
            f"{name}{where}: 无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030；从这里起无法解码），{_SAVE_AS_UTF8}"
        ) from exc


_COMMON_MARKS = frozenset("，。、：；“”‘’（）《》！？—…·　【】〔〕")


def _common_share(text: str, encoding: str, leads: tuple[int, int]) -> float:
    """The share of ``text``'s characters beyond ASCII that are common Chinese: punctuation, or characters among the
    most used of ``encoding`` (lead bytes in ``leads``); 1.0 for a text with too few to judge."""
    wide = [c for c in text if c > "\x7f" and not c.isspace()][:2000]
    if len(wide) < 8:
        return 1.0
    common = 0
    for c in wide:
        with contextlib.suppress(UnicodeEncodeError):  # (not in the encoding at all: no common character)
            common += c in _COMMON_MARKS or leads[0] <= c.encode(encoding)[0] <= leads[1]
    return common / len(wide)


def _big5_not_gbk(data: bytes, text: str) -> bool:
    """Whether bytes that decode as GB18030 are a Big5 text (a page or file from Taiwan or Hong Kong): read as GBK
    its words are rare characters, kana and Greek letters (關於 read 闽暗), which a mining run learnt from and a
    draft printed. Judged by the share of each reading's characters that are common in its encoding (GB2312's
    first level, Big5's 常用字, and punctuation); a GBK text keeps nearly all of its own."""
    if _common_share(text, "gb2312", (0xB0, 0xD7)) > 0.6:
        return False
    try:
        traditional = data.decode("big5")
    except UnicodeDecodeError:
        return False
    return _common_share(traditional, "big5", (0xA1, 0xC6)) > 0.9


# What no value of a 公文 shows, wherever it came from (a YAML escape "\\e[31m", a cell of a sheet, data given
# to the API): control characters (the .docx writer dropped them, but the .txt and .md previews kept them, and
# `cat 通知.txt` ran their terminal escapes: a changed window title, a cleared screen), the marks that turn the
# direction of text (U+202E showed 反向 as 向反 in Word), and zero-width spaces a sheet's cell pasted from a web
# page holds. Tabs and line breaks (\\n, \\r, and \\v, \\f, U+0085 … which split a value into paragraphs
# as \\n does) are kept; so is the zero-width joiner, which joins an emoji's parts.
_HIDDEN = lazy(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def visible_text(text: str) -> str:
    """``text`` without the characters of ``_HIDDEN``."""
    return _HIDDEN.sub("", text) if _HIDDEN.search(text) else text


def _without_marks(text: str) -> str:
    """``text`` without the byte-order marks inside it: two files saved with one each and joined (copy /b
    甲.txt+乙.txt, cat) hold the second's at the start of its first line, and the second document was titled
    \ufeff澄江市……方案; a value pasted from such a file carried the invisible character into the document."""
    return text.replace("\ufeff", "") if "\ufeff" in text else text


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _is_gbk(data: bytes) -> bool:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 2


_WIDE = (
    ("utf-32-le", "UTF-32（小端）", 4),
    ("utf-32-be", "UTF-32（大端）", 4),
    ("utf-16-le", "UTF-16（小端）", 2),
    ("utf-16-be", "UTF-16（大端）", 2),
)


def _wide_encoding(head: bytes) -> str:
    """UTF-16 or UTF-32 without a byte-order mark: the one that decodes the start into readable text."""
    for encoding, label, unit in _WIDE:
        usable = len(head) - len(head) % unit - (unit if len(head) > 64 else 0)  # a cut pair at the end
        try:
            text = head[:usable].decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
        # Real text also has some line breaks, spaces or ASCII punctuation among its characters.
        ascii_chars = sum(1 for ch in text if ch < "\x80")
        if len(text) >= 8 and ascii_chars and readable >= 0.98 * len(text):
            return label
    return ""


def _without_zero_padding(data: bytes) -> bytes:
    """The text before a run of zero bytes that ends the file. A save cut short (a crash, a USB stick pulled out,
    a file copied off a damaged disk) leaves the file's last block zero-filled: the text before it was called
    不是文本文件（含有二进制内容）, and in UTF-16 the zeros were read as one more line, a document of no title."""
    if not data.endswith(b"\x00"):
        return data
    text = data.rstrip(b"\x00")
    for bom in (b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom) and not data.startswith(b"\xff\xfe\x00\x00"):
            # UTF-16: the last character's zero byte (ASCII in little-endian) goes back, two bytes a character.
            return text + b"\x00" * ((len(text) - len(bom)) % 2)
    if b"\x00" in text:
        # Zeros left inside (UTF-16 without its mark, a binary file, a stray zero byte) are said as they were.
        return text
    # Only text is padded so: the zeros were all that told a binary file (a picture named .txt) from text.
    for encoding in ("utf-8", "gb18030"):
        try:
            decoded = text.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in decoded if ch.isprintable() or ch in "\t\n\r")
        return text if readable >= 0.95 * len(decoded) else data
    return data


def _refuse_stray_zeros(data: bytes, name: str) -> None:
    """A text file with a zero byte or two in it (a bad copy, a crashed editor) is text, not a binary file."""
    zeros = data.count(b"\x00")
    if zeros > max(3, len(data) // 1000):
        return
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.replace(b"\x00", b"").decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
        if len(text) >= 16 and readable >= 0.95 * len(text):
            where = _position(data, data.index(b"\x00"), encoding)
            more = f"（全文共 {zeros} 处）" if zeros > 1 else ""
            raise InputError(
                f"{name}{where}: 这里有一个空字符（\\x00）{more}，文件其余部分是文字；"
                "可能是复制或保存时出了错，请在这个位置删掉这个看不见的字符后保存"
            )
        return


def _refuse_stray_bytes(data: bytes, exc: UnicodeDecodeError, name: str) -> None:
    """UTF-8 text with a few bytes that are not UTF-8 (one mistyped or cut character) is not GBK."""
    replaced = data.decode("utf-8", "replace")
    errors = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ch > "\x7f") - errors
    if good < 4 or good < 8 * errors:
        return
    where = _position(data, exc.start, "utf-8")
    byte = data[exc.start]
    more = f"（全文共 {errors} 处）" if errors > 1 else ""
    raise InputError(
        f"{name}{where}: 这里有不是 UTF-8 的字节 0x{byte:02X}{more}，文件其余部分是 UTF-8；"
        "可能是复制时截断了一个字，请删掉后重新输入这里的文字"
    ) from exc


def _position(data: bytes, offset: int, encoding: str) -> str:
    """``:line:column`` of a byte offset (lines split on newline, columns in characters)."""
    if encoding.startswith("utf-16"):
        text = data[: offset - offset % 2].decode(encoding, "replace")
    else:
        text = data[:offset].decode(encoding, "replace")
    line = text.count("\n") + 1
    column = len(text) - (text.rfind("\n") + 1) + 1
    return f":{line}:{column}"


# Larger than any document or facts file a person writes; past it, reading could exhaust memory.
MAX_FILE_BYTES = 100 * 1024 * 1024


_ZIP = b"PK\x03\x04"
_ZIP_HEAD = 65536  # the part names of an Office package stand in its first entries


_APPLE_DOUBLE = b"\x00\x05\x16\x07"  # AppleDouble's magic number (RFC 1740)


def is_apple_double(path: Path) -> bool:
    """Whether ``path`` is the Finder data a zip made on a Mac keeps beside a file (._名称.docx, in __MACOSX/)."""
    if not path.name.startswith("._"):
        return False
    try:
        with path.open("rb") as file:
            return file.read(4) == _APPLE_DOUBLE
    except OSError:
        return False  # said when the file is read


def is_word_package(data: bytes) -> bool:
    """Whether these bytes are a Word (.docx) file, whatever its name says."""
    return data.startswith(_ZIP) and b"word/" in data[:_ZIP_HEAD]


# Starts no text file has (control characters, or a PDF's header) though a short or cut file of these
# kinds may have no zero byte to betray it: 4 bytes "PK\x03\x04" named .html were read as one line of text.
_BINARY_STARTS = (_ZIP, b"PK\x05\x06", b"%PDF-", b"\x1f\x8b", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")


# An Office file with a password to open is a compound file (the old .doc/.xls container) whose content is one
# stream by this name, whatever the format inside (.docx, .xlsx).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


# A document type declaration, in the encodings an Office part may use (UTF-8, or UTF-16 with its BOM).
_DECLARATIONS = tuple(
    mark.encode(code) for mark in ("<!DOCTYPE", "<!ENTITY") for code in ("ascii", "utf-16-le", "utf-16-be")
)


def declares_entities(data: bytes) -> bool:
    """Whether an XML part of an Office file carries a document type declaration (which may declare entities).
    Word and Excel never write one; a part declaring entities is how an XML bomb ("billion laughs") is built."""
    return any(mark in data for mark in _DECLARATIONS)


def crafted_package(name: str, part: str, program: str) -> InputError:
    """The refusal of an Office file (``program``: Word, Excel) whose ``part`` declares a DOCTYPE."""
    return InputError(
        f"{name}: 文件已损坏，或是被特意构造的（{part} 里有 {program} 不会写的 <!DOCTYPE>/<!ENTITY> 声明），"
        f"为安全起见没有读取；请换一份由 {program} 或 WPS 正常保存的文件，来路不明的文件请不要打开"
    )


def password_protected(data: bytes) -> bool:
    """Whether ``data`` is a Word or Excel file with a password to open (not an old .doc or .xls)."""
    return data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and _ENCRYPTED_STREAM in data


def _complete_zip(data: bytes) -> bool:
    """Whether a package has its closing directory (a download or copy cut short has not)."""
    return b"PK\x05\x06" in data[-65557:]


def _binary_kind(data: bytes, name: str) -> str:
    """What a binary file handed over as text most likely is: a Word or Excel file under another name is
    the usual case (a .docx renamed .yaml, an .xlsx saved as .csv)."""
    suffix = os.path.splitext(name)[1]
    named = f"，只是扩展名是“{suffix}”" if suffix else ""
    if is_word_package(data):
        return f"这是一个 Word 文件（.docx）{named}"
    if data.startswith(_ZIP):
        if b"xl/" in data[:_ZIP_HEAD]:
            return f"这是一个 Excel 文件（.xlsx）{named}"
        if not _complete_zip(data):
            return f"这是一个不完整或已损坏的压缩包（Word、Excel 文件也是这种格式）{named}；请重新下载或复制原文件"
        return f"这是一个压缩包（.zip 等）{named}"
    if data.startswith(b"PK\x05\x06"):
        return f"这是一个空的压缩包{named}"
    if data.startswith(b"%PDF"):
        return f"这是一个 PDF 文件{named}"
    return "含有二进制内容"


def named_like(path: Path, label: str) -> str:
    """The files a name without its extension may mean (drafter draft 通知 where 通知.yaml is: Windows hides
    extensions by default and the clerk typed the name the folder shows), said after 文件不存在; "" for none."""
    if path.suffix:
        return _named_in_other_case(path, label)
    import glob

    try:
        there = sorted(
            (named.name[len(path.name) :] for named in path.parent.glob(glob.escape(path.name) + ".*")),
            # A facts file first: drafter draft 通知 was offered “通知.docx” before “通知.yaml”, the draft before its facts.
            key=lambda suffix: (suffix.lower() not in (".yaml", ".yml"), suffix),
        )
    except (OSError, ValueError):
        return ""
    if not there:
        return ""
    names = "、".join(f"“{label}{suffix}”" for suffix in there[:3])
    return f"（是否想写{names}？文件名要带扩展名，Windows 默认不显示扩展名）"


def _named_in_other_case(path: Path, label: str) -> str:
    """The file a name typed in other capitals means (通知.YAML, BASE.yaml where base.yaml is), on a system that
    tells capitals apart: 文件不存在 alone, beside the file. "" for none or more than one."""
    try:
        there = [entry.name for entry in os.scandir(path.parent or ".") if entry.name.lower() == path.name.lower()]
    except (OSError, ValueError):
        return ""
    if len(there) != 1 or there[0] == path.name:
        return ""
    written = label[: len(label) - len(path.name)] + there[0] if label.endswith(path.name) else there[0]
    return f"（是否想写“{written}”？这里的文件名区分大小写）"


def read_bytes(path: Path, label: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file of at most ``limit`` bytes, with a Chinese message for every failure."""
    try:
        # Checked before opening: opening a named pipe would wait for a writer forever.
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(f"{label}: 不是普通文件（设备、管道等），不能读取")
        if os.stat(path).st_size > limit:
            raise InputError(f"{label}: 文件太大（超过 {limit // (1024 * 1024)} MB），不能读取")  # without reading it
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{label}: 文件不存在{named_like(path, label)}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{label}: 这是一个文件夹，不是文件") from exc
    except PermissionError as exc:
        raise InputError(f"{label}: 没有读取权限") from exc
    except OSError as exc:
        raise InputError(f"{label}: 无法读取（{os_reason(exc)}）") from exc
    if len(data) > limit:
        raise InputError(f"{label}: 文件太大（超过 {limit // (1024 * 1024)} MB），不能读取")
    return data


def read_text(path: Path, name: str | None = None) -> tuple[str, str]:
    """Read and decode a text file."""
    label = name or str(path)
    return decode_text(read_bytes(path, label), label)


_ESCAPED_BYTE = lazy("[\udc80-\udcff]")
_OTHER_SURROGATE = lazy("[\ud800-\udc7f\udd00-\udfff]")


def display_text(text: str) -> str:
    """``text`` fit to print and to store as UTF-8.

    A file name that is not UTF-8 (what unzip makes of a Windows zip) reaches Python with each odd
    byte kept as a lone surrogate; such a name is shown as the GBK text it most likely is, or else
    with its odd bytes as \\xNN. Any other lone surrogate is shown as \\uXXXX.
    """
    if not _ESCAPED_BYTE.search(text) and not _OTHER_SURROGATE.search(text):
        return text
    text = _OTHER_SURROGATE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)
    raw = text.encode("utf-8", "surrogateescape")  # the name's own bytes again
    for encoding in ("utf-8", "gb18030"):
        # UTF-8 first: under a locale without it (LANG=C, PYTHONUTF8=0) every Chinese name comes as such bytes,
        # and read as GBK 通知 was shown as 閫氱煡; under a UTF-8 locale no UTF-8 name reaches here.
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return raw.decode("utf-8", "backslashreplace")


_CONTROL = lazy("[\x00-\x1f\x7f]")


def display_line(text: str) -> str:
    """``display_text`` kept on one line: a control character in a file name (a newline, a tab) is shown as
    its escape (\\n), so that a listing of files shows one file a line."""
    text = display_text(text)
    return _CONTROL.sub(lambda match: match.group(0).encode("unicode_escape").decode("ascii"), text)
