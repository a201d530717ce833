"""A key written twice is said beside the facts' other problems, and fails only its own item of a batch."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
发文机关: 青禾县教育局
事由: 做好防汛工作
主送机关: 各学校
正文:
  - 请各校做好防汛工作。
成文日期: 2025年2月30日
主送机关: 各乡镇
印章: 也许
"""

LIST = """默认:
  文种: 通知
  发文机关: 青禾县教育局
  事由: 做好防汛工作
  正文:
    - 请各校做好防汛工作。
  成文日期: 2025-02-20
批量:
  - 主送机关: 城关镇中心学校
    文件名: 城关镇
  - 主送机关: 白沙乡中心学校
    主送机关: 白沙乡
    文件名: 白沙乡
  - 主送机关: 三河中学
    文件名: 三河
"""


def test_a_duplicate_key_is_said_with_the_other_problems(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 1, result.output
    assert ":8:1: 主送机关: 重复的键（第 4 行已经写过）" in result.output
    assert ":7:7: 成文日期: 无法识别的日期" in result.output and ":9:5: 印章:" in result.output
    assert "共 3 处问题" in result.output
    assert not (tmp_path / "通知.docx").exists()


def test_a_duplicate_key_in_one_item_fails_that_item_only(tmp_path: Path) -> None:
    listed = tmp_path / "名单.yaml"
    listed.write_text(LIST, encoding="utf-8")
    out = tmp_path / "输出"
    result = CliRunner().invoke(main, ["batch", str(listed), "-o", str(out)])
    assert result.exit_code == 4, result.output
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".docx") == ["三河.docx", "城关镇.docx"]
    assert "第2项" in result.output and ":12:5: 主送机关: 重复的键（第 11 行已经写过）" in result.output


def test_a_list_written_twice_fails_the_file(tmp_path: Path) -> None:
    listed = tmp_path / "名单.yaml"
    listed.write_text(LIST + "批量:\n  - 主送机关: 四河中学\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(listed), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert ":16:1: 批量: 重复的键（第 8 行已经写过）" in result.output


def test_a_duplicate_key_in_a_template_manifest_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: 甲\ngenre: notice\nname: 乙\n", encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text("事由: 甲\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "--template", str(folder)])
    assert result.exit_code == 1, result.output
    assert "manifest.yaml:3:1: name: 重复的键（第 1 行已经写过）" in result.output


def test_a_duplicate_key_in_the_shared_defaults_is_said_once(tmp_path: Path) -> None:
    listed = tmp_path / "名单.yaml"
    listed.write_text(
        LIST.replace("  成文日期: 2025-02-20\n", "  成文日期: 2025-02-20\n  事由: 做好防汛\n"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["batch", str(listed), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert result.output.count("事由: 重复的键（第 4 行已经写过）") == 1


def test_a_duplicate_key_in_a_defaults_file_is_said_once(tmp_path: Path) -> None:
    defaults = tmp_path / "默认.yaml"
    defaults.write_text("文种: 通知\n发文机关: 青禾县教育局\n发文机关: 青禾县人民政府\n", encoding="utf-8")
    listed = tmp_path / "名单.yaml"
    listed.write_text(LIST, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(listed), "-o", str(tmp_path / "输出"), "--defaults", str(defaults)])
    assert result.exit_code == 1, result.output
    assert result.output.count("发文机关: 重复的键（第 2 行已经写过）") == 1
