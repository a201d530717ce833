"""Hostile inputs, round 13: a facts file's 模板 line naming the mined output folder itself or a template's
manifest.yaml, and the folders offered for a facts file kept in another folder.

A clerk keeping facts in 通知/ beside 挖掘结果/ wrote 模板: ../挖掘结果 (one level short) or
模板: ../挖掘结果/notice/manifest.yaml: the error named the template's path as drafter saw it (通知/../挖掘结果: 不是
模板文件夹), not the facts file, line or field (in a batch, not which file), and offered 通知/../挖掘结果/notice,
which written on that line names no folder. A typo (../挖掘结果/notce) listed the mined templates so too. Each is
now said at the 模板 line, the folders named as that line names them.

A clerk typing in full-width mode wrote 模板: 挖掘结果／notice, and one given a facts file from a Windows colleague
kept 模板: 挖掘结果\\notice: both were told 找不到模板文件夹 and offered whatever folders lay beside the facts file
(是否想写“稿件”？), the template being right there. The slash is read as the separator where no folder is named as
written.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """青禾县教育局文件
青教〔2025〕{n}号
关于{matter}的通知
各中小学：
　　为{matter}，现将有关事项通知如下：
　　一、提高思想认识
　　各校要高度重视{matter}。
　　二、落实工作责任
　　各校校长是第一责任人。
　　请各单位高度重视，认真抓好落实。
　　特此通知。
青禾县教育局
2025年{n}月10日
"""
MATTERS = ("做好防汛工作", "做好安全检查", "做好招生工作", "做好暑期值班", "做好开学准备")
FACTS = "模板: {folder}\n事由: 做好汛期值班工作\n正文:\n- 各校要做好值班。\n成文日期: 2025-06-20\n"


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("h13-template-line")
    archive = root / "存档"
    archive.mkdir()
    for n, matter in enumerate(MATTERS, 1):
        (archive / f"{n}.txt").write_text(NOTICE.format(n=n, matter=matter), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0 and (root / "挖掘结果" / "notice" / "manifest.yaml").is_file(), result.output
    (root / "通知").mkdir()
    return root


def _draft(mined: Path, folder: str) -> tuple[int, str]:
    facts = mined / "通知" / "防汛.yaml"
    facts.write_text(FACTS.format(folder=folder), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


def test_the_mined_folder_itself_is_said_at_the_template_line(mined: Path) -> None:
    code, output = _draft(mined, "../挖掘结果")
    assert code == 1, output
    assert "防汛.yaml:1:5: 模板: “../挖掘结果”不是模板文件夹" in output, output
    assert "（../挖掘结果/notice）" in output and "通知/../" not in output, output


def test_a_manifest_named_is_said_at_the_template_line(mined: Path) -> None:
    code, output = _draft(mined, "../挖掘结果/notice/manifest.yaml")
    assert code == 1, output
    assert "防汛.yaml:1:5: 模板: " in output and "“../挖掘结果/notice”" in output, output
    assert "通知/../" not in output, output


def test_a_typo_lists_the_templates_as_the_line_would_name_them(mined: Path) -> None:
    code, output = _draft(mined, "../挖掘结果/notce")
    assert code == 1, output
    assert "防汛.yaml:1:5: 模板: " in output and "（../挖掘结果/notice）" in output, output
    assert "通知/../" not in output, output


def test_the_folder_offered_drafts(mined: Path) -> None:
    code, output = _draft(mined, "../挖掘结果/notice")
    assert code == 0 and "关于做好汛期值班工作的通知" in output, output


def test_a_batch_says_which_facts_file_names_the_mined_folder(mined: Path) -> None:
    _draft(mined, "../挖掘结果")
    result = CliRunner().invoke(main, ["batch", str(mined / "通知"), "-o", str(mined / "稿"), "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "防汛.yaml:1:5: 模板: “../挖掘结果”不是模板文件夹" in result.output, result.output


def test_the_option_naming_the_mined_folder_is_said_as_typed(mined: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(mined)
    (mined / "通知" / "防汛.yaml").write_text(FACTS.format(folder="../挖掘结果/notice"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知/防汛.yaml", "--template", "挖掘结果", "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "挖掘结果: 不是模板文件夹" in result.output and "（挖掘结果/notice）" in result.output, result.output


@pytest.mark.parametrize("slash", ["／", "＼", "\\"])
def test_a_slash_typed_otherwise_names_the_template(mined: Path, slash: str) -> None:
    if slash == "\\" and os.sep != "/":
        pytest.skip("a backslash is the separator here")
    facts = mined / "防汛.yaml"
    facts.write_text(FACTS.format(folder=f"挖掘结果{slash}notice"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "关于做好汛期值班工作的通知" in result.output


def test_a_typo_after_a_full_width_slash_offers_the_mined_templates(mined: Path) -> None:
    facts = mined / "防汛.yaml"
    facts.write_text(FACTS.format(folder="挖掘结果／notce"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "防汛.yaml:1:5: 模板: " in result.output and "“挖掘结果/notice”" in result.output, result.output


def test_a_full_width_slash_on_the_command_line_names_the_template(
    mined: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mined)
    shown = CliRunner().invoke(main, ["templates", "show", "挖掘结果／notice"])
    assert shown.exit_code == 0 and "通知（挖掘）" in shown.output, shown.output
    started = CliRunner().invoke(main, ["new", "--template", "挖掘结果／notice", "-o", "-"])
    assert started.exit_code == 0 and "模板: 挖掘结果/notice" in started.output, started.output
    typo = CliRunner().invoke(main, ["templates", "show", "挖掘结果／notce"])
    assert typo.exit_code == 1 and "挖掘结果/notice" in typo.output, typo.output


def test_a_built_in_with_a_slash_after_it_is_still_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["templates", "show", "通知／"])
    assert result.exit_code == 1 and "是否想写“通知”" in result.output, result.output
