"""Hostile inputs, round 9: a 正文 item's 标题 written with the input method's colon (- 标题：加强组织).

YAML reads such an item as text: the heading and the 内容： line under it were drafted as one paragraph,
标题：加强组织内容：各校要加强组织。, and the draft was written with no word.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

HEAD = "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n成文日期: 2025-02-20\n"


@pytest.mark.parametrize(
    "body",
    [
        "正文:\n  - 标题：加强组织\n    内容：各校要加强组织。\n",
        "正文:\n  - 标题：加强组织\n  - 内容：各校要加强组织。\n",
        "正文:\n  - 标题: 加强组织\n    子项:\n      - 标题：落实责任\n        内容：各校要落实责任。\n",
    ],
)
def test_an_item_key_with_a_full_width_colon_is_refused(tmp_path: Path, body: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(HEAD + body, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "“标题：”开头，用的是中文冒号" in result.output and "例如“- 标题: ……”" in result.output
    assert "标题：加强组织" not in result.stdout


def test_paragraphs_and_items_written_right_are_drafted(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        HEAD + "正文:\n  - 各校要做到：标题醒目、内容翔实。\n  - 标题: 加强组织\n    内容: 各校要加强组织。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "一、加强组织" in result.stdout and "各校要做到：标题醒目、内容翔实。" in result.stdout


@pytest.mark.parametrize(
    ("record", "key"),
    [
        ("联系人:\n  - 姓名：王明\n    电话：0571-88001234\n", "姓名"),
        ("联系人:\n  - 姓名: 王明\n  - 姓名：李华\n", "姓名"),
    ],
)
def test_a_record_written_with_full_width_colons_names_them(tmp_path: Path, record: str, key: str) -> None:
    # Told only 应当是一组“键: 值”（姓名、电话）, the colon typed unmentioned.
    facts = tmp_path / "请示.yaml"
    facts.write_text(
        "文种: 请示\n发文机关: 青禾县教育局\n事由: 增拨经费\n主送机关: 县人民政府\n缘由:\n  - 汛期将至。\n"
        "请示事项:\n  - 增拨经费。\n成文日期: 2025-02-20\n" + record,
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert f"例如“{key}: ……”，不能用中文冒号" in result.output
