"""Title breaks on real titles: the titles and long headings of the corpus's truth files, read at run time.

Whether a break falls inside a word is judged by jieba (loaded here, in the test, never by drafting),
with a number joined to the unit or noun it counts (第二学期, 2025年). A phrase counts only where some
split at jieba's word boundaries fits the same number of lines (a narrow width can leave no choice).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, render_tools_available, requires_render, to_pdf

from drafter.chinese import display_width
from drafter.docx.sheet import GBT9704
from drafter.docx.titles import SLACK, _lexicon, split_title

WIDTH = GBT9704.title_max_chars
_NUMBER = re.compile(r"^(第?[\d一二三四五六七八九十百零〇两]+[次届期批个项]?|[\d.\-—–]+)$")
_NO_BREAK_AFTER, _NO_BREAK_BEFORE = "“‘《（(〔【", "”’》）)〕】、，。：；,.;:"


def _phrases() -> tuple[list[str], list[str]]:
    titles, headings = set(), set()
    for path in sorted(CORPUS.glob("truth*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("title"):
                titles.add(record["title"].strip())
            headings.update(h["text"].strip() for h in record.get("headings", []) if len(h["text"].strip()) >= 12)
    return sorted(titles), sorted(headings - titles)


TITLES, HEADINGS = _phrases()


def _cases() -> list[tuple[str, float]]:
    """Each title at the real width when it needs breaking, and every phrase at widths that force one or two breaks."""
    cases = [(title, WIDTH) for title in TITLES if display_width(title) > WIDTH - SLACK]
    for phrase in TITLES + HEADINGS:
        width = display_width(phrase)
        if width >= 12:
            cases.append((phrase, math.floor(width * 0.7)))
        if width >= 24:
            cases.append((phrase, math.floor(width * 0.45)))
    return cases


@pytest.fixture(scope="module")
def word_ends() -> dict[str, set[int]]:
    jieba = pytest.importorskip("jieba")
    import logging

    jieba.setLogLevel(logging.WARNING)
    ends = {}
    for phrase in {phrase for phrase, _ in _cases()}:
        words: list[str] = []
        for word in jieba.lcut(phrase):
            if words and _NUMBER.match(words[-1]) and len(word) <= 2 and re.match(r"[\u4e00-\u9fff]", word):
                words[-1] += word  # 第二学期, 2025年: a number holds on to what it counts
            else:
                words.append(word)
        positions = set(itertools.accumulate(len(w) for w in words[:-1]))
        ends[phrase] = {
            p for p in positions if phrase[p - 1] not in _NO_BREAK_AFTER and phrase[p] not in _NO_BREAK_BEFORE
        }
    return ends


def _breaks(phrase: str, lines: list[str]) -> list[int]:
    positions, cursor = [], 0
    for line in lines[:-1]:
        cursor = phrase.index(line, cursor) + len(line)
        positions.append(cursor)
    return positions


def _fits_at_word_ends(phrase: str, ends: set[int], lines: int, room: float) -> bool:
    """Whether jieba's word boundaries allow a split into this many lines that fit."""
    start, count = 0, 0
    cuts = [*sorted(ends), len(phrase)]
    while start < len(phrase):
        reachable = [cut for cut in cuts if cut > start and display_width(phrase[start:cut].strip()) <= room]
        if not reachable:
            return False
        start, count = max(reachable), count + 1
    return count <= lines


def test_there_are_enough_real_titles() -> None:
    assert len(TITLES) >= 50 and len(TITLES) + len(HEADINGS) >= 200
    assert len(_cases()) >= 300


def test_lines_keep_the_text_and_a_character_of_slack() -> None:
    for phrase, width in _cases():
        lines = split_title(phrase, width)
        assert "".join(lines).replace(" ", "") == phrase.replace(" ", ""), phrase
        assert all(display_width(line) <= width - SLACK for line in lines), (phrase, width, lines)
        assert len(lines) <= math.ceil(display_width(phrase) / (width - SLACK)) + 1, (phrase, lines)


def test_breaks_fall_between_words(word_ends: dict[str, set[int]]) -> None:
    judged, inside = 0, []
    for phrase, width in _cases():
        lines = split_title(phrase, width)
        if len(lines) < 2 or not _fits_at_word_ends(phrase, word_ends[phrase], len(lines), width - SLACK):
            continue
        judged += 1
        wrong = [p for p in _breaks(phrase, lines) if p not in word_ends[phrase] and " " not in phrase[p - 1 : p + 1]]
        if wrong:
            inside.append(" / ".join(lines))
    assert judged >= 300
    # 12 of 405 when this test was written (the previous breaker: 94); a floor with room to spare.
    assert len(inside) <= 0.06 * judged, "\n".join(inside)


