"""A template folder edited by hand: Jinja's errors are said in Chinese, on the file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.drafting import build_draft
from drafter.errors import TemplateError
from drafter.render import jinja_words

# Each was shown in Jinja's English after a Chinese lead: '模板语法错误：unexpected '}''.
BROKEN = {
    "stray-brace": ("正文\n{{ 事由 }\n", 2, "多了一个“}”"),
    "unclosed-for": ("{% for x in 事由 %}\n{{ x }}\n", 2, "缺少 {% endfor %}"),
    "wrong-end": ("{% if 事由 %}\n{% endfor %}\n", 2, "不认识的语句“endfor”"),
    "misspelt-tag": ("{% iff 事由 %}x{% endif %}\n", 1, "不认识的语句“iff”"),
    "two-names": ("{{ 事由 事由 }}\n", 1, "这里应当是“}}”"),
    "bracket-pair": ("{{ 事由[1) }}\n", 1, "这里的“)”应当是“]”"),
    "odd-char": ("{{ 事由 $ }}\n", 1, "字符“$”"),
    "unknown-filter": ("{{ 事由 | 大写 }}\n", 1, "没有名为“大写”的过滤器"),
    "unknown-test": ("{% if 事由 is 好 %}x{% endif %}\n", 1, "没有名为“好”的判断"),
    "undefined": ("第一行\n{{ 事因 }}\n", 2, "没有声明的名字“事因”"),
    "no-attribute": ("{{ 事由.长度 }}\n", 1, "“长度”"),
    "missing-include": ("{% include '其他.j2' %}\n", 1, "找不到模板文件“其他.j2”"),
    "extends-outside": ("{% extends '../../外面.j2' %}\n", 1, "找不到模板文件"),
    "python-internals": ("{{ 事由.__class__ }}\n", 1, "不允许访问“__class__”"),
}
# Words a template writer types, which messages may quote.
_TYPED = re.compile(r"body\.j2|manifest\.yaml|fields|endfor|endif|end…|iff|if|for|is|__class__")


def _template(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text("name: t\nsections: [body]\nfields: {事由: {type: text}}\n", encoding="utf-8")
    (folder / "body.j2").write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", list(BROKEN))
def test_jinja_errors_are_said_in_chinese_on_their_line(tmp_path: Path, name: str) -> None:
    body, line, words = BROKEN[name]
    folder = _template(tmp_path / "模板", body)
    facts = tmp_path / "f.yaml"
    facts.write_text("事由: 开会\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        build_draft(facts, template=str(folder))
    message = str(info.value)
    assert f"body.j2:{line}: " in message and words in message, message
    said = _TYPED.sub("", message.split(f"body.j2:{line}: ", 1)[1])
    assert not re.search(r"[A-Za-z]{3,}", said), message


def test_an_unforeseen_jinja_message_keeps_its_words_after_a_chinese_lead() -> None:
    assert jinja_words("something new went wrong") == "写法有误（Jinja 的说明：something new went wrong）"
