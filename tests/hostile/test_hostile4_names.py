"""文件名 (the output name a facts file or sheet row asks for) with another kind of file's extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_FACTS = "文种: 通知\n文件名: {name}\n发文机关: 青禾县教育局\n事由: 调整作息时间\n主送机关: 各中小学\n成文日期: 2025-03-10\n正文:\n  - 自下周起执行夏季作息。\n"


def _batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, list[str]]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", *args, "-o", "输出", "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    written = sorted(p.name for p in (tmp_path / "输出").glob("*") if not p.name.startswith("."))
    return result.exit_code, result.output, written


@pytest.mark.parametrize(
    ("name", "hint"),
    [("城关镇.pdf", "--format pdf"), ("城关镇.doc", "去掉“.doc”，写成“城关镇”"), ("城关镇.WPS", "去掉“.WPS”")],
)
def test_a_name_with_another_extension_is_refused_on_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, hint: str
) -> None:
    (tmp_path / "a.yaml").write_text(_FACTS.format(name=name), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_FACTS.format(name="白沙乡"), encoding="utf-8")
    code, output, written = _batch(tmp_path, monkeypatch, "a.yaml", "b.yaml")
    assert code == 4, output
    assert f"a.yaml:2:6: 文件名: 以“.{name.rsplit('.', 1)[1]}”结尾，而这次生成的是 .docx 文件" in output, output
    assert hint in output, output
    assert written == ["白沙乡.docx"]  # was 城关镇.pdf.docx as well; the other item still drafts


def test_a_sheet_row_names_its_cell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "文种,发文机关,事由,主送机关,正文,成文日期,文件名\n通知,青禾县教育局,作息,各中小学,自下周起执行。,2025-03-10,城关镇.pdf\n"
    (tmp_path / "名单.csv").write_text(rows, encoding="utf-8")
    code, output, written = _batch(tmp_path, monkeypatch, "名单.csv")
    assert code == 4 and "名单.csv 第2行 G列: 文件名: 以“.pdf”结尾" in output and written == [], output


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("城关镇", "城关镇.docx"),
        ("城关镇.docx", "城关镇.docx"),
        ("城关镇.DOCX", "城关镇.docx"),
        ("第3.5期", "第3.5期.docx"),
    ],
)
def test_names_without_another_extension_draft_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    (tmp_path / "a.yaml").write_text(_FACTS.format(name=name), encoding="utf-8")
    code, output, written = _batch(tmp_path, monkeypatch, "a.yaml")
    assert code == 0 and written == [expected], output


def test_the_extension_of_the_format_asked_for_is_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.yaml").write_text(_FACTS.format(name="城关镇.md"), encoding="utf-8")
    code, output, written = _batch(tmp_path, monkeypatch, "a.yaml", "-f", "md")
    assert code == 0 and written == ["城关镇.md"], output


@pytest.mark.parametrize(
    ("key", "value", "what"),
    [("文件名", "[甲, 乙]", "列表"), ("文件名", "{甲: 1}", "一组“键: 值”"), ("模板", "[a]", "列表")],
)
def test_a_name_or_template_that_is_not_text_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: str, what: str
) -> None:
    text = _FACTS.format(name="城关镇").replace("文件名: 城关镇\n", f"{key}: {value}\n")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    code, output, written = _batch(tmp_path, monkeypatch, "a.yaml")
    # it was dropped without a word: a.docx was written under the facts file's own name
    assert code == 4 and f"a.yaml:2:{len(key) + 3}: {key}: 应当是一段文字，这里写成了{what}" in output, output
    assert written == []
