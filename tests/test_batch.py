"""drafter batch: list files, folders, names, skip/force, failures, interruption, shards, equivalence."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SAMPLES, Docx
from processes import children, wait_for_outputs

from drafter.batch import parse_shard, run_batch
from drafter.batch_plan import plan_outputs, safe_name
from drafter.cli import main
from drafter.errors import UsageError

NOTICE_DEFAULTS = """默认:
  文种: 会议通知
  发文机关: 青禾县教育局
  会议名称: 全县教育工作会议
  会议时间: 2025-02-20 9:00
  会议地点: 县教育局三楼会议室
  参会人员: 各校校长
  成文日期: 2025-02-14
批量:
"""


def list_file(folder: Path, items: list[str], name: str = "名单.yaml") -> Path:
    path = folder / name
    path.write_text(NOTICE_DEFAULTS + "".join(items), encoding="utf-8")
    return path


def township_items(count: int) -> list[str]:
    return [f"  - 主送机关: 第{n}乡镇中心学校\n" for n in range(1, count + 1)]


def test_list_file_items_merge_onto_defaults(tmp_path: Path) -> None:
    path = list_file(
        tmp_path, ["  - 主送机关: 城关镇中心学校\n", "  - 主送机关: 白沙乡中心学校\n    会议地点: 白沙乡会议室\n"]
    )
    report = run_batch([str(path)], tmp_path / "out", jobs=1)
    assert [r.status for r in report.results] == ["drafted", "drafted"]
    first = Docx((tmp_path / "out" / "名单-1.docx").read_bytes())
    second = Docx((tmp_path / "out" / "名单-2.docx").read_bytes())
    assert first.text_of(first.paragraph_with("中心学校：")) == "城关镇中心学校："
    assert "县教育局三楼会议室。" in [first.text_of(p) for p in first.paragraphs()]
    assert "白沙乡会议室。" in [second.text_of(p) for p in second.paragraphs()]


def test_folder_and_glob_inputs(tmp_path: Path) -> None:
    report = run_batch([str(SAMPLES)], tmp_path / "a", jobs=1)
    assert report.count("failed") == 0
    made = sorted(p.name for p in (tmp_path / "a").iterdir() if not p.name.startswith("."))
    assert made == sorted(p.stem + ".docx" for p in SAMPLES.glob("*.yaml"))
    report = run_batch([str(SAMPLES / "会议通知*.yaml")], tmp_path / "b", jobs=1)
    assert report.count("drafted") == 2
    with pytest.raises(UsageError, match="没有匹配到任何文件"):
        run_batch([str(SAMPLES / "没有*.yaml")], tmp_path / "c")


@pytest.mark.parametrize(
    ("wanted", "safe"),
    [
        ("城关镇", "城关镇"),
        ("../../etc/passwd", "____etc_passwd"),
        ("..", "_"),
        (" . ", "未命名"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("  名单. ", "名单"),
        ("\x00\x1f", "__"),
        ("长" * 300, "长" * 76),
        ("CON .txt", "_CON .txt"),
        ("COM¹", "_COM¹"),
        ("conin$", "_conin$"),
    ],
)
def test_hostile_names_are_made_safe(wanted: str, safe: str) -> None:
    assert safe_name(wanted) == safe


def test_names_from_the_facts_collide_deterministically(tmp_path: Path) -> None:
    items = [
        "  - 主送机关: 甲\n    文件名: 通知\n",
        "  - 主送机关: 乙\n    文件名: 通知\n",
        "  - 主送机关: 丙\n    文件名: 通知\n",
        "  - 主送机关: 丁\n    文件名: ../../逃逸\n",
    ]
    path = list_file(tmp_path, items)
    report = run_batch([str(path)], tmp_path / "out", jobs=1)
    assert [Path(r.output).name for r in report.results] == ["通知.docx", "通知-2.docx", "通知-3.docx", "____逃逸.docx"]
    assert all(Path(r.output).parent == tmp_path / "out" for r in report.results)


def test_existing_files_are_skipped_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "工作总结.docx").write_bytes(b"keep")
    report = run_batch([str(SAMPLES / "工作总结.yaml")], out, jobs=1)
    assert report.results[0].status == "skipped" and (out / "工作总结.docx").read_bytes() == b"keep"
    assert report.exit_code == 0
    report = run_batch([str(SAMPLES / "工作总结.yaml")], out, jobs=1, force=True)
    assert report.results[0].status == "drafted" and (out / "工作总结.docx").read_bytes()[:2] == b"PK"


def test_one_bad_item_does_not_stop_the_others(tmp_path: Path) -> None:
    items = [
        "  - 主送机关: 甲\n",
        "  - 主送机关: 乙\n    会议时间: 5月32日\n",
        "  - 就是一句话\n",
        "  - 主送机关: 丁\n",
    ]
    path = list_file(tmp_path, items)
    broken = tmp_path / "坏.yaml"
    broken.write_text("文种: 工作总结\n单位: 甲\n  期间: 乙\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["batch", str(path), str(broken), "-o", str(tmp_path / "out"), "-j", "1", "--report", str(tmp_path / "r.json")],
    )
    assert result.exit_code == 4
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["summary"] == {
        "total": 5,
        "drafted": 2,
        "skipped": 0,
        "failed": 3,
        "redrafted": 0,
        "seconds": data["summary"]["seconds"],
    }
    errors = {item["item"]: item.get("errors", []) for item in data["items"]}
    assert any(e.startswith(f"{path}:12:11: 会议时间: 无法识别的日期") for e in errors[f"{path} 第2项（第11行）"])
    assert any(e.startswith(f"{path}:13:5: 批量: 列表里的每一项") for e in errors[f"{path} 第3项（第13行）"])
    assert any("YAML 格式错误" in e for e in errors[str(broken)])
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "名单-1.docx",
        "名单-4.docx",
    ]
    assert "完成：生成 2，跳过 0，失败 3" in result.output


def test_shards_cover_every_item_exactly_once(tmp_path: Path) -> None:
    path = list_file(tmp_path, township_items(10))
    names: list[str] = []
    for index in (1, 2, 3):
        report = run_batch([str(path)], tmp_path / f"shard{index}", jobs=1, shard=(index, 3))
        names += [Path(r.output).name for r in report.results]
    assert sorted(names) == sorted(f"名单-{n:02d}.docx" for n in range(1, 11))
    assert len(names) == len(set(names))
    assert parse_shard("2/5") == (2, 5)
    for bad in ("0/3", "4/3", "x", "1/0"):
        with pytest.raises(UsageError):
            parse_shard(bad)


def test_batch_output_equals_drafter_draft(tmp_path: Path) -> None:
    runner = CliRunner()
    assert (
        runner.invoke(main, ["draft", str(SAMPLES / "会议通知.yaml"), "-o", str(tmp_path / "one.docx")]).exit_code == 0
    )
    run_batch([str(SAMPLES / "会议通知.yaml")], tmp_path / "out", jobs=1)
    one = zipfile.ZipFile(tmp_path / "one.docx")
    two = zipfile.ZipFile(tmp_path / "out" / "会议通知.docx")
    assert one.namelist() == two.namelist()
    for name in one.namelist():
        if name != "docProps/core.xml":  # holds the creation time
            assert one.read(name) == two.read(name), name


def test_parallel_batch_matches_serial(tmp_path: Path) -> None:
    path = list_file(tmp_path, township_items(40))
    serial = run_batch([str(path)], tmp_path / "s", jobs=1)
    parallel = run_batch([str(path)], tmp_path / "p", jobs=2)
    assert serial.count("drafted") == parallel.count("drafted") == 40
    for name in (p.name for p in (tmp_path / "s").iterdir() if not p.name.startswith(".")):
        a = zipfile.ZipFile(tmp_path / "s" / name).read("word/document.xml")
        b = zipfile.ZipFile(tmp_path / "p" / name).read("word/document.xml")
        assert a == b


def _batch_process(path: Path, out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "drafter", "batch", str(path), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _all_outputs_complete(out: Path) -> None:
    for path in out.glob("*.docx"):
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None, path


@pytest.mark.slow
def test_a_killed_worker_leaves_no_partial_file_and_a_rerun_finishes(tmp_path: Path) -> None:
    path = list_file(tmp_path, township_items(3000))
    out = tmp_path / "out"
    process = _batch_process(path, out)
    wait_for_outputs(out, 30, process)
    workers = children(process.pid)
    assert workers, "the batch finished before a worker could be killed; make it bigger"
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode in (0, 4), stderr
    _all_outputs_complete(out)
    rerun = _batch_process(path, out)
    _, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, stderr
    assert len(list(out.glob("*.docx"))) == 3000
    assert not list(out.glob(".*.tmp"))
    _all_outputs_complete(out)


@pytest.mark.slow
def test_sigterm_stops_the_batch_cleanly_and_a_rerun_finishes(tmp_path: Path) -> None:
    path = list_file(tmp_path, township_items(3000))
    out = tmp_path / "out"
    process = _batch_process(path, out)
    wait_for_outputs(out, 30, process)
    os.kill(process.pid, signal.SIGTERM)
    process.communicate(timeout=120)
    assert process.returncode != 0
    _all_outputs_complete(out)
    assert not list(out.glob(".*.tmp"))
    rerun = _batch_process(path, out)
    rerun.communicate(timeout=120)
    assert rerun.returncode == 0
    assert len(list(out.glob("*.docx"))) == 3000


def test_plan_outputs_numbers_list_items_with_padding(tmp_path: Path) -> None:
    path = list_file(tmp_path, township_items(12))
    from drafter.batch_plan import items_from_file

    planned = plan_outputs(items_from_file(path), tmp_path, ".docx")
    assert planned[0].output.name == "名单-01.docx" and planned[-1].output.name == "名单-12.docx"


def test_bad_list_structure(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("默认:\n  文种: 会议通知\n批量: 不是列表\n多余: 1\n", encoding="utf-8")
    report = run_batch([str(path)], tmp_path / "out", jobs=1)
    (failed,) = report.results
    assert failed.status == "failed"
    assert any("批量: 应当是一个列表" in e for e in failed.errors)
    assert any("多余: 批量文件的顶层只能有" in e for e in failed.errors)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_write_that_fails_fails_only_its_item_and_results_keep_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """Files are written on writer threads while the next items are drafted: a failed write is
    that item's failure, reported in input order, and it is not in the folder's record."""
    from drafter.errors import OutputError

    batch = sys.modules["drafter.batch"]  # the package's ``batch`` is the function of that name
    real_write = batch.write_atomic

    def failing_write(path: Path, data: bytes, **options: object) -> None:
        if path.name == "名单-03.docx":
            raise OutputError(f"{path}: 写入失败（磁盘已满）")
        real_write(path, data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "write_atomic", failing_write)
    path = list_file(tmp_path, township_items(12))
    report = run_batch([str(path)], tmp_path / "out", jobs=jobs)
    assert [r.position for r in report.results] == list(range(12))
    assert [r.status for r in report.results].count("drafted") == 11
    failed = report.results[2]
    assert failed.status == "failed" and "磁盘已满" in failed.errors[0]
    assert not (tmp_path / "out" / "名单-03.docx").exists()
    record = (tmp_path / "out" / ".drafter-batch.jsonl").read_text(encoding="utf-8")
    assert "名单-03.docx" not in record and "名单-04.docx" in record


def test_a_batch_of_nothing_that_exists_cannot_start_and_makes_no_folder(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    out = tmp_path / "输出"
    for given in (str(tmp_path / "不存在.yaml"), str(tmp_path / "*.yaml")):
        result = CliRunner().invoke(main, ["batch", given, "-o", str(out)])
        assert result.exit_code == 1 and "没有起草任何文件" in result.output, result.output
        assert not out.exists()
