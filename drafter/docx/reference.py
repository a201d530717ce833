"""A unit's own Word file as the base of the style sheet (``--reference 红头模板.docx``).

From the reference drafter takes:
  * the page set-up of its first section (paper size, margins, header and footer distances);
  * the fonts and sizes of the styles drafter also has, matched by name (Normal/正文, Title/标题,
    heading 1–4/标题 1–4, and drafter's own Chinese style names such as 主送机关);
  * the default, first-page and even-page headers and footers, kept verbatim with what they point
    to (a letterhead logo, a printed 红头), and the styles they use.
Everything else keeps the GB/T 9704 rules: the grid still fills the 版心 with 22 lines × 28
characters of 三号 (a body of another size keeps the proportions), a first page without its own
footer keeps its page number, and the body text still comes from the facts. The reference's own
body text is not used. Whatever cannot be used is named in a Chinese error.
"""

from __future__ import annotations

import os
import posixpath
import re
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from msgspec import Struct
from msgspec.structs import replace

from ..errors import InputError
from ..textio import read_bytes
from .package import REL
from .read import DocxPackage, R, W, main_document, open_docx, wattr, wint
from .refstyles import StyleChange, style_changes, theme_fonts
from .revisions import accept_revisions, has_revisions
from .sheet import Carried, Furnishing, Furniture, Page, ReferencePart, StyleSheet, Twips

SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")

_KINDS = {"header": "页眉", "footer": "页脚"}
_ROOTS = {"header": "hdr", "footer": "ftr"}
_WHICH = {"default": "", "first": "首页", "even": "偶数页"}
_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
for _prefix, _uri in _NAMESPACES.items():
    ElementTree.register_namespace(_prefix, _uri)


# The largest page side (and so margin) Word accepts: 22 inches, in twips.
_WORD_MAX_PAGE = 22 * 1440


class Reference(Struct, frozen=True):
    """What a reference file contributes, ready to lay over a style sheet."""

    label: str
    page: tuple[tuple[str, int], ...]  # Page field → twips; empty when the reference sets no page
    styles: tuple[StyleChange, ...]
    headers: tuple[tuple[str, Furniture], ...]  # (default/first/even, part)
    footers: tuple[tuple[str, Furniture], ...]
    distinct_first_page: bool
    even_and_odd: bool
    carried: tuple[Carried, ...]
    styles_xml: bytes
    fonts: tuple[str, ...]
    revised: tuple[str, ...] = ()  # the headers and footers (页眉, 首页页脚 …) whose tracked changes were accepted
    blank: tuple[str, ...] = ()  # the headers and footers (页眉, 页脚 …) left out for holding nothing
    body_text: str = ""  # the start of the reference's own body text, which no draft uses

    @property
    def header_text(self) -> str:
        """The text of the headers taken (a 红头 printed there), without spaces."""
        parts = (part for _, part in self.headers if isinstance(part, ReferencePart))
        return "".join(_TEXT_RUN.findall(b"".join(part.xml for part in parts).decode("utf-8", "replace"))).replace(
            " ", ""
        )

    def summary(self) -> list[str]:
        """What was taken, in words a user understands (printed after drafting)."""
        taken = []
        if self.page:
            page = dict(self.page)
            width, height = Twips(page["width"]).mm, Twips(page["height"]).mm
            a4 = Page()
            # GB/T 9704 §5.1 prints on A4 portrait: a reference laid out on Letter (216×279) or landscape is said so.
            other = abs(width - a4.width.mm) > 1 or abs(height - a4.height.mm) > 1
            note = f"（不是 GB/T 9704 要求的 A4 纸 {a4.width.mm:.0f}×{a4.height.mm:.0f} 毫米，请核对）" if other else ""
            taken.append(f"页面 {width:.0f}×{height:.0f} 毫米及页边距{note}")
        for change in self.styles:
            what = "、".join(
                part
                for part in (
                    change.east_asia,
                    change.latin if change.latin != change.east_asia else "",
                    _size(change.size),
                )
                if part
            )
            taken.append(f"样式“{change.source}”（{what}）")
        for kind, found in (("header", self.headers), ("footer", self.footers)):
            for which, _ in found:
                what = f"{_WHICH[which]}{_KINDS[kind]}"
                # Said, so that a clerk who left 修订 on in the 红头 knows the draft shows the changes made, not the marks.
                taken.append(f"{what}（其中的修订已全部接受）" if what in self.revised else what)
        return taken

    def notes(self) -> list[str]:
        """What the user should know about what was not taken (printed as reminders after drafting)."""
        notes = []
        if self.blank:
            footer = any(_KINDS["footer"] in what for what in self.blank)
            notes.append(
                f"参考文件的{'、'.join(self.blank)}是空白的（没有文字或图片），没有沿用"
                + ("，页码照常排在页脚" if footer else "")
            )
        default_footer = dict(self.footers).get("default")
        if isinstance(default_footer, ReferencePart) and not default_footer.page_number:
            # Its footers replace ours, and ours carry the page number GB/T 9704 §7.5 asks for on every page.
            notes.append("参考文件的页脚里没有页码：沿用它的页脚后公文没有页码（GB/T 9704 要求每页有页码），请核对")
        if not self.summary():
            notes.append("参考文件里没有可沿用的页面设置、样式字体字号或页眉页脚，公文按 GB/T 9704 的默认格式排版")
        if self.body_text and not self.headers:
            # A unit's 红头 file often has its 红头 as the body's first lines: it was left out with no word.
            notes.append(
                f"参考文件正文里的文字（“{self.body_text}”……）不沿用，公文的内容都来自事实文件；"
                "红头请在事实文件里写“发文机关标志”，或在参考文件里把红头放进页眉"
            )
        return notes


