"""ux27: 公告 is a 文种 of gongwen's (not matched by hand in each stage), and drafter new 公告 starts a 公告."""

from __future__ import annotations

from click.testing import CliRunner

from drafter import gongwen
from drafter.cli import main


def test_gongwen_names_the_public_notice_as_a_genre() -> None:
    genre = gongwen.find_genre("公告")
    assert genre is not None and genre.name == "公告"
    assert gongwen.doc_type("岚溪区自然资源局国有建设用地使用权挂牌出让公告（第3号）") == genre.slug
    assert gongwen.doc_type("岚溪区城市管理局关于松台路施工期间交通管制的通告") == "announcement"
    assert gongwen.genre_by_slug(genre.slug).name == "公告"


def test_the_public_notice_title_breaks_at_its_own_ending() -> None:
    assert "的公告" in gongwen.title_tails()


def test_drafter_new_public_notice_heads_the_file_as_one(tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["new", "公告", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# 公告的事实文件")
    assert "\n文种: 公告\n" in result.stdout and "\n文种名: 公告\n" in result.stdout
    facts = tmp_path / "公告.yaml"
    facts.write_text(result.stdout, encoding="utf-8")
    drafted = runner.invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "的公告\n" in drafted.stdout and "现将有关事项公告如下" in drafted.stdout


def test_a_kind_of_another_genre_still_names_its_genre() -> None:
    result = CliRunner().invoke(main, ["new", "复函", "-o", "-"])
    assert result.stdout.startswith("# 函的事实文件") and "\n类别: 复函\n" in result.stdout
