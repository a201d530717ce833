import pytest

from drafter.mining.slots import FREE, gap_type, value_type


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2025年3月1日", "日期"),
        ("2025年3月1日（星期六）上午9:00", "日期时间"),
        ("下午2:30", "时间"),
        ("2024年上半年", "期间"),
        ("《关于做好防汛工作的通知》", "文件名"),
        ("县教育局", "单位"),
        ("县教育局、县财政局", "单位"),
        ("全县安全生产工作会议", "会议名称"),
        ("县政府三楼会议室", "地点"),
        ("1260人次", "数量"),
        # gongwen's grammars of dates and 文号: Chinese numerals without a year, full-width stops, letters in the
        # 代字, a space before the bracket (before: free text).
        ("三月五日", "日期"),
        ("2025．3．5", "日期"),
        ("QJ〔2025〕3号", "文号"),
        ("青教 〔2025〕3号", "文号"),
        ("有关", FREE),
        ("进一步加强学校管理", FREE),
    ],
)
def test_value_types(value: str, kind: str) -> None:
    assert value_type(value) == kind


def test_a_type_only_when_most_values_agree() -> None:
    assert gap_type(["2025年3月1日", "2024年5月8日", "6月1日"]) == "日期"
    assert gap_type(["2025年3月1日", "各项工作", "全体干部"]) == FREE
