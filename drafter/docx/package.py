"""The .docx package: parts that carry their content types and relationships, zipped directly.

``[Content_Types].xml`` and every ``_rels/*.rels`` part are derived from the part list, so adding a
part (a reference file's header and its logo) is adding one ``Part``. The parts every document of a
style sheet shares are built and compressed once (``static_parts``); a document then costs only the
compression of its own ``document.xml`` and core properties.
"""

from __future__ import annotations

import posixpath
import struct
import zlib
from collections.abc import Iterable, Sequence

from msgspec import Struct

from .xml import R_NS, XML_HEAD, esc

PKG = "http://schemas.openxmlformats.org/package/2006"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = f"{R_NS}/"  # prefix of the relationship types of the main document's parts
CORE_REL = f"{PKG}/relationships/metadata/core-properties"
RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
DOCUMENT_TYPE = f"{WML}.document.main+xml"


class Rel(Struct, frozen=True):
    """A relationship from one part: ``target`` is a part name in the package, or a URL when external."""

    rid: str
    type: str
    target: str
    external: bool = False


class Part(Struct, frozen=True):
    """One part of the package, with its content type and the relationships going out of it.

    ``owner`` and ``rid`` and ``rel_type`` name the relationship that points to this part: from the
    main document, or from the package itself when ``owner`` is "".
    """

    name: str
    content_type: str
    data: bytes
    owner: str = "word/document.xml"
    rid: str = ""
    rel_type: str = ""
    rels: tuple[Rel, ...] = ()


def _relative(owner: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(owner) or ".")


def relationships_xml(owner: str, rels: Iterable[Rel]) -> bytes:
    body = "".join(
        f'<Relationship Id="{esc(r.rid)}" Type="{esc(r.type)}" '
        + (
            f'Target="{esc(r.target)}" TargetMode="External"/>'
            if r.external
            else f'Target="{esc(_relative(owner, r.target))}"/>'
        )
        for r in rels
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG}/relationships">{body}</Relationships>'.encode()


def content_types_xml(parts: Iterable[Part]) -> bytes:
    overrides = "".join(f'<Override PartName="/{esc(p.name)}" ContentType="{esc(p.content_type)}"/>' for p in parts)
    return (
        f'{XML_HEAD}<Types xmlns="{PKG}/content-types">'
        f'<Default Extension="rels" ContentType="{RELS_TYPE}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    ).encode()


def rels_name(owner: str) -> str:
    folder, base = posixpath.split(owner)
    return posixpath.join(folder, "_rels", base + ".rels")


def complete(parts: Sequence[Part]) -> list[tuple[str, bytes]]:
    """Every file of the package in writing order: [Content_Types].xml, the package relationships,
    each part's relationships, then the parts themselves."""
    outgoing: dict[str, list[Rel]] = {}
    for part in parts:
        if part.rid:
            outgoing.setdefault(part.owner, []).append(Rel(part.rid, part.rel_type, part.name))
    for part in parts:
        if part.rels:
            outgoing.setdefault(part.name, []).extend(part.rels)
    # The main document's content type first and the package's own relationships first, as Word writes them.
    typed = sorted(parts, key=lambda part: part.content_type != DOCUMENT_TYPE)
    files = [("[Content_Types].xml", content_types_xml(typed))]
    ordered = sorted(outgoing.items(), key=lambda item: item[0] != "")
    files += [(rels_name(owner), relationships_xml(owner, rels)) for owner, rels in ordered]
    files += [(part.name, part.data) for part in parts]
    return files


# --- zip -------------------------------------------------------------------------------------------

# A fixed timestamp inside the zip keeps the same input producing the same bytes (DOS date 2000-01-01).
_DOS_TIME, _DOS_DATE = 0, (2000 - 1980) << 9 | 1 << 5 | 1


def deflate(raw: bytes, level: int) -> bytes:
    """A raw deflate stream (as zip stores it) with zlib's window sized to ``raw``.

    zlib sets up its window and tables afresh for every stream; at the default size (about 256 KB, past
    the size malloc hands out again without asking the kernel) that costs more than compressing a part
    of a few kilobytes: 97 µs against 36 µs for a 10 KB document.xml. A window as large as the part
    finds the same matches, so the output stays within a few bytes of the default's.
    """
    window = min(15, max(9, (len(raw) - 1).bit_length()))
    packer = zlib.compressobj(level, zlib.DEFLATED, -window, 8 if window == 15 else 6)
    return packer.compress(raw) + packer.flush()


class ZipEntry(Struct, frozen=True):
    """One compressed file, ready to be copied into any number of packages."""

    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream


def compress(name: str, raw: bytes, level: int = 6) -> ZipEntry:
    return ZipEntry(name.encode("utf-8"), zlib.crc32(raw), len(raw), deflate(raw, level))


def zip_entries(entries: Iterable[ZipEntry]) -> bytes:
    """Write the zip directly: entries arrive compressed, so nothing is compressed twice."""
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for entry in entries:
        # version needed, flags (bit 11: UTF-8 names), method (deflate), time, date, crc, sizes, name length
        flags = 0 if entry.name.isascii() else 0x800
        shared = (20, flags, 8, _DOS_TIME, _DOS_DATE, entry.crc, len(entry.data), entry.size, len(entry.name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *shared, 0)
        local += (header, entry.name, entry.data)
        record = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, *shared, 0, 0, 0, 0, 0o100644 << 16, offset)
        central.append(record + entry.name)
        offset += len(header) + len(entry.name) + len(entry.data)
    directory = b"".join(central)
    count = len(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    return b"".join(local) + directory + end
