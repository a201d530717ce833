"""A damaged reference .docx (红头模板) is said in Chinese: which file, that it is damaged, what to do."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from drafter.docx.reference import load_reference
from drafter.errors import InputError
from tests.conftest import SAMPLES, draft_bytes


def _damaged(path: Path, part: str, data: bytes) -> Path:
    """A drafted notice (it has footers) with one part replaced."""
    import io

    source = zipfile.ZipFile(io.BytesIO(draft_bytes(SAMPLES / "通知.yaml")))
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, data if name == part else source.read(name))
    return path


@pytest.mark.parametrize(
    "part",
    ["word/footer1.xml", "word/document.xml", "word/styles.xml"],
)
def test_damaged_xml_inside_a_reference_is_said_in_chinese(tmp_path: Path, part: str) -> None:
    path = _damaged(tmp_path / "红头模板.docx", part, b"<w:ftr><w:p>")  # cut off mid-way
    with pytest.raises(InputError) as info:
        load_reference(path)
    message = str(info.value)
    assert "红头模板.docx" in message and "损坏" in message and "另存为 .docx" in message, message
    # ElementTree's own words were shown: 'XML 格式错误：unclosed token: line 1, column 0'
    said = re.sub(r"word/\w+\.xml|\.docx|Word|WPS", "", message.split("红头模板.docx:", 1)[1])
    assert not re.search(r"[A-Za-z]{3,}", said), message


@pytest.mark.parametrize("data", [b"PK\x03\x04 cut short", b"PK\x05\x06" + bytes(18)])
def test_a_broken_zip_is_said_in_words_not_a_class_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "红头模板.docx"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_reference(path)
    message = str(info.value)
    assert "红头模板.docx" in message and "BadZipFile" not in message and "另存为" in message, message
