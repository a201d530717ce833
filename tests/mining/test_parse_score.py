"""The parse contract (JSON shape, duplicates, no jieba) and score floors on data parse was not tuned to.

Floors sit a margin below what is reached (README), on the synthetic families built with two
vocabularies and on grouped cross-validation; no figure is pinned at 1.0.
"""

import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, REPO

from drafter.mining.parse import parse_paths

sys.path.insert(0, str(REPO / "benchmarks"))

import scoring

# Floors a margin below what is reached (README): the worst family of a small synthetic suite (4 pages a
# family, seed 5, the shipped weights) with either vocabulary, and grouped cross-validation pooled over folds
# (each fold trained afresh, on a smaller synthetic set than the shipped weights to keep the test short).
# The worst family's doc F1 on 4 pages moves with the pages drawn: seeds 5/6/7 give 0.95/0.83/0.87 (public
# vocabulary) and 0.88/0.80/0.83 (held-out) since furniture is placed by the title's words (split._place_across_furniture;
# before it, furniture alone fell to 0.62): the floor sits below the lowest of them.
SYNTH_FLOORS = {"doc_f1": 0.72, "heading_f1": 0.3, "level_acc": 0.85}
CV_FLOORS = {"doc_f1": 0.8, "heading_f1": 0.68, "level_acc": 0.88, "genre_acc": 0.9, "section_acc": 0.7}


def test_synthetic_families_keep_their_floors(tmp_path: Path) -> None:
    documents = scoring.synth_documents()
    for vocab in (scoring.PUBLIC_VOCAB, scoring.HOLDOUT_VOCAB):
        results = scoring.synth_scores(documents, tmp_path / vocab.stem, vocab=vocab, count=4, seed=5)
        for family, tally in results.items():
            figures = tally.figures()
            for name, floor in SYNTH_FLOORS.items():
                value = figures[name]
                assert value is None or value >= floor, f"{vocab.name} {family}: {name}={value:.3f} < {floor}"


def test_grouped_cross_validation_keeps_its_floors() -> None:
    """Every source group held out in turn: trained on the others only, scored on it."""
    import eval_cv

    results = eval_cv.cross_validate(train=True, synth_count=6, epochs=8)
    pooled = scoring.pooled(results.values()).figures()
    for name, floor in CV_FLOORS.items():
        assert pooled[name] is not None and pooled[name] >= floor, f"pooled {name}={pooled[name]:.3f} < {floor}"


def test_json_contract() -> None:
    parsed, _ = parse_paths([CORPUS / "seeds" / "002_f5c475e43190d37b.txt"])
    data = parsed[0].to_json()
    assert data["path"].endswith("002_f5c475e43190d37b.txt")
    document = data["documents"][1]
    assert set(document) >= {"start_line", "end_line", "genre", "title", "headings"}
    assert document["start_line"] == 28 and document["genre"] == "plan"
    first = document["headings"][0]
    assert first == {"line": 36, "level": 1, "marker": "一、", "text": "指导思想", "section": "guiding_ideology"}


