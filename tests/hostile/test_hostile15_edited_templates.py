"""A template folder a colleague edited: a field renamed in manifest.yaml only, a genre changed, extends mistyped.

- 印发机关 renamed 印发单位 in manifest.yaml (its .j2 still prints 印发机关): the unit's default was lost and the
  版记 had no 印发 line, exit 0 and no word. Now refused at the field's line, the old name offered.
- genre: bulletin written over a folder that extends notice: a 通知 was drafted all the same, exit 0.
- extends: notcie, or extends: ../本单位通知 (another folder): said only 不存在; now the built-in names are listed,
  the nearest offered, and a folder said to be no built-in.
The folder is a copy of the built-in notice extended, the facts made up for the test.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

MANIFEST = """name: 本单位通知
genre: notice
extends: notice
fields:
  印发机关:
    required: false
    default: 青禾县教育局办公室
"""
FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, manifest: str):
    folder = tmp_path / "本单位通知"
    folder.mkdir(exist_ok=True)
    (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])


def test_the_unedited_folder_drafts(tmp_path: Path) -> None:
    result = _draft(tmp_path, MANIFEST)
    assert result.exit_code == 0, result.output
    assert "青禾县教育局办公室" in result.stdout


def test_a_field_renamed_in_the_manifest_only_is_refused(tmp_path: Path) -> None:
    result = _draft(tmp_path, MANIFEST.replace("  印发机关:", "  印发单位:"))
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:5: 字段“印发单位”没有用在任何模板文件" in result.output, result.output
    assert "是不是把“印发机关”改了名" in result.output


def test_a_new_field_its_own_file_prints_is_fine(tmp_path: Path) -> None:
    manifest = MANIFEST + "  值班电话:\n    required: false\n    default: 0571-88001234\n"
    manifest += "sections:\n- {name: head}\n- {name: body}\n- {name: duty}\n- {name: signoff}\n"
    (tmp_path / "本单位通知").mkdir()
    (tmp_path / "本单位通知" / "duty.j2").write_text("值班电话：{{ 值班电话 }}。\n", encoding="utf-8")
    result = _draft(tmp_path, manifest)
    assert result.exit_code == 0, result.output
    assert "值班电话：0571-88001234。" in result.stdout


@pytest.mark.parametrize("genre", ["bulletin", "通报"])
def test_a_genre_other_than_the_base_is_refused(tmp_path: Path, genre: str) -> None:
    result = _draft(tmp_path, MANIFEST.replace("genre: notice", f"genre: {genre}"))
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:2: genre 写的是“bulletin”（通报），但 extends 的内置模板“notice”是通知" in result.output
    assert "extends 也改成“bulletin”" in result.output


@pytest.mark.parametrize(
    ("written", "said"),
    [("notcie", "是否想写“notice”？"), ("../本单位通知", "extends 只能写内置模板的名字，不能写另一个模板文件夹")],
)
def test_a_wrong_extends_says_what_it_can_name(tmp_path: Path, written: str, said: str) -> None:
    result = _draft(tmp_path, MANIFEST.replace("extends: notice", f"extends: {written}"))
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:3:" in result.output and said in result.output, result.output
    assert "内置模板有：" in result.output and "meeting_notice" in result.output


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (("    required: false\n", "    required: true\n"), "required: true"),
        (("fields:\n", "fields:\n  主送机关:\n    default: 各中小学\n"), "沿用的内置模板里是必填项"),
    ],
)
def test_a_required_field_with_a_default_is_refused(tmp_path: Path, edit: tuple[str, str], why: str) -> None:
    # The default was never used: each facts file without the field was refused as 缺少必填项, its hint the default.
    result = _draft(tmp_path, MANIFEST.replace(*edit))
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:" in result.output and f"是必填项（{why}），又写了默认值" in result.output, result.output
