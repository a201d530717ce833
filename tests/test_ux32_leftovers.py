"""ux32 walk: leftovers of earlier walks mended this round (each failed before its fix). Made up for this walk."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

HEADER = "文种,文件名,发文机关,会议名称,主送机关,会议时间,会议地点,参会人员,联系人,成文日期\n"


def batch_row(tmp_path: Path, row: str) -> str:
    """The screen of `drafter batch` over a sheet of one row (exit 0 asserted)."""
    sheet = tmp_path / "名单.csv"
    sheet.write_text(HEADER + row + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_file_name_with_a_slash_is_said_with_the_row_and_the_name_written(tmp_path: Path) -> None:
    output = batch_row(
        tmp_path,
        "会议通知,社区/网格,东湖街道办事处,冬季消防安全部署会,各社区，各网格,2026-12-03 15:00,街道三楼会议室,"
        "社区书记和网格长,无,2026-11-26",
    )
    assert (tmp_path / "输出" / "社区_网格.docx").is_file()
    said = next(line for line in output.splitlines() if "社区/网格" in line)
    assert "提醒" in said and "第2行" in said and "文件名" in said and "社区_网格.docx" in said and "“/”" in said


def test_a_plain_file_name_gets_no_reminder(tmp_path: Path) -> None:
    output = batch_row(
        tmp_path,
        "会议通知,社区网格,东湖街道办事处,冬季消防安全部署会,各社区,2026-12-03 15:00,街道三楼会议室,社区书记,无,2026-11-26",
    )
    assert "不能用在文件名里" not in output


def _bomb(path: Path) -> Path:
    """A .docx whose document.xml is an XML bomb: ten entities, each ten of the one before ("billion laughs")."""
    import zipfile

    entities = '<!ENTITY a0 "哈">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE w:document [{entities}]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)
    return path


def test_an_xml_bomb_in_a_docx_is_said_to_be_damaged_or_crafted(tmp_path: Path) -> None:
    import pytest

    from drafter.docx.read import main_document, open_docx
    from drafter.errors import InputError

    bomb = _bomb(tmp_path / "转来的通知.docx")
    with pytest.raises(InputError) as caught:
        main_document(open_docx(bomb.read_bytes(), bomb.name))
    said = str(caught.value)
    assert said.startswith("转来的通知.docx") and "特意构造" in said and "没有读取" in said


def test_an_xml_bomb_given_as_the_reference_is_refused_by_name(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "红头.docx")
    facts = Path(__file__).parents[1] / "samples" / "函.yaml"
    result = CliRunner().invoke(main, ["draft", str(facts), "-r", str(bomb), "-o", str(tmp_path / "函.docx")])
    assert result.exit_code != 0
    assert "红头.docx" in result.output and "特意构造" in result.output
    assert not (tmp_path / "函.docx").exists()


def test_a_title_inside_the_innermost_of_nested_tables_is_the_title(tmp_path: Path) -> None:
    """The hostile21 leftover (（无标题）) does not reproduce at this round's start: kept as a guard, at several
    depths and with the 红头 and the body outside, beside or inside the frames."""
    import zipfile

    import drafter

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def p(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    def frame(inner: str, depth: int) -> str:
        return "<w:tbl><w:tr><w:tc>" * depth + inner + "</w:tc></w:tr></w:tbl>" * depth

    title = "关于做好冬季消防安全工作的通知"
    body = "".join(
        p(line)
        for line in ("各社区居委会：", "现将冬季消防安全工作有关事项通知如下。", "东湖街道办事处", "2026年11月20日")
    )
    bodies = {
        "outside": p("东湖街道办事处文件") + frame(p(title), 3) + body,
        "inside": frame(p("东湖街道办事处文件") + frame(p(title), 2) + body, 1),
        "deep": frame(p(title) + body, 2_000),
    }
    for kind, inner in bodies.items():
        path = tmp_path / f"{kind}.docx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(
                "[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="xml" ContentType="application/xml"/></Types>',
            )
            archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{inner}</w:body></w:document>')
        parsed, _ = drafter.parse([path])
        assert [document.title for document in parsed[0].documents] == [title], kind


def test_a_copy_number_with_thousands_separators_is_read() -> None:
    from drafter.gongwen import parse_copy_number

    assert parse_copy_number("0,001") == "000001"
    assert parse_copy_number("1,000") == "001000"
    assert parse_copy_number("１，０００") == "001000"
    assert parse_copy_number("12,34") is None  # not a grouping: said, not guessed
    assert parse_copy_number("1,000,000") is None  # seven digits


def test_a_copy_number_not_a_number_says_how_to_write_it(tmp_path: Path) -> None:
    facts = tmp_path / "函.yaml"
    sample = (Path(__file__).parents[1] / "samples" / "函.yaml").read_text(encoding="utf-8")
    facts.write_text("份号: 第12号\n" + sample, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-f", "txt", "-o", "-"])
    assert result.exit_code != 0
    assert "函.yaml:1" in result.output and "份号" in result.output and "000012" in result.output


def _meeting_notice(tmp_path: Path, edits: dict[str, str]) -> Path:
    text = (Path(__file__).parents[1] / "samples" / "会议通知.yaml").read_text(encoding="utf-8")
    for old, new in edits.items():
        assert old in text
        text = text.replace(old, new)
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text, encoding="utf-8")
    return facts


def test_a_day_no_calendar_has_in_free_text_is_reminded(tmp_path: Path) -> None:
    facts = _meeting_notice(
        tmp_path, {"于2月18日前将本单位": "于2026/13/01前将本单位", "会期: 半天": "会期: 2025年2月20日至2月31日"}
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "会议通知.docx")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "会议通知.docx").is_file()  # printed as written: a reminder, not a refusal
    lines = [line for line in result.output.splitlines() if "不是日历上有的日子" in line]
    assert len(lines) == 2, result.output
    assert any("有关要求" in line and "“2026/13/01”" in line and "月份是1到12" in line for line in lines)
    assert any("会期" in line and "“2月31日”" in line and "会议通知.yaml:" in line for line in lines)


def test_days_a_calendar_has_in_free_text_are_not_reminded(tmp_path: Path) -> None:
    from drafter.gongwen import impossible_dates

    facts = _meeting_notice(tmp_path, {"于2月18日前将本单位": "于2028年2月29日前将本单位"})
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "会议通知.docx")])
    assert result.exit_code == 0 and "日历" not in result.output, result.output
    # a phone, a clause number and a leap day without its year are not dates said to be wrong
    assert impossible_dates("电话0571-88-1234，见第3.12.40条，2月29日前报送") == []


def test_an_xml_bomb_in_an_xlsx_list_is_said_to_be_damaged_or_crafted(tmp_path: Path) -> None:
    import io
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["文种", "会议名称"])
    sheet.append(["会议通知", "冬季消防安全部署会"])
    packed = io.BytesIO()
    book.save(packed)
    entities = '<!ENTITY a0 "哈">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    bomb = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(io.BytesIO(packed.getvalue())) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = f"<!DOCTYPE x [{entities}]>".encode() + data
            target.writestr(info, data)
    result = CliRunner().invoke(main, ["batch", str(bomb), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code != 0
    assert "名单.xlsx" in result.output and "特意构造" in result.output and "没有读取" in result.output


def test_a_course_ending_on_its_last_day_at_a_clock_is_told_where_the_clock_goes(tmp_path: Path) -> None:
    facts = _meeting_notice(
        tmp_path, {"会议时间: 2025-02-20 上午9:00": "会议时间: 2025-02-20 下午2:00至2月21日下午5:00"}
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "会议通知.docx")])
    assert result.exit_code != 0
    said = result.output
    assert "2025年2月20日至2月21日下午2:00" in said and "会期: 2天（21日下午5:00结束）" in said, said


def _street_notice(title: str, arrangements: list[str]) -> str:
    return "\n".join(
        [
            "东湖街道办事处文件",
            "东街办〔2026〕8号",
            title,
            "各社区居委会：",
            "　　为提升网格员业务能力，现将有关事项通知如下：",
            *arrangements,
            "　　特此通知。",
            "东湖街道办事处",
            "2026年3月2日",
        ]
    )


def test_a_notice_sending_staff_to_a_training_is_a_notice(tmp_path: Path) -> None:
    """Attending another's training (参加……培训) with no meeting's day, place or attendees laid out is a 通知: the
    title alone made it a 会议通知 (ux31 walk), mined with the meeting notices."""
    import drafter

    source = tmp_path / "通知.txt"
    body = [
        "　　一、抓好组织",
        "　　各社区要按名单组织网格员按时参训。",
        "　　二、工作要求",
        "　　培训结束后上交学习心得。",
    ]
    source.write_text(_street_notice("关于组织网格员参加区级业务培训的通知", body), encoding="utf-8")
    parsed, _ = drafter.parse([source])
    assert [document.genre for document in parsed[0].documents] == ["notice"]


def test_a_notice_to_attend_a_training_that_lays_out_its_day_and_place_is_a_meeting_notice(tmp_path: Path) -> None:
    import drafter

    source = tmp_path / "通知.txt"
    body = ["　　一、培训时间", "　　2026年3月9日上午9:00。", "　　二、培训地点", "　　区行政服务中心五楼。"]
    body += ["　　三、参加人员", "　　各社区专职网格员。"]
    source.write_text(_street_notice("关于参加区级网格员业务培训的通知", body), encoding="utf-8")
    parsed, _ = drafter.parse([source])
    assert [document.genre for document in parsed[0].documents] == ["meeting_notice"]
