"""--template given the folder drafter mine wrote, one level short of the template inside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = (
    "某县水利局文件\n某水〔2025〕{n}号\n关于做好{what}工作的通知\n各乡镇水利站：\n为做好{what}工作，结合我县实际，现将有关事项通知如下：\n"
    "一、工作安排\n各站按要求抓好{what}。\n二、工作要求\n请各单位高度重视，认真抓好落实。\n特此通知。\n某县水利局\n2025年3月{n}日\n"
)


def test_the_output_of_mine_names_the_templates_inside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (tmp_path / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["mine", "档案", "-o", "挖掘结果"])
    assert result.exit_code == 0 and (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").is_file(), result.output
    for args in (["new", "--template", "挖掘结果"], ["templates", "show", "挖掘结果"]):
        result = CliRunner().invoke(main, args)
        # it was only '挖掘结果: 不是模板文件夹（缺少 manifest.yaml）'
        assert result.exit_code == 1 and "请写其中的一个模板：通知（挖掘结果/notice）" in result.output, result.output
    (tmp_path / "别的").mkdir()
    result = CliRunner().invoke(main, ["new", "--template", "别的"])
    assert result.exit_code == 1 and "别的: 不是模板文件夹（缺少 manifest.yaml）\n" in result.output, result.output


def test_a_serial_of_naught_is_refused_on_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """文号序号: 0 was taken; the 红头 went without its number under '没有写发文字号的序号' (a serial was written)."""
    (tmp_path / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (tmp_path / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["mine", "档案", "-o", "挖掘结果"]).exit_code == 0
    facts = tmp_path / "通知.yaml"
    for serial, code in (("0", 1), ("12", 0)):
        facts.write_text(
            f"模板: 挖掘结果/notice\n事由: 做好汛期值班工作\n正文:\n- 汛期实行值班。\n成文日期: 2025-06-20\n文号序号: {serial}\n",
            encoding="utf-8",
        )
        result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", "-", "-f", "txt"])
        assert result.exit_code == code, result.output
        if code:
            assert "通知.yaml:6:7: 文号序号: 应当是 1 到" in result.output, result.output
    assert "某水〔2025〕12号" in result.output


@pytest.mark.parametrize("opening", ["无", "否。"])
def test_an_opening_that_says_no_is_no_paragraph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opening: str) -> None:
    """导语: 无, as 结尾: 无 switches the closing off, drafted '无，结合我县实际，现将有关事项通知如下：'."""
    (tmp_path / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (tmp_path / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["mine", "档案", "-o", "挖掘结果"]).exit_code == 0
    drafted = {}
    for given in (opening, ""):
        (tmp_path / "通知.yaml").write_text(
            f"模板: 挖掘结果/notice\n事由: 做好汛期值班工作\n导语: {given}\n正文:\n- 汛期实行值班。\n"
            "成文日期: 2025-06-20\n文号序号: 12\n",
            encoding="utf-8",
        )
        result = CliRunner().invoke(main, ["draft", "通知.yaml", "-o", "-", "-f", "txt"])
        assert result.exit_code == 0, result.output
        drafted[given] = result.output
    assert drafted[opening] == drafted[""]  # what a deleted item writes: the transition alone
    assert f"{opening.rstrip('。')}，" not in drafted[opening]


def test_a_built_in_named_as_the_template_is_pointed_at_its_genre(tmp_path: Path) -> None:
    """模板: 通知 (as --template 通知 is written on the command line) was only a folder not found."""
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "模板: 会议通知\n发文机关: 某县水利局\n会议名称: 全县水利工作会议\n成文日期: 2025-06-20\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "通知.yaml:1:5: 模板: 找不到模板文件夹“会议通知”" in result.output
    assert "“会议通知”是内置文种，请写“文种: 会议通知”" in result.output, result.output


@pytest.mark.parametrize("value", ["", "[挖掘结果/notice, 挖掘结果/summary]"])
def test_a_blank_or_listed_template_line_is_named(tmp_path: Path, value: str) -> None:
    """模板: left blank (or two folders as a list) and no 文种: it said 不知道要写哪种公文 at the top of the file."""
    facts = tmp_path / "通知.yaml"
    facts.write_text(f"标题: 关于做好冬季安全工作的通知\n模板: {value}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and not (tmp_path / "x.docx").exists()
    assert f"{facts}:2:" in result.output and "模板" in result.output and "模板文件夹的路径" in result.output
