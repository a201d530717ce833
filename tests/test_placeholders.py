from pathlib import Path

import pytest

from drafter.catalog import builtin_templates
from drafter.errors import FactsError
from drafter.facts import load_facts
from drafter.placeholders import find_placeholders, mark_samples, placeholder, strip_samples
from drafter.starter import starter_text


def test_placeholders_and_samples_are_found_with_their_lines(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text(
        "\n".join(
            [
                "文种: 工作总结",
                f"单位: {placeholder('单位名称')}",
                "期间: 〔示例〕2024年",
                "主要做法:",
                f"  - 标题: {placeholder('第一条标题')}",
                "    内容: 已经写好的内容（请注意安全）",
                "事项: 真实内容里有〔2024〕这样的括号也不算",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    tree = load_facts(facts, str(facts))
    problems = find_placeholders(tree)
    assert [(p.location.line, p.field) for p in problems] == [(2, "单位"), (3, "期间"), (5, "主要做法第1项的标题")]
    # Only a sample may be kept by removing its mark; a placeholder has to be replaced.
    assert ["删去“〔示例〕”" in (p.hint or "") for p in problems] == [False, True, False]
    assert f"{facts}:3:" in str(FactsError(problems)) and "示例" in str(FactsError(problems))
    stripped = strip_samples(tree)
    assert stripped.get("期间").value.text == "2024年"  # type: ignore[union-attr]


def test_marking_samples_reaches_every_text() -> None:
    marked = mark_samples([{"标题": "甲", "内容": ["乙", ""]}, "丙", 3])
    assert marked == [{"标题": "〔示例〕甲", "内容": ["〔示例〕乙", ""]}, "〔示例〕丙", 3]


def test_built_in_starters_hold_no_placeholders(tmp_path: Path) -> None:
    # The built-in starters draft as they are (README): nothing in them is marked.
    for spec in builtin_templates():
        facts = tmp_path / f"{spec.name}.yaml"
        facts.write_text(starter_text(spec), encoding="utf-8")
        assert find_placeholders(load_facts(facts, str(facts))) == []


def test_a_long_value_is_quoted_with_an_ellipsis_where_it_is_cut(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    long_sample = (
        "〔示例〕" + "为进一步做好全县中小学校园安全工作，切实保障师生生命财产安全，结合实际，现将有关事项通知如下："
    )
    facts.write_text(f"文种: 通知\n导语: {long_sample}\n期间: 〔示例〕2024年\n", encoding="utf-8")
    messages = [p.message for p in find_placeholders(load_facts(facts, str(facts)))]
    assert messages[0].endswith("……") and long_sample[:40] in messages[0], messages
    assert messages[1].endswith("〔示例〕2024年"), messages  # a short value is quoted whole


def test_placeholders_and_other_mistakes_are_said_at_once(tmp_path: Path) -> None:
    # An untouched starter with a date of no calendar: the clerk hears of both in one run, not the date only
    # after every placeholder is gone.
    from drafter.drafting import build_draft

    facts = tmp_path / "f.yaml"
    facts.write_text(
        "文种: 通知\n"
        f"发文机关: {placeholder('发文机关')}\n"
        "事由: 〔示例〕冬季安全检查\n"
        "主送机关: 各社区\n"
        "正文: 请各社区入户检查。\n"
        "成文日期: 2025年2月30日\n",
        encoding="utf-8",
    )
    with pytest.raises(FactsError) as caught:
        build_draft(facts)
    lines = [(p.location.line, p.field) for p in caught.value.problems]
    assert lines == [(2, "发文机关"), (3, "事由"), (6, "成文日期")]
    assert "2025年没有2月30日" in str(caught.value)
