"""A batch whose output folder is moved or deleted while it runs stops, says so once, and counts what it left.

Every item after the folder went failed on its own, each said on two lines (a folder of 3000 facts files gave
3600 lines of 输出文件夹 … 不存在 after the progress), and the run ended as 完成 with 1800 failures, though nothing
was wrong with them. The facts are made up for the test.
"""

import importlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.batch import ItemResult, run_batch
from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好防汛检查\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要排查堤防。\n成文日期: 2025-05-06\n"
)


def _facts(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"第{number:02d}号.yaml").write_text(FACTS, encoding="utf-8")


def test_the_batch_stops_when_its_output_folder_is_gone(tmp_path: Path) -> None:
    _facts(tmp_path / "稿件", 20)
    output = tmp_path / "输出"

    def progress(result: ItemResult, done: int, total: int) -> None:
        if done == 3:
            output.rename(tmp_path / "移走了")

    report = run_batch([str(tmp_path / "稿件")], output, jobs=1, progress=progress)
    # Items drafted ahead of their write (batch keeps up to _IN_FLIGHT of them) may still land in the moved folder
    # when said: how many depends on the machine's load, not on the rule under test.
    drafted = report.count("drafted")
    assert drafted >= 3 and report.count("failed") == 1, [r.status for r in report.results]
    assert report.not_done == 20 - drafted - 1 > 0 and "在起草途中不见了" in report.stopped
    assert report.to_json()["summary"]["not_done"] == report.not_done
    assert len(list((tmp_path / "移走了").glob("*.docx"))) == drafted


def test_the_terminal_says_it_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _facts(tmp_path / "稿件", 12)
    monkeypatch.chdir(tmp_path)
    batch = importlib.import_module("drafter.batch")  # (drafter.batch is also the API's function)
    real = batch.run_batch

    def moving(*args: object, **kwargs: object) -> object:
        given = kwargs["progress"]

        def progress(result: ItemResult, done: int, total: int) -> None:
            given(result, done, total)  # type: ignore[operator]
            if done == 2:
                os.rename("输出", "移走了")

        kwargs["progress"] = progress
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "run_batch", moving)
    result = CliRunner().invoke(main, ["batch", "稿件", "-o", "输出", "-j", "1"])
    assert result.exit_code == 4, result.output
    assert result.stderr.count("不存在") == 1, result.stderr
    assert "已停止：输出文件夹 输出 在起草途中不见了（被移走、改名或删除），还有 " in result.stderr
    assert "停止前：生成 " in result.stdout and "失败 1，未完成 " in result.stdout, result.stdout
