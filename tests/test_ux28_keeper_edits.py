"""ux28 walk: the colleague at 岚溪区教育局办公室 who keeps the unit's templates edits a template folder by hand
(manifest.yaml) every month: a default changed, a section removed. What the clerks drafting from it then met.

The folders here are written as the keeper leaves them, extending the built-in templates; made up for this walk."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from drafter.catalog import load_template_folder
from drafter.cli import main
from drafter.drafting import build_draft, encode
from drafter.errors import Problem
from drafter.sheets import columns_for
from drafter.starter import starter_text

NOTICE = """模板: 模板
发文机关: 岚溪区教育局
主送机关: 各中小学、幼儿园
事由: 做好冬季校园防火工作
导语:
  - 入冬以来天气干燥，校园火灾风险明显上升，为切实保障师生生命财产安全
正文:
  - 标题: 开展消防隐患排查
    内容: 各校要对教学楼、学生宿舍、食堂和实验室逐一排查，建立隐患台账，能当场整改的当场整改。
成文日期: 2025-12-05
"""


def _notice_folder(tmp_path: Path, copied: str) -> Path:
    """A notice template whose 抄送 default the keeper rewrote, with the description mining wrote left as it was."""
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: notice\ngenre: notice\ntitle: 通知（挖掘）\nextends: notice\nfields:\n"
        "  抄送:\n    required: false\n"
        f"    default: {copied}\n"
        "    example:\n    - 区委教育工委\n    - 区政府办公室\n    starter: false\n"
        "    description: 不填时用本单位的惯例“区委教育工委、区政府办公室”（4/4 篇文档如此）\n",
        encoding="utf-8",
    )
    (tmp_path / "通知.yaml").write_text(NOTICE, encoding="utf-8")
    return folder


def _copied_line(facts: Path) -> str:
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    return next(line for line in text.splitlines() if line.startswith("抄送："))


def test_a_list_default_written_on_one_line_is_the_offices_it_names(tmp_path: Path) -> None:
    # The keeper wrote the 抄送 default over on one line: every notice went out 抄送：区，委，教，育，……
    _notice_folder(tmp_path, "区委教育工委，区政府办公室，区财政局")
    assert _copied_line(tmp_path / "通知.yaml") == "抄送：区委教育工委，区政府办公室，区财政局。"


def test_a_list_default_of_names_set_apart_by_spaces_is_read_as_the_facts_are(tmp_path: Path) -> None:
    _notice_folder(tmp_path, "区委教育工委 区政府办公室 区财政局")
    assert _copied_line(tmp_path / "通知.yaml") == "抄送：区委教育工委，区政府办公室，区财政局。"


def test_the_starter_shows_the_default_the_keeper_wrote_not_the_one_mined(tmp_path: Path) -> None:
    folder = _notice_folder(tmp_path, "[区委教育工委, 区政府办公室, 区财政局]")
    text = starter_text(load_template_folder(folder), template_ref="模板")
    block = text[text.index("# 抄送") :].split("\n\n")[0]
    # The commented value, to be switched on, is the default the template now has (the example was the old one).
    assert "# - 区财政局" in block
    # The description quoted the mined habit: the starter says what the default is now.
    assert "模板的默认值现在是“区委教育工委，区政府办公室，区财政局”" in block.splitlines()[0]


def test_an_unchanged_default_is_told_once(tmp_path: Path) -> None:
    folder = _notice_folder(tmp_path, "[区委教育工委, 区政府办公室]")
    spec = load_template_folder(folder)
    copied = spec.field("抄送")
    assert copied is not None and "现在是" not in copied.description


MEETING = """模板: 模板
发文机关: 岚溪区教育局
主送机关: 各中小学、幼儿园
会议名称: 全区学校食品安全工作会议
会议时间: 2025-12-12 09:00
会议地点: 局五楼会议室
参会人员: 各中小学分管后勤的副校长和食堂负责人
有关要求:
  - 请带好本校食堂自查记录，会上逐校汇报整改进展
