from pathlib import Path

from drafter.mining.constants import unit_constants
from drafter.mining.parse import parse_file
from drafter.mining.zones import document_zones

UNIT = Path(__file__).resolve().parent / "unit_corpus"


def test_zones_cut_head_addressee_and_tail() -> None:
    document = parse_file(UNIT / "01.txt").documents[0]
    zones = document_zones(document)
    assert zones.addressee == "各乡镇中心学校，县直各学校、幼儿园"
    assert zones.signature == "云溪县教育体育局"
    assert any(text.startswith("抄送") for _, text in zones.tail)
    assert not any("印发" in text or "抄送" in text for text in zones.texts)


def test_constants_need_most_documents() -> None:
    documents = [parse_file(path).documents[0] for path in sorted(UNIT.glob("*.txt"))]
    found = {c.field: c for c in unit_constants(documents)}
    assert found["文号格式"].value == "云教体〔{年}〕{号}号" and found["文号格式"].documents == 10
    assert found["抄送"].value == ["县委办公室", "县人民政府办公室"]
    # Two documents are not enough to call anything the unit's custom.
    assert unit_constants(documents[:2]) == []


def test_a_note_below_the_date_is_part_of_the_tail(tmp_path: Path) -> None:
    # A 附注 in round brackets sits between 成文日期 and 版记 (GB/T 9704 §7.3.6): the 署名 above it is
    # still found, and the note is no text to mine phrases from.
    documents = []
    for index, note in enumerate(["（此件公开发布）", "（联系人：陈晓岚，电话：0736-2210451）", "(此件主动公开)"]):
        lines = (UNIT / f"0{index + 1}.txt").read_text(encoding="utf-8").splitlines()
        at = next(n for n, line in enumerate(lines) if line.startswith("抄送"))
        path = tmp_path / f"{index}.txt"
        path.write_text("\n".join([*lines[:at], note, *lines[at:]]) + "\n", encoding="utf-8")
        (document,) = parse_file(path).documents
        zones = document_zones(document)
        assert zones.signature == "云溪县教育体育局", note
        inner = note[1:-1]  # half-width brackets are read as full-width ones
        assert any(inner in text for _, text in zones.tail) and not any(inner in text for text in zones.texts)
        documents.append(document)
    found = {c.field: c.documents for c in unit_constants(documents)}
    assert found["署名"] == found["印发机关"] == 3


def test_a_bracketed_sentence_inside_the_text_stays_text() -> None:
    # Only the run of tail lines at the end is tail: a bracketed aside above a sentence stays text.
    from drafter.mining.clean import Line
    from drafter.mining.parse import ParsedDocument

    texts = [
        "各学校：",
        "请按时报送材料。",
        "（具体名单另行通知）",
        "请各校认真落实。",
        "云溪县教育体育局",
        "2025年3月2日",
    ]
    lines = tuple(Line(text, n) for n, text in enumerate(texts, 1))
    document = ParsedDocument("x.txt", 1, len(lines), "notice", "", (), lines)
    zones = document_zones(document)
    assert "（具体名单另行通知）" in zones.texts and zones.signature == "云溪县教育体育局"


def test_an_attachment_page_after_the_date_is_tail(tmp_path: Path) -> None:
    # GB/T 9704 §7.3.7: the attachment pages (附件 | its title | a 名单 table) come after 署名 and 成文日期,
    # the 版记 after them. Before, the tail walk stopped in the table: a cell naming a school was taken for
    # the 署名 and the unit's 署名 was not found (0/3 → 3/3).
    import docx

    documents = []
    for index in range(3):
        lines = (UNIT / f"0{index + 1}.txt").read_text(encoding="utf-8").splitlines()
        at = next(n for n, line in enumerate(lines) if line.startswith("抄送"))
        book = docx.Document()
        for line in [*lines[:at], "附件", "受表扬的学校名单"]:
            book.add_paragraph(line)
        table = book.add_table(rows=3, cols=2)
        for row, (number, school) in enumerate([("序号", "学校"), ("1", "城南小学"), ("2", "河西中学")]):
            table.cell(row, 0).text, table.cell(row, 1).text = number, school
        for line in lines[at:]:
            book.add_paragraph(line)
        path = tmp_path / f"{index}.docx"
        book.save(str(path))
        (document,) = parse_file(path).documents
        zones = document_zones(document)
        assert zones.signature == "云溪县教育体育局"
        assert not any("河西中学" in text or "受表扬的学校名单" in text for text in zones.texts)
        documents.append(document)
    found = {c.field: c for c in unit_constants(documents)}
    assert found["署名"].value == "云溪县教育体育局" and found["署名"].documents == 3
    assert found["印发机关"].documents == 3


def test_a_pages_closing_words_below_the_date_are_not_the_documents(tmp_path: Path) -> None:
    # A notice saved from a web page, the site's closing sentence under its date: the 署名 is still found
    # (it was lost, and the unit's 署名 with it), and the sentence is no text of the notice.
    page = tmp_path / "page.txt"
    page.write_text(
        "关于做好秋季开学安全检查的通知\n各中小学：\n请各校在开学前完成校舍、食堂和消防设施的安全检查，发现隐患立即整改。\n"
        "特此通知。\n某某县教育局\n2025年8月20日\n本页内容由网友整理上传，转载请注明出处，感谢您的阅读与支持。\n",
        encoding="utf-8",
    )
    (document,) = parse_file(page).documents
    zones = document_zones(document)
    assert zones.signature == "某某县教育局"
    assert not any("网友" in text for text in zones.texts)


def test_units_named_as_halls_stations_and_brigades_sign_their_documents(tmp_path: Path) -> None:
    # 档案馆, 广播电视台, 消防救援大队, 供销合作社: names a 署名 ends with as well as 局 or 中心 do.
    documents = []
    for index, unit in enumerate(["南屏市档案馆", "南屏市档案馆", "南屏市档案馆"]):
        lines = (UNIT / f"0{index + 1}.txt").read_text(encoding="utf-8").splitlines()
        lines = [unit if line == "云溪县教育体育局" else line for line in lines]
        path = tmp_path / f"{index}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        (document,) = parse_file(path).documents
        assert document_zones(document).signature == unit
        documents.append(document)
    assert {c.field: c.value for c in unit_constants(documents)}["署名"] == "南屏市档案馆"
    from drafter.mining.zones import is_signature_name

    for name in ("县广播电视台", "县消防救援大队", "县供销合作社"):
        assert is_signature_name(name), name
    for words in ("线上服务平台", "骨干教师团队"):
        assert not is_signature_name(words), words
