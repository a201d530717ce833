"""A disk that fills up (or goes read-only) under drafter: a Chinese reason, the old output untouched."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from drafter.cli import main
from drafter.errors import os_reason


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "磁盘已满"),
        (errno.EROFS, "只读"),
        (errno.EACCES, "没有权限"),
        (errno.EIO, "磁盘读写出错"),
        (errno.ELOOP, "符号链接成环"),
    ],
)
def test_system_reasons_are_said_in_chinese(code: int, words: str) -> None:
    assert words in os_reason(OSError(code, os.strerror(code)))


def test_an_unknown_system_reason_keeps_the_systems_words() -> None:
    assert os_reason(OSError(errno.ENOTSOCK, "Socket operation on non-socket")).startswith("系统错误：")


def _full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_under_mine_is_a_message_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import drafter.mining.mine as mining

    corpus = tmp_path / "旧文件"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"{n}.txt").write_text(
            f"关于做好第{n}季度安全检查的通知\n各学校：\n现将有关事项通知如下：\n一、检查内容\n校舍和消防设施。\n特此通知。\n",
            encoding="utf-8",
        )
    monkeypatch.setattr(mining, "report_html", _full)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["mine", "旧文件", "-o", "挖掘结果"])
    assert result.exit_code == 1, result.output
    assert "挖掘结果: 无法写入挖掘结果（磁盘已满）" in result.output and "意外" not in result.output, result.output
    assert not (tmp_path / "挖掘结果").exists() and not list(tmp_path.glob(".挖掘结果.*"))


def test_a_full_disk_under_draft_is_said_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import drafter.output as output

    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    monkeypatch.setattr(output, "_write_all", _full)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["draft", "通知.yaml"])
    assert result.exit_code == 1, result.output
    assert "通知.docx: 写入失败（磁盘已满）" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.yaml"]
