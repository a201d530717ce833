"""Defaults only from vetted formulae: listed by the ranker, held by ≥3 source groups, in the place they
fill; the other listed formulae of a place are the starter's alternatives, each one line to switch on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.errors import FactsError
from drafter.mining.mine import mine
from drafter.mining.phrases import Phrase
from drafter.mining.ranker import FEATURES, LISTED
from drafter.mining.vetting import VETTED_GROUPS, choose, fits
from drafter.starter import starter_text

CORPUS = Path(__file__).parent / "formula_corpus"
# Names of one unit each in the corpus: never in a default, an example or a heading.
UNIT_NAMES = ("柳河镇", "东湖县", "北山机械厂", "南桥街道", "西岭社区")


def _phrase(
    text: str,
    *,
    groups: int,
    role: str = "closing",
    formulaic: float = 0.9,
    organisation: bool = False,
    clean: float = 1.0,
) -> Phrase:
    features = dict.fromkeys(FEATURES, 0.0) | {"clean": clean, "organisation": float(organisation)}
    return Phrase(
        skeleton=text,
        parts=(("text", text),),
        genre="summary",
        groups=groups,
        documents=groups,
        count=groups,
        roles=((role, groups),),
        sections=("closing",),
        examples=(),
        gap_values=(),
        score=formulaic,
        formulaic=formulaic,
        features=tuple(features[name] for name in FEATURES),
    )


def test_a_default_is_listed_spread_and_in_its_place() -> None:
    phrases = [
        _phrase("以上报告，请审阅。", groups=6, formulaic=0.3),  # not a formula by the ranker
        _phrase("全力以赴抓落实。", groups=5, role="body"),  # not where a closing stands
        _phrase("云岭电力有限公司敬上。", groups=4, organisation=True),  # an organisation's own name
        _phrase("谨此报告。", groups=4, clean=0.5),  # words the dictionary does not know
        _phrase("请予审阅。", groups=2),  # listed, too few groups: an alternative
        _phrase("特此报告。", groups=VETTED_GROUPS),
    ]
    default, alternatives = choose(phrases, "closing")
    assert default is not None and default.text == "特此报告。" and default.vetted
    assert [c.text for c in alternatives] == ["请予审阅。"]


def test_a_place_without_a_vetted_formula_has_no_default() -> None:
    default, alternatives = choose([_phrase("请予审阅。", groups=2)], "closing")
    assert default is None and [c.text for c in alternatives] == ["请予审阅。"]
    assert not fits(_phrase("同志们：", groups=4, role="salutation"), "closing")


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formulae") / "out"
    mine([CORPUS], out)
    return out


def _report(mined: Path) -> dict:
    return json.loads((mined / "report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("genre", ["summary", "speech"])
def test_every_placed_default_is_a_vetted_formula(mined: Path, genre: str) -> None:
    entry = next(g for g in _report(mined)["genres"] if g["genre"] == genre)
    defaults = entry["defaults"]
    assert defaults["folder"], defaults["reason"]
    assert defaults["opening"] or defaults["transition"] or defaults["salutation"]
    assert defaults["closing"]
    by_text = {p["skeleton"]: p for p in entry["phrases"]}
    for place in defaults["placed"]:
        phrase = by_text[defaults[place] + ("：" if place == "salutation" else "")]
        assert phrase["formulaic"] >= LISTED and phrase["groups"] >= VETTED_GROUPS, phrase  # a variant may fit best
        assert phrase["roles"].get(place, 0) * 2 >= sum(phrase["roles"].values()), phrase
    for place in defaults["standard"]:  # the built-in genre's own formula where none qualified
        assert defaults[place]


def test_no_single_units_name_in_a_template(mined: Path) -> None:
    for folder in (p for p in mined.iterdir() if p.is_dir()):
        spec = load_template_folder(folder)
        texts = [p.read_text(encoding="utf-8") for p in folder.iterdir()] + [starter_text(spec)]
        for text in texts:
            assert not any(name in text for name in UNIT_NAMES), folder.name


_ALTERNATIVE = re.compile(r"^# (\S+): (.+)$")


def test_alternatives_switch_on_by_one_uncommented_line(mined: Path, tmp_path: Path) -> None:
    """Each alternative the starter offers is a commented line of YAML: taken in, the draft is refused
    while one of its gaps still holds a placeholder, and drafts once they are filled."""
    tried = 0
    for folder in (p for p in mined.iterdir() if p.is_dir()):
        spec = load_template_folder(folder)
        text = starter_text(spec, template_ref=str(folder))
        lines = text.splitlines()
        for number, line in enumerate(lines):
            if not lines[number - 1].startswith("# 其他常用写法"):
                continue
            match = _ALTERNATIVE.match(line)
            assert match, line
            name = match.group(1)
            # The active entry goes, with the list items under it (as the starter's note says).
            active = [i for i, other in enumerate(lines) if other.startswith(f"{name}:")]
            for start in list(active):
                following = start + 1
                while following < len(lines) and lines[following].startswith(("- ", "  ")):
                    active.append(following)
                    following += 1
            switched = [other for i, other in enumerate(lines) if i not in active]
            switched[switched.index(line)] = line[2:]
            facts = tmp_path / f"{folder.name}-{number}.yaml"
            filled = "\n".join(switched)
            value = yaml.safe_load(line[2:])[name]
            assert value, line
            if "〔请填写" in line[2:]:
                facts.write_text(filled, encoding="utf-8")
                with pytest.raises(FactsError):
                    build_draft(facts)
            filled = re.sub(r"〔请填写：[^〕]*〕", "本单位", filled)
            filled = re.sub(r"〔示例〕|〔请填写：([^〕]*)〕", "", filled)
            facts.write_text(filled, encoding="utf-8")
            _, draft = build_draft(facts)
            body = encode(draft, "txt").decode("utf-8")
            expected = re.sub(r"〔请填写：[^〕]*〕", "本单位", yaml.safe_load(line[2:])[name][0])
            assert expected.rstrip("：:。") in body
            tried += 1
    assert tried >= 1


def test_a_mined_notice_opening_keeps_what_the_builtin_writes(tmp_path: Path) -> None:
    """The mined opening of a notice is written in place of the built-in's loop over 导语: a notice
    that 印发s a document still says 现将《……》印发给你们 (and not the mined transition)."""
    from drafter.mining.constants import Constant
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure

    transition = _phrase("现将有关事项通知如下：", groups=4, role="transition")
    structure = GenreStructure("notice", 4, (), ((), 4), groups=4)
    constants = [Constant("印发机关", "某某办公室", 4, 4)]
    emitted = emit_template(tmp_path / "notice", "notice", structure, [transition], constants, ["关于某事的通知"] * 4)
    assert emitted.folder is not None and "transition" in emitted.placed
    common = "模板: notice\n发文机关: 某某局\n主送机关: 各科室\n成文日期: 2025年3月1日\n标题: 关于做好有关工作的通知\n"
    cases = {
        "布置": (
            "导语: [为做好有关工作，]\n正文: [各科室要认真落实。]\n",
            "为做好有关工作，现将有关事项通知如下：",
            "",
        ),
        "印发": (
            "类别: 印发\n导语: [为做好有关工作，]\n印发文件: {标题: 某某办法, 内容: [第一条 总则。]}\n",
            "现将《某某办法》印发给你们",
            "现将有关事项通知如下",
        ),
    }
    for name, (facts_text, expected, absent) in cases.items():
        facts = tmp_path / f"{name}.yaml"
        facts.write_text(common.replace("模板: notice", f"模板: {tmp_path / 'notice'}") + facts_text, encoding="utf-8")
        _, draft = build_draft(facts)
        body = encode(draft, "txt").decode("utf-8")
        assert expected in body, (name, body)
        assert not absent or absent not in body, (name, body)
