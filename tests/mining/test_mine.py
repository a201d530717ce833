"""mine end to end: report, templates in the built-in format, and drafting from them."""

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, REPO, Docx

from drafter.cli import main
from drafter.errors import OutputError
from drafter.mining.mine import mine

sys.path.insert(0, str(REPO / "benchmarks"))

from scoring import fill_starter


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mine") / "out"
    mine([CORPUS / "seeds"], out)
    return out


@pytest.fixture(scope="module")
def mined_unit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 报告 of tests/mining/genre_corpus (one bureau and two other offices, our own words): work
    summaries sent up as 报告, mined as both (a summary template and a 报告 template)."""
    corpus = tmp_path_factory.mktemp("reports")
    for path in (Path(__file__).parent / "genre_corpus").glob("*-report.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path_factory.mktemp("mine-unit") / "out"
    mine([corpus], out)
    return out


def test_report_files(mined: Path) -> None:
    data = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    assert data["overview"]["files"] == 4 and data["overview"]["documents"] == 20
    genres = {g["genre"]: g for g in data["genres"]}
    assert genres["summary"]["documents"] == 13
    sections = [s["type"] for s in genres["summary"]["structure"]["sections"]]
    assert sections.index("overview") < sections.index("problems") < sections.index("next_steps")
    html = (mined / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<script" not in html and "http" not in html
    # Sources are relative to the folder mined, so the report can be sent to a colleague.
    sources = [e["source"] for g in data["genres"] for p in g["phrases"] for e in p["examples"]]
    assert sources and all(not s.startswith("/") and s.split(":")[0].endswith(".txt") for s in sources)
    summary = genres["summary"]
    assert all(p["groups"] >= 2 for p in summary["phrases"])
    assert {p["role"] for p in summary["phrases"]} >= {"opening", "transition"}
    # The formulae the ranker lists come first and are counted; the other candidates follow them.
    for genre in data["genres"]:
        flags = [p["formula"] for p in genre["phrases"]]
        assert flags == sorted(flags, reverse=True) and genre["formulae"] == sum(flags)
    order = summary["structure"]["order"]
    assert order and all(0 <= pair["confidence"] <= 1 for pair in order)
    # Genres with too little material get no folder, and the report says why.
    for genre in data["genres"]:
        if genre["genre"] != "other":
            assert bool(genre["template"]) != bool(genre["template_note"]), genre["genre"]
    assert not (mined / "speech").exists() and "至少要 3 篇" in genres["speech"]["template_note"]
    # The seed summaries come from unrelated sources: no heading, formula or constant of their own
    # beyond the built-in's, so no hollow template (the customary 特此报告。 alone is not the unit's).
    assert not (mined / "summary").exists() and "材料太少" in genres["summary"]["template_note"]


def test_a_summary_titled_report_teaches_both_templates(mined_unit: Path) -> None:
    data = json.loads((mined_unit / "report.json").read_text(encoding="utf-8"))
    genres = {g["genre"]: g for g in data["genres"]}
    assert genres["summary"]["documents"] == genres["report"]["documents"] == 5
    assert genres["summary"]["template"] == "summary" and genres["report"]["template"] == "report"


def test_templates_are_in_the_builtin_format(mined_unit: Path) -> None:
    from drafter.catalog import load_template_folder

    spec = load_template_folder(mined_unit / "summary")
    assert spec.genre == "summary" and spec.base is not None and spec.base.name == "summary"
    assert [s.name for s in spec.sections][:2] == ["head", "intro"]
    assert spec.field("成文日期") is not None and spec.field("主要做法").required


def test_mine_then_draft_round_trip(mined_unit: Path, tmp_path: Path) -> None:
    from drafter.catalog import load_template_folder

    runner = CliRunner()
    facts = tmp_path / "facts.yaml"
    result = runner.invoke(main, ["new", "--template", str(mined_unit / "summary"), "-o", str(facts)])
    assert result.exit_code == 0, result.output
    # The unedited starter is refused, every placeholder named with its line.
    result = runner.invoke(main, ["draft", str(facts), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and "示例" in result.output and f"{facts}:" in result.output
    assert not (tmp_path / "x.docx").exists()
    result = runner.invoke(main, ["draft", str(facts), "-o", str(tmp_path / "x.docx"), "--allow-placeholders"])
    assert result.exit_code == 0, result.output
    facts.write_text(
        fill_starter(facts.read_text(encoding="utf-8"), load_template_folder(mined_unit / "summary"), "测试内容"),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["draft", str(facts), "-o", str(tmp_path / "y.docx")])
    assert result.exit_code == 0, result.output
    doc = Docx((tmp_path / "y.docx").read_bytes())
    assert doc.paragraphs() and doc.style_of(doc.paragraphs()[0]) == "Title"


def test_every_mined_template_drafts_only_once_filled(mined: Path, mined_unit: Path, tmp_path: Path) -> None:
    from drafter.catalog import load_template_folder
    from drafter.drafting import build_draft
    from drafter.errors import FactsError
    from drafter.model import Signoff
    from drafter.starter import starter_text

    folders = sorted(p.parent for out in (mined, mined_unit) for p in out.glob("*/manifest.yaml"))
    assert {f.name for f in folders} >= {"summary", "report"}
    for number, folder in enumerate(folders):
        spec = load_template_folder(folder)
        facts = tmp_path / f"{number}-{folder.name}.yaml"
        text = starter_text(spec, template_ref=str(folder))
        facts.write_text(text, encoding="utf-8")
        with pytest.raises(FactsError):
            build_draft(facts)
        facts.write_text(fill_starter(text, spec, "测试内容"), encoding="utf-8")
        _, draft = build_draft(facts)
        signed = any(isinstance(block, Signoff) for block in draft.blocks)
        assert signed == (folder.name not in ("meeting_report", "speech")), folder.name


def test_json_on_standard_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["mine", str(CORPUS / "seeds"), "-o", str(tmp_path / "out"), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))


def test_output_folder_is_not_replaced_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([CORPUS / "seeds"], out)
    with pytest.raises(OutputError, match="文件夹不是空的"):
        mine([CORPUS / "seeds"], out)
    mine([CORPUS / "seeds"], out, force=True)  # its own earlier output is replaced
    assert (out / "report.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_bad_files_are_skipped_and_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        (CORPUS / "seeds" / "002_f5c475e43190d37b.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (corpus / "bad.docx").write_bytes(b"broken")
    (corpus / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(main, ["mine", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(s["path"]).name for s in data["skipped"]} == {"bad.docx", "empty.txt"}
    assert "跳过" in result.output
    # The reasons name the file relative to the folder too: the report can go to a colleague.
    assert all(s["reason"].startswith(f"{s['path']}: ") for s in data["skipped"]), data["skipped"]
    for name in ("report.json", "report.html"):
        assert str(corpus) not in (tmp_path / "out" / name).read_text(encoding="utf-8")


def test_parallel_mining_gives_the_same_report(mined: Path, tmp_path: Path) -> None:
    mine([CORPUS / "seeds"], tmp_path / "par", jobs=2)
    one = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "par" / "report.json").read_text(encoding="utf-8"))
    assert one["genres"] == two["genres"]


def test_parse_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["parse", str(CORPUS / "seeds" / "002_f5c475e43190d37b.txt"), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert len(data["files"][0]["documents"]) == 2
    text = runner.invoke(main, ["parse", str(CORPUS / "seeds" / "002_f5c475e43190d37b.txt")])
    assert "[方案/计划]" in text.output and "指导思想" in text.output
    (tmp_path / "x.bin.txt").write_bytes(b"\x00\x01")
    bad = runner.invoke(main, ["parse", str(tmp_path / "x.bin.txt"), "--json"])
    assert bad.exit_code == 1 and "不是文本文件" in bad.output


def test_majority_order_respects_every_pair_documents_order() -> None:
    from collections import Counter

    from drafter.mining.structure import SectionStat, _majority_order

    def stat(kind: str, documents: int, position: float) -> SectionStat:
        return SectionStat(kind, documents, documents / 10, position, "", ())

    # 基本情况 is rare but always comes before 主要做法; 主要做法 beats everything else, so a
    # count of wins (Copeland) would put it first.
    before = Counter(
        {
            ("overview", "practices"): 3,
            ("practices", "problems"): 8,
            ("practices", "next_steps"): 9,
            ("problems", "next_steps"): 7,
        }
    )
    stats = [stat("practices", 10, 0.3), stat("problems", 8, 0.6), stat("next_steps", 9, 1.0), stat("overview", 3, 0.1)]
    assert [s.kind for s in _majority_order(stats, before)] == ["overview", "practices", "problems", "next_steps"]
