"""The shape most hostile tests share: a built-in sample's facts with one line changed, drafted, the
reminder or error read. One helper, so that a test says only what it changes and what it expects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner, Result

from drafter.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# A 函 that drafts as it is: the facts the hostile tests of session 18 change a line of, or add to.
LETTER = """文种: 函
发文机关: 桐岭县文化和旅游局
主送机关: 县财政局
事由: 商请支持乡镇文化站维修
正文:
  - 恳请贵局给予支持。
联系人: 无
成文日期: 2025-12-08
"""


@dataclass(frozen=True)
class Drafted:
    """What drafting the changed facts gave: the run, the facts file, the output asked for, the changed line."""

    result: Result
    facts: Path
    output: Path
    line: int

    @property
    def said(self) -> str:
        """Everything the run printed (stdout and stderr together, as a clerk's terminal shows them)."""
        return self.result.output

    @property
    def where(self) -> str:
        """``name.yaml:line`` of the changed line, as an error or reminder names it."""
        return f"{self.facts.name}:{self.line}"


def changed_sample(folder: Path, sample: str, key: str, value: str) -> tuple[Path, int]:
    """``samples/<sample>.yaml`` written into ``folder`` with its top-level ``key: …`` line set to ``key: value``
    (added at the end when the sample has no such line); the file and that line's number."""
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    line = f"{key}: {value}" if value else f"{key}:"
    text, count = re.subn(rf"(?m)^{re.escape(key)}:.*$", lambda _: line, text)
    assert count <= 1, f"{sample}.yaml has {count} lines of {key}"
    if count == 0:
        text = text.rstrip("\n") + f"\n{line}\n"
    facts = folder / f"{sample}.yaml"
    facts.write_text(text, encoding="utf-8")
    number = next(n for n, row in enumerate(text.splitlines(), 1) if row == line)
    return facts, number


def draft_changed(folder: Path, sample: str, key: str, value: str, *, suffix: str = ".txt") -> Drafted:
    """Draft ``samples/<sample>.yaml`` with ``key: value`` (see ``changed_sample``) to ``<sample><suffix>``."""
    facts, line = changed_sample(folder, sample, key, value)
    output = folder / f"{sample}{suffix}"
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(output)])
    return Drafted(result, facts, output, line)


def mined_template(root: Path, texts: Sequence[str], genre: str) -> Path:
    """``texts`` written one file each into ``root/存档`` and mined into ``root/挖掘结果``; the folder of the template
    mined for ``genre`` (the mining run asserted to succeed)."""
    archive = root / "存档"
    archive.mkdir()
    for number, text in enumerate(texts):
        (archive / f"{number}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0, result.output
    return root / "挖掘结果" / genre


def drafted_text(folder: Path, facts: str) -> str:
    """``facts`` written to ``folder/通知.yaml`` and drafted as plain text to stdout (the run asserted to succeed)."""
    path = folder / "通知.yaml"
    path.write_text(facts, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout


def extending_template(
    folder: Path, base: str, sections: Sequence[str], *, title: str, own: dict[str, str] | None = None
) -> Path:
    """A template in ``folder/模板`` that extends the built-in ``base`` with its manifest listing ``sections`` by name
    (nothing else of each), and ``own`` .j2 files by section name; the template's folder."""
    template = folder / "模板"
    template.mkdir()
    listed = "".join(f"- {{name: {name}}}\n" for name in sections)
    (template / "manifest.yaml").write_text(
        f"name: {base}\ngenre: {base}\ntitle: {title}\nextends: {base}\nsections:\n{listed}", encoding="utf-8"
    )
    for name, text in (own or {}).items():
        (template / f"{name}.j2").write_text(text, encoding="utf-8")
    return template
