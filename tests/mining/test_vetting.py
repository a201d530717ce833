"""Which mined phrases a template may use or offer (fixtures written here, in our own words)."""

from drafter.mining.phrases import Phrase
from drafter.mining.skeleton import Part
from drafter.mining.slots import FREE
from drafter.mining.vetting import choose


def _opening(parts: tuple[Part, ...], groups: int = 2) -> Phrase:
    text = "".join(value if kind == "text" else "……" for kind, value in parts)
    return Phrase(
        skeleton=text,
        parts=parts,
        genre="summary",
        groups=groups,
        documents=groups,
        count=groups,
        roles=(("opening", groups),),
        sections=("intro",),
        examples=(),
        gap_values=(),
        formulaic=0.9,
    )


def test_a_fragment_around_a_free_gap_is_not_offered() -> None:
    fragment = _opening((("text", "是"), ("gap", FREE), ("text", "一年。")))
    formula = _opening((("text", "现将"), ("gap", FREE), ("text", "工作总结如下：")))
    whole = _opening((("text", "今年以来，各项工作稳步推进。"),))
    _, offered = choose([fragment, formula, whole], "opening")
    texts = [choice.text for choice in offered]
    assert "是……一年。" not in texts
    assert "现将……工作总结如下：" in texts and "今年以来，各项工作稳步推进。" in texts


def test_sentences_aligned_word_by_word_are_no_formula_to_offer() -> None:
    # Four free gaps around single words (为……安全……，……有关……事项通知如下：): eleven fixed characters, yet a
    # clerk would fill four holes to write a sentence of her own. A formula keeps enough words around each gap.
    aligned = _opening(
        (
            ("text", "为"),
            ("gap", FREE),
            ("text", "消防"),
            ("gap", FREE),
            ("text", "，"),
            ("gap", FREE),
            ("text", "有关"),
            ("gap", FREE),
            ("text", "事项通知如下："),
        )
    )
    formula = _opening((("text", "根据"), ("gap", FREE), ("text", "的要求，现将有关情况总结如下：")))
    _, offered = choose([aligned, formula], "opening")
    texts = [choice.text for choice in offered]
    assert "为……消防……，……有关……事项通知如下：" not in texts
    assert "根据……的要求，现将有关情况总结如下：" in texts
