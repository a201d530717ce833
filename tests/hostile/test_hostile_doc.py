"""Old .doc files go through LibreOffice: names are never options, only OLE2 files are converted,
a hung conversion is ended with its whole process group, and nothing is left behind when drafter stops.

A stand-in ``soffice`` (a shell script on PATH) records its arguments and can hang like a real one.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from bounded import interruptible, run_drafter
from processes import ended_soon

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)

FAKE_SOFFICE = """#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_LOG/args.$$"
if [ "$FAKE_MODE" = hang ]; then
    sleep 1000 &
    echo $! > "$FAKE_LOG/child"
    echo $$ > "$FAKE_LOG/parent"
    wait
fi
exit 0
"""


@pytest.fixture()
def fake(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    log = tmp_path / "log"
    temp = tmp_path / "tmp"
    for folder in (bin_dir, log, temp):
        folder.mkdir()
    script = bin_dir / "soffice"
    script.write_text(FAKE_SOFFICE, encoding="utf-8")
    script.chmod(0o755)
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_LOG": str(log),
        "TMPDIR": str(temp),
        "FAKE_MODE": "quick",
    }


def _invocations(env: dict[str, str]) -> list[list[str]]:
    return [p.read_text(encoding="utf-8").splitlines() for p in Path(env["FAKE_LOG"]).glob("args.*")]


def _leftovers(env: dict[str, str]) -> list[Path]:
    return list(Path(env["TMPDIR"]).glob("drafter-soffice-*"))


@pytest.mark.parametrize(
    "name", ["-h.doc", "-env:UserInstallation=file:%2F%2F%2Ftmp%2Fx.doc", "--convert-to.doc", "--cat.doc", "-.doc"]
)
def test_file_names_are_never_read_as_options(tmp_path: Path, fake: dict[str, str], name: str) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / name).write_bytes(OLE2)
    result = run_drafter("parse", "old", cwd=tmp_path, env=fake)
    assert "Traceback" not in result.stderr
    [args] = _invocations(fake)
    assert args[-1].startswith("./") and name not in args
    assert not any(arg.startswith("-env:") and "tmp%2Fx" in arg for arg in args)
    assert not _leftovers(fake)


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>关于召开工作会议的通知</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content, outcome",
    [
        (b'<html><body><img src="http://127.0.0.1:9/x.png"><p>\xe5\x85\xb3\xe4\xba\x8e</p></body></html>', "read"),
        (b'<!DOCTYPE html>\n<link rel="stylesheet" href="http://127.0.0.1:9/s.css"><p>text</p>', "read"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
        (b"MZ\x90\x00" + bytes(100), "不是 Word 文件"),
        (b"plain text pretending", "不是 Word 文件"),
        (_docx_bytes(), "read"),
    ],
    ids=["html", "doctype", "rtf", "exe", "text", "docx"],
)
def test_only_ole2_files_reach_libreoffice(tmp_path: Path, fake: dict[str, str], content: bytes, outcome: str) -> None:
    (tmp_path / "x.doc").write_bytes(content)
    result = run_drafter("parse", "x.doc", cwd=tmp_path, env=fake)
    assert "Traceback" not in result.stderr
    assert not _invocations(fake), "LibreOffice was started for a file that is not a Word 97-2003 document"
    if outcome == "read":
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 1 and outcome in result.stderr, result.stderr


def test_a_hung_conversion_is_ended_with_its_whole_group(tmp_path: Path, fake: dict[str, str]) -> None:
    (tmp_path / "x.doc").write_bytes(OLE2)
    env = {**fake, "FAKE_MODE": "hang", "DRAFTER_SOFFICE_TIMEOUT": "2"}
    started = time.monotonic()
    result = run_drafter("parse", "x.doc", cwd=tmp_path, env=env, timeout=60)
    assert time.monotonic() - started < 30
    assert result.returncode == 1 and "超过 2 秒" in result.stderr, result.stderr
    child = int((Path(fake["FAKE_LOG"]) / "child").read_text())
    parent = int((Path(fake["FAKE_LOG"]) / "parent").read_text())
    assert ended_soon(child) and ended_soon(parent)
    assert not _leftovers(fake)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_conversion_leaves_nothing_behind(tmp_path: Path, fake: dict[str, str], signum: int) -> None:
    (tmp_path / "x.doc").write_bytes(OLE2)
    env = {**os.environ, **fake, "FAKE_MODE": "hang", "DRAFTER_SOFFICE_TIMEOUT": "120"}
    process = subprocess.Popen(
        [sys.executable, "-m", "drafter", "parse", "x.doc"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    )
    child_file = Path(fake["FAKE_LOG"]) / "child"
    deadline = time.monotonic() + 30
    while not child_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert child_file.exists(), "the conversion never started"
    time.sleep(0.3)
    assert _leftovers(fake)
    process.send_signal(signum)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr.decode("utf-8", "replace")
    assert ended_soon(int(child_file.read_text()))
    assert not _leftovers(fake)


def test_folders_of_a_killed_run_are_removed_by_the_next(tmp_path: Path, fake: dict[str, str]) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(finished.stdout)
    abandoned = Path(fake["TMPDIR"]) / f"drafter-soffice-{dead}-abcd1234"
    (abandoned / "profile").mkdir(parents=True)
    (tmp_path / "x.doc").write_bytes(OLE2)
    run_drafter("parse", "x.doc", cwd=tmp_path, env=fake)
    assert not abandoned.exists()
