"""Variant families: one formula written a little differently is one entry of a list."""

from __future__ import annotations

import pytest

from drafter.mining.families import families, same_family
from drafter.mining.phrases import Phrase
from drafter.mining.ranker import LISTED


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("现将有关事项通知如下：", "现将有关事项通知如下。"),  # final punctuation
        ("现将{期间}工作总结如下：", "现将……工作总结如下："),  # a slot's type
        ("现将……通知如下：", "现将有关事项通知如下："),  # a gap filled with a slot's value
        ("根据……的要求，", "根据……要求，"),  # a function character
        ("请各单位认真贯彻执行。", "请各单位认真贯彻和执行。"),
    ],
)
def test_variants_of_one_formula(one: str, two: str) -> None:
    assert same_family(one, two) and same_family(two, one)


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("特此通知。", "特此报告。"),  # another word, not a function character
        ("为……，", "为切实做好防汛工作，"),  # too few fixed characters to stand for a family
        ("现将……通知如下：", "现将全县各级各类学校今年春季学期开学有关事项通知如下："),  # a clause, not a slot's value
        ("加强组织领导", "加强的组织的领导的"),  # more than two function characters
    ],
)
def test_different_formulae(one: str, two: str) -> None:
    assert not same_family(one, two)


def _phrase(text: str, groups: int, formulaic: float) -> Phrase:
    return Phrase(
        skeleton=text,
        parts=(("text", text),),
        genre="notice",
        groups=groups,
        documents=groups,
        count=groups,
        roles=(("transition", groups),),
        sections=("intro",),
        examples=(),
        gap_values=(),
        score=formulaic,
        formulaic=formulaic,
    )


def test_a_family_is_listed_once_by_its_most_held_formula() -> None:
    phrases = [
        _phrase("现将有关事项通知如下：", 4, 0.9),
        _phrase("现将……通知如下：", 6, 0.8),
        _phrase("现将……通知如下", 9, 0.3),  # held most, but not a formula: never the representative
        _phrase("特此通知。", 5, 0.8),
    ]
    out = families(phrases, LISTED)
    assert [p.listed for p in out] == [False, True, False, True]
    assert out[0].family == out[2].family == "现将……通知如下："
    assert out[0].is_formula and not out[3].family  # a variant is still a formula where it fits
    assert [p.skeleton for p in out] == [p.skeleton for p in phrases]  # every phrase stays in the report
