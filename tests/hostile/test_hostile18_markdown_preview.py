"""A facts value holding Markdown or HTML is shown in the .md preview as the clerk wrote it.

The .md preview (drafter draft -f md) printed facts text into Markdown as it was: a 事由 “做好**汛期**值守” came
out bold, a 主送机关 holding <script> ran as a script in any viewer that shows HTML, “[链接](javascript:…)” became
a link, a paragraph “# 号楼……” a heading, “1. ……” a numbered list, “---” a rule, a table cell's | a new column,
and the 署名 in its right-aligned <p> ran its <b> as HTML. The values are made up for the test.
"""

import html
import re
from pathlib import Path

from bounded import run_drafter
from markdown_it import MarkdownIt

from drafter.preview import escape_markdown

VALUES = [
    "做好**汛期**值守",
    "<script>alert(1)</script>",
    "请点击[链接](javascript:alert(1))查看",
    "# 号楼为避险点",
    "1. 第一条不是列表",
    "- 横线开头",
    "+ 加号开头",
    "> 引用开头",
    "<img src=x onerror=alert(1)>",
    "_下划线_和`代码`和~~删除~~",
    "路径\\\\server\\共享\\*",
    "&lt;原样&gt;和&#38;",
    "---",
    "===",
    "    四个空格开头",
    "2) 括号编号",
    "<https://example.invalid>",
]


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _text(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_each_value_renders_as_its_own_text() -> None:
    for value in VALUES:
        rendered = _rendered(escape_markdown(value))
        assert rendered.startswith("<p>") and rendered.count("<") == 2, (value, rendered)  # one plain paragraph
        assert _text(rendered).strip() == value.strip(), (value, rendered)


def test_a_notice_preview_shows_the_facts_as_written(tmp_path: Path) -> None:
    body = "".join(f"- {_quoted(value)}\n" for value in VALUES)
    (tmp_path / "通知.yaml").write_text(
        "文种: 通知\n发文机关: 青禾县<b>气象局</b>\n类别: 布置\n事由: 做好**汛期**值守工作\n"
        "主送机关: 各乡镇人民政府<script>x</script>\n正文:\n"
        + body
        + '- 标题: "**加粗标题**"\n  内容: ["<i>斜体</i>"]\n'
        + '附件:\n- 标题: "名单[1]"\n  表格:\n  - {单位: "甲|乙", 电话: "*88*"}\n'
        + "抄送: 县<u>应急局</u>\n成文日期: 2025-06-02\n",
        encoding="utf-8",
    )
    result = run_drafter("draft", "通知.yaml", "-f", "md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rendered = _rendered((tmp_path / "通知.md").read_text(encoding="utf-8"))
    for tag in (
        "<script",
        "<b>",
        "<i>",
        "<u>",
        "<img",
        "<a ",
        "<strong>",
        "<em>",
        "<code>",
        "<ol",
        "<ul",
        "<blockquote",
    ):
        assert tag not in rendered, (tag, rendered)
    assert rendered.count("<h1>") == 2  # the title and the attachment's title only
    assert rendered.count("<hr />") == 1  # the 版记's rule only
    assert rendered.count("<td>") == 2  # one row of two cells: 甲|乙 is one cell
    text = _text(rendered)
    for value in (
        *VALUES,
        "关于做好**汛期**值守工作的通知",
        "<script>x</script>",
        "青禾县<b>气象局</b>",
        "县<u>应急局</u>",
    ):
        assert value.strip() in text, (value, text)
    assert "**加粗标题**" in text and "<i>斜体</i>" in text and "甲|乙" in text and "*88*" in text


def test_the_text_preview_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(
        "文种: 通知\n发文机关: 青禾县气象局\n类别: 布置\n事由: 做好**汛期**值守工作\n主送机关: 各乡镇人民政府\n"
        '正文:\n- "# 号楼为避险点"\n- "<b>原样</b>"\n成文日期: 2025-06-02\n',
        encoding="utf-8",
    )
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "通知.txt").read_text(encoding="utf-8")
    assert "关于做好**汛期**值守工作的通知" in text and "# 号楼为避险点" in text and "<b>原样</b>" in text
    assert "\\" not in text


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_a_preview_read_back_for_mining_gives_the_text_without_its_escapes() -> None:
    from drafter.mining.reader import markdown_lines

    for value in VALUES:
        if value.startswith(("    ", "<https")):
            continue
        assert markdown_lines(escape_markdown(value))[0].text == value, value


def test_previews_mined_give_the_unit_s_signature(tmp_path: Path) -> None:
    # (the 署名 and 成文日期, set right in <p align="right">, were read with their tags: each document ended
    # above them, and the unit's 署名 was never mined from a folder of previews)
    from drafter.mining.reader import markdown_lines

    assert [line.text for line in markdown_lines('<p align="right">青禾县&lt;水利&gt;局</p>')] == ["青禾县<水利>局"]
    folder = tmp_path / "预览"
    folder.mkdir()
    for number in range(1, 5):
        facts = (
            f"文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好第{number}批防汛检查\n主送机关: 各乡镇人民政府\n"
            "正文:\n- 标题: 排查堤防\n  内容: [各乡镇要逐段排查。]\n- 标题: 落实值守\n  内容: [各乡镇要落实值班。]\n"
            f"成文日期: 2025-05-0{number}\n"
        )
        (tmp_path / f"{number}.yaml").write_text(facts, encoding="utf-8")
        result = run_drafter("draft", f"{number}.yaml", "-f", "md", "-o", f"预览/{number}.md", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    result = run_drafter("mine", "预览", "-o", "挖掘结果", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "挖掘结果" / "notice" / "manifest.yaml").read_text(encoding="utf-8")
    assert "- 青禾县水利局" in manifest, manifest
