"""The installed wheel carries the built-in templates: build it, install it in a fresh venv, draft."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import REPO, Docx

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=900)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_and_drafts_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(REPO))
    (wheel,) = dist.glob("drafter-*.whl")

    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "drafter/templates/summary/manifest.yaml" in names
    assert "drafter/templates/meeting_notice/receipt.j2" in names
    assert "drafter/py.typed" in names and "drafter/docx/title_words.txt" in names and "drafter/docx/words.txt" in names
    assert "drafter/mining/weights.json" in names and "drafter/mining/data/vocabulary.tsv" in names
    assert not any(name.startswith("templates/") for name in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = str(bindir / "python")
    run(python, "-m", "pip", "install", "--quiet", str(wheel))

    work = tmp_path / "work"
    work.mkdir()
    located = run(
        python, "-c", "import drafter, drafter.catalog as c; print(drafter.__file__); print(c.builtin_root())", cwd=work
    )
    module_path, template_root = located.stdout.split()
    assert module_path.startswith(str(env_dir)) and template_root.startswith(str(env_dir))

    drafter = str(bindir / "drafter")
    run(drafter, "new", "会议通知", "-o", "x.yaml", cwd=work)
    run(drafter, "draft", "x.yaml", cwd=work)
    doc = Docx((work / "x.docx").read_bytes())
    assert doc.text_of(doc.paragraphs()[0]).startswith("关于召开")
