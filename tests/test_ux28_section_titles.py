"""ux28 walk: the template keeper renames a section of the unit's mined 工作总结 template in its manifest.yaml, as
README.md says a section's ``title`` is renamed; the mined summary carries the unit's own heading as the default of
章节标题 ({主要做法: 主要做法}). Made up for this walk (岚溪区教育局)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode

SECTIONS = """- {name: head, title: 标题和主送机关}
- {name: intro, title: 导语}
- {name: practices, title: 主要做法及成效, type: practices}
- {name: problems, title: 存在问题, type: problems, when: 存在问题}
- {name: next_steps, title: 下步工作打算, type: next_steps, when: 下步打算}
- {name: signoff, title: 署名和成文日期}
"""

FACTS = """模板: 模板
单位: 岚溪区教育局
期间: 2025年
导语:
  - 2025年，我局围绕办好人民满意的教育，统筹推进各项工作，全区教育事业保持良好发展势头
主要做法:
  - 标题: 抓实校园安全，守住安全底线
    内容: 全年开展校园安全检查六次，排查整改各类隐患一百余处，未发生较大安全事故。
存在问题:
  - 农村学校师资仍然紧缺
  - 部分校舍老旧
下步打算:
  - 标题: 加快学前教育扩容
    内容: 推进城东幼儿园建设，力争年内新增普惠性学位六百个以上。
成文日期: 2025-12-28
"""


def _headings(tmp_path: Path, extra: str = "") -> list[str]:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: summary\ngenre: summary\ntitle: 工作总结（挖掘）\nextends: summary\n"
        f"sections:\n{SECTIONS}fields:\n  章节标题:\n    default:\n      主要做法: 主要做法\n",
        encoding="utf-8",
    )
    facts = tmp_path / "总结.yaml"
    facts.write_text(FACTS + extra, encoding="utf-8")
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()[1:2] == "、"]


def test_a_section_renamed_in_the_manifest_is_headed_so_beside_the_templates_own_titles(tmp_path: Path) -> None:
    # The template's default 章节标题 had every title the keeper gave in sections silently ignored.
    assert _headings(tmp_path) == ["一、主要做法", "二、存在问题", "三、下步工作打算"]


def test_the_facts_titles_stand_over_the_manifests(tmp_path: Path) -> None:
    headings = _headings(tmp_path, "章节标题:\n  下步打算: 2026年工作打算\n")
    assert headings[-1] == "三、2026年工作打算"


@pytest.mark.parametrize("extra", ["章节标题:\n  下步打算: 2026年工作打算\n", "章节标题:\n  存在问题: 不足之处\n"])
def test_the_facts_title_of_one_section_keeps_the_templates_titles_of_the_others(tmp_path: Path, extra: str) -> None:
    # A clerk who renamed one section had the unit's 主要做法 go back to the built-in's 主要做法及成效.
    assert _headings(tmp_path, extra)[0] == "一、主要做法"


def test_a_heading_the_facts_take_away_is_not_put_back(tmp_path: Path) -> None:
    headings = _headings(tmp_path, '章节标题:\n  下步打算: ""\n')
    assert "三、下步工作打算" not in headings and headings[-1] == "三、加快学前教育扩容"


BULLETIN = """模板: 模板
发文机关: 岚溪区教育局
类别: 表扬
事由: 表扬2025年度校园安全工作先进学校
主送机关: 各中小学、幼儿园
基本情况:
  - 2025年，全区各校扎实开展校园安全专项整治，城关小学、溪口中学建立隐患日巡查制度，全年未发生安全责任事故。
对象:
  - 城关小学
  - 溪口中学
要求:
  - 标题: 珍惜荣誉
    内容: 希望受到表扬的学校珍惜荣誉、再接再厉，继续把校园安全工作抓细抓实。
  - 标题: 学习先进
    内容: 各校要以先进为榜样，压紧压实安全责任，持续提升校园安全管理水平。
成文日期: 2025-12-20
"""


def test_a_renamed_section_without_a_heading_of_its_own_keeps_its_items_titles(tmp_path: Path) -> None:
    # A 表扬通报 lays its 要求 out as items with no heading over them: the keeper's renamed 希望和要求 turned the
    # first item's title 珍惜荣誉 into 下步要求.
    folder = tmp_path / "模板"
    folder.mkdir()
    names = ["head", "intro", "facts", "decision", "problems", "demands", "closing", "signoff"]
    conditions = {"demands": ", title: 下步要求, when: 要求", "problems": ", when: 存在问题"}
    sections = "".join(f"- {{name: {name}{conditions.get(name, '')}}}\n" for name in names)
    (folder / "manifest.yaml").write_text(
        f"name: bulletin\ngenre: bulletin\nextends: bulletin\nsections:\n{sections}", encoding="utf-8"
    )
    facts = tmp_path / "通报.yaml"
    facts.write_text(BULLETIN, encoding="utf-8")
    lines = [line.strip() for line in encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()]
    assert "一、珍惜荣誉" in lines and not any("下步要求" in line for line in lines)
    facts.write_text(BULLETIN.replace("类别: 表扬", "类别: 情况"), encoding="utf-8")
    lines = [line.strip() for line in encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()]
    assert any(line.endswith("、下步要求") for line in lines) and "（一）珍惜荣誉" in lines
