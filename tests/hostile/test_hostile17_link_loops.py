"""A link that leads round in a circle, given as what to mine or as batch's output folder, is said as such.

mine 循环 -o 结果, where 循环 is a link to a link back to itself (a colleague's unpacked archive, a folder moved
under its own link), stopped with 出现意外错误（RuntimeError: Symlink loop from……）; batch -o 循环 said
无法建立输出文件夹（系统错误：File exists）, in English.
"""

import os
from pathlib import Path

from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好水库巡查\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要落实巡查责任人。\n成文日期: 2025-05-12\n"
)


def _loop(folder: Path) -> None:
    os.symlink("循环二", folder / "循环")
    os.symlink("循环", folder / "循环二")


def test_mining_a_link_loop_is_said_as_one(tmp_path: Path) -> None:
    _loop(tmp_path)
    result = run_drafter("mine", "循环", "-o", "结果", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "循环: 无法访问（符号链接成环或层数太多）" in result.stderr and "意外错误" not in result.stderr
    assert not (tmp_path / "结果").exists()


def test_a_link_loop_as_the_output_folder_is_said_in_chinese(tmp_path: Path) -> None:
    _loop(tmp_path)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("batch", "通知.yaml", "-o", "循环", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "循环: 无法建立输出文件夹（已有同名的文件或链接）" in result.stderr, result.stderr
    assert "File exists" not in result.stderr