def _size(half_points: int) -> str:
    return f"{half_points / 2:g} 磅" if half_points else ""


# What a user does about a damaged reference file: Word and WPS repair many on opening.
_REPAIR = "请在 Word 或 WPS 中打开它，另存为 .docx 后再用；打不开时请换一份参考文件"


# --- reading ---------------------------------------------------------------------------------------


def load_reference(path: Path, label: str | None = None) -> Reference:
    """Read a reference file (cached while the file is unchanged); InputError naming what is wrong."""
    name = label or str(path)
    if path.is_dir():
        # -r 红头模板 (the folder holding it): it was told that a reference should be a .docx, as if it were a file.
        raise InputError(f"{name}: 这是一个文件夹；参考文件是本单位的一个 Word 文件（.docx），请写出文件名")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{name}: 参考文件应当是 Word 的 .docx 文件（.doc 请先在 Word 或 WPS 中另存为 .docx）")
    try:
        stat = path.stat()
    except OSError:
        read_bytes(path, name)  # raises the usual Chinese message
        raise
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size, name)


@lru_cache(maxsize=8)
def _load(resolved: str, mtime: int, size: int, name: str) -> Reference:
    return _Reader(open_docx(read_bytes(Path(resolved), name), f"参考文件 {name}")).read()


class _Reader:
    def __init__(self, package: DocxPackage) -> None:
        self.package = package
        self.name = package.name
        self.carried: dict[str, Carried] = {}  # original part name → its copy
        self.fonts: list[str] = []
        self.theme_used = False
        self.numbering_used = False
        self.revised: list[str] = []

    def fail(self, message: str) -> InputError:
        return InputError(f"{self.name}: {message}")

    def read(self) -> Reference:
        document = main_document(self.package)
        section = _first_section(document)
        styles_root = self._styles_root()
        theme = theme_fonts(self.package.xml(self.package.part_of_kind("theme") or "word/theme/theme1.xml"))
        headers, footers, first, used_styles, blank = self._furniture(section)
        applied = {wattr(use, "val") for use in document.iter(f"{W}pStyle")} | used_styles
        changes = style_changes(styles_root, theme, applied)
        styles_xml = self._copied_styles(styles_root, used_styles)
        self._carry_document_parts()
        settings = self.package.xml(self.package.part_of_kind("settings") or "word/settings.xml")
        even_and_odd = settings is not None and _on(settings.find(f"{W}evenAndOddHeaders"))
        return Reference(
            label=self.name,
            page=self._page(section),
            styles=changes,
            headers=headers,
            footers=footers,
            distinct_first_page=first,
            even_and_odd=even_and_odd,
            carried=tuple(self.carried.values()),
            styles_xml=styles_xml,
            fonts=tuple(dict.fromkeys(self.fonts + [f for c in changes for f in (c.east_asia, c.latin) if f])),
            revised=tuple(self.revised),
            blank=blank,
            body_text=_body_text(document),
        )

    def _styles_root(self) -> Element | None:
        part = self.package.part_of_kind("styles") or "word/styles.xml"
        if not self.package.has(part):
            return None
        root = self.package.xml(part)
        if root is None:
            raise self.fail(f"样式（{part}）已损坏，无法读取；{_REPAIR}")
        return root

    # --- page set-up -------------------------------------------------------------------------------

    def _page(self, section: Element | None) -> tuple[tuple[str, int], ...]:
        if section is None:
            return ()
        size, margins = section.find(f"{W}pgSz"), section.find(f"{W}pgMar")
        if size is None and margins is None:
            return ()
        base = Page()
        values = {
            "width": wint(size, "w", base.width),
            "height": wint(size, "h", base.height),
            # Negative top and bottom margins mean “exactly this, even if the header is taller”.
            "top": abs(wint(margins, "top", base.top)),
            "bottom": abs(wint(margins, "bottom", base.bottom)),
            "left": wint(margins, "left", base.left) + wint(margins, "gutter", 0),
            "right": wint(margins, "right", base.right),
            "header": wint(margins, "header", base.header),
            "footer": wint(margins, "footer", base.footer_distance),
        }
        if max(values.values()) > _WORD_MAX_PAGE:
            # Word's own limit (22 inches): a larger number is damage or a hand-edited file, and the
            # draft would carry it into a page no program lays out (a width of 10^12 mm was accepted).
            mm = {key: round(Twips(value).mm) for key, value in values.items()}
            raise self.fail(
                f"页面设置无法使用：纸张 {mm['width']}×{mm['height']} 毫米，页边距上 {mm['top']}、下 {mm['bottom']}、"
                f"左 {mm['left']}、右 {mm['right']} 毫米，页眉 {mm['header']}、页脚 {mm['footer']} 毫米，"
                f"超出了 Word 能处理的范围（每项最多 {round(Twips(_WORD_MAX_PAGE).mm)} 毫米）"
            )
        text_width = values["width"] - values["left"] - values["right"]
        text_height = values["height"] - values["top"] - values["bottom"]
        if min(values.values()) < 0 or text_width < Twips.from_mm(60) or text_height < Twips.from_mm(60):
            mm = {key: round(Twips(value).mm) for key, value in values.items()}
            raise self.fail(
                f"页面设置无法使用：纸张 {mm['width']}×{mm['height']} 毫米，页边距上 {mm['top']}、下 {mm['bottom']}、"
                f"左 {mm['left']}、右 {mm['right']} 毫米，留给正文的版心太小（至少要 60×60 毫米）"
            )
        return tuple(values.items())

    # --- headers and footers -----------------------------------------------------------------------

    def _furniture(
        self, section: Element | None
    ) -> tuple[tuple[tuple[str, Furniture], ...], tuple[tuple[str, Furniture], ...], bool, set[str], tuple[str, ...]]:
        if section is None:
            return (), (), False, set(), ()
        first_page = _on(section.find(f"{W}titlePg"))
        found: dict[str, list[tuple[str, Furniture]]] = {"header": [], "footer": []}
        used_styles: set[str] = set()
        blank: list[str] = []
        rels = {rel.rid: rel for rel in self.package.rels(self.package.main_part)}
        for element in section:
            kind = {f"{W}headerReference": "header", f"{W}footerReference": "footer"}.get(element.tag)
            if kind is None:
                continue
            which = wattr(element, "type", "default")
            if which not in _WHICH or (which == "first" and not first_page):
                continue
            what = f"{_WHICH[which]}{_KINDS[kind]}"
            rel = rels.get(element.get(f"{R}id", ""))
            if rel is None or rel.external or not self.package.has(rel.target):
                raise self.fail(f"{what}引用的部件在文件里找不到（文件可能已损坏）；{_REPAIR}")
            part = self._part(rel.target, what, used_styles, kind)
            if part is None:
                blank.append(what)
            else:
                found[kind].append((which, part))
        blank.sort(key=lambda what: _KINDS["footer"] in what)  # headers first, as the summary names them
        return tuple(found["header"]), tuple(found["footer"]), first_page, used_styles, tuple(blank)

    def _part(self, part: str, what: str, used_styles: set[str], kind: str) -> ReferencePart | None:
        """The header or footer to copy; None for one that holds nothing (it would only hide ours)."""
        data = self.package.raw(part) or b""
        if has_revisions(data):
            # Tracked changes were copied into every draft: the 红头 opened with revision marks, the old name
            # struck through beside the new, signed with the editor's name (comment anchors go too).
            self.revised.append(what)
        data = accept_revisions(data)
        try:
            root = ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            # ElementTree's own words (unclosed token: line 1, column 0) mean nothing to the user.
            raise self.fail(f"{what}（{part}）已损坏，无法读取；{_REPAIR}") from exc
        if root.tag != f"{W}{_ROOTS[kind]}":
            # A header reference leading to the document itself (or any part but a header): the whole body, its
            # sections and what it points to were copied in as every draft's header, which Word cannot open.
            raise self.fail(f"{what}指向的 {part} 不是{_KINDS[kind]}（文件可能已损坏）；{_REPAIR}")
        if _blank(root):
            # Word leaves an empty footer behind once its footer was opened and closed: copied, it took the place
            # of ours, and every draft lost its page numbers (said 沿用 页脚 as if that were the unit's).
            return None
        text = data.decode("utf-8", errors="replace")
        used_styles.update(_STYLE_USE.findall(text))
        self.fonts += _FONT_USE.findall(text)
        self.theme_used = self.theme_used or "Theme=" in text or "theme=" in text
        self.numbering_used = self.numbering_used or "<w:numPr" in text
        rels = self._carried_rels(part, f"{what}（{part}）")
        return ReferencePart(_rename_styles(data, used_styles), rels, page_number=_PAGE_FIELD.search(text) is not None)

    def _carried_rels(self, part: str, what: str) -> tuple[tuple[str, str, str, bool], ...]:
        """``part``'s relationships, each internal target copied (``_carry``) and named by its copy."""
        rels = self.package.rels(part)
        for rel in rels:
            if rel.external and rel.kind != "hyperlink":
                # A picture (or object, frame) the header links to rather than holds: it was copied into every
                # draft, which then fetched it from that address (a web server, \\server\share) whenever it was
                # opened, and showed nothing where the address could not be reached.
                raise self.fail(
                    f"{what}里的图片或对象链接到文件外的“{rel.target[:120]}”，没有存在文件里：每份公文打开时都会去"
                    "这个地址取它，取不到就不显示；请在 Word 或 WPS 里删去它，重新插入图片（不要选“链接到文件”）后另存"
                )
        return tuple(
            (rel.rid, rel.type, rel.target if rel.external else self._carry(rel.target, what), rel.external)
            for rel in rels
        )

    def _carry(self, part: str, what: str) -> str:
        """Copy a part a header or footer points to (and what it points to); return the copy's name."""
        if part in self.carried:
            return self.carried[part].name
        if not self.package.has(part):
            raise self.fail(f"{what}用到的 {part} 在文件里找不到（文件可能已损坏）；{_REPAIR}")
        content_type = self.package.content_types.get(part) or _GUESSED_TYPES.get(posixpath.splitext(part)[1].lower())
        if not content_type:
            raise self.fail(f"{what}用到的 {part} 不知道是什么类型的内容（[Content_Types].xml 里没有登记）")
        copy = f"word/reference/{posixpath.basename(part)}"
        taken = {c.name for c in self.carried.values()}
        stem, extension = posixpath.splitext(copy)
        counter = 1
        while copy in taken:
            counter += 1
            copy = f"{stem}-{counter}{extension}"
        self.carried[part] = Carried(copy, content_type, b"")  # placeholder: cycles stop here
        nested = self._carried_rels(part, f"{what}里的 {part} ")
        self.carried[part] = Carried(copy, content_type, self.package.raw(part) or b"", nested)
        return copy

    def _carry_document_parts(self) -> None:
        """The theme (for theme fonts) and the numbering (for numbered lines) that copied parts rely on."""
        for needed, kind in ((self.theme_used, "theme"), (self.numbering_used, "numbering")):
            part = self.package.part_of_kind(kind)
            if not needed or part is None or not self.package.has(part):
                continue
            content_type = self.package.content_types.get(part, "")
            data = accept_revisions(self.package.raw(part) or b"")
            name = f"word/{kind}/{kind}1.xml" if kind == "theme" else "word/numbering.xml"
            self.carried[part] = Carried(name, content_type, data, (), rid=f"rIdRef{kind.title()}", rel_type=REL + kind)

    # --- styles ------------------------------------------------------------------------------------

    def _copied_styles(self, root: Element | None, used: set[str]) -> bytes:
        """The reference's styles that copied headers and footers use, renamed so they cannot clash."""
        if root is None or not used:
            return b""
        by_id = {wattr(s, "styleId"): s for s in root.findall(f"{W}style")}
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        wanted: list[str] = []
        for style_id in sorted(used):
            seen = set()
            while style_id in by_id and style_id not in seen and style_id not in wanted:
                seen.add(style_id)
                wanted.append(style_id)
                style_id = wattr(by_id[style_id].find(f"{W}basedOn"), "val")
        out = []
        for style_id in wanted:
            style = _copy(by_id[style_id])
            style.set(f"{W}styleId", _RENAMED + style_id)
            style.attrib.pop(f"{W}default", None)
            name = style.find(f"{W}name")
            if name is not None:
                name.set(f"{W}val", f"参考 {wattr(name, 'val')}")
            for child in list(style):
                if child.tag in (f"{W}link", f"{W}next", f"{W}aliases"):
                    style.remove(child)
            based = style.find(f"{W}basedOn")
            if based is not None:
                target = wattr(based, "val")
                if target in wanted:
                    based.set(f"{W}val", _RENAMED + target)
                else:
                    style.remove(based)
            if style.find(f"{W}basedOn") is None and defaults is not None:
                _inherit_defaults(style, defaults)  # ours would otherwise fill in (仿宋 三号)
            # A style's own tracked formatting change (w:rPrChange) would show as a revision in the draft.
            out.append(accept_revisions(ElementTree.tostring(style, encoding="unicode").encode()).decode("utf-8"))
            self.fonts += _FONT_USE.findall(out[-1])
            self.theme_used = self.theme_used or "Theme=" in out[-1]
        return "".join(out).encode("utf-8")


