"""A | inside a cell of an attachment's table is printed as written, as in a table among the items.

Round 18 kept a cell's own | (a|b) in a table among a section's items, as README says, but an attachment's table
(附件's 表格) went through the older macro, which still wrote it full width: 规格|型号 came out 规格｜型号 in the
attachment while the same cell in the body kept its bar. The facts are made up for the test.
"""

from pathlib import Path

from drafter.drafting import build_draft
from drafter.model import Table

NOTICE = """文种: 通知
发文机关: 青禾县农业农村局
事由: 报送农机购置补贴申请
主送机关: 各乡镇农技站
正文:
  - 标题: 报送材料
    内容:
      - 按附件格式报送。
    表格:
      - 机具: 旋耕机
        规格: "1GQN|200"
附件:
  - 标题: 补贴申请表
    表格:
      - 机具: 旋耕机
        "规格|型号": "1GQN|200"
        备注: ""
成文日期: 2025-03-06
"""


def test_a_bar_in_an_attachments_table_cell_stays_in_the_cell_as_written(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE, encoding="utf-8")
    tables = [block for block in build_draft(facts)[1].blocks if isinstance(block, Table)]
    assert len(tables) == 2
    assert tables[0].rows == (("旋耕机", "1GQN|200"),)
    assert tables[1].header == ("机具", "规格|型号", "备注")
    assert tables[1].rows == (("旋耕机", "1GQN|200", ""),)
