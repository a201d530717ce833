"""A web page saved as a single file (.mht: IE and Edge's 网页，单个文件, Word's 单个文件网页, an OA system's
"Word" export) is read as the page inside it, whatever its name.

Named .html or .doc it was read as a page of its MIME text: one document of =CE=E0=B4=A8… with no title
(the clerk's notice lost and the encoded lines mined as if they were its wording); named .mht it was skipped
as a kind drafter does not read.
"""

import base64
import quopri
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

TITLE = "梧川镇人民政府关于做好冬季森林防火工作的通知"
PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知</title></head><body>'
    f"<p>{TITLE}</p><p>各村（社区）：</p>"
    "<p>为做好今冬明春森林防火工作，现将有关事项通知如下：</p><p>一、落实巡山责任</p>"
    "<p>各村要落实护林员巡山责任。</p><p>二、严格火源管理</p><p>进山路口要设卡登记。</p>"
    "<p>特此通知。</p><p>梧川镇人民政府</p><p>2025年12月1日</p></body></html>"
)
BOUNDARY = "----=_NextPart_000_0000_01DB0000.00000000"


def saved_by_internet_explorer() -> bytes:
    """The page quoted-printable in GB2312, as IE writes it, with a picture after it."""
    body = quopri.encodestring(PAGE.encode("gb2312")).decode("ascii").replace("\n", "\r\n")
    return (
        "From: <Saved by Windows Internet Explorer 11>\r\n"
        "Subject: =?gb2312?B?zajWqg==?=\r\n"
        "Date: Mon, 1 Dec 2025 09:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{BOUNDARY}"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{BOUNDARY}\r\n"
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: http://oa.example/notice.htm\r\n\r\n"
        f"{body}\r\n\r\n"
        f"--{BOUNDARY}\r\n"
        "Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://oa.example/logo.gif\r\n\r\n"
        "R0lGODlhAQABAAAAACw=\r\n\r\n"
        f"--{BOUNDARY}--\r\n"
    ).encode("ascii")


def saved_by_word() -> bytes:
    """The page base64 in UTF-8, as Word's 单个文件网页 and some OA exports write it."""
    page = PAGE.replace("gb2312", "utf-8")
    body = base64.encodebytes(page.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{BOUNDARY}"\r\n\r\n'
        f"--{BOUNDARY}\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        f"{body}\r\n"
        f"--{BOUNDARY}--\r\n"
    ).encode("ascii")


@pytest.mark.parametrize("name", ["通知.mht", "通知.mhtml", "通知.html", "通知.htm", "通知.doc", "通知.docx"])
@pytest.mark.parametrize("saved", [saved_by_internet_explorer, saved_by_word])
def test_a_single_file_web_page_is_read_as_its_page(tmp_path: Path, name: str, saved: object) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / name).write_bytes(saved())  # type: ignore[operator]
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "跳过" not in result.output
    assert f"[通知] {TITLE}" in result.output
    assert "一、落实巡山责任" in result.output and "=C" not in result.output


def test_the_lines_named_are_the_pages_paragraphs(tmp_path: Path) -> None:
    # The file's own lines are the encoded ones: a line number of them would point at =CE=E0… in an editor.
    (tmp_path / "通知.mht").write_bytes(saved_by_internet_explorer())
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.mht")])
    assert result.exit_code == 0, result.output
    assert "第1–10行" in result.output


def test_an_archive_with_no_page_in_it_is_said_to_be_that(tmp_path: Path) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "空.mht").write_bytes(
        (
            f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{BOUNDARY}"\r\n\r\n'
            f"--{BOUNDARY}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"R0lGODlhAQABAAAAACw=\r\n--{BOUNDARY}--\r\n"
        ).encode("ascii")
    )
    (folder / "通知.mht").write_bytes(saved_by_word())
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "空.mht: 这是网页存档（.mht）文件，但里面没有网页" in result.output
    assert TITLE in result.output


def test_a_file_named_mht_that_is_no_page_is_said_to_be_that(tmp_path: Path) -> None:
    (tmp_path / "乱码.mht").write_bytes(b"\x00\x01\x02 not a page at all")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "乱码.mht")])
    assert result.exit_code == 1
    assert "不是网页存档（.mht）文件" in result.output


def test_an_email_saved_as_text_is_still_text(tmp_path: Path) -> None:
    # Only page-like names are looked into: a .txt that begins with mail headers is read as the text it is.
    text = f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{TITLE}\n各村（社区）：\n请做好防火工作。\n"
    (tmp_path / "邮件.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "邮件.txt")])
    assert result.exit_code == 0, result.output
    assert TITLE in result.output


def test_a_folder_of_archives_is_mined(tmp_path: Path) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    for number, matter in enumerate(["森林防火", "防汛抗旱", "安全生产"], 1):
        page = saved_by_internet_explorer().replace(
            quopri.encodestring("森林防火".encode("gb2312")), quopri.encodestring(matter.encode("gb2312"))
        )
        (folder / f"通知{number}.mht").write_bytes(page)
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(tmp_path / "结果")])
    assert result.exit_code == 0, result.output
    assert "读取 3 个文件，3 篇文档" in result.output
