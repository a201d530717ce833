"""The built-in 通告 (and 公告, its 文种名): title with the 发文机关, its own number under the title, no 主送 and no
版记 by default, numbered items whose number is in 黑体, 本通告自……起施行。 and 特此通告。."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import NS, SAMPLES, Docx, draft_bytes, write_facts

from drafter.catalog import find_template
from drafter.cli import main
from drafter.drafting import build_draft
from drafter.preview import to_lines
from drafter.starter import starter_text

BASE = "文种: 通告\n发文机关: 澄川县交通运输局\n成文日期: 2026-03-02\n"
ITEMS = "通告事项:\n  - 自3月5日起，城南公路全线封闭施工。\n  - 过往车辆请经县道澄石线绕行。\n"


def lines_of(facts: Path) -> list[str]:
    return [line.strip("　") for line in to_lines(build_draft(facts)[1])]


def test_the_sample_reads_as_a_public_notice() -> None:
    spec, draft = build_draft(SAMPLES / "通告.yaml")
    assert spec.genre == "announcement" and spec.name == "announcement"
    lines = [line.strip("　") for line in to_lines(draft)]
    assert lines[0] == "青禾县公安局关于春节期间城区禁止燃放烟花爆竹的通告"
    assert lines[1] == "（2026年第1号）"
    assert lines[2].startswith("为保障春节期间") and lines[2].endswith("现将有关事项通告如下：")
    assert [line[:2] for line in lines[3:10]] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    assert "本通告自2026年2月10日起施行。" in lines and "特此通告。" in lines
    # No 主送机关 line (it addresses the public) and no 版记 (posted, not distributed).
    assert not any(line.endswith("：") and len(line) < 30 for line in lines[:3])
    assert not any(line.startswith(("抄送", "青禾县公安局办公室")) for line in lines)


def test_an_items_number_is_in_heiti_and_its_sentence_is_body_text() -> None:
    doc = Docx(draft_bytes(SAMPLES / "通告.yaml"))
    item = next(p for p in doc.paragraphs() if doc.text_of(p).startswith("一、"))
    style = item.find("w:pPr/w:pStyle", NS)
    # A body paragraph, not a heading's: a heading is kept with the next, and the items went to page 2 together.
    assert style is None or style.get(f"{{{NS['w']}}}val") in ("Normal", None)
    runs = item.findall("w:r", NS)
    assert "".join(t.text for t in runs[0].findall("w:t", NS)) == "一、"
    fonts = runs[0].find("w:rPr/w:rFonts", NS)
    assert fonts is not None and "黑体" in fonts.get(f"{{{NS['w']}}}eastAsia")
    assert runs[1].find("w:rPr/w:rFonts", NS) is None  # the paragraph's own 仿宋


@pytest.mark.parametrize(
    ("number", "shown"), [("3", "（第3号）"), ("第3号", "（第3号）"), ("2026年第3号", "（2026年第3号）")]
)
def test_its_number_stands_under_the_title(tmp_path: Path, number: str, shown: str) -> None:
    facts = write_facts(tmp_path, BASE + f"事由: 城南公路封闭施工\n编号: '{number}'\n" + ITEMS)
    assert lines_of(facts)[:2] == ["澄川县交通运输局关于城南公路封闭施工的通告", shown]


def test_an_ordinary_doc_number_goes_in_the_red_head(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        BASE + "发文机关标志: 澄川县交通运输局文件\n发文字号: 澄交通〔2026〕2号\n标题含发文机关: 否\n"
        "事由: 城南公路封闭施工\n" + ITEMS,
    )
    lines = [line for line in lines_of(facts) if not line.startswith("―")]  # the red rule
    assert lines[:3] == ["澄川县交通运输局文件", "澄交通〔2026〕2号", "关于城南公路封闭施工的通告"]


def test_a_title_without_a_matter_is_the_issuer_and_the_word(tmp_path: Path) -> None:
    assert lines_of(write_facts(tmp_path, BASE + ITEMS))[0] == "澄川县交通运输局通告"


def test_one_paragraph_reads_on_from_its_opening(tmp_path: Path) -> None:
    facts = write_facts(tmp_path, BASE + "目的: 保障施工安全\n通告事项: 决定自3月5日起封闭城南公路，请过往车辆绕行。\n")
    lines = lines_of(facts)
    assert lines[1] == "为保障施工安全，决定自3月5日起封闭城南公路，请过往车辆绕行。"
    assert not any("如下" in line for line in lines) and "特此通告。" in lines


def test_typed_numbers_are_not_numbered_again(tmp_path: Path) -> None:
    facts = write_facts(tmp_path, BASE + "通告事项:\n  - 一、城南公路封闭施工。\n  - 二、请绕行。\n")
    lines = lines_of(facts)
    assert "一、城南公路封闭施工。" in lines and not any(line.startswith("一、一、") for line in lines)


def test_headed_items_are_headings(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        BASE + "通告事项:\n  - {标题: 封闭时间, 内容: 3月5日至3月20日。}\n  - {标题: 绕行线路, 内容: 县道澄石线。}\n",
    )
    lines = lines_of(facts)
    assert "一、封闭时间" in lines and "二、绕行线路" in lines


@pytest.mark.parametrize(
    ("written", "sentence"),
    [
        ("2026-03-05", "本通告自2026年3月5日起施行。"),
        ("2026年3月5日", "本通告自2026年3月5日起施行。"),
        ("发布之日", "本通告自发布之日起施行。"),
        ("自发布之日起施行", "本通告自发布之日起施行。"),
        ("自2026年3月5日起施行。", "本通告自2026年3月5日起施行。"),
        ("3月5日", "本通告自2026年3月5日起施行。"),
    ],
)
def test_it_comes_into_force(tmp_path: Path, written: str, sentence: str) -> None:
    facts = write_facts(tmp_path, BASE + ITEMS + f"施行日期: {written}\n")
    lines = lines_of(facts)
    assert lines[lines.index(sentence) + 1] == "特此通告。"


def test_an_impossible_date_in_force_is_refused_with_its_line(tmp_path: Path) -> None:
    facts = write_facts(tmp_path, BASE + ITEMS + "施行日期: 2026-02-30\n", name="通告.yaml")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 1
    assert f"{facts}:7:7: 施行日期: " in result.output and "2026年没有2月30日" in result.output
    assert not (tmp_path / "out.docx").exists()


def test_its_closing_can_be_left_out_or_written(tmp_path: Path) -> None:
    assert "特此通告。" not in lines_of(write_facts(tmp_path, BASE + ITEMS + "结语: 无\n"))
    assert "现予通告。" in lines_of(write_facts(tmp_path, BASE + ITEMS + "结语: 现予通告\n"))


def test_a_gonggao_is_drafted_by_the_same_template(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path, BASE.replace("通告", "公告") + "事由: 城东地块出让\n" + ITEMS + "施行日期: 发布之日\n"
    )
    spec, _ = build_draft(facts)
    assert spec.name == "announcement"
    lines = lines_of(facts)
    assert lines[0] == "澄川县交通运输局关于城东地块出让的公告"
    assert lines[1] == "现将有关事项公告如下："
    assert "本公告自发布之日起施行。" in lines and "特此公告。" in lines


@pytest.mark.parametrize("name", ["通告", "公告", "announcement"])
def test_drafter_new_writes_a_starter_that_drafts(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["new", name, "-o", str(tmp_path / "starter.yaml")])
    assert result.exit_code == 0, result.output
    lines = lines_of(tmp_path / "starter.yaml")
    assert lines[0].endswith("公告" if name == "公告" else "通告")
    assert lines[-1] == "2026年1月20日"


def test_the_starter_is_the_templates_own() -> None:
    text = starter_text(find_template("通告"))
    assert text.startswith("# 通告的事实文件") and "\n文种: 通告\n" in text and "\n通告事项:\n" in text


def test_templates_show_lists_its_fields() -> None:
    result = CliRunner().invoke(main, ["templates", "show", "通告"])
    assert result.exit_code == 0, result.output
    for field in ("发文机关", "事由", "编号", "通告事项", "施行日期", "结语", "成文日期", "文种名"):
        assert f"\n  {field}（" in result.output
    assert "通告（announcement）" in CliRunner().invoke(main, ["templates", "list"]).output


def test_a_doc_number_without_a_red_head_points_to_its_number_field(tmp_path: Path) -> None:
    facts = write_facts(tmp_path, BASE + "发文字号: 澄交通〔2026〕1号\n" + ITEMS, name="通告.yaml")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "编号写在“编号”里（如“第1号”），排在标题下" in result.output
    notice = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n发文字号: 甲〔2026〕1号\n事由: 某事\n主送机关: 各单位\n正文: 请做好。\n成文日期: 2026-03-01\n",
        name="通知.yaml",
    )
    told = CliRunner().invoke(main, ["draft", str(notice), "-o", "-"]).output
    assert "不会出现在公文里" in told and "“编号”" not in told  # a notice has no number under its title
