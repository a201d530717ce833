"""Odd lines that users' archives hold: parsing never stops on them, and takes time in proportion to them.

The examples are our own words; random pages are seeded.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_paths


def test_a_page_of_issuers_over_issue_numbers_is_parsed(tmp_path: Path) -> None:
    # An index of documents as a clerk's export writes it: the issuer's name over its 发文字号, thousands of
    # times. Each pair reads like a 版头 over the next, so the head was sought below it again and again.
    pairs = [f"青禾县教育局\n青教〔2024〕{number}号" for number in range(1, 3001)]
    page = tmp_path / "发文登记.txt"
    page.write_text(
        "\n".join(pairs) + "\n关于做好秋季开学工作的通知\n各学校：\n请认真做好开学各项准备。\n特此通知。\n",
        encoding="utf-8",
    )
    parsed, skipped = parse_paths([page])
    assert not skipped
    assert parsed and parsed[0].documents
