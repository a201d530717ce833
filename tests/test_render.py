from pathlib import Path

import pytest
from conftest import write_facts

from drafter.catalog import find_template
from drafter.drafting import build_draft
from drafter.errors import TemplateError
from drafter.model import Heading, Paragraph, Title
from drafter.render import FILTERS


def make_template(folder: Path, body: str, fields: str = "事由: {type: text}") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text(f"name: t\nsections: [body]\nfields: {{{fields}}}\n", encoding="utf-8")
    (folder / "body.j2").write_text(body, encoding="utf-8")
    return folder


def draft_with(tmp_path: Path, body: str, facts: str = "事由: 甲\n", fields: str = "事由: {type: text}"):
    template = make_template(tmp_path / "tpl", body, fields)
    path = write_facts(tmp_path, facts)
    return build_draft(path, template=str(template))[1]


def test_filters() -> None:
    import datetime as dt

    assert FILTERS["日期"](dt.date(2025, 3, 5)) == "2025年3月5日"
    assert FILTERS["中文数字"](12) == "十二"
    assert FILTERS["顿号"](["甲", "乙", "丙"]) == "甲、乙和丙"
    assert FILTERS["一是"](["甲", "乙"]) == "一是甲；二是乙。"
    assert FILTERS["句号"]("完成任务，") == "完成任务。"
    assert FILTERS["句号"]("完成任务！") == "完成任务！"
    assert FILTERS["去句号"]("完成任务。") == "完成任务"
    assert FILTERS["星期"](dt.date(2025, 2, 20)) == "星期四"


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="不允许的操作"):
        draft_with(tmp_path, "{{ 事由.__class__.__mro__[1].__subclasses__() }}\n")


def test_sandbox_cannot_read_files_outside_the_template(tmp_path: Path) -> None:
    (tmp_path / "secret.j2").write_text("机密", encoding="utf-8")
    with pytest.raises(TemplateError, match="找不到模板文件"):
        draft_with(tmp_path, "{% include '../secret.j2' %}\n")


def test_undefined_names_are_errors_with_template_line(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        draft_with(tmp_path, "第一行\n{{ 事因 }}\n")
    assert "body.j2:2" in str(info.value)
    assert "用到了没有声明的名字“事因”" in str(info.value)


def test_syntax_errors_name_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"body.j2:3: 模板语法错误"):
        draft_with(tmp_path, "a\nb\n{% if %}\n")


def test_dates_print_in_chinese_and_missing_fields_print_nothing(tmp_path: Path) -> None:
    draft = draft_with(
        tmp_path,
        "::标题 {{ 日期 }}{{ 备注 }}\n",
        facts="日期: 2025-03-05\n",
        fields="日期: {type: date}, 备注: {type: text}",
    )
    assert draft.blocks == (Title("2025年3月5日"),)


def test_summary_sections_follow_the_facts(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 工作总结\n单位: 甲校\n期间: 2024年\n主要做法:\n  - 标题: 抓教学\n    内容: 很好。\n"
        "成文日期: 2025-01-01\n"
        "章节标题:\n  主要做法: 主要工作\n",
    )
    spec, draft = build_draft(facts)
    assert spec.name == "summary"
    assert draft.blocks[0] == Title("甲校2024年工作总结")
    assert isinstance(draft.blocks[1], Paragraph) and draft.blocks[1].text.endswith("现将有关情况总结如下：")
    headings = [b for b in draft.blocks if isinstance(b, Heading)]
    assert [(h.marker, h.text) for h in headings] == [("一、", "主要工作"), ("（一）", "抓教学")]


def test_summary_heading_can_be_dropped_to_use_four_item_levels(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 工作总结\n单位: 甲校\n成文日期: 2025-01-01\n章节标题:\n  主要做法: ''\n主要做法:\n"
        "  - 标题: 甲\n    子项:\n      - 标题: 乙\n        子项:\n          - 标题: 丙\n            内容: 正文\n",
    )
    _, draft = build_draft(facts)
    headings = [b for b in draft.blocks if isinstance(b, Heading)]
    assert [(h.marker, h.text, h.body) for h in headings] == [
        ("一、", "甲", ""),
        ("（一）", "乙", ""),
        ("1.", "丙。", "正文。"),  # its text closed with its full stop (ux31)
    ]


