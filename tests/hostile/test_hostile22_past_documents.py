"""Past documents that are not what they say, in a folder to mine or parse: each is said for itself and the run
goes on. A link leading round in a circle among the files stopped mine at its report (出现意外错误 after every
document was read, nothing written); a page whose charset lies was mined as mojibake with no word; an Excel
workbook named .docx or .doc was said to be a .docx without a body."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from bounded import run_drafter
from click.testing import CliRunner

from drafter.cli import main

# Three short notices of our own wording, enough for mine to find a series.
_NOTICE = (
    "<p>关于做好{what}工作的通知</p><p>各乡镇人民政府，县直各单位：</p>"
    "<p>为做好{what}工作，现将有关事项通知如下：</p><p>一、提高认识</p><p>各单位要高度重视{what}工作。</p>"
    "<p>二、落实责任</p><p>各单位主要负责人是第一责任人。</p><p>青禾县人民政府办公室</p><p>2025年3月5日</p>"
)
_WHATS = ("防汛", "护林防火", "安全生产")


def _page(body: str, charset: str, encoding: str = "utf-8") -> bytes:
    return f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'.encode(encoding)


def test_a_link_loop_among_the_files_is_skipped_and_the_report_written(tmp_path: Path) -> None:
    folder = tmp_path / "旧文件"
    folder.mkdir()
    for number, what in enumerate(_WHATS, 1):
        (folder / f"{number}.html").write_bytes(_page(_NOTICE.format(what=what), "utf-8"))
    os.symlink("环二.txt", folder / "环一.txt")
    os.symlink("环一.txt", folder / "环二.txt")
    result = run_drafter("mine", "旧文件", "-o", "结果", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "意外错误" not in result.stderr, result.stderr
    assert "环一.txt: 无法读取（符号链接成环或层数太多）" in result.stderr, result.stderr
    report = (tmp_path / "结果" / "report.html").read_text(encoding="utf-8")
    assert "环一.txt" in report and "环二.txt" in report


@pytest.mark.parametrize(
    ("charset", "body"),
    [
        ("iso-8859-1", _NOTICE.format(what="防汛")),  # any byte is Latin-1: å…³äºŽ…
        # Runs of an even number of characters whose UTF-8 bytes pair up as GBK ones: read as 鍏充簬鍋氬ソ….
        ("gbk", "<p>关于做好防汛工作通知</p><p>各乡镇政府：</p><p>各乡镇：</p><p>青禾县水利局</p>"),
    ],
)
def test_a_utf8_page_whose_charset_lies_is_read_as_utf8(tmp_path: Path, charset: str, body: str) -> None:
    page = tmp_path / "通知.html"
    page.write_bytes(_page(body, charset))
    result = CliRunner().invoke(main, ["parse", str(page)])
    assert result.exit_code == 0, result.output
    assert "关于做好防汛工作" in result.output, result.output


def test_a_gbk_page_saying_latin1_is_read_as_gbk(tmp_path: Path) -> None:
    page = tmp_path / "通知.html"
    page.write_bytes(_page(_NOTICE.format(what="防汛"), "iso-8859-1", "gbk"))
    result = CliRunner().invoke(main, ["parse", str(page)])
    assert result.exit_code == 0, result.output
    assert "关于做好防汛工作的通知" in result.output, result.output


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "单位"
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


@pytest.mark.parametrize("name", ["名单.docx", "名单.doc"])
def test_a_workbook_under_a_word_name_is_said_to_be_one(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(_workbook())
    (tmp_path / "通知.html").write_bytes(_page(_NOTICE.format(what="防汛"), "utf-8"))
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"{name}: 这是一个 Excel 表格（.xlsx）" in result.output and "没有正文" not in result.output
    assert "关于做好防汛工作的通知" in result.output  # the run went on


def test_a_workbook_given_as_the_reference_is_said_to_be_one(tmp_path: Path) -> None:
    (tmp_path / "红头.docx").write_bytes(_workbook())
    facts = Path(__file__).resolve().parents[2] / "samples" / "通知.yaml"
    result = CliRunner().invoke(
        main, ["draft", str(facts), "--reference", str(tmp_path / "红头.docx"), "-o", str(tmp_path / "通知.docx")]
    )
    assert result.exit_code != 0
    assert "红头.docx: 这是一个 Excel 表格（.xlsx）" in result.output, result.output
    assert not (tmp_path / "通知.docx").exists()


def test_a_zip_without_office_parts_is_still_said_as_before(tmp_path: Path) -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("说明.txt", "x")
    (tmp_path / "通知.docx").write_bytes(packed.getvalue())
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.docx")])
    assert result.exit_code != 0
    assert "缺少 word/document.xml" in result.output
