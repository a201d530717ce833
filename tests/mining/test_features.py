"""What a line's shape says about it, as the segmenter reads it."""

import pytest

from drafter.mining.features import shape
from drafter.mining.model import Line


def _shape(text: str) -> list[str]:
    return shape(Line(text, 1, 0, False, False, False, 1, False))


@pytest.mark.parametrize("text", ["各位代表！", "同志们！", "各位领导！"])
def test_a_speaker_hailing_the_hall_does_not_close_the_speech(text: str) -> None:
    """同志们！ between two parts of a speech turns to the audience: it is no closing like 谢谢大家！, after
    which the next document may begin."""
    tokens = _shape(text)
    assert "hail" in tokens and "short_exclaim" not in tokens
    assert "short_exclaim" in _shape("谢谢大家！")


def test_heading_features_made_of_their_parts_are_the_features_of_the_candidate() -> None:
    """The heading model scores a candidate by its parts (outline.model_headings): the features its parts make are
    the list heading_features gives, in the same order, for every candidate of a document, flattened or not."""
    from drafter.mining.features import heading_features, heading_features_of, heading_parts
    from drafter.mining.outline import heading_candidates

    texts = [
        "城东街道2026年防汛工作方案",
        "为做好今年汛期各项工作，结合街道实际，制定本方案。",
        "一、工作目标",
        "确保汛期辖区群众安全。",
        "二、主要任务",
        "（一）排查隐患。各社区对低洼地段逐一排查。",
        "（二）备足物资",
        "1、沙袋两千只",
        "2、抽水泵四台",
        "三、工作要求",
        "请各社区于6月1日前报送排查情况：",
        "联系人：陈明",
    ]
    lines = tuple(
        Line(text, number, style_level=2 if number == 3 else 0, in_table=number == 12)
        for number, text in enumerate(texts, 1)
    )
    for flattened in (False, True):
        runs: dict[int, tuple[str, ...]] = {}
        candidates = heading_candidates(lines, flattened)
        assert len(candidates) >= 6
        for index, siblings in candidates:
            for rule in (False, True):
                expected = heading_features(lines, index, siblings=siblings, rule=rule, flattened=flattened)
                parts = heading_parts(lines, index, siblings=siblings, rule=rule, runs=runs, flattened=flattened)
                assert heading_features_of(parts) == expected
