"""Hostile batches: link loops, unreadable folders, races, signals, a killed parent, odd file names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from bounded import assert_clean_failure, interruptible, run_drafter
from processes import children, kill_all, kill_parent, wait_for_outputs

DEFAULTS = """默认:
  文种: 会议通知
  发文机关: 青禾县教育局
  会议名称: 全县教育工作会议
  会议时间: 2025-02-20 9:00
  会议地点: 县教育局三楼会议室
  参会人员: 各校校长
  成文日期: 2025-02-14
批量:
"""
ONE = DEFAULTS.replace("默认:\n", "").replace("批量:\n", "").replace("\n  ", "\n").lstrip() + "主送机关: 各校\n"
ONE = "\n".join(line.strip() for line in ONE.splitlines()) + "\n"


def _list_file(folder: Path, count: int, name: str = "名单.yaml") -> Path:
    path = folder / name
    path.write_text(DEFAULTS + "".join(f"  - 主送机关: 第{n}乡镇中心学校\n" for n in range(count)), encoding="utf-8")
    return path


def _facts(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ONE, encoding="utf-8")
    return path


def _docx_names(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.docx"))


@pytest.mark.parametrize(
    "pattern", ["facts/**/*.yaml", "facts/**", "facts/*/*/*/*.yaml", "facts/**/sub/**/*.yaml", "facts"]
)
def test_link_loops_are_walked_once_and_each_file_drafted_once(tmp_path: Path, pattern: str) -> None:
    facts = tmp_path / "facts"
    _facts(facts, "a.yaml")
    _facts(facts / "sub", "b.yaml")
    (facts / "sub" / "self").symlink_to("..", target_is_directory=True)  # facts/sub/self → facts
    (facts / "x").symlink_to("y", target_is_directory=True)
    (facts / "y").symlink_to("x", target_is_directory=True)  # a dangling pair
    (facts / "sub" / "again").symlink_to(facts / "sub", target_is_directory=True)
    (facts / "alias.yaml").symlink_to(facts / "a.yaml")
    result = run_drafter("batch", pattern, "-o", "out", "-j", "1", cwd=tmp_path, timeout=60)
    assert "Traceback" not in result.stderr, result.stderr
    names = _docx_names(tmp_path / "out")
    assert len(names) == len(set(names)) and len(names) <= 2, names
    assert {"a.docx", "b.docx"} & set(names) or pattern == "facts/*/*/*/*.yaml"


def test_the_same_file_named_twice_is_drafted_once(tmp_path: Path) -> None:
    _facts(tmp_path, "a.yaml")
    result = run_drafter("batch", "a.yaml", "./a.yaml", "*.yaml", "-o", "out", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _docx_names(tmp_path / "out") == ["a.docx"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="没有命名管道的系统")
def test_a_broken_link_or_a_pipe_inside_a_folder_is_reported_not_dropped(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    _facts(facts, "a.yaml")
    (facts / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")  # a shortcut to a file since removed
    os.mkfifo(facts / "pipe.yaml")  # opening it for reading would wait for a writer forever
    result = run_drafter("batch", "facts", "-o", "out", "-j", "1", cwd=tmp_path, timeout=60)
    assert result.returncode == 4, result.stderr
    assert "gone.yaml" in result.stderr and "不存在" in result.stderr, result.stderr
    assert "pipe.yaml" in result.stderr and "不是普通文件" in result.stderr, result.stderr
    assert "[1/3]" in result.stderr and "[2/3]" in result.stderr, result.stderr  # counted one by one
    assert _docx_names(tmp_path / "out") == ["a.docx"]
    matched = run_drafter("batch", "facts/*.yaml", "-o", "out2", "-j", "1", cwd=tmp_path, timeout=60)
    assert matched.returncode == 4 and "gone.yaml" in matched.stderr and "pipe.yaml" in matched.stderr, matched.stderr
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "ok.txt").write_text("关于做好防汛工作的通知\n\n各学校：\n\n请各校做好值班安排。\n", encoding="utf-8")
    parsed = run_drafter("parse", "corpus", "--json", cwd=tmp_path, timeout=60)
    assert parsed.returncode == 0, parsed.stderr
    assert "gone.txt" in parsed.stderr and "pipe.txt" in parsed.stderr, parsed.stderr


def _deny(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make folders called ``name`` unreadable: root (as in containers) reads every folder whatever its mode."""
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)).name == name:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("how", ["mode-000", "simulated"])
def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    facts = tmp_path / "facts"
    _facts(facts, "a.yaml")
    _facts(facts / "locked", "b.yaml")
    if how == "mode-000":
        if os.geteuid() == 0:
            pytest.skip("root reads folders whatever their mode; the simulated case covers it")
        (facts / "locked").chmod(0o000)
    else:
        _deny(monkeypatch, "locked")
    monkeypatch.chdir(tmp_path)
    try:
        runner = CliRunner()
        result = runner.invoke(main, ["batch", "facts", "-o", "out", "-j", "1"])
        assert result.exit_code == 4, result.output
        assert "locked" in result.output and "无法读取" in result.output, result.output
        assert _docx_names(tmp_path / "out") == ["a.docx"]
        parsed = runner.invoke(main, ["parse", "facts"])
        assert "locked" in parsed.output and "无法读取" in parsed.output, parsed.output
    finally:
        (facts / "locked").chmod(0o755)


