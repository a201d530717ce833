"""A notice with nothing in it (no 导语, no 正文, nothing issued) is drafted with a 提醒, not silently.

正文 left out, or written as blanks (正文: [""], a starter's items deleted down to their dashes), gave a notice of its
title, its 主送 line and 特此通知。, exit 0 and no word. It is drafted still (nothing else is wrong with it), and the
clerk is told where the 正文 goes.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

HEAD = "文种: 通知\n发文机关: 青禾县文旅局\n类别: 布置\n事由: 做好节日文化活动安排\n主送机关: 各乡镇文化站\n"


@pytest.mark.parametrize("body", ["", '正文: [""]\n', "正文:\n- \n- \n", '导语: ""\n正文: []\n'])
def test_a_notice_with_no_content_is_said(tmp_path: Path, body: str) -> None:
    (tmp_path / "通知.yaml").write_text(HEAD + body + "成文日期: 2025-09-20\n", encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "提醒：通知.yaml:" in result.stderr and "这份通知没有内容" in result.stderr, result.stderr


@pytest.mark.parametrize(
    "body",
    [
        "正文:\n- 各文化站要提前报送活动方案。\n",
        "导语:\n- 国庆将至，请各文化站做好活动安排。\n",
        "类别: 印发\n印发文件: {标题: 节日文化活动方案, 内容: [活动安排如下。]}\n",
    ],
)
def test_a_notice_with_content_is_not(tmp_path: Path, body: str) -> None:
    head = HEAD.replace("类别: 布置\n", "") if body.startswith("类别") else HEAD
    (tmp_path / "通知.yaml").write_text(head + body + "成文日期: 2025-09-20\n", encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "没有内容" not in result.stderr
