"""An empty list (or a list of blanks) where names are listed is a field not written, not a list where text belongs.

主送机关 may be written as a list, one office a line, as 抄送 is. Left empty ([], a list of one blank, a starter whose
offices were deleted down to their dashes) it was refused as 应当是一段文字，这里写成了列表: the clerk had written it
the documented way and was told to write something else. Now it is a required field not written; an optional
主送机关 (a 通告's) so written is left out.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县民政局\n类别: 布置\n事由: 做好冬季救助工作\n主送机关: {}\n"
    "正文:\n- 各乡镇要摸清困难群众底数。\n成文日期: 2025-11-20\n"
)


@pytest.mark.parametrize("written", ["[]", '[""]', "\n  - ", '\n  - ""\n  - "　"'])
def test_an_empty_list_of_addressees_is_a_field_not_written(tmp_path: Path, written: str) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.format(written), encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "通知.yaml:5:" in result.stderr and "主送机关: 必填项没有填写" in result.stderr, result.stderr
    assert "写成了列表" not in result.stderr
    assert not (tmp_path / "通知.docx").exists()


def test_a_list_of_offices_is_drafted_as_before(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS.format("\n  - 各乡镇人民政府\n  - 县直有关单位"), encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "各乡镇人民政府，县直有关单位：" in (tmp_path / "通知.txt").read_text(encoding="utf-8")


def test_an_empty_list_for_an_optional_addressee_leaves_it_out(tmp_path: Path) -> None:
    facts = (
        "文种: 通告\n发文机关: 青禾县民政局\n事由: 规范殡葬服务收费\n主送机关: []\n"
        "通告事项:\n- 殡葬服务机构要公示收费项目。\n成文日期: 2025-11-20\n"
    )
    (tmp_path / "通告.yaml").write_text(facts, encoding="utf-8")
    result = run_drafter("draft", "通告.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "：\n" not in (tmp_path / "通告.txt").read_text(encoding="utf-8").split("殡葬服务机构")[0]


@pytest.mark.parametrize("written", ['[""]', '["　"]', '\n  - ""'])
def test_an_issuer_list_of_blanks_is_a_field_not_written(tmp_path: Path, written: str) -> None:
    """发文机关: [""] drafted a document signed by no office, exit 0 and no word."""
    facts = FACTS.format("各乡镇人民政府").replace("发文机关: 青禾县民政局", f"发文机关: {written}")
    (tmp_path / "通知.yaml").write_text(facts, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "通知.yaml:2:" in result.stderr and "发文机关: 必填项没有填写" in result.stderr, result.stderr
    assert not (tmp_path / "通知.docx").exists()


def test_a_blank_among_the_attendance_is_no_one(tmp_path: Path) -> None:
    """出席: [""] printed 出席： over nothing; a blank beside names printed an empty name after 、."""
    facts = (
        "文种: 会议纪要\n单位: 青禾县民政局\n会议名称: 局务会议\n会议日期: 2025-11-20\n会议地点: 局三楼会议室\n"
        "主持人: 王明\n议定事项:\n- 会议同意启动冬季救助。\n出席: {}\n"
    )
    (tmp_path / "纪要.yaml").write_text(facts.format('[""]'), encoding="utf-8")
    result = run_drafter("draft", "纪要.yaml", cwd=tmp_path)
    assert result.returncode == 1 and "出席: 必填项没有填写" in result.stderr, result.stdout + result.stderr
    (tmp_path / "纪要.yaml").write_text(facts.format('[王明, "", 李华]'), encoding="utf-8")
    result = run_drafter("draft", "纪要.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "出席：王明、李华" in (tmp_path / "纪要.txt").read_text(encoding="utf-8").replace("\u3000", "")