def test_near_duplicates_are_marked(tmp_path: Path) -> None:
    text = (
        "关于做好安全工作的通知\n各学校：\n"
        + "为切实做好校园安全工作，确保师生生命财产安全，现就有关事项通知如下。\n" * 3
        + "特此通知。\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("当前位置：首页 > 通知\n" + text, encoding="utf-8")
    parsed, _ = parse_paths([tmp_path])
    documents = [d for f in parsed for d in f.documents]
    assert documents[0].duplicate_of is None
    assert documents[1].duplicate_of == (str(tmp_path / "a.txt"), 1)
    assert parsed[1].to_json()["documents"][0]["duplicate_of"] == {"path": str(tmp_path / "a.txt"), "start_line": 1}


def _meeting_notice(title: str, when: str, who: str, ask: str) -> str:
    return (
        f"某县林业局文件\n某林〔2025〕{len(title)}号\n{title}\n各乡镇林业站，局属各单位：\n"
        f"经局党组研究，决定{title[2:-3]}。现将有关事项通知如下：\n一、会议时间\n{when}\n二、会议地点\n"
        f"县林业局三楼会议室。\n三、参会人员\n{who}\n四、有关要求\n{ask}\n特此通知。\n某县林业局\n"
        "抄送：县人民政府办公室。\n某县林业局办公室　　2025年3月1日印发\n"
    )


def test_a_units_notices_of_one_kind_are_not_duplicates_of_each_other(tmp_path: Path) -> None:
    """Short notices of one office share its 主送, stock lines and 版记, most of their text; each has its own
    title, so only a text shared nearly whole makes one a copy of the other (a copy a site retitled)."""
    (tmp_path / "a.txt").write_text(
        _meeting_notice(
            "关于召开全县森林防火工作会议的通知", "2025年3月5日上午9:00。", "各乡镇分管负责人。", "请带上辖区防火预案。"
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        _meeting_notice(
            "关于召开全县林长制推进会的通知", "2025年4月8日下午2:30。", "各村级林长代表。", "请准备年度巡林记录。"
        ),
        encoding="utf-8",
    )
    copy = _meeting_notice(
        "关于召开全县森林防火工作会议的通知", "2025年3月5日上午9:00。", "各乡镇分管负责人。", "请带上辖区防火预案。"
    )
    (tmp_path / "c.txt").write_text(
        copy.replace("关于召开全县森林防火工作会议的通知", "森林防火会议通知范文"), encoding="utf-8"
    )
    parsed, _ = parse_paths([tmp_path])
    documents = [d for f in parsed for d in f.documents]
    assert [d.duplicate_of is None for d in documents] == [True, True, False]
    assert documents[2].duplicate_of == (str(tmp_path / "a.txt"), 1)


def test_notices_sharing_a_long_attachment_are_not_copies(tmp_path: Path) -> None:
    """Three notices of one unit, each on its own matter, each with the same 120-line name list attached: the
    list is nearly all their text, but a copy opens as the text it copies and these open on their own matters."""
    names = "".join(f"{n}. 第{n}村民小组，联系人编号{1000 + n}，负责片区巡查；\n" for n in range(1, 121))
    matters = [
        ("关于开展春季植树活动的通知", "为改善人居环境，镇政府决定于3月12日组织全镇干部群众开展春季义务植树活动。"),
        ("关于做好汛期值班工作的通知", "当前已进入主汛期，为确保安全度汛，现对汛期值班工作作出如下安排，请认真执行。"),
        ("关于开展秸秆禁烧巡查的通知", "夏收在即，为防止焚烧秸秆污染大气环境，镇政府决定在全镇开展秸秆禁烧专项巡查。"),
    ]
    for k, (title, opening) in enumerate(matters):
        (tmp_path / f"{k}.txt").write_text(
            f"{title}\n各村（社区）：\n{opening}各村要高度重视，按附件名单落实到人。\n特此通知。\n某某镇人民政府\n"
            f"2025年3月{k + 1}日\n附件：巡查责任人名单\n{names}",
            encoding="utf-8",
        )
    parsed, _ = parse_paths([tmp_path])
    documents = [d for f in parsed for d in f.documents]
    assert len(documents) == 3 and all(d.duplicate_of is None for d in documents)


def test_parse_never_imports_jieba() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from drafter.mining.parse import parse_paths\n"
        f"parse_paths([Path({str(CORPUS / 'seeds')!r})])\n"
        "print('jieba' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.stdout.strip() == "False", result.stderr


def test_every_corpus_file_gives_a_well_formed_outline() -> None:
    """Invariants any parse must keep, checked on every real file (the public ones have no truth)."""
    from drafter.mining.classify import GENRES, SECTIONS

    parsed, skipped = parse_paths([CORPUS / "seeds", CORPUS / "public"])
    assert all(".doc" in s.path for s in skipped), skipped  # only .doc, when LibreOffice is missing
    for file in parsed:
        previous_end = 0
        for document in file.to_json()["documents"]:
            where = f"{file.path}:{document['start_line']}"
            assert previous_end < document["start_line"] <= document["end_line"], where
            previous_end = document["end_line"]
            assert document["genre"] in GENRES, where
            level = 0
            lines = [h["line"] for h in document["headings"]]
            assert lines == sorted(lines), where
            for heading in document["headings"]:
                assert document["start_line"] <= heading["line"] <= document["end_line"], where
                assert 1 <= heading["level"] <= level + 1, (where, heading)
                assert heading["section"] in SECTIONS and heading["text"].strip(), (where, heading)
                level = heading["level"]


def test_foldsynth_reports_the_mean_and_the_worst_fold_of_each_family() -> None:
    import eval_foldsynth

    def tally(doc_tp: int, doc_true: int) -> scoring.Tally:
        found = scoring.Tally()
        found.counts.update(doc_tp=doc_tp, doc_pred=doc_true, doc_true=doc_true, genre_ok=doc_tp)
        return found

    results = {"v.txt": {"titles": {"a": tally(4, 4), "b": tally(2, 4)}}}
    row = eval_foldsynth.summary(results)["v.txt"]["titles"]
    assert row["mean_doc_f1"] == 0.75 and row["worst_doc_f1"] == 0.5
    assert "mean_heading_f1" not in row  # no heading in either fold: nothing to average
    assert "worst family by mean doc_f1: titles 0.750" in eval_foldsynth.report(results)


# Ceilings a margin above what is reached (README, benchmarks/eval_transforms.py): files of the 130 that parse
# differently from their original once laid out as users' copies are (a blank line after every line, lines
# pushed right or centred, page numbers), and labelled titles broken across two lines that are not read whole.
# Before 2026-12-06 these were 31, 13, 7, 29, 84 (digits typed full-width) and 149/268; now 0, 0, 0, 0, 0 and
# 13/268.
TRANSFORM_CEILINGS = {"double": 4, "right": 4, "centre": 4, "pagenum": 4, "fwdigits": 4}
BROKEN_TITLES_CEILING = 0.12


def test_copies_laid_out_otherwise_parse_as_their_originals(tmp_path: Path) -> None:
    import eval_transforms

    files = eval_transforms.sources()
    assert len(files) >= 100
    differ = eval_transforms.transforms(files, list(TRANSFORM_CEILINGS), tmp_path, verbose=False)
    for name, ceiling in TRANSFORM_CEILINGS.items():
        assert differ[name] <= ceiling, f"{name}: {differ[name]} of {len(files)} files parse differently"
    tried, wrong = eval_transforms.broken_titles(tmp_path, verbose=False)
    assert tried >= 200 and wrong <= BROKEN_TITLES_CEILING * tried, f"broken titles read wrong: {wrong}/{tried}"


def test_files_of_the_same_name_in_two_folders_are_both_scored(tmp_path: Path) -> None:
    """corpus/own/c and corpus/own/d each hold a 004-summary: keyed by name, one file's tally replaced the other's."""
    pairs = []
    for folder in ("c", "d"):
        (tmp_path / folder).mkdir()
        source = tmp_path / folder / "004-summary.txt"
        source.write_text("甲单位工作总结\n\n一、主要工作\n\n正文。\n", encoding="utf-8")
        truth = tmp_path / folder / "004-summary.truth.jsonl"
        truth.write_text(
            '{"doc": 1, "start_line": 1, "end_line": 5, "genre": "summary", "title": "甲单位工作总结", "headings": []}\n',
            encoding="utf-8",
        )
        pairs.append((source, truth))

    def parse(paths: list[Path]) -> dict[str, list[dict]]:
        return {str(path): [{"start_line": 1, "end_line": 5, "genre": "summary", "headings": []}] for path in paths}

    tallies = scoring.score_files(pairs, parse)
    assert len(tallies) == 2
    assert scoring.pooled(tallies.values()).counts["doc_true"] == 2
