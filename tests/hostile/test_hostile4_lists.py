"""Thousands of problems in one file are listed briefly, with their total; a file too big is named as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import SHOWN_PROBLEMS

_HEAD = "文种: 通知\n发文机关: 青禾县教育局\n事由: 调整作息时间\n主送机关: 各中小学\n成文日期: 2025-03-10\n正文:\n  - 自下周起执行夏季作息。\n"


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_three_thousand_unknown_keys_are_listed_briefly_with_their_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "通知.yaml").write_text(_HEAD + "".join(f"多余{i}: 值\n" for i in range(3000)), encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "通知.yaml")
    assert code == 1
    lines = output.strip().splitlines()
    assert len(lines) <= SHOWN_PROBLEMS + 2, output  # was 3001 lines
    assert "通知.yaml:8:1: 多余0: 不认识这个键" in output
    assert "另有 2,990 处问题没有列出" in output and lines[-1] == "共 3,000 处问题，未生成文件。", output
    assert not (tmp_path / "通知.docx").exists()


def test_a_few_problems_are_all_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = SHOWN_PROBLEMS + 2
    (tmp_path / "通知.yaml").write_text(_HEAD + "".join(f"多余{i}: 值\n" for i in range(extra)), encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "通知.yaml")
    assert code == 1 and f"多余{extra - 1}: 不认识这个键" in output and "没有列出" not in output, output


def test_a_sheet_of_failing_rows_lists_the_first_and_counts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = ["文种,发文机关,事由,主送机关,正文,成文日期"]
    rows += [f"通知,青禾县教育局,事由{i},各中小学,正文{i},2025-13-{i % 28 + 1}" for i in range(500)]
    (tmp_path / "名单.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    bulk = _HEAD + "".join(f"多余{i}: 值\n" for i in range(300))
    (tmp_path / "多余.yaml").write_text(bulk, encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "batch", "名单.csv", "多余.yaml", "-o", "输出", "--report", "报告.json")
    assert code == 4
    failed = [line for line in output.splitlines() if line.startswith("失败：名单.csv 第")]
    assert len(failed) == 10, output  # was 500 blocks
    assert "失败：名单.csv 另有 490 项失败，没有逐项列出（见报告 报告.json）" in output, output
    assert "另有 290 处问题没有列出（共 300 处问题）" in output, output
    report = json.loads((tmp_path / "报告.json").read_text(encoding="utf-8"))
    assert len(report["items"]) == 501  # the report keeps every item and every problem
    assert max(len(item["errors"]) for item in report["items"]) == 300


def test_without_a_report_the_hidden_rows_say_how_to_see_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["文种,发文机关,事由,主送机关,正文,成文日期"]
    rows += [f"通知,青禾县教育局,事由{i},各中小学,正文{i},2025-13-01" for i in range(30)]
    (tmp_path / "名单.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "batch", "名单.csv", "-o", "输出")
    assert code == 4 and "另有 20 项失败" in output and "--report" in output, output


def test_a_hundred_thousand_keys_blame_the_file_not_a_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each key is small: the largest of them (发文机关) was named as the field holding too much.
    keys = "".join(f"k{i}: v\n" for i in range(100_001))  # two items each: key and value
    (tmp_path / "通知.yaml").write_text(_HEAD + keys, encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "通知.yaml")
    assert code == 1
    assert "通知.yaml:1:1: 内容太多：有 100,007 个键" in output, output
    assert "发文机关: 内容太多" not in output and "正文: 内容太多" not in output, output


def test_one_field_holding_the_bulk_is_still_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = "".join(f"  - 第{i}段。\n" for i in range(200_001))
    (tmp_path / "通知.yaml").write_text(_HEAD + items, encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "通知.yaml")
    assert code == 1 and "通知.yaml:6:1: 正文: 内容太多" in output, output


def test_reminders_of_many_rows_are_listed_briefly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["文种,发文机关,事由,主送机关,缘由,请示事项,成文日期,联系人"]
    rows += [f"请示,青禾县教育局,购置设备{i},县教育局、县财政局,设备老化,恳请批准购置,2025-03-01,无" for i in range(40)]
    (tmp_path / "请示.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "batch", "请示.csv", "-o", "输出", "-j", "1")
    reminders = [line for line in output.splitlines() if line.startswith("提醒：请示.csv 第")]
    assert code == 0 and len(reminders) == SHOWN_PROBLEMS, output  # was one for each of the 40 rows
    assert "提醒：请示.csv 另有 30 条提醒，没有逐项列出" in output, output
