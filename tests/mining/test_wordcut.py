"""The one-pass dictionary cut gives jieba's own words (lcut with HMM=False) on any text."""

from __future__ import annotations

import logging
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.mining.tokenise import word_cut
from drafter.mining.wordcut import load_dictionary

SAMPLES = [
    "",
    " ",
    "为进一步做好秋季学期开学工作，经研究，决定召开全县教育工作会议。现将有关事项通知如下：",
    "特此通知。\r\n同志们：\n谢谢大家！",
    "2025年3月1日上午9:00，在县政府三楼会议室召开。联系电话：0551-1234567",
    "Windows 11 与 Office 2021 的兼容性测试 test_case#3 50% a.b-c & d",
    "ＡＢＣ全角字母１２３和半角abc123混排，还有〔2025〕5号、《关于……的通知》",
    "\ue001年\ue002至\ue003期间，\ue004召开会议",
    "一二三四五六七八九十百千万亿",
    "abc  def\t\tghi\u3000中文\u00a0空白",
    "嗯嗯啊啊哦哦呃呃，萌萌哒的网络用语和生僻字：龘靐齉爩",
]


def _random_texts(count: int) -> list[str]:
    """Text recombined from the samples' characters at random: boundaries jieba never saw in them."""
    rng = random.Random(3)
    alphabet = "".join(SAMPLES)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(count)]


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_same_words_as_jieba() -> None:
    tokenizer = _jieba()
    cut = word_cut()
    for text in SAMPLES + _random_texts(300):
        assert cut.cut(text) == tokenizer.lcut(text, HMM=False), text


def test_joined_lines_cut_as_each_line() -> None:
    """A line break is never inside a word: the units of a corpus may be cut one by one."""
    cut = word_cut()
    lines = SAMPLES[2:6]
    joined = cut.cut("\n".join(lines))
    separate: list[str] = []
    for number, line in enumerate(lines):
        separate.extend(cut.cut(line))
        if number < len(lines) - 1:
            separate.append("\n")
    assert joined == separate


def test_cache_is_rebuilt_when_unreadable(tmp_path: Path) -> None:
    """A damaged or foreign cache file is read past (and replaced): the cut is the same either way."""
    fresh, tags = load_dictionary(str(tmp_path))
    cache = tmp_path / "drafter-wordcut.marshal"
    assert cache.is_file()
    for damage in (b"", b"\x00garbage", cache.read_bytes()[:1000]):
        cache.write_bytes(damage)
        cut, again = load_dictionary(str(tmp_path))
        assert again == tags
        assert cut.cut(SAMPLES[2]) == fresh.cut(SAMPLES[2]) == _jieba().lcut(SAMPLES[2], HMM=False)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".drafter-wordcut-")]


def test_no_cache_folder(tmp_path: Path) -> None:
    cut, tags = load_dictionary(None)
    assert tags["通知"] and cut.cut(SAMPLES[3]) == _jieba().lcut(SAMPLES[3], HMM=False)
