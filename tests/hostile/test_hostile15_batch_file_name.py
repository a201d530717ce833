"""`drafter batch 名单.csv -o 结果.docx`: -o given a file's name, as draft takes it.

A folder named 结果.docx was made (some file views show it as a Word file) with the documents inside it under
other names, where the clerk looked for one file, exit 0. Refused now before any work, with the folder name to
write; a folder of that name made before is used as it was.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SHEET = (
    "文种,发文机关,类别,事由,主送机关,正文,成文日期\n"
    "通知,青禾县教育局,布置,做好防汛工作,各中小学,各校要做好防汛值班。,2025-06-02\n"
)


@pytest.mark.parametrize("name", ["结果.docx", "结果.PDF", "结果.txt"])
def test_a_file_name_for_the_output_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("名单.csv").write_text(SHEET, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", name])
    assert result.exit_code == 1, result.output
    assert "batch 的 -o 是输出文件夹" in result.output and "-o 结果" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["名单.csv"]


def test_a_folder_of_that_name_made_before_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("名单.csv").write_text(SHEET, encoding="utf-8")
    Path("结果.docx").mkdir()
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "结果.docx", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in Path("结果.docx").iterdir() if p.suffix == ".txt"] == ["名单-2.txt"]
