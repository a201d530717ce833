"""A draft written into the template folder it is drafted with, under a template file's name (-o 本单位通知/body.j2).

The folder extends the built-in notice and has no body.j2 of its own: the draft was written there (exit 0), and
from then on every draft of the template printed the last draft's text, red header and all, as its 正文. A new
file named *.j2 or manifest.yaml inside a template folder a draft is made from is refused now; other names
(本单位通知/稿件.txt) are written as before.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "本单位通知"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: 本单位通知\ngenre: notice\nextends: notice\n", encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["body.j2", "新章节.J2", "sub/manifest.yaml"])
def test_a_template_files_name_in_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    folder = _folder(tmp_path)
    (folder / "sub").mkdir()
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(folder / name), "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "里模板文件的名字，写在这里会成为模板的一部分" in result.output
    assert not (folder / name).exists()
    again = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    assert again.exit_code == 0 and again.stdout.count("关于做好防汛工作的通知") == 1, again.output


def test_another_name_in_the_folder_is_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(folder / "稿件.txt")])
    assert result.exit_code == 0, result.output
    assert (folder / "稿件.txt").is_file()
