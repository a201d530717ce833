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


def test_size_of_a_cut_source_line_is_its_pieces_within_the_window() -> None:
    """split_first's size: the characters of the lines within 200 of the first piece cut from its source line,
    by bisection when the lines come in source order (as clean gives them), by asking each line otherwise."""
    import random

    from drafter.mining.features import _source_size

    rnd = random.Random(3)
    for trial in range(300):
        numbers, number = [], 1
        for _ in range(rnd.randrange(1, 300)):
            number += rnd.choice([0, 0, 1, 2])
            if trial % 2 and rnd.random() < 0.05:
                number -= rnd.randrange(0, 5)  # out of order: a reader that numbers otherwise
            numbers.append(number)
        doc = [Line("字" * rnd.randrange(0, 30), n) for n in numbers]
        ordered = numbers if numbers == sorted(numbers) else None
        for i in range(len(doc)):
            expected = sum(len(piece.text) for piece in doc[i : i + 200] if piece.number == doc[i].number)
            assert _source_size(doc, ordered, i) == expected
