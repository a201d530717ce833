"""Hostile inputs, round 12: byte-order marks inside a text file (files saved with one each, then joined).

Two past documents saved as UTF-8 with a BOM and joined (copy /b 甲.txt+乙.txt on Windows, cat elsewhere) hold the
second's mark at the start of its first line: the second document was titled \\ufeff澄江市……, an invisible character
in the title a template and its report quote. A value pasted from such a file carried it into the document.
"""

import json
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

FIRST = "关于做好防汛工作的通知\n\n各中小学：\n各校要做好防汛工作，落实值班制度。\n\n青禾县教育局\n2025年6月2日\n"
SECOND = "关于做好防火工作的通知\n\n各中小学：\n各校要做好防火工作，排查消防隐患。\n\n青禾县教育局\n2025年6月3日\n"
BOM = b"\xef\xbb\xbf"


def test_a_mark_inside_a_joined_file_is_no_part_of_a_title(tmp_path: Path) -> None:
    page = tmp_path / "两篇.txt"
    page.write_bytes(BOM + FIRST.encode() + BOM + SECOND.encode())
    result = CliRunner().invoke(main, ["parse", "--json", str(page)])
    assert result.exit_code == 0, result.output
    titles = [document["title"] for document in json.loads(result.stdout)["files"][0]["documents"]]
    assert titles == ["关于做好防汛工作的通知", "关于做好防火工作的通知"], titles


def test_a_mark_pasted_into_a_value_is_not_drafted(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    text = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: \ufeff做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("关于做好防汛工作的通知\n") and "\ufeff" not in result.stdout
