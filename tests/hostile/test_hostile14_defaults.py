"""A default a colleague writes in a template's manifest.yaml is read as the field's own values are.

README: 改 fields 里的 default 就改了默认值. A default was passed on as YAML gave it: ``特此通知: {default: 否}``
(the 是/否 every facts file uses) was the text 否, which is true, so the notice still closed with 特此通知。;
``default: 也许``, an integer default of ``三``, a choice not among the choices and a date of 2月30日 were taken
without a word. Each is now read (是/否 as yes/no) or refused with manifest.yaml and its line.

The template is a copy of the built-in notice; the facts are made up for the test.
"""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)
CLOSING = "  特此通知: {type: bool, "


def _draft(tmp_path: Path, old: str, new: str, *, extra: str = "") -> tuple[int, str]:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new)
    if extra:
        text = text.replace("fields:\n", "fields:\n" + extra, 1)
    manifest.write_text(text, encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


def _line(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "本单位通知" / "manifest.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize("no", ["否", "不", "no", "false"])
def test_a_no_default_is_no(tmp_path: Path, no: str) -> None:
    code, output = _draft(tmp_path, CLOSING, f"{CLOSING}default: {no}, ")
    assert code == 0, output
    assert "各校要做好防汛值班。" in output and "特此通知。" not in output


def test_a_yes_default_is_yes(tmp_path: Path) -> None:
    facts = FACTS.replace("类别: 布置", "类别: 印发\n印发文件:\n  标题: 防汛值班制度\n  内容:\n  - 每天两人值班。")
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(CLOSING, f"{CLOSING}default: 是, "), encoding="utf-8"
    )
    (tmp_path / "通知.yaml").write_text(facts, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "特此通知。" in result.stdout  # an issuing notice writes none unless the template says so


def test_a_yes_or_no_default_that_is_neither_is_an_error_with_its_line(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, CLOSING, f"{CLOSING}default: 也许, ")
    assert code == 1, output
    said = "字段“特此通知”的 default 应当是“是”或“否”，这里是 '也许'"
    assert f"manifest.yaml:{_line(tmp_path, CLOSING)}: {said}" in output


def test_a_choice_default_not_among_the_choices_is_an_error_with_its_line(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, "    default: 布置\n", "    default: 通告\n")
    assert code == 1, output
    said = "字段“类别”的 default 应当是 布置、周知、印发、转发 之一，这里是 '通告'"
    assert f"manifest.yaml:{_line(tmp_path, '  类别:')}: {said}" in output


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ("  份数: {type: integer, default: 三}\n", "字段“份数”的 default 应当是 0 到 1000000 之间的整数，这里是 '三'"),
        ("  份数: {type: integer, maximum: 9, default: 12}\n", "应当是 0 到 9 之间的整数，这里是 '12'"),
        (
            "  截止日期: {type: date, default: 2025年2月30日}\n",
            '字段“截止日期”的 default: 无法识别的日期 "2025年2月30日"',
        ),
    ],
    ids=["integer", "integer-range", "date"],
)
def test_a_new_fields_impossible_default_is_an_error(tmp_path: Path, extra: str, said: str) -> None:
    code, output = _draft(tmp_path, "fields:\n", "fields:\n", extra=extra)
    assert code == 1, output
    assert f"manifest.yaml:{_line(tmp_path, extra.split(':')[0])}: " in output and said in output


def test_the_built_in_defaults_still_draft(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, CLOSING, CLOSING)
    assert code == 0, output
    assert "特此通知。" in output
