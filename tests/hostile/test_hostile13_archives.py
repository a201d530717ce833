"""Hostile inputs, round 13: past documents kept as they were sent, in a zip archive.

A clerk mining the folder the archive 存档.zip was saved to was told 没有找到过往公文：…… 里没有 .txt .md .html .docx
.doc 文件, the archive passed over unsaid. An archive (.zip, .rar, .7z) is listed as skipped now, with what to do:
unzip it into a folder and mine that.
"""

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好防汛工作的通知\n各中小学：\n　　各校要做好防汛工作。\n　　特此通知。\n青禾县教育局\n2025年6月2日\n"


@pytest.mark.parametrize("name", ["存档.zip", "存档.rar", "存档.7z"])
def test_a_folder_of_an_archive_alone_says_to_unzip_it(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "存档"
    folder.mkdir()
    with zipfile.ZipFile(folder / name, "w") as archive:
        archive.writestr("通知.txt", NOTICE)
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(tmp_path / "挖掘结果")])
    assert result.exit_code == 1, result.output
    assert f"{name}: 这是压缩包" in result.output and "解压" in result.output, result.output


def test_an_archive_beside_documents_is_skipped_and_said(tmp_path: Path) -> None:
    folder = tmp_path / "存档"
    folder.mkdir()
    (folder / "通知.txt").write_text(NOTICE, encoding="utf-8")
    with zipfile.ZipFile(folder / "旧档.zip", "w") as archive:
        archive.writestr("通知.txt", NOTICE)
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "旧档.zip: 这是压缩包" in result.output and "关于做好防汛工作的通知" in result.output, result.output
