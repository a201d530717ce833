"""A Word, Excel or PDF file under a text file's name is said to be what it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from drafter.errors import InputError
from drafter.textio import decode_text
from tests.conftest import SAMPLES, draft_bytes


def _xlsx() -> bytes:
    import io

    import openpyxl

    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        ("通知.yaml", lambda: draft_bytes(SAMPLES / "通知.yaml"), "这是一个 Word 文件（.docx），只是扩展名是“.yaml”"),
        ("名单.csv", _xlsx, "这是一个 Excel 文件（.xlsx），只是扩展名是“.csv”"),
        ("通知.yaml", lambda: b"%PDF-1.4\n\x00\x01\x02", "这是一个 PDF 文件，只是扩展名是“.yaml”"),
        ("通知.yaml", lambda: b"\x7fELF\x00\x00\x01", "含有二进制内容"),
    ],
)
def test_a_binary_file_under_a_text_name_is_named_for_what_it_is(
    name: str, make: Callable[[], bytes], said: str
) -> None:
    with pytest.raises(InputError) as info:
        decode_text(make(), name)
    # every one of these was '不是文本文件（含有二进制内容）'
    assert str(info.value) == f"{name}: 不是文本文件（{said}）"
