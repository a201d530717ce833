"""A real client: LibreOffice renders the samples; we measure the PDF with poppler."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections import Counter

import pytest
from conftest import SAMPLES, TOOLS, Rendered, draft_bytes, requires_render, requires_shared, to_pdf

pytestmark = [requires_render, pytest.mark.render]

SAMPLE_NAMES = ("工作总结", "会议通知", "会议通知-红头", "实施方案", "会议纪要", "讲话稿")
STAND_INS = {
    "FandolFang-Regular",
    "FandolHei-Regular",
    "FandolKai-Regular",
    "FandolSong-Regular",
    "FandolSong-Bold",
    "LiberationSerif",
}
# The 版心 in PDF points from the top of the page (gbt9704.md §5).
TOP, BOTTOM, LEFT, RIGHT = 104.88, 742.68, 79.37, 521.57


def assert_in_order(text: str, parts: list[str]) -> None:
    cursor = -1
    for part in parts:
        found = text.find(part, cursor + 1)
        assert found > cursor, f"{part!r} missing or out of order"
        cursor = found


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("render")
    result = {}
    for name in SAMPLE_NAMES:
        docx = folder / f"{name}.docx"
        docx.write_bytes(draft_bytes(SAMPLES / f"{name}.yaml"))
        result[name] = Rendered(docx, to_pdf(docx, folder))
    return result


@pytest.mark.parametrize(
    ("name", "pages"),
    [("工作总结", 4), ("会议通知", 4), ("会议通知-红头", 5), ("实施方案", 4), ("会议纪要", 3), ("讲话稿", 3)],
)
def test_page_count(rendered: dict[str, Rendered], name: str, pages: int) -> None:
    assert rendered[name].pages == pages


@pytest.mark.parametrize("name", ["工作总结", "会议通知", "实施方案", "会议纪要", "讲话稿"])
def test_a_full_body_page_holds_22_lines(rendered: dict[str, Rendered], name: str) -> None:
    doc = rendered[name]
    counts = [len(doc.body_lines(page)) for page in range(1, doc.pages + 1)]
    assert max(counts) == 22, counts


def test_full_lines_hold_28_characters_at_the_grid_pitch(rendered: dict[str, Rendered]) -> None:
    doc = rendered["工作总结"]
    lengths = Counter()
    pitches = []
    for page in range(1, doc.pages + 1):
        lines = [line for line in doc.lines_with_boxes(page) if TOP - 3 < line.y0 < BOTTOM]
        for line in lines:
            cjk_only = re.fullmatch(r"[\u4e00-\u9fff，。、；：“”（）]+", line.text)
            if cjk_only and line.x0 < LEFT + 3 and line.x1 > RIGHT - 12:
                lengths[len(line.text)] += 1
        tops = sorted(line.y0 for line in lines)
        pitches += [b - a for a, b in itertools.pairwise(tops) if 25 < b - a < 32]
    assert lengths.most_common(1)[0][0] == 28, lengths
    assert abs(sorted(pitches)[len(pitches) // 2] - 28.95) <= 0.3


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_only_stand_in_fonts_are_used(rendered: dict[str, Rendered], name: str) -> None:
    fonts = rendered[name].fonts
    assert fonts <= STAND_INS, fonts - STAND_INS
    assert {"FandolFang-Regular", "FandolHei-Regular"} <= fonts


def test_reading_order_of_the_summary(rendered: dict[str, Rendered]) -> None:
    text = rendered["工作总结"].text
    expected = [
        "青禾县实验小学2024年教育教学工作总结",
        "县教育局：",
        "现将有关情况总结如下：",
        "一、基本情况",
        "二、主要做法及成效",
        "（一）抓实常规管理",
        "1.落实集体备课。",
        "（四）守牢安全底线",
        "三、经验体会",
        "四、存在问题",
        "一是部分青年教师",
        "五、下步打算",
        "青禾县实验小学",
        "2025年1月10日",
    ]
    assert_in_order(text, expected)


def test_reading_order_of_the_plan(rendered: dict[str, Rendered]) -> None:
    expected = [
        "青禾县教育局中小学“书香校园”读书活动实施方案",
        "为营造浓厚的校园读书氛围",
        "结合实际，制定本方案。",
        "一、指导思想",
        "二、工作目标",
        "三、工作原则",
        "四、主要任务",
        "（一）改善阅读条件",
        "1.建设阅读空间。",
        "五、实施步骤",
        "（一）宣传发动阶段（2025年3月）",
        "六、保障措施",
        "青禾县教育局",
        "2025年2月26日",
    ]
    assert_in_order(rendered["实施方案"].text, expected)


def test_reading_order_of_the_notice(rendered: dict[str, Rendered]) -> None:
    text = rendered["会议通知"].text
    expected = [
        "关于召开全县2025年",
        "各乡镇中心学校",
        "经研究，决定召开",
        "一、会议时间",
        "2025年2月20日（星期四）上午9:00",
        "二、会议地点",
        "三、参会人员",
        "四、会议议程",
        "1.通报",
        "五、有关要求",
        "六、联系人及电话",
        "特此通知。",
        "附件：参会回执",
        "青禾县教育局",
        "2025年2月14日",
        "附件",
        "参会回执",
        "单位",
        "抄送：",
        "印发",
    ]
    assert_in_order(text, expected)


def test_page_numbers_sit_outside_the_text_block(rendered: dict[str, Rendered]) -> None:
    doc = rendered["工作总结"]
    for page in range(1, doc.pages + 1):
        numbers = [line for line in doc.lines_with_boxes(page) if line.text.startswith("—")]
        assert len(numbers) == 1
        number = numbers[0]
        assert number.text == f"—{page}—"
        assert BOTTOM + 8 < number.y0 < BOTTOM + 20
        if page % 2:
            assert abs(number.x1 - 507.6) < 3  # odd pages: 右空一字
        else:
            assert abs(number.x0 - 93.4) < 3  # even pages: 左空一字


def test_imprint_sits_on_the_last_page_foot(rendered: dict[str, Rendered]) -> None:
    doc = rendered["会议通知"]
    lines = doc.lines_with_boxes(doc.pages)
    printed = [line for line in lines if line.text.endswith("印发")]
    assert printed, [line.text for line in lines]
    assert BOTTOM - 25 < printed[0].y1 <= BOTTOM + 1
    copy_to = [line for line in lines if line.text.startswith("抄送")]
    assert copy_to and copy_to[0].y1 < printed[0].y0


def test_redhead_mark_position(rendered: dict[str, Rendered]) -> None:
    lines = rendered["会议通知-红头"].lines_with_boxes(1)
    mark = next(line for line in lines if line.text == "青禾县教育局文件")
    assert 190 < mark.y0 < 210  # glyph top 35 mm under the 版心 top = 204 pt
    number = next(line for line in lines if "青教〔2025〕5" in line.text)
    title = next(line for line in lines if line.text.startswith("关于召开"))
    assert mark.y1 < number.y0 < title.y0


def test_minutes_mark_and_attendance_layout(rendered: dict[str, Rendered]) -> None:
    doc = rendered["会议纪要"]
    mark = next(line for line in doc.lines_with_boxes(1) if line.text == "青禾县教育局局务会议纪要")
    assert 190 < mark.y0 < 210  # glyph top 35 mm under the 版心 top, as for a 红头 (§10.3)
    lines = [line for page in range(1, doc.pages + 1) for line in doc.lines_with_boxes(page)]
    present = next(i for i, line in enumerate(lines) if line.text.startswith("出席："))
    first, wrapped = lines[present], lines[present + 1]
    assert abs(first.x0 - (LEFT + 32)) < 3  # 左空二字
    assert abs(wrapped.x0 - (LEFT + 5 * 16)) < 3  # continues under the names, after “出席：”
    assert lines[present + 2].text.startswith("请假：") and lines[present + 3].text.startswith("列席：")
    assert_in_order(doc.text, ["现将会议议定事项纪要如下：", "五、关于学校食堂管理工作", "出席：", "列席：", "印发"])


def test_speech_reads_title_byline_salutation_points(rendered: dict[str, Rendered]) -> None:
    doc = rendered["讲话稿"]
    lines = doc.lines_with_boxes(1)
    byline = next(line for line in lines if line.text == "（2025 年 2 月 20 日）" or line.text == "（2025年2月20日）")
    assert abs((byline.x0 + byline.x1) / 2 - (LEFT + RIGHT) / 2) < 4  # centred
    assert_in_order(
        doc.text,
        [
            "在全县2025年教育工作会议上的讲话",
            "李明",
            "同志们：",
            "下面，我讲三点意见。",
            "一、肯定成绩",
            "（五）着力深化教育改革",
            "三、压实责任",
        ],
    )


def test_body_starts_two_characters_in(rendered: dict[str, Rendered]) -> None:
    lines = rendered["工作总结"].lines_with_boxes(2)
    starts = Counter(round(line.x0) for line in lines if not line.text.startswith("—"))
    assert {80, 112} <= set(starts) or {79, 111} <= set(starts)


@requires_shared
@pytest.mark.parametrize("name", ["工作总结", "会议通知", "实施方案"])
def test_shared_checkers_pass(rendered: dict[str, Rendered], name: str) -> None:
    docx = str(rendered[name].docx)
    check = subprocess.run([sys.executable, str(TOOLS / "check_docx.py"), docx], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    render = subprocess.run([sys.executable, str(TOOLS / "render_check.py"), docx], capture_output=True, text=True)
    assert render.stdout.strip().endswith("render ok"), render.stdout
