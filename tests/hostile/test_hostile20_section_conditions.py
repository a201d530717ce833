"""A template extending a built-in that lists one of the built-in's sections without the built-in's ``when``.

A keeper tidying manifest.yaml shortens - {name: issued, when: 印发文件} to - {name: issued}: every notice without a
印发文件 then stopped inside the built-in's issued.j2 (issued.j2:2: 用到的“标题”在这一项里没有), a file the clerk never
saw, naming no line of the manifest; a 工作总结 without 基本情况 stopped in overview.j2 (值的类型不能这样用). The section
keeps the built-in's condition while its file is the built-in's; the keeper's own file is left as written. Made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import extending_template

from drafter.drafting import build_draft, encode

NOTICE = """模板: 模板
发文机关: 青禾县农机服务中心
事由: 开展农机安全检查
主送机关: 各乡镇农机站
正文:
  - 辖区内在用农机逐台检查。
成文日期: 2025-03-06
"""

SUMMARY = """模板: 模板
单位: 青禾县农机服务中心
期间: 2025年
主要做法:
  - 标题: 抓实农机年检
    内容: 全年年检拖拉机八百余台。
成文日期: 2025-12-26
"""

MEETING = """模板: 模板
发文机关: 青禾县农机服务中心
会议名称: 农机安全生产例会
主送机关: 各乡镇农机站
会议时间: 2025年3月10日上午9:00
会议地点: 中心二楼会议室
参会人员: 各站站长
联系人: 无
成文日期: 2025-03-06
"""


def _draft(tmp_path: Path, base: str, sections: list[str], facts: str, own: dict[str, str] | None = None) -> str:
    extending_template(tmp_path, base, sections, title="本单位", own=own)
    path = tmp_path / "稿.yaml"
    path.write_text(facts, encoding="utf-8")
    return encode(build_draft(path)[1], "txt").decode("utf-8")


@pytest.mark.parametrize(
    ("base", "sections", "facts", "printed"),
    [
        ("notice", ["head", "intro", "body", "closing", "signoff", "issued", "imprint"], NOTICE, "逐台检查"),
        ("notice", ["head", "intro", "body", "closing", "signoff", "attachments", "imprint"], NOTICE, "逐台检查"),
        ("summary", ["head", "intro", "overview", "practices", "problems", "next_steps", "signoff"], SUMMARY, "年检"),
        (
            "meeting_notice",
            [
                "head",
                "intro",
                "time",
                "place",
                "attendees",
                "agenda",
                "requirements",
                "contact",
                "closing",
                "signoff",
                "receipt",
                "imprint",
            ],
            MEETING,
            "二楼会议室",
        ),
    ],
    ids=["issued", "attachments", "overview", "agenda"],
)
def test_a_built_in_section_listed_without_its_when_is_left_out_when_its_field_is(
    tmp_path: Path, base: str, sections: list[str], facts: str, printed: str
) -> None:
    assert printed in _draft(tmp_path, base, sections, facts)


def test_a_section_of_the_keepers_own_file_is_drafted_as_written(tmp_path: Path) -> None:
    sections = ["head", "intro", "body", "closing", "signoff", "issued", "imprint"]
    text = _draft(tmp_path, "notice", sections, NOTICE, own={"issued": "本通知由中心办公室负责解释。\n"})
    assert "本通知由中心办公室负责解释" in text
