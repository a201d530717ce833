"""A mined template's usual sentence with a gap the clerk has left unfilled.

The unit's notices close with a sentence that names a number (确保第2阶段取得实效, 第3, 第4 …): mined as the
template's closing 确保第{数量}阶段取得实效。 with an optional field 数量 the starter leaves commented out. A notice
drafted without it closed with 确保第阶段取得实效。, a hole in the sentence, exit 0 and no word. The sentence is now
written only where its gap is filled. The archive is made up for the test.
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

为做好{matter}工作，经研究决定开展专项行动第{n}轮。现将有关事项通知如下：

一、工作时间

2025年3月{number}日至4月{later}日，共{days}天。

二、工作内容

重点检查{matter}的落实情况，抽查{villages}个村。

三、工作要求

各单位要高度重视{matter}，确保第{stage}阶段取得实效。

青禾县农业农村局
2025年3月{number}日
"""

FACTS = "模板: {folder}\n事由: 开展农机报废更新工作\n正文:\n- 各站要摸清底数。\n成文日期: 2026-03-10\n{more}"


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [
        NOTICE.format(number=n + 1, matter=matter, n=n, later=n + 10, days=n + 20, villages=n + 5, stage=n + 2)
        for n, matter in enumerate(MATTERS)
    ]
    folder = mined_template(tmp_path_factory.mktemp("h20-mined-slots"), texts, "notice")
    assert "确保第{数量}阶段取得实效" in (folder / "manifest.yaml").read_text(encoding="utf-8")
    return folder


def _text(notice: Path, tmp_path: Path, more: str = "") -> str:
    return drafted_text(tmp_path, FACTS.format(folder=notice, more=more))


def test_the_sentence_is_left_out_where_its_gap_is_not_filled(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path)
    assert "确保第阶段" not in text, text
    assert "　　各站要摸清底数。\n　　特此通知。\n" in text, text


def test_the_sentence_is_written_where_its_gap_is_filled(notice: Path, tmp_path: Path) -> None:
    text = _text(notice, tmp_path, "数量: 二\n")
    assert "　　确保第二阶段取得实效。\n　　特此通知。\n" in text, text
