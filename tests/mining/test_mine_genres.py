"""Mining the statutory genres: parse names a document's 文种 (doc_type) beside its LABELS.md genre, and
mine groups 请示, 报告, 函, 批复, 通报 and 意见 under templates of their own that draft at once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CORPUS, SAMPLES, requires_shared

from drafter import gongwen
from drafter.catalog import find_template, load_template_folder
from drafter.drafting import build_draft, encode
from drafter.errors import FactsError
from drafter.mining.mine import mine
from drafter.mining.parse import parse_file, parse_paths
from drafter.model import LetterMark
from drafter.starter import starter_text

TITLE_END = re.compile(r"(请示|报告|复函|函|批复|通报|实施意见|意见|通知)$")
GENRES = {
    "通知": "notice",
    "请示": "request",
    "报告": "report",
    "函": "letter",
    "批复": "reply",
    "通报": "bulletin",
    "意见": "opinion",
}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于成立区域协作委员会的请示", "request"),
        ("某某公司关于某项工作情况的报告", "report"),
        ("政府工作报告", "report"),
        ("关于更换办公电话的函", "letter"),
        ("关于支持研学活动的复函", "letter"),
        ("关于同意增设实验室的批复", "reply"),
        ("关于表扬先进集体的通报", "bulletin"),
        ("关于加强劳动教育的实施意见", "opinion"),
        ("关于调整防控政策的通知（第50号）", "notice"),
        ("关于召开工作会议的通知", "notice"),
        ("函授学校招生简章", ""),
        ("2024年度工作总结", ""),
        ("关于报告制度的几点说明", ""),
    ],
)
def test_doc_type_is_the_word_the_title_ends_with(title: str, expected: str) -> None:
    assert gongwen.doc_type(title) == expected


def test_a_document_counts_in_its_label_and_in_a_genre_with_its_own_template() -> None:
    assert gongwen.mining_genres("other", "request") == ("other", "request")
    assert gongwen.mining_genres("summary", "report") == ("summary", "report")
    assert gongwen.mining_genres("meeting_notice", "notice") == ("meeting_notice",)
    assert gongwen.mining_genres("plan", "") == ("plan",)


@requires_shared
def test_corpus_documents_named_by_a_statutory_word_get_that_type() -> None:
    """Every seed and public document whose title ends with 请示/报告/函/通知 is named so, and parse's
    genre stays the LABELS.md label the truth files use."""
    parsed, _ = parse_paths([CORPUS / "seeds", CORPUS / "public"])
    seen = set()
    for file in parsed:
        for document in file.to_json()["documents"]:
            ending = re.search(r"(请示|报告|函|通知)(?:[（(][^）)]*[）)])*$", document["title"])
            if not ending:
                continue
            word = ending.group(1)
            expected = {"请示": "request", "报告": "report", "函": "letter", "通知": "notice"}[word]
            assert document["doc_type"] == expected, document["title"]
            assert document["genre"] in (
                "summary",
                "meeting_notice",
                "meeting_report",
                "notice",
                "plan",
                "speech",
                "other",
            )
            assert gongwen.mining_genres(document["genre"], document["doc_type"])[-1] != "other"
            seen.add(expected)
    assert seen == {"request", "report", "letter", "notice"}


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three drafted documents of each new genre from two sources (mine needs at least that much): the
    sample, the starter's example, and another genre's sample retitled (three sources)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name in GENRES:
        facts = corpus / f"{name}-starter.yaml"
        facts.write_text(starter_text(find_template(name)), encoding="utf-8")
        sample = encode(build_draft(SAMPLES / f"{name}.yaml")[1], "txt")
        (corpus / f"{name}-1.txt").write_bytes(sample)
        starter = encode(build_draft(facts)[1], "txt")
        (corpus / f"{name}-2.txt").write_bytes(starter)
        # A third source: the next genre's sample under a title ending with this genre's word.
        other = list(GENRES)[(list(GENRES).index(name) + 1) % len(GENRES)]
        lines = encode(build_draft(SAMPLES / f"{other}.yaml")[1], "txt").decode("utf-8").splitlines()
        titled = next(i for i, line in enumerate(lines) if TITLE_END.search(line))
        lines[titled] = TITLE_END.sub(name, lines[titled])
        (corpus / f"{name}-3.txt").write_text("\n".join(lines), encoding="utf-8")
        facts.unlink()
    output = tmp_path_factory.mktemp("mined") / "out"
    mine([corpus], output)
    return output


def test_drafted_documents_parse_back_with_their_type(tmp_path: Path) -> None:
    for name, slug in GENRES.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(build_draft(SAMPLES / f"{name}.yaml")[1], "txt"))
        (document,) = [d for d in parse_file(path).documents if d.title][:1]
        assert document.doc_type == slug, (name, document.title)


def test_mine_names_every_genre_and_says_why_when_it_writes_no_template(mined: Path) -> None:
    report = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    genres = {g["genre"]: g for g in report["genres"]}
    assert {"request", "report", "letter", "reply", "opinion"} <= set(genres)
    for genre in genres.values():
        assert genre["template"] or genre["template_note"], genre["genre"]


def test_a_mined_template_of_a_new_genre_extends_its_builtin_and_drafts(mined: Path, tmp_path: Path) -> None:
    written = [folder for folder in mined.iterdir() if (folder / "manifest.yaml").is_file()]
    assert written, "at least one genre has material enough for a template of its own"
    for folder in written:
        spec = load_template_folder(folder)
        assert spec.base is not None and spec.base.name == spec.genre
        facts = tmp_path / f"{folder.name}.yaml"
        facts.write_text(starter_text(spec, template_ref=str(folder)), encoding="utf-8")
        _, draft = build_draft(facts, allow_placeholders=True)  # the starter's placeholders stand for real text
        assert draft.title
        assert any(isinstance(block, LetterMark) for block in draft.blocks) == (spec.genre == "letter")  # 信函格式


# A small archive written for this test (fictional units, our own words): each statutory genre has five
# documents, three from one county bureau with its 红头, 文号 and 版记 and one each from two other offices.
GENRE_CORPUS = Path(__file__).parent / "genre_corpus"
MINED_FORMULAE = {"request": "妥否，请批示。", "report": "特此报告。", "letter": "请予支持为盼。"}


@pytest.fixture(scope="module")
def mined_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("archive") / "out"
    mine([GENRE_CORPUS], output)
    return output


def _filled(text: str) -> str:
    """The starter with the sample marks removed and each placeholder given a value of its kind."""
    lines = []
    for line in text.splitlines():
        if line.startswith("文号序号:"):  # the serial is the user's own, whatever the starter's sample
            line = "文号序号: 3"
        line = line.replace("〔示例〕", "")
        lines.append(re.sub(r"〔请填写[^〕]*〕", "这里是具体内容。", line))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("slug", ["request", "report", "letter", "reply", "bulletin", "opinion"])
def test_an_archive_gives_each_statutory_genre_a_template_with_the_units_practice(
    mined_archive: Path, tmp_path: Path, slug: str
) -> None:
    folder = mined_archive / slug
    spec = load_template_folder(folder)
    assert spec.base is not None and spec.base.name == slug  # extends its built-in: 红头, 版记 … stay
    text = starter_text(spec, template_ref=str(folder))
    facts = tmp_path / f"{slug}.yaml"
    facts.write_text(text, encoding="utf-8")
    with pytest.raises(FactsError):
        build_draft(facts)  # the unedited starter still holds placeholders
    facts.write_text(_filled(text), encoding="utf-8")
    _, draft = build_draft(facts)
    body = encode(draft, "txt").decode("utf-8")
    # The unit's constants, without the user typing them: 署名, 文号 pattern, 红头 (a 函 has its 信函 head).
    assert "青禾县农业农村局" in body
    assert "青农" in body and "〔20" in body and "〕3号" in body
    assert any(isinstance(block, LetterMark) for block in draft.blocks) == (slug == "letter")
    if slug != "letter":
        assert "青禾县农业农村局文件" in body
    if slug in MINED_FORMULAE:
        assert MINED_FORMULAE[slug] in body
    report = json.loads((mined_archive / "report.json").read_text(encoding="utf-8"))
    genre = next(g for g in report["genres"] if g["genre"] == slug)
    assert all(p["groups"] >= 2 for p in genre["phrases"])


def test_every_genre_is_named_once_at_its_source() -> None:
    """Reports name a genre by gongwen's record: no record's name (or a part of it, 通知/通报) names
    another genre, so the notice group is never labelled with the bulletin's 通报."""
    from drafter.mining.labels import genre_name

    parts = [part for genre in gongwen.GENRES for part in genre.name.split("/")]
    assert len(parts) == len(set(parts))
    assert genre_name("notice") == "通知" and genre_name("bulletin") == "通报"
    assert all(genre_name(genre.slug) == genre.name for genre in gongwen.GENRES)