def test_an_uncreatable_output_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _facts(tmp_path, "a.yaml")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for target in ("file/sub", "file", "/proc/drafter-out", "/dev/null/x", "/sys/drafter/out"):
        result = run_drafter("batch", "a.yaml", "-o", target, cwd=tmp_path)
        assert_clean_failure(result, "错误")
        assert result.returncode == 1
    from click.testing import CliRunner

    from drafter.cli import main

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "a.yaml", "-o", "locked/out"])
    assert result.exit_code == 1 and "没有写入权限" in result.output, result.output


def test_two_batches_into_one_folder_both_succeed(tmp_path: Path) -> None:
    path = _list_file(tmp_path, 200)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "drafter", "batch", str(path), "-o", "out", "-j", "2", "--report"]
    first = subprocess.Popen([*command, "r1.json"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen([*command, "r2.json"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    _, err1 = first.communicate(timeout=180)
    _, err2 = second.communicate(timeout=180)
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert len(_docx_names(tmp_path / "out")) == 200
    assert not list((tmp_path / "out").glob(".*.tmp"))
    reports = [json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ("r1.json", "r2.json")]
    drafted = sum(r["summary"]["drafted"] for r in reports)
    assert drafted >= 200 and all(r["summary"]["failed"] == 0 for r in reports)
    for docx in (tmp_path / "out").glob("*.docx"):
        with zipfile.ZipFile(docx) as archive:
            assert archive.testzip() is None


def _start(tmp_path: Path, path: Path, jobs: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "drafter", "batch", str(path), "-o", "out", "-j", jobs, *extra],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=interruptible,
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupted_batch_still_reports(tmp_path: Path, signum: int, jobs: str) -> None:
    path = _list_file(tmp_path, 3000)
    process = _start(tmp_path, path, jobs, "--report", "r.json")
    wait_for_outputs(tmp_path / "out", 20, process)
    assert process.poll() is None, "the batch finished before it could be interrupted"
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr, stderr
    assert "已中断" in stderr and "中断前：生成" in stdout, stdout + stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["interrupted"] is True and summary["not_done"] > 0
    on_disk = len(_docx_names(tmp_path / "out"))
    assert summary["drafted"] <= on_disk and summary["drafted"] + summary["not_done"] + summary["failed"] >= 3000
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    path = _list_file(tmp_path, 3000)
    process = subprocess.Popen(
        [sys.executable, "-m", "drafter", "batch", str(path), "-o", "out", "-j", "2"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # orphans holding a pipe would hang the test instead of failing it
    )
    workers: list[int] = []
    try:
        wait_for_outputs(tmp_path / "out", 40, process)  # type: ignore[arg-type]
        workers = children(process.pid)
        assert workers, "no workers seen; the batch finished too early"
        assert not kill_parent(process, workers), "workers outlived their parent"
        assert not list((tmp_path / "out").glob(".*.tmp"))
    finally:
        kill_all(workers)


def _odd_names(folder: Path) -> list[bytes]:
    """File names as unzip writes a Windows zip's (GBK bytes), plus bytes that are no encoding at all."""
    names = ["会议通知".encode("gbk") + b".yaml", b"\xff\xfe-odd.yaml", "正常".encode() + b"\x80.yaml"]
    for raw in names:
        (folder / os.fsdecode(raw)).write_text(ONE, encoding="utf-8")
    return names


def test_non_utf8_file_names_in_batch_reports(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    _odd_names(facts)
    (facts / "bad.yaml").write_text("文种: 会议通知\n", encoding="utf-8")
    os.rename(facts / "bad.yaml", Path(os.fsdecode(bytes(facts) + b"/\xb4\xed\xce\xf3.yaml")))  # 错误 in GBK
    result = run_drafter("batch", "facts", "-o", "out", "-j", "1", "--report", "r.json", cwd=tmp_path)
    assert result.returncode == 4 and "Traceback" not in result.stderr, result.stderr
    report = json.loads((tmp_path / "r.json").read_bytes().decode("utf-8"))
    assert report["summary"]["drafted"] == 3 and report["summary"]["failed"] == 1
    items = " ".join(item["item"] for item in report["items"])
    assert "会议通知.yaml" in items and "错误.yaml" in items and "\\xff\\xfe-odd.yaml" in items
    assert "错误.yaml" in result.stderr
    assert len(_docx_names(tmp_path / "out")) == 3


def test_non_utf8_file_names_in_mine_and_parse(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "关于做好安全工作的通知\n\n各学校：\n\n一、提高认识\n各校要高度重视。\n\n二、落实责任\n明确分工。\n\n青禾县教育局\n2024年3月1日\n"
    for index, raw in enumerate([b"\xb0\xb2\xc8\xab.txt", b"\xff.txt", "三".encode("gbk") + b".txt"]):
        (Path(os.fsdecode(bytes(corpus) + b"/" + raw))).write_text(text.replace("安全", f"第{index}项"), "utf-8")
    parsed = run_drafter("parse", "corpus", "--json", cwd=tmp_path)
    assert parsed.returncode == 0 and "Traceback" not in parsed.stderr, parsed.stderr
    assert "安全.txt" in json.loads(parsed.stdout)["files"][0]["path"]
    mined = run_drafter("mine", "corpus", "-o", "out", cwd=tmp_path, timeout=240)
    assert mined.returncode == 0 and "Traceback" not in mined.stderr, mined.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_bytes().decode("utf-8"))
    assert report["overview"]["files"] == 3
    (tmp_path / "out" / "report.html").read_bytes().decode("utf-8")


CONTROL = ["\x1b]0;pwned\x07", "\x1b[2J", "\x9b31m", "\u202eevil", "\r覆盖", "\x00"]


@pytest.mark.parametrize("control", CONTROL, ids=["osc-title", "csi-clear", "c1-csi", "rtl-override", "cr", "nul"])
def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, control: str
) -> None:
    escaped = control.encode("unicode_escape").decode("ascii").replace("\\x1b", "\\e").replace("\\x00", "\\0")
    escaped = escaped.replace("\\x07", "\\a").replace("\\x9b", "\\x9b")
    from click.testing import CliRunner

    from drafter.cli import main

    (tmp_path / "f.yaml").write_text(ONE + f'"键{escaped}": 值\n', encoding="utf-8")
    commands = [["draft", "f.yaml", "-o", "out.docx"]]
    if "\x00" not in control:
        named = tmp_path / "names"
        _facts(named, f"名{control}.yaml")
        (named / f"文{control}.txt").write_text("关于开会的通知\n\n一、时间\n明天。\n", encoding="utf-8")
        commands += [["batch", "names", "-o", "out", "-j", "1"], ["parse", "names"], ["parse", "names", "--json"]]
    forbidden = {ch for ch in control if unicodedata.category(ch) in ("Cc", "Cf")}
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = CliRunner().invoke(main, command)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert not forbidden & set(result.output), (control, result.output)


HOSTILE_NAMES = [
    "../../逃出去",
    "/etc/passwd",
    "a/../../b",
    "..",
    ".",
    "C:\\Windows\\system32",
    "CON",
    "CON .tmp",  # a device name with an extension (an extension of a document is refused: test_hostile4_names)
    "COM¹",
    "conin$",
    "LPT9.docx",
    "ＣＯＮ",
    "名" * 120,
    "x" * 300,
    "\u202ecod.exe",
    "a\x1b]0;title\x07b",
    "  .  ",
    "~/x",
    "*?<>|",
]


@pytest.mark.parametrize("wanted", HOSTILE_NAMES)
def test_hostile_file_names_stay_inside_the_output_folder(tmp_path: Path, wanted: str) -> None:
    escaped = wanted.encode("unicode_escape").decode("ascii").replace("\\x1b", "\\e").replace("\\x07", "\\a")
    path = tmp_path / "list.yaml"
    path.write_text(DEFAULTS + f'  - 主送机关: 甲\n    文件名: "{escaped}"\n  - 主送机关: 乙\n', encoding="utf-8")
    result = run_drafter("batch", "list.yaml", "-o", "out", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    inside = sorted(p.name for p in (tmp_path / "out").iterdir() if p.name != ".drafter-batch.jsonl")
    assert len(inside) == 2 and all(name.endswith(".docx") for name in inside), inside
    outside = sorted(p.name for p in tmp_path.iterdir())
    assert outside == ["list.yaml", "out"], outside
    for name in inside:
        assert len(name.encode("utf-8")) <= 240 and not name.startswith(".")
        assert not {ch for ch in name if unicodedata.category(ch) in ("Cc", "Cf")}
        stem = name.split(".")[0].strip().upper()
        assert stem not in {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
