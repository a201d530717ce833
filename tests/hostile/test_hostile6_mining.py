"""Mining a folder that holds odd things: drafter's own report of an earlier run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = (
    "关于做好第{n}批{what}检查的通知\n各学校：\n为做好{what}工作，现将有关事项通知如下：\n一、检查范围\n全县各中小学。\n"
    "二、工作要求\n请各单位高度重视，认真抓好落实。\n特此通知。\n青禾县教育局\n2025年3月{n}日\n"
)


def _mine(tmp_path: Path, folder: str, output: str) -> dict[str, object]:
    result = CliRunner().invoke(main, ["mine", folder, "-o", output])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads((tmp_path / output / "report.json").read_text(encoding="utf-8"))
    return data


def test_a_report_of_an_earlier_run_is_no_past_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A result folder kept inside the archive (mined from a subfolder first, then the whole archive) put
    report.html among the documents: its tables quote the documents' own sentences, counted once more."""
    archive = tmp_path / "档案"
    archive.mkdir()
    for n, what in enumerate(("消防", "食品", "校车", "用电"), 1):
        (archive / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = _mine(tmp_path, "档案", "结果")
    shutil.copytree(tmp_path / "结果", archive / "结果")
    again = _mine(tmp_path, "档案", "结果2")
    # it was read as past documents: more documents, and their formulae counted again
    assert again["overview"] == {**first["overview"], "skipped": 1}  # type: ignore[dict-item]
    skipped = again["skipped"]
    assert isinstance(skipped, list) and len(skipped) == 1
    assert skipped[0]["path"].endswith("report.html") and "挖掘报告" in skipped[0]["reason"]


@pytest.mark.parametrize("command", [["parse"], ["mine", "-o", "结果"]])
def test_documents_of_a_kind_drafter_cannot_read_are_said_to_be_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """An archive's PDF, WPS and RTF files were passed over without a word: '读取 2 个文件'."""
    archive = tmp_path / "档案"
    archive.mkdir()
    for n, what in enumerate(("消防", "食品"), 1):
        (archive / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    (archive / "3.pdf").write_bytes(b"%PDF-1.4\n")
    (archive / "4.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    (archive / "5.rtf").write_bytes(b"{\\rtf1 }")
    (archive / "照片.jpg").write_bytes(b"\xff\xd8\xff\xe0")  # a scan or a photo: said too, with what to do
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command[0], "档案", *command[1:]])
    assert result.exit_code == 0, result.output
    for name, kind in (("3.pdf", "PDF"), ("4.wps", "WPS 文字"), ("5.rtf", "RTF")):
        assert f"跳过 档案/{name}: 不支持的文件类型" in result.output and f"（{kind}文件；" in result.output, (
            result.output
        )
    assert "另存为 .docx" in result.output and "跳过 档案/照片.jpg" in result.output and "文字识别" in result.output
