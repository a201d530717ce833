"""Hostile inputs, session 18 (second round): an attachment's table too long, or written wrong.

- 1001 to 2000 rows passed the facts' check (最多 2000 行) and were refused by the template's own limit, blamed on it
  and naming no line of the facts: 错误：letter/attachments.j2 输出第 1004 行: 表格太大. The facts' limit is the
  template's (1000 rows), said at the table's line.
- A table written wrong (empty, 60 columns, a row that is no “栏目: 内容”) was said twice: as what is wrong, and as
  附件没有内容, which sends the clerk to add what is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter import markup, tabular
from drafter.cli import main

FACTS = (
    LETTER
    + """附件:
  - 标题: 文化站名单
    表格:
"""
)


def _draft(tmp_path: Path, rows: str) -> tuple[int, str]:
    path = tmp_path / "函.yaml"
    path.write_text(FACTS + rows, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", str(tmp_path / "函.docx")])
    return result.exit_code, result.output


def test_the_facts_allow_as_many_rows_as_a_template_lays_out() -> None:
    assert tabular.MAX_ROWS == markup.MAX_TABLE_ROWS


def test_a_table_too_long_is_said_at_its_line(tmp_path: Path) -> None:
    rows = "".join(f'      - {{序号: "{n}", 文化站: 第{n}站}}\n' for n in range(1, tabular.MAX_ROWS + 2))
    code, said = _draft(tmp_path, rows)
    assert code == 1, said
    assert f"函.yaml:12:7: 附件第1项的表格: 表格有 {tabular.MAX_ROWS + 1} 行" in said, said
    assert ".j2" not in said


def test_a_table_as_long_as_allowed_is_drafted(tmp_path: Path) -> None:
    rows = "".join(f'      - {{序号: "{n}", 文化站: 第{n}站}}\n' for n in range(1, tabular.MAX_ROWS + 1))
    code, said = _draft(tmp_path, rows)
    assert code == 0, said


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ("      - 城关镇文化站\n", "表格的每一行应当是一组“栏目: 内容”"),
        ("      - {" + ", ".join(f"栏{n}: 甲" for n in range(20)) + "}\n", "表格有 20 栏"),
    ],
)
def test_a_table_written_wrong_is_said_once(tmp_path: Path, rows: str, said: str) -> None:
    code, output = _draft(tmp_path, rows)
    assert code == 1 and said in output and "共 1 处问题" in output, output
    assert "附件没有内容" not in output