def test_a_title_is_broken_where_a_reader_pauses() -> None:
    # Titles of our own, with the faults the first breaker had.
    assert split_title("关于召开全县教育系统2025年党风廉政建设暨警示教育大会的通知") == [
        "关于召开全县教育系统2025年",
        "党风廉政建设暨警示教育大会的通知",
    ]
    assert split_title("青禾县实验小学2024—2025学年第二学期教育教学工作总结") == [
        "青禾县实验小学2024—2025学年",
        "第二学期教育教学工作总结",
    ]
    lines = split_title("青禾县教育局关于开展第十二届中小学生运动会暨校园体育节系列活动并做好安全保障工作的通知")
    assert not any(line.endswith("暨") for line in lines) and len(lines) == 3


def test_a_body_ending_the_word_lists_lack_stays_with_its_word() -> None:
    # 服务站, 卫生室, 兽医站 are in no list: the segmenter left 站 and 室 single, and a break fell before them.
    for title, word in (
        ("关于申请社区养老服务站运营补助资金的请示", "服务站"),
        ("关于同意设立村卫生室和乡镇兽医站运行经费的批复", "卫生室"),
    ):
        lines = split_title(title)
        assert len(lines) == 2 and any(word in line for line in lines), lines


def test_every_listed_word_is_found_by_bisection() -> None:
    lexicon = _lexicon()
    body = lexicon.text[lexicon.starts[0] :].split("\n")
    words = [line.split(" ")[0] for line in body if line]
    assert words == sorted(words) and len(words) > 20000
    assert all(lexicon._general(word) is not None for word in words)  # every one, the first and last included
    assert lexicon.get("不是一个词语啊") is None and lexicon.get("") is None


@requires_render
@pytest.mark.render
def test_a_client_breaks_titles_only_where_drafter_does(tmp_path: Path) -> None:
    """LibreOffice sets every broken title in exactly the lines drafter gave it (no line wraps again)."""
    from drafter.docx.writer import render_docx
    from drafter.model import Draft, Paragraph, Title

    if not render_tools_available():
        pytest.fail("LibreOffice / poppler not installed")
    titles = [title for title in TITLES if display_width(title) > WIDTH - SLACK]
    titles += [heading for heading in HEADINGS if display_width(heading) > WIDTH]
    blocks = []
    for number, title in enumerate(titles):
        blocks += [Paragraph(f"标记{number}号", indent=False), Title(title)]
    docx = tmp_path / "titles.docx"
    docx.write_bytes(render_docx(Draft((*blocks, Paragraph("标记完", indent=False)))))
    pdf = to_pdf(docx, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines = [
        line.strip() for line in text.splitlines() if line.strip() and not re.fullmatch(r"—\s*\d+\s*—", line.strip())
    ]
    marks = [index for index, line in enumerate(lines) if line.startswith("标记")]
    assert len(marks) == len(titles) + 1 >= 60
    wrapped = []
    for number, (start, end) in enumerate(itertools.pairwise(marks)):
        expected = split_title(titles[number], WIDTH)
        rendered = lines[start + 1 : end]
        if [line.replace(" ", "") for line in rendered] != [line.replace(" ", "") for line in expected]:
            wrapped.append((expected, rendered))
    assert not wrapped


def test_text_far_too_long_for_a_title_is_still_cut_into_lines_that_fit() -> None:
    text = "关于加强" + "某某单位安全工作" * 4000 + "的通知"
    lines = split_title(text, WIDTH)
    assert "".join(lines) == text and all(display_width(line) <= WIDTH - SLACK for line in lines)


def test_a_short_quoted_phrase_and_a_compound_of_the_trade_are_read_whole() -> None:
    # Titles of our own: “双随机、一公开” was cut after its 、, 特种设备 and 食品安全 between their two words.
    lines = split_title("关于深入推进“双随机、一公开”监管工作的实施意见")
    assert any("“双随机、一公开”" in line for line in lines), lines
    assert not any(line.endswith("特种") for line in split_title("关于召开城东片区特种设备安全约谈会的通知"))
    assert not any(line.endswith("食品") for line in split_title("关于2025年第一季度食品安全监督抽检情况的通报"))
