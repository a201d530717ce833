"""Three leftovers of hostile15: an option given twice, and a colleague's manifest written in the facts' words.

``draft -o 甲.docx -o 乙.docx`` (a command line edited by adding rather than changing) wrote 乙.docx alone and said
nothing; ``name: [通知, 函]`` in a manifest listed and chose the template as "['通知', '函']"; ``required: 否`` was
refused as not true or false while ``default: 否`` beside it was read as 是/否 is everywhere else in a manifest.

The template is a copy of the built-in notice; the facts are made up for the test.
"""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root, find_template
from drafter.cli import main
from drafter.errors import TemplateError

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    "options",
    [
        ["-o", "甲.docx", "-o", "乙.docx"],
        ["-o甲.docx", "--output=乙.docx"],
        ["-f", "txt", "-f", "md"],
        ["-t", "通知", "--template", "函"],
    ],
)
def test_an_option_given_twice_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", *options])
    assert result.exit_code == 2, result.output
    assert "写了不止一次" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.yaml"]


def test_a_flag_given_twice_is_still_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知.yaml", "-f", "txt", "--force", "--force"])
    assert result.exit_code == 0, result.output
    assert Path("通知.txt").is_file()


def _template(tmp_path: Path, edit: str, new: str) -> Path:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert edit in text
    manifest.write_text(text.replace(edit, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("key", "written"),
    [
        ("name", "[本单位通知, 单位通知]"),
        ("title", "\n- 通知\n- 工作通知"),
        ("genre", "{文种: notice}"),
        ("description", "\n- 布置工作\n- 告知事项"),
    ],
)
def test_a_list_where_a_manifest_name_is_expected_is_refused(tmp_path: Path, key: str, written: str) -> None:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines = [f"{key}: {written}" if line.startswith(f"{key}:") else line for line in lines]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        find_template(str(folder))
    message = str(caught.value)
    assert "manifest.yaml:" in message and f"{key} 应当是一段文字" in message, message


def test_a_list_of_aliases_in_a_list_is_refused(tmp_path: Path) -> None:
    folder = _template(tmp_path, "aliases: [一般通知,", "aliases: [[一般通知, 工作通知],")
    with pytest.raises(TemplateError, match="aliases 应当是名字的列表"):
        find_template(str(folder))


@pytest.mark.parametrize(("written", "required"), [("否", False), ("是", True), ("不需要", False)])
def test_required_is_read_in_the_words_default_is(tmp_path: Path, written: str, required: bool) -> None:
    # 事由 is declared "required: false" in the built-in notice: the same place a colleague writes 否 or 是.
    folder = _template(tmp_path, "    required: false", f"    required: {written}")
    spec = find_template(str(folder))
    field = next(field for field in spec.fields if field.name == "事由")
    assert field.required is required


def test_required_in_other_words_is_still_refused(tmp_path: Path) -> None:
    folder = _template(tmp_path, "    required: false", "    required: 也许")
    with pytest.raises(TemplateError, match="required 应当是 true 或 false（也可以写“是”或“否”）"):
        find_template(str(folder))
