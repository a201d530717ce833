"""Hostile inputs, session 18 (second round): a template folder from elsewhere whose example starts with “=”.

drafter new --template 模板 --xlsx wrote the field's example (=cmd|' /C calc'!A0, =HYPERLINK(……)) into the sheet
to fill through openpyxl, which stores a text starting with = as a formula: Excel or WPS runs it when the clerk
opens the sheet. The README says a template folder from others is safe to use. Every cell is written as text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

MANIFEST = """name: 本单位函
genre: letter
extends: letter
sections:
- {name: head}
- {name: body}
- {name: signoff}
fields:
  备注:
    type: text
    description: "=1+1"
    example: "=cmd|' /C calc'!A0"
"""


def test_no_cell_of_the_sheet_to_fill_is_a_formula(tmp_path: Path) -> None:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    (folder / "body.j2").write_text("{{ content_markup(正文, 1) }}{{ 备注 }}\n", encoding="utf-8")
    sheet = tmp_path / "名单.xlsx"
    result = CliRunner().invoke(main, ["new", "--template", str(folder), "--xlsx", "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(sheet) as book:
        parts = [name for name in book.namelist() if name.startswith("xl/worksheets/")]
        xml = "".join(book.read(name).decode("utf-8") for name in parts)
        strings = book.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in book.namelist() else ""
    assert "<f>" not in xml and "<f " not in xml
    assert "=cmd|" in xml + strings  # kept, as text
