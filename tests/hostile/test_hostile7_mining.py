"""Pictures saved from a browser or a chat app (.jfif) in a mined folder are said to be skipped."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好冬季森林防火工作的通知\n各村：\n请各村落实巡山责任。\n特此通知。\n梧川镇人民政府\n2025年12月1日\n"


@pytest.mark.parametrize("name", ["会议照片.jfif", "扫描件.JFIF", "photo.heif"])
def test_a_picture_saved_by_a_chat_app_is_said_to_be_skipped(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "通知.txt").write_text(NOTICE, encoding="utf-8")
    (folder / name).write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert name in result.output and "图片" in result.output and "OCR" in result.output


def test_the_lock_file_wps_leaves_on_linux_is_said_to_be_one(tmp_path: Path) -> None:
    # WPS on Linux leaves .~名称.docx beside an open document: it was called a broken .docx to open and save again.
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "通知.txt").write_text(NOTICE, encoding="utf-8")
    (folder / ".~通知.docx").write_bytes(b"\x0cuser  ")
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "临时文件（以 .~ 开头）" in result.output and "另存为" not in result.output
