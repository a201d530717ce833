"""Sub-commands given a path that is not there."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("command", [["parse"], ["mine", "-o", "结果"]])
def test_a_missing_path_is_said_to_be_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    (tmp_path / "材料").mkdir()
    (tmp_path / "材料" / "1.txt").write_text("关于整理档案的通知\n各中小学：\n请按时完成。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command[0], "材料", "往年公文", *command[1:]])
    # it was '跳过 往年公文: 不支持的文件类型“无扩展名”'
    assert result.exit_code == 1 and "往年公文: 文件或文件夹不存在" in result.output, result.output
    assert "不支持的文件类型" not in result.output
    assert not (tmp_path / "结果").exists()
