"""A unit's archive as a clerk has it: the same ten documents (tests/mining/unit_corpus, our own words)
kept as UTF-8 and GBK text, Word files and a 范文 page that runs three of them together between a
site's navigation and ads. Mining it finds the same unit constants as the plain text files do, and
every example's source names the file it came from relative to the folder mined."""

import html
import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from drafter.mining.mine import mine

UNIT = Path(__file__).resolve().parent / "unit_corpus"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(lines: list[str]) -> bytes:
    paragraphs = "".join(f"<w:p><w:r><w:t>{html.escape(line)}</w:t></w:r></w:p>" for line in lines)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {_W}><w:body>{paragraphs}</w:body></w:document>")
    return buffer.getvalue()


def _page(documents: list[list[str]]) -> str:
    parts = [
        "<html><head><meta charset='utf-8'><title>学校公文范文_范文参考网</title></head><body>",
        "<div class='nav'><a href='/'>首页</a> | <a href='/gw'>公文范文</a> | <a href='/tz'>通知范文</a></div>",
        "<div>当前位置：首页 &gt; 公文范文 &gt; 通知</div>",
        "<div class='ad'>公文写作速成班今日报名立减一百元，扫码咨询！</div>",
    ]
    for document in documents:
        parts.append("<div class='article'>" + "".join(f"<p>{html.escape(line)}</p>" for line in document) + "</div>")
    parts.append("<div class='related'>相关文章<ul><li><a href='/a/1'>放假通知范文</a></li></ul></div>")
    parts.append("<div>版权所有 范文参考网 联系邮箱：web@example.com</div></body></html>")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "档案"
    folder.mkdir()
    text = {path.stem: path.read_text(encoding="utf-8") for path in sorted(UNIT.glob("*.txt"))}
    (folder / "01.txt").write_text(text["01"], encoding="utf-8")
    (folder / "02.txt").write_bytes(b"\xef\xbb\xbf" + text["02"].encode("utf-8"))  # with a BOM
    for name in ("03", "05", "09"):
        (folder / f"{name}-gbk.txt").write_bytes(text[name].replace("\n", "\r\n").encode("gbk"))
    for name in ("07", "08"):
        (folder / f"{name}.docx").write_bytes(_docx(text[name].splitlines()))
    page = _page([text[name].splitlines() for name in ("04", "06", "10")])
    (folder / "范文.html").write_text(page, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    mine([folder], out)
    return out


def test_every_form_is_read_and_the_units_constants_are_found(mined: Path) -> None:
    data = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    assert data["skipped"] == []
    genres = {g["genre"]: g for g in data["genres"]}
    assert genres["notice"]["documents"] == 7 and genres["meeting_notice"]["documents"] == 3
    for slug in ("notice", "meeting_notice"):
        constants = {c["field"]: c["value"] for c in genres[slug]["defaults"]["constants"]}
        assert constants["文号格式"] == "云教体〔{年}〕{号}号", slug
        assert constants["发文机关标志"] == "云溪县教育体育局文件" and constants["署名"] == "云溪县教育体育局"
        assert constants["印发机关"] == "云溪县教育体育局办公室"
        assert (mined / slug / "manifest.yaml").is_file()
    sources = {e["source"].rsplit(":", 1)[0] for g in data["genres"] for p in g["phrases"] for e in p["examples"]} | {
        d["source"].rsplit(":", 1)[0] for g in data["genres"] for d in g["document_list"]
    }
    assert {"07.docx", "05-gbk.txt", "范文.html", "02.txt"} <= sources
    assert all(not s.startswith("/") and "档案" not in s for s in sources)
