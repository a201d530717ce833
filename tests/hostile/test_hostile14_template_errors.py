"""A colleague's slip in a template's expressions is said in Chinese, with the template file and line.

Jinja's own errors were put into Chinese in earlier rounds; Python's errors from inside an expression were
passed on as they were: ``{{ 事由 + 1 }}`` stopped with 模板运行出错：can only concatenate str (not "int") to
str, a loop over a number with 'int' object is not iterable, ``{{ 1 / 0 }}`` with division by zero.

The template is a copy of the built-in notice; the facts are made up for the test.
"""

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    ("expression", "said"),
    [
        ("{{ 事由 + 1 }}", "值的类型不能这样用"),
        ("{% for x in 3 %}{{ x }}{% endfor %}", "值的类型不能这样用"),
        ("{{ 事由() }}", "值的类型不能这样用"),
        ("{{ 1 < 事由 }}", "值的类型不能这样用"),
        ("{{ 10 / 0 }}", "除数是 0"),
        ("{{ '{0}{1}'.format(事由) }}", "取的项不存在"),
        ("{{ 事由 | 中文数字 }}", "值不合适"),
        ("{{ -1 | 中文数字 }}", "值不合适"),
    ],
)
def test_a_slip_in_an_expression_is_said_in_chinese(tmp_path: Path, expression: str, said: str) -> None:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    intro = folder / "intro.j2"
    intro.write_text("{# 本单位的导语 #}\n" + expression + "\n" + intro.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 1, result.output
    message = result.output.strip()
    assert f"intro.j2:2: 模板运行出错：{said}" in message, message
    # Chinese first: whatever Python said is only kept in brackets after it.
    lead = message.split("（Python 的说明：")[0]
    assert not re.search(r"[A-Za-z]{3,}", lead.split("intro.j2:2:")[1]), message
    assert not (tmp_path / "通知.docx").exists()


def test_a_template_writing_too_much_is_said_with_the_line_that_writes_it(tmp_path: Path) -> None:
    # The output limit was checked outside the template: the message named intro.j2 but no line in it.
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    (folder / "intro.j2").write_text(
        "{# 本单位的导语 #}\n为做好防汛工作，\n{% for i in range(1000) %}{% for j in range(1000) %}"
        "很长的一句话{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 1, result.output
    assert "intro.j2:3: 模板输出的内容太多（超过 4,000,000 字），已停止" in result.output
    assert not (tmp_path / "通知.docx").exists()
