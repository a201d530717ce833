"""Both directions agree: what drafter writes, drafter reads back with its genre, title and outline."""

from pathlib import Path

import pytest
from conftest import SAMPLES, draft_bytes

from drafter.drafting import build_draft, encode
from drafter.mining.parse import parse_file

EXPECTED = {
    "工作总结": (
        "summary",
        "青禾县实验小学2024年教育教学工作总结",
        ["基本情况", "主要做法及成效", "经验体会", "存在问题", "下步打算"],
    ),
    "会议通知": (
        "meeting_notice",
        "关于召开全县2025年春季学期教育工作会议的通知",
        ["会议时间", "会议地点", "参会人员"],
    ),
    "会议通知-红头": ("meeting_notice", "关于召开全县2025年春季学期教育工作会议的通知", ["会议时间", "会议地点"]),
    "实施方案": (
        "plan",
        "青禾县教育局中小学“书香校园”读书活动实施方案",
        ["指导思想", "工作目标", "工作原则", "主要任务"],
    ),
    "会议纪要": ("meeting_report", "青禾县教育局局务会议纪要", ["关于春季开学工作", "关于校园安全工作"]),
    "讲话稿": ("speech", "在全县2025年教育工作会议上的讲话", ["肯定成绩，进一步坚定办好人民满意教育的信心"]),
}


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_drafted_sample_parses_back(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / f"{name}.{kind}"
    if kind == "docx":
        path.write_bytes(draft_bytes(SAMPLES / f"{name}.yaml"))
    else:
        path.write_bytes(encode(build_draft(SAMPLES / f"{name}.yaml")[1], "txt"))
    genre, title, headings = EXPECTED[name]
    (document,) = parse_file(path).documents
    assert (document.genre, document.title) == (genre, title)
    top = [h.text for h in document.headings if h.level == 1]
    assert top[: len(headings)] == headings
    assert all(h.marker for h in document.headings if h.level <= 2)
