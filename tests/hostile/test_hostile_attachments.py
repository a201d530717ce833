"""附件的“文件:” naming something that is not a facts file: said as what is there."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter
from conftest import SAMPLES

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n事由: 做好汛期值班工作\n主送机关: 各乡镇水利站\n"
    "正文:\n  - 汛期实行二十四小时值班。\n成文日期: 2026-05-06\n附件:\n  - 文件: {target}\n"
)


def _notice_with(tmp_path: Path, target: str) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.format(target=target), encoding="utf-8")


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("材料", "是一个文件夹"),
        ("断链.yaml", "指向不存在的文件的链接"),
        ("/dev/zero", "不是普通文件"),
        ("没有这个.yaml", "找不到文件"),
    ],
)
def test_an_attachment_that_is_no_facts_file_is_named_for_what_it_is(tmp_path: Path, target: str, words: str) -> None:
    (tmp_path / "材料").mkdir()
    os.symlink("已删除.yaml", tmp_path / "断链.yaml")
    _notice_with(tmp_path, target)
    result = run_drafter("draft", "通知.yaml", "-o", "通知.docx", cwd=tmp_path)
    assert_clean_failure(result, "通知.yaml:", "文件: ", words)
    assert not (tmp_path / "通知.docx").exists()


def test_the_sample_attachment_still_drafts(tmp_path: Path) -> None:
    for name in ("通知-印发.yaml", "实施方案.yaml"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    assert run_drafter("draft", "通知-印发.yaml", "-o", "x.docx", cwd=tmp_path).returncode == 0
