"""The public face: drafter's functions, facts given as data, and problems a program can map back."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLES, Docx

import drafter
from drafter.facts import Mapping, Scalar, Sequence, tree_from_data


def sample_data(name: str = "工作总结") -> dict[str, object]:
    return yaml.safe_load((SAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))


def test_everything_in_all_is_there() -> None:
    for name in drafter.__all__:
        assert getattr(drafter, name) is not None, name
    assert issubclass(drafter.FactsError, drafter.DrafterError)


def test_import_drafter_is_cheap() -> None:
    code = "import sys, drafter; print(sorted(m for m in ('jinja2', 'yaml', 'click', 'jieba') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_msgspec_comes_without_typing_extensions_which_still_imports_later() -> None:
    code = (
        "import sys, drafter, msgspec; print('typing_extensions' in sys.modules); "
        "import typing_extensions; print(typing_extensions.Literal is not None)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_batch_stays_the_function_after_its_module_is_imported(tmp_path: Path) -> None:
    import drafter.batch  # binds the submodule; the package keeps the function

    assert callable(drafter.batch)
    report = drafter.batch([str(SAMPLES / "讲话稿.yaml")], tmp_path)
    assert report.count("drafted") == 1


def test_draft_from_a_dict_gives_the_same_document_as_the_file(tmp_path: Path) -> None:
    from_data = drafter.draft(sample_data(), output=tmp_path / "a.docx")
    from_file = drafter.draft(SAMPLES / "工作总结.yaml")
    assert from_data.output == tmp_path / "a.docx" and from_file.output is None
    assert Docx(from_data.data).zip.read("word/document.xml") == Docx(from_file.data).zip.read("word/document.xml")
    assert (tmp_path / "a.docx").read_bytes() == from_data.data


def test_draft_follows_the_output_extension(tmp_path: Path) -> None:
    result = drafter.draft(SAMPLES / "讲话稿.yaml", output=tmp_path / "讲话.txt")
    assert result.data.decode("utf-8").startswith("在全县2025年教育工作会议上的讲话")


def test_problems_in_data_name_the_field_and_keep_its_path() -> None:
    data = sample_data("会议通知")
    data["联系人"] = [{"姓名": "甲", "电话": "1"}, {"姓名": "乙"}]
    data["会议时间"] = "2025年2月30日上午9:00"
    with pytest.raises(drafter.FactsError) as info:
        drafter.draft(data)
    messages = str(info.value)
    assert "（数据）: 联系人第2项的电话: 缺少必填项" in messages
    assert "（数据）: 会议时间: 无法识别的日期" in messages
    assert ("联系人", 1, "电话") in {p.path for p in info.value.problems}


def test_tree_from_data_writes_values_as_a_facts_file_would() -> None:
    tree = tree_from_data(
        {"印章": True, "成文日期": dt.date(2025, 1, 10), "份号": 12, "抄送": ["甲", None], "附注": None}
    )
    assert isinstance(tree, Mapping)
    values = {e.key: e.value for e in tree.entries}
    assert isinstance(values["印章"], Scalar) and values["印章"].text == "是"
    assert isinstance(values["成文日期"], Scalar) and values["成文日期"].text == "2025-01-10"
    assert isinstance(values["份号"], Scalar) and values["份号"].text == "12"
    assert isinstance(values["抄送"], Sequence) and len(values["抄送"].items) == 2
    assert isinstance(values["附注"], Scalar) and values["附注"].is_null


@pytest.mark.parametrize(("data", "message"), [({1: "甲"}, "键必须是文字"), ({"甲": object()}, "不支持的值")])
def test_tree_from_data_refuses_what_a_facts_file_cannot_hold(data: dict[object, object], message: str) -> None:
    with pytest.raises(drafter.FactsError, match=message):
        tree_from_data(data)  # type: ignore[arg-type]


def test_a_relative_template_folder_without_a_facts_file_is_found_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "便函"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("sections: [body]\nfields: {事由: {type: text}}\n", encoding="utf-8")
    (folder / "body.j2").write_text("::标题 {{ 事由 }}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = drafter.draft({"模板": "便函", "事由": "关于借用会议室的函"}, fmt="txt")
    assert result.data.decode("utf-8").strip() == "关于借用会议室的函"


def test_templates_lists_the_builtins() -> None:
    assert {spec.name for spec in drafter.templates()} >= {"summary", "meeting_notice", "plan", "minutes", "speech"}


def test_the_api_drafts_a_starter_with_placeholders_when_asked_and_refuses_a_sheet(tmp_path) -> None:
    # drafter draft has --allow-placeholders and refuses a sheet; the library's draft did neither (audit8).
    import pytest

    import drafter
    from drafter.errors import DrafterError

    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "文种: 通知\n发文机关: 青禾县教育局\n事由: 〔请填写：事由〕\n主送机关: 各中小学\n正文:\n- 各校要做好安全工作。\n"
        "成文日期: 2025-03-01\n",
        encoding="utf-8",
    )
    with pytest.raises(DrafterError):
        drafter.draft(facts)
    assert drafter.draft(facts, allow_placeholders=True).data[:2] == b"PK"
    sheet = tmp_path / "名单.csv"
    sheet.write_text("文种,事由\n通知,做好安全工作\n", encoding="utf-8")
    with pytest.raises(DrafterError, match="drafter batch"):
        drafter.draft(sheet)


def test_new_gives_the_starter_the_command_prints_and_writes_it_only_when_asked(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import main

    printed = CliRunner().invoke(main, ["new", "会议通知"]).output
    started = drafter.new("会议通知")
    assert started.text == printed and started.output is None and not started.sheet
    assert started.template.genre == "meeting_notice"

    target = tmp_path / "会议通知.yaml"
    assert drafter.new("会议通知", output=target).output == target
    assert target.read_text(encoding="utf-8") == printed
    with pytest.raises(drafter.DrafterError, match=r"已经存在|已存在"):
        drafter.new("会议通知", output=target)
    with pytest.raises(drafter.UsageError, match=r"\.yaml"):
        drafter.new("会议通知", output=tmp_path / "会议通知.docx")

    sheet = drafter.new("通知", output=tmp_path / "通知.xlsx", sheet=True)
    assert sheet.sheet and sheet.data[:2] == b"PK" and (tmp_path / "通知.xlsx").read_bytes() == sheet.data
