"""Files the user cannot read. Tests run as root, who reads a file whatever its mode, so chmod 000 proves
nothing here: the open call is made to fail with PermissionError for the one file instead."""

from __future__ import annotations

import builtins
import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import REPO, SAMPLES


def _deny(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Reading any file called ``name`` fails as it would without read permission."""
    real_open, real_os_open = builtins.open, os.open

    def denied(path: object) -> bool:
        return isinstance(path, str | os.PathLike) and os.path.basename(os.fspath(path)) == name  # type: ignore[arg-type]

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if denied(file):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if denied(path) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "Errno" not in result.output, result.output
    return result.exit_code, result.output


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "a.yaml")
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "b.yaml")
    return tmp_path


def test_an_unreadable_facts_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, "a.yaml")
    code, output = _run(folder, monkeypatch, "draft", "a.yaml", "-o", "a.docx")
    assert code == 1 and "a.yaml: 没有读取权限" in output and not (folder / "a.docx").exists(), output


def test_an_unreadable_facts_file_in_a_batch_fails_alone(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch, "a.yaml")
    code, output = _run(folder, monkeypatch, "batch", "a.yaml", "b.yaml", "-o", "out", "-j", "1")
    assert code == 4 and "a.yaml: 没有读取权限" in output, output
    assert sorted(p.name for p in (folder / "out").glob("*.docx")) == ["b.docx"]


@pytest.mark.parametrize("option", ["--reference", "--defaults"])
def test_an_unreadable_reference_or_defaults_file(folder: Path, monkeypatch: pytest.MonkeyPatch, option: str) -> None:
    name = "红头.docx" if option == "--reference" else "默认.yaml"
    shutil.copy(folder / "a.yaml", folder / name)
    _deny(monkeypatch, name)
    code, output = _run(folder, monkeypatch, "batch", "b.yaml", option, name, "-o", "out", "-j", "1")
    assert code == 1 and f"{name}: 没有读取权限" in output, output
    assert not list((folder / "out").glob("*.docx"))


@pytest.mark.parametrize("name", ["manifest.yaml", "body.j2", "_macros.j2"])
def test_an_unreadable_template_file_is_said_in_chinese(
    folder: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    shutil.copytree(REPO / "templates" / "notice", folder / "我的通知")
    _deny(monkeypatch, name)
    code, output = _run(folder, monkeypatch, "draft", "b.yaml", "--template", "我的通知", "-o", "b.docx")
    # body.j2 and the shared macros were '模板运行出错：[Errno 13] Permission denied: '/…/body.j2''
    assert code == 1 and name in output and ("没有权限" in output or "没有读取权限" in output), output
    assert not (folder / "b.docx").exists()


def test_an_unreadable_file_in_a_mined_folder_is_skipped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(3):
        (docs / f"{number}.txt").write_text(
            f"关于做好第{number}批检查的通知\n\n各学校：\n\n现就有关事项通知如下。\n\n青禾县教育局\n\n2025年3月{number + 1}日\n",
            encoding="utf-8",
        )
    _deny(monkeypatch, "1.txt")
    code, output = _run(tmp_path, monkeypatch, "mine", "docs", "-o", "out")
    assert code == 0 and "跳过 docs/1.txt: 没有读取权限" in output, output
    assert "1.txt: 没有读取权限" in (tmp_path / "out" / "report.json").read_text(encoding="utf-8")


def test_an_unreadable_file_named_as_the_report_is_not_replaced(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "名单.xlsx").write_bytes(b"PK\x03\x04 the user's own sheet")
    _deny(monkeypatch, "名单.xlsx")
    code, output = _run(folder, monkeypatch, "batch", "b.yaml", "-o", "out", "--report", "名单.xlsx")
    # it was replaced by the JSON report: reading it failed, and that was taken as 'an earlier report'
    assert code == 1 and "名单.xlsx: 文件已存在" in output and "不会覆盖" in output, output
    monkeypatch.undo()
    assert (folder / "名单.xlsx").read_bytes() == b"PK\x03\x04 the user's own sheet"
    assert not (folder / "out").exists() or not list((folder / "out").glob("*.docx"))
