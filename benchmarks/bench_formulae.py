"""How good the mined phrases and templates are, on the shared corpora (one run, every figure).

    python benchmarks/bench_formulae.py [--corpus seeds public] [--halves 5] [--skip-halves]

For each corpus it mines into a scratch folder and reports:

* recall of stock formulae (../shared/tools/score_formulae.py's matching) for the public formula list,
  its two halves (the ``tune`` half, odd rows, used while developing; the ``held-out`` half, even
  rows, looked at only for this figure) and our own list (benchmarks/formulae-own.tsv, written from
  general 公文 practice, never used by the miner; ``own-new`` is its part from W31 on, written after the
  ranking was set); the target counts formulae in ≥3 documents from
  ≥2 source groups, the scorer's own figure (≥3 documents) is shown beside it;
* the top 20 phrases of each genre (those the ranker lists as formulae, at most 20: a list is not
  padded with candidates below the bar): how many are held by a single source group, how many are
  noise (web links, contacts, signature or 版头 pieces);
* every mined template: refused while its starter is unedited, drafted once the placeholders are
  replaced, an opening and a closing formula where the genre needs them, none hollow, and its draft
  (paragraphs of real length) passing ../shared/tools/check_docx.py;
* stability: the corpus's documents split into two random halves (several seeds), each mined; the
  same order of the sections both halves hold in ≥30 % of their documents, and the overlap of the
  top-20 phrase lists (same skeleton; and counting variants of one formula, the fixed words of one
  in order in the other), mean and worst over splits and genres, beside the bound a perfect miner
  ranking by counts reaches on the same halves (see ``halves``) and the ceiling of any ranking: the
  share of the shorter list that phrases both halves hold at all could fill. An overlap is 0 when
  only one half lists anything and left out when neither does.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from scoring import SHARED, TOOLS, fill_starter  # noqa: E402

CORPORA = {
    "seeds": [SHARED / "corpus" / "seeds"],
    "public": [SHARED / "corpus" / "public"],
    "seeds+public": [SHARED / "corpus" / "seeds", SHARED / "corpus" / "public"],
    "synthetic": [],  # built by benchmarks/corpus.py (recombined shared corpus), --synthetic-mb megabytes
    # Documents of fictional units we wrote after the miner's ranking was set (corpus/own/README.md): no shared
    # file holds them, so what the miner finds there it was not tuned to. The texts only: each folder's README.md
    # describes its files (mine reads .md as text).
    "own": sorted((HERE.parent / "corpus" / "own").glob("*/*.txt")),
}
PUBLIC_TSV = SHARED / "corpus" / "formulae-public.tsv"
OWN_TSV = HERE / "formulae-own.tsv"
NOISE = re.compile(r"https?|www\.|@|\.com|\.org|电话|传真|邮箱|联系人|QQ|文件$|〔\d{4}〕|印发|抄送|主题词|^\{?单位\}?$")
NEEDS_FORMULAE = ("notice", "meeting_notice", "summary", "speech")
_OWN_GENRE = {"report": ("report",), "request": ("request",), "letter": ("letter",)}


def scorer() -> Any:
    sys.path.insert(0, str(TOOLS))
    import score_formulae

    return score_formulae


def split_tsv(folder: Path) -> dict[str, Path]:
    """The public list, its tune and held-out halves, and our own list, as files the scorer reads."""
    rows = PUBLIC_TSV.read_text(encoding="utf-8").splitlines()
    header, body = rows[0], [r for r in rows[1:] if r.strip()]
    out = {"public": PUBLIC_TSV, "own": OWN_TSV}
    for name, part in (("tune", body[0::2]), ("held-out", body[1::2])):
        path = folder / f"{name}.tsv"
        path.write_text("\n".join([header, *part]) + "\n", encoding="utf-8")
        out[name] = path
    # Our list's second part (W31 on) was written after the ranking it measures: a figure on formulae
    # the miner's design never saw.
    own = OWN_TSV.read_text(encoding="utf-8").splitlines()
    later = [r for r in own[1:] if r.strip() and int(r.split("\t", 1)[0].lstrip("W")) >= 31]
    path = folder / "own-new.tsv"
    path.write_text("\n".join([own[0], *later]) + "\n", encoding="utf-8")
    out["own-new"] = path
    return out


def mine_into(corpus: list[Path], output: Path) -> dict[str, Any]:
    from drafter.mining.mine import mine

    mine(corpus, output, force=True)
    return json.loads((output / "report.json").read_text(encoding="utf-8"))


def recall(
    sf: Any, mined: Path, report: dict[str, Any], parsed: dict[str, Any], tsv: Path, *, mining: bool = False
) -> dict[str, Any]:
    """Recall over formulae in ≥3 documents of a genre: all of them (the scorer's figure) and those
    from ≥2 source groups (the target's).

    The scorer takes a document's genre from its label; ``mine`` counts a document whose title names
    a statutory 文种 with a template of its own (……的报告, ……的请示) under that genre too. With
    ``mining`` documents are grouped as ``mine`` groups them, and a formula of the list's report,
    request or letter genre belongs to that genre too.
    """
    from drafter.gongwen import mining_genres

    formulae = sf.load_formulae(tsv)
    with contextlib.redirect_stderr(io.StringIO()):
        docs = sf.documents(parsed, "own")
    skeletons = {g: [sf.fill_gaps(s) for s in v] for g, v in sf.skeletons(mined).items()}
    group_of = {}
    for genre in report["genres"]:
        for doc in genre["document_list"]:
            group_of[
                (Path(doc["source"].rsplit(":", 1)[0]).name, int(doc["source"].rsplit(":", 1)[1].split("-")[0]))
            ] = doc["group"]
    by_genre: dict[str, list[dict[str, Any]]] = defaultdict(list)
    doc_types = {
        (Path(f["path"]).name, d["start_line"]): d.get("doc_type", "") for f in parsed["files"] for d in f["documents"]
    }
    for doc in docs:
        genres: tuple[str, ...] = (doc["genre"],)
        if mining:  # as mine groups documents: a 报告 or 请示 under its own genre too
            genres = mining_genres(doc["genre"], doc_types.get((Path(doc["path"]).name, doc["start"]), ""))
        for genre in genres:
            by_genre[genre].append(doc)
    found = total = found_groups = total_groups = 0
    missed: list[str] = []
    for genre, gdocs in by_genre.items():
        for formula in formulae:
            genres = sf.GENRE_MAP[formula["genre"]] if formula["genre"] != "any" else [genre]
            if mining:
                genres = [*genres, *_OWN_GENRE.get(formula["genre"], ())]
            if genre not in genres:
                continue
            hits = [d for d in gdocs if formula["rx"].search(d["text"])]
            if len(hits) < 3:
                continue
            groups = {group_of.get((Path(d["path"]).name, d["start"]), (d["path"], d["start"])) for d in hits}
            matched = any(formula["rx"].search(s) for s in skeletons.get(genre, []))
            total += 1
            found += matched
            if len(groups) >= 2:
                total_groups += 1
                found_groups += matched
            if not matched:
                missed.append(f"{genre}:{formula['id']}")
    return {
        "recall": found_groups / total_groups if total_groups else None,
        "found": found_groups,
        "of": total_groups,
        "scorer_recall": found / total if total else None,
        "scorer_found": found,
        "scorer_of": total,
        "missed": missed,
    }


def top_quality(report: dict[str, Any], top: int = 20) -> dict[str, Any]:
    out = {}
    for genre in report["genres"]:
        phrases = [p for p in genre["phrases"] if p.get("formula", True)][:top]
        if not phrases:
            continue
        single = [p["skeleton"] for p in phrases if p["groups"] < 2]
        noise = [p["skeleton"] for p in phrases if NOISE.search(p["skeleton"])]
        out[genre["genre"]] = {
            "phrases": len(phrases),
            "single_group": len(single),
            "noise": len(noise),
            "noisy": noise,
        }
    return out


def templates(mined: Path, report: dict[str, Any], scratch: Path) -> dict[str, Any]:
    from drafter.catalog import load_template_folder
    from drafter.drafting import build_draft, encode
    from drafter.errors import DrafterError, FactsError
    from drafter.starter import starter_text

    results = {}
    for genre in report["genres"]:
        name = genre["template"]
        if not name:
            continue
        spec = load_template_folder(mined / name)
        facts = scratch / f"{name}.yaml"
        text = starter_text(spec, template_ref=str(mined / name))
        facts.write_text(text, encoding="utf-8")
        refused = False
        try:
            build_draft(facts)
        except FactsError:
            refused = True
        facts.write_text(fill_starter(text, spec), encoding="utf-8")
        drafted, problem, body = False, "", ""
        try:
            _, draft = build_draft(facts)
            drafted = True
            body = encode(draft, "txt").decode("utf-8")
        except DrafterError as exc:
            problem = str(exc)[:200]
        defaults = genre["defaults"]
        # The built-in intros of these end on their genre's transition (现将有关情况总结如下： …).
        base_opening = defaults.get("extends") in ("summary", "meeting_notice", "plan", "minutes")
        opening = bool(
            defaults.get("opening") or defaults.get("transition") or defaults.get("salutation") or base_opening
        )
        closing_text = defaults.get("closing") or ("特此通知。" if defaults.get("extends") == "meeting_notice" else "")
        closing = bool(closing_text) and (closing_text in body or "{" in closing_text or not drafted)
        hollow = not any(s.kind for s in spec.sections)
        gbt = _check_docx(spec, text, scratch / f"{name}-long.yaml") if drafted else "not drafted"
        results[genre["genre"]] = {
            "refused_unedited": refused,
            "drafted_when_filled": drafted,
            "problem": problem,
            "opening": opening,
            "closing": closing,
            "needs_formulae": genre["genre"] in NEEDS_FORMULAE,
            "hollow": hollow,
            "check_docx": gbt,
        }
    return results


# check_docx.py's options for genres whose format has no 成文日期 line or no 2号 title.
# A 请示 asks for one matter in a few paragraphs: its filled starter has no numbered heading to check.
_CHECK_OPTIONS = {"meeting_report": ["--no-date"], "speech": ["--no-date", "--no-title"], "request": ["--levels=0"]}
_PARAGRAPH = "本次会议听取了各部门关于上半年重点工作推进情况的汇报，研究部署了下半年的主要任务和保障措施，明确了责任分工和完成时限。"


# What a user writes in the short fields a paragraph would not fit: the document's title, its 事由 (the middle of
# 关于……的通知), a meeting's name, the addressee, a section's heading (an item's 标题, indented under 正文).
# Mined starters ask for these where the built-in's sample was another unit's (a school's 事由 and 主送机关).
_SHORT = {
    "标题": "关于做好有关工作的通知",
    "事由": "做好有关工作",
    "事项": "安全生产",
    "会议名称": "全县有关工作会议",
    "主送机关": "各有关单位",
    "讲话人": "县长　张明",
    "单位": "某某县人民政府",
    "依据": "上级有关要求",
    "目的": "做好有关工作",
}
_HEADING = "加强组织领导"


def _short(line: str) -> str:
    key = line.lstrip().lstrip("- ").split(":", 1)[0].strip()
    if _PARAGRAPH not in line or (key not in _SHORT):
        return line
    indented = line[:1].isspace() or line.lstrip().startswith("-")
    return line.replace(_PARAGRAPH, _HEADING if indented and key == "标题" else _SHORT[key])


def _check_docx(spec: Any, starter: str, facts: Path) -> str:
    """The draft of a starter filled as a user would (paragraphs of real length, a short title), checked
    by ../shared/tools/check_docx.py: its last line."""
    import subprocess

    from drafter.drafting import build_draft, encode

    lines = [_short(line) for line in fill_starter(starter, spec, filler=_PARAGRAPH).splitlines()]
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, draft = build_draft(facts)
    docx = facts.with_suffix(".docx")
    docx.write_bytes(encode(draft, "docx"))
    options = _CHECK_OPTIONS.get(spec.genre, [])
    result = subprocess.run(
        [sys.executable, str(TOOLS / "check_docx.py"), *options, str(docx)], capture_output=True, text=True
    )
    out = result.stdout.strip().splitlines()
    return "; ".join(out[-3:]) if result.returncode else (out[-1] if out else "no output")


def halves(corpus: list[Path], seeds: int) -> list[dict[str, Any]]:
    """Mine two random halves of the corpus's documents (parsed once, grouped by genre as ``mine``
    groups them) and compare what they give.

    Beside the overlap of the two top-20 lists, the ``bound`` is what a perfect miner could reach on
    these halves: it knows the whole corpus's listed formulae and ranks each half's by the number of that
    half's source groups holding them (ties by the whole corpus's score, the same in both halves), so
    its lists differ only because each half holds different documents. A phrase enters a half's list,
    as in ``mine``, when ``LISTED_GROUPS`` of its groups hold it.
    """
    from drafter.mining.mine import analyse
    from drafter.mining.parse import parse_paths
    from drafter.mining.phrases import LISTED_GROUPS

    parsed, _ = parse_paths(corpus)
    documents = [d for f in parsed for d in f.documents if not d.duplicate_of]
    whole, _, groups = analyse(documents)
    out = []
    for seed in range(seeds):
        order = list(range(len(documents)))
        random.Random(seed).shuffle(order)
        parts = [sorted(order[0::2]), sorted(order[1::2])]
        results = [analyse([documents[i] for i in part]) for part in parts]
        for genre in sorted(set(results[0][1]) & set(results[1][1])):
            if genre == "other":
                continue
            whole_families = _family_members(whole, genre)
            orders = [[s.kind for s in r[1][genre].sections if s.share >= 0.3 and s.kind != "intro"] for r in results]
            common = set(orders[0]) & set(orders[1])
            same = [k for k in orders[0] if k in common] == [k for k in orders[1] if k in common]
            tops = [[p.skeleton for p in r[0] if p.genre == genre and p.listed][:20] for r in results]
            bound_tops = []
            for part in parts:
                members = set(part)
                held = []
                for phrase in (p for p in whole if p.genre == genre and p.listed):
                    mine_ = [d for d in phrase.held_by if d in members]
                    votes = groups.count(mine_) if mine_ else 0
                    if votes >= LISTED_GROUPS:
                        held.append((votes, phrase.score, phrase.skeleton))
                held.sort(key=lambda item: (-item[0], -item[1]))
                bound_tops.append([skeleton for _, _, skeleton in held[:20]])
            out.append(
                {
                    "seed": seed,
                    "genre": genre,
                    "documents": [r[1][genre].documents for r in results],
                    "same_order": same,
                    "same_sections": set(orders[0]) == set(orders[1]),
                    "orders": orders,
                    "top20": [len(tops[0]), len(tops[1])],
                    "overlap": _overlap(*tops, _same_skeleton),
                    "overlap_variants": _overlap(*tops, _same_formula),
                    "overlap_families": _overlap(
                        *tops, _families_meet(*(_family_members(r[0], genre) for r in results))
                    ),
                    "bound": _overlap(*bound_tops, _same_skeleton),
                    "bound_families": _overlap(*bound_tops, _families_meet(whole_families, whole_families)),
                    "ceiling": _ceiling(tops, [[q.skeleton for q in r[0] if q.genre == genre] for r in results]),
                    "bound_sizes": [len(bound_tops[0]), len(bound_tops[1])],
                }
            )
    return out


def _family_members(phrases: list[Any], genre: str) -> dict[str, set[str]]:
    """Each listed formula's family: the skeletons (gaps as one mark) of it and its variants."""
    from drafter.mining.families import normal

    members: dict[str, set[str]] = {}
    for phrase in phrases:
        if phrase.genre == genre:
            members.setdefault(phrase.family or phrase.skeleton, set()).add(normal(phrase.skeleton))
    return members


