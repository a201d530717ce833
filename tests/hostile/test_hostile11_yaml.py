"""Hostile inputs, round 11: a value opening with a bracket and going on after it says why it is refused.

A clerk marks a title or an item with ASCII brackets (事由: [示例]做好防汛工作, - [注意]各校要……). YAML reads the
bracket as a list and the text after it as a line out of place: the clerk was told 缩进不一致：这里出现了一段文字，
但它和同一级的行没有对齐 (请检查缩进……), about a line whose indent is right. Now the brackets are named, with the
line quoted as it should be written.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: {0}\n主送机关: 各中小学\n正文:\n- {1}\n成文日期: 2025-06-02\n"


@pytest.mark.parametrize(
    ("title", "item", "said"),
    [
        ("[示例]做好防汛工作", "各校要做好防汛工作。", "4:9: YAML 格式错误：方括号“[ ]”后面又写了文字"),
        ("{紧急}做好防汛工作", "各校要做好防汛工作。", "4:9: YAML 格式错误：花括号“{ }”后面又写了文字"),
        ("做好防汛工作", "[注意]各校要做好防汛工作。", "7:7: YAML 格式错误：方括号“[ ]”后面又写了文字"),
    ],
)
def test_a_bracket_then_text_is_named(tmp_path: Path, title: str, item: str, said: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(title, item), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert f"通知.yaml:{said}" in result.stderr, result.stderr
    assert "缩进" not in result.stderr
    written = f'事由: "{title}"' if title.startswith(("[", "{")) else f'- "{item}"'
    assert f"请给整段文字加引号，例如 {written}" in result.stderr


def test_a_list_in_brackets_is_read_as_before(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        FACTS.format("做好防汛工作", "各校要做好防汛工作。") + "抄送: [县委办公室, 县政府办公室]\n", "utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "抄送：县委办公室，县政府办公室。" in result.stdout


def test_a_full_width_space_after_a_colon_or_a_dash_is_named(tmp_path: Path) -> None:
    # A Chinese input method left in full-width mode types its own space after the colon (事由:　做好……): the clerk
    # was told 缺少键后面的冒号 about a line that has its colon.
    facts = tmp_path / "通知.yaml"
    text = FACTS.format("做好防汛工作", "各校要做好防汛工作。")
    text = text.replace("事由: ", "事由:\u3000").replace("- 各校", "-\u3000各校")
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "通知.yaml:4:1: YAML 格式错误：键后面的冒号后面用了全角空格" in result.stderr, result.stderr
    assert "请写成“事由: 做好防汛工作”" in result.stderr
    assert "通知.yaml:7:1: YAML 格式错误：列表项的“-”后面用了全角空格" in result.stderr
    assert "缺少键后面的冒号" not in result.stderr
