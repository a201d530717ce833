import datetime as dt

import pytest

from drafter.catalog import find_template
from drafter.errors import FactsError, TemplateError
from drafter.facts import load_facts_text
from drafter.fields import FieldSpec, spec_from_data, validate
from drafter.gongwen import MeetingTime

SPECS = (
    spec_from_data("单位", {"type": "text", "required": True, "aliases": ["单位名称"]}, "m"),
    spec_from_data("成文日期", {"type": "date", "required": True}, "m"),
    spec_from_data("会议时间", {"type": "meeting_time"}, "m"),
    spec_from_data("印章", {"type": "bool"}, "m"),
    spec_from_data("行数", {"type": "integer"}, "m"),
    spec_from_data("份号", {"type": "copy_number"}, "m"),
    spec_from_data("密级", {"type": "secrecy"}, "m"),
    spec_from_data("紧急程度", {"type": "urgency"}, "m"),
    spec_from_data("发文字号", {"type": "doc_number"}, "m"),
    spec_from_data("导语", {"type": "paragraphs"}, "m"),
    spec_from_data("主要做法", {"type": "content", "max_depth": 2}, "m"),
    spec_from_data("抄送", {"type": "list"}, "m"),
    spec_from_data("颜色", {"type": "choice", "choices": ["红", "黑"]}, "m"),
    spec_from_data(
        "联系人",
        {
            "type": "list",
            "item": {"type": "record", "fields": {"姓名": {"type": "text", "required": True}, "电话": "text"}},
        },
        "m",
    ),
)


def check(text: str) -> dict:
    return validate(load_facts_text(text, "f.yaml"), SPECS)


def problems(text: str) -> list[str]:
    with pytest.raises(FactsError) as info:
        check(text)
    return [str(p) for p in info.value.problems]


BASE = "单位: 甲\n成文日期: 2025-01-10\n"


def test_typed_values() -> None:
    values = check(
        BASE + "会议时间: 5月10日上午9:00\n印章: 是\n行数: 3\n份号: 12\n密级: 机密*1年\n紧急程度: 加急\n"
        "发文字号: 青教[2025]05号\n导语: |\n  第一段\n  第二段\n抄送: 县委办\n颜色: 红\n"
    )
    assert values["成文日期"] == dt.date(2025, 1, 10)
    assert isinstance(values["会议时间"], MeetingTime)
    assert values["会议时间"].date == dt.date(2025, 5, 10)  # year taken from 成文日期
    assert values["印章"] is True
    assert values["行数"] == 3
    assert values["份号"] == "000012"
    assert values["密级"] == "机密★1年"
    assert values["紧急程度"] == "加急"
    assert values["发文字号"] == "青教〔2025〕5号"
    assert values["导语"] == ["第一段", "第二段"]
    assert values["抄送"] == ["县委办"]
    assert values["颜色"] == "红"


def test_folded_blocks_leave_no_space_inside_chinese_text() -> None:
    values = check(
        BASE + "导语: >-\n  第一句写完了，\n  第二句接着写。\n  CnPack\n  开发组\n"
        "主要做法:\n  - 标题: 甲\n    内容: >-\n      上半句，\n      下半句。\n"
    )
    assert values["导语"] == ["第一句写完了，第二句接着写。CnPack 开发组"]
    assert values["主要做法"][0]["内容"] == ["上半句，下半句。"]


def test_missing_optional_fields_are_none() -> None:
    values = check(BASE)
    assert values["会议时间"] is None and values["主要做法"] is None


def test_content_mixes_paragraphs_and_items() -> None:
    values = check(BASE + "主要做法:\n  - 开头一段\n  - 标题: 甲\n    内容: 甲的内容\n    子项:\n      - 标题: 乙\n")
    assert values["主要做法"][0] == "开头一段"
    item = values["主要做法"][1]
    assert item["标题"] == "甲" and item["内容"] == ["甲的内容"]
    assert item["子项"] == [{"标题": "乙", "内容": [], "子项": [], "表格": None}]


def test_every_problem_is_reported_in_one_run() -> None:
    found = problems(
        "单位名称: 甲\n成文日期: 2025-13-01\n印章: 也许\n行数: 三\n密级: 内部\n紧急程度: 很急\n发文字号: 2025年5号\n"
    )
    joined = "\n".join(found)
    assert "f.yaml:1:1: 单位名称: 不认识这个键（是否想写“单位”？）" in joined
    assert "f.yaml:2:7: 成文日期: 无法识别的日期" in joined
    assert "f.yaml:3:5: 印章: 应当填“是”或“否”" in joined
    assert "f.yaml:4:5: 行数: 应当是整数" in joined and "用阿拉伯数字写，如 3" in joined
    assert "f.yaml:5:5: 密级:" in joined
    assert "f.yaml:6:7: 紧急程度:" in joined
    assert "f.yaml:7:7: 发文字号: 发文字号格式不对" in joined
    assert "单位: 缺少必填项" in joined
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == sorted(lines)


def test_meeting_weekday_mismatch_is_an_error() -> None:
    (problem,) = problems(BASE + "会议时间: 2025年2月20日（星期五）上午9:00\n")
    assert problem == "f.yaml:3:7: 会议时间: 2025年2月20日是星期四，不是星期五"


