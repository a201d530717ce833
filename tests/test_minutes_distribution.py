"""A 纪要 prints its receivers at the foot as its 版记 (分送：…。, or a 简报's 报：/送：/发：), above the 抄送
line and shaped as it is (GB/T 9704 §7.4.2); the built-in 会议纪要 had no field for them (分送: 不认识这个键).

The meeting below is made up for this test.
"""

import io
import zipfile
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from drafter.catalog import find_template
from drafter.cli import main
from drafter.starter import starter_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MINUTES = """文种: 会议纪要
单位: 桐岭县水利局
会议名称: 防汛准备专题会议
会议日期: 2025-04-18
会议地点: 局一楼会议室
主持人: 局长范志远
议定事项:
  - 标题: 关于汛前检查
    内容: 会议要求，各水库管理所在月底前完成闸门和溢洪道的汛前检查。
出席: [范志远, 邵明辉, 程佳宁]
{extra}
"""


def _draft(tmp_path: Path, extra: str, fmt: str = "txt") -> bytes:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(MINUTES.format(extra=extra), encoding="utf-8")
    out = tmp_path / f"纪要.{fmt}"
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_the_starter_offers_each_distribution_line_commented() -> None:
    text = starter_text(find_template("会议纪要"))
    for key in ("分送", "报", "送", "发"):
        assert f"\n# {key}:" in text, key  # optional: shown commented out, with its comment above
        assert f"\n# {key}（可选" in text, key


def test_distribution_lines_print_above_the_copy_line(tmp_path: Path) -> None:
    extra = "抄送: 县人民政府办公室\n分送: 局属各水库管理所 局机关各科室\n发: [各乡镇水利站]\n报: 市水利局\n印发机关: 桐岭县水利局办公室"
    lines = _draft(tmp_path, extra).decode("utf-8").splitlines()
    foot = lines[lines.index("发：各乡镇水利站。") :]
    assert foot == [
        "发：各乡镇水利站。",
        "分送：局属各水库管理所，局机关各科室。",
        "抄送：县人民政府办公室。",
        "桐岭县水利局办公室　　2025年4月18日印发",
    ]
    assert lines[lines.index("发：各乡镇水利站。") - 1] == "报：市水利局。"


def test_a_distribution_line_prints_without_an_issuing_office(tmp_path: Path) -> None:
    # The 版记 was drawn only with 印发机关: a 纪要 distributed but not stamped 印发 lost its 分送 line.
    lines = _draft(tmp_path, "分送: [局属各水库管理所]").decode("utf-8").splitlines()
    assert lines[-1] == "分送：局属各水库管理所。"


def test_no_distribution_written_in_words_prints_none(tmp_path: Path) -> None:
    text = _draft(tmp_path, "分送: 无\n印发机关: 桐岭县水利局办公室").decode("utf-8")
    assert "分送" not in text


def test_distribution_shares_the_copy_lines_row_and_shape(tmp_path: Path) -> None:
    data = _draft(tmp_path, "分送: [局属各水库管理所]\n抄送: [县人民政府办公室]\n印发机关: 桐岭县水利局办公室", "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    (table,) = document.iter(f"{W}tbl")
    rows = [
        [("".join(p.itertext()), p.find(f"{W}pPr/{W}ind")) for p in row.iter(f"{W}p")] for row in table.iter(f"{W}tr")
    ]
    assert [[text for text, _ in row] for row in rows] == [
        ["分送：局属各水库管理所。", "抄送：县人民政府办公室。"],  # no rule between, as a 主送 moved to the 版记
        ["桐岭县水利局办公室2025年4月18日印发"],
    ]
    distributed, copied = (dict(ind.attrib) for _, ind in rows[0])
    assert distributed == copied  # the same label width (two characters and the colon) and indents
