"""A speech's 讲话人 written as post and name apart (县委常委、组织部部长 孙立文) keeps them apart, with a
full-width space, as offices print the line under the title: the ux14 walk's draft read 组织部部长孙立文."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_facts

from drafter.drafting import build_draft
from drafter.preview import to_lines

SPEECH = """文种: 讲话稿
会议名称: 全县组织工作会议
讲话人: {speaker}
开场: 下面，我讲一点意见。
主体:
- 标题: 突出重点，扎实推进各项任务
  内容: 坚持抓乡促村，持续整顿后进村党组织。
"""


@pytest.mark.parametrize(
    ("speaker", "line"),
    [
        ("县委常委、组织部部长 孙立文", "县委常委、组织部部长　孙立文"),
        ("县委常委、组织部部长　孙立文", "县委常委、组织部部长　孙立文"),
        ("孙立文", "孙立文"),
        ("县委组织部部长孙立文", "县委组织部部长孙立文"),
    ],
)
def test_post_and_name_stay_apart(tmp_path: Path, speaker: str, line: str) -> None:
    lines = [text.strip() for text in to_lines(build_draft(write_facts(tmp_path, SPEECH.format(speaker=speaker)))[1])]
    assert line in lines, lines
