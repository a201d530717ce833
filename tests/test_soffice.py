"""LibreOffice runs: PDF output for real, and the safety of each run with a stand-in soffice."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, requires_render

from drafter import soffice
from drafter.drafting import draft_file
from drafter.errors import DrafterError


def fake_soffice(folder: Path, body: str) -> Path:
    """A stand-in soffice program (a shell script) put first on PATH."""
    program = folder / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


@pytest.fixture
def on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    def put(body: str) -> Path:
        program = fake_soffice(tmp_path, body)
        monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
        return program

    return put


@requires_render
@pytest.mark.render
def test_pdf_output_has_the_pages_of_the_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = draft_file(SAMPLES / "工作总结.yaml", fmt="pdf")
    assert result.output == Path("工作总结.pdf")
    data = result.output.read_bytes()
    assert data.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(result.output)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           4" in info  # as the .docx renders (test_render_real)
    text = subprocess.run(["pdftotext", "-layout", str(result.output), "-"], capture_output=True, text=True).stdout
    assert "青禾县实验小学2024年教育教学工作总结" in text.replace(" ", "")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_missing_libreoffice_is_named_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(soffice, "find_soffice", lambda: None)
    with pytest.raises(
        DrafterError, match=r"out\.pdf: 生成 PDF 需要 LibreOffice；请安装.*apt-get install libreoffice-writer"
    ):
        draft_file(SAMPLES / "工作总结.yaml", output=tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_the_input_is_passed_as_a_dot_slash_name_in_a_private_folder(on_path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "args.txt"
    on_path(f'printf "%s\\n" "$@" > "{log}"; pwd >> "{log}"; printf PDF > source.pdf\n')
    assert soffice.convert(b"docx", ".docx", "pdf", label="x") == b"PDF"
    args = log.read_text(encoding="utf-8").splitlines()
    assert args[-2] == "./source.docx"
    assert args[0].startswith("-env:UserInstallation=file://")
    assert "--headless" in args and "--norestore" in args
    folder = Path(args[-1])
    assert folder.name.startswith(f"drafter-soffice-{os.getpid()}-")
    assert not folder.exists()  # removed afterwards


def test_a_hung_conversion_is_stopped_with_its_whole_group(on_path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "child.pid"
    # The stand-in starts a helper (like soffice.bin) and hangs; both must end.
    on_path(f'sleep 300 & echo $! > "{marker}"; sleep 300\n')
    started = time.monotonic()
    with pytest.raises(soffice.ConversionError, match="超过 1 秒，已停止"):
        soffice.convert(b"docx", ".docx", "pdf", label="x", timeout=1)
    assert time.monotonic() - started < 30
    child = int(marker.read_text())
    for _ in range(50):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the helper process outlived the conversion")


def test_a_conversion_that_makes_nothing_says_so(on_path) -> None:  # type: ignore[no-untyped-def]
    on_path("exit 0\n")
    with pytest.raises(soffice.ConversionError, match="没有生成 PDF 文件"):
        soffice.convert(b"docx", ".docx", "pdf", label="x")


def test_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(soffice.TIMEOUT_VARIABLE, "7")
    assert soffice.timeout_seconds() == 7
    monkeypatch.delenv(soffice.TIMEOUT_VARIABLE)
    assert soffice.timeout_seconds() == soffice.DEFAULT_TIMEOUT
    # A value that is no number of seconds is said, no longer ignored (hostile18: tests/hostile/test_hostile18_settings.py).
    monkeypatch.setenv(soffice.TIMEOUT_VARIABLE, "abc")
    with pytest.raises(soffice.ConversionError, match="abc"):
        soffice.timeout_seconds()
