"""Hostile template manifests and starter files: validated like facts in draft, new and templates show."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

from drafter.facts import load_facts_text

BODY = "::标题 {{ 事由 }}\n正文。\n"
GOOD_FIELDS = "fields:\n  事由: {type: text, required: true, example: 开会}\n"


def _laughs() -> str:
    lines = ["  a0: &a0 [哈哈哈哈哈哈哈哈哈哈]"]
    for level in range(1, 10):
        lines.append(f"  a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    return "\n".join(lines)


MANIFESTS = {
    "alias-bomb": "name: t\nsections: [body]\n" + GOOD_FIELDS + "x:\n" + _laughs() + "\ny: *a9\n",
    "recursive-anchor": "name: t\nsections: &s [body, *s]\n" + GOOD_FIELDS,
    "deep-nesting": "name: t\nsections: [body]\n" + GOOD_FIELDS + "x: " + "[" * 5000 + "]" * 5000 + "\n",
    "sections-not-a-list": "name: t\nsections: 5\n" + GOOD_FIELDS,
    "section-name-a-number": "name: t\nsections: [{name: 5}]\n" + GOOD_FIELDS,
    "section-name-a-path": "name: t\nsections: [{name: ../../../etc/passwd}]\n" + GOOD_FIELDS,
    "section-name-absolute": "name: t\nsections: [/etc/passwd]\n" + GOOD_FIELDS,
    "section-title-a-mapping": "name: t\nsections: [{name: body, title: {a: 1}}]\n" + GOOD_FIELDS,
    "fields-a-list": "name: t\nsections: [body]\nfields: [a, b]\n",
    "field-type-a-list": "name: t\nsections: [body]\nfields:\n  事由: {type: [text]}\n",
    "max-depth-a-word": "name: t\nsections: [body]\nfields:\n  事由: {type: content, max_depth: abc}\n",
    "max-depth-huge": "name: t\nsections: [body]\nfields:\n  事由: {type: content, max_depth: 99999999999}\n",
    "choices-a-mapping": "name: t\nsections: [body]\nfields:\n  事由: {type: choice, choices: {a: 1}}\n",
    "aliases-a-mapping": "name: t\nsections: [body]\nfields:\n  事由: {type: text, aliases: {a: 1}}\n",
    "record-fields-a-list": "name: t\nsections: [body]\nfields:\n  事由: {type: record, fields: [1, 2]}\n",
    "required-a-word": "name: t\nsections: [body]\nfields:\n  事由: {type: text, required: maybe}\n",
    "item-a-number": "name: t\nsections: [body]\nfields:\n  事由: {type: list, item: 5}\n",
    "top-level-a-list": "- name: t\n- sections: [body]\n",
    "duplicate-keys": "name: t\nsections: [body]\nsections: [body]\n" + GOOD_FIELDS,
    "lone-surrogate": 'name: "\\ud800"\nsections: [body]\n' + GOOD_FIELDS,
    "python-tag": "name: !!python/object/apply:os.system ['touch pwned']\nsections: [body]\n" + GOOD_FIELDS,
    "two-documents": "name: t\nsections: [body]\n---\nname: u\n",
    "binary": "\x00\x01\x02\x03",
}


def _template(folder: Path, manifest: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    (folder / "body.j2").write_text(BODY, encoding="utf-8")
    return folder


COMMANDS = (
    ["draft", "f.yaml", "-o", "out.docx"],
    ["new", "--template", "tpl"],
    ["templates", "show", "tpl"],
    ["draft", "f.yaml", "--template", "tpl", "-o", "-"],
)
# Manifests that could hang or exhaust memory run in a bounded child; the others cannot, and run in-process.
COSTLY = ("alias-bomb", "recursive-anchor", "deep-nesting")


@pytest.mark.parametrize("name", list(MANIFESTS))
def test_hostile_manifests_fail_cleanly_in_every_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    _template(tmp_path / "tpl", MANIFESTS[name])
    (tmp_path / "f.yaml").write_text("模板: tpl\n事由: 开会\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in COMMANDS:
        if name in COSTLY:
            result = run_drafter(*command, cwd=tmp_path, timeout=30, memory=1 << 30)
            assert_clean_failure(result, "manifest.yaml")
        else:
            outcome = CliRunner().invoke(main, command)
            assert outcome.exit_code == 1, (command, outcome.output)
            assert outcome.exception is None or isinstance(outcome.exception, SystemExit), outcome.exception
            assert "manifest.yaml" in outcome.output, outcome.output
    assert not (tmp_path / "out.docx").exists()
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("name", ["alias-bomb", "recursive-anchor", "max-depth-a-word", "duplicate-keys"])
def test_manifest_messages_name_the_line(tmp_path: Path, name: str) -> None:
    _template(tmp_path / "tpl", MANIFESTS[name])
    result = run_drafter("templates", "show", "tpl", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert re.search(r"manifest\.yaml:\d+", result.stderr), result.stderr


@pytest.mark.parametrize("target", ["outside", "device", "fifo", "huge"])
def test_a_manifest_that_is_not_a_small_file_inside_its_folder_is_refused(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "body.j2").write_text(BODY, encoding="utf-8")
    manifest = folder / "manifest.yaml"
    if target == "outside":
        (tmp_path / "elsewhere.yaml").write_text("name: t\nsections: [body]\n" + GOOD_FIELDS, encoding="utf-8")
        manifest.symlink_to(tmp_path / "elsewhere.yaml")
    elif target == "device":
        manifest.symlink_to("/dev/zero")
    elif target == "fifo":
        os.mkfifo(manifest)
    else:
        manifest.write_text("name: t\nsections: [body]\n" + GOOD_FIELDS + "# " + "长" * 2_000_000 + "\n", "utf-8")
    result = run_drafter("templates", "show", "tpl", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr


LINE_BREAKS = ["\n", "\r", "\x85", "\u2028", "\u2029", "\r\n"]


@pytest.mark.parametrize("brk", LINE_BREAKS, ids=[f"U+{ord(b[0]):04X}" for b in LINE_BREAKS])
def test_line_breaks_in_a_manifest_never_become_live_keys(tmp_path: Path, brk: str) -> None:
    escaped = brk.encode("unicode_escape").decode("ascii").replace("\\x85", "\\N")
    manifest = (
        f'name: t\ntitle: "便函{escaped}注入: 1"\nsections: [body]\nfields:\n'
        f'  事由: {{type: text, required: true, example: 开会, description: "说明{escaped}注入二: 2"}}\n'
        f'  "可选{escaped}注入三": {{type: text, description: "甲{escaped}注入四: 4"}}\n'
        f'  类别: {{type: choice, choices: ["甲{escaped}注入五: 5", 乙], example: 乙}}\n'
    )
    _template(tmp_path / "tpl", manifest)
    result = run_drafter("new", "--template", "tpl", "-o", "f.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    tree = load_facts_text((tmp_path / "f.yaml").read_text(encoding="utf-8"), "f.yaml")
    assert sorted(tree.keys()) == sorted(["模板", "事由", "类别"])


@pytest.mark.parametrize("folder", ["tpl #1", "a: b", "- x", "[x]", "&x", "*x", "!x", "%x", "@x", "'q'", '"q"', "x #"])
def test_new_writes_the_template_path_so_that_it_reads_back(tmp_path: Path, folder: str) -> None:
    _template(tmp_path / folder, "name: t\nsections: [body]\n" + GOOD_FIELDS)
    result = run_drafter("new", "--template", f"./{folder}", "-o", "f.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    tree = load_facts_text((tmp_path / "f.yaml").read_text(encoding="utf-8"), "f.yaml")
    assert Path(tree.get("模板").value.text) == Path(folder)
    drafted = run_drafter("draft", "f.yaml", "-o", "-", cwd=tmp_path)
    assert drafted.returncode == 0 and "开会" in drafted.stdout, drafted.stderr


NOTICE = (
    "文种: 会议通知\n发文机关: 甲局\n会议名称: 乙会\n主送机关: 各单位\n会议时间: 2025-02-20 9:00\n"
    "会议地点: 三楼\n参会人员: 全体\n成文日期: 2025-02-14\n回执:\n  截止日期: 2025-02-18\n"
)


@pytest.mark.parametrize(
    "rows",
    ["²", "①", "٣", "5" * 5000, "200000", "99999", "-5", "0", "1e9", "3.5", "0x10", "１０１"],
)
def test_receipt_rows_are_bounded(tmp_path: Path, rows: str) -> None:
    (tmp_path / "f.yaml").write_text(NOTICE + f"  行数: '{rows}'\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert_clean_failure(result, "f.yaml:11:", "行数")


def test_receipt_columns_are_bounded_and_sane_receipts_draft(tmp_path: Path) -> None:
    columns = "[" + ", ".join(f"栏{i}" for i in range(40)) + "]"
    (tmp_path / "f.yaml").write_text(NOTICE + f"  行数: 99\n  栏目: {columns}\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert_clean_failure(result, "f.yaml:12:", "栏目")
    (tmp_path / "f.yaml").write_text(NOTICE + "  行数: １０\n  栏目: [单位, 姓名]\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_template_that_writes_a_runaway_table_is_a_template_error(tmp_path: Path) -> None:
    _template(tmp_path / "tpl", "name: t\nsections: [body]\n" + GOOD_FIELDS)
    (tmp_path / "tpl" / "body.j2").write_text(
        "::表头 甲|乙\n{% for i in range(90000) %}::表行 {{ i }}|x\n{% endfor %}", encoding="utf-8"
    )
    (tmp_path / "f.yaml").write_text("模板: tpl\n事由: 开会\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=60)
    assert_clean_failure(result, "表格太大")
