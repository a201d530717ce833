"""A field of nested columns (联系人.姓名, 联系人.电话) written as none in a sheet row.

The warning for a meeting notice without a contact says 确实不需要联系人时，联系人一项写“无”; a sheet has no 联系人 column,
only 联系人.姓名 and 联系人.电话, and a clerk writing 无 under 联系人.姓名 had the row fail with
联系人的电话: 缺少必填项 (ux20 walk). Every filled cell of the field saying none is the field written as 无.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

HEADER = "文种,文件名,发文机关,会议名称,主送机关,会议时间,会议地点,参会人员,成文日期,联系人.姓名,联系人.电话"
ROW = "会议通知,{name},澜西县水利局,全县河道清障工作会议,各乡镇水利站,2025-11-05 上午9:00,县水利局会议室,各站站长,2025-10-30,{who},{phone}"


@pytest.mark.parametrize(("who", "phone"), [("无", ""), ("无", "无"), ("/", "")])
def test_a_contact_written_as_none_in_its_columns_is_no_contact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, who: str, phone: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "会议.csv").write_text(
        HEADER + "\n" + ROW.format(name="甲", who=who, phone=phone) + "\n", encoding="utf-8"
    )
    done = CliRunner().invoke(main, ["batch", "会议.csv", "-o", "out", "-f", "txt"])
    assert done.exit_code == 0, done.output
    text = (tmp_path / "out" / "甲.txt").read_text(encoding="utf-8")
    assert "联系人" not in text and "没有写联系人" not in done.output, (done.output, text)


def test_a_contact_with_a_name_and_no_telephone_still_asks_for_the_telephone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "会议.csv").write_text(
        HEADER + "\n" + ROW.format(name="乙", who="韦一帆", phone="") + "\n", encoding="utf-8"
    )
    done = CliRunner().invoke(main, ["batch", "会议.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "联系人的电话: 缺少必填项" in done.output, done.output
