"""Sections: canonical headings need two source groups, content headings are described by shape."""

from drafter.mining.clean import Line
from drafter.mining.outline import Heading
from drafter.mining.parse import ParsedDocument
from drafter.mining.spread import Groups
from drafter.mining.structure import HeadingShape, genre_structures, heading_shape


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


def test_steps_named_as_stages_are_described_as_stages() -> None:
    # A plan's steps (准备阶段（……）, 实施阶段（……）) open with 准备, 实施, 总结, which are verbs: the starter
    # asked for steps written like 加强…… / 推进…… instead of a stage and its dates.
    texts = ["准备阶段（8月1日至8月20日）", "实施阶段（8月21日至10月31日）", "总结阶段（11月1日至11月30日）"]
    shape = heading_shape(texts, lambda text: True)
    assert shape is not None
    assert "阶段名和起止时间" in shape.describe() and "以动词开头" not in shape.describe()
    tasks = heading_shape(["加强组织领导", "落实工作责任", "强化督查考核"], lambda text: True)
    assert tasks is not None and "以动词开头" in tasks.describe()
