"""parse and mine on folders with nothing to read, and files whose content is not what their name says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES, draft_bytes

_NOTICE = "关于做好第{n}批检查的通知\n\n各学校：\n\n现就有关事项通知如下。\n\n青禾县教育局\n\n2025年3月{n}日\n"


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def _junk(folder: Path) -> Path:
    folder.mkdir()
    (folder / "空.txt").write_bytes(b"")
    (folder / "乱码.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "零字节.docx").write_bytes(b"")
    return folder


def test_mining_a_folder_of_nothing_readable_fails_and_still_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _junk(tmp_path / "材料")
    code, output = _run(tmp_path, monkeypatch, "mine", "材料", "-o", "结果")
    assert code == 1 and "没有可以读取的文件" in output and "3 个文件都跳过了" in output, output
    # the report was not written: what was skipped, and why, was said only for the first three
    report = json.loads((tmp_path / "结果" / "report.json").read_text(encoding="utf-8"))
    assert sorted(Path(s["path"]).name for s in report["skipped"]) == ["乱码.txt", "空.txt", "零字节.docx"]
    assert (tmp_path / "结果" / "report.html").is_file()
    assert "report.html" in output, output


def test_mining_nothing_readable_never_replaces_an_earlier_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "好材料"
    good.mkdir()
    for n in range(1, 4):
        (good / f"{n}.txt").write_text(_NOTICE.format(n=n), encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "mine", "好材料", "-o", "结果")
    assert code == 0, output
    before = {p.name: p.read_bytes() for p in (tmp_path / "结果").iterdir() if p.is_file()}
    _junk(tmp_path / "材料")
    code, output = _run(tmp_path, monkeypatch, "mine", "材料", "-o", "结果", "--force")
    assert code == 1 and "没有可以读取的文件" in output and "report.html" not in output, output
    assert {p.name: p.read_bytes() for p in (tmp_path / "结果").iterdir() if p.is_file()} == before


@pytest.mark.parametrize("command", ["parse", "mine"])
def test_an_empty_folder_is_said_to_hold_no_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    (tmp_path / "材料").mkdir()
    (tmp_path / "材料" / "照片.jpg").write_bytes(b"\xff\xd8\xff\xe0")  # no text to read (said as skipped)
    args = [command, "材料"] + (["-o", "结果"] if command == "mine" else [])
    code, output = _run(tmp_path, monkeypatch, *args)
    # parse said nothing at all and exited 0
    assert code == 1 and "没有可以读取的文件" in output and "照片.jpg" in output and "文字识别" in output, output
    (tmp_path / "材料" / "照片.jpg").unlink()
    code, output = _run(tmp_path, monkeypatch, *[arg.replace("结果", "结果2") for arg in args])
    assert code == 1 and "材料" in output and "没有找到" in output and ".docx" in output, output


def test_parse_of_nothing_readable_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _junk(tmp_path / "材料")
    code, output = _run(tmp_path, monkeypatch, "parse", "材料")
    assert code == 1 and "没有可以读取的文件" in output and "3 个文件都跳过了" in output, output


def test_one_unreadable_file_is_said_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "空.txt").write_bytes(b"")
    for command in (["parse", "空.txt"], ["mine", "空.txt", "-o", "结果"]):
        code, output = _run(tmp_path, monkeypatch, *command)
        assert code == 1 and "没有可以读取的文件：这个文件跳过了" in output, output
        assert "1 个文件都" not in output, output


def test_a_word_file_named_html_is_told_to_be_renamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "通知.html").write_bytes(draft_bytes(SAMPLES / "通知.yaml"))
    for n in range(1, 3):
        (folder / f"{n}.txt").write_text(_NOTICE.format(n=n), encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "parse", "材料")
    # it was '不是文本文件（含有二进制内容）'
    assert code == 0 and "通知.html: 这是 Word 文件（.docx）" in output and "改成 .docx" in output, output


def test_an_empty_docx_is_said_to_be_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "空.docx").write_bytes(b"")
    shutil.copy(SAMPLES / "通知.yaml", folder / "x.yaml")  # not a document kind: ignored by the walk
    (folder / "1.txt").write_text(_NOTICE.format(n=1), encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "parse", "材料")
    assert code == 0 and "空.docx: 文件是空的" in output, output
