"""ux26 walk: a text export draws the line under its 红头 with box-drawing characters (────); the line was read
as part of the title (────关于……的报告), in parse's listing, the mining report and the title of every sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.mining.parse import parse_file


@pytest.mark.parametrize("rule", ["─" * 20, "═" * 12])
def test_a_box_drawn_rule_is_no_part_of_the_title(tmp_path: Path, rule: str) -> None:
    path = tmp_path / "报告.txt"
    path.write_text(
        f"澜川县卫生健康局文件\n\n澜卫发〔2024〕20号\n{rule}\n关于上半年家庭医生签约服务情况的报告\n市卫生健康委：\n"
        "今年以来我县扎实推进签约服务，重点人群签约率稳步提高。\n特此报告。\n澜川县卫生健康局\n2024年7月15日\n",
        encoding="utf-8",
    )
    (document,) = parse_file(path).documents
    assert document.title == "关于上半年家庭医生签约服务情况的报告"
