import itertools

import pytest

from drafter.chinese import display_width
from drafter.docx.layout import MarkSize, issuer_mark_size, signoff_layout, split_title, title_words
from drafter.docx.sheet import GBT9704

CHAR, PAGE, SPACING = GBT9704.char(), GBT9704.page, GBT9704.spacing


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("青禾县实验小学2024年教育教学工作总结", ["青禾县实验小学2024年教育教学工作总结"]),
        ("关于召开全县2025年春季学期教育工作会议的通知", ["关于召开全县2025年", "春季学期教育工作会议的通知"]),
        (
            "关于印发《青禾县中小学校园安全专项整治行动实施方案》的通知",
            ["关于印发《青禾县中小学校园安全", "专项整治行动实施方案》的通知"],
        ),
        ("甲|乙丙", ["甲", "乙丙"]),
    ],
)
def test_split_title(title: str, lines: list[str]) -> None:
    assert split_title(title) == lines


@pytest.mark.parametrize(
    "title",
    [
        "关于召开全县2025年春季学期教育教学工作会议暨安全工作部署会的通知",
        "青禾县教育局关于开展第十二届中小学生运动会暨校园体育节系列活动并做好安全保障工作的通知",
        "某" * 70,
    ],
)
def test_split_title_lines_fit_and_keep_the_text(title: str) -> None:
    lines = split_title(title)
    assert "".join(lines) == title
    assert all(display_width(line) <= GBT9704.title_max_chars for line in lines)
    assert len(lines) >= 2


def test_split_title_never_breaks_inside_numbers_or_before_closing_marks() -> None:
    for title in [
        "关于做好2025年度全县义务教育阶段学校招生入学工作的通知",
        "关于转发《关于进一步加强中小学生欺凌防治工作的意见》的通知",
    ]:
        lines = split_title(title)
        for upper, lower in itertools.pairwise(lines):
            assert not (upper[-1].isdigit() and lower[0].isdigit())
            assert lower[0] not in "》”）、，。"
            assert upper[-1] not in "《“（"


def test_title_words_use_the_vocabulary() -> None:
    assert title_words("关于召开2025年春季学期工作会议") == ["关于", "召开", "2025年", "春季学期", "工作会议"]


def test_unsealed_signoff_date_starts_two_chars_right_of_issuer() -> None:
    place = signoff_layout("青禾县人民政府办公室", "2025年2月4日", sealed=False)
    issuer_w, date_w = display_width("青禾县人民政府办公室") * CHAR, display_width("2025年2月4日") * CHAR
    assert place.issuer_right == 2 * CHAR  # 右空二字
    issuer_start = PAGE.text_width - place.issuer_right - issuer_w
    date_start = PAGE.text_width - place.date_right - date_w
    assert date_start - issuer_start == pytest.approx(2 * CHAR, abs=1)


def test_unsealed_signoff_with_long_date_moves_issuer_left() -> None:
    place = signoff_layout("青禾县政府", "2025年12月31日", sealed=False)
    assert place.date_right == 2 * CHAR
    issuer_start = PAGE.text_width - place.issuer_right - display_width("青禾县政府") * CHAR
    date_start = PAGE.text_width - place.date_right - display_width("2025年12月31日") * CHAR
    assert date_start - issuer_start == pytest.approx(2 * CHAR, abs=1)


def test_sealed_signoff_centres_issuer_over_date() -> None:
    place = signoff_layout("青禾县教育局", "2025年2月14日", sealed=True)
    assert place.date_right == 4 * CHAR  # 右空四字
    issuer_w, date_w = display_width("青禾县教育局") * CHAR, display_width("2025年2月14日") * CHAR
    issuer_centre = PAGE.text_width - place.issuer_right - issuer_w / 2
    date_centre = PAGE.text_width - place.date_right - date_w / 2
    assert issuer_centre == pytest.approx(date_centre, abs=1)


@pytest.mark.parametrize("length", [4, 8, 10, 12, 15, 19, 22, 26, 30, 40, 60, 100])
def test_issuer_mark_fits_the_text_width(length: int) -> None:
    mark = issuer_mark_size("甲" * length)
    assert length * mark.size.pt * mark.scale / 100 <= PAGE.text_width.pt - 2 * SPACING.issuer_mark_margin_pt
    assert 1 <= mark.scale <= 100


def test_a_long_issuer_mark_keeps_its_height_and_narrows_its_characters() -> None:
    assert issuer_mark_size("青禾县教育局文件") == MarkSize(SPACING.issuer_mark_max_size, 100)
    for name in ("青禾县人民政府办公室文件", "石门县人民政府教育督导委员会办公室文件"):
        mark = issuer_mark_size(name)
        assert mark.size == SPACING.issuer_mark_max_size and SPACING.issuer_mark_min_scale <= mark.scale < 100
        # It fills the width: one percent more would not fit.
        width = len(name) * mark.size.pt * (mark.scale + 1) / 100
        assert width > PAGE.text_width.pt - 2 * SPACING.issuer_mark_margin_pt
    # Past the narrowest scale the size comes down, never below the smallest size.
    joint = issuer_mark_size("青禾县人民政府办公室青禾县教育局青禾县财政局联合文件")
    assert SPACING.issuer_mark_min_size < joint.size < SPACING.issuer_mark_max_size
    assert joint.scale == SPACING.issuer_mark_min_scale
    assert issuer_mark_size("甲" * 60).size == SPACING.issuer_mark_min_size
