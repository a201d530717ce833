"""Page furniture told by its shape, whatever its words: menus set apart by bars, a labelled site path with one
step; and the mark a page sets before a title."""

from pathlib import Path

import pytest

from drafter.mining.clean import clean, is_furniture
from drafter.mining.heads import undecorated
from drafter.mining.parse import parse_file
from drafter.mining.reader import read_source


@pytest.mark.parametrize(
    "line",
    [
        "所在栏目：办事指南 ＞ 证照办理",
        "您在此处：办事指南 > 证照办理",
    ],
)
def test_furniture_by_its_shape(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "各校要组织学生阅读 3 本以上经典读物，并于月底前报送书目。",
        "一、总体要求｜二、主要任务",  # two parts of a plan run together: no menu
        "第一阶段 > 第二阶段",
        "请于5月10日前报送（联系人：周宁｜电话：5201234）。",
        "撰稿：周宁 ｜ 审核：陈立 ｜ 2024-05-06",  # a byline, read as one where bylines are
    ],
)
def test_text_of_a_document_is_kept(line: str) -> None:
    assert not is_furniture(line)


def test_a_mark_before_a_title_is_not_part_of_it() -> None:
    assert undecorated("▍关于做好防汛值班的通知") == "关于做好防汛值班的通知"
    assert undecorated("■ 2024年工作总结") == "2024年工作总结"
    assert undecorated("《条例》实施情况的报告") == "《条例》实施情况的报告"
    assert undecorated("“五好”支部创建方案") == "“五好”支部创建方案"
    assert undecorated("○○县教育局关于做好招生工作的通知") == "○○县教育局关于做好招生工作的通知"  # a name left out
    assert undecorated("□□镇2024年工作总结") == "□□镇2024年工作总结"


def test_a_page_in_the_shapes_of_a_phone_site(tmp_path: Path) -> None:
    page = tmp_path / "页面.txt"
    page.write_text(
        "\n".join(
            [
                "主页｜办文指南｜制度汇编｜联系我们",
                "所在栏目：办事指南 ＞ 证照办理",
                "▍河湾镇关于做好汛期值班工作的通知",
                "发布时间：2024-05-06 09:12",
                "各村（社区）、镇直各单位：",
                "为切实做好今年汛期值班工作，确保信息畅通、处置及时，现将有关事项通知如下：",
                "一、严格执行值班制度",
                "汛期实行二十四小时值班，带班领导和值班人员不得擅自离岗。",
                "二、及时报送汛情信息",
                "遇有险情，值班人员要在半小时内向镇防汛办报告。",
                "河湾镇人民政府",
                "2024年5月6日",
            ]
        ),
        encoding="utf-8",
    )
    parsed = parse_file(page, "页面.txt")
    (document,) = parsed.documents
    assert document.title == "河湾镇关于做好汛期值班工作的通知"
    assert document.start_line == 3
    assert [h.text for h in document.headings] == ["严格执行值班制度", "及时报送汛情信息"]


def _kept(tmp_path: Path, lines: list[str]) -> list[str]:
    page = tmp_path / "清单.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    return [line.text for line in clean(read_source(page, "清单.txt")).lines]


REQUEST = ["关于购置图书馆设备的请示", "县教育局：", "为改善阅读条件，我校拟购置以下设备："]
HEADER = "区域 | 设备 | 数量 | 金额"
ROWS = ["阅览区 | 书架 | 12组 | 3.6", "研讨区 | 白板 | 4块 | 0.8"]


def test_a_menu_of_bars_goes_and_the_rows_of_a_table_stay(tmp_path: Path) -> None:
    kept = _kept(tmp_path, ["主页|办文指南|制度汇编", *REQUEST, "区域|设备|数量|金额", *ROWS, "妥否，请批示。"])
    assert "主页|办文指南|制度汇编" not in kept
    assert "区域|设备|数量|金额" in kept and all(row in kept for row in ROWS)


@pytest.mark.xfail(
    strict=True,
    reason="a table's header row written with spaced bars reads as a menu of five short words; kept only by "
    "the page rule for bars, which changes what the shipped model's drafts were trained on (retrain pending)",
)
def test_the_spaced_header_row_of_a_table_stays(tmp_path: Path) -> None:
    assert HEADER in _kept(tmp_path, [*REQUEST, HEADER, *ROWS, "妥否，请批示。"])
