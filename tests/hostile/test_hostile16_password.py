"""An Excel or Word file with a password to open is said to be one, not an old .xls or .doc to save again.

Excel and Word keep a file with a password to open in the old compound format, its real content in a stream
named EncryptedPackage. Such a list was refused as 老式的 Excel 97-2003（.xls）文件……请另存为 .xlsx — it is an
.xlsx already, and saving it again kept the password. The files are made up for the test: the compound header,
and the stream's name where the directory holds it.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _locked(path: Path) -> None:
    directory = "".join(f"{name}\0" for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(OLE2 + bytes(504) + directory.encode("utf-16-le") + bytes(4096))


def test_a_list_with_a_password_is_said_to_have_one(tmp_path: Path) -> None:
    _locked(tmp_path / "名单.xlsx")
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", cwd=tmp_path)
    assert result.returncode in (1, 4), result.stdout + result.stderr
    said = result.stdout + result.stderr
    assert "名单.xlsx: " in said and "设置了打开密码" in said and "97-2003" not in said, said


def test_a_word_file_with_a_password_is_said_to_have_one(tmp_path: Path) -> None:
    _locked(tmp_path / "通知.docx")
    result = run_drafter("parse", "通知.docx", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "通知.docx: " in result.stderr and "设置了打开密码" in result.stderr, result.stderr


@pytest.mark.parametrize("name", ["名单.xlsx"])
def test_an_old_xls_under_a_new_name_is_still_said_as_before(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(OLE2 + bytes(4096))
    result = run_drafter("batch", name, "-o", "输出", cwd=tmp_path)
    assert "97-2003" in result.stdout + result.stderr
