"""Starter placeholders left in a facts file.

A starter written from a mined template marks what the user must write with 〔请填写：……〕 and the
sample values it offers with a leading 〔示例〕. Drafting refuses a facts file that still holds either,
naming every one with its file and line, unless the caller allows it explicitly (a draft made only
to look at the layout). The brackets 〔〕 are those of a 文号 year and never enclose these words in a
real document, so a real value is not mistaken for one.
"""

from __future__ import annotations

import re
from typing import Any

from msgspec.structs import replace

from .errors import FieldPath, Problem, field_name
from .facts import Mapping, Node, Scalar, Sequence

PLACEHOLDER = "〔请填写"
SAMPLE = "〔示例〕"
_MARK = re.compile(r"〔请填写[^〕]*〕|〔示例〕")
# What is left of a mark deleted one character short or long (〔示例做好……, 示例〕做好……, 〔〕做好…… after
# deleting the word inside) or spaced out by an editor (〔 示例 〕): none of it belongs in a document, and the
# title 关于〔示例做好……的通知 was drafted as it stood. 〔〕 enclose a 文号's year and nothing else.
_REMNANT = re.compile(r"〔\s*(?:请\s*填\s*写|示\s*例)|(?:请填写|示例)\s*〕|请填写[：:][^〔〕]*〕|〔\s*〕")
# A placeholder filled in rather than replaced: the words inside typed over and its brackets kept (事由:
# 〔做好汛期值班工作〕, as a double-click selects them), its brackets alone deleted (请填写：做好……), or the
# starter's instruction left behind (……；不要时删去这一项). Drafted as they stood: 关于〔做好汛期值班工作〕的通知.
# A whole value in 〔〕 is no 文号 (whose year alone they enclose: 〔2025〕 is left alone).
_FILLED_IN = re.compile(r"^\s*〔(?!\s*\d+\s*〕)[^〔〕]+〕\s*$|^\s*请填写[：:]|不要时删去这一项")


def placeholder(what: str) -> str:
    """The text a starter writes where the user must write something."""
    return f"{PLACEHOLDER}：{what}〕"


def sample(value: str) -> str:
    """A sample value as a starter offers it: the user replaces it (or deletes the mark to keep it)."""
    return f"{SAMPLE}{value}"


def mark_samples(value: Any) -> Any:
    """Every text in an example (a value, a list, items with 标题/内容) marked as a sample."""
    if isinstance(value, str):
        return value if not value or value.startswith((SAMPLE, PLACEHOLDER)) else sample(value)
    if isinstance(value, list):
        return [mark_samples(item) for item in value]
    if isinstance(value, dict):
        return {key: mark_samples(item) for key, item in value.items()}
    return value


def _has_marks(node: Node) -> bool:
    if isinstance(node, Scalar):
        if "请填写" in node.text or "删去这一项" in node.text:
            return _FILLED_IN.search(node.text) is not None or _REMNANT.search(node.text) is not None
        return ("〔" in node.text or "〕" in node.text) and (
            _MARK.search(node.text) or _REMNANT.search(node.text) or _FILLED_IN.search(node.text)
        ) is not None
    for child in node.items if isinstance(node, Sequence) else (entry.value for entry in node.entries):
        if _has_marks(child):
            return True
    return False


def _quoted(text: str, size: int = 40) -> str:
    """A value as a message quotes it: its first ``size`` characters, and …… where it goes on (a clipped
    sentence read as the whole value)."""
    text = text.strip()
    return text if len(text) <= size else text[:size] + "……"


_FILL_HINT = "请把整个〔请填写：……〕换成实际内容"
_REMNANT_HINT = "请删去〔示例〕或〔请填写：……〕标记剩下的部分，只留实际内容"


def mark_left(text: str) -> tuple[str, str] | None:
    """What to say of a starter's mark left in a value that must be read (a date, 是/否, a choice, a number), and
    how to mend it; None where there is none. Drafting with --allow-placeholders prints a text's marks as they
    stand, but such a value cannot be printed unread: 成文日期: 〔请填写：……〕 was said as 无法识别的日期 and
    印章: 〔请填写：是或否〕 as 应当填“是”或“否”, as if the clerk had written it wrong rather than not at all."""
    if "〔" not in text and "〕" not in text and "请填写" not in text:
        return None
    match = _MARK.search(text)
    if match and match.group(0) != SAMPLE:
        return f"还没有填写：{_quoted(text)}", _FILL_HINT
    if match or _REMNANT.search(text) or _FILLED_IN.search(text):
        return f"起草模板的标记没有删干净：{_quoted(text)}", _REMNANT_HINT
    return None


def find_placeholders(tree: Mapping) -> list[Problem]:
    """Every value that is still a starter placeholder or a marked sample."""
    problems: list[Problem] = []
    if not _has_marks(tree):  # the usual case, found without naming every value on the way
        return problems

    def visit(node: Node, path: FieldPath) -> None:
        # Named as every other message names a place in the facts (联系人第1项的姓名, not 联系人[1].姓名).
        name = field_name(path)
        if isinstance(node, Scalar):
            match = _MARK.search(node.text)
            if match:
                sample = match.group(0) == SAMPLE
                problems.append(
                    Problem(
                        node.location,
                        f"{'还是起草模板里的示例值' if sample else '还没有填写'}：{_quoted(node.text)}",
                        field=name,
                        path=path,
                        # Only a sample can be kept as it is; a placeholder describes what to write.
                        hint="请改成实际内容；示例可以保留时删去“〔示例〕”" if sample else _FILL_HINT,
                    )
                )
            elif _REMNANT.search(node.text) or _FILLED_IN.search(node.text):
                problems.append(
                    Problem(
                        node.location,
                        f"起草模板的标记没有删干净：{_quoted(node.text)}",
                        field=name,
                        path=path,
                        hint=_REMNANT_HINT,
                    )
                )
        elif isinstance(node, Sequence):
            for index, item in enumerate(node.items):
                visit(item, (*path, index))
        else:
            for entry in node.entries:
                visit(entry.value, (*path, entry.key))

    visit(tree, ())
    return problems


def strip_samples(node: Node) -> Node:
    """The facts with the 〔示例〕 marks taken off (a draft made with the samples, when allowed)."""
    if isinstance(node, Scalar):
        return replace(node, text=node.text.replace(SAMPLE, "")) if SAMPLE in node.text else node
    if isinstance(node, Sequence):
        return Sequence(tuple(strip_samples(item) for item in node.items), node.location)
    return Mapping(tuple(replace(entry, value=strip_samples(entry.value)) for entry in node.entries), node.location)
