"""ux32 walk: the 党政办 clerk of a street office mining the office's own archive. Made up for this walk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from drafter.cli import main

UNIT = "东湖街道办事处"


def _meeting_notice(n: int, meeting: str, month: int) -> str:
    return "\n".join(
        [
            f"{UNIT}文件",
            f"东街办〔2025〕{n}号",
            f"关于召开{meeting}的通知",
            "各社区居委会，街道各科室、各站所：",
            f"经研究，街道决定召开{meeting}。现将有关事项通知如下：",
            "一、会议时间",
            f"2025年{month}月{n}日上午9:00，会期半天。",
            "二、会议地点",
            "街道办事处三楼会议室。",
            "三、参会人员",
            "各社区党组织书记、居委会主任。",
            "特此通知。",
            UNIT,
            f"2025年{month}月1日",
        ]
    )


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return [node] if isinstance(node, str) else []


def test_a_sentence_with_a_clock_is_quoted_whole_in_the_report(tmp_path: Path) -> None:
    archive = tmp_path / "档案"
    archive.mkdir()
    for n, (meeting, month) in enumerate((("防汛工作部署会", 5), ("安全生产例会", 9), ("社区工作会议", 2)), 3):
        (archive / f"会议通知{n}.txt").write_text(_meeting_notice(n, meeting, month), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(tmp_path / "模板"), "-j", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "模板" / "report.json").read_text(encoding="utf-8"))
    quoted = [text for text in _texts(report) if "会期半天" in text]
    assert quoted, "the sentence is among the candidates"
    # The clock's colon is no end of a sentence: 2025年5月3日上午9:00，会期半天。 was quoted 00，会期半天。
    assert not any(text.startswith("00") for text in quoted), quoted
    assert any("上午9:00，会期半天。" in text for text in quoted), quoted


def _notice(n: int, matter: str) -> str:
    return "\n".join(
        [
            f"{UNIT}文件",
            f"东街办〔2025〕{n}号",
            f"关于做好{matter}工作的通知",
            "各社区居委会，街道各科室、各站所：",
            f"为做好{matter}工作，现将有关事项通知如下：",
            "一、明确责任",
            "各社区要明确专人负责，逐项抓好落实。",
            "二、工作要求",
            "工作情况请按时报街道党政办公室。",
            "特此通知。",
            UNIT,
            f"2025年{n}月8日",
            "抄送：区委办公室，区政府办公室。",
            f"东湖街道党政办公室　　2025年{n}月8日印发",
        ]
    )


DISTRICT_REPLY = "\n".join(
    [
        "江湾区人民政府文件",
        "江政复〔2025〕21号",
        "江湾区人民政府关于同意拨付东湖街道老旧小区改造配套资金的批复",
        "东湖街道办事处：",
        "你街道《关于申请拨付老旧小区改造配套资金的请示》（东街办〔2025〕12号）收悉。经研究，同意拨付配套资金。",
        "此复。",
        "江湾区人民政府",
        "2025年3月28日",
        "抄送：区财政局。",
        "江湾区人民政府办公室　　2025年3月28日印发",
    ]
)


def test_a_reply_the_district_sent_the_unit_is_no_sample_of_the_units_own_replies(tmp_path: Path) -> None:
    archive = tmp_path / "档案"
    archive.mkdir()
    for n, matter in ((3, "春节期间安全稳定"), (5, "夏季防汛"), (9, "秋季森林防火")):
        (archive / f"通知{n}.txt").write_text(_notice(n, matter), encoding="utf-8")
    (archive / "区政府批复.txt").write_text(DISTRICT_REPLY, encoding="utf-8")
    out = tmp_path / "模板"
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    starter = tmp_path / "批复.yaml"
    result = CliRunner().invoke(main, ["new", "--template", str(out / "reply"), "-o", str(starter)])
    assert result.exit_code == 0, result.output
    text = starter.read_text(encoding="utf-8")
    # The district's matter and the unit's own 请示 it answered were the street office's 批复 samples: it answered
    # itself (同意拨付东湖街道……资金, 来文 东街办〔2025〕12号).
    assert "老旧小区" not in text and "东街办〔2025〕12号" not in text, text
