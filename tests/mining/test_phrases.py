import pytest

from drafter.mining.clean import Line
from drafter.mining.parse import ParsedDocument
from drafter.mining.phrases import SLOTS, corpus_units, mask_patterns, mine_phrases, segment


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("2024年5月1日上午9:00开会", ["日期", "日期"]),
        ("现将2024年上半年工作总结如下：", ["期间"]),
        ("根据《关于加强安全工作的通知》（青教〔2024〕3号）精神", ["文件名", "文号"]),
        ("共培训1260人次，投入资金12.5万元，覆盖率98%", ["数量", "数量", "数量"]),
        ("2024—2025学年第一学期", ["期间"]),
    ],
)
def test_pattern_slots(text: str, slots: list[str]) -> None:
    masked, originals = mask_patterns(text)
    found = [name for char in masked for name, slot in SLOTS.items() if slot == char]
    assert found == slots
    assert "".join(originals) in text.replace("：", "") or all(o in text for o in originals)


def document(path: str, genre: str, *texts: str) -> ParsedDocument:
    lines = tuple(Line(text, number) for number, text in enumerate(texts, 1))
    return ParsedDocument(path, 1, len(lines), genre, "", (), lines)


def test_recurring_sentences_become_skeletons_with_typed_slots() -> None:
    docs = [
        document(
            "a.txt",
            "summary",
            "2023年，学校各项工作稳步推进。现将2023年工作总结如下：",
            "一年来，我们加强了队伍建设。",
            "会议由张伟局长主持。",
        ),
        document(
            "b.txt",
            "summary",
            "2024年，全镇工作取得新进展。现将2024年上半年工作总结如下：",
            "学校开展了培训。",
            "会议由王芳副局长主持。",
        ),
        document("c.txt", "summary", "这一句只出现一次。"),
    ]
    units = corpus_units(docs)
    phrases = mine_phrases(units, segment(units))
    skeletons = {p.skeleton: p for p in phrases}
    assert "现将{期间}工作总结如下：" in skeletons
    found = skeletons["现将{期间}工作总结如下："]
    assert found.documents == 2 and found.slots[0][0] == "期间"
    assert {source.split(":")[0] for _, source in found.examples} == {"a.txt", "b.txt"}
    assert any("{人名}" in s and "主持" in s for s in skeletons)
    assert not any("只出现一次" in s for s in skeletons)


def test_fixed_expressions_keep_their_words_and_english_keeps_its_spaces() -> None:
    units = corpus_units(
        [
            document(
                "a.txt",
                "notice",
                "以新时代中国特色社会主义思想为指导，",
                "14天内有旅居史、接触史，",
                "Let's do it well!",
            )
        ]
    )
    tokens = ["".join(t) for t, _ in segment(units)]
    assert "中国特色社会主义" in tokens[0]
    assert "旅居史" in tokens[1] and SLOTS["人名"] not in tokens[1]
    assert tokens[2] == "Let's do it well!"


def test_address_and_english_lines_are_not_stock_phrases() -> None:
    docs = [
        document(f"{name}.txt", "summary", "Website: https://www.example.org", "Let's do it well!", "master@example.org")
        for name in "abc"
    ]
    units = corpus_units(docs)
    assert mine_phrases(units, segment(units)) == []
