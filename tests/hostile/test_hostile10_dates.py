"""Hostile inputs, round 10: a 印发日期 before its 成文日期 draws a 提醒.

A document is printed for issue after it is signed (GB/T 9704 §7.4.3). A clerk writing in January types last
year (印发日期: 2024-01-08 under 成文日期: 2025-01-06), and the 版记 read 2024年1月8日印发 under a document
signed a year later, with no word, as a 发文字号 of last year draws one. Drafted anyway: a 提醒, not an error.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好寒假安全工作\n主送机关: 各中小学\n正文:\n- 各校要做好寒假安全工作。\n"
    "成文日期: 2025-01-06\n印发机关: 县教育局办公室\n"
)


def _draft(tmp_path: Path, printed: str) -> tuple[int, str, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + f"印发日期: {printed}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.stdout, result.stderr


def test_a_print_date_before_the_signing_date_is_said_at_its_line(tmp_path: Path) -> None:
    code, out, err = _draft(tmp_path, "2024-01-08")
    assert code == 0, err
    assert "2024年1月8日印发" in out
    assert "通知.yaml:10:" in err and "印发日期: 印发日期（2024年1月8日）早于成文日期（2025年1月6日）" in err, err


def test_a_print_date_on_or_after_the_signing_date_is_not_said(tmp_path: Path) -> None:
    for printed in ("2025-01-06", "2025-01-09"):
        code, _, err = _draft(tmp_path, printed)
        assert code == 0 and "印发日期" not in err, err
