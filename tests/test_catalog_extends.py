from pathlib import Path

import pytest

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.errors import Problem, TemplateError


def test_a_template_extends_a_built_in_one(tmp_path: Path) -> None:
    folder = tmp_path / "mined"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: mined\ngenre: meeting_notice\nextends: meeting-notice\n"  # the old spelling of the slug still works
        "fields:\n  发文机关: {required: false, default: 云溪县教育体育局}\n  文号格式: {type: text, default: '云教体〔{年}〕{号}号'}\n",
        encoding="utf-8",
    )
    spec = load_template_folder(folder)
    assert spec.base is not None and spec.base.name == "meeting_notice"
    issuer = spec.field("发文机关")
    assert issuer is not None and not issuer.required and issuer.default == "云溪县教育体育局"
    assert issuer.description  # kept from the built-in declaration
    assert spec.field("回执") is not None and spec.field("文号格式") is not None
    assert spec.sections[0].name == "head"  # the built-in's sections and files


def test_an_unknown_base_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "mined"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: x\nextends: 不存在\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="不存在"):
        load_template_folder(folder)


MEETING = """模板: mined
发文机关: 望湖街道办事处
会议名称: 冬季消防安全工作会议
主送机关: 各社区居民委员会
会议时间: 2025-12-03 下午2:30
会议地点: 街道办事处三楼会议室
参会人员: 各社区主任
会议议程:
  - 通报今年以来辖区火灾情况
  - 部署冬春火灾防控工作
有关要求:
  - 请提前十分钟到场签到
成文日期: 2025-11-26
"""


def _edited_meeting_notice(tmp_path: Path, sections: str) -> Path:
    folder = tmp_path / "mined"
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text(
        f"name: mined\ngenre: meeting_notice\nextends: meeting_notice\nsections:\n{sections}", encoding="utf-8"
    )
    facts = tmp_path / "会议.yaml"
    facts.write_text(MEETING, encoding="utf-8")
    return facts


BASE_SECTIONS = """- {name: head, title: 版头、标题和主送机关}
- {name: intro, title: 导语}
- {name: time, title: 会议时间}
- {name: place, title: 会议地点}
- {name: attendees, title: 参会人员}
- {name: agenda, title: 会议议程, when: 会议议程}
- {name: requirements, title: 有关要求}
- {name: closing, title: 结语和附件说明}
- {name: signoff, title: 署名和成文日期}
"""


def test_a_section_retitled_in_the_manifest_is_headed_by_its_new_title(tmp_path: Path) -> None:
    # A clerk renamed 有关要求 in a mined template's manifest (what `drafter templates show` lists): the
    # built-in's file wrote its own heading and the draft still said 有关要求.
    facts = _edited_meeting_notice(tmp_path, BASE_SECTIONS.replace("title: 有关要求", "title: 参会要求"))
    lines = encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()
    assert "　　五、参会要求" in lines and not any("有关要求" in line for line in lines)
    assert "　　一、会议时间" in lines  # the others keep theirs
    # A section with a file of its own in the folder writes what that file says.
    facts = _edited_meeting_notice(tmp_path / "own", BASE_SECTIONS.replace("title: 有关要求", "title: 参会要求"))
    (facts.parent / "mined" / "requirements.j2").write_text("# 会前准备\n{{ 有关要求[0] }}\n", encoding="utf-8")
    lines = encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()
    assert "　　五、会前准备" in lines and not any("参会要求" in line for line in lines)


def test_facts_for_a_section_the_template_dropped_are_flagged(tmp_path: Path) -> None:
    facts = _edited_meeting_notice(
        tmp_path, BASE_SECTIONS.replace("- {name: agenda, title: 会议议程, when: 会议议程}\n", "")
    )
    warnings: list[Problem] = []
    _, draft = build_draft(facts, warnings=warnings)
    assert "火灾情况" not in encode(draft, "txt").decode("utf-8")  # drafted without it, as the template says
    (said,) = [w for w in warnings if w.field == "会议议程"]
    assert str(said).startswith(f"{facts}:8:1: 会议议程: 模板“会议通知”去掉了“会议议程”这一节")
    assert "sections 里加回 name: agenda" in str(said)
    # The template keeping the section says nothing.
    kept = _edited_meeting_notice(tmp_path / "kept", BASE_SECTIONS)
    warnings = []
    build_draft(kept, warnings=warnings)
    assert not [w for w in warnings if w.field == "会议议程"]