成文日期: 2025-12-05
"""

_WITHOUT_AGENDA = """- {name: head, title: 版头、标题和主送机关}
- {name: intro, title: 导语}
- {name: time, title: 会议时间}
- {name: place, title: 会议地点}
- {name: attendees, title: 参会人员}
- {name: requirements, title: 会议要求}
- {name: closing, title: 结语和附件说明}
- {name: signoff, title: 署名和成文日期}
"""


def _meeting_folder(tmp_path: Path) -> Path:
    """A meeting notice template the keeper took the agenda out of (the unit's meetings are announced without one)."""
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        f"name: meeting_notice\ngenre: meeting_notice\ntitle: 会议通知（挖掘）\nextends: meeting_notice\n"
        f"sections:\n{_WITHOUT_AGENDA}",
        encoding="utf-8",
    )
    return folder


def test_a_removed_section_is_not_asked_for_by_the_starter(tmp_path: Path) -> None:
    # The starter still asked for 会议议程 (〔请填写〕, refused until filled), and the draft then left it out.
    text = starter_text(load_template_folder(_meeting_folder(tmp_path)), template_ref="模板")
    lines = text.splitlines()
    assert not any(line.startswith("会议议程:") for line in lines)
    at = next(i for i, line in enumerate(lines) if line.startswith("# 会议议程（"))
    assert "去掉了“会议议程”这一节" in lines[at + 1]
    assert lines[at + 2] == "# 会议议程:"  # still there to see, commented


def test_a_removed_section_has_no_column_in_the_sheet_and_is_marked_in_show(tmp_path: Path) -> None:
    folder = _meeting_folder(tmp_path)
    assert "会议议程" not in [column.name for column in columns_for(load_template_folder(folder))]
    result = CliRunner().invoke(main, ["templates", "show", str(folder)])
    assert result.exit_code == 0, result.output
    shown = next(line for line in result.output.splitlines() if line.strip().startswith("会议议程（"))
    assert "去掉了“会议议程”这一节" in shown


def test_the_starter_of_a_template_without_the_agenda_drafts_once_filled(tmp_path: Path) -> None:
    folder = _meeting_folder(tmp_path)
    (tmp_path / "会议.yaml").write_text(MEETING, encoding="utf-8")
    warnings: list[Problem] = []
    build_draft(tmp_path / "会议.yaml", warnings=warnings)
    assert not [w for w in warnings if "会议议程" in str(w)]
    sheet = tmp_path / "名单.xlsx"
    result = CliRunner().invoke(main, ["new", "--xlsx", "--template", str(folder), "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    header = next(openpyxl.load_workbook(sheet).active.iter_rows(max_row=1, values_only=True))
    assert "会议议程" not in header and "会议名称" in header


def test_copies_set_apart_by_semicolons_are_several_offices(tmp_path: Path) -> None:
    # A spreadsheet cell (or a facts line) typed 区委教育工委;区政府办公室: the 版记 printed the semicolons.
    _notice_folder(tmp_path, "[区委教育工委, 区政府办公室]")
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE + "抄送: 区委教育工委;区政府办公室；区财政局\n", encoding="utf-8")
    warnings: list[Problem] = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "抄送：区委教育工委，区政府办公室，区财政局。" in text.splitlines()
    said = [w for w in warnings if "分号" in str(w)]
    assert said and said[0].location.line == NOTICE.count("\n") + 1


def test_a_misspelt_section_key_is_named_with_its_line(tmp_path: Path) -> None:
    # titel: (for title:) was passed over: the section kept its old title, and templates show listed it as body.
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: notice\ngenre: notice\nextends: notice\nsections:\n- name: head\n- name: body\n  titel: 通知事项\n"
        "- name: closing\n- name: signoff\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["templates", "show", str(folder)])
    assert result.exit_code == 1
    assert "manifest.yaml:6" in result.output and "titel" in result.output and "“title”" in result.output


def test_a_changed_issuer_default_is_followed_or_said(tmp_path: Path) -> None:
    # The keeper changed a mined notice's 发文机关 default (the 局 renamed) and not its 署名 and 发文机关标志: every
    # notice still went out signed and headed by the old name with no word.
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: notice\ngenre: notice\nextends: notice\nfields:\n"
        "  发文机关: {required: false, default: [岚溪区教育体育局]}\n"
        "  署名: {required: false, default: [岚溪区教育局]}\n"
        "  发文机关标志: {required: false, default: [岚溪区教育局文件]}\n",
        encoding="utf-8",
    )
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.replace("发文机关: 岚溪区教育局\n", ""), encoding="utf-8")
    warnings: list[Problem] = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "岚溪区教育体育局" in text.splitlines() or any(w.field == "发文机关" for w in warnings)
