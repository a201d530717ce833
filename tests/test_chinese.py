import pytest

from drafter import chinese


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (999, "九百九十九"),
    ],
)
def test_chinese_numeral_round_trip(number: int, text: str) -> None:
    assert chinese.chinese_numeral(number) == text
    assert chinese.parse_chinese_numeral(text) == number


@pytest.mark.parametrize("text", ["", "甲", "十a", "1"])
def test_parse_chinese_numeral_rejects(text: str) -> None:
    assert chinese.parse_chinese_numeral(text) is None


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["甲"], "甲"),
        (["甲", "乙"], "甲和乙"),
        (["甲", "乙", "丙"], "甲、乙和丙"),
        (["甲", " ", "乙"], "甲和乙"),
    ],
)
def test_join_list(items: list[str], expected: str) -> None:
    assert chinese.join_list(items) == expected


def test_enumerate_points_styles() -> None:
    assert chinese.enumerate_points(["加强学习。", "狠抓落实；"]) == "一是加强学习；二是狠抓落实。"
    assert chinese.enumerate_points(["甲", "乙"], style="第") == "第一，甲；第二，乙。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议时间:上午9:00,地点(三楼)", "会议时间：上午9:00，地点（三楼）"),
        ("Hello, world (test)", "Hello, world (test)"),
        ("是否通过?请回复!", "是否通过？请回复！"),
    ],
)
def test_fullwidth_punctuation(text: str, expected: str) -> None:
    assert chinese.fullwidth_punctuation(text) == expected


def test_display_width_counts_latin_as_half() -> None:
    assert chinese.display_width("2025年") == 3.0
    assert chinese.display_width("公文") == 2.0


def test_han_share_counts_han_characters_among_non_spaces() -> None:
    from drafter.chinese import han_share

    assert han_share("现将有关事项通知如下：") == 10 / 11
    assert han_share("Let us go 开会") == 2 / 9
    assert han_share("") == 0.0


def test_han_is_one_class() -> None:
    assert chinese.is_han("公") and chinese.is_han("㐀") and not chinese.is_han("，") and not chinese.is_han("A")


def test_closing_gaps_matches_the_regular_expression_it_replaced() -> None:
    import random
    import re

    cjk = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]"
    mark = r"[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]"
    oracle = re.compile(rf"(?<={cjk})[ \t]+(?={cjk})|(?<={mark})[ \t]+|[ \t]+(?={mark})")
    alphabet = ["中", "文", "，", "。", "“", "”", "a", "B", "1", " ", " ", "\t", "（", "）", "(", "㐀", "！", "-"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert chinese.close_chinese_gaps(text) == oracle.sub("", text), repr(text)
    assert chinese.close_chinese_gaps("CnPack 开发组 负责") == "CnPack 开发组负责"


def test_fullwidth_punctuation_is_the_rule_it_states() -> None:
    """The scan gives what the regular expressions that define the rule give, on random mixed text."""
    import random
    import re

    from drafter.chinese import fullwidth_punctuation

    cjk = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]"
    marks = re.compile(rf"(?<={cjk})[,;:?!]|[,;?!](?={cjk})|(?<!\d):(?={cjk})")
    parens = re.compile(rf"\(([^()]*{cjk}[^()]*)\)")
    full = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}

    def defined(text: str) -> str:
        if not re.search("[A-Za-z]", text):
            text = text.translate(str.maketrans({",": "，", ";": "；", "?": "？", "!": "！"}))
        text = marks.sub(lambda m: full[m.group(0)], text)
        return parens.sub(lambda m: f"（{m.group(1)}）", text)

    # (letters that are no ASCII letter too: the full-width ａ, é, a mathematical 𝐀; Latin letters are looked for
    # among a line's ASCII characters)
    alphabet = ",;:?!()：，。 9０٣aZ中文“”‘’〇\u3400\uf900\uffef\u3000ａé𝐀"
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert fullwidth_punctuation(text) == defined(text), text
