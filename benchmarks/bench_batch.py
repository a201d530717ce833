"""Batch drafting speed against a floor and the peers, measured side by side in one run.

    python benchmarks/bench_batch.py [--items 1000] [--big 10000] [--rounds 3]

The same content — the built-in 工作总结 sample, one document per unit — is produced by:
  * the floor: a minimal writer that zips each document's pre-built word/document.xml with the
    pre-compressed static parts and writes the file the way drafter does (temporary file, fsync,
    link, on the same writer threads) — the physical limit of this content in Python; also shown
    writing plainly (no fsync);
  * drafter batch (in-process, -j 1 and -j 2), which validates, renders and lays out as well;
  * docxtpl, from an equivalent .docx template this script builds with python-docx;
  * plain python-docx with its default template;
  * pandoc, Markdown → .docx, one process per document (how pandoc is used), when installed.
The script checks that all of them produced the same paragraphs, then prints documents/second and
the ratios. Each measurement runs ``--rounds`` times (the machine is shared; the range is printed)
and says how busy the machine's cores were with other work meanwhile. It also times one-shot
`drafter draft` against the import floor (python + import jinja2.sandbox, yaml, click) and pandoc,
and the peak memory of a 10,000-item batch.

Goals (issue 12): drafter -j 1 ≥ 0.25× the floor and ≥ 10× docxtpl; -j 2 ≥ 1.7× -j 1 on idle cores;
one-shot ≤ 1.3× the import floor; 10,000 items under 300 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "samples" / "工作总结.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Subprocesses run as a user's would: with the installed package's bytecode (a fresh venv compiles it).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def unit_name(number: int) -> str:
    return f"青禾县第{number}实验小学"


def write_list_file(folder: Path, count: int) -> Path:
    """A 批量 list file: the sample's facts as defaults, one unit per item."""
    facts = SAMPLE.read_text(encoding="utf-8")
    lines = [line for line in facts.splitlines() if not line.startswith("#")]
    body = "\n".join("  " + line if line.strip() else "" for line in lines if not line.startswith("单位:"))
    items = "".join(f"  - 单位: {unit_name(n)}\n" for n in range(1, count + 1))
    path = folder / "units.yaml"
    path.write_text("默认:\n" + body + "\n批量:\n" + items, encoding="utf-8")
    return path


def paragraphs_of(docx: Path) -> list[str]:
    with zipfile.ZipFile(docx) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    texts = ["".join(p.itertext()).strip() for p in root.iter(f"{W}p")]
    return [t for t in texts if t]


def unit_facts(number: int) -> str:
    return SAMPLE.read_text(encoding="utf-8").replace("单位: 青禾县实验小学", f"单位: {unit_name(number)}")


def content_for(number: int) -> list[tuple[str, str]]:
    """(kind, text) of every paragraph drafter writes for one unit — the content every tool reproduces."""
    from drafter.drafting import draft_from_tree
    from drafter.facts import load_facts_text
    from drafter.model import Heading, Paragraph, Signoff, Title

    _, draft = draft_from_tree(load_facts_text(unit_facts(number), "sample.yaml"), SAMPLE)
    content = []
    for block in draft.blocks:
        if isinstance(block, Title):
            content.append(("title", block.text))
        elif isinstance(block, Heading):
            content.append((f"h{block.level}", block.marker + block.text + block.body))
        elif isinstance(block, Paragraph):
            content.append(("body", block.text))
        elif isinstance(block, Signoff):
            content += [("sign", block.issuer), ("sign", block.date)]
        elif hasattr(block, "text"):
            content.append(("body", block.text))
    return content


# --- the floor ---------------------------------------------------------------------------------------


def floor_inputs(count: int) -> tuple[list[tuple[bytes, bytes]], list[tuple[bytes, int, int, bytes]]]:
    """Each unit's word/document.xml and core.xml as drafter writes them, and every other part
    of the package compressed once: what the floor writer starts from (built outside the timing)."""
    import io

    from drafter.drafting import draft_from_tree, encode
    from drafter.facts import load_facts_text

    dynamic, static = [], []
    for number in range(1, count + 1):
        _, draft = draft_from_tree(load_facts_text(unit_facts(number), "sample.yaml"), SAMPLE)
        with zipfile.ZipFile(io.BytesIO(encode(draft, "docx"))) as archive:
            dynamic.append((archive.read("word/document.xml"), archive.read("docProps/core.xml")))
            if not static:
                for name in archive.namelist():
                    if name not in ("word/document.xml", "docProps/core.xml"):
                        raw = archive.read(name)
                        static.append((name.encode(), zlib.crc32(raw), len(raw), _deflate(raw, 9)))
    return dynamic, static


