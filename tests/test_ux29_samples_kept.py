"""ux29 walk: a clerk who changed the starter's unit but kept its contact, e-mail or meeting place sent the
sample's (林晓 0571-88001234, qhjyj@example.gov.cn) to every 社区卫生服务中心, with no word. Now each is said."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _run(tmp_path: Path, genre: str, edits: dict[str, str]) -> tuple[int, str, str]:
    facts = tmp_path / f"{genre}.yaml"
    assert CliRunner().invoke(main, ["new", genre, "-o", str(facts)]).exit_code == 0
    text = facts.read_text(encoding="utf-8")
    for old, new in edits.items():
        assert old in text, old
        text = text.replace(old, new)
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.stdout, result.stderr


MEETING = {
    "发文机关: 青禾县教育局": "发文机关: 岚溪区卫生健康局",
    "会议名称: 全县2025年春季学期教育工作会议": "会议名称: 全区基本公共卫生服务项目推进会",
    "主送机关: 各乡镇中心学校，县直各学校、幼儿园": "主送机关: 各社区卫生服务中心",
}


def test_the_samples_contact_and_email_are_said(tmp_path: Path) -> None:
    code, out, err = _run(tmp_path, "会议通知", MEETING)
    assert code == 0
    assert "qhjyj@example.gov.cn" in out  # drafted all the same: a reminder, not a refusal
    said = [line for line in err.splitlines() if "示例" in line]
    assert any("回执" in line and "qhjyj@example.gov.cn" in line for line in said), err
    assert any("联系人" in line and "0571-88001234" in line for line in said), err
    assert any("会议地点" in line for line in said), err
    assert all("青禾县教育局" in line for line in said), err  # whose sample it is


def test_a_kept_short_common_value_is_not_said(tmp_path: Path) -> None:
    # 会期: 半天, 结语: 妥否，请批示。 and 主送机关: 县人民政府 are any unit's words.
    _, _, err = _run(tmp_path, "会议通知", MEETING)
    assert "会期" not in err and "印章" not in err
    _, _, err = _run(tmp_path, "请示", {"发文机关: 青禾县教育局": "发文机关: 岚溪区卫生健康局"})
    assert "结语" not in err and "主送机关" not in err


def test_the_starter_drafted_as_it_is_says_nothing(tmp_path: Path) -> None:
    # README: the file drafter new writes drafts as it is (to see the layout): the samples are all the sample's.
    code, _, err = _run(tmp_path, "会议通知", {})
    assert code == 0 and "示例" not in err, err
