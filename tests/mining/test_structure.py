"""Sections: canonical headings need two source groups, content headings are described by shape."""

from drafter.mining.clean import Line
from drafter.mining.outline import Heading
from drafter.mining.parse import ParsedDocument
from drafter.mining.spread import Groups
from drafter.mining.structure import HeadingShape, genre_structures


def summary(number: int, headings: list[tuple[str, str]]) -> ParsedDocument:
    lines = [Line("导语一段。", 1)]
    marks: list[Heading] = []
    for index, (text, section) in enumerate(headings):
        lines.append(Line(f"{'一二三四五'[index]}、{text}", len(lines) + 1))
        marks.append(Heading(len(lines) - 1, len(lines), f"{'一二三四五'[index]}、", "cn", index + 1, text, 1, section))
        lines.append(Line("内容。", len(lines) + 1))
    return ParsedDocument(f"d{number}.txt", 1, len(lines), "summary", "", tuple(marks), tuple(lines))


def test_headings_orders_and_groups() -> None:
    docs = [
        summary(0, [("主要做法", "practices"), ("存在的问题", "problems"), ("下步打算", "next_steps")]),
        summary(1, [("主要做法", "practices"), ("存在问题", "problems"), ("下步打算", "next_steps")]),
        summary(2, [("主要工作", "practices"), ("存在的问题", "problems"), ("今后打算", "next_steps")]),
        summary(3, [("主要工作", "practices"), ("今后打算", "next_steps"), ("存在的问题", "problems")]),
    ]
    # Documents 2 and 3 are one voice (a series): 主要工作 and 今后打算 are held by one group only.
    groups = Groups((0, 1, 2, 2), {2: frozenset({3}), 3: frozenset({2})}, {})
    structure = genre_structures(docs, groups)["summary"]
    sections = {s.kind: s for s in structure.sections}
    assert sections["practices"].heading == "主要做法"
    assert sections["next_steps"].heading == "下步打算"
    problems = sections["problems"]
    assert problems.variants[0].text in ("存在的问题", "存在问题") and "存在问题" in (
        problems.variants[0].text,
        *problems.variants[0].forms,
    )
    assert structure.majority() == ("intro", "practices", "problems", "next_steps")
    pair = next(p for p in structure.pairs if (p.first, p.second) == ("problems", "next_steps"))
    assert pair.before == 3 and pair.after == 1 and 0.7 < pair.confidence < 0.8


def test_a_shape_of_one_length_is_said_as_one_length() -> None:
    # Headings all of one length read as “多为 12 字”, not “多为 12–12 字”.
    assert HeadingShape(3, 12, 12, 12, 0.0, 0.0).describe() == "多为 12 字的短语"
    assert HeadingShape(5, 6, 4, 8, 0.0, 1.0).describe().startswith("多为 4–8 字的短语，以动词开头")
