"""A relative path written in the ``batch --defaults`` file is read beside that file, not beside each facts file.

A unit keeps its shared values and its template together (共用/默认.yaml with 模板: 本单位通知, the folder
共用/本单位通知 beside it) and its facts elsewhere (工作/*.yaml). The 模板 was looked for in 工作/ and every item
failed (找不到模板文件夹……/工作/本单位通知); an attachment's 文件: 方案.yaml written there the same.
"""

import shutil
from pathlib import Path

from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

ITEM = "类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
PLAN = (
    "文种: 实施方案\n单位: 青禾县教育局\n事项: 防汛工作\n目的: 确保安全度汛\n依据: 有关规定\n"
    "主要任务:\n- 标题: 落实值班\n  内容: 各校安排专人值班。\n"
)


def _batch(tmp_path: Path, shared: str, monkeypatch) -> tuple[int, str]:
    (tmp_path / "共用").mkdir()
    (tmp_path / "工作").mkdir()
    folder = tmp_path / "共用" / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("name: notice", "name: 本单位通知", 1), encoding="utf-8"
    )
    (tmp_path / "共用" / "默认.yaml").write_text(shared, encoding="utf-8")
    (tmp_path / "共用" / "方案.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "工作" / "防汛.yaml").write_text(ITEM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["batch", "工作/防汛.yaml", "--defaults", "共用/默认.yaml", "-o", "结果", "-f", "txt", "-j", "1"]
    )
    return result.exit_code, result.output


def test_a_template_folder_beside_the_defaults_is_found(tmp_path: Path, monkeypatch) -> None:
    code, output = _batch(tmp_path, "模板: 本单位通知\n发文机关: 青禾县教育局\n", monkeypatch)
    assert code == 0, output
    assert "青禾县教育局" in (tmp_path / "结果" / "防汛.txt").read_text(encoding="utf-8")


def test_an_attachment_file_beside_the_defaults_is_found(tmp_path: Path, monkeypatch) -> None:
    code, output = _batch(tmp_path, "文种: 通知\n发文机关: 青禾县教育局\n附件:\n- 文件: 方案.yaml\n", monkeypatch)
    assert code == 0, output
    assert "防汛工作实施方案" in (tmp_path / "结果" / "防汛.txt").read_text(encoding="utf-8")


def test_a_missing_folder_is_said_where_it_was_looked_for(tmp_path: Path, monkeypatch) -> None:
    code, output = _batch(tmp_path, "模板: 本单位同志\n发文机关: 青禾县教育局\n", monkeypatch)
    assert code == 4, output
    assert "共用/默认.yaml:1:5: 模板:" in output and str(tmp_path / "共用" / "本单位同志") in output, output
