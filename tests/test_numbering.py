import pytest

from drafter.numbering import draft_marker, format_marker, read_marker


@pytest.mark.parametrize(
    ("level", "ordinal", "marker"),
    [(1, 1, "一、"), (1, 12, "十二、"), (2, 3, "（三）"), (3, 2, "2."), (4, 10, "（10）")],
)
def test_draft_markers_follow_gbt9704_levels(level: int, ordinal: int, marker: str) -> None:
    assert draft_marker(level, ordinal) == marker


def test_draft_marker_rejects_fifth_level() -> None:
    with pytest.raises(ValueError):
        draft_marker(5, 1)


@pytest.mark.parametrize(
    ("line", "style", "ordinal", "marker", "rest"),
    [
        ("一、基本情况", "cn_dun", 1, "一、", "基本情况"),
        ("十二、其他", "cn_dun", 12, "十二、", "其他"),
        ("（三）强化保障", "cn_paren", 3, "（三）", "强化保障"),
        ("(三)强化保障", "cn_paren", 3, "(三)", "强化保障"),
        ("1、了解政策", "arabic_dun", 1, "1、", "了解政策"),
        ("2.规范作业", "arabic_dot", 2, "2.", "规范作业"),
        ("2．规范作业", "arabic_dot", 2, "2．", "规范作业"),
        ("（4）加强监督", "arabic_paren", 4, "（4）", "加强监督"),
        ("(4) 加强监督", "arabic_paren", 4, "(4)", "加强监督"),
        ("3）落实责任", "arabic_half_paren", 3, "3）", "落实责任"),
        ("②开展培训", "circled", 2, "②", "开展培训"),
        ("一是要加强校长队伍建设", "cn_shi", 1, "一是", "要加强校长队伍建设"),
        ("第一，提高认识", "di_cn", 1, "第一，", "提高认识"),
        ("第二阶段：组织实施阶段（4月—6月）", "phase", 2, "第二阶段：", "组织实施阶段（4月—6月）"),
        ("第三步，总结提高", "phase", 3, "第三步，", "总结提高"),
        ("第二章 总则", "chapter", 2, "第二章", "总则"),
        ("第三条 适用范围", "article", 3, "第三条", "适用范围"),
        ("首先，明确目标", "sequence_word", 1, "首先，", "明确目标"),
        ("　　二、存在问题", "cn_dun", 2, "二、", "存在问题"),
        ("二要压实整改责任", "cn_yao", 2, "二要", "压实整改责任"),
        ("其三，健全长效机制", "qi_cn", 3, "其三，", "健全长效机制"),
        ("第四点：经费保障", "di_dian", 4, "第四点：", "经费保障"),
        ("2.3 接口改造。把旧接口换成新版", "decimal2", 3, "2.3", "接口改造。把旧接口换成新版"),
        ("4.1.2　机房巡检", "decimal3", 2, "4.1.2", "机房巡检"),
        ("3 存在问题", "num_space", 3, "3", "存在问题"),
    ],
)
def test_read_marker_table(line: str, style: str, ordinal: int, marker: str, rest: str) -> None:
    found = read_marker(line)
    assert found is not None
    assert (found.style, found.ordinal, found.text, found.rest) == (style, ordinal, marker, rest)


@pytest.mark.parametrize(
    "line",
    [
        "2024年工作总结",
        "3.5%的增长",
        "是一项工作",
        "一是是",
        "第一次会议",
        "普通句子。",
        "1980年",
        "第一阶段的工作已经完成。",
        "三要素缺一不可。",
        "一要求各单位按时报送。",
        "其中，有三个乡镇完成任务。",
        "一方面，经费还不充足。",
        "2.5万元用于设备更新。",
        "12 月份完成验收。",
        "1.5 倍于去年。",
        "0.9.6 版发布。",
        "11 in future.",
        "9 版与新版同时发布。",
        "1 关于开展春季植树活动的通知",
    ],
)
def test_read_marker_ignores_non_markers(line: str) -> None:
    assert read_marker(line) is None


@pytest.mark.parametrize(
    "style",
    [
        *("cn_dun", "cn_paren", "arabic_dot", "arabic_dun", "arabic_paren", "circled", "cn_shi", "phase"),
        *("cn_yao", "qi_cn", "di_dian"),
    ],
)
def test_format_and_read_are_inverse(style: str) -> None:
    for ordinal in (1, 2, 9, 10, 11):
        found = read_marker(format_marker(style, ordinal) + "内容")
        assert found is not None and found.ordinal == ordinal and found.style == style


def test_reading_with_one_alternation_is_trying_each_style_in_order() -> None:
    """read_marker tries every style at once; the marker is the one the styles tried in order give."""
    import random

    from drafter.chinese import parse_chinese_numeral
    from drafter.numbering import _PATTERNS, ARABIC_STYLES, CIRCLED, SEQUENCE_WORDS

    def in_order(line: str) -> tuple[str, int, str, str] | None:
        text = line.lstrip(" \u3000\t")
        for style, pattern in _PATTERNS:
            match = pattern.match(text)
            if not match:
                continue
            token = match.group(2)
            if style in ARABIC_STYLES:
                ordinal = int(token)
            elif style == "circled":
                ordinal = CIRCLED.index(token) + 1
            elif style == "sequence_word":
                ordinal = SEQUENCE_WORDS.index(token) + 1 if token != "最后" else 99
            else:
                ordinal = parse_chinese_numeral(token) or 0
            if ordinal > 0:
                return style, ordinal, match.group(1).strip(), text[match.end() :]
        return None

    alphabet = "第一二三十百零〇两章部分条阶段步：:，,（()）、.．是的要12５①首先其次最后 \u3000"
    rng = random.Random(4)
    for _ in range(30_000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        found = read_marker(line)
        assert (None if found is None else (found.style, found.ordinal, found.text, found.rest)) == in_order(line), line
