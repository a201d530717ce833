"""drafter batch says the same 提醒 as drafter draft for each row, naming the row and the file it was drafted
as; and a 会议通知 (请示, 函: the genres whose built-in asks for one) sent without a 联系人 is reminded of it.

Before, a batch list's reminder of its 默认 was said at the 默认's line with no word of which item or file,
a sheet's reminders came after every row's progress line without the file they concern, and a meeting
notice with no contact drafted without a word (in draft and batch alike). The meeting is made up."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = {
    "文种": "会议通知",
    "发文机关": "石溪乡人民政府",
    "会议名称": "全乡冬季征兵工作会议",
    "会议时间": "2025-11-03 上午9:00",
    "会议地点": "乡政府二楼会议室",
    "主送机关": "各村民委员会",
    "参会人员": "各村民兵营长",
    "成文日期": "2025-11-06",
}
CONTACT = "联系人: [{姓名: 龙小梅, 电话: 0745-6123456}]"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # files named as a clerk names them, relative to where he works


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _reminders(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("提醒：")]


def _yaml(facts: dict[str, str], extra: str = "") -> str:
    return "".join(f"{key}: {value}\n" for key, value in facts.items()) + extra


@pytest.mark.parametrize(
    ("genre", "facts"),
    [
        ("会议通知", _yaml(NOTICE)),
        (
            "请示",
            "文种: 请示\n发文机关: 石溪乡人民政府\n事由: 拨付村道维修资金\n主送机关: 县交通运输局\n"
            "缘由: 村道路面损毁严重。\n请示事项: 恳请拨付维修资金。\n成文日期: 2025-11-06\n",
        ),
    ],
)
def test_a_genre_asking_for_a_contact_is_reminded_of_none(tmp_path: Path, genre: str, facts: str) -> None:
    path = tmp_path / "件.yaml"
    path.write_text(facts, encoding="utf-8")
    reminders = _reminders(_run("draft", path.name, "-o", "件.docx"))
    assert any(f"联系人: 这份{genre}没有写联系人和电话" in line for line in reminders), reminders


@pytest.mark.parametrize("extra", [CONTACT, "联系人: 无"])
def test_a_contact_written_or_refused_on_purpose_is_no_reminder(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text(_yaml(NOTICE, extra + "\n"), encoding="utf-8")
    assert not any("联系人" in line for line in _reminders(_run("draft", path.name, "-o", "x.docx")))


def test_a_plain_notice_has_no_contact_to_be_reminded_of(tmp_path: Path) -> None:
    path = tmp_path / "通知.yaml"
    path.write_text(
        "文种: 通知\n发文机关: 石溪乡人民政府\n事由: 做好冬季防火\n主送机关: 各村\n正文: 请各村落实巡查。\n"
        "成文日期: 2025-11-06\n",
        encoding="utf-8",
    )
    assert not any("联系人" in line for line in _reminders(_run("draft", path.name, "-o", "x.docx")))


def test_each_sheet_row_has_drafts_reminders_naming_the_row_and_its_file(tmp_path: Path) -> None:
    keys = list(NOTICE)
    late = {**NOTICE, "主送机关": "大坪村"}  # meeting before the 成文日期: reminded
    fine = {**NOTICE, "主送机关": "双河村", "成文日期": "2025-10-28"}
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        ",".join(keys) + "\n" + "".join(",".join(row[k] for k in keys) + "\n" for row in (late, fine)),
        encoding="utf-8",
    )
    output = _run("batch", sheet.name, "-o", "输出", "-j", "1")
    reminders = _reminders(output)
    late_lines = [line for line in reminders if line.startswith("提醒：名单.csv 第2行")]
    assert any("会议时间" in line for line in late_lines), reminders
    assert all(line.endswith("（起草为 输出/名单-2.docx）") or "名单-2.docx" in line for line in late_lines), reminders
    fine_lines = [line for line in reminders if line.startswith("提醒：名单.csv 第3行")]
    assert [("联系人" in line, "名单-3.docx" in line) for line in fine_lines] == [(True, True)], reminders
    # The same reminders as draft gives the row's facts.
    facts = tmp_path / "大坪村.yaml"
    facts.write_text(_yaml(late), encoding="utf-8")
    drafted = _reminders(_run("draft", facts.name, "-o", "x.docx"))
    said = sorted(line.split(": ", 1)[1].split("（", 1)[0] for line in drafted)
    assert sorted(line.split(": ", 1)[1].split("（", 1)[0] for line in late_lines) == said


def test_a_lists_default_reminder_names_the_item_and_its_file(tmp_path: Path) -> None:
    listing = tmp_path / "名单.yaml"
    default = "".join(f"  {key}: {value}\n" for key, value in NOTICE.items())
    listing.write_text(
        f"默认:\n{default}  {CONTACT}\n批量:\n  - 主送机关: 大坪村\n  - 主送机关: 双河村\n    成文日期: 2025-10-28\n",
        encoding="utf-8",
    )
    reminders = _reminders(_run("batch", listing.name, "-o", "输出", "-j", "1"))
    assert len(reminders) == 1, reminders
    assert "会议时间" in reminders[0] and "名单.yaml 第1项" in reminders[0], reminders
    assert reminders[0].endswith("起草为 输出/名单-1.docx）"), reminders
