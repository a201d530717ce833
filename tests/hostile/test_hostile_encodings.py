"""Text in encodings drafter does not read: the message says what the file seems to be and where it breaks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bounded import run_drafter

from drafter.errors import InputError
from drafter.textio import decode_text

FACTS = "文种: 工作总结\n单位: 青禾县实验小学\n期间: 2024年\n主要做法:\n  - 标题: 抓教学\n    内容: 很好。\n成文日期: 2025-01-10\n"


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-32", "UTF-32"),  # with its byte-order mark
    ],
)
def test_wide_encodings_are_named(encoding: str, expected: str) -> None:
    with pytest.raises(InputError, match=expected) as info:
        decode_text(FACTS.encode(encoding), "f.yaml")
    assert "UTF-8" in str(info.value)  # and what to do about it


@pytest.mark.parametrize(
    "damage, line",
    [
        (lambda b: b.replace("抓教学".encode(), "抓教学".encode()[:-1]), 5),  # a character cut short
        (lambda b: b.replace("青禾县".encode(), b"\xff" + "青禾县".encode()), 2),  # one stray byte
        (lambda b: b.replace("很好".encode(), "很好".encode() + b"\x80\x80"), 6),
        (lambda b: b + "\n# 注释：".encode() + "备注".encode("gbk") + b"\n", 9),  # a GBK word pasted in
    ],
)
def test_a_stray_byte_in_utf8_is_located(damage, line: int) -> None:
    data = damage(FACTS.encode("utf-8"))
    with pytest.raises(InputError) as info:
        decode_text(data, "f.yaml")
    message = str(info.value)
    assert re.match(rf"f\.yaml:{line}:\d+: ", message), message
    assert "UTF-8" in message


def test_gbk_still_reads_and_a_broken_gbk_byte_is_located() -> None:
    assert decode_text(FACTS.encode("gbk"), "f.yaml")[1] == "gb18030"
    broken = FACTS.encode("gbk").replace("很好".encode("gbk"), b"\x81\x30\x81")
    with pytest.raises(InputError, match=r"f\.yaml:6:\d+: 无法识别文件编码"):
        decode_text(broken, "f.yaml")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-32-be"])
def test_wide_encodings_fail_cleanly_in_draft_and_parse(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "f.yaml").write_bytes(FACTS.encode(encoding))
    (tmp_path / "doc.txt").write_bytes(("关于召开会议的通知\n" * 5).encode(encoding))
    drafted = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path)
    assert drafted.returncode == 1 and "UTF-" in drafted.stderr and "Traceback" not in drafted.stderr
    parsed = run_drafter("parse", "doc.txt", cwd=tmp_path)
    assert parsed.returncode == 1 and "UTF-" in parsed.stderr and "Traceback" not in parsed.stderr
