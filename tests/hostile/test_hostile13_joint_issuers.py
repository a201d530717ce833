"""Hostile inputs, round 13: the offices of a joint document written on one line with a space between them.

发文机关: 青禾县教育局 青禾县财政局 (as a 抄送 or 出席 may be written, README) signed one office
青禾县教育局青禾县财政局, the gap closed as in running text. The offices are read apart now, as a 抄送's are;
a place's bare name spaced from its office (青禾县 教育局) is still one office.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
类别: 布置
事由: 做好防汛工作
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
印章: 是
"""


def _signed(tmp_path: Path, extra: str) -> list[str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    return lines[lines.index("　　特此通知。") + 1 : -1]


@pytest.mark.parametrize("gap", [" ", "\u3000", "  "])
def test_joint_issuers_on_one_line_sign_apart(tmp_path: Path, gap: str) -> None:
    assert _signed(tmp_path, f"发文机关: 青禾县教育局{gap}青禾县财政局\n") == ["青禾县教育局", "青禾县财政局"]


def test_joint_signers_on_one_line_sign_apart(tmp_path: Path) -> None:
    signed = _signed(tmp_path, "发文机关: 青禾县教育局\n署名: 青禾县教育局 青禾县财政局\n")
    assert signed == ["青禾县教育局", "青禾县财政局"]


def test_a_place_spaced_from_its_office_is_one_office(tmp_path: Path) -> None:
    assert _signed(tmp_path, "发文机关: 青禾县 教育局\n") == ["青禾县教育局"]


@pytest.mark.parametrize("mark", ["、", "，", ", "])
def test_joint_issuers_in_a_sentence_sign_apart(tmp_path: Path, mark: str) -> None:
    """发文机关: 青禾县教育局、青禾县财政局, as a sentence lists them: one 署名 line 青禾县教育局、青禾县财政局 before."""
    assert _signed(tmp_path, f"发文机关: 青禾县教育局{mark}青禾县财政局\n") == ["青禾县教育局", "青禾县财政局"]


def test_a_name_with_latin_letters_and_a_mark_is_one_signer(tmp_path: Path) -> None:
    assert _signed(tmp_path, "发文机关: 青禾县A、B项目办\n") == ["青禾县A、B项目办"]
