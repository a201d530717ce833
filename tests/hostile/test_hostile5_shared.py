"""A problem every row of a sheet (or every item of a list) has is said once for the file, not once per row."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.batch import run_batch
from drafter.cli import main

HEADER = "文种,发文机关,事由,主送机关,正文,成文日期"


def _sheet(tmp_path: Path, header: str, rows: list[str]) -> Path:
    path = tmp_path / "名单.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _row(subject: str, extra: str = "", to: str = "各中小学") -> str:
    return f"通知,青禾县文旅局,{subject},{to},请按时完成。,2025-04-08{extra}"


def test_a_column_no_row_can_use_is_said_once_at_its_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [_row(f"整理档案{i}", ",内部") for i in range(5)] + [_row("清点器材", ",内部", to="")]
    _sheet(tmp_path, HEADER + ",备忘", rows)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "-j", "1", "--report", "报告.json"])
    assert result.exit_code == 4, result.output
    assert result.stderr.count("备忘") == 1, result.stderr
    assert "失败：6 项都因为同一个问题没有生成：" in result.stderr
    assert "名单.csv 第1行 G列: 备忘: 不认识这个键" in result.stderr
    # the last row's own problem is still shown, under its own name
    assert "名单.csv 第7行 D列: 主送机关: 缺少必填项" in result.stderr  # at its (empty) cell
    report = (tmp_path / "报告.json").read_text(encoding="utf-8")
    assert report.count("第1行 G列") == 1 and report.count("G列: 备忘") == 7  # each item keeps it in the report


def test_a_column_one_genre_knows_stays_with_the_rows_that_cannot_use_it(tmp_path: Path) -> None:
    header = HEADER + ",会议名称,会议时间,会议地点,参会人员"
    meeting = "会议通知,青禾县文旅局,,各中小学,,2025-04-08,春季安全工作会议,2025-04-20 09:00,三楼会议室,分管负责人"
    notices = [_row(f"整理档案{i}", ",春季会议,,,") for i in range(2)]
    path = _sheet(tmp_path, header, [meeting, *notices])
    report = run_batch([str(path)], tmp_path / "输出", jobs=1)
    assert report.count("drafted") == 1 and report.count("failed") == 2
    assert not report.shared
    failed = [r for r in report.results if r.status == "failed"]
    assert all(any("G列: 会议名称: 不认识这个键" in e for e in r.errors) for r in failed)


def test_a_key_of_the_defaults_no_item_can_use_is_said_once_where_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "名单.yaml"
    items = "".join(f"  - 事由: 整理档案{i}\n    主送机关: 各中小学\n" for i in range(3))
    path.write_text(
        f"默认:\n  文种: 通知\n  发文机关: 青禾县文旅局\n  正文: [请按时完成。]\n  成文日期: 2025-04-08\n  经办: 王明\n"
        f"批量:\n{items}  - 事由: 清点器材\n    主送机关: 各中小学\n    附记: 无\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 4
    assert result.stderr.count("经办") == 1 and f"{path}:6:3: 经办: 不认识这个键" in result.stderr, result.stderr
    assert "失败：4 项都因为同一个问题没有生成：" in result.stderr
    assert result.stderr.count("附记") == 1  # the fourth item's own key


def test_a_field_every_row_lacks_is_said_at_the_header_with_what_a_sheet_can_do(tmp_path: Path) -> None:
    header = "文种,发文机关,事由,主送机关,正文"
    path = _sheet(tmp_path, header, [f"通知,青禾县文旅局,整理档案{i},各中小学,请按时完成。" for i in range(3)])
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 4
    assert f"{path} 第1行: 每一行都缺少必填项“成文日期”（加一列“成文日期”" in result.stderr, result.stderr
    assert "默认" not in result.stderr  # a sheet has no 默认: part


def test_a_key_of_the_defaults_file_is_said_once_for_every_facts_file(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"通知{number}.yaml").write_text(
            f"文种: 通知\n事由: 整理档案{number}\n主送机关: 各中小学\n正文: [请按时完成。]\n", encoding="utf-8"
        )
    defaults = tmp_path / "默认.yaml"
    defaults.write_text("发文机关: 青禾县文旅局\n成文日期: 2025-04-08\n经办: 王明\n", encoding="utf-8")
    files = [str(tmp_path / f"通知{number}.yaml") for number in range(3)]
    args = ["batch", *files, "-o", str(tmp_path / "输出"), "--defaults", str(defaults), "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 4
    # it was said for each of the three files
    assert result.stderr.count("经办") == 1 and f"{defaults}:3:1: 经办: 不认识这个键" in result.stderr, result.stderr


def test_two_rows_with_the_same_file_name_are_both_written_and_the_second_is_told(tmp_path: Path) -> None:
    rows = [_row("整理档案") + ",城关镇", _row("清点器材") + ",城关镇"]
    path = _sheet(tmp_path, HEADER + ",文件名", rows)
    report = run_batch([str(path)], tmp_path / "输出", jobs=1, fmt="txt")
    assert sorted(p.name for p in (tmp_path / "输出").glob("*.txt")) == ["城关镇-2.txt", "城关镇.txt"]
    first, second = report.results
    # the second was written as 城关镇-2.txt without a word
    assert not first.warnings
    said = "名单.csv 第3行 G列: 文件名: 前面已有一项用了这个文件名（城关镇.txt），这一份写成了 城关镇-2.txt"
    assert second.warnings[0].startswith(f"{path.parent}/{said}"), second.warnings


def test_a_genre_no_row_names_is_said_once_with_what_a_sheet_can_do(tmp_path: Path) -> None:
    header = "发文机关,事由,主送机关,正文,成文日期"
    path = _sheet(tmp_path, header, [f"青禾县文旅局,整理档案{i},各中小学,请按时完成。,2025-04-08" for i in range(3)])
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 4
    # each row said 不知道要写哪种公文（请在文件开头写“文种: ……”）, which a sheet has no place for
    assert result.stderr.count("文种") == 2, result.stderr
    assert f"{path} 第1行: 每一行都缺少必填项“文种”（加一列“文种”" in result.stderr
    assert "用 --template 指定模板" in result.stderr


def test_the_problems_batch_gathers_are_told_by_their_kind() -> None:
    from drafter.drafting import template_for
    from drafter.errors import MISSING_FIELD, NO_GENRE, UNKNOWN_KEY, FactsError, Location
    from drafter.facts import Mapping
    from drafter.fields import FieldSpec, validate

    with pytest.raises(FactsError) as caught:
        template_for(Mapping((), Location("名单.yaml", 1, 1)), None, None)
    assert caught.value.problems[0].kind == NO_GENRE
    with pytest.raises(FactsError) as caught:
        validate(Mapping((), Location("名单.yaml", 1, 1)), (FieldSpec("事由", "text", required=True),))
    assert caught.value.problems[0].kind == MISSING_FIELD
    assert UNKNOWN_KEY not in (MISSING_FIELD, NO_GENRE)
