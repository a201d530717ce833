"""Titles that lay out as nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

FACTS = "文种: 通知\n发文机关: 青禾县水利局\n事由: 做好汛期值班工作\n主送机关: 各乡镇水利站\n成文日期: 2026-05-06\n"


@pytest.mark.parametrize("title", ['"|"', '"| |"', '"|||"'])
def test_a_title_of_nothing_but_line_breaks_is_refused(tmp_path: Path, title: str) -> None:
    # Drafted (exit 0, no warning) as a document without any title.
    (tmp_path / "通知.yaml").write_text(FACTS + f"标题: {title}\n", encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-o", "通知.docx", cwd=tmp_path)
    assert_clean_failure(result, "通知.yaml:6:", "标题: 标题里只有分行符")
    assert not (tmp_path / "通知.docx").exists()


def test_a_title_with_its_breaks_still_drafts(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS + "标题: 关于做好|汛期值班工作的通知\n", encoding="utf-8")
    assert run_drafter("draft", "通知.yaml", "-o", "通知.docx", cwd=tmp_path).returncode == 0
