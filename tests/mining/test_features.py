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
