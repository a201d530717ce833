"""A mined transition with a gap the clerk leaves unfilled.

The unit's notices lead into their items with a sentence that names a round (现将第2轮专项行动有关事项通知如下：,
第3, 第4 …): mined as the template's transition 现将第{数量}轮……通知如下： with an optional field 数量. Round 20
wrote it only where its gap is filled, and the comma before it all the same: a clerk's 导语 为做好……工作 ended
……工作， on the line before 一、, and a notice without 导语 went straight from its 主送机关 to 一、. Unfilled, the
clerk's opening now takes the notice's customary transition. The archive is made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import drafted_text, mined_template

MATTERS = ["春耕物资检查", "秸秆禁烧巡查", "农机安全排查", "动物防疫督查", "农田水利建设", "种子市场整治"]

NOTICE = """青禾县农业农村局文件

青农发〔2025〕{number}号

关于开展{matter}工作的通知

各乡镇农业站，局属各单位：

为做好{matter}工作，现将第{round}轮专项行动有关事项通知如下：

一、工作时间

2025年3月{number}日至4月{later}日。

二、工作要求

各单位要高度重视{matter}，按时报送进展情况。

青禾县农业农村局
2025年3月{number}日
"""

FACTS = (
    "模板: {folder}\n事由: 开展农机报废更新工作\n正文:\n- 标题: 摸清底数\n  内容: 各站要逐村摸清底数。\n"
    "- 标题: 按时上报\n  内容: 各站于月底前上报。\n成文日期: 2026-03-10\n{more}"
)


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [NOTICE.format(number=n + 1, matter=matter, round=n + 2, later=n + 10) for n, matter in enumerate(MATTERS)]
    folder = mined_template(tmp_path_factory.mktemp("h22-transition-gap"), texts, "notice")
    assert "现将第{{ 数量" in (folder / "intro.j2").read_text(encoding="utf-8")
    return folder


def _text(notice: Path, tmp_path: Path, more: str = "") -> str:
    return drafted_text(tmp_path, FACTS.format(folder=notice, more=more))


@pytest.mark.parametrize("opening", ["为做好农机报废更新工作", "为做好农机报废更新工作，"])
def test_an_opening_before_an_unfilled_transition_takes_the_customary_one(
    notice: Path, tmp_path: Path, opening: str
) -> None:
    text = _text(notice, tmp_path, f"导语: {opening}\n")
    assert "　　为做好农机报废更新工作，现将有关事项通知如下：\n　　一、摸清底数\n" in text, text


def test_no_opening_and_an_unfilled_transition_takes_the_customary_one(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path)
    assert "局属各单位：\n　　现将有关事项通知如下：\n　　一、摸清底数\n" in text, text


def test_the_units_transition_is_written_where_its_gap_is_filled(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path, "数量: 三\n导语: 为做好农机报废更新工作\n")
    assert "　　为做好农机报废更新工作，现将第三轮专项行动有关事项通知如下：\n　　一、" in text, text
