"""Facts files and batch inputs that YAML or the file system read otherwise than the user meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import FactsError
from drafter.facts import load_facts, load_facts_text

NOTICE = "文种: 通知\n发文机关: 青禾县文旅局\n事由: 整理档案\n主送机关: 各中小学\n正文: [请按时完成。]\n"


def test_a_merge_key_is_said_to_be_unusable_not_an_unknown_field() -> None:
    text = "共用: &base\n  附注: 内部\n" + NOTICE + "<<: *base\n"
    with pytest.raises(FactsError) as caught:
        load_facts_text(text, "通知.yaml")
    said = [str(p) for p in caught.value.problems]
    # it was '<<: 不认识这个键（可用的键：……）'
    assert "通知.yaml:8:1: “<<”（YAML 的合并键）不能用（请把要用的键直接写出来；" in said[0], said


def test_a_list_of_documents_at_the_top_is_pointed_at_a_batch_list() -> None:
    with pytest.raises(FactsError) as caught:
        load_facts_text("- 文种: 通知\n  事由: 甲\n- 文种: 通知\n  事由: 乙\n", "通知.yaml")
    assert "写“批量:”" in str(caught.value) and "drafter batch" in str(caught.value)


def test_a_gbk_file_with_a_utf8_mark_is_read_as_gbk(tmp_path: Path) -> None:
    path = tmp_path / "通知.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + NOTICE.encode("gbk"))
    # it was '文件声明为 utf-8 编码，但这里的内容无法按此解码', then (hostile5) refused as GBK under a UTF-8 mark
    # with advice that lost the words; it is read as the GBK it is since hostile16 (test_hostile16_gbk_marked.py).
    assert load_facts(path, "通知.yaml").get("事由") is not None


def test_a_batch_of_a_folder_without_facts_files_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "名单").mkdir()
    (tmp_path / "名单" / "名单.csv").write_text("文种,事由\n通知,整理档案\n", encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(NOTICE + "成文日期: 2025-04-08\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单", "通知.yaml", "-o", "输出", "-f", "txt"])
    # '共 0 项' and exit 0 hid a wrong folder
    assert result.exit_code == 4, result.output
    assert "名单: 文件夹里没有事实文件（.yaml、.yml）" in result.output
    assert (tmp_path / "输出" / "通知.txt").exists()  # the other input is drafted all the same


@pytest.mark.parametrize("name", ["名单.xlsx", "名单.csv"])
def test_drafting_a_sheet_points_at_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["draft", name])
    # it was only '事实文件应当是 .yaml 或 .yml 文件'
    assert (
        result.exit_code == 1 and f"请用 drafter batch 起草（如 drafter batch {name} -o 输出文件夹）" in result.output
    )
    assert list(tmp_path.iterdir()) == [tmp_path / name]


def test_an_attachment_that_cannot_be_read_is_said_at_its_line_beside_the_others(tmp_path: Path) -> None:
    (tmp_path / "名单.csv").write_text("序号,单位\n1,城关镇\n", encoding="utf-8")
    (tmp_path / "说明").mkdir()
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE + "成文日期: 2025-04-08\n附件:\n  - 文件: 名单.csv\n  - 文件: 说明\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.txt")])
    # it stopped at '名单.csv: 事实文件应当是 .yaml 或 .yml 文件', naming neither the line nor the folder after it
    assert result.exit_code == 1
    assert f"{facts}:8:9: 文件: “名单.csv”读不出来" in result.output and "表格请写成“表格:”" in result.output
    assert f"{facts}:9:9: 文件: “说明”是一个文件夹" in result.output, result.output
    assert not (tmp_path / "通知.txt").exists()
