"""Metamorphic checks: the same documents laid out as users' copies are, parsed as the originals are.

    python benchmarks/eval_transforms.py [--verbose] [--only double,pagenum]

Each line-preserved labelled file (../shared/corpus seeds and public, files of one long line left out) and each
corpus/own .txt is written again as it reaches users in other copies — a blank line after every line (text copied
from a web page, or from Word with paragraph spacing), short lines pushed right or centred with spaces, a page
number every 20 lines (— N —, from a printed or PDF copy), hard-wrapped at 28 or 36 characters, a PDF-like copy
(wrapped at 28, page numbers, no blank lines), blank lines removed, indents, tabs, CRLF, trailing spaces,
half-width punctuation, digits typed full-width (２０２５年) — with nothing of its content changed. Each copy should parse as the original does:
the same documents, titles, genres and headings (text and level). No labels are needed, and no file is special:
a transform found wanting is a class of input, not a file.

A second check breaks each labelled title (14-60 characters, ending on a genre) across two lines at 40 % and
60 % of its length over a small body of our own: the parse should read the whole title.

Prints, per transform, how many files parse differently from their original (lower is better; 0 is the aim,
not a floor: some copies lose what told documents apart, as removing every blank line can).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import SHARED  # noqa: E402

from drafter.gongwen.marks import is_doc_number_line  # noqa: E402
from drafter.mining.parse import parse_file  # noqa: E402

OWN = HERE.parent / "corpus" / "own"
_PAGE = 28  # characters a GB/T 9704 line holds
_TITLE_ENDS = ("通知", "报告", "请示", "函", "方案", "总结", "纪要", "意见", "讲话", "批复", "通报", "要点", "计划")
_BODY = (
    "各有关单位：\n为做好相关工作，现将有关事项通知如下：\n一、提高认识\n各单位要充分认识做好这项工作的重要意义，"
    "切实加强组织领导。\n二、抓好落实\n各单位要明确责任分工，确保各项任务按时完成。\n特此通知。\n某某县人民政府办公室\n"
    "2026年3月5日\n"
)


def _pushed_right(lines: list[str]) -> list[str]:
    """Short unpunctuated lines (titles, headings, signatures, dates) right-aligned to one column."""
    out = []
    for line in lines:
        text = line.strip()
        short = text and len(text) < 30 and text[-1] not in "。；：，！？"
        out.append(" " * (_PAGE - len(text) + 4) + text if short else line)
    return out


def _centred(lines: list[str]) -> list[str]:
    """Short unpunctuated lines centred on a 56-column line (two columns a Chinese character)."""
    out = []
    for line in lines:
        text = line.strip()
        short = text and len(text) < 26 and text[-1] not in "。；：，！？"
        out.append(" " * max(0, (2 * _PAGE - 2 * len(text)) // 2) + text if short else line)
    return out


def _page_numbers(lines: list[str], every: int = 20) -> list[str]:
    out, filled, page = [], 0, 1
    for line in lines:
        out.append(line)
        if line.strip():
            filled += 1
            if filled % every == 0:
                out.append(f"— {page} —")
                page += 1
    return out


def _wrapped(lines: list[str], width: int = _PAGE, blanks: bool = True) -> list[str]:
    out = []
    for line in lines:
        text = line.rstrip()
        if not text.strip():
            if blanks:
                out.append("")
            continue
        while len(text) > width:
            out.append(text[:width])
            text = text[width:]
        out.append(text)
    return out


def _pdf(lines: list[str]) -> list[str]:
    """Wrapped at 28 characters without blank lines, a page number every 22 lines."""
    out = []
    for index, line in enumerate(_wrapped(lines, blanks=False), 1):
        out.append(line)
        if index % 22 == 0:
            out.append(f"— {index // 22} —")
    return out


_HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")  # typed in full-width mode


def _number_under_title(lines: list[str]) -> list[str]:
    """A 发文字号 moved from above the title to under it, as a web page's copy lays a document's head out."""
    out = list(lines)
    index = 0
    while index < len(out):
        if not is_doc_number_line(out[index]):
            index += 1
            continue
        below = index + 1
        while below < len(out) and (not out[below].strip() or set(out[below].strip()) <= _RULES):
            below += 1
        last = next(
            (k for k in range(below, min(below + 3, len(out))) if out[k].strip().endswith(_TITLE_ENDS)),
            None,
        )
        if last is None:
            index += 1
            continue
        number = out.pop(index)
        out.insert(last, number)
        index = last + 1
    return out


_RULES = set("━─—-=＝═")


TRANSFORMS: dict[str, Callable[[list[str]], list[str]]] = {
    "double": lambda lines: [part for line in lines for part in (line, "")],
    "right": _pushed_right,
    "centre": _centred,
    "pagenum": _page_numbers,
    "wrap28": _wrapped,
    "wrap36": lambda lines: _wrapped(lines, 36),
    "pdf": _pdf,
    "noblank": lambda lines: [line for line in lines if line.strip()],
    "indent": lambda lines: ["\u3000\u3000" + line.strip() if line.strip() else "" for line in lines],
    "tab": lambda lines: ["\t" + line.strip() if line.strip() else "" for line in lines],
    "halfwidth": lambda lines: [line.translate(_HALF_WIDTH) for line in lines],
    "fwdigits": lambda lines: [line.translate(_FULL_WIDTH_DIGITS) for line in lines],
    "trailing": lambda lines: [line + "   " if line.strip() else line for line in lines],
    "numbelow": _number_under_title,
}


def _read(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def sources() -> list[Path]:
    """The line-preserved labelled files and corpus/own .txt (a file of a line over 1000 characters is a dump:
    laying it out again is moot)."""
    found = sorted((SHARED / "corpus" / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "public").glob("*.txt"))
    found += sorted(OWN.glob("*/*.txt"))
    return [path for path in found if max((len(line) for line in _read(path).splitlines()), default=0) <= 1000]


def _outline(path: Path) -> list[tuple[str, str, tuple[tuple[str, int], ...]]]:
    return [
        (document.title, document.genre, tuple((h.text, h.level) for h in document.headings))
        for document in parse_file(path).documents
    ]


def transforms(files: list[Path], names: list[str], scratch: Path, verbose: bool) -> dict[str, int]:
    differ = dict.fromkeys(names, 0)
    for number, source in enumerate(files):
        lines = _read(source).splitlines()
        original = scratch / f"{number}.txt"
        original.write_text("\n".join(lines) + "\n", encoding="utf-8")
        base = _outline(original)
        for name in names:
            copy = scratch / f"{number}.{name}.txt"
            copy.write_text("\n".join(TRANSFORMS[name](lines)) + "\n", encoding="utf-8")
            got = _outline(copy)
            if got != base:
                differ[name] += 1
                if verbose:
                    print(f"  {name} {source.parent.name}/{source.name}: {_brief(base)} -> {_brief(got)}")
    return differ


def _brief(outline: list[tuple[str, str, tuple[tuple[str, int], ...]]]) -> str:
    return json.dumps([(title[:16], genre, len(headings)) for title, genre, headings in outline], ensure_ascii=False)


def broken_titles(scratch: Path, verbose: bool) -> tuple[int, int]:
    """Labelled titles broken across two lines over a small body: how many are read whole."""
    titles = set()
    for truth in [*(SHARED / "corpus").glob("truth*/*.jsonl"), *OWN.glob("*/*.truth.jsonl")]:
        for record in truth.read_text(encoding="utf-8").splitlines():
            title = json.loads(record).get("title") or ""
            if 14 <= len(title) <= 60 and title.endswith(_TITLE_ENDS):
                titles.add(title)
    tried = wrong = 0
    for title in sorted(titles):
        for share in (0.4, 0.6):
            cut = int(len(title) * share)
            path = scratch / f"title-{tried}.txt"
            path.write_text(f"{title[:cut]}\n{title[cut:]}\n{_BODY}", encoding="utf-8")
            tried += 1
            documents = parse_file(path).documents
            if not documents or documents[0].title != title:
                wrong += 1
                if verbose:
                    print(f"  title {title[:cut]} | {title[cut:]} -> {documents[0].title if documents else None}")
    return tried, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="name each file that parses differently")
    parser.add_argument("--only", default="", help="comma-separated transforms (default: all)")
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name] or list(TRANSFORMS)
    unknown = [name for name in names if name not in TRANSFORMS]
    if unknown:
        parser.error(f"unknown transforms: {', '.join(unknown)} (known: {', '.join(TRANSFORMS)})")
    files = sources()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        differ = transforms(files, names, scratch, args.verbose)
        tried, wrong = broken_titles(scratch, args.verbose)
    print(f"{len(files)} line-preserved files; files that parse differently from their original, per copy:")
    for name in names:
        print(f"  {name:10s} {differ[name]:4d}")
    print(f"titles broken across two lines and not read whole: {wrong}/{tried}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