def test_a_notice_mined_with_the_units_bulletins_says_it_notifies(mined_archive: Path, tmp_path: Path) -> None:
    # The notice label covers 通报 (LABELS.md), so the archive's 通报 teach the 通知 template too. Their
    # transition 现将有关情况通报如下： was made the mined notice's default opening, and the report gave
    # 特此通报。 as its closing, while its drafts (the built-in's) say 特此通知。 (a walk's 街道 archive).
    folder = mined_archive / "notice"
    spec = load_template_folder(folder)
    facts = tmp_path / "notice.yaml"
    text = _filled(starter_text(spec, template_ref=str(folder)))
    facts.write_text(re.sub(r"(?m)^导语:\n(- .*\n)+", "", text), encoding="utf-8")  # the template's own opening
    body = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "通报如下" not in body and "特此通报" not in body and "特此通知。" in body
    # With no formula of the unit's own, the notice opens as notices do (公文惯例), and a 导语 of the user's
    # own is followed by it unless it ends on its own colon.
    assert "　　现将有关事项通知如下：" in body.splitlines()
    own = re.sub(r"(?m)^导语:\n(- .*\n)+", "导语:\n- 为做好秋季防火工作，确保辖区安全。\n", text)
    facts.write_text(own, encoding="utf-8")
    body = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "　　为做好秋季防火工作，确保辖区安全。现将有关事项通知如下：" in body.splitlines()
    report = json.loads((mined_archive / "report.json").read_text(encoding="utf-8"))
    defaults = next(g for g in report["genres"] if g["genre"] == "notice")["defaults"]
    assert defaults["closing"] == "特此通知。" and "closing" in defaults["standard"]
    assert defaults["transition"] == "现将有关事项通知如下：" and "transition" in defaults["standard"]
    assert not any("通报" in defaults[place] for place in ("opening", "transition", "closing"))
    # The bulletin template keeps them: they are its own.
    bulletin = next(g for g in report["genres"] if g["genre"] == "bulletin")
    assert any("通报如下" in p["skeleton"] for p in bulletin["phrases"])


@pytest.mark.parametrize(("slug", "name"), [("report", "导语"), ("opinion", "指导思想")])
def test_a_mined_starter_asks_for_the_units_own_paragraphs(mined_archive: Path, slug: str, name: str) -> None:
    # A paragraph field's sample in the built-in is another unit's words (a county's school after-school
    # service for a bureau of agriculture's 报告): a mined starter asks for the unit's own, as it does for
    # content fields, rather than hand the clerk the built-in's paragraph to rewrite.
    folder = mined_archive / slug
    spec = load_template_folder(folder)
    builtin = find_template(slug).field(name)
    assert builtin is not None and builtin.example
    text = starter_text(spec, template_ref=str(folder))
    assert all(str(paragraph) not in text for paragraph in builtin.example)
    assert f"〔请填写：{name}" in text
