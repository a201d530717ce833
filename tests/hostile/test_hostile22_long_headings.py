"""A heading of hundreds of characters: a paragraph pasted where a heading goes. In a manifest's section title it
headed every draft with a 黑体 block of a dozen lines and is now refused naming manifest.yaml:line (as a title with
a typed number is); in the facts (an item's 标题, a 章节标题) it is drafted as written with a 提醒 at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import SAMPLES, changed_sample, draft_changed

from drafter.cli import main

# Our own words, repeated to the length of a paragraph pasted into a title.
LONG = "各校要在开学前把校舍、围墙和食堂逐处查看一遍并登记在册" * 11  # 297 characters


def _mined_summary(tmp_path: Path, title: str) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: summary\ngenre: summary\ntitle: 工作总结（本单位）\nextends: summary\nsections:\n"
        "- {name: head}\n- {name: intro}\n- {name: practices, type: practices}\n"
        f"- name: next_steps\n  title: {title}\n  type: next_steps\n  when: 下步打算\n- {{name: signoff}}\n",
        encoding="utf-8",
    )
    return folder


def test_a_manifest_section_title_of_a_paragraph_is_refused_at_its_line(tmp_path: Path) -> None:
    folder = _mined_summary(tmp_path, LONG)
    facts, _ = changed_sample(tmp_path, "工作总结", "模板", str(folder))
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "总结.docx")])
    assert result.exit_code != 0
    assert (
        "manifest.yaml:9: 章节“next_steps”的 title" in result.output
        and f"有 {len(LONG)} 个字，不像一节的标题" in result.output
    ), result.output
    assert LONG not in result.output  # quoted by its opening only
    assert not (tmp_path / "总结.docx").exists()


def test_a_manifest_section_title_of_two_lines_still_heads_its_section(tmp_path: Path) -> None:
    title = "围绕学校教育教学质量提升和校园安全稳定两条主线推进下一年度各项重点工作的打算"
    assert 28 < len(title) <= 60  # two lines of the grid: a heading still
    folder = _mined_summary(tmp_path, title)
    facts, _ = changed_sample(tmp_path, "工作总结", "模板", str(folder))
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "总结.txt")])
    assert result.exit_code == 0, result.output
    assert f"、{title}" in (tmp_path / "总结.txt").read_text(encoding="utf-8")
    assert "不像" not in result.output


def test_an_item_title_of_a_paragraph_is_drafted_with_a_reminder_at_its_line(tmp_path: Path) -> None:
    text = (SAMPLES / "通知.yaml").read_text(encoding="utf-8")
    assert text.count("  - 标题: 全面开展开学安全检查\n") == 1
    facts = tmp_path / "通知.yaml"
    facts.write_text(text.replace("  - 标题: 全面开展开学安全检查\n", f"  - 标题: {LONG}\n"), encoding="utf-8")
    line = text.splitlines().index("  - 标题: 全面开展开学安全检查") + 1
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.txt")])
    assert result.exit_code == 0, result.output
    assert f"通知.yaml:{line}:9: 标题: 小标题“一、{LONG[:20]}……”有 {len(LONG)} 个字，不像标题" in result.output
    assert LONG in (tmp_path / "通知.txt").read_text(encoding="utf-8")  # drafted as written: nothing lost


def test_a_section_title_of_a_paragraph_in_the_facts_is_said_at_its_line(tmp_path: Path) -> None:
    drafted = draft_changed(tmp_path, "工作总结", "章节标题", f"{{主要做法: {LONG}}}")
    assert drafted.result.exit_code == 0, drafted.said
    assert f"{drafted.where}:" in drafted.said and "章节标题: 小标题“二、" in drafted.said, drafted.said


@pytest.mark.parametrize("sample", ["通知", "工作总结", "实施方案", "会议纪要", "讲话稿", "意见"])
def test_the_samples_headings_draw_no_such_reminder(tmp_path: Path, sample: str) -> None:
    facts = tmp_path / f"{sample}.yaml"
    facts.write_text((SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / f"{sample}.txt")])
    assert result.exit_code == 0, result.output
    assert "不像标题" not in result.output
