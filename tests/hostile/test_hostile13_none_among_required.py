"""Hostile inputs, round 13: 无 beside names in a list the document cannot go without.

A clerk copying last year's joint notice struck its second office out as 发文机关: [青禾县教育局, 无]: the draft
signed a second office 无 (a 纪要's 出席: [王明, 无] listed 无 among those present), with no word. 无 beside names in
an optional list (抄送) was already refused; in a required one it is now, the hint to delete it.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES

NOTICE = """文种: 通知
类别: 布置
事由: 做好防汛工作
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
印章: 是
发文机关: {issuers}
"""


@pytest.mark.parametrize("struck", ["无", "/", "“无”"])
def test_none_beside_an_issuer_is_refused(tmp_path: Path, struck: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(issuers=f"[青禾县教育局, {struck}]"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 1, result.output
    assert "通知.yaml:9:" in result.output and "发文机关: 第2项写的是" in result.output, result.output
    assert "删去" in result.output and not (tmp_path / "通知.docx").exists()


def test_none_beside_those_present_is_refused(tmp_path: Path) -> None:
    text = (SAMPLES / "会议纪要.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("出席:"))
    facts = tmp_path / "纪要.yaml"
    facts.write_text(kept + "\n出席: [王明, 无]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "出席: 第2项写的是“无”" in result.output, result.output


def test_two_issuers_still_sign(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(issuers="[青禾县教育局, 青禾县财政局]"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0 and "青禾县财政局" in result.output, result.output
