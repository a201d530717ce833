"""draft --template of another genre than the facts' 文种 or 模板 says the two disagree (as the README says)."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

REPLY = """{head}
发文机关: 梧川镇人民政府
事由: 同意石门村硬化村道
主送机关: 石门村村民委员会
来文:
  标题: 关于硬化村道的请示
批复意见:
  - 同意。
成文日期: 2026-03-02
"""
NOTICE_TEMPLATE = "name: ours\nextends: notice\ntitle: 通知（本单位）\n"
REPLY_TEMPLATE = "name: ours_reply\nextends: reply\ntitle: 批复（本单位）\n"


def _draft(tmp_path: Path, head: str, template: str) -> str:
    for name, text in (("通知模板", NOTICE_TEMPLATE), ("批复模板", REPLY_TEMPLATE)):
        (tmp_path / name).mkdir(exist_ok=True)
        (tmp_path / name / "manifest.yaml").write_text(text, encoding="utf-8")
    facts = tmp_path / "批复.yaml"
    facts.write_text(REPLY.format(head=head), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "--template", template, "-o", str(tmp_path / "x.docx")])
    return f"{result.exit_code}\n{result.output}"


def test_a_genre_of_another_template_is_said(tmp_path: Path) -> None:
    # It was told only that 来文 and 批复意见 are keys the notice does not know.
    output = _draft(tmp_path, "文种: 批复", str(tmp_path / "通知模板"))
    assert output.startswith("1\n") and "文种写的是“批复”，--template 给的模板" in output
    assert "不认识这个键" not in output and not (tmp_path / "x.docx").exists()


def test_a_template_folder_of_another_genre_is_said(tmp_path: Path) -> None:
    output = _draft(tmp_path, "模板: 批复模板", str(tmp_path / "通知模板"))
    assert output.startswith("1\n") and "模板: 写的是“批复模板”（批复（本单位））" in output
    assert "不认识这个键" not in output


def test_a_template_of_the_same_genre_is_taken(tmp_path: Path) -> None:
    assert _draft(tmp_path, "文种: 批复", str(tmp_path / "批复模板")).startswith("0\n")
