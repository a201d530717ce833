"""A web page named .docx in a mined folder is read as the page it is, as one named .doc is."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

PAGE = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>通知</title></head><body>\n'
    "<p>梧川镇人民政府关于做好森林防火工作的通知</p>\n<p>各村（社区）：</p>\n"
    "<p>为做好今冬明春森林防火工作，现将有关事项通知如下：</p>\n<p>一、落实巡山责任</p>\n"
    "<p>各村要落实护林员巡山责任。</p>\n<p>特此通知。</p>\n<p>梧川镇人民政府</p>\n<p>2025年12月1日</p>\n"
    "</body></html>\n"
)


@pytest.mark.parametrize("name", ["网页.docx", "网页.doc"])
def test_a_web_page_named_as_a_word_file_is_read_as_a_page(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / name).write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "跳过" not in result.output
    assert "梧川镇人民政府关于做好森林防火工作的通知" in result.output


def test_a_broken_word_file_is_still_said_to_be_broken(tmp_path: Path) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "坏.docx").write_bytes(b"PK\x03\x04garbage")
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 1 and "不是有效的 .docx 文件" in result.output


def test_a_heading_that_is_a_marker_alone_does_not_stop_mining(tmp_path: Path) -> None:
    # （一）： over nothing (a form's blank to fill in) was a heading of no text, and mine stopped on it with
    # '出现意外错误（ValueError: empty separator）', every other document of the folder lost with it.
    folder = tmp_path / "档案"
    folder.mkdir()
    for number, matter in enumerate(["安全生产", "森林防火", "防汛抗旱"], 1):
        (folder / f"通知{number}.txt").write_text(
            f"梧川镇人民政府关于做好{matter}工作的通知\n各村（社区）：\n为做好{matter}工作，现将有关事项通知如下：\n"
            "一、加强隐患排查\n各村要每月开展一次隐患排查。\n（一）：\n（二）：\n二、工作要求\n请各村高度重视。\n"
            f"特此通知。\n梧川镇人民政府\n2025年{number}月1日\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(tmp_path / "结果")])
    assert result.exit_code == 0, result.output
    assert "意外错误" not in result.output and (tmp_path / "结果" / "report.json").exists()


APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\x09\x00\x00\x00\x32"


@pytest.mark.parametrize("name", ["._通知.docx", "__MACOSX/._通知.txt", "._通知.doc"])
def test_the_finder_data_a_mac_zip_keeps_is_said_to_be_that(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "档案"
    (folder / "__MACOSX").mkdir(parents=True)
    (folder / "通知.html").write_text(PAGE, encoding="utf-8")
    (folder / name).write_bytes(APPLE_DOUBLE)
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "苹果电脑（macOS）" in result.output and "另存为" not in result.output


def test_the_finder_data_of_a_mac_zip_is_no_facts_file_of_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "事实"
    (folder / "__MACOSX").mkdir(parents=True)
    (folder / "通知.yaml").write_text(
        "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好。\n成文日期: 2025-02-20\n",
        encoding="utf-8",
    )
    (folder / "._通知.yaml").write_bytes(APPLE_DOUBLE)
    (folder / "__MACOSX" / "._通知.yaml").write_bytes(APPLE_DOUBLE)
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 0, result.output
    assert "共 1 项" in result.output
