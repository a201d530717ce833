"""Half-width punctuation typed beside Chinese (an input method left in English punctuation): the title, the 主送,
the body and the 版记 went out with it as typed (关于做好校舍,食堂安全工作的通知, 抄送：县委办, 县财政局。). A 公文
prints full-width marks; numbers (1,200万元, 9:00) and Latin text (a web address) keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import draft_changed

from drafter.chinese import drafted_punctuation


@pytest.mark.parametrize(
    ("key", "typed", "printed"),
    [
        ("事由", "做好校舍,食堂安全工作", "关于做好校舍，食堂安全工作的通知"),
        ("主送机关", "各乡镇中心学校,县直各学校", "各乡镇中心学校，县直各学校："),
        ("抄送", "县人民政府办公室, 县公安局", "抄送：县人民政府办公室，县公安局。"),
        ("附注", "(联系人:林晓,电话:0571-88001234)", "（联系人：林晓，电话：0571-88001234）"),
    ],
)
def test_half_width_marks_beside_chinese_are_printed_full_width(
    tmp_path: Path, key: str, typed: str, printed: str
) -> None:
    drafted = draft_changed(tmp_path, "通知", key, f'"{typed}"')
    assert drafted.result.exit_code == 0, drafted.said
    text = drafted.output.read_text(encoding="utf-8")
    assert any(line.strip("\u3000") == printed for line in text.splitlines()), text


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("投入资金1,200万元,完成改造", "投入资金1,200万元，完成改造"),
        ("上午9:00报到", "上午9:00报到"),
        ("网址:https://www.example.cn/a?b=1", "网址：https://www.example.cn/a?b=1"),
        ("是否同意?", "是否同意？"),
        ("(见附件2)", "（见附件2）"),
        ("Hello, world", "Hello, world"),
        ("::不是指令", "::不是指令"),
        ("&lt;原样&gt;", "&lt;原样&gt;"),
    ],
)
def test_numbers_and_latin_text_keep_their_marks(typed: str, printed: str) -> None:
    assert drafted_punctuation(typed) == printed
