"""Sub-commands given a path that is not there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from drafter.cli import main


@pytest.mark.parametrize("command", [["parse"], ["mine", "-o", "结果"]])
def test_a_missing_path_is_said_to_be_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    (tmp_path / "材料").mkdir()
    (tmp_path / "材料" / "1.txt").write_text("关于整理档案的通知\n各中小学：\n请按时完成。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command[0], "材料", "往年公文", *command[1:]])
    # it was '跳过 往年公文: 不支持的文件类型“无扩展名”'
    assert result.exit_code == 1 and "往年公文: 文件或文件夹不存在" in result.output, result.output
    assert "不支持的文件类型" not in result.output
    assert not (tmp_path / "结果").exists()


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["draft", "通知.yaml", "-o"], "记录.txt/子/通知.docx"),
        (["new", "通知", "-o"], "记录.txt/通知.yaml"),
        (["batch", "通知.yaml", "-o"], "记录.txt/输出"),
        (["batch", "通知.yaml", "-o", "输出", "--report"], "记录.txt/报告.json"),
        (["mine", "材料", "-o"], "记录.txt/结果"),
    ],
)
def test_an_output_under_a_file_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], target: str
) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    (tmp_path / "材料").mkdir()
    (tmp_path / "材料" / "1.txt").write_text("关于整理档案的通知\n各中小学：\n请按时完成。\n", encoding="utf-8")
    (tmp_path / "记录.txt").write_text("备忘", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*command, target])
    # it was '无法访问（路径中有一部分不是文件夹）', '无法建立输出文件夹（……）' or '上级文件夹 …/记录.txt 不存在'
    assert result.exit_code == 1 and "“记录.txt”是一个文件，不是文件夹" in result.output, result.output
    assert (tmp_path / "记录.txt").read_text(encoding="utf-8") == "备忘"


@pytest.mark.parametrize(("given", "meant"), [("模板/manifest.yaml", "，如 模板"), ("通知.yaml", "")])
def test_a_file_given_as_the_template_is_said_to_be_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, meant: str
) -> None:
    shutil.copytree(SAMPLES.parent / "templates" / "notice", tmp_path / "模板")
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    monkeypatch.chdir(tmp_path)
    for args in (["templates", "show", given], ["draft", "通知.yaml", "--template", given, "-o", "通知.txt"]):
        result = CliRunner().invoke(main, args)
        # it was '模板文件夹不存在' (or '不认识的文种或模板') for a file that is right there
        assert result.exit_code == 1, result.output
        assert (
            f"{given}: 这是一个文件；模板是一个文件夹（里面有 manifest.yaml），请写文件夹的路径{meant}" in result.output
        )


def test_new_with_a_dash_prints_as_draft_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "通知", "-o", "-"])
    # it wrote a file named "-", which drafter draft - then refused as standard input
    assert result.exit_code == 0 and "文种: 通知" in result.stdout, result.output
    assert list(tmp_path.iterdir()) == []


def test_a_report_named_dash_is_refused_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "通知.yaml", "-o", "输出", "--report", "-"])
    # it drafted and wrote the report into a file named "-"
    assert result.exit_code == 2 and "“-”（标准输出）这里不支持：请写文件名，如 结果.json" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.yaml"]


def test_mine_makes_the_folders_above_its_output_as_batch_does(tmp_path: Path) -> None:
    """mine -o 新文件夹/模板 with 新文件夹 not there yet: made, as batch -o makes its folders (it was refused)."""
    from drafter.mining.mine import mine

    corpus = Path(__file__).resolve().parent.parent / "mining" / "unit_corpus"
    out = tmp_path / "新文件夹" / "模板"
    mine([corpus], out)
    assert (out / "report.html").is_file() and (out / "notice" / "manifest.yaml").is_file()