def test_notice_defaults(tmp_path: Path) -> None:
    facts = write_facts(
        tmp_path,
        "文种: 会议通知\n发文机关: 甲局\n会议名称: 乙会议\n主送机关: 各单位\n会议时间: 2025-02-20 9:00\n"
        "会议地点: 三楼\n参会人员: 全体人员\n成文日期: 2025-02-14\n",
    )
    _, draft = build_draft(facts)
    texts = [getattr(b, "text", "") for b in draft.blocks]
    assert texts[0] == "关于召开乙会议的通知"
    assert "经研究，决定召开乙会议。现将有关事项通知如下：" in texts
    assert "2025年2月20日（星期四）9:00。" in texts
    assert "特此通知。" in texts


def test_every_builtin_template_renders_its_own_examples(tmp_path: Path) -> None:
    from drafter.catalog import builtin_templates
    from drafter.starter import starter_text

    names = [spec.title for spec in builtin_templates()]
    assert {"工作总结", "会议通知", "实施方案", "会议纪要", "讲话稿"} <= set(names)
    for name in names:
        path = write_facts(tmp_path, starter_text(find_template(name)), f"{name}.yaml")
        spec, draft = build_draft(path)
        assert spec.title == name and draft.title


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A private cache folder, and Jinja environments that will use it."""
    import drafter.render as render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    render._bytecode_cache.cache_clear()
    render._environment.cache_clear()
    yield tmp_path / "cache"
    render._bytecode_cache.cache_clear()
    render._environment.cache_clear()


def test_compiled_templates_are_cached_and_follow_edits(tmp_path: Path, cache_home: Path) -> None:
    import drafter.render as render

    first = draft_with(tmp_path, "{{ 事由 }}一\n")
    assert list(cache_home.rglob("*.cache")), "the compiled template was not kept"
    render._environment.cache_clear()  # as a new process would start
    second = draft_with(tmp_path, "{{ 事由 }}二\n")  # same file name, new source
    assert [b.text for b in first.blocks if isinstance(b, Paragraph)] == ["甲一"]
    assert [b.text for b in second.blocks if isinstance(b, Paragraph)] == ["甲二"]
    render._environment.cache_clear()
    with pytest.raises(TemplateError) as info:  # errors from cached code still name the template line
        draft_with(tmp_path, "第一行\n{{ 事因 }}\n")
    render._environment.cache_clear()
    with pytest.raises(TemplateError) as again:
        draft_with(tmp_path, "第一行\n{{ 事因 }}\n")
    assert "body.j2:2" in str(info.value) and "body.j2:2" in str(again.value)


def test_an_unusable_cache_folder_only_costs_time(tmp_path: Path, cache_home: Path) -> None:
    cache_home.parent.mkdir(exist_ok=True)
    cache_home.write_text("not a folder", encoding="utf-8")  # the cache cannot be created
    draft = draft_with(tmp_path, "{{ 事由 }}\n")
    assert [b.text for b in draft.blocks if isinstance(b, Paragraph)] == ["甲"]


def test_a_lead_in_typed_without_its_colon_ends_with_one() -> None:
    # 导语: 为确保……，特通知如下 printed ……特通知如下。 (hostile12): a lead-in ends with “：” before what it leads into.
    from drafter.render import FILTERS

    assert FILTERS["句号"]("为确保师生度过一个平安寒假，特通知如下") == "为确保师生度过一个平安寒假，特通知如下："
    assert FILTERS["句号"]("现将有关情况报告如下，") == "现将有关情况报告如下："
    assert FILTERS["句号"]("为防范危化品事故") == "为防范危化品事故。"