def _copy(element: Element) -> Element:
    return ElementTree.fromstring(ElementTree.tostring(element))


def _inherit_defaults(style: Element, defaults: Element) -> None:
    rpr = style.find(f"{W}rPr")
    if rpr is None:
        rpr = ElementTree.SubElement(style, f"{W}rPr")
    have = {child.tag for child in rpr}
    for child in defaults:
        if child.tag not in have:
            rpr.append(_copy(child))
    order = [f"{W}{name}" for name in _RPR_ORDER]
    rpr[:] = sorted(rpr, key=lambda c: order.index(c.tag) if c.tag in order else len(order))


_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "spacing", "w", "kern", "sz", "szCs", "lang")
_RENAMED = "Ref"
_STYLE_USE = re.compile(r'<w:(?:pStyle|rStyle|tblStyle)\s+w:val="([^"]+)"')
_FONT_USE = re.compile(r'w:(?:ascii|hAnsi|eastAsia)="([^"]+)"')
_GUESSED_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".emf": "image/x-emf",
    ".wmf": "image/x-wmf",
    ".svg": "image/svg+xml",
}


def _rename_styles(data: bytes, used: set[str]) -> bytes:
    if not used:
        return data
    text = data.decode("utf-8")
    renamed = _STYLE_ELEMENT.sub(lambda m: f'{m.group(1)}{_RENAMED}{m.group(2)}"', text)
    return renamed.encode("utf-8")


