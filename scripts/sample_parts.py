"""Record the parts of every sample's .docx, or compare them with a recording.

    python scripts/sample_parts.py record FOLDER    # before a change to the writer
    python scripts/sample_parts.py compare FOLDER   # after: lists every part whose bytes changed

Drafts through the command line, so it works whatever the modules inside are called. The core
properties part holds the time of drafting and is left out.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {"docProps/core.xml"}


def drafted_parts(sample: Path, scratch: Path) -> dict[str, bytes]:
    out = scratch / (sample.stem + ".docx")
    subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(sample), "-o", str(out), "--force"], check=True, cwd=ROOT
    )
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name not in SKIP}


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "compare"):
        print(__doc__)
        return 2
    mode, folder = sys.argv[1], Path(sys.argv[2])
    changed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for sample in sorted((ROOT / "samples").glob("*.yaml")):
            parts = drafted_parts(sample, Path(scratch))
            base = folder / sample.stem
            if mode == "record":
                for name, data in parts.items():
                    (base / name).parent.mkdir(parents=True, exist_ok=True)
                    (base / name).write_bytes(data)
                continue
            recorded = {p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()}
            for name in sorted(recorded | set(parts)):
                old = (base / name).read_bytes() if name in recorded else b""
                new = parts.get(name, b"")
                if old == new:
                    continue
                changed += 1
                print(f"{sample.stem}: {name} changed ({len(old)} → {len(new)} bytes)")
                if name == "word/document.xml":
                    split = lambda data: data.decode("utf-8").replace("><", ">\n<").splitlines()  # noqa: E731
                    for line in list(difflib.unified_diff(split(old), split(new), lineterm="", n=1))[:40]:
                        print("   ", line)
    if mode == "compare":
        print(f"{changed} part(s) differ" if changed else "all parts identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
