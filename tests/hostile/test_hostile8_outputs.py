"""batch --report --force is never written over a file an item was drafted from (the plan a notice issues)."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

PLAN = """文种: 实施方案
单位: 青禾县教育局
事项: 读书活动
目的: 营造读书氛围
依据: 上级要求
主要任务:
  - 标题: 开展共读
    内容: 每周共读一次。
成文日期: 2025-02-26
"""

NOTICE = """文种: 通知
发文机关: 青禾县教育局
类别: 印发
主送机关: 各学校
印发文件:
  文件: 方案.txt
成文日期: 2025-03-01
"""


def test_the_report_is_not_written_over_a_facts_file_an_item_issues(tmp_path: Path) -> None:
    plan = tmp_path / "方案.txt"  # facts files may be .txt, as a report may
    plan.write_text(PLAN, encoding="utf-8")
    notice = tmp_path / "通知.yaml"
    notice.write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["batch", str(notice), "-o", str(tmp_path / "输出"), "--report", str(plan), "--force"]
    )
    assert result.exit_code == 1, result.output
    assert plan.read_text(encoding="utf-8") == PLAN
    assert "这是输入文件" in result.output and (tmp_path / "输出" / "通知.docx").exists()
