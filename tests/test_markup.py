import pytest

from drafter.errors import TemplateError
from drafter.markup import parse_markup
from drafter.model import (
    Addressee,
    Annotation,
    AttachmentNote,
    AttachmentStart,
    Attendance,
    Byline,
    Heading,
    Imprint,
    Letterhead,
    MinutesMark,
    Paragraph,
    Preamble,
    Signoff,
    Table,
    Title,
)


def parse(text: str):
    return parse_markup([("t.j2", text)]).blocks


def test_headings_are_numbered_by_level_and_restart_under_a_new_parent() -> None:
    blocks = parse("# 甲\n## 子一\n## 子二\n### 孙\n#### 曾孙\n# 乙\n## 子\n")
    markers = [(b.level, b.marker) for b in blocks if isinstance(b, Heading)]
    assert markers == [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "1."), (4, "（1）"), (1, "二、"), (2, "（一）")]


def test_run_in_body_joins_the_heading_and_ends_its_text_with_a_full_stop() -> None:
    (heading,) = parse("### 落实集体备课\n+ 每周一次。\n")
    assert heading == Heading(3, "1.", "落实集体备课。", "每周一次。")
    (kept,) = parse("### 要求：\n+ 如下。\n")
    assert kept.text == "要求："


def test_directives_build_elements() -> None:
    blocks = parse(
        "::份号 000001\n::密级 秘密\n::发文机关标志 甲局文件\n::发文字号 甲〔2025〕1号\n::标题 关于甲的通知\n"
        "::主送 各单位\n正文\n::附件说明 回执\n::附件说明 名单\n::署名 甲局\n::成文日期 2025年1月1日\n::印章\n"
        "::附注 此件公开发布\n::附件 回执\n::表头 单位 | 姓名\n::表行 | \n::附件 名单\n::抄送 乙，丙\n"
        "::印发机关 甲局办公室\n"
        "::印发日期 2025年1月1日\n"
    )
    assert blocks[0] == Preamble(copy_number="000001", secrecy="秘密")
    assert blocks[1] == Letterhead("甲局文件", "甲〔2025〕1号")
    assert blocks[2] == Title("关于甲的通知")
    assert blocks[3] == Addressee("各单位：")
    assert blocks[4] == Paragraph("正文")
    assert blocks[5] == AttachmentNote(("回执", "名单"))
    assert blocks[6] == Signoff("甲局", "2025年1月1日", sealed=True)
    assert blocks[7] == Annotation("（此件公开发布）")
    assert blocks[8] == AttachmentStart("附件1", "回执")
    assert blocks[9] == Table(("单位", "姓名"), (("", ""),))
    assert blocks[10] == AttachmentStart("附件2", "名单")
    assert blocks[11] == Imprint("乙，丙", "甲局办公室", "2025年1月1日")


def test_minutes_directives() -> None:
    blocks = parse("::纪要标志 甲局局务会议纪要\n::纪要期号 第3期\n正文\n::出席 张三、李四\n::请假 王五（出差）\n")
    assert blocks == (
        MinutesMark("甲局局务会议纪要", "第3期"),
        Paragraph("正文"),
        Attendance("出席", "张三、李四"),
        Attendance("请假", "王五（出差）"),
    )


def test_speech_directives() -> None:
    blocks = parse("::标题 在甲会上的讲话\n::讲话人 局长　张三\n::讲话日期 2025年1月2日\n::称呼 同志们\n正文\n")
    assert blocks[1] == Byline("局长　张三", "2025年1月2日")
    assert blocks[1].lines == ("局长　张三", "（2025年1月2日）")
    assert blocks[2] == Addressee("同志们：")


def test_single_attachment_is_labelled_without_number() -> None:
    blocks = parse("::附件 回执\n")
    assert blocks == (AttachmentStart("附件", "回执"),)


def test_numbering_restarts_inside_an_attachment() -> None:
    blocks = parse("# 甲\n# 乙\n::附件 说明\n# 丙\n")
    assert [b.marker for b in blocks if isinstance(b, Heading)] == ["一、", "二、", "一、"]


def test_escapes_and_blank_lines() -> None:
    blocks = parse("\n\n\\# 不是标题\n\\::也不是指令\n   \n普通段落\n")
    assert blocks == (Paragraph("# 不是标题"), Paragraph("::也不是指令"), Paragraph("普通段落"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("::未知 x\n", "不认识的指令“::未知”"),
        ("+ 接续\n", "前面没有可以接续的标题或段落"),
        ("::标题 甲\n::标题 乙\n", "标题只能有一个"),
        ("::署名 甲\n::印章 也许\n", "“::印章”后面应当是“是”或“否”"),
    ],
)
def test_markup_errors_name_the_section_and_line(text: str, message: str) -> None:
    with pytest.raises(TemplateError) as info:
        parse(text)
    assert message in str(info.value)
    assert str(info.value).startswith("t.j2 输出第")


@pytest.mark.parametrize(
    ("line", "sealed"), [("::印章", True), ("::印章 是", True), ("::印章 否", False), ("::印章 无", False)]
)
def test_seal_reads_the_same_yes_no_words_as_the_facts(line: str, sealed: bool) -> None:
    (signoff,) = parse(f"::署名 甲\n{line}\n")
    assert isinstance(signoff, Signoff) and signoff.sealed is sealed
