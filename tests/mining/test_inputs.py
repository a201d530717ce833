"""Which files parse and mine read: folders walked as batch walks them (drafter/walk.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter.mining.parse import expand_inputs, parse_paths

NOTICE = "关于开展安全检查的通知\n各科室：\n为做好安全工作，现就有关事项通知如下。\n一、检查范围\n全体科室。\n办公室\n2024年3月1日\n"


def _tree(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(NOTICE, encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(NOTICE.replace("安全", "消防"), encoding="utf-8")
    (corpus / "sub" / "notes.yaml").write_text("not a document\n", encoding="utf-8")
    return corpus


def _names(items: list[tuple[Path, str]]) -> list[str]:
    return [path.name for path, _ in items]


def test_links_are_followed_and_each_file_read_once(tmp_path: Path) -> None:
    corpus = _tree(tmp_path)
    os.symlink(corpus, corpus / "sub" / "loop")  # a link to an ancestor: a walk that follows it blindly never ends
    os.symlink(corpus / "a.txt", corpus / "again.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text(NOTICE.replace("安全", "卫生"), encoding="utf-8")
    os.symlink(elsewhere, corpus / "linked")
    assert sorted(_names(expand_inputs([corpus]))) == ["a.txt", "b.txt", "c.txt"]
    assert _names(expand_inputs([corpus / "a.txt", corpus / "again.txt", corpus])) == ["a.txt", "c.txt", "b.txt"]


def test_glob_patterns_are_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _names(expand_inputs([Path("corpus/**/*.txt")])) == ["a.txt", "b.txt"]
    assert expand_inputs([Path("corpus/*.docx")]) == []


def test_an_unreadable_folder_is_a_skipped_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)).name == "sub":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    parsed, skipped = parse_paths([corpus])
    assert [Path(f.path).name for f in parsed] == ["a.txt"]
    assert len(skipped) == 1 and "sub" in skipped[0].reason and "无法读取" in skipped[0].reason
