"""ux24 walk: the 说明 sheet of drafter new --xlsx explains every column.

The columns for a part of a field (联系人.姓名, 联系人.电话; a 方案's 章节标题.主要任务) had an empty 说明: the
parts declare no description of their own, and a clerk filling a 会议通知 sheet met two columns left
unexplained. A part's 说明 now names it and says what its field is for.
"""

from __future__ import annotations

import pytest

from drafter.catalog import builtin_templates
from drafter.sheets import columns_for


@pytest.mark.parametrize("spec", builtin_templates(), ids=lambda spec: spec.name)
def test_every_column_of_a_builtin_sheet_is_explained(spec: object) -> None:
    unexplained = [column.name for column in columns_for(spec) if not column.description]  # type: ignore[arg-type]
    assert not unexplained


def test_a_contact_column_says_which_part_it_is() -> None:
    (spec,) = [spec for spec in builtin_templates() if spec.name == "meeting_notice"]
    described = {column.name: column.description for column in columns_for(spec)}
    assert described["联系人.电话"].startswith("联系人的电话：")
