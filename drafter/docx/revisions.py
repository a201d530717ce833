"""Tracked changes and comments taken out of WordprocessingML copied from a unit's own Word file.

A reference file's header (the 红头 a clerk last edited with 修订 on) holds its tracked changes: the name
inserted (w:ins), the old name deleted (w:del), a font changed (w:rPrChange), each signed with an author and
a date. Copied verbatim, every draft opened in Word with revision marks in its letterhead, the old name
struck through beside the new, and the editor's name in the 审阅 pane; a comment's anchor (w:commentReference)
pointed at a comments part the draft does not have. Here the changes are accepted, as 接受所有修订 does:
what was deleted (and moved away) goes, what was inserted (and moved here) stays as plain text, the record of
formatting changes goes; comment anchors go.

Done on the text, not through a parse and a re-serialisation: ElementTree renames namespace prefixes and
drops declarations that mc:Ignorable still names, which Word refuses as damaged. The tags are matched whole
(quoted attribute values may hold ``>`` and ``/``), and the caller checks the result is still well-formed.
"""

from __future__ import annotations

import re

# Elements removed with everything inside them: what a revision took away, and the old properties a
# formatting change remembers.
_REMOVED_WITH_CONTENT = (
    "del",
    "moveFrom",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "tblPrExChange",
    "tblGridChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
)
# Elements whose tags go and whose content stays: what a revision added.
_UNWRAPPED = ("ins", "moveTo")
# Markers with nothing inside: a paragraph mark or table row inserted or deleted, the ends of a move, a
# comment's anchors. (A deleted paragraph mark is kept as a paragraph: the text it held is gone already.)
_MARKERS = (
    "cellIns",
    "cellDel",
    "cellMerge",
    "moveFromRangeStart",
    "moveFromRangeEnd",
    "moveToRangeStart",
    "moveToRangeEnd",
    "commentRangeStart",
    "commentRangeEnd",
    "commentReference",
    "customXmlInsRangeStart",
    "customXmlInsRangeEnd",
    "customXmlDelRangeStart",
    "customXmlDelRangeEnd",
)
_NAMES = "|".join(sorted(set(_REMOVED_WITH_CONTENT + _UNWRAPPED + _MARKERS), key=len, reverse=True))
_TAG = re.compile(rf"""<(/?)w:({_NAMES})(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>""")
# Cheap tests first: most files hold none of these, and are returned untouched.
_ANY = re.compile(rf"<w:(?:{_NAMES})[\s/>]".encode())
_CHANGE_NAMES = "|".join(sorted(set(_REMOVED_WITH_CONTENT + _UNWRAPPED), key=len, reverse=True))
_CHANGES = re.compile(rf"<w:(?:{_CHANGE_NAMES})[\s/>]".encode())


def has_revisions(data: bytes) -> bool:
    """Whether ``data`` holds tracked changes (a comment's anchors alone are not)."""
    return _CHANGES.search(data) is not None


def accept_revisions(data: bytes) -> bytes:
    """``data`` (a part's XML) with its tracked changes accepted and comment anchors taken out."""
    if _ANY.search(data) is None:
        return data
    text = data.decode("utf-8")
    out: list[str] = []
    kept_from = 0
    removing: str | None = None  # the element being removed with its content
    depth = 0  # how many elements of that name are open inside it
    for match in _TAG.finditer(text):
        closing, name, empty = match.group(1) == "/", match.group(2), match.group(3) == "/"
        if removing is not None:
            if name == removing and not empty:
                depth += -1 if closing else 1
                if depth == 0:
                    removing = None
                    kept_from = match.end()
            continue
        out.append(text[kept_from : match.start()])
        kept_from = match.end()
        if name in _REMOVED_WITH_CONTENT and not closing and not empty:
            removing, depth = name, 1
    if removing is not None:  # never closed: not well-formed, which the caller's parse says
        return data
    out.append(text[kept_from:])
    return "".join(out).encode("utf-8")
