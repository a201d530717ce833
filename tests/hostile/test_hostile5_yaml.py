"""Facts files that YAML reads in a way the user did not mean, said in words that point at the cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FactsError
from drafter.facts import load_facts

LONG = "请各单位于本月底前完成自查并报送情况" * 60  # 1,080 characters


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"文种: 通知\n{LONG}: 是\n主送机关: 各中小学\n", 2),
        (f"文种: 通知\n正文:\n  - {LONG}: 是\n", 3),
        (f"文种: 通知\n主送机关: {{{LONG}: 是}}\n", 2),
        (f'文种: 通知\n"{LONG}": 是\n', 2),
        (f"文种: 通知\n附件:\n  {LONG}:\n    标题: 名单\n", 3),
    ],
)
def test_a_key_longer_than_yaml_takes_is_called_a_long_key(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path, "通知.yaml")
    first = str(caught.value.problems[0])
    assert first.startswith(f"通知.yaml:{line}: YAML 格式错误：这一行的键（字段名）太长，有 1,080 个字"), first
    assert "冒号" not in first and "花括号" not in first  # PyYAML's own reading pointed away from the cause


def test_every_long_key_is_said_and_a_long_value_is_no_key(tmp_path: Path) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text(f"文种: 通知\n{LONG}: 一\n事由: {LONG}\n{LONG}甲: 二\n", encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path, "通知.yaml")
    said = [str(p) for p in caught.value.problems]
    assert [s.split(":")[1] for s in said] == ["2", "4"], said


def test_a_colon_after_a_long_value_is_still_said_as_a_colon_in_the_value(tmp_path: Path) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text(f"文种: 通知\n正文: {LONG}: 是\n", encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path, "通知.yaml")
    assert "太长" not in str(caught.value) and "英文冒号" in str(caught.value)


def test_an_anchor_named_in_chinese_is_told_what_names_may_be(tmp_path: Path) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text("文种: 通知\n发文机关: &机关 青禾县文旅局\n署名: *机关\n事由: *重要* 通知\n", encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path, "通知.yaml")
    said = [str(p) for p in caught.value.problems]
    # all three were only '请给整段文字加引号'
    assert all("名字只能用英文字母和数字" in s for s in said[:2]) and said[0].startswith("通知.yaml:2:"), said
    assert "名字只能用英文字母和数字" not in said[2] and "请给整段文字加引号" in said[2], said
