"""A reference .docx (红头模板) with numbers no word processor would write."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from drafter.docx.reference import apply_reference, load_reference
from drafter.docx.sheet import GBT9704
from drafter.errors import InputError


def _reference(path: Path, page: str) -> Path:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = re.sub(rb"<w:pgSz[^>]*/>", page.encode(), data)
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "page",
    [
        '<w:pgSz w:w="99999999999999999999" w:h="16838"/>',  # was taken: a page 10^18 mm wide
        '<w:pgSz w:w="11906" w:h="900000"/>',
    ],
)
def test_a_page_beyond_what_word_accepts_is_refused(tmp_path: Path, page: str) -> None:
    path = _reference(tmp_path / "红头模板.docx", page)
    with pytest.raises(InputError, match="超出了 Word 能处理的范围") as info:
        apply_reference(GBT9704, load_reference(path))
    assert "红头模板.docx" in str(info.value)


def test_the_largest_page_word_accepts_still_serves(tmp_path: Path) -> None:
    path = _reference(tmp_path / "红头模板.docx", '<w:pgSz w:w="31680" w:h="31680"/>')
    apply_reference(GBT9704, load_reference(path))