_STYLE_ELEMENT = re.compile(r'(<w:(?:pStyle|rStyle|tblStyle)\s+w:val=")([^"]+)"')


def _on(element: Element | None) -> bool:
    """An on/off property: present and not switched off with w:val="0"/"false"/"off"."""
    return element is not None and wattr(element, "val", "true").lower() not in ("0", "false", "off")


# What shows in a header or footer besides its text: a picture, shape, object, field (a page number), symbol,
# table, or a paragraph's own border (a 红头's red line drawn as one).
_SHOWN = {f"{W}{tag}" for tag in ("drawing", "pict", "object", "fldSimple", "instrText", "sym", "tbl", "pBdr")} | {
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
}
_PAGE_FIELD = re.compile(r"\bPAGE\b")
_TEXT_RUN = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def _blank(root: Element) -> bool:
    """Whether a header or footer shows nothing: no text but spaces, nothing of ``_SHOWN``."""
    for element in root.iter():
        if element.tag in _SHOWN or (element.tag == f"{W}t" and (element.text or "").strip()):
            return False
    return True


def _body_text(document: Element) -> str:
    """The first words of the reference's own body (its first paragraph with text), cut to 20 characters."""
    body = document.find(f"{W}body")
    for paragraph in body.iter(f"{W}p") if body is not None else ():
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t")).strip()
        if text:
            return text[:20]
    return ""


