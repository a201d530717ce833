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
