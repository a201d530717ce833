import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS

from drafter.errors import InputError
from drafter.mining.reader import SUFFIXES, html_lines, markdown_lines, read_docx_lines, read_source

CORPUS_FILES = sorted(
    p for p in (CORPUS / "public").iterdir() if p.suffix in SUFFIXES and p.name != "SOURCES.md"
) + sorted((CORPUS / "seeds").iterdir())


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_file_reads(path: Path) -> None:
    if path.suffix == ".doc" and not shutil.which("soffice"):
        pytest.skip("LibreOffice is needed for .doc")
    raw = read_source(path)
    assert raw.lines and any(line.text.strip() for line in raw.lines)
    numbers = [line.number for line in raw.lines]
    assert numbers == sorted(numbers) and numbers[0] >= 1


def test_gbk_text_is_detected() -> None:
    raw = read_source(CORPUS / "public" / "summary-02.txt")
    assert raw.encoding == "gb18030"
    assert raw.lines[0].text.startswith("CnPack开发组2004年")


def test_bom_and_crlf_are_handled() -> None:
    raw = read_source(CORPUS / "public" / "speech-03.txt")
    assert raw.encoding == "utf-8"
    assert not raw.lines[0].text.startswith("\ufeff")
    assert not any(line.text.endswith("\r") for line in raw.lines)


def test_line_numbers_are_those_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n正文一\r\n正文二\n", encoding="utf-8")
    assert [(line.number, line.text) for line in read_source(path).lines] == [
        (1, "标题"),
        (2, ""),
        (3, "正文一"),
        (4, "正文二"),
        (5, ""),
    ]


def test_html_text_keeps_source_lines() -> None:
    page = "<html><head><title>t</title><style>p{}</style></head><body>\n<div class='nav'>首页 &gt; 公文</div>\n<h1>关于召开会议的通知</h1>\n<p>各单位：</p><p>经研究，\n决定召开会议。</p>\n<script>var x=1;</script></body></html>"
    lines = html_lines(page)
    texts = [(line.number, line.text, line.style_level) for line in lines]
    assert (3, "关于召开会议的通知", 1) in texts
    assert (4, "各单位：", 0) in texts
    assert any(number == 4 and text.startswith("经研究") for number, text, _ in texts)
    assert not any("var x" in text for _, text, _ in texts)


def test_markdown_headings_and_markup() -> None:
    lines = markdown_lines("# 总结\n\n**一、基本情况**\n- [链接](http://x) 文字\n")
    assert [(line.text, line.style_level) for line in lines] == [
        ("总结", 1),
        ("", 0),
        ("一、基本情况", 0),
        ("链接 文字", 0),
        ("", 0),
    ]


def _docx(document_body: str, numbering: str = "", styles: str = "") -> bytes:
    from io import BytesIO

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{document_body}</w:body></w:document>")
        if numbering:
            archive.writestr("word/numbering.xml", f"<w:numbering {w}>{numbering}</w:numbering>")
        if styles:
            archive.writestr("word/styles.xml", f"<w:styles {w}>{styles}</w:styles>")
    return buffer.getvalue()


