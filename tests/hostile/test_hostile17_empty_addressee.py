"""An empty list where the 主送机关 are listed is said to be not written, not a list where text belongs.

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
