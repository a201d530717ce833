"""Phrase candidates, spread by source group, skeletons and ranking (fixtures written here, in our own words)."""

import re

from drafter.mining.clean import Line
from drafter.mining.parse import ParsedDocument
from drafter.mining.phrases import candidates, evidence, mine_phrases
from drafter.mining.skeleton import consensus
from drafter.mining.spread import source_groups
from drafter.mining.tokenise import corpus_units, segment

TOPICS = ["校园安全", "食品卫生", "防汛抗旱", "森林防火", "控辍保学", "课后服务"]
BODIES = [
    "各校要明确专人负责，建立台账，逐项落实整改措施。",
    "乡镇要加强巡查，发现隐患及时上报，不得拖延。",
    "有关部门要密切配合，形成合力，确保工作取得实效。",
    "全体干部要提高认识，主动作为，切实履行职责。",
    "各单位要对照清单自查自纠，并于月底前报送结果。",
    "请各地结合本地情况，制定具体的落实办法。",
]


def _one_line_documents(texts: list[str], genre: str, kind: str) -> list[ParsedDocument]:
    """One document of one line for each text, each its own source."""
    return [
        ParsedDocument(f"d{n}.txt", 1, 1, genre, f"第{n}号{kind}", (), (Line(text, 1),)) for n, text in enumerate(texts)
    ]


def notice(number: int, topic: str) -> ParsedDocument:
    texts = [
        f"根据上级关于{topic}工作的部署要求，为切实做好{topic}工作，现将有关事项通知如下：",
        BODIES[number % len(BODIES)],
        BODIES[(number + 2) % len(BODIES)],
        f"请各单位结合{topic}工作实际，认真抓好贯彻落实。",
        "特此通知。",
    ]
    lines = tuple(Line(text, n) for n, text in enumerate(texts, 1))
    return ParsedDocument(f"n{number}.txt", 1, len(lines), "notice", f"关于做好{topic}工作的通知", (), lines)


def mined(documents: list[ParsedDocument]):
    units = corpus_units(documents)
    return mine_phrases(units, segment(units), source_groups(documents))


def test_formulae_with_gaps_short_ones_and_ones_inside_clauses() -> None:
    phrases = mined([notice(n, topic) for n, topic in enumerate(TOPICS)])
    skeletons = {p.skeleton: p for p in phrases}
    assert "特此通知。" in skeletons and skeletons["特此通知。"].role == "closing"
    assert skeletons["特此通知。"].groups == len(TOPICS)
    assert any(s.startswith("根据") and "要求" in s for s in skeletons), skeletons
    assert any("现将有关事项通知如下：" in s for s in skeletons)
    assert any(s.startswith("请") and "结合" in s and "实际" in s for s in skeletons)
    # Examples come from different sources, and every phrase has at least two groups.
    assert all(p.groups >= 2 for p in phrases)
    best = skeletons["特此通知。"]
    assert len({source.split(":")[0] for _, source in best.examples}) == len(best.examples)


def test_one_series_is_one_voice() -> None:
    # Four yearly documents of one office (a series) share a sentence no one else writes.
    series = []
    for year in range(2021, 2025):
        texts = [f"本年度我办始终坚持把服务群众放在首位，{year}年各项工作稳步推进。", "特此通知。"]
        lines = tuple(Line(t, n) for n, t in enumerate(texts, 1))
        series.append(
            ParsedDocument(f"s{year}.txt", 1, 2, "notice", f"青禾县政务服务办公室{year}年工作通知", (), lines)
        )
    others = [notice(n, topic) for n, topic in enumerate(TOPICS[:2])]
    phrases = mined(series + others)
    assert not any("服务群众" in p.skeleton for p in phrases)
    closing = next(p for p in phrases if p.skeleton == "特此通知。")
    assert closing.groups == 3 and closing.documents == 6


def test_candidates_cover_whole_clauses_edges_and_windows() -> None:
    tokens = ["根据", "上级", "有关", "要求", "，", "现", "将", "有关", "事项", "通知", "如下", "："]
    keys = {"".join(t if t != "\x00" else "…" for t in key) for key, *_ in candidates(tokens)}
    assert "根据…要求，" in keys
    assert "现将有关事项通知如下：" in keys
    assert any(k.startswith("根据…") and k.endswith("如下：") for k in keys)


def test_consensus_keeps_the_words_most_gaps_share() -> None:
    gaps = [
        ["于", "3月", "在", "礼堂", "召开", "全县", "大会"],
        ["于", "5月", "召开", "表彰", "大会"],
        ["于", "6月", "召开", "会"],
    ]
    assert consensus(gaps) == ["于", "召开"]  # 于 sticks to the edge; 在 floats and is dropped


