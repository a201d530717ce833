"""Odd lines that users' archives hold: parsing never stops on them, and takes time in proportion to them.

The examples are our own words; random pages are seeded.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from drafter.chinese import chinese_numeral
from drafter.gongwen.wording import is_transition
from drafter.mining import furniture, heads
from drafter.mining.clean import clean
from drafter.mining.constants import unit_constants
from drafter.mining.parse import parse_clean, parse_paths
from drafter.mining.reader import RawLine, RawText
from drafter.mining.zones import document_zones


def test_a_page_of_issuers_over_issue_numbers_is_parsed(tmp_path: Path) -> None:
    # An index of documents as a clerk's export writes it: the issuer's name over its 发文字号, thousands of
    # times. Each pair reads like a 版头 over the next, so the head was sought below it again and again.
    pairs = [f"青禾县教育局\n青教〔2024〕{number}号" for number in range(1, 3001)]
    page = tmp_path / "发文登记.txt"
    page.write_text(
        "\n".join(pairs) + "\n关于做好秋季开学工作的通知\n各学校：\n请认真做好开学各项准备。\n特此通知。\n",
        encoding="utf-8",
    )
    parsed, skipped = parse_paths([page])
    assert not skipped
    assert parsed and parsed[0].documents


# Pieces of odd lines: numbers in digits and Han numerals, brackets, separators, control characters, marks.
_PIECES = (
    "1", "2", "3", "12", "100", "0", "一", "二", "三", "十", "十一", "一二", "百",
    "【", "】", "（", "）", "(", ")", "〔", "〕", "[", "]", "：", ":", "、", ".", "。", "，", "—", "=", "-", "*",
    "◆", "■", "…", " ", "\t", "\u3000", "\x00", "\x07", "\x1b", "\u200b", "\ufeff", "Ω", "é", "😀", "１",
    "材料", "附件", "附表", "第", "篇", "范文", "期", "号", "签发人：", "抄送：", "主题词：", "印发", "关于", "通知", "纪要",
    "如下", "现将", "经研究", "特此通知。", "谢谢大家！", "2024年5月6日", "青禾县教育局", "青教〔2024〕3号", "文件",
)  # fmt: skip


def _odd_lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.1:
            out.append("")
        elif roll < 0.12:
            out.append(rng.choice(_PIECES) * rng.randint(30, 400))  # a very long line, or a line of marks
        else:
            out.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))))
    return out


def _numbered_page(seed: int) -> list[str]:
    """Lines numbered 1, 2, 3 … in one random frame (with slips), between body lines and odd lines."""
    rng = random.Random(seed)
    before, after = ("".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 3))) for _ in range(2))
    number = rng.choice((0, 1, 1, 2))
    out = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        if roll < 0.4:
            written = str(number) if rng.random() < 0.5 or number < 0 else chinese_numeral(number)
            out.append(f"{before}{written}{after}{rng.choice(_PIECES)}安全工作{rng.choice(('', '的通知', '（二）'))}")
            number += rng.choice((1, 1, 1, 0, 2, -1))
        elif roll < 0.7:
            out.append("各单位要认真落实。" * rng.randint(1, 12))
        else:
            out.extend(_odd_lines(1, rng.randint(0, 10**6)))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_odd_lines_never_raise_in_the_line_rules(seed: int) -> None:
    texts = _odd_lines(400, seed) + _numbered_page(seed)
    for text in texts:
        for _frame, _value, title in furniture._frames(text):
            assert title in text
        is_transition(text)
        heads.is_back_matter(text)
    found = furniture.numbered_separator_lines(texts)
    assert all(texts[index] for index in found)  # a blank line is never a separator


@pytest.mark.parametrize("seed", range(6))
def test_a_page_of_odd_lines_is_parsed_whole(seed: int) -> None:
    rng = random.Random(seed)
    texts = _odd_lines(60, seed) + _numbered_page(seed) + _odd_lines(20, seed + 100)
    raw = RawText(
        "页面.txt",
        rng.choice(("txt", "docx", "html")),
        "utf-8",
        tuple(RawLine(text, number, rng.choice((0, 0, 1)), rng.random() < 0.1) for number, text in enumerate(texts, 1)),
    )
    cleaned = clean(raw)
    for start in range(len(cleaned.lines)):
        head = heads.title_block(cleaned.lines, start, len(cleaned.lines))
        assert set(head.title) <= set(head.lines) <= set(range(start, len(cleaned.lines)))
    parsed = parse_clean(cleaned)
    for document in parsed.documents:
        document_zones(document)
    unit_constants(list(parsed.documents))


def test_the_separator_rules_take_time_in_proportion_to_the_lines() -> None:
    small, large = _odd_lines(10_000, 7), _odd_lines(100_000, 7)

    def cost(texts: list[str]) -> float:
        best = float("inf")
        for _ in range(2):
            began = time.process_time()
            furniture.numbered_separator_lines(texts)
            best = min(best, time.process_time() - began)
        return best

    assert cost(large) < 30 * cost(small) + 0.05  # ten times the lines: about ten times the time, not a hundred
