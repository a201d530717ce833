"""ux30 walk: what the template keeper of a county bureau and the clerks drafting from the mined templates met and
this round did not mend (strict xfail, each says why). Made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode

REQUEST = """文种: 请示
发文机关: 桐岭县文化和旅游局
主送机关: 县人民政府
事由: 申请送戏下乡专项经费
缘由:
  - 送戏下乡活动深受群众欢迎，今年演出场次增加，原有经费不足
请示事项:
  - 恳请县人民政府安排专项经费25万元
成文日期: 2025-12-30
"""


@pytest.mark.xfail(
    strict=True,
    reason="a hurried clerk's paragraph of 缘由, 请示事项 or a 正文 item's 内容 typed without its full stop is printed "
    "so (……原有经费不足 / 恳请……25万元), where a 导语, 结尾, 参会人员 and 有关要求 are closed with one (the 句号 "
    "filter); content_markup writes every text as typed, and closing them there needs care for typed headings "
    "(（一）加强领导) and lines leading into a table, so it is left to a round that can check every genre",
)
def test_a_paragraph_typed_without_its_full_stop_is_closed(tmp_path: Path) -> None:
    facts = tmp_path / "请示.yaml"
    facts.write_text(REQUEST, encoding="utf-8")
    lines = encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()
    assert "　　送戏下乡活动深受群众欢迎，今年演出场次增加，原有经费不足。" in lines


@pytest.mark.xfail(
    strict=True,
    reason="a template folder the keeper deleted (the unit sends no 函 of its own) comes back when mining again with "
    "--force: the record knows the files it wrote, and a missing one could be taken as the keeper's removal, but "
    "whether a folder gone is a choice or an accident is not told, and leaving out a template the mine would write "
    "also needs the report and the screen's list of templates to say so",
)
def test_a_template_the_keeper_deleted_is_not_written_again(tmp_path: Path) -> None:
    import shutil

    from click.testing import CliRunner

    from drafter.cli import main
    from tests.test_ux30_remine import _archive

    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert CliRunner().invoke(main, ["mine", str(archive), "-o", str(output)]).exit_code == 0
    shutil.rmtree(output / "letter")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(output), "--force"])
    assert result.exit_code == 0, result.output
    assert not (output / "letter").exists()
