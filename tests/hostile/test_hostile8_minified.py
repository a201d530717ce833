"""A web page written on one line (minified) is numbered by paragraph and outlined as the same page laid out."""

import json
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

PARAGRAPHS = [
    "县教育局关于开展期中教学检查工作的通知",
    "各中小学：",
    "为全面了解本学期教学运行情况，定于第9至第10周开展期中教学检查。现就有关事项通知如下。",
    "一、检查内容",
    "1）教学运行情况。重点检查教师按课表上课、调停课手续办理等情况。",
    "2）教学文件情况。重点检查授课计划、教案是否齐全。",
    "二、检查方式",
    "1）学校自查。各校按照检查内容逐项自查，第9周周五前形成自查报告。",
    "2）抽查。教育局组成检查组，第10周对各校进行抽查。",
    "三、工作要求",
    "请各校高度重视，确保检查不走过场。",
    "特此通知。",
    "青禾县教育局",
    "2026年4月13日",
]


def _page(separator: str) -> str:
    body = separator.join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>{separator}{body}</body></html>'


def _outline(tmp_path: Path, separator: str) -> list[tuple[int, str]]:
    page = tmp_path / "通知.html"
    page.write_text(_page(separator), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(page), "--json"])
    assert result.exit_code == 0, result.output
    (document,) = json.loads(result.output)["files"][0]["documents"]
    return [(document["start_line"], document["end_line"])] + [
        (heading["line"], heading["text"]) for heading in document["headings"]
    ]


def test_a_page_on_one_line_is_numbered_by_paragraph(tmp_path: Path) -> None:
    outline = _outline(tmp_path, "")
    assert outline[0] == (1, len(PARAGRAPHS))
    lines = [line for line, _ in outline[1:]]
    assert lines == sorted(set(lines)) and lines[0] == PARAGRAPHS.index("一、检查内容") + 1


def test_a_page_on_one_line_has_the_outline_of_the_page_laid_out(tmp_path: Path) -> None:
    laid_out = [text for _, text in _outline(tmp_path, "\n")[1:]]
    assert "教学运行情况" in laid_out
    assert [text for _, text in _outline(tmp_path, "")[1:]] == laid_out


def test_a_page_laid_out_keeps_its_source_lines(tmp_path: Path) -> None:
    assert _outline(tmp_path, "\n")[0] == (2, len(PARAGRAPHS) + 1)
