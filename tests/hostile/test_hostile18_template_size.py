"""Hostile inputs, session 18 (second round): a template folder whose .j2 file is far too big to be a template.

It was refused as 模板试图执行不允许的操作（“body.j2”太大……）, as if the template had tried to reach outside its
sandbox: the file is simply too big, and is said so. The limit is lowered here so that a small file stands for one
of megabytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter import sandbox
from drafter.cli import main

FACTS = LETTER
MANIFEST = (
    "name: 本单位函\ngenre: letter\nextends: letter\nsections:\n- {name: head}\n- {name: body}\n- {name: signoff}\n"
)


def test_a_template_file_too_big_is_said_as_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    (folder / "body.j2").write_text("{{ content_markup(正文, 1) }}" + "说明" * 20_000, encoding="utf-8")
    (tmp_path / "函.yaml").write_text(FACTS, encoding="utf-8")
    monkeypatch.setattr(sandbox, "MAX_TEMPLATE_BYTES", 64 << 10)
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "函.yaml"), "-t", str(folder), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "模板文件“body.j2”太大" in result.output, result.output
    assert "不允许的操作" not in result.output
