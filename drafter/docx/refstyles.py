"""Which of drafter's styles a reference file restyles: matched by name, with the fonts and size it states.

Only what a style states itself or through the styles it is based on counts, not the document
defaults: a Word file made without touching its styles changes nothing. And only the styles the file
applies somewhere (its Normal always counts): Word, WPS and python-docx define their own heading and
title styles in files that never use them, and those are the word processor's choice, not the unit's. Theme fonts are resolved
through the file's theme (minorEastAsia → the typeface the theme gives Simplified Chinese).
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from msgspec import Struct

from .read import W, wattr, wint
from .sheet import GBT9704

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

# drafter's styles and the other names Word and WPS give the same built-in styles.
_OTHER_NAMES = {
    "Normal": ("正文",),
    "Title": ("标题",),
    "Heading1": ("标题 1", "标题1"),
    "Heading2": ("标题 2", "标题2"),
    "Heading3": ("标题 3", "标题3"),
    "Heading4": ("标题 4", "标题4"),
}


class StyleChange(Struct, frozen=True):
    style_id: str  # drafter's style
    source: str  # the reference's style name
    east_asia: str = ""
    latin: str = ""
    size: int = 0  # half-points; 0 = unchanged


def theme_fonts(theme: Element | None) -> dict[str, str]:
    """minorHAnsi, majorEastAsia, … → the typeface the theme gives them (blank ones left out)."""
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for scheme, prefix in ((f"{_A}majorFont", "major"), (f"{_A}minorFont", "minor")):
        element = theme.find(f".//{_A}fontScheme/{scheme}")
        if element is None:
            continue
        latin = element.find(f"{_A}latin")
        east = element.find(f"{_A}ea")
        hans = next((f.get("typeface", "") for f in element.findall(f"{_A}font") if f.get("script") == "Hans"), "")
        if latin is not None and latin.get("typeface"):
            fonts[f"{prefix}HAnsi"] = fonts[f"{prefix}Ascii"] = latin.get("typeface", "")
        east_name = (east.get("typeface", "") if east is not None else "") or hans
        if east_name:
            fonts[f"{prefix}EastAsia"] = east_name
    return fonts


def style_changes(root: Element | None, theme: dict[str, str], applied: set[str]) -> tuple[StyleChange, ...]:
    """``applied``: the ids of the paragraph styles the reference's own paragraphs use."""
    if root is None:
        return ()
    styles = [s for s in root.findall(f"{W}style") if wattr(s, "type", "paragraph") == "paragraph"]
    by_id = {wattr(s, "styleId"): s for s in styles}
    by_name = {_normal_name(wattr(s.find(f"{W}name"), "val")): s for s in styles}
    changes = []
    for ours in GBT9704.styles:
        names = (ours.name, *_OTHER_NAMES.get(ours.style_id, ()))
        found = next((by_name[n] for n in map(_normal_name, names) if n in by_name), None)
        if found is None:
            found = by_id.get(ours.style_id)
        if found is None or (ours.style_id != "Normal" and wattr(found, "styleId") not in applied):
            continue
        east, latin, size = _effective(found, by_id, theme)
        if east or latin or size:
            changes.append(StyleChange(ours.style_id, wattr(found.find(f"{W}name"), "val"), east, latin, size))
    return tuple(changes)


def _normal_name(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


def _effective(style: Element, by_id: dict[str, Element], theme: dict[str, str]) -> tuple[str, str, int]:
    """The East-Asian font, Latin font and size a style states, itself or through what it is based on."""
    east, latin, size = "", "", 0
    seen: set[int] = set()
    current: Element | None = style
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        rpr = current.find(f"{W}rPr")
        fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
        if fonts is not None:
            east = east or wattr(fonts, "eastAsia") or theme.get(wattr(fonts, "eastAsiaTheme"), "")
            latin = latin or wattr(fonts, "ascii") or theme.get(wattr(fonts, "asciiTheme"), "")
        if rpr is not None and not size:
            size = wint(rpr.find(f"{W}sz"), "val", 0)
        current = by_id.get(wattr(current.find(f"{W}basedOn"), "val"))
    return east, latin, size if 8 <= size <= 200 else 0
