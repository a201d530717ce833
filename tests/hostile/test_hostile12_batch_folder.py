"""Hostile inputs, round 12: a batch of a folder that keeps the unit's templates beside the facts files.

A clerk keeps what drafter mine wrote in the folder of the documents to draft (工作/挖掘结果/notice, 工作/通知1.yaml)
and runs drafter batch 工作: every template's manifest.yaml was an item that failed (这是模板文件夹里的 manifest.yaml
……), and the batch ended with exit 4 for files that are none of the clerk's documents.
"""

import shutil
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

REPO = Path(__file__).resolve().parents[2]
FACTS = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"


def _folder(tmp_path: Path) -> Path:
    work = tmp_path / "工作"
    for genre in ("notice", "request"):
        shutil.copytree(REPO / "templates" / genre, work / "挖掘结果" / genre)
    (work / "通知1.yaml").write_text(FACTS, encoding="utf-8")
    return work


def test_the_templates_kept_beside_the_facts_are_no_items(tmp_path: Path) -> None:
    work = _folder(tmp_path)
    result = CliRunner().invoke(main, ["batch", str(work), "-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "manifest.yaml" not in result.output and "共 1 项" in result.output, result.output
    assert (tmp_path / "输出" / "通知1.txt").is_file()


def test_a_folder_of_templates_alone_still_says_what_they_are(tmp_path: Path) -> None:
    work = _folder(tmp_path)
    result = CliRunner().invoke(
        main, ["batch", str(work / "挖掘结果"), "-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1"]
    )
    assert result.exit_code == 4, result.output
    assert "notice/manifest.yaml:2:1: 这是模板文件夹里的 manifest.yaml" in result.output, result.output


def test_a_facts_file_named_manifest_is_still_drafted(tmp_path: Path) -> None:
    work = tmp_path / "工作"
    work.mkdir()
    (work / "manifest.yaml").write_text(FACTS, encoding="utf-8")
    (work / "通知1.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(work), "-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0 and "共 2 项" in result.output, result.output


DEFAULTS = "发文机关: 青禾县教育局\n类别: 布置\n主送机关: 各中小学\n成文日期: 2025-06-02\n"


def test_the_defaults_kept_in_the_folder_of_the_facts_are_no_item(tmp_path: Path) -> None:
    """--defaults 工作/默认.yaml beside the facts files was also an item of drafter batch 工作, which failed (文种:
    不知道要写哪种公文), and the batch ended with exit 4."""
    work = tmp_path / "工作"
    work.mkdir()
    (work / "默认.yaml").write_text(DEFAULTS, encoding="utf-8")
    (work / "通知1.yaml").write_text(
        "文种: 通知\n事由: 做好防汛工作\n正文:\n- 各校要做好防汛工作。\n", encoding="utf-8"
    )
    args = ["-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1", "--defaults", str(work / "默认.yaml")]
    for given in (str(work), str(work / "*.yaml")):
        result = CliRunner().invoke(main, ["batch", given, *args, "--force"])
        assert result.exit_code == 0 and "共 1 项" in result.output, result.output
    assert (tmp_path / "输出" / "通知1.txt").read_text("utf-8").startswith("关于做好防汛工作的通知")
    # Named as an input itself, it is drafted (and fails) as before: a batch of nothing is no success.
    result = CliRunner().invoke(main, ["batch", str(work / "默认.yaml"), *args])
    assert result.exit_code == 4, result.output
