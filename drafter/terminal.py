"""Text on its way to a terminal or a JSON consumer: nothing from a user's files can act as a control sequence.

Keys, values and file names are the user's (or whoever sent them the files): an ESC or C1 byte in
a key would otherwise let an error message retitle the terminal window or rewrite what is shown,
and a right-to-left override would show a file name backwards.
"""

from __future__ import annotations

import json
from typing import Any

from .patterns import lazy
from .textio import display_text

# C0 controls but tab and newline, DEL, C1 controls, and the invisible direction marks and overrides.
# Translation tables, not regexes: compiling the character classes would cost a one-shot run more
# than all its printing.
_MARKS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
# The line and paragraph separators break a line on screen as a newline does: a heading holding one was shown as
# two lines of the outline.
_SEPARATORS = [0x2028, 0x2029]
_CONTROL = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *_MARKS, *_SEPARATORS)
}
# JSON itself escapes the C0 controls. A regex here: ``parse --json`` prints megabytes, which it scans
# much faster than a translation table.
_FOR_JSON = lazy("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def safe_text(text: str) -> str:
    """``text`` with every control character written out as \\xNN or \\uNNNN."""
    return display_text(text).translate(_CONTROL)


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


# What a word of a command may hold and still be copied as it is: letters (Chinese too), digits and the marks of a
# path. Backslash separates a Windows path's folders; elsewhere it quotes.
_PLAIN_WORD = lazy(r"[\w@%+=:,./-]+")
_PLAIN_WINDOWS_WORD = lazy(r"[\w@%+=:,./\\-]+")


def command_word(text: str) -> str:
    """``text`` as one word of a command a message tells the user to run (修改后运行：drafter draft 我的 通知.yaml):
    a name with a space (Windows names a new file 新建 文本文档) was two words when copied, and the command failed
    (多出了参数); a $(…) in a folder's name ran when pasted. Quoted as the user's shell reads it."""
    import os

    plain = _PLAIN_WINDOWS_WORD if os.name == "nt" else _PLAIN_WORD
    if text and plain.fullmatch(text):
        return text
    if os.name == "nt":
        return '"' + text.replace('"', "") + '"'  # no Windows name holds a double quote
    import shlex

    return shlex.quote(text)