def test_impossible_date_without_year_names_the_text() -> None:
    (problem,) = problems(BASE + "会议时间: 5月32日上午\n")
    assert problem.startswith('f.yaml:3:7: 会议时间: 无法识别的日期 "5月32日"')


def test_required_field_left_blank() -> None:
    (problem,) = problems("单位:\n成文日期: 2025-01-10\n")
    assert problem.startswith("f.yaml:1:1: 单位: 必填项没有填写")


def test_wrong_shapes() -> None:
    joined = "\n".join(problems(BASE + "印章:\n  - 是\n抄送:\n  甲: 乙\n主要做法:\n  - [甲, 乙]\n"))
    assert "印章: 应当是是/否，这里写成了列表" in joined
    assert "抄送: 应当是一段文字，这里写成了一组“键: 值”" in joined
    assert "主要做法第1项: 列表里不能直接再套列表" in joined


def test_item_problems() -> None:
    joined = "\n".join(problems(BASE + "主要做法:\n  - 内容: 没有标题\n  - 标题: 甲\n    正文: 错键\n"))
    assert "f.yaml:4:5: 主要做法第1项: 条目缺少“标题”" in joined
    assert "f.yaml:6:5: 主要做法第2项的正文: 条目里不认识这个键" in joined


def test_depth_limit() -> None:
    (problem,) = problems(
        BASE + "主要做法:\n  - 标题: 一\n    子项:\n      - 标题: 二\n        子项:\n          - 标题: 三\n"
    )
    assert "条目层级太深：最多 2 层" in problem
    assert problem.startswith("f.yaml:8:13:")


def test_nested_record_requirements_and_unknown_keys() -> None:
    joined = "\n".join(problems(BASE + "联系人:\n  - 姓名: 甲\n  - 电话: 123\n    邮箱: a@b\n"))
    assert "联系人第2项的邮箱: 不认识这个键" in joined
    assert "联系人第2项的姓名: 缺少必填项" in joined


def test_problems_keep_the_path_for_programs() -> None:
    tree = load_facts_text(
        BASE + "联系人:\n  - 姓名: 甲\n  - 电话: 123\n主要做法:\n  - 标题: 甲\n    子项:\n      - 内容: 乙\n", "f.yaml"
    )
    with pytest.raises(FactsError) as info:
        validate(tree, SPECS)
    paths = {p.path for p in info.value.problems}
    assert ("联系人", 1, "姓名") in paths
    assert ("主要做法", 0, "子项", 0) in paths


def test_choice_did_you_mean() -> None:
    (problem,) = problems(BASE + "颜色: 红色\n")
    assert "是否想写“红”？" in problem


def test_meta_keys_are_always_allowed() -> None:
    assert check("文种: 工作总结\n文件名: x\n" + BASE)["单位"] == "甲"


def test_spec_errors_name_the_manifest() -> None:
    with pytest.raises(TemplateError, match=r"m\.yaml: 字段“甲”的类型 'txt' 不认识"):
        spec_from_data("甲", {"type": "txt"}, "m.yaml")
    with pytest.raises(TemplateError, match="不认识的属性"):
        spec_from_data("甲", {"type": "text", "requried": True}, "m.yaml")
    with pytest.raises(TemplateError, match="record 类型"):
        spec_from_data("甲", {"type": "record"}, "m.yaml")


def test_type_labels() -> None:
    assert FieldSpec("x", "list", item=FieldSpec("x[]", "text")).type_label == "一段文字的列表"
    assert FieldSpec("x", "choice", choices=("甲", "乙")).type_label == "甲、乙之一"


@pytest.mark.parametrize("genre", ["工作总结", "会议通知"])
def test_builtin_field_examples_validate(genre: str) -> None:
    """Every example in a built-in manifest is itself valid for its field."""
    spec = find_template(genre)
    import yaml

    for field in spec.fields:
        if field.example in (None, "", [], {}):
            continue
        text = yaml.safe_dump({field.name: field.example}, allow_unicode=True)
        validate(load_facts_text(text, "example.yaml"), (field,))


@pytest.mark.parametrize(
    ("dated", "written", "expected"),
    [
        ("2024-12-28", "1月5日上午9:00", dt.date(2025, 1, 5)),  # across New Year: the next 1月5日
        ("2025-01-10", "1月10日下午", dt.date(2025, 1, 10)),  # the same day
        ("2025-01-10", "12月30日", dt.date(2025, 12, 30)),
        ("2025-01-10", "2025年1月5日", dt.date(2025, 1, 5)),  # a written year is kept as it is
    ],
)
def test_a_date_without_a_year_is_the_next_such_day_from_the_document_date(
    dated: str, written: str, expected: dt.date
) -> None:
    values = check(f"单位: 甲\n成文日期: {dated}\n会议时间: {written}\n")
    assert values["会议时间"].date == expected


def test_a_range_of_dates_gets_both_weekdays() -> None:
    values = check(BASE + "会议时间: 3月14日至15日上午9:00\n")
    assert str(values["会议时间"]) == "2025年3月14日（星期五）至15日（星期六）上午9:00"
    assert "结束日期" in problems(BASE + "会议时间: 3月14日至13日\n")[0]


def test_a_count_written_with_its_unit_says_to_write_the_number() -> None:
    joined = "\n".join(problems("行数: 37行\n"))
    assert "应当是整数" in joined and "只写数字，如 37" in joined
