"""Hostile inputs, session 18 (second round): the .csv report of a batch stopped by Ctrl-C.

A batch of 10 000 rows interrupted after 602 wrote a report of 602 rows, each 生成, and nothing else: opened in
Excel it read as a batch done in full (the JSON report says interrupted and not_done; the table said nothing). The
table now ends with a row for the items never reached.
"""

from __future__ import annotations

import csv
import io

from drafter.batch import BatchReport, ItemResult


def _rows(report: BatchReport) -> list[list[str]]:
    return list(csv.reader(io.StringIO(report.to_csv().decode("utf-8-sig"))))


def test_an_interrupted_batch_says_what_it_did_not_draft() -> None:
    done = [ItemResult(f"名单.csv 第{n}行", "drafted", f"输出/{n}.docx") for n in (2, 3)]
    rows = _rows(BatchReport(results=done, total=10, interrupted=True))
    assert len(rows) == 4
    last = rows[-1]
    assert last[1] == "其余 8 项" and last[2] == "未完成", last
    assert "已中断" in last[4] and "再次运行同一命令" in last[4]


def test_a_batch_stopped_by_itself_says_why() -> None:
    done = [ItemResult("名单.csv 第2行", "drafted", "输出/2.docx")]
    rows = _rows(BatchReport(results=done, total=3, stopped="输出文件夹 输出 在起草途中不见了"))
    assert rows[-1][2] == "未完成" and "不见了" in rows[-1][4]


def test_a_finished_batch_has_no_such_row() -> None:
    done = [ItemResult("名单.csv 第2行", "drafted", "输出/2.docx")]
    rows = _rows(BatchReport(results=done, total=1))
    assert len(rows) == 2 and rows[-1][2] == "生成"
