"""A template mined from ten documents of one (fictional) unit writes like that unit.

tests/mining/unit_corpus holds ten documents of “云溪县教育体育局”, written for this test: seven
notices and three meeting notices, each with the unit's 红头, 文号, 主送, 署名 and 版记. A notice
drafted from the mined template carries all of them although the facts file names none.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import NS, Docx

from drafter.cli import main
from drafter.drafting import build_draft, encode
from drafter.errors import Problem
from drafter.mining.mine import mine

UNIT = Path(__file__).resolve().parent / "unit_corpus"


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("unit") / "out"
    mine([UNIT], out)
    return out


FACTS = """模板: {template}
标题: 关于做好春季森林防火宣传工作的通知
文号序号: 7
正文:
  - 标题: 开展防火宣传进课堂
    内容: 各校利用班会课讲解森林防火知识，教育学生不带火种上山。
  - 标题: 组织家校共同防范
    内容: 通过家长群发布防火提示，请家长配合做好看护。
成文日期: 2025-03-10
"""


def test_a_notice_carries_the_units_constants_without_typing_them(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(template=mined / "notice"), encoding="utf-8")
    out = tmp_path / "通知.docx"
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = Docx(out.read_bytes())
    texts = [doc.text_of(p) for p in doc.paragraphs()]
    assert doc.style_of(doc.paragraph_with("云溪县教育体育局文件")) == "IssuerMark"  # the red 发文机关标志
    assert "云教体〔2025〕7号" in texts  # the unit's 文号 pattern with the year of 成文日期
    assert "各乡镇中心学校，县直各学校、幼儿园：" in texts
    signoff = [t for p, t in zip(doc.paragraphs(), texts, strict=True) if doc.style_of(p) == "Signoff"]
    assert "云溪县教育体育局" in signoff
    assert "特此通知。" in texts and any(t.endswith("现将有关事项通知如下：") for t in texts)
    imprint = [
        doc.text_of(p)
        for table in doc.document.xpath("//w:tbl", namespaces=NS)
        for p in table.xpath(".//w:p", namespaces=NS)
    ]
    assert "抄送：县委办公室，县人民政府办公室。" in imprint
    assert any(t.startswith("云溪县教育体育局办公室") and t.endswith("印发") for t in imprint)


def test_constants_are_reported_with_their_support(mined: Path) -> None:
    import json

    data = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    notice = next(g for g in data["genres"] if g["genre"] == "notice")
    constants = {c["field"]: c for c in notice["defaults"]["constants"]}
    assert constants["文号格式"]["value"] == "云教体〔{年}〕{号}号"
    assert constants["署名"]["documents"] == constants["署名"]["of"] == 7
    # The meeting notices extend the built-in template and get the same constants.
    meeting = next(g for g in data["genres"] if g["genre"] == "meeting_notice")
    assert meeting["defaults"]["extends"] == "meeting_notice"
    assert {c["field"] for c in meeting["defaults"]["constants"]} >= {
        "发文机关标志",
        "文号格式",
        "署名",
        "抄送",
        "印发机关",
    }


def test_the_unedited_starter_is_refused_with_every_placeholder_named(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "starter.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["new", "--template", str(mined / "notice"), "-o", str(facts)]).exit_code == 0
    result = runner.invoke(main, ["draft", str(facts), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and not (tmp_path / "x.docx").exists()
    named = [line for line in result.output.splitlines() if line.startswith(f"{facts}:")]
    lines = facts.read_text(encoding="utf-8").splitlines()
    placeholders = [
        n
        for n, line in enumerate(lines, 1)
        if ("〔请填写" in line or "〔示例〕" in line)
        and not line.startswith("#")  # a commented alternative is no value
    ]
    assert [int(line.split(":")[1]) for line in named] == placeholders


@pytest.mark.parametrize("genre", ["notice", "meeting_notice"])
def test_the_unedited_starter_drafts_when_its_samples_are_allowed(mined: Path, tmp_path: Path, genre: str) -> None:
    # The unit's 文号 needs a serial (an integer field): the starter offers a marked sample number, so
    # a draft made only to look at the layout (--allow-placeholders) goes through and shows the pattern.
    facts = tmp_path / "starter.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["new", "--template", str(mined / genre), "-o", str(facts)]).exit_code == 0
    text = facts.read_text(encoding="utf-8")
    assert "文号序号: 〔示例〕" in text
    out = tmp_path / "x.txt"
    result = runner.invoke(main, ["draft", str(facts), "-f", "txt", "-o", str(out), "--allow-placeholders"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("云教体〔") for line in out.read_text(encoding="utf-8").splitlines())


def test_the_starters_sample_doc_number_follows_the_units_pattern(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "starter.yaml"
    assert CliRunner().invoke(main, ["new", "--template", str(mined / "notice"), "-o", str(facts)]).exit_code == 0
    commented = [line for line in facts.read_text(encoding="utf-8").splitlines() if line.startswith("# 发文字号")]
    assert commented and all("云教体〔" in line for line in commented), commented


def test_the_report_names_the_extended_builtin_in_chinese(mined: Path) -> None:
    html = (mined / "report.html").read_text(encoding="utf-8")
    assert "扩展内置模板“通知”" in html and "扩展内置模板“会议通知”" in html
    assert "“meeting_notice”" not in html and "“notice”" not in html


def test_a_doc_number_written_out_needs_no_serial(mined: Path, tmp_path: Path) -> None:
    # The starter says a 发文字号 written out replaces the serial: the facts draft without 文号序号.
    facts = tmp_path / "通知.yaml"
    written = FACTS.format(template=mined / "notice").replace("文号序号: 7", "发文字号: 云教体〔2025〕21号")
    facts.write_text(written, encoding="utf-8")
    warnings: list[Problem] = []
    _, draft = build_draft(facts, warnings=warnings)
    assert "云教体〔2025〕21号" in encode(draft, "txt").decode("utf-8").splitlines()
    assert not [w for w in warnings if w.field == "文号序号"]
    # Neither written: it drafts (as the built-in does without a 发文字号) and says the number is missing.
    facts.write_text(FACTS.format(template=mined / "notice").replace("文号序号: 7\n", ""), encoding="utf-8")
    warnings = []
    _, draft = build_draft(facts, warnings=warnings)
    assert not any("〔2025〕" in line for line in encode(draft, "txt").decode("utf-8").splitlines())
    (said,) = [w for w in warnings if w.field == "文号序号"]
    assert "云教体〔{年}〕{号}号" in said.message


def test_a_doc_number_format_without_its_serial_slot_is_said(mined: Path, tmp_path: Path) -> None:
    # 文号格式 edited without {号}: the serial goes nowhere (云教体〔2025〕号 was printed without a word).
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(template=mined / "notice") + "文号格式: 云教体〔{年}〕号\n", encoding="utf-8")
    warnings: list[Problem] = []
    build_draft(facts, warnings=warnings)
    (said,) = [w for w in warnings if w.field == "文号格式"]
    assert "{号}" in said.message and said.location is not None and said.location.line == len(FACTS.splitlines()) + 1


def test_a_genre_beside_the_template_that_names_another_is_refused(mined: Path, tmp_path: Path) -> None:
    # 文种: 请示 in a facts file copied from a mined notice's: the notice was drafted without a word.
    facts = tmp_path / "通知.yaml"
    facts.write_text("文种: 请示\n" + FACTS.format(template=mined / "notice"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-f", "txt", "-o", str(tmp_path / "x.txt")])
    assert result.exit_code == 1 and not (tmp_path / "x.txt").exists()
    assert f"{facts}:1:" in result.output and "文种写的是“请示”" in result.output
    # The template's own genre beside it is no conflict.
    facts.write_text("文种: 通知\n" + FACTS.format(template=mined / "notice"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-f", "txt", "-o", str(tmp_path / "x.txt")])
    assert result.exit_code == 0, result.output


def test_a_template_folder_that_was_not_mined_says_why(mined: Path, tmp_path: Path) -> None:
    # README's `drafter new --template 挖掘结果/summary` on an archive with no summaries: the error says
    # so, names the templates that were written and the built-in that can be used instead.
    result = CliRunner().invoke(main, ["new", "--template", str(mined / "summary"), "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1 and not (tmp_path / "x.yaml").exists()
    assert "模板文件夹不存在" in result.output and "没有“summary”这个文种" in result.output
    assert "drafter new 工作总结" in result.output
    # The templates written, each by its 文种 and the folder to type (it listed bare slugs: notice、meeting_notice).
    assert f"会议通知（{mined / 'meeting_notice'}）" in result.output and f"通知（{mined / 'notice'}）" in result.output


def test_a_missing_folder_beside_a_report_of_too_little_material_gives_the_reason(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("01.txt", "02.txt"):  # two notices: too little for a template
        (corpus / name).write_bytes((UNIT / name).read_bytes())
    mine([corpus], tmp_path / "out")
    result = CliRunner().invoke(main, ["new", "--template", str(tmp_path / "out" / "notice")])
    assert result.exit_code == 1
    assert "挖掘时没有生成：通知：" in result.output and "至少要 3 篇" in result.output
    assert "这次挖掘没有生成模板" in result.output


def test_minutes_not_mined_point_to_the_built_in_minutes_by_either_name(tmp_path: Path) -> None:
    # 纪要 are mined as meeting_report (会议报道/纪要) and extend the built-in minutes (会议纪要). Before,
    # --template 挖掘结果/meeting_report named no built-in to use instead, and 挖掘结果/minutes said the
    # material held no such genre although three 纪要 had been read.
    import json

    out = tmp_path / "out"
    (out / "notice").mkdir(parents=True)
    note = "只有 3 篇文档（1 组来源），至少要 3 篇、2 组来源才能归纳出模板"
    genres = [
        {"genre": "notice", "name": "通知", "template": "notice", "template_note": ""},
        {"genre": "meeting_report", "name": "会议报道/纪要", "template": "", "template_note": note},
    ]
    (out / "report.json").write_text(json.dumps({"genres": genres}, ensure_ascii=False), encoding="utf-8")
    for folder in ("meeting_report", "minutes"):
        result = CliRunner().invoke(main, ["new", "--template", str(out / folder), "-o", str(tmp_path / "x.yaml")])
        assert result.exit_code == 1, folder
        assert f"挖掘时没有生成：会议报道/纪要：{note}" in result.output, result.output
        assert "也可以用内置模板：drafter new 会议纪要" in result.output, result.output


def test_the_samples_of_commented_out_fields_are_marked_too(mined: Path) -> None:
    """Uncommenting an optional field of a mined starter (印发文件, 附件) must not draft the built-in's sample,
    another unit's words, without a word: its sample carries 〔示例〕 like the fields written out."""
    from drafter.catalog import load_template_folder
    from drafter.starter import starter_text

    lines = starter_text(load_template_folder(mined / "notice")).splitlines()
    commented = [line for line in lines if line.startswith("#   标题:") or line.startswith("# 来文机关:")]
    # Marked as a sample, or (another unit's matter: 青禾县中小学读书活动实施方案, ux24 walk) asked for.
    assert commented and all("〔示例〕" in line or "〔请填写：" in line for line in commented), commented