def _first_section(document: Element) -> Element | None:
    body = document.find(f"{W}body")
    if body is None:
        return None
    for paragraph in body.iter(f"{W}p"):
        inner = paragraph.find(f"{W}pPr/{W}sectPr")
        if inner is not None:
            return inner
    return body.find(f"{W}sectPr")


# --- laying a reference over a sheet ---------------------------------------------------------------


@lru_cache(maxsize=16)
def apply_reference(sheet: StyleSheet, reference: Reference) -> StyleSheet:
    """The sheet with what the reference contributes; every other number stays the sheet's."""
    changed = {}
    for change in reference.styles:
        style = sheet.style(change.style_id)
        changed[change.style_id] = replace(
            style,
            east_asia=change.east_asia or style.east_asia,
            latin=change.latin or style.latin,
            size=type(style.size)(change.size) if change.size else style.size,
        )
    result = sheet.with_styles(changed)
    own_footer = bool(reference.footers)
    if reference.page:
        values = {key: Twips(value) for key, value in reference.page}
        if not own_footer:
            values.pop("footer")  # our page number keeps its place 7 mm below the 版心
        result = replace(result, page=replace(sheet.page, **values))
    base = sheet.furnishing
    headers, footers = dict(reference.headers), dict(reference.footers)
    if not reference.even_and_odd:
        # The reference shows its default header and footer on every page; ours tells even pages apart.
        for found in (headers, footers):
            found.pop("even", None)
            if "default" in found:
                found["even"] = found["default"]
    furnishing = Furnishing(
        default_header=headers.get("default", base.default_header),
        even_header=headers.get("even", base.even_header),
        first_header=headers.get("first", base.first_header),
        default_footer=footers.get("default", base.default_footer),
        even_footer=footers.get("even", base.even_footer),
        first_footer=footers.get("first", base.first_footer),
        distinct_first_page=reference.distinct_first_page or base.distinct_first_page,
        carried=base.carried + reference.carried,
        styles_xml=base.styles_xml + reference.styles_xml,
    )
    return replace(
        result,
        name=f"{sheet.name} + {os.path.basename(reference.label)}",
        furnishing=furnishing,
        extra_fonts=tuple(dict.fromkeys(sheet.extra_fonts + reference.fonts)),
    )
