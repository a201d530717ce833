"""The statutory genres (通知, 请示, 报告, 函, 批复, 通报, 意见): their wording, and their XML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import NS, SAMPLES, Docx, draft_bytes, write_facts

from drafter.drafting import build_draft, draft_file, encode
from drafter.errors import FactsError
from drafter.preview import to_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NEW_SAMPLES = ("通知", "通知-印发", "请示", "报告", "函", "复函", "批复", "通报", "意见")


def lines_of(facts: Path) -> list[str]:
    return [line.strip("　") for line in to_lines(build_draft(facts)[1])]


@pytest.fixture(scope="module")
def docs() -> dict[str, Docx]:
    return {name: Docx(draft_bytes(SAMPLES / f"{name}.yaml")) for name in NEW_SAMPLES}


def paragraph_texts(doc: Docx) -> list[str]:
    return [doc.text_of(p) for p in doc.paragraphs()]


# --- wording per genre ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "genre", "expected"),
    [
        ("通知", "notice", ["关于做好2025年春季学期中小学校园安全工作的通知", "现将有关事项通知如下：", "特此通知。"]),
        (
            "通知-印发",
            "notice",
            ["关于印发《青禾县教育局中小学“书香校园”读书活动实施方案》的通知", "印发给你们，请结合实际认真贯彻落实。"],
        ),
        (
            "请示",
            "request",
            ["关于增设科技创新实验室的请示", "妥否，请批示。", "（联系人：吴晓梅，电话：0571-88003126）"],
        ),
        ("报告", "report", ["现将2024年全县义务教育课后服务工作情况报告如下：", "特此报告。"]),
        ("函", "letter", ["关于商请支持开展中小学生研学实践活动的函", "请予函复。"]),
        (
            "复函",
            "letter",
            [
                "你局《关于商请支持开展中小学生研学实践活动的函》（青教函〔2025〕12号）收悉。经研究，现函复如下：",
                "此复。",
            ],
        ),
        (
            "批复",
            "reply",
            ["你校《关于增设科技创新实验室的请示》（青一中〔2025〕4号）收悉。经研究，现批复如下：", "此复。"],
        ),
        ("通报", "bulletin", ["决定对城关镇中心学校等5个单位予以通报表扬", "特此通报。"]),
        (
            "意见",
            "opinion",
            ["关于加强新时代中小学劳动教育的实施意见", "结合实际，提出如下实施意见。", "一、指导思想", "五、保障措施"],
        ),
    ],
)
def test_each_sample_reads_as_its_genre(name: str, genre: str, expected: list[str]) -> None:
    spec, draft = build_draft(SAMPLES / f"{name}.yaml")
    assert spec.genre == genre
    text = "\n".join(line.strip("　") for line in to_lines(draft))
    cursor = -1
    for part in expected:
        found = text.find(part, cursor + 1)
        assert found > cursor, f"{part!r} missing or out of order in {name}"
        cursor = found


def test_wenzhong_tongzhi_means_the_ordinary_notice(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path, "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 请各单位做好某项工作。\n成文日期: 2025-03-01\n"
    )
    lines = lines_of(facts)
    assert lines[:2] == ["通知", "各单位："]
    assert "特此通知。" in lines and not any("会议" in line for line in lines)


@pytest.mark.parametrize(("kind", "closing"), [("布置", True), ("周知", True), ("印发", False), ("转发", False)])
def test_tezhi_tongzhi_by_kind(tmp_path: Path, kind: str, closing: bool) -> None:
    extra = "印发文件: {标题: 某某办法, 内容: 第一条 为规范管理，制定本办法。}\n" if kind in ("印发", "转发") else ""
    facts = write_facts(
        tmp_path,
        f"文种: 通知\n类别: {kind}\n发文机关: 甲局\n事由: 某事\n主送机关: 各单位\n正文: 请做好某项工作。\n{extra}成文日期: 2025-03-01\n",
    )
    assert ("特此通知。" in lines_of(facts)) is closing
    overridden = write_facts(
        tmp_path, facts.read_text(encoding="utf-8") + f"特此通知: {'否' if closing else '是'}\n", "b.yaml"
    )
    assert ("特此通知。" in lines_of(overridden)) is not closing


def test_forwarding_notice_names_the_source_and_its_number(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n类别: 转发\n发文机关: 青禾县教育局\n主送机关: 各学校\n来文机关: 市教育局\n来文字号: 市教〔2025〕3号\n"
        "印发文件: {标题: 关于加强学生体质健康管理的通知, 内容: [请各地认真抓好落实。]}\n成文日期: 2025-03-01\n",
    )
    lines = lines_of(facts)
    assert lines[0] == "关于转发市教育局《关于加强学生体质健康管理的通知》的通知"
    assert "现将市教育局《关于加强学生体质健康管理的通知》（市教〔2025〕3号）转发给你们，请认真贯彻执行。" in lines
    # The forwarded document follows on a page of its own, headed by its title, without 附件 labels.
    page = lines.index("\f")
    assert lines[page + 1] == "关于加强学生体质健康管理的通知" and "附件" not in lines


def test_report_kinds_open_with_their_lead_lines(tmp_path: Path) -> None:
    base = (
        "文种: 报告\n发文机关: 甲局\n事由: 某项工作\n主送机关: 县人民政府\n正文: 工作开展顺利。\n成文日期: 2025-03-01\n"
    )
    assert "现将某项工作情况报告如下：" in lines_of(write_facts(tmp_path, base))
    situation = write_facts(tmp_path, base + "类别: 情况报告\n", "b.yaml")
    assert "现将某项工作有关情况报告如下：" in lines_of(situation)
    # A 事由 that already ends in 情况 (the built-in's own example does) is not followed by 有关情况 again.
    ended = write_facts(tmp_path, base.replace("某项工作", "某项工作开展情况") + "类别: 情况报告\n", "d.yaml")
    assert "现将某项工作开展情况报告如下：" in lines_of(ended)
    answer = write_facts(
        tmp_path,
        base
        + "类别: 答复报告\n来文: {机关: 县人民政府办公室, 标题: 关于报送某项工作情况的通知, 文号: 青政办〔2025〕6号}\n",
        "c.yaml",
    )
    assert (
        "县人民政府办公室《关于报送某项工作情况的通知》（青政办〔2025〕6号）收悉。现将有关情况报告如下："
        in lines_of(answer)
    )


def test_a_bulletins_short_problems_read_as_one_enumerated_paragraph(tmp_path: Path) -> None:
    # A 情况通报's problems written as a list of phrases were drafted as paragraphs without an end mark
    # (个别村巡查记录不全 / 部分路口未设警示牌); a summary joins the same list as 一是……；二是……。
    base = (
        "文种: 通报\n发文机关: 甲镇人民政府\n类别: 情况\n事由: 秋季防火检查情况\n主送机关: 各村\n"
        "基本情况: 检查了十个村。\n成文日期: 2025-10-08\n"
    )
    phrases = write_facts(tmp_path, base + "存在问题:\n  - 个别村巡查记录不全\n  - 部分路口未设警示牌\n")
    lines = lines_of(phrases)
    assert "一是个别村巡查记录不全；二是部分路口未设警示牌。" in lines
    assert "二、存在问题" in lines
    # Sentences keep their paragraphs: joining them would run several sentences into one 一是.
    sentences = write_facts(tmp_path, base + "存在问题:\n  - 巡查不到位。宣传不深入。\n  - 责任没有压实。\n", "b.yaml")
    assert {"巡查不到位。宣传不深入。", "责任没有压实。"} <= set(lines_of(sentences))


def test_a_reply_needs_the_request_it_answers(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path, "文种: 批复\n发文机关: 甲局\n事由: 同意某事\n主送机关: 乙校\n批复意见: 同意。\n成文日期: 2025-03-01\n"
    )
    with pytest.raises(FactsError, match=r"来文: 缺少必填项"):
        build_draft(facts)


# --- attachments ---------------------------------------------------------------------------------


def test_attachments_are_listed_numbered_and_paged(docs: dict[str, Docx]) -> None:
    doc = docs["通知"]
    notes = [p for p in doc.paragraphs() if doc.style_of(p) == "AttachmentNote"]
    assert [doc.text_of(p) for p in notes] == [
        "附件：1.2025年春季学期学校安全工作联络员名单",
        "2.隐患整改台账填写说明",
    ]
    # §7.3.4: the numbers line up under “1.”, wrapped names under the name's first character.
    first, second = (p.find("w:pPr/w:ind", NS) for p in notes)
    assert first.get(f"{W}left") == second.get(f"{W}left")
    assert int(first.get(f"{W}hanging")) - int(second.get(f"{W}hanging")) == 3 * 320  # “附件：”
    labels = [p for p in doc.paragraphs() if doc.style_of(p) == "AttachmentLabel"]
    assert [doc.text_of(p) for p in labels] == ["附件1", "附件2"]
    assert all(p.find("w:pPr/w:pageBreakBefore", NS) is not None for p in labels)


def test_a_table_from_yaml_rows(docs: dict[str, Docx]) -> None:
    doc = docs["通知"]
    (table,) = doc.document.findall(".//w:tbl", NS)[:1]
    widths = [int(w) for w in table.xpath("./w:tblGrid/w:gridCol/@w:w", namespaces=NS)]
    assert len(widths) == 5 and sum(widths) == 8844  # the 版心 width
    rows = table.findall("w:tr", NS)
    header = rows[0]
    assert header.find("w:trPr/w:tblHeader", NS) is not None  # repeats on every page
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    cells = ["".join(c.itertext()) for c in header.findall("w:tc", NS)]
    assert cells == ["序号", "单位", "姓名", "职务", "联系电话"]
    fonts = header.xpath(".//w:rPr/w:rFonts/@w:eastAsia", namespaces=NS)
    assert fonts and set(fonts) == {"黑体"}
    assert "".join(rows[1].itertext()) == "1城关镇中心学校陈立新副校长0571-88002101"


def test_table_rows_keep_their_columns_and_text(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n成文日期: 2025-03-01\n正文:\n  - 名单如下。\n"
        "  - 表格:\n      - {姓名: 李明, 电话: '010'}\n      - {姓名: 王芳, 备注: 'a|b'}\n",
    )
    lines = lines_of(facts)
    assert "姓名 | 电话 | 备注" in lines
    assert "李明 | 010 | " in lines and "王芳 |  | a|b" in lines  # a | inside a cell stays in the cell, as written


def test_a_facts_file_as_attachment_keeps_its_own_genre(tmp_path: Path) -> None:
    plan = (SAMPLES / "实施方案.yaml").read_text(encoding="utf-8")
    (tmp_path / "方案.yaml").write_text(plan, encoding="utf-8")
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 请认真组织实施。\n成文日期: 2025-03-01\n附件:\n  - 文件: 方案.yaml\n",
    )
    lines = lines_of(facts)
    assert "附件：青禾县教育局中小学“书香校园”读书活动实施方案" in lines
    start = lines.index("附件")
    assert lines[start + 1] == "青禾县教育局中小学“书香校园”读书活动实施方案"  # its title on the attachment page
    assert "一、指导思想" in lines[start:] and "（一）改善阅读条件" in lines[start:]
    assert lines.count("青禾县教育局中小学“书香校园”读书活动实施方案") == 1 + 0  # not repeated as a title


@pytest.mark.parametrize(
    ("attachment", "message"),
    [
        ("  - 文件: 没有.yaml\n", "找不到文件“没有.yaml”"),
        ("  - 文件: facts.yaml\n", "不能把事实文件自己作为附件"),
        ("  - 标题: 只有标题\n", "附件没有内容"),
        ("  - 内容: 没有标题的内容\n", "附件缺少“标题”"),
        ("  - 名单.xlsx\n", "附件应当写成一组“键: 值”"),
    ],
)
def test_attachment_mistakes_are_named(tmp_path: Path, attachment: str, message: str) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 见附件。\n成文日期: 2025-03-01\n附件:\n" + attachment,
    )
    with pytest.raises(FactsError, match=re.escape(message)) as caught:
        build_draft(facts)
    assert "facts.yaml:7" in str(caught.value) or "facts.yaml:8" in str(caught.value)


def test_an_attached_facts_file_may_not_attach_more_files(tmp_path: Path) -> None:
    (tmp_path / "inner.yaml").write_text(
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 内。\n成文日期: 2025-03-01\n附件:\n  - 文件: x.yaml\n",
        encoding="utf-8",
    )
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 甲局\n主送机关: 各单位\n正文: 外。\n成文日期: 2025-03-01\n附件:\n  - 文件: inner.yaml\n",
    )
    with pytest.raises(FactsError, match="作为附件的文件里不能再引用别的事实文件"):
        build_draft(facts)


# --- 上行文: 签发人 ----------------------------------------------------------------------------------


def test_signer_line_shares_the_doc_number(docs: dict[str, Docx]) -> None:
    doc = docs["请示"]
    line = doc.paragraph_with("签发人：")
    assert doc.text_of(line) == "青一中〔2025〕4号签发人：周建国"
    assert line.find("w:pPr/w:pBdr/w:bottom", NS).get(f"{W}color") == "FF0000"
    assert line.find("w:pPr/w:ind", NS).get(f"{W}left") == "320"  # 发文字号 左空一字
    runs = line.findall("w:r", NS)
    name = next(r for r in runs if "".join(r.itertext()) == "周建国")
    assert name.find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "楷体_GB2312"
    label = next(r for r in runs if "".join(r.itertext()) == "签发人：")
    assert label.find("w:rPr", NS) is None  # 仿宋, the style's
    # The names end 右空一字: the tab stop plus the label and the name reach 8844 − 320.
    stop = int(line.find("w:pPr/w:tabs/w:tab", NS).get(f"{W}pos"))
    assert stop + 4 * 320 + 3 * 320 == 8844 - 320


def test_several_signers_two_a_line_the_number_on_the_last(docs: dict[str, Docx]) -> None:
    doc = docs["报告"]
    first, last = doc.paragraph_with("签发人："), doc.paragraph_with("张卫东")
    assert doc.text_of(first) == "签发人：王明远　李国华"
    assert doc.text_of(last) == "青教〔2025〕15号张卫东"
    assert first.find("w:pPr/w:pBdr", NS) is None and last.find("w:pPr/w:pBdr/w:bottom", NS) is not None
    # Later names stand under the first line's names: after the label.
    label_start = int(first.find("w:pPr/w:ind", NS).get(f"{W}left"))
    names_stop = int(last.find("w:pPr/w:tabs/w:tab", NS).get(f"{W}pos"))
    assert names_stop - label_start == 4 * 320


# --- 联合行文 -----------------------------------------------------------------------------------------


def test_joint_mark_stacks_the_issuers_with_wenjian_to_the_right(docs: dict[str, Docx]) -> None:
    doc = docs["报告"]
    table = doc.document.find(".//w:tbl", NS)
    names_cell, suffix_cell = table.findall("w:tr/w:tc", NS)
    names = names_cell.findall("w:p", NS)
    assert [doc.text_of(p) for p in names] == ["青禾县教育局", "青禾县财政局", "青禾县科学技术局"]
    assert {p.find("w:pPr/w:jc", NS).get(f"{W}val") for p in names} == {"distribute"}  # spread to one width
    assert doc.text_of(suffix_cell.find("w:p", NS)) == "文件"
    assert suffix_cell.find("w:tcPr/w:vAlign", NS).get(f"{W}val") == "center"
    assert all(doc.style_of(p) == "IssuerMark" for p in [*names, suffix_cell.find("w:p", NS)])
    assert table.find("w:tblPr/w:jc", NS).get(f"{W}val") == "center"


def test_joint_sealed_signatures_stand_side_by_side(docs: dict[str, Docx]) -> None:
    doc = docs["报告"]
    tables = doc.document.findall(".//w:tbl", NS)[1:]  # after the joint mark
    row = next(t for t in tables if "青禾县财政局" in "".join(t.itertext()))
    names = [doc.text_of(p) for p in row.findall("w:tr/w:tc/w:p", NS) if doc.text_of(p)]
    assert names == ["青禾县教育局", "青禾县财政局", "青禾县科学技术局"]  # one row of three (§7.3.5.1)
    assert row.find("w:tblPr/w:jc", NS).get(f"{W}val") == "right"
    date = doc.paragraph_with("2025年3月12日")
    assert date.find("w:pPr/w:ind", NS).get(f"{W}right") == "1280"  # 右空四字


def test_joint_sealed_signatures_wrap_into_rows_of_at_most_three(tmp_path: Path) -> None:
    issuers = ["青禾县教育局", "青禾县财政局", "青禾县科学技术局", "青禾县人力资源和社会保障局"]
    facts = write_facts(
        tmp_path,
        f"文种: 通知\n发文机关: [{', '.join(issuers)}]\n主送机关: 各单位\n正文: 请做好某项工作。\n成文日期: 2025-03-01\n印章: 是\n",
    )
    doc = Docx(draft_bytes(facts))
    rows = [
        [doc.text_of(p) for p in t.findall("w:tr/w:tc/w:p", NS) if doc.text_of(p)]
        for t in doc.document.findall(".//w:tbl", NS)
    ]
    assert rows == [issuers[:3], issuers[3:]]
    for table in doc.document.findall(".//w:tbl", NS):  # within the 版心
        assert sum(int(w) for w in table.xpath("./w:tblGrid/w:gridCol/@w:w", namespaces=NS)) <= 8844


def test_joint_unsealed_signatures_stack_with_aligned_first_characters(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: [青禾县教育局, 青禾县人力资源和社会保障局]\n主送机关: 各单位\n正文: 请做好某项工作。\n"
        "成文日期: 2025-03-01\n印章: 否\n",
    )
    doc = Docx(draft_bytes(facts))
    short, long = doc.paragraph_with("青禾县教育局"), doc.paragraph_with("青禾县人力资源和社会保障局")
    right = {p: int(p.find("w:pPr/w:ind", NS).get(f"{W}right")) for p in (short, long)}
    assert right[long] == 640  # 右空二字
    assert right[short] - right[long] == (13 - 6) * 320  # first characters aligned
    texts = paragraph_texts(doc)
    assert texts.index("青禾县教育局") < texts.index("青禾县人力资源和社会保障局")  # the lead issuer first


# --- 信函格式 -----------------------------------------------------------------------------------------


def test_letter_format_frames_the_mark_and_rules(docs: dict[str, Docx]) -> None:
    doc = docs["函"]
    frames = doc.document.xpath("//w:p[w:pPr/w:framePr]", namespaces=NS)
    mark, upper, lower = frames
    assert doc.text_of(mark) == "青禾县教育局"
    frame = mark.find("w:pPr/w:framePr", NS)
    assert frame.get(f"{W}vAnchor") == "page" and abs(int(frame.get(f"{W}y")) - 1701) <= 30  # 30 mm from the top
    assert mark.find("w:r/w:rPr/w:sz", NS) is not None
    for rule, kind in ((upper, "thinThickSmallGap"), (lower, "thickThinSmallGap")):
        border = rule.find("w:pPr/w:pBdr/w:top", NS)
        assert (border.get(f"{W}val"), border.get(f"{W}color")) == (kind, "FF0000")
        assert rule.find("w:pPr/w:framePr", NS).get(f"{W}w") == "9638"  # 170 mm
    assert int(lower.find("w:pPr/w:framePr", NS).get(f"{W}y")) == 16838 - 1134  # 20 mm above the bottom
    number = doc.paragraph_with("青教函〔2025〕12号")
    assert number.find("w:pPr/w:tabs/w:tab", NS).get(f"{W}val") == "right"  # flush right
    assert not doc.document.xpath("//w:p[w:pPr/w:pStyle/@w:val='IssuerMark' and not(w:pPr/w:framePr)]", namespaces=NS)


def test_letter_first_page_has_no_page_number_and_imprint_no_rules(docs: dict[str, Docx]) -> None:
    doc = docs["函"]
    section = doc.document.find(".//w:sectPr", NS)
    assert section.find("w:titlePg", NS) is not None
    first = section.xpath("w:footerReference[@w:type='first']/@r:id", namespaces={**NS, "r": R})
    target = doc.xml("word/_rels/document.xml.rels").xpath(f"//*[@Id='{first[0]}']/@Target", namespaces={})[0]
    assert "PAGE" not in doc.zip.read("word/" + target).decode()
    imprint = doc.document.xpath("//w:tbl[w:tblPr/w:tblpPr]", namespaces=NS)[0]
    assert "".join(imprint.itertext()) == "抄送：县人民政府办公室。"
    assert not imprint.xpath(".//w:tblBorders/*[@w:val='single']", namespaces=NS)
    assert "印发" not in "".join(imprint.itertext())


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_a_letter_can_be_laid_out_as_an_ordinary_document(tmp_path: Path) -> None:
    text = (SAMPLES / "函.yaml").read_text(encoding="utf-8") + "信函格式: 否\n发文机关标志: 青禾县教育局文件\n"
    doc = Docx(draft_bytes(write_facts(tmp_path, text)))
    assert not doc.document.xpath("//w:framePr", namespaces=NS)
    assert doc.text_of(doc.paragraph_with("青禾县教育局文件")) == "青禾县教育局文件"


# --- 提醒 -------------------------------------------------------------------------------------------


def test_a_request_with_two_asks_and_two_addressees_is_flagged(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 请示\n发文机关: 甲校\n事由: 增设实验室\n主送机关: 县教育局、县财政局\n缘由: 因为需要。\n"
        "请示事项:\n  - 恳请批准增设实验室。\n  - 恳请同意调整作息时间。\n成文日期: 2025-03-06\n联系人: 无\n",
    )
    result = draft_file(facts, output=tmp_path / "out.docx")
    messages = [str(w) for w in result.warnings]
    assert "facts.yaml:4:7: 主送机关: 请示只主送一个上级机关，这里是“县教育局、县财政局”" in messages[0]
    assert "facts.yaml:8:5: 请示事项第2项: 一份请示只请示一件事（一文一事），这里有 2 项请求" in messages[1]
    assert (tmp_path / "out.docx").is_file()  # drafted all the same


def test_one_ask_with_several_parts_is_not_flagged() -> None:
    assert draft_file_warnings(SAMPLES / "请示.yaml") == []


def draft_file_warnings(facts: Path) -> list[str]:
    warnings: list = []
    build_draft(facts, warnings=warnings)
    return [str(w) for w in warnings]


def test_a_report_that_asks_for_approval_is_flagged(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 报告\n发文机关: 甲局\n事由: 某项工作\n主送机关: 县人民政府\n"
        "正文:\n  - 工作开展顺利。\n  - 恳请县人民政府批准追加经费。\n成文日期: 2025-03-01\n",
    )
    (warning,) = draft_file_warnings(facts)
    assert "facts.yaml:7:5: 正文第2项: 报告里不要夹带请示事项（这里写了“恳请县人民政府批准”）" in warning
    assert draft_file_warnings(SAMPLES / "报告.yaml") == []


@pytest.mark.parametrize(
    ("genre", "extra"),
    [
        ("通知", "事由: 冬季燃气安全检查\n正文: 请各社区入户检查。\n"),
        ("请示", "事由: 增设助餐点\n缘由: 老人多。\n请示事项: 恳请批准。\n签发人: [宋知远]\n"),
    ],
)
def test_a_doc_number_or_signer_without_an_issuer_mark_is_flagged(tmp_path: Path, genre: str, extra: str) -> None:
    # The 发文字号 and 签发人 stand in the 红头 under the 发文机关标志 (§7.2.4, §7.2.6): written without
    # a 标志 they were dropped silently (a walk's notice with its number and no 标志 printed no number).
    facts = write_facts(
        tmp_path,
        f"文种: {genre}\n发文机关: 望湖街道办事处\n主送机关: 区人民政府\n{extra}"
        "成文日期: 2025-11-20\n发文字号: 望街〔2025〕41号\n",
    )
    text = txt_of(facts)
    assert "望街〔2025〕41号" not in text and "宋知远" not in text  # drafted all the same, without a 红头
    warnings = draft_file_warnings(facts)
    number = next(w for w in warnings if ": 发文字号: " in w)
    assert "没有写“发文机关标志”、不排红头，发文字号不会出现在公文里" in number
    assert "facts.yaml:" in number and "要排红头请写“发文机关标志”" in number
    signer = [w for w in warnings if ": 签发人: " in w]
    assert len(signer) == ("签发人" in extra) and all("签发人不会出现在公文里" in w for w in signer)
    # With the 标志 both are printed and nothing is said; a 信函 prints its number under its own name.
    marked = facts.read_text(encoding="utf-8") + "发文机关标志: 望湖街道办事处文件\n"
    facts.write_text(marked, encoding="utf-8")
    assert "望街〔2025〕41号" in txt_of(facts)
    assert not [w for w in draft_file_warnings(facts) if "发文机关标志" in w]


def txt_of(facts: Path) -> str:
    return encode(build_draft(facts)[1], "txt").decode("utf-8")


def test_a_letters_number_needs_no_issuer_mark() -> None:
    text = (SAMPLES / "函.yaml").read_text(encoding="utf-8")
    assert "发文字号" in text and "发文机关标志" not in text  # the sample is a 信函 with its number
    assert not [w for w in draft_file_warnings(SAMPLES / "函.yaml") if "发文机关标志" in w]


def test_cli_prints_the_warnings_in_chinese(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    facts = write_facts(
        tmp_path,
        "文种: 报告\n发文机关: 甲局\n事由: 某项工作\n主送机关: 县人民政府\n正文: 妥否，请批示。\n成文日期: 2025-03-01\n",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "r.docx")])
    assert result.exit_code == 0
    assert "提醒：" in result.output and "报告里不要夹带请示事项" in result.output


# --- starters ------------------------------------------------------------------------------------


@pytest.mark.parametrize("genre", ["通知", "请示", "报告", "函", "批复", "通报", "意见"])
def test_every_optional_field_of_a_starter_drafts_when_uncommented(tmp_path: Path, genre: str) -> None:
    from drafter.catalog import find_template
    from drafter.starter import starter_text

    (tmp_path / "实施方案.yaml").write_text(starter_text(find_template("实施方案")), encoding="utf-8")
    text = starter_text(find_template(genre))
    # Uncomment every example (lines "# 键: …" and the indented lines under them), as a user would.
    lines, opened = [], False
    for line in text.splitlines():
        if re.match(r"# [^\s（#][^（]*?:( |$)", line):
            opened = True
            lines.append(line[2:])
        elif (opened and line.startswith("#   ")) or (opened and line.startswith("# - ")):
            lines.append(line[2:])
        else:
            opened = False
            lines.append(line)
    facts = write_facts(tmp_path, "\n".join(lines) + "\n", "all.yaml")
    spec, draft = build_draft(facts)
    assert spec.title == genre and draft.title


def test_a_letter_starter_turned_into_a_reply_closes_as_a_reply(tmp_path: Path) -> None:
    """drafter new 函 is a 去函; a clerk answering a letter sets 类别: 复函 and uncomments 来函: the closing
    follows the 类别 (the starter wrote 结语: 请予函复。, and the reply asked for a reply)."""
    from drafter.catalog import find_template
    from drafter.starter import starter_text

    text = starter_text(find_template("函"))
    assert "\n结语:" not in text
    text = text.replace("类别: 去函", "类别: 复函").replace("# 来函:\n#   标题:", "来函:\n  标题:")
    text = text.replace("#   文号:", "  文号:")
    facts = tmp_path / "复函.yaml"
    facts.write_text(text, encoding="utf-8")
    lines = encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()
    assert "　　此复。" in lines and not any("请予函复" in line for line in lines)


def test_a_reply_letter_without_the_letter_it_answers_is_flagged(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 函\n类别: 复函\n发文机关: 甲局\n事由: 商借会议室\n主送机关: 乙局\n正文: 同意借用。\n"
        "成文日期: 2025-03-01\n联系人: 无\n",
    )
    (warning,) = draft_file_warnings(facts)
    assert "facts.yaml:2:5: 来函: 复函没有写“来函”" in warning


def test_a_letter_closing_as_the_other_kind_is_flagged(tmp_path: Path) -> None:
    outgoing = write_facts(
        tmp_path,
        "文种: 函\n发文机关: 甲局\n事由: 商借会议室\n主送机关: 乙局\n正文: 拟借用贵局会议室。\n结语: 此复。\n"
        "成文日期: 2025-03-01\n联系人: 无\n",
    )
    (warning,) = draft_file_warnings(outgoing)
    assert "facts.yaml:6:5: 结语: 去函的结语写的是“此复。”" in warning
    assert draft_file_warnings(SAMPLES / "函.yaml") == [] and draft_file_warnings(SAMPLES / "复函.yaml") == []


def test_a_doc_number_of_another_year_than_the_date_is_flagged(tmp_path: Path) -> None:
    # A clerk starting from last year's notice keeps its number: the year in 〔〕 is the year of issue (§7.2.4).
    facts = write_facts(
        tmp_path,
        "文种: 通知\n发文机关: 望湖街道办事处\n发文机关标志: 望湖街道办事处文件\n主送机关: 各社区居委会\n"
        "事由: 冬季燃气安全检查\n正文: 请各社区入户检查。\n成文日期: 2026-01-06\n发文字号: 望街〔2025〕41号\n",
    )
    (number,) = [w for w in draft_file_warnings(facts) if ": 发文字号: " in w]
    assert "facts.yaml:8:" in number and "发文字号的年份是 2025 年，成文日期是 2026 年" in number
    assert "望街〔2025〕41号" in txt_of(facts)  # drafted as written: a number of another year may be right
    same_year = write_facts(tmp_path, facts.read_text(encoding="utf-8").replace("2026-01-06", "2025-12-30"))
    assert not [w for w in draft_file_warnings(same_year) if ": 发文字号: " in w]


@pytest.mark.parametrize(
    ("sample", "field", "said"),
    [("复函", "正文", "现函复如下："), ("批复", "批复意见", "现批复如下：")],
)
def test_a_reply_opening_with_its_own_deliberation_is_not_told_it_twice(
    tmp_path: Path, sample: str, field: str, said: str
) -> None:
    # 收悉。经研究，现函复如下： over a text opening 经局务会研究，…… said 研究 twice (ux12 walk).
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    assert f"\n{field}:\n" in text
    facts = write_facts(tmp_path, text.replace(f"\n{field}:\n", f"\n{field}:\n  - 经局务会研究，同意所请事项。\n", 1))
    drafted = txt_of(facts)
    assert f"收悉。{said}" in drafted and "经局务会研究，同意所请事项。" in drafted
    assert f"收悉。经研究，{said}" in txt_of(SAMPLES / f"{sample}.yaml")


def test_a_request_under_a_red_head_without_its_signer_is_flagged(tmp_path: Path) -> None:
    # 上行文 show who signed them for issue (GB/T 9704 §7.2.6): a 请示 under a 红头 without 签发人 drafted silently.
    text = (SAMPLES / "请示.yaml").read_text(encoding="utf-8")
    assert "\n签发人: " in text and "发文机关标志" in text
    facts = write_facts(tmp_path, "\n".join(line for line in text.splitlines() if not line.startswith("签发人")))
    (warning,) = [w for w in draft_file_warnings(facts) if ": 签发人: " in w]
    assert "上行文" in warning and "facts.yaml:" in warning
    assert not [w for w in draft_file_warnings(SAMPLES / "请示.yaml") if ": 签发人: " in w]


def test_a_bulletin_on_a_breach_of_discipline_is_critical() -> None:
    # 关于对……分局违反工作纪律问题的通报 criticises as 违纪 does (ux20 walk: its starter paired 类别 表扬 with it).
    from drafter.gongwen.genres import bulletin_kind

    assert bulletin_kind("关于对城关分局违反工作纪律问题的通报") == "批评"
    assert bulletin_kind("关于表彰2025年度先进集体的通报") == "表扬"