def _p(text: str, num: tuple[int, int] | None = None, style: str = "") -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_numbering_becomes_visible_markers() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = "".join(
        [
            _p("总结", style="Heading1"),
            _p("基本情况", (1, 0)),
            _p("正文"),
            _p("主要做法", (1, 0)),
            _p("抓教学", (1, 1)),
            _p("备课", (1, 2)),
            _p("作业", (1, 2)),
            _p("抓安全", (1, 1)),
            _p("下步打算", (1, 0)),
        ]
    )
    styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    lines = read_docx_lines(_docx(body, numbering, styles), "x.docx")
    assert [(line.number, line.text, line.style_level) for line in lines] == [
        (1, "总结", 1),
        (2, "一、基本情况", 0),
        (3, "正文", 0),
        (4, "二、主要做法", 0),
        (5, "（一）抓教学", 0),
        (6, "1.备课", 0),
        (7, "2.作业", 0),
        (8, "（二）抓安全", 0),
        (9, "三、下步打算", 0),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.docx", b"not a zip", "不是有效的 .docx"),
        ("empty.txt", b"", "文件是空的"),
        ("blank.txt", b"  \n\n", "文件是空的"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "不是文本文件"),
        ("data.xls", b"abc", "不支持的文件类型"),
        ("noext", b"abc", "不支持的文件类型"),
    ],
)
def test_bad_inputs_are_reported(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_source(path)


def test_doc_without_libreoffice_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(InputError, match=r"old\.doc: 读取 \.doc 需要 LibreOffice"):
        read_source(path)


def test_an_office_lock_file_is_skipped_as_what_it_is(tmp_path: Path) -> None:
    """~$通知.docx (162 bytes Word or WPS keeps beside an open document) was said to be a broken .docx to
    open and save again: it is no document at all."""
    lock = tmp_path / "~$防汛工作通知.docx"
    lock.write_bytes(b"\x0c" + "张三".encode("utf-16-le") + b"\x00" * 40)
    with pytest.raises(InputError, match="临时文件"):
        read_source(lock)


def test_a_picture_among_the_papers_is_said_not_passed_over(tmp_path: Path) -> None:
    # A scanned page or a photo of the meeting kept in the archive: the clerk hears its text was not read.
    from drafter.mining.parse import parse_paths

    (tmp_path / "通知.txt").write_text("关于开展安全检查的通知\n各社区：\n请于本周内完成自查。\n", encoding="utf-8")
    (tmp_path / "公章扫描.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    (tmp_path / "会议现场.JPG").write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    parsed, skipped = parse_paths([tmp_path])
    assert len(parsed) == 1
    reasons = {Path(item.path).name: item.reason for item in skipped}
    assert set(reasons) == {"公章扫描.png", "会议现场.JPG"}
    assert all("图片" in reason and "文字识别" in reason for reason in reasons.values())


def test_a_drawn_rule_of_a_page_divides_as_a_line_of_dashes(tmp_path: Path) -> None:
    from drafter.mining.parse import parse_paths

    page = tmp_path / "汇编.html"
    page.write_text(
        "<html><body><div class='content'>"
        "<p>在全镇防汛工作会议上的讲话</p><p>同志们：</p>"
        "<p>今年汛期来得早、雨量大，防汛形势不容乐观。各村要立即行动起来，把各项措施落到实处。</p>"
        "<p>一、提高认识</p><p>要把防汛工作摆上重要位置，主要负责同志亲自抓。</p>"
        "<p>二、落实责任</p><p>要层层签订责任书，把责任落实到人，确保不出问题。</p>"
        "<p>谢谢大家！</p><hr>"
        "<p>某某镇人民政府</p><p>2025年上半年工作总结</p>"
        "<p>今年以来，我镇紧扣年初确定的目标任务，凝心聚力抓发展，各项工作取得了新的进展。</p>"
        "<p>一、主要工作</p><p>全镇完成固定资产投资三亿元，新建道路十二公里。</p>"
        "<p>二、下步打算</p><p>下半年将继续抓好项目建设和安全生产，确保完成全年任务。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    (parsed,), _ = parse_paths([page])
    assert [d.title for d in parsed.documents] == ["在全镇防汛工作会议上的讲话", "某某镇人民政府2025年上半年工作总结"]


def test_a_web_page_saved_as_txt_is_read_as_the_page(tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>范文</title>\n'
        '<script>var counter = 1;</script></head>\n<body><div class="nav">首页</div>\n'
        "<h1>关于做好冬季安全工作的通知</h1>\n<p>各村（社区）：</p>\n<p>为做好冬季安全工作，现将有关事项通知如下。</p>\n"
        "</body></html>\n"
    )
    path = tmp_path / "网页.txt"
    path.write_text(page, encoding="utf-8")
    raw = read_source(path)
    texts = [line.text for line in raw.lines]
    assert raw.kind == "html" and "关于做好冬季安全工作的通知" in texts
    assert not any("<" in text or "counter" in text for text in texts)
