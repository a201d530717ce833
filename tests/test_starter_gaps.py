"""A mined alternative whose gaps touch (现就……{期间}……通知如下：) asks for one thing to write there, not for
three placeholders in a row (〔请填写：实际内容〕〔请填写：期间〕〔请填写：实际内容〕, ux14 walk)."""

from __future__ import annotations

import pytest

from drafter.fields import FieldSpec
from drafter.starter import _switchable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现就……{期间}……通知如下：", "现就〔请填写：实际内容〕通知如下："),
        ("根据上级……，现就……通知如下：", "根据上级〔请填写：实际内容〕，现就〔请填写：实际内容〕通知如下："),
        ("现将{期间}工作总结如下：", "现将〔请填写：期间〕工作总结如下："),
        ("{期间}{事项}情况如下：", "〔请填写：期间、事项〕情况如下："),
    ],
)
def test_touching_gaps_are_one_placeholder(text: str, expected: str) -> None:
    field = FieldSpec(name="导语", type="paragraphs")
    assert _switchable(field, text) == [expected]
