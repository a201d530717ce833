"""render.content_markup and render.section_markup write what the Jinja ``content`` and ``section`` macros
they replaced wrote, character for character."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import jinja2
import pytest

from drafter.catalog import common_folder
from drafter.render import _environment, content_markup, section_markup

# The macro as it was in templates/_common/_macros.j2 before it called content_markup.
REFERENCE = """{% macro table(t) %}
::表头 {{ t.栏目 | map('replace', '|', '\x02') | join(' | ') }}
{% for row in t.行 %}
::表行 {{ row | map('replace', '|', '\x02') | join(' | ') }}
{% endfor %}
{% endmacro %}
{% macro content(items, level) %}
{% for item in items %}
{% if item is string %}
{{ item }}
{% elif not item.标题 %}
{{ table(item.表格) }}
{% elif level >= 3 and item.内容 and not item.子项 and not item.表格 %}
{{ '#' * level }} {{ item.标题 }}
+ {{ item.内容[0] }}
{% for paragraph in item.内容[1:] %}
{{ paragraph }}
{% endfor %}
{% else %}
{{ '#' * level }} {{ item.标题 }}
{% for paragraph in item.内容 %}
{{ paragraph }}
{% endfor %}
{% if item.表格 %}
{{ table(item.表格) }}
{% endif %}
{{ content(item.子项, level + 1) }}
{% endif %}
{% endfor %}
{% endmacro %}
{{ content(items, level) }}"""


def _reference() -> jinja2.Template:
    # In the environment the templates render in (its whitespace rules and finalize decide the text).
    return _environment(common_folder(), builtin=True).from_string(REFERENCE)


def _words(rng: random.Random) -> Any:
    return rng.choice(
        ["加强领导", "一是抓落实。", "a|b", "", "  空格  ", "# 像标题", "第一", None, True, dt.date(2025, 3, 1)]
    )


def _table(rng: random.Random) -> dict[str, Any]:
    width = rng.randint(1, 3)
    return {
        "栏目": [str(_words(rng)) for _ in range(width)],
        "行": [[_words(rng) for _ in range(width)] for _ in range(rng.randint(0, 2))],
    }


def _items(rng: random.Random, depth: int) -> list[Any]:
    items: list[Any] = []
    for _ in range(rng.randint(0, 4)):
        kind = rng.random()
        if kind < 0.3:
            items.append(str(_words(rng)) or "段落")
        elif kind < 0.4:
            items.append({"标题": "", "内容": [], "子项": [], "表格": _table(rng)})
        else:
            items.append(
                {
                    "标题": rng.choice(["总体情况", "主要做法", "存在|问题"]),
                    "内容": [_words(rng) for _ in range(rng.randint(0, 3))],
                    "子项": _items(rng, depth + 1) if depth < 3 and rng.random() < 0.5 else [],
                    "表格": _table(rng) if rng.random() < 0.2 else None,
                }
            )
    return items


@pytest.mark.parametrize("seed", range(40))
def test_same_text_as_the_jinja_macro(seed: int) -> None:
    rng = random.Random(seed)
    items, level = _items(rng, 0), rng.randint(1, 4)
    # As typed (close=False): content_markup closes a paragraph typed without its full stop by default, which the
    # macro did not (tests/test_ux31_full_stop.py).
    assert content_markup(items, level, close=False) == _reference().render(items=items, level=level)


def test_a_missing_key_is_an_undefined_name_as_in_the_macro() -> None:
    with pytest.raises(jinja2.UndefinedError):
        content_markup([{"内容": []}], 1)
    with pytest.raises(jinja2.UndefinedError):
        _reference().render(items=[{"内容": []}], level=1)


# The section macro as it was in _macros.j2, and a section file as the built-in templates called it
# (imported with the context, for 章节标题).
SECTION_MACRO = """{% macro content(items, level) %}{{ content_markup(items, level) }}{% endmacro %}
{% macro section(default_title, key, items) %}
{% set custom = 章节标题 or {} %}
{% set title = custom[key] if key in custom and custom[key] is not none else default_title %}
{% if title %}
# {{ title }}
{{ content(items, 2) }}
{% else %}
{{ content(items, 1) }}
{% endif %}
{% endmacro %}
"""
SECTION_FILE = "{% import 'macros' as m with context %}\n{{ m.section(default_title, key, items) }}\n"
SECTION_NOW = "{{ section_markup(default_title, key, items) }}\n"


def _section_environment() -> jinja2.Environment:
    env = _environment(common_folder(), builtin=True).overlay(
        loader=jinja2.DictLoader({"macros": SECTION_MACRO, "before": SECTION_FILE, "now": SECTION_NOW})
    )
    return env


@pytest.mark.parametrize("seed", range(40))
def test_section_writes_what_the_section_macro_wrote(seed: int) -> None:
    rng = random.Random(seed)
    key = rng.choice(["主要做法", "存在问题"])
    custom = rng.choice([None, {}, {key: None}, {key: ""}, {key: "改过的标题"}, {"别的": "x"}, {key: 2025}])
    values = {
        "default_title": rng.choice(["主要做法", "", None, "主要做法及成效"]),
        "key": key,
        "items": _items(rng, 0),
        "章节标题": custom,
    }
    env = _section_environment()
    assert env.get_template("now").render(values) == env.get_template("before").render(values)


def test_section_without_its_titles_field_is_an_undefined_name_as_in_the_macro() -> None:
    env = _section_environment()
    values = {"default_title": "主要做法", "key": "主要做法", "items": ["一段话"]}
    for name in ("before", "now"):
        with pytest.raises(jinja2.UndefinedError):
            env.get_template(name).render(values)
    with pytest.raises(jinja2.UndefinedError):
        section_markup(jinja2.Environment().from_string("").new_context({}), "标题", "键", [])
