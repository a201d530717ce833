"""ux31 walk: a paragraph of content the clerk typed without its full stop is closed with one, as the 导语 and
结尾 beside it are; typed headings, short heading-like lines, a line leading into a table and an attachment's text
(a form, a list of names) stay as typed. Made up for this walk."""

from __future__ import annotations

from pathlib import Path

from drafter.drafting import build_draft, encode
from drafter.render import content_markup

REQUEST = """文种: 请示
发文机关: 松溪县第二实验小学
主送机关: 松溪县教育局
事由: 维修学校围墙
缘由:
  - 学校东侧围墙建于上世纪九十年代，近期连续降雨后出现裂缝，存在倒塌隐患
请示事项:
  - 恳请县教育局安排维修经费8万元
成文日期: 2026-11-20
附件:
  - 标题: 围墙现状照片说明
    内容:
      - 东侧围墙北段
"""


def _lines(tmp_path: Path, text: str) -> list[str]:
    facts = tmp_path / "请示.yaml"
    facts.write_text(text, encoding="utf-8")
    return encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()


def test_a_paragraph_typed_without_its_full_stop_is_closed(tmp_path: Path) -> None:
    lines = _lines(tmp_path, REQUEST)
    assert "　　学校东侧围墙建于上世纪九十年代，近期连续降雨后出现裂缝，存在倒塌隐患。" in lines
    assert "　　恳请县教育局安排维修经费8万元。" in lines


def test_an_attachments_text_stays_as_typed(tmp_path: Path) -> None:
    assert "　　东侧围墙北段" in _lines(tmp_path, REQUEST)


def test_headings_and_lines_into_a_table_stay_as_typed() -> None:
    text = content_markup(
        [
            "（一）加强组织领导",
            "值班安排",
            "每天安排两名行政人员带班，值班电话保持畅通",
            {
                "标题": "名单",
                "内容": ["各年级负责人如下表"],
                "表格": {"栏目": ["年级"], "行": [["一年级"]]},
                "子项": [],
            },
            "联系电话：0599-1234567",
            "已有标点的一句。",
            "（供稿：学校教务处）",
        ],
        1,
    )
    lines = text.splitlines()
    assert "（一）加强组织领导" in lines and "值班安排" in lines
    assert "各年级负责人如下表" in lines
    assert "联系电话：0599-1234567" in lines and "已有标点的一句。" in lines
    assert "（供稿：学校教务处）" in lines


def test_each_line_of_a_paragraph_block_is_closed() -> None:
    text = content_markup(["第一段写的是今年的主要情况\n第二段写的是明年的打算和安排"], 1)
    assert text.splitlines()[:2] == ["第一段写的是今年的主要情况。", "第二段写的是明年的打算和安排。"]


def test_a_sentence_opening_on_yi_shi_is_closed() -> None:
    text = content_markup(["一是统筹安排教师，实行弹性上下班", "二是引入校外公益力量"], 1)
    assert text.splitlines()[:2] == ["一是统筹安排教师，实行弹性上下班。", "二是引入校外公益力量。"]


def test_short_items_one_after_another_are_closed() -> None:
    text = content_markup(["加强青年教师培养", "提高功能室使用效率"], 1)
    assert text.splitlines()[:2] == ["加强青年教师培养。", "提高功能室使用效率。"]
