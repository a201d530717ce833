import pytest

from drafter.mining.clean import Line
from drafter.mining.outline import Heading
from drafter.mining.parse import ParsedDocument
from drafter.mining.tokenise import SLOTS, corpus_units, document_units, mask_patterns, segment


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("2024年5月1日上午9:00开会", ["日期", "时间"]),
        ("现将2024年上半年工作总结如下：", ["期间"]),
        ("根据《关于加强安全工作的通知》（青教〔2024〕3号）精神", ["文件名", "文号"]),
        ("共培训1260人次，投入资金12.5万元，覆盖率98%", ["数量", "数量", "数量"]),
        ("2024—2025学年第一学期", ["期间"]),
        ("没有数字的一句话", []),
        # gongwen's date grammar: Chinese numerals and full-width digits are dates too, a weekday stays with its date.
        ("定于二〇二五年三月十日召开", ["日期"]),
        ("请于３月５日（星期三）前报送", ["日期"]),
        ("按照云政发〔2025〕12号文件要求", ["文号"]),
    ],
)
def test_pattern_slots(text: str, slots: list[str]) -> None:
    masked, originals = mask_patterns(text)
    found = [name for char in masked for name, slot in SLOTS.items() if slot == char]
    assert found == slots
    assert len(originals) == len(slots) and all(o in text for o in originals)


def document(path: str, genre: str, *texts: str, headings: tuple[Heading, ...] = ()) -> ParsedDocument:
    lines = tuple(Line(text, number) for number, text in enumerate(texts, 1))
    return ParsedDocument(path, 1, len(lines), genre, "", headings, lines)


def test_roles_by_position() -> None:
    heading = Heading(index=2, line=3, marker="一、", family="cn", ordinal=1, text="加强组织领导", section="safeguards")
    doc = document(
        "a.txt",
        "notice",
        "各镇人民政府，县直各单位：",
        "为做好春季防火工作，经研究，现将有关事项通知如下：",
        "一、加强组织领导",
        "各单位要成立专门工作小组。组长由主要负责人担任。",
        "特此通知。",
        "青禾县林业局",
        "2025年3月1日",
        headings=(heading,),
    )
    units = document_units(doc, 0)
    roles = {unit.text: unit.role for unit in units}
    assert roles["各镇人民政府，县直各单位："] == "salutation"
    assert roles["为做好春季防火工作，经研究，现将有关事项通知如下："] == "transition"
    assert roles["各单位要成立专门工作小组。"] == "lead"
    assert roles["组长由主要负责人担任。"] == "body"
    assert roles["特此通知。"] == "closing"
    assert not any("林业局" in text or "2025" in text for text in roles), "the signature is not text"


def test_a_heading_that_leads_into_a_list_is_a_transition() -> None:
    # The outline took the opening sentence for a heading (it ends without a full stop).
    opening = Heading(index=1, line=2, marker="", family="", ordinal=1, text="为做好汛期值班工作，现将有关事项通知如下")
    heading = Heading(index=2, line=3, marker="一、", family="cn", ordinal=1, text="值班安排", section="topical")
    doc = document(
        "b.txt",
        "notice",
        "各科室：",
        "为做好汛期值班工作，现将有关事项通知如下",
        "一、值班安排",
        "值班人员须二十四小时在岗。",
        "特此通知。",
        headings=(opening, heading),
    )
    roles = {unit.text: unit.role for unit in document_units(doc, 0)}
    assert roles["为做好汛期值班工作，现将有关事项通知如下："] == "transition", roles
    assert roles["值班安排"] == "heading"
    assert roles["值班人员须二十四小时在岗。"] == "lead"


def test_a_speech_salutation_after_a_subtitle_is_a_salutation() -> None:
    doc = document(
        "c.txt",
        "speech",
        "——在全县春季农业生产动员会上的讲话",
        "同志们：",
        "今天召开这次会议，主要任务是部署春耕备耕工作。",
        "谢谢大家！",
    )
    roles = {unit.text: unit.role for unit in document_units(doc, 0)}
    assert roles["同志们："] == "salutation", roles


def test_a_quotation_lead_before_the_body_is_not_a_salutation() -> None:
    doc = document(
        "d.txt",
        "speech",
        "——在全县安全生产工作会议上的讲话",
        "县长在去年的总结会上强调：",
        "安全生产是底线，一刻也不能放松。",
        "谢谢大家！",
    )
    roles = {unit.text: unit.role for unit in document_units(doc, 0)}
    assert roles["县长在去年的总结会上强调："] != "salutation", roles


def test_fixed_expressions_keep_their_words_and_english_keeps_its_spaces() -> None:
    units = corpus_units(
        [
            document(
                "a.txt",
                "notice",
                "以新时代中国特色社会主义思想为指导，",
                "14天内有旅居史、接触史，",
                "Let's do it well!",
            )
        ]
    )
    tokens = ["".join(t) for t, _ in segment(units)]
    assert "中国特色社会主义" in tokens[0]
    assert "旅居史" in tokens[1] and SLOTS["人名"] not in tokens[1]
    assert tokens[2] == "Let's do it well！"


def test_names_and_organisations_become_slots() -> None:
    units = corpus_units([document("a.txt", "meeting_report", "会议由王建水镇长主持，县教育局全体干部参加。")])
    ((tokens, fillers),) = segment(units)
    assert SLOTS["人名"] in tokens and "王建水" in fillers.values()
    assert SLOTS["单位"] in tokens


def test_a_sentence_written_again_anywhere_is_cut_as_if_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """segment_corpus cuts each distinct sentence once over the whole corpus (repeats far apart, in
    different chunks): the tokens are those of cutting every sentence anew."""
    from drafter.mining import tokenise
    from drafter.mining.mine import segment_corpus
    from drafter.mining.tokenise import Unit

    texts = ["特此通知。", "请各单位于2025年3月1日前报送材料。", "王建水局长出席会议并讲话。", "现将有关事项通知如下："]
    units = [
        Unit(texts[(n * 7) % 4] if n % 3 else f"第{n}项工作已经完成。", f"x:{n}", n, "notice", "intro", "body")
        for n in range(1300)
    ]
    once = segment_corpus(units)
    monkeypatch.setattr(tokenise, "REUSE_REPEATS", False)
    assert once == segment_corpus(units)
