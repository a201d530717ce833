"""Text on its way to a terminal or a JSON consumer: nothing from a user's files can act as a control sequence.

Keys, values and file names are the user's (or whoever sent them the files): an ESC or C1 byte in
a key would otherwise let an error message retitle the terminal window or rewrite what is shown,
and a right-to-left override would show a file name backwards.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .textio import display_text

# C0 controls but tab and newline, DEL, C1 controls, and the invisible direction marks and overrides.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FOR_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def safe_text(text: str) -> str:
    """``text`` with every control character written out as \\xNN or \\uNNNN."""
    text = display_text(text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def display_data(value: Any) -> Any:
    """Every string inside lists and dicts made fit to print and to store as UTF-8 (see display_text)."""
    if isinstance(value, str):
        return display_text(value)
    if isinstance(value, list | tuple):
        return [display_data(item) for item in value]
    if isinstance(value, dict):
        return {display_text(str(key)): display_data(item) for key, item in value.items()}
    return value


def safe_json(value: Any, **options: Any) -> str:
    """JSON that is valid, UTF-8 and harmless on a terminal (JSON itself escapes the C0 controls)."""
    text = json.dumps(display_data(value), ensure_ascii=False, **options)
    return _FOR_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
