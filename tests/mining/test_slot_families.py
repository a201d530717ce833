"""Slot families: an adverbial with the predicates it modifies counts as one phrase (sentences written here)."""

from drafter.mining.clean import Line
from drafter.mining.parse import ParsedDocument
from drafter.mining.phrases import FAMILY, PREDICATE, Phrase, candidates, learn_adverbials, mine_phrases
from drafter.mining.spread import source_groups
from drafter.mining.tokenise import corpus_units, segment, word_cut

# Each office writes the same two-part promise with its own verbs: 不断 and 进一步 each meet 提高, 加强
# and 完善, but every adverb-verb pair is in one office's document only.
PROMISES = [
    "今年我们将不断提高服务质量，进一步加强队伍建设。",
    "社区要不断完善办事流程，进一步提高群众满意度。",
    "各科室要不断加强作风建设，进一步完善考核办法。",
]
OFFICES = ["青禾县档案馆", "临川镇卫生院", "望江街道办事处", "松涛林场", "白沙水文站", "东湖图书室"]


def document(number: int, promise: str, extra: str = "") -> ParsedDocument:
    texts = [f"{OFFICES[number]}召开年度工作会议，部署全年任务。", promise, extra or "会议要求抓好落实。", "特此通知。"]
    lines = tuple(Line(text, n) for n, text in enumerate(texts, 1))
    return ParsedDocument(f"d{number}.txt", 1, len(lines), "notice", f"关于{OFFICES[number]}年度工作的通知", (), lines)


def mined(documents: list[ParsedDocument]) -> list[Phrase]:
    units = corpus_units(documents)
    return mine_phrases(units, segment(units), source_groups(documents))


def test_an_adverb_with_its_verbs_is_one_family_of_the_union_of_their_groups() -> None:
    documents = [document(n, promise) for n, promise in enumerate(PROMISES)]
    documents.append(document(3, "今年我们将不断学习新知识。"))  # 学习 follows 不断 only: not of the class
    phrases = mined(documents)
    family = next(p for p in phrases if p.skeleton in ("不断提高", "不断加强", "不断完善"))
    assert family.groups == 3 and not family.family
    others = {"不断提高", "不断加强", "不断完善"} - {family.skeleton}
    assert others <= set(family.variants), family.variants
    assert "不断学习" not in family.variants
    # A variant listed beside it is shown as one of the family, not as a formula of its own.
    assert all(p.family == family.skeleton for p in phrases if p.skeleton in others)


def test_variants_that_pass_alone_take_the_family_support() -> None:
    # Three variants, each in two offices: each passes the bar on its own; the family holds six groups.
    documents = [document(n, PROMISES[n % 3]) for n in range(6)]
    phrases = mined(documents)
    family = next(p for p in phrases if p.skeleton in ("不断提高", "不断加强", "不断完善") and not p.family)
    assert family.groups == 6
    assert {"不断提高", "不断加强", "不断完善"} - {family.skeleton} <= set(family.variants)


def test_one_document_holds_no_family() -> None:
    phrases = mined([document(0, "我们要不断提高、不断加强、不断完善各项制度。"), document(1, "今年的工作很多。")])
    assert not any(p.skeleton.startswith("不断") for p in phrases)


def test_an_adverb_and_a_verb_are_one_pair_whether_the_dictionary_joins_them_or_not() -> None:
    for text, adverb, verb in (("不断提高服务质量", "不断", "提高"), ("不断加强作风建设", "不断", "加强")):
        keys = {key for key, *_ in candidates(word_cut().cut(text))}
        assert (FAMILY, adverb, PREDICATE) in keys, keys
        assert any(key[0] == FAMILY and key[-1] == verb for key in keys), keys


def test_the_report_shows_a_family_with_its_other_variants() -> None:
    from drafter.mining.report import _phrases_html

    row = {
        "skeleton": "不断提高",
        "role": "body",
        "groups": 3,
        "documents": 3,
        "count": 3,
        "examples": [],
        "formula": True,
        "variants": ["不断加强", "不断完善"],
    }
    html = "".join(_phrases_html([row]))
    assert "不断提高" in html and "也写作：不断加强、不断完善" in html


def test_a_word_used_before_predicates_is_an_adverbial_whatever_its_tag() -> None:
    # jieba tags 及时 a conjunction and 全面 a noun; here they stand before several verbs, never at a
    # clause's end, while 资料 (a noun) ends clauses and follows verbs.
    sentences = [
        "各校要及时上报工作进展，全面推进课程改革。",
        "办公室及时汇总有关资料，全面提高办事效率。",
        "发现问题要及时整改，全面落实安全制度。",
        "请各单位及时报送资料，全面完成任务。",
        "我们整理资料，审核资料，保存资料。",
    ]
    learnt = learn_adverbials([word_cut().cut(s) for s in sentences])
    assert {"及时", "全面"} <= learnt, learnt
    assert "资料" not in learnt


def test_an_adverbial_by_use_anchors_a_slot_family() -> None:
    # 全面 and 及时 each before four verbs, each verb after both: two families across the offices.
    promises = [
        "今年我们将全面落实服务承诺，及时解决群众诉求。",
        "社区要全面解决办事难题，及时落实整改措施。",
        "各科室要全面检查安全隐患，及时处理群众来信。",
        "站里将全面处理积压案卷，及时检查各类设备。",
    ]
    phrases = mined([document(n, promise) for n, promise in enumerate(promises)])
    for adverb in ("全面", "及时"):
        family = next(p for p in phrases if p.skeleton.startswith(adverb) and not p.family)
        assert family.groups >= 3 and len(family.skeleton) == 4, family