def _families_meet(one: dict[str, set[str]], two: dict[str, set[str]]) -> Any:
    """Two listed formulae, one of each half, are one formula when their families share a variant or
    they are variants of each other."""
    from drafter.mining.families import normal, same_family

    def meet(a: str, b: str) -> bool:
        return bool(one.get(a, {normal(a)}) & two.get(b, {normal(b)})) or same_family(a, b)

    return meet


def _ceiling(tops: list[list[str]], candidates: list[list[str]]) -> float | None:
    """The most any ranking could reach with lists of these sizes: the share of the shorter list that
    the phrases both halves hold at all (in ≥2 of their source groups) could fill."""
    if not tops[0] and not tops[1]:
        return None
    shortest = min(len(tops[0]), len(tops[1]))
    if not shortest:
        return 0.0
    common = {_normal(s) for s in candidates[0]} & {_normal(s) for s in candidates[1]}
    return min(len(common), shortest) / shortest


def _overlap(one: list[str], two: list[str], same: Any) -> float | None:
    """The share of the shorter top list that the other list also holds: 0 when only one half lists
    anything, None when neither does."""
    if not one and not two:
        return None
    shortest = min(len(one), len(two))
    if not shortest:
        return 0.0
    return min(sum(1 for a in one if any(same(a, b) for b in two)), shortest) / shortest


