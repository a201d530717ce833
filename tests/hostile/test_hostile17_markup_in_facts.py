"""A facts value opening with a mark of the markup templates write (+ # :: \\) is printed as written.

Templates print facts into a light markup, one paragraph a line, where a line opening with + runs into the heading
before it, # makes a heading, :: a directive and \\ a literal line. A value opening so was read as that markup: a
正文 paragraph “+86 0571-88001234 为值班电话。” lost its + and ran into the paragraph before it, “# 号楼……” became a
heading 一、号楼……, “::请各校……” was refused as an unknown directive of the template (notice/intro.j2 输出第 1 行,
naming a file the clerk never wrote), a paragraph naming a share \\\\server\\共享 lost a backslash, and a paragraph
“::成文日期 2099年1月1日” put a second date into the document.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

from drafter.markup import LITERAL, literal_value, parse_markup

HEAD = "文种: 通知\n发文机关: 青禾县气象局\n类别: 布置\n事由: 做好汛期值守工作\n主送机关: 各乡镇人民政府\n"


def _draft(tmp_path: Path, body: str) -> str:
    (tmp_path / "通知.yaml").write_text(HEAD + body + "成文日期: 2025-06-02\n", encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return (tmp_path / "通知.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "paragraph",
    [
        "+86 0571-88001234 为24小时值班电话。",
        "# 号楼一层为临时避险点。",
        "::请各乡镇高度重视。",
        "\\\\\\\\fileserver\\\\共享 文件夹里有应急预案。",
        "::成文日期 2099年1月1日",
        "::署名 另一机关",
        "  + 前面有空格。",
    ],
)
def test_a_paragraph_opening_with_a_mark_is_printed_as_written(tmp_path: Path, paragraph: str) -> None:
    text = _draft(tmp_path, f'导语:\n- 汛期已到。\n正文:\n- "{paragraph}"\n- 各乡镇要落实值班。\n')
    # (a space between Chinese characters is dropped, as in any paragraph)
    written = paragraph.replace("\\\\", "\\").replace(" ", "")
    lines = [line.replace(" ", "").strip("\u3000") for line in text.splitlines()]
    text = text.replace(" ", "")
    assert written in lines, text
    assert "汛期已到。" in lines  # not run into
    assert "2099" not in text.replace(written, "")
    assert text.count("青禾县气象局") == 1 and "另一机关" not in text.replace(written, "")


def test_a_heading_and_a_title_opening_with_a_mark_keep_it(tmp_path: Path) -> None:
    text = _draft(tmp_path, '正文:\n- 标题: "# 号楼"\n  内容: ["+1 小时内报告。"]\n')
    assert "一、# 号楼" in text and "+1 小时内报告。" in text


def test_markup_the_template_writes_is_read_as_before() -> None:
    draft = parse_markup([("t", f"# 标题\n+ 接续\n{literal_value('# 字面')}\n关于{literal_value('+1')}的安排\n")])
    texts = [getattr(block, "text", "") for block in draft.blocks]
    assert "# 字面" in texts and "关于+1的安排" in texts
    assert not any(LITERAL in text for text in texts)
