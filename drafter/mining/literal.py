"""Mined text written into a template as text, never as template code.

A heading such as ``三、{{7*7}}经验体会`` in a past document must draft as written, not as
``三、49经验体会``; a ``{% include %}`` in a web page must not become an include. Each opening of a
Jinja delimiter (``{{``, ``{%``, ``{#``) is written as a Jinja expression printing ``{``, so the
delimiter never forms, and line breaks become spaces, so text cannot start a new markup line.
"""

from __future__ import annotations

import re

_DELIMITER_OPENING = re.compile(r"\{(?=[{%#])")
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_BRACE = "{{ '{' }}"


def template_literal(text: str) -> str:
    """``text`` as it must appear in a .j2 file to be printed exactly (on one line)."""
    return _DELIMITER_OPENING.sub(lambda _: _BRACE, _LINE_BREAKS.sub(" ", text))
