"""The new genres rendered by LibreOffice: the shared checkers' rules, and each format's own positions."""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, TOOLS, Rendered, draft_bytes, requires_render, requires_shared, to_pdf, write_facts

pytestmark = [requires_render, pytest.mark.render]

SAMPLE_NAMES = ("通知", "通知-印发", "请示", "报告", "函", "复函", "批复", "通报", "意见", "简报")
# check_docx.py options where a format legitimately differs (README, “各文种的版式”).
CHECK_OPTIONS = {
    "复函": ["--levels=0"],  # a one-paragraph reply letter has no numbered headings
    "简报": ["--no-date", "--levels=0"],  # no 成文日期 line under a 署名; its items need no numbered headings
}
TOP, BOTTOM, LEFT, RIGHT = 104.88, 742.68, 79.37, 521.57  # the 版心 in PDF points from the page top
MM = 72 / 25.4
STAND_INS = {
    "FandolFang-Regular",
    "FandolHei-Regular",
    "FandolKai-Regular",
    "FandolSong-Regular",
    "FandolSong-Bold",
    "LiberationSerif",
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("genres")
    result = {}
    for name in SAMPLE_NAMES:
        docx = folder / f"{name}.docx"
        docx.write_bytes(draft_bytes(SAMPLES / f"{name}.yaml"))
        result[name] = Rendered(docx, to_pdf(docx, folder))
    return result


@requires_shared
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_check_docx_passes(tmp_path: Path, name: str) -> None:
    docx = tmp_path / f"{name}.docx"
    docx.write_bytes(draft_bytes(SAMPLES / f"{name}.yaml"))
    done = subprocess.run(
        [sys.executable, str(TOOLS / "check_docx.py"), *CHECK_OPTIONS.get(name, []), str(docx)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_render_check_rules_hold(rendered: dict[str, Rendered], name: str) -> None:
    """The rules of ../shared/tools/render_check.py, measured on the same kind of render."""
    doc = rendered[name]
    max_lines, lengths = 0, collections.Counter()
    for page in range(1, doc.pages + 1):
        body = [line for line in doc.page_lines(page) if not line.startswith(("—", "-"))]
        max_lines = max(max_lines, len(body))
        lengths.update(len(line.replace(" ", "")) for line in body if len(line.replace(" ", "")) >= 20)
    if doc.pages >= 2:
        assert max_lines == 22
    assert lengths.most_common(1)[0][0] == 28, lengths
    assert doc.fonts <= STAND_INS, doc.fonts - STAND_INS


def red_lines(pdf: Path, page: int) -> list[tuple[float, float, float, float]]:
    """Red stroked lines of a page as (width, x0, x1, y from the page top), read from poppler's SVG."""
    svg = subprocess.run(
        ["pdftocairo", "-svg", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = set()
    for match in re.finditer(
        r'stroke-width:([\d.]+);[^"]*stroke:rgb\(100%,0%,0%\)[^"]*" d="M ([\d.]+) ([\d.]+) L ([\d.]+) ([\d.]+) "'
        r' transform="matrix\(([\d.]+),0,0,-([\d.]+),0,([\d.]+)\)"',
        svg,
    ):
        width, x0, y0, x1, y1, scale, _, shift = (float(v) for v in match.groups())
        if abs(y0 - y1) < 0.01:
            found.add((width, min(x0, x1) * scale, max(x0, x1) * scale, round(shift - y0 * scale, 2)))
    return sorted(found, key=lambda line: line[3])


def test_letter_mark_sits_30_mm_from_the_top(rendered: dict[str, Rendered], tmp_path: Path) -> None:
    """§10.1: the mark's top 30 mm from the paper's top, measured as the 红头 is at 72 mm (§7.2.4)."""
    letter = rendered["函"].lines_with_boxes(1)
    mark = next(line for line in letter if line.text == "青禾县教育局")
    head = Rendered(tmp_path / "h.docx", tmp_path / "h.pdf")
    head.docx.write_bytes(draft_bytes(SAMPLES / "会议通知-红头.yaml"))
    head = Rendered(head.docx, to_pdf(head.docx, tmp_path))
    red = next(line for line in head.lines_with_boxes(1) if line.text == "青禾县教育局文件")
    # Both are glyphs of the same face and size: their box tops stand as far above the glyph tops.
    assert abs((mark.y0 - 30 * MM) - (red.y0 - 72 * MM)) < 1.5
    assert abs((mark.x0 + mark.x1) / 2 - 595.28 / 2) < 2  # centred on the page


def test_letter_double_rules(rendered: dict[str, Rendered]) -> None:
    lines = red_lines(rendered["函"].pdf, 1)
    (upper_thick, upper_thin), (lower_thin, lower_thick) = lines[0:2], lines[2:4]
    # Upper: thick over thin, 4 mm under the mark; lower: thin over thick, 20 mm above the bottom.
    assert upper_thick[0] > upper_thin[0] and upper_thick[3] < upper_thin[3]
    assert lower_thin[0] < lower_thick[0] and lower_thin[3] < lower_thick[3]
    mark = next(line for line in rendered["函"].lines_with_boxes(1) if line.text == "青禾县教育局")
    glyph_bottom = 30 * MM + 42  # the mark's glyph top and its size
    assert abs(upper_thick[3] - upper_thick[0] / 2 - (glyph_bottom + 4 * MM)) < 2
    assert abs(lower_thin[3] - (841.89 - 20 * MM)) < 2
    for _width, x0, x1, _ in lines:
        assert abs((x1 - x0) - 170 * MM) < 2 and abs((x0 + x1) / 2 - 595.28 / 2) < 2  # 170 mm, centred
    assert mark.y1 < upper_thick[3]
    assert red_lines(rendered["函"].pdf, 2) == []  # only the first page carries them


def test_letter_numbers_and_title_under_the_rule(rendered: dict[str, Rendered]) -> None:
    doc = rendered["函"]
    lines = doc.lines_with_boxes(1)
    rule = red_lines(doc.pdf, 1)[1]  # the thin line of the upper rule
    number = next(line for line in lines if line.text.startswith("青教函"))
    assert abs(number.x1 - RIGHT) < 3  # flush right
    assert abs(number.y0 - (rule[3] + 14)) < 3  # 7/8 of a 3号 character under the rule
    title = next(line for line in lines if line.text.startswith("关于商请"))
    assert 2 * 28.95 <= title.y0 - number.y0 <= 4 * 28.95  # two lines lower


def test_letter_first_page_has_no_page_number(rendered: dict[str, Rendered]) -> None:
    doc = rendered["函"]
    assert not [line for line in doc.page_lines(1) if line.startswith("—")]
    assert "—2—" in [line.replace(" ", "") for line in doc.page_lines(2)]
    last = doc.page_lines(doc.pages)
    assert "抄送：县人民政府办公室。" in last and not any(line.endswith("印发") for line in last)


def test_letter_keeps_the_body_grid(rendered: dict[str, Rendered]) -> None:
    doc = rendered["函"]
    lines = [line for line in doc.lines_with_boxes(1) if TOP < line.y0 < BOTTOM and not line.text.startswith("—")]
    assert max(line.y1 for line in lines) <= BOTTOM + 1  # the last line inside the 版心
    full = [line for line in lines if len(line.text) == 28]
    assert full and all(abs(line.x0 - LEFT) < 3 for line in full)


def test_joint_mark_names_share_one_width_with_wenjian_beside(rendered: dict[str, Rendered]) -> None:
    lines = rendered["报告"].lines_with_boxes(1)
    names = [line for line in lines if line.y0 < 340 and line.text.startswith("青禾县")]
    assert [re.sub(r"文件$", "", n.text) for n in names] == ["青禾县教育局", "青禾县财政局", "青禾县科学技术局"]
    starts, ends = {round(n.x0) for n in names}, set()
    assert max(starts) - min(starts) < 3  # spread to one width
    words = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(rendered["报告"].pdf), "-"], capture_output=True, text=True
    ).stdout
    boxes = [
        tuple(map(float, m.groups()[:4]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">文件</word>', words
        )
    ]
    assert boxes, "文件 not found"
    x0, y0, _, y1 = boxes[0]
    top, bottom = min(n.y0 for n in names), max(n.y1 for n in names)
    assert abs((y0 + y1) / 2 - (top + bottom) / 2) < 6  # centred on the block of names
    assert x0 > max(n.x1 for n in names if "文件" not in n.text) - 3
    assert 190 < top < 215  # glyph top 35 mm under the 版心 top, as a single 红头
    del ends


def test_signer_lines(rendered: dict[str, Rendered]) -> None:
    lines = rendered["报告"].lines_with_boxes(1)
    first = next(line for line in lines if line.text.startswith("签发人："))
    last = next(line for line in lines if "张卫东" in line.text)
    number = next(line for line in lines if line.text.startswith("青教〔2025〕15"))
    assert abs(first.x1 - (RIGHT - 16)) < 4  # 右空一字
    assert last.y0 > first.y0 and abs(number.y0 - last.y0) < 1  # the number shares the last signer line
    assert abs(number.x0 - (LEFT + 16)) < 3  # 发文字号 左空一字
    words = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(rendered["报告"].pdf), "-"], capture_output=True, text=True
    ).stdout
    x = {m.group(2): float(m.group(1)) for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', words)}
    assert abs(x["张卫东"] - (x["签发人：王明远"] + 4 * 16)) < 3  # the later names stand under the first


def test_attachment_pages_and_table(rendered: dict[str, Rendered]) -> None:
    doc = rendered["通知"]
    text = doc.text
    for part in ("附件：1.2025年春季学期学校安全工作联络员名单", "2.隐患整改台账填写说明", "附件1", "附件2"):
        assert part in text
    page = next(p for p in range(1, doc.pages + 1) if doc.page_lines(p)[0].replace(" ", "") == "附件1")
    lines = doc.lines_with_boxes(page)
    assert abs(lines[0].x0 - LEFT) < 3 and lines[0].y0 < TOP + 12  # 附件1 top left, line 1
    header = next(line for line in lines if line.text.startswith("序号"))
    assert header.x0 > LEFT - 2 and max(line.x1 for line in lines) < RIGHT + 2  # the table inside the 版心


def test_a_long_table_repeats_its_header(tmp_path: Path) -> None:
    rows = "".join(f"      - {{序号: '{n}', 单位: 第{n}中心学校, 姓名: 张{n}}}\n" for n in range(1, 61))
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 名单见附件。\n成文日期: 2025-03-01\n附件:\n"
        "  - 标题: 人员名单\n    表格:\n" + rows,
    )
    docx = tmp_path / "long.docx"
    docx.write_bytes(draft_bytes(facts))
    doc = Rendered(docx, to_pdf(docx, tmp_path))
    table_pages = [
        p for p in range(2, doc.pages + 1) if any("第" in line and "中心学校" in line for line in doc.page_lines(p))
    ]
    assert len(table_pages) >= 2
    for page in table_pages:
        headers = [line for line in doc.page_lines(page) if line.replace(" ", "").startswith("序号单位姓名")]
        assert len(headers) == 1, page
    listed = re.findall(r"第(\d+)中心学校", doc.text)
    assert [int(n) for n in listed] == list(range(1, 61))  # every row once, in order, none split


def test_briefing_head_and_foot(rendered: dict[str, Rendered]) -> None:
    """A 简报's 报头: the name centred, the 编印单位 flush left and the date flush right on one line with the red
    rule under it across the 版心; its 报尾 at the foot of the last page, 共印×份 右空一字 (as the 印发 date)."""
    doc = rendered["简报"]
    lines = doc.lines_with_boxes(1)
    name = next(line for line in lines if line.text == "教育工作简报")
    assert abs((name.x0 + name.x1) / 2 - (LEFT + RIGHT) / 2) < 3
    editor = next(line for line in lines if line.text == "青禾县教育局办公室")
    date = next(line for line in lines if line.text == "2025年5月16日")
    assert abs(editor.x0 - LEFT) < 3 and abs(date.x1 - RIGHT) < 3 and abs(editor.y0 - date.y0) < 1
    (rule,) = red_lines(doc.pdf, 1)
    assert abs((rule[2] - rule[1]) - (RIGHT - LEFT)) < 3
    assert editor.y1 < rule[3] < editor.y1 + 20  # under the issuing line
    foot = doc.lines_with_boxes(doc.pages)
    copies = next(line for line in foot if line.text == "共印120份")
    assert abs(copies.x1 - (RIGHT - 14)) < 3  # 右空一字 of 4号
    assert BOTTOM - 25 < copies.y1 <= BOTTOM + 1  # on the last line of the 版心