def _same_skeleton(one: str, two: str) -> bool:
    return _normal(one) == _normal(two)


def _same_formula(one: str, two: str) -> bool:
    """Variants of one formula: equal once slots and gaps are one mark, or the fixed words of one
    found in order in the other (现……通知如下： and 现将……有关……通知如下：) when they are at least
    four characters."""
    a, b = _pieces(one), _pieces(two)
    if min(len("".join(a)), len("".join(b))) < 4:
        return _normal(one) == _normal(two)
    return _in_order(a, _normal(two)) or _in_order(b, _normal(one))


def _pieces(skeleton: str) -> list[str]:
    return [piece for piece in _normal(skeleton).split("…") if piece]


def _in_order(pieces: list[str], text: str) -> bool:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _normal(skeleton: str) -> str:
    return re.sub(r"\{[^{}]*\}|……", "…", skeleton).rstrip("，。：；！？")


def _summary(values: list[float | None]) -> str:
    known = [v for v in values if v is not None]
    return f"mean {sum(known) / len(known):.2f} (worst {min(known):.2f})" if known else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus", nargs="+", default=["seeds", "public", "seeds+public", "own"], choices=list(CORPORA)
    )
    parser.add_argument("--synthetic-mb", type=float, default=2.0, help="size of the synthetic corpus")
    parser.add_argument("--halves", type=int, default=5, help="random splits for the stability check")
    parser.add_argument("--skip-halves", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    args = parser.parse_args()

    from drafter.mining.parse import parse_paths

    sf = scorer()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="drafter-formulae-") as scratch_name:
        scratch = Path(scratch_name)
        lists = split_tsv(scratch)
        for name in args.corpus:
            corpus = CORPORA[name]
            if name == "synthetic":
                sys.path.insert(0, str(HERE))
                import corpus as synthetic

                folder = scratch / "synthetic"
                synthetic.build(folder, args.synthetic_mb)
                corpus = [folder]
            mined = scratch / f"mined-{name}"
            report = mine_into(corpus, mined)
            parsed_files, _ = parse_paths(corpus)
            parsed = {"files": [dict(f.to_json(), path=f.path) for f in parsed_files]}
            entry: dict[str, Any] = {"recall": {}, "top20": top_quality(report)}
            for list_name, tsv in lists.items():
                entry["recall"][list_name] = recall(sf, mined, report, parsed, tsv)
                entry["recall"][list_name]["by_mine"] = recall(sf, mined, report, parsed, tsv, mining=True)
            (scratch / f"facts-{name}").mkdir()
            entry["templates"] = templates(mined, report, scratch / f"facts-{name}")
            entry["not_written"] = {
                g["genre"]: g["template_note"] for g in report["genres"] if not g["template"] and g["genre"] != "other"
            }
            if not args.skip_halves:
                entry["halves"] = halves(corpus, args.halves)
            figures[name] = entry
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    for name, entry in figures.items():
        print(f"== {name}")
        for list_name, r in entry["recall"].items():
            shown = "n/a" if r["recall"] is None else f"{r['recall']:.3f}"
            scorer_shown = "n/a" if r["scorer_recall"] is None else f"{r['scorer_recall']:.3f}"
            m = r["by_mine"]
            mine_shown = "n/a" if m["recall"] is None else f"{m['recall']:.3f}"
            print(
                f"  recall [{list_name}] ≥3 docs from ≥2 groups: {shown} ({r['found']}/{r['of']}); "
                f"scorer (≥3 docs): {scorer_shown} ({r['scorer_found']}/{r['scorer_of']}); "
                f"documents grouped as mine groups them: {mine_shown} ({m['found']}/{m['of']})"
                + (f"; missed {', '.join(m['missed'])}" if m["missed"] and list_name != "held-out" else "")
            )
        for genre, q in entry["top20"].items():
            print(
                f"  top-20 {genre}: {q['phrases']} phrases, single-group {q['single_group']}, noise {q['noise']} {q['noisy']}"
            )
        for genre, t in entry["templates"].items():
            print(
                f"  template {genre}: refused unedited {t['refused_unedited']}, drafts when filled {t['drafted_when_filled']}"
                f"{(' (' + t['problem'] + ')') if t['problem'] else ''}, opening {t['opening']}, closing {t['closing']}"
                f"{' (needed)' if t['needs_formulae'] else ''}, hollow {t['hollow']}, check_docx: {t['check_docx']}"
            )
        for genre, why in entry["not_written"].items():
            print(f"  no template for {genre}: {why}")
        if "halves" in entry:
            rows = entry["halves"]
            same = [h["same_order"] for h in rows]
            print(
                f"  halves: same order of the sections both halves hold in ≥30 % of documents {sum(same)}/{len(same)}; "
                f"top-20 overlap {_summary([h['overlap'] for h in rows])}, "
                f"counting variants of one formula {_summary([h['overlap_variants'] for h in rows])}, "
                f"counting families {_summary([h['overlap_families'] for h in rows])}; "
                f"bound (a perfect miner on the same halves) {_summary([h['bound'] for h in rows])}, "
                f"counting families {_summary([h['bound_families'] for h in rows])}; "
                f"ceiling (any ranking, lists of these sizes) {_summary([h['ceiling'] for h in rows])}; "
                f"splits where neither half lists a formula {sum(h['overlap'] is None for h in rows)}/{len(rows)}"
            )
            for h in rows:
                shown = [
                    "n/a" if h[k] is None else f"{h[k]:.2f}"
                    for k in ("overlap", "overlap_variants", "overlap_families", "bound", "bound_families", "ceiling")
                ]
                print(
                    f"    seed {h['seed']} {h['genre']}: documents {h['documents']}, same order {h['same_order']}"
                    f" {'' if h['same_order'] else h['orders']}, top-20 sizes {h['top20']}, overlap "
                    f"{shown[0]} / variants {shown[1]} / families {shown[2]} / bound {shown[3]} (families {shown[4]}; "
                    f"bound list sizes {h['bound_sizes']}) / ceiling {shown[5]}"
                )


if __name__ == "__main__":
    main()
