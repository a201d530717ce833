"""ux29 walk: a new clerk's first week with the built-in starters (drafter new), each edited as little as a
hurried clerk does: the unit's name changed, the rest kept."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _starter(tmp_path: Path, genre: str) -> Path:
    facts = tmp_path / f"{genre}.yaml"
    result = CliRunner().invoke(main, ["new", genre, "-o", str(facts)])
    assert result.exit_code == 0, result.output
    return facts


def _draft(facts: Path) -> list[str]:
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_minutes_starter_with_its_unit_changed_marks_the_new_unit(tmp_path: Path) -> None:
    # The starter wrote 纪要标志: 青禾县教育局局务会议纪要 as a value, the very mark the default makes: the clerk who
    # changed 单位 sent minutes under another bureau's red mark.
    facts = _starter(tmp_path, "会议纪要")
    text = facts.read_text(encoding="utf-8").replace("单位: 青禾县教育局", "单位: 岚溪区卫生健康局")
    facts.write_text(text, encoding="utf-8")
    assert _draft(facts)[0] == "岚溪区卫生健康局局务会议纪要"


def test_request_starter_is_sent_to_another_office(tmp_path: Path) -> None:
    # The starter's 请示 went from 青禾县教育局 to 县教育局 (itself) and spoke as 我校: a first-week clerk could not
    # tell who asks whom.
    lines = _draft(_starter(tmp_path, "请示"))
    addressee = lines[1].rstrip("：")
    signer = lines[-3]
    assert not signer.endswith(addressee)
    body = "".join(lines)
    assert ("我校" in body) == signer.endswith(("学", "学校"))


def test_a_training_notice_is_the_meeting_notice(tmp_path: Path) -> None:
    # drafter new 培训通知 was refused with 是否想写“通知”？: the plain 通知, where the clerk then wrote 培训时间,
    # 培训地点 … as headings by hand; the 会议通知 lays a 培训班 out so (关于举办……的通知, 培训时间, 参训人员).
    facts = _starter(tmp_path, "培训通知")
    text = facts.read_text(encoding="utf-8")
    assert "会议名称:" in text
    facts.write_text(
        text.replace("会议名称: 全县2025年春季学期教育工作会议", "会议名称: 全区基层院感防控业务培训班"),
        encoding="utf-8",
    )
    lines = _draft(facts)
    assert lines[0] == "关于举办全区基层院感防控业务培训班的通知"
    assert "\u3000\u3000一、培训时间" in lines


def test_the_meeting_starter_says_how_to_write_a_training_course(tmp_path: Path) -> None:
    text = _starter(tmp_path, "会议通知").read_text(encoding="utf-8")
    note = next(line for line in text.splitlines() if line.startswith("# 会议名称"))
    assert "培训班" in note and "关于举办" in note, note