def _deflate(raw: bytes, level: int) -> bytes:
    # zlib's window sized to the part, as drafter does: at the default size, setting it up costs more
    # than compressing a part of a few kilobytes, and the floor is meant to be the limit.
    from drafter.docx.package import deflate

    return deflate(raw, level)


def minimal_zip(entries: list[tuple[bytes, int, int, bytes]]) -> bytes:
    """A zip of entries already compressed: local headers, data, central directory, end record."""
    local, central, offset = [], [], 0
    for name, crc, size, data in entries:
        fields = (20, 0, 8, 0, 33, crc, len(data), size, len(name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0)
        local += (header, name, data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name)
        offset += len(header) + len(name) + len(data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(local) + directory + end


def run_floor(out: Path, dynamic: list[tuple[bytes, bytes]], static: list, durable: bool) -> float:
    """Zip and write every document; durable writes go through drafter's writer threads, as drafter's do."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    from drafter.batch import _IN_FLIGHT, _WRITERS
    from drafter.output import write_atomic

    start = time.perf_counter()
    waiting: deque[Future[None]] = deque()
    with ThreadPoolExecutor(_WRITERS) as writer:
        for number, (document, core) in enumerate(dynamic, 1):
            own = [
                (b"word/document.xml", zlib.crc32(document), len(document), _deflate(document, 1)),
                (b"docProps/core.xml", zlib.crc32(core), len(core), _deflate(core, 1)),
            ]
            data = minimal_zip(static + own)
            target = out / f"units-{number}.docx"
            if durable:
                waiting.append(writer.submit(write_atomic, target, data, force=True))
                while len(waiting) > _IN_FLIGHT:
                    waiting.popleft().result()
            else:
                target.write_bytes(data)
        for write in waiting:
            write.result()
    return time.perf_counter() - start


# --- the peers ---------------------------------------------------------------------------------------


def build_docxtpl_template(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("{%p for item in paragraphs %}")
    document.add_paragraph("{{ item }}")
    document.add_paragraph("{%p endfor %}")
    document.save(path)


def run_docxtpl(template: Path, out: Path, contents: list[list[tuple[str, str]]]) -> float:
    from docxtpl import DocxTemplate

    start = time.perf_counter()
    for number, content in enumerate(contents, 1):
        document = DocxTemplate(template)
        document.render({"paragraphs": [text for _, text in content]})
        document.save(out / f"{number}.docx")
    return time.perf_counter() - start


def run_python_docx(out: Path, contents: list[list[tuple[str, str]]]) -> float:
    import docx
    from docx.shared import Pt

    start = time.perf_counter()
    for number, content in enumerate(contents, 1):
        document = docx.Document()
        for kind, text in content:
            paragraph = document.add_paragraph(text, style="Title" if kind == "title" else None)
            paragraph.paragraph_format.line_spacing = Pt(28.95)
        document.save(out / f"{number}.docx")
    return time.perf_counter() - start


def run_pandoc(out: Path, contents: list[list[tuple[str, str]]]) -> float:
    start = time.perf_counter()
    for number, content in enumerate(contents, 1):
        markdown = "\n\n".join(("# " + text) if kind == "title" else text for kind, text in content)
        subprocess.run(
            ["pandoc", "-f", "markdown", "-o", str(out / f"{number}.docx")], input=markdown.encode(), check=True
        )
    return time.perf_counter() - start


def run_drafter(list_file: Path, out: Path, jobs: int, *, durable: bool = True) -> float:
    from unittest import mock

    from drafter.batch import run_batch

    start = time.perf_counter()
    # The diagnostic row skips fsync (the one cost the peers do not pay) to show the drafting alone.
    with mock.patch("os.fsync") if not durable else contextlib.nullcontext():
        report = run_batch([str(list_file)], out, jobs=jobs, force=True)
    elapsed = time.perf_counter() - start
    assert report.count("drafted") == report.total, [r for r in report.results if r.status != "drafted"][:3]
    return elapsed


def same_paragraphs(folder: Path, name: str, expected: list[str], tool: str) -> None:
    got = paragraphs_of(folder / name)
    if got != expected:
        missing = [t for t in expected if t not in got][:3]
        raise SystemExit(f"{tool} produced different text: {missing or got[:3]}")


# --- measuring on a shared machine ----------------------------------------------------------------------


def _cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot, from /proc/stat (Linux)."""
    with open("/proc/stat") as stream:
        values = [int(v) for v in stream.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def _own_cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(action: Callable[[], float]) -> tuple[float, float]:
    """(seconds, share of the cores that other processes kept busy meanwhile)."""
    busy0, total0 = _cpu_jiffies()
    own0 = _own_cpu_seconds()
    seconds = action()
    busy1, total1 = _cpu_jiffies()
    own = _own_cpu_seconds() - own0
    ticks = os.sysconf("SC_CLK_TCK")
    elapsed_core_seconds = (total1 - total0) / ticks
    others = ((busy1 - busy0) / ticks - own) / elapsed_core_seconds if elapsed_core_seconds else 0.0
    return seconds, max(others, 0.0)


class Row:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rates: list[float] = []
        self.others: list[float] = []

    def add(self, count: int, result: tuple[float, float]) -> None:
        seconds, others = result
        self.rates.append(count / seconds)
        self.others.append(others)

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)

    def span(self) -> str:
        return f"{min(self.rates):.0f}–{max(self.rates):.0f}" if len(self.rates) > 1 else f"{self.rates[0]:.0f}"

    def busy(self) -> str:
        return f"{min(self.others):.0%}–{max(self.others):.0%}"


def one_shot(commands: list[list[str]], cwd: Path, runs: int = 12) -> list[list[float]]:
    """Wall times of commands run in turn (a, b, a, b, …), so each pair meets the same load on a shared
    machine; run outside the source tree so ``-m drafter`` uses the installed package."""
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=ENV)  # warm: bytecode, caches
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, kept in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=ENV)
            kept.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--big", type=int, default=10000, help="items in the memory run (0 to skip)")
    parser.add_argument("--rounds", type=int, default=3, help="how many times each measurement runs")
    args = parser.parse_args()
    count = args.items
    with tempfile.TemporaryDirectory(prefix="drafter-batch-bench-") as scratch:
        base = Path(scratch)
        list_file = write_list_file(base, count)
        contents = [content_for(n) for n in range(1, count + 1)]
        expected = [text for _, text in contents[0]]
        dynamic, static = floor_inputs(count)
        template = base / "template.docx"
        build_docxtpl_template(template)
        names = (
            "floor",
            "floor, plain write",
            "drafter -j 1",
            "drafter -j 2",
            "drafter -j 1, no fsync",
            "docxtpl",
            "python-docx",
        )
        rows = {name: Row(name) for name in names}
        first = "units-" + "1".zfill(len(str(count))) + ".docx"
        for _ in range(args.rounds):
            for name, durable in (("floor", True), ("floor, plain write", False)):
                out = base / name.replace(" ", "").replace(",", "")
                out.mkdir(exist_ok=True)
                rows[name].add(
                    count, measured(lambda out=out, durable=durable: run_floor(out, dynamic, static, durable))
                )
            same_paragraphs(base / "floor", "units-1.docx", expected, "floor")
            for jobs in (1, 2):
                out = base / f"drafter{jobs}"
                rows[f"drafter -j {jobs}"].add(
                    count, measured(lambda out=out, jobs=jobs: run_drafter(list_file, out, jobs))
                )
            same_paragraphs(base / "drafter1", first, expected, "drafter")
            out = base / "drafter-nosync"
            rows["drafter -j 1, no fsync"].add(
                count, measured(lambda out=out: run_drafter(list_file, out, 1, durable=False))
            )
            (base / "docxtpl").mkdir(exist_ok=True)
            rows["docxtpl"].add(count, measured(lambda: run_docxtpl(template, base / "docxtpl", contents)))
            same_paragraphs(base / "docxtpl", "1.docx", expected, "docxtpl")
            (base / "python-docx").mkdir(exist_ok=True)
            rows["python-docx"].add(count, measured(lambda: run_python_docx(base / "python-docx", contents)))
            same_paragraphs(base / "python-docx", "1.docx", expected, "python-docx")
        if shutil.which("pandoc"):
            rows["pandoc (a process per document)"] = Row("pandoc (a process per document)")
            (base / "pandoc").mkdir()
            few = contents[: min(count, 30)]
            rows["pandoc (a process per document)"].add(len(few), measured(lambda: run_pandoc(base / "pandoc", few)))
            same_paragraphs(base / "pandoc", "1.docx", expected, "pandoc")

        ours = rows["drafter -j 1"].rate
        print(f"{count} documents of the 工作总结 sample (about 3 pages each), {args.rounds} rounds; median and range")
        print(f"{'':<34}{'docs/s':>8}{'range':>12}{'-j 1 is':>10}{'others kept busy':>19}")
        for row in rows.values():
            print(f"{row.name:<34}{row.rate:>8.0f}{row.span():>12}{ours / row.rate:>9.2f}×{row.busy():>19}")
        ratios = [d / f for d, f in zip(rows["drafter -j 1"].rates, rows["floor"].rates, strict=True)]
        print(
            f"goal drafter -j 1 ≥ 0.25× floor (same durable writes): {min(ratios):.2f}–{max(ratios):.2f}× "
            f"({'met' if statistics.median(ratios) >= 0.25 else 'NOT met'}); against the plain-write floor "
            f"{ours / rows['floor, plain write'].rate:.2f}×"
        )
        ratios = [d / t for d, t in zip(rows["drafter -j 1"].rates, rows["docxtpl"].rates, strict=True)]
        unsynced = [d / t for d, t in zip(rows["drafter -j 1, no fsync"].rates, rows["docxtpl"].rates, strict=True)]
        print(
            f"goal drafter -j 1 ≥ 10× docxtpl: {min(ratios):.1f}–{max(ratios):.1f}× "
            f"({'met' if statistics.median(ratios) >= 10 else 'NOT met'}); without fsync, which docxtpl does not do, "
            f"{min(unsynced):.1f}–{max(unsynced):.1f}×"
        )
        ratios = [b / a for a, b in zip(rows["drafter -j 1"].rates, rows["drafter -j 2"].rates, strict=True)]
        print(
            f"goal -j 2 ≥ 1.7× -j 1: {min(ratios):.2f}–{max(ratios):.2f}× ({'met' if statistics.median(ratios) >= 1.7 else 'NOT met'}; "
            f"other processes kept {rows['drafter -j 2'].busy()} of the {os.cpu_count()} cores busy during -j 2)"
        )

        markdown = base / "one.md"
        subprocess.run(
            [sys.executable, "-m", "drafter", "draft", str(SAMPLE), "-f", "md", "-o", str(markdown)],
            check=True, capture_output=True, cwd=ROOT, env=ENV,
        )  # fmt: skip
        draft_command = [sys.executable, "-m", "drafter", "draft", str(SAMPLE), "-o", str(base / "one.docx"), "--force"]
        # What any Python tool built on the required libraries pays before doing any work.
        floor_command = [sys.executable, "-c", "import jinja2.sandbox, yaml, click"]
        ours_times, floor_times = one_shot([draft_command, floor_command], base)
        pairs = sorted(o / f for o, f in zip(ours_times, floor_times, strict=True))
        ours_ms, floor_ms = statistics.median(ours_times) * 1000, statistics.median(floor_times) * 1000
        print(
            f"one-shot: drafter draft {ours_ms:.0f} ms (range {min(ours_times) * 1000:.0f}–{max(ours_times) * 1000:.0f}), "
            f"import floor {floor_ms:.0f} ms ({min(floor_times) * 1000:.0f}–{max(floor_times) * 1000:.0f}); "
            f"ratio of each run to the floor run beside it: median {statistics.median(pairs):.2f}, "
            f"range {pairs[0]:.2f}–{pairs[-1]:.2f} (goal ≤ 1.3: {'met' if statistics.median(pairs) <= 1.3 else 'NOT met'}); "
            f"ratio of the fastest runs {min(ours_times) / min(floor_times):.2f}"
        )
        if shutil.which("pandoc"):
            (theirs,) = one_shot([["pandoc", str(markdown), "-o", str(base / "pandoc-one.docx")]], base)
            print(f"  pandoc one-shot {statistics.median(theirs) * 1000:.0f} ms")

        if args.big:
            (base / "big").mkdir()
            big = write_list_file(base / "big", args.big)
            # Measured from a fresh wrapper process, so that only this batch's processes count.
            probe = (
                "import resource, subprocess, sys, time\n"
                "start = time.perf_counter()\n"
                "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
                "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
            )
            for jobs in (1, 2):
                command = [
                    sys.executable,
                    "-m",
                    "drafter",
                    "batch",
                    str(big),
                    "-o",
                    str(base / f"big-{jobs}"),
                    "-j",
                    str(jobs),
                ]
                result = subprocess.run(
                    [sys.executable, "-c", probe, *command],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                    env=ENV,
                )
                elapsed, peak = result.stdout.split()
                seconds, megabytes = float(elapsed), int(peak)
                print(
                    f"{args.big} items with -j {jobs}: {seconds:.1f} s ({args.big / seconds:.0f} docs/s), "
                    f"largest process {megabytes} MB (goal < 300 MB: {'met' if megabytes < 300 else 'NOT met'})"
                )


if __name__ == "__main__":
    main()
