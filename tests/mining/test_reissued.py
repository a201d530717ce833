"""A notice issued again (this year's, copied from last year's with its dates and 文号 changed) is a document of its
own, not a copy of the earlier one (hostile11: three such notices counted 重复 2 篇, and no template was mined)."""

from pathlib import Path

from drafter.mining.parse import parse_paths

BODY = (
    "各股室、局属各单位：\n春节将至，为确保节日期间各项工作平稳有序，现将有关事项通知如下：\n"
    "一、严格落实值班制度\n各单位要安排领导带班和专人值班，值班人员要坚守岗位，保持通讯畅通。\n"
    "二、加强安全检查\n节前各单位要对办公场所开展一次安全检查，重点检查用电、用火和消防设施。\n"
    "三、及时报告情况\n节日期间如遇突发事件，要第一时间向局办公室报告，不得迟报漏报。\n特此通知。\n"
)


def _notice(year: int, day: int) -> str:
    return (
        f"某某县农业农村局文件\n某农发〔{year}〕{day}号\n关于做好{year}年春节期间值班工作的通知\n{BODY}"
        f"某某县农业农村局\n{year}年1月{day}日\n"
    )


def test_a_notice_issued_again_each_year_is_no_copy(tmp_path: Path) -> None:
    paths = []
    for year, day in ((2023, 15), (2024, 20), (2025, 18)):
        path = tmp_path / f"{year}.txt"
        path.write_text(_notice(year, day), encoding="utf-8")
        paths.append(path)
    # the 2025 notice saved a second time (as a web page's text would be): one copy
    copy = tmp_path / "copy.txt"
    copy.write_text(_notice(2025, 18), encoding="utf-8")
    parsed, _ = parse_paths([*paths, copy])
    marked = [document.duplicate_of is not None for file in parsed for document in file.documents]
    assert marked == [False, False, False, True]


def test_sampled_windows_are_the_crc32_of_the_characters_after_each_mark() -> None:
    """mark_duplicates' windows (parse._windows, cut by re and hashed in C): the crc32 of the 12 characters after
    each punctuation mark (fewer at the end), 4 bytes a character, in the text's order; the even half from 40 on."""
    import random
    import re
    import zlib

    from drafter.mining.parse import _windows

    def reference(text: str, size: int) -> set[int]:
        encoded = text.encode("utf-32-le")
        starts = [4 * mark.end() for mark in re.finditer(r"[，。；：！？,;:!?]", text)]
        hashes = set(map(zlib.crc32, [encoded[start : start + 4 * size] for start in starts]))
        return hashes if len(hashes) < 40 else {value for value in hashes if not value & 1}

    rnd = random.Random(7)
    letters = "，。；：！？,;:!?通知要求各单位做好工作\n 12"
    texts = [BODY, "".join(BODY.split()), ""] + [
        "".join(rnd.choice(letters) for _ in range(rnd.randrange(0, 400))) for _ in range(300)
    ]
    for text in texts:
        for size in (12, 3):
            assert list(_windows(text, size)) == list(reference(text, size))