def test_addresses_and_english_lines_are_not_phrases() -> None:
    docs = []
    for name in "abc":
        texts = ["Website: https://www.example.org", "Let's do it well!", "联系电话：0571-88001234"]
        lines = tuple(Line(t, n) for n, t in enumerate(texts, 1))
        docs.append(ParsedDocument(f"{name}.txt", 1, 3, "summary", "", (), lines))
    assert mined(docs) == []


def test_slots_of_a_default_become_fields_of_their_own() -> None:
    from drafter.mining.phrases import Phrase
    from drafter.mining.vetting import jinja_text

    phrase = Phrase(
        skeleton="{日期}至{日期}召开{会议名称}。",
        parts=(
            ("slot", "日期"),
            ("text", "至"),
            ("slot", "日期"),
            ("text", "召开"),
            ("slot", "会议名称"),
            ("text", "。"),
        ),
        genre="notice",
        groups=3,
        documents=3,
        count=3,
        roles=(("opening", 3),),
        sections=("intro",),
        examples=(),
        gap_values=(),
    )
    fields: dict = {}
    text = jinja_text(phrase, fields, {"会议名称"})
    assert "日期" in fields and "日期2" in fields and "会议名称" not in fields
    assert all(not spec["required"] for spec in fields.values())  # a slot never makes a required field
    assert "召开{{ 会议名称 or '' }}。" in text


def test_spread_is_ranked_by_how_sure_it_is() -> None:
    # A share from few groups is uncertain: 5 of 9 is surer than 2 of 3, and more groups of one genre
    # always weigh more.
    assert evidence(5, 9) > evidence(2, 3)
    assert all(evidence(k, 12) < evidence(k + 1, 12) for k in range(1, 12))
    assert 0 < evidence(1, 40) < evidence(2, 2) < 1


def test_a_phrase_more_groups_use_ranks_above_a_rarer_one() -> None:
    documents = [notice(n, topic) for n, topic in enumerate(TOPICS)]
    phrases = mined(documents)
    closing = next(p for p in phrases if p.skeleton == "特此通知。")
    # Every phrase of fewer groups (at most half of them) ranks below the formula every office writes.
    rarer = [p for p in phrases if p.groups <= len(TOPICS) // 2]
    assert rarer and all(phrases.index(p) > phrases.index(closing) for p in rarer)
    assert set(closing.held_by) == set(range(len(TOPICS)))


def test_two_anchors_inside_a_clause_with_a_gap_are_a_candidate() -> None:
    # 落实 …… 责任 stands mid-clause, in sentences that otherwise differ, with other words between.
    texts = [
        "各乡镇要落实属地责任并及时报告。",
        "学校必须落实安全责任和管理制度。",
        "相关科室应当落实监管责任到人。",
        "企业负责人要落实主体责任，不留死角。",
    ]
    documents = _one_line_documents(texts, "notice", "通知")
    skeletons = {p.skeleton for p in mined(documents)}
    assert any(re.fullmatch(r"落实(……|\{[^}]*\})责任[，。]?", s) for s in skeletons), skeletons


def test_a_clause_form_keeps_its_final_punctuation() -> None:
    # The same words as a whole clause in some documents and inside longer clauses in more: the
    # clause form, which shows how the formula ends, represents the phrase.
    texts = ["加强领导，明确分工。", "加强领导，统筹推进。", "我们坚持加强领导不动摇。", "必须始终加强领导和督促。"]
    documents = _one_line_documents(texts, "summary", "总结")
    skeletons = {p.skeleton for p in mined(documents)}
    assert "加强领导，" in skeletons and "加强领导" not in skeletons, skeletons


def test_doubled_marks_are_no_formula() -> None:
    texts = ["让我们携手并进！！", "让我们携手并进！！", "让我们携手并进！！"]
    documents = _one_line_documents(texts, "speech", "讲话")
    assert not any("！！" in p.skeleton for p in mined(documents))


def test_a_one_character_preposition_opens_a_gapped_pair() -> None:
    # 以 …… 为指导 mid-clause, after different subjects.
    texts = [
        "全镇上下始终以新发展理念为指导，扎实推进各项工作。",
        "我们坚持以问题导向为指导，补齐短板。",
        "学校长期以育人目标为指导，办好教育。",
    ]
    documents = _one_line_documents(texts, "summary", "总结")
    skeletons = {p.skeleton for p in mined(documents)}
    assert any(re.search(r"以(……|\{[^}]*\})为指导", s) for s in skeletons), skeletons


def test_a_pronoun_that_picks_out_whom_opens_a_collocation() -> None:
    # 各位来宾 inside clauses that run on (a salutation written into the greeting after it), in speeches
    # that otherwise differ.
    texts = [
        "尊敬的各位来宾、亲爱的朋友们，上午好！",
        "感谢各位来宾远道而来。",
        "欢迎各位来宾莅临指导，祝大家身体健康。",
    ]
    documents = _one_line_documents(texts, "speech", "讲话")
    assert "各位来宾" in {p.skeleton for p in mined(documents)}
