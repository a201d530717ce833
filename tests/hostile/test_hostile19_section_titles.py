"""A keeper's section title in manifest.yaml, and a clerk's in the facts' 章节标题, that drafting would print wrong.

A mined template's section is headed by its manifest title (round 18), printed as written after the number drafting
gives it: a keeper who wrote it as Markdown (# 下步打算), with its number (一、下步打算) or with a Jinja expression
({{ 年度 }}工作打算) had the draft headed 三、# 下步打算, 三、一、下步打算, 三、{{ 年度 }}工作打算, with no word; a
title: left empty headed it 三、None. The facts' 章节标题 with a typed number was printed 三、一、…. Made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode
from drafter.errors import DrafterError

FACTS = """模板: 模板
单位: 青禾县农机服务中心
期间: 2025年
导语:
  - 2025年，中心围绕农机安全生产，扎实推进各项工作
主要做法:
  - 标题: 抓实农机年检
    内容: 全年年检拖拉机八百余台。
存在问题:
  - 部分乡镇农机手培训不足
下步打算:
  - 标题: 推进农机合作社建设
    内容: 力争新建农机合作社三家。
成文日期: 2025-12-26
"""


def _template(tmp_path: Path, title_line: str) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: summary\ngenre: summary\ntitle: 工作总结（挖掘）\nextends: summary\nsections:\n"
        "- {name: head}\n- {name: intro}\n- {name: practices, type: practices}\n"
        "- {name: problems, type: problems, when: 存在问题}\n"
        f"- name: next_steps\n{title_line}  type: next_steps\n  when: 下步打算\n- {{name: signoff}}\n",
        encoding="utf-8",
    )
    facts = tmp_path / "总结.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    return facts


def _headings(facts: Path) -> list[str]:
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()[1:2] == "、"]


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("'# 下步打算'", "“#”"),
        ("一、下步打算", "“一、”"),
        ("（一）下步打算", "“（一）”"),
        ("'{{ 年度 }}工作打算'", "{{ }}"),
    ],
)
def test_a_manifest_title_that_would_print_wrong_is_refused_naming_its_line(
    tmp_path: Path, title: str, told: str
) -> None:
    facts = _template(tmp_path, f"  title: {title}\n")
    with pytest.raises(DrafterError) as caught:
        build_draft(facts)
    message = str(caught.value)
    assert "manifest.yaml:10" in message and "next_steps" in message and told in message, message


def test_a_manifest_title_left_empty_keeps_the_built_ins_heading(tmp_path: Path) -> None:
    facts = _template(tmp_path, "  title:\n")
    assert _headings(facts)[-1] == "三、下步打算"


def test_a_plain_manifest_title_still_heads_its_section(tmp_path: Path) -> None:
    facts = _template(tmp_path, "  title: 2026年工作打算\n")
    assert _headings(facts)[-1] == "三、2026年工作打算"


def test_a_number_typed_on_a_facts_section_title_is_taken_off_and_said(tmp_path: Path) -> None:
    facts = _template(tmp_path, "")
    facts.write_text(FACTS + "章节标题:\n  下步打算: 一、2026年工作打算\n", encoding="utf-8")
    warnings: list = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "三、2026年工作打算" in text and "一、2026" not in text
    assert any("手写的序号" in str(warning) for warning in warnings), warnings


@pytest.mark.parametrize(
    ("default", "told"),
    [
        ("[主要做法]", "应当是一组“键: 值”"),
        ("主要做法", "应当是一组“键: 值”"),
        ("{做法: 主要做法}", "“做法”不是它的键"),
        ("{主要做法: [抓实年检, 推进合作社]}", "应当是一段文字"),
        ("{主要做法: {年检: 合作社}}", "应当是一段文字"),
    ],
)
def test_a_mined_section_titles_default_edited_out_of_shape_is_refused_naming_the_manifest(
    tmp_path: Path, default: str, told: str
) -> None:
    # [主要做法] or 主要做法 stopped every draft in the built-in's practices.j2 (值的类型不能这样用), naming no
    # manifest; a key it has not was passed over; a list headed the section 一、抓实年检、推进合作社.
    facts = _template(tmp_path, "")
    manifest = tmp_path / "模板" / "manifest.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + f"fields:\n  章节标题:\n    default: {default}\n", encoding="utf-8"
    )
    with pytest.raises(DrafterError) as caught:
        build_draft(facts)
    message = str(caught.value)
    assert "manifest.yaml:15" in message and "章节标题" in message and told in message, message
