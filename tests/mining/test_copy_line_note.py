"""The starter's note on a mined 抄送 default quotes the offices as the document prints them, apart by commas
(GB/T 9704 §7.4.2), not by 顿号 (our own unit and sentences)."""

from __future__ import annotations

from pathlib import Path

from walkhelpers import manifest_fields, mine_cli, write_archive

UNIT = "柳湾区卫生健康局"
TOPICS = ("冬季传染病防控", "春节期间医疗保障", "医疗机构消防安全", "基层医疗服务质量", "院感防控专项检查")


def _notice(n: int, topic: str) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        f"{UNIT}文件\n\n柳卫发〔2026〕{n * 2}号\n\n关于做好{topic}工作的通知\n\n各医疗卫生单位：\n"
        f"为做好{topic}工作，现将有关事项通知如下：\n一、提高认识\n各单位要明确专人负责，认真组织实施。\n"
        f"二、抓好落实\n有关情况按时报局办公室。\n特此通知。\n\n{UNIT}\n2026年{n + 1}月{n + 8}日\n\n"
        f"抄送：区政府办公室，区疾控中心。\n{UNIT}办公室　　　　2026年{n + 1}月{n + 8}日印发\n",
    )


def test_the_copy_line_default_is_quoted_as_printed(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "档案", [_notice(n, topic) for n, topic in enumerate(TOPICS, 1)])
    mine_cli(archive, tmp_path / "模板")
    copied = manifest_fields(tmp_path / "模板", "notice")["抄送"]
    assert copied["default"] == ["区政府办公室", "区疾控中心"]
    assert "“区政府办公室，区疾控中心”" in copied["description"]
