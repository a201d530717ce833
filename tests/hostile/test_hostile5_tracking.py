"""The leaves of a facts tree are not followed by Python's cycle collector (a big sheet paid twice for it)."""

from __future__ import annotations

import gc
from pathlib import Path

from drafter.errors import Location
from drafter.facts import Entry, Scalar
from drafter.sheets import read_sheet


def test_scalars_and_entries_are_not_tracked() -> None:
    # A tree is built from its leaves up and frozen: it cannot hold a cycle, so nothing is lost.
    where = Location("名单.csv", 2, 1)
    scalar = Scalar("青禾县文旅局", where)
    assert not gc.is_tracked(scalar) and not gc.is_tracked(Entry("发文机关", where, scalar))


def test_a_sheet_with_nested_columns_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_text(
        "文种,联系人.1.姓名,联系人.1.电话,联系人.2.姓名,事由\n通知, 王明 ,0571-1,李芳,整理档案\n", encoding="utf-8"
    )
    (row,) = read_sheet(path, "名单.csv")
    contacts = row.tree.get("联系人")
    assert contacts is not None and str(contacts.key_location) == "名单.csv 第2行 B列"
    assert [e.key for e in row.tree.entries] == ["文种", "联系人", "事由"]
    first = contacts.value.items[0]  # type: ignore[union-attr]
    assert first.get("姓名").value.text == "王明"
