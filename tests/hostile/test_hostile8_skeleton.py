"""A mark every occurrence writes in the same place stays in the skeleton: 完成整改，并将, not 完成整改……并将."""

from drafter.mining.skeleton import Occurrence, build_skeleton
from drafter.mining.tokenise import Segmented


def _units(*sentences: list[str]) -> list[Segmented]:
    return [(tokens, {}) for tokens in sentences]


def test_a_second_comma_every_occurrence_writes_is_kept() -> None:
    units = _units(
        ["各", "单位", "要", "对照", "问题清单", "，", "认真", "整改", "，", "并将", "报告", "报送", "。"],
        ["各", "学校", "要", "对照", "问题清单", "，", "逐项", "整改", "，", "并将", "结果", "报送", "。"],
        ["各", "乡镇", "要", "对照", "问题清单", "，", "限期", "整改", "，", "并将", "台账", "报送", "。"],
    )
    occurrences = [Occurrence(number, 0, len(tokens)) for number, (tokens, _) in enumerate(units)]
    skeleton = build_skeleton(1, 2, occurrences, units)
    assert "整改，并将" in skeleton.text, skeleton.text
    assert len(skeleton.occurrences) == 3


def test_a_gap_of_several_marks_or_words_stays_a_gap() -> None:
    units = _units(
        ["为", "做好", "工作", "，", "制定", "本方案", "。"],
        ["为", "保障", "安全", "，", "结合", "实际", "，", "制定", "本方案", "。"],
        ["为", "推进", "改革", "，", "制定", "本方案", "。"],
    )
    occurrences = [Occurrence(number, 0, len(tokens)) for number, (tokens, _) in enumerate(units)]
    assert build_skeleton(1, 3, occurrences, units).text == "为……，……制定本方案。"
