"""`batch --defaults` given a sheet or a list file instead of a facts file of shared values.

--defaults 名单.csv was told 这是表格……请用 drafter batch 起草, to a clerk running drafter batch. A list file
(默认 + 批量) given as --defaults had its 默认 taken for every input and its 批量 items never drafted, exit 0;
without a 默认 every item failed on 批量: 不认识这个键. Both are refused before any work, with what to write.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, defaults: str, text: str):
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(FACTS, encoding="utf-8")
    Path(defaults).write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["batch", "通知.yaml", "--defaults", defaults, "-o", "结果", "-f", "txt"])


def test_a_sheet_as_defaults_is_said_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _batch(tmp_path, monkeypatch, "名单.csv", "发文机关\n青禾县教育局\n")
    assert result.exit_code == 2, result.output
    assert "--defaults 名单.csv: 这是表格；--defaults 要写一个事实文件" in result.output
    assert not (tmp_path / "结果").exists()


@pytest.mark.parametrize("shared", ["默认:\n  发文机关: 青禾县教育局\n", ""])
def test_a_list_file_as_defaults_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared: str) -> None:
    result = _batch(tmp_path, monkeypatch, "列表.yaml", shared + "批量:\n- 事由: 做好防暑工作\n")
    assert result.exit_code == 1, result.output
    line = 3 if shared else 1
    assert f"列表.yaml:{line}:1: 批量: 这是列表文件" in result.output, result.output
    assert not (tmp_path / "结果").exists()
