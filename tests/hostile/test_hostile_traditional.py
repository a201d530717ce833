"""Keys typed with a traditional-character input method are pointed at their simplified names."""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

FACTS = "文种: 通知\n发文机关: 青禾县水利局\n事由: 做好汛期值班工作\n主送机关: 各乡镇水利站\n成文日期: 2026-05-06\n"


@pytest.mark.parametrize(
    ("old", "new", "line", "hint"),
    [
        ("发文机关:", "發文機關:", 2, "是否想写“发文机关”"),
        ("主送机关:", "主送機關:", 4, "是否想写“主送机关”"),
        ("成文日期:", "成文日期:", 0, ""),  # unchanged facts still draft
    ],
)
def test_a_traditional_key_gets_its_simplified_name(tmp_path: Path, old: str, new: str, line: int, hint: str) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.replace(old, new), encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-o", "通知.docx", cwd=tmp_path)
    if not hint:
        assert result.returncode == 0, result.stderr
        return
    assert_clean_failure(result, f"通知.yaml:{line}:1: {new[:-1]}: 不认识这个键", hint)


@pytest.mark.parametrize("key", ["文種"])
def test_the_genre_key_under_another_spelling_is_named(tmp_path: Path, key: str) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.replace("文种:", f'"{key}":'), encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-o", "通知.docx", cwd=tmp_path)
    assert_clean_failure(result, "通知.yaml:1:1:", "应当写成简体的“文种”")
    assert "不知道要写哪种公文" not in result.stderr
