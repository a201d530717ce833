"""An output is never written over the built-in files a draft is made from, even with --force.

A template folder's own files were protected; the built-in template a mined template extends (its head.j2,
body.j2 …) and the macros every template shares (_common/_macros.j2, _gongwen.j2) were not: -o into one of them
with --force replaced it, and every later draft failed or came out wrong. The check is made without writing:
the test asks whether the target would be refused.
"""

from pathlib import Path

import pytest

from drafter.catalog import builtin_root, load_template_folder
from drafter.drafting import made_from
from drafter.errors import OutputError
from drafter.output import resolve_target


@pytest.fixture
def mined(tmp_path: Path):
    folder = tmp_path / "挖掘结果" / "notice"
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text("name: notice\ngenre: notice\nextends: notice\n", encoding="utf-8")
    return load_template_folder(folder)


@pytest.mark.parametrize(
    "target", ["notice/head.j2", "notice/manifest.yaml", "_common/_macros.j2", "_common/_gongwen.j2"]
)
def test_a_built_in_file_the_draft_uses_is_refused_as_an_output(tmp_path: Path, mined, target: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text("模板: 挖掘结果/notice\n", encoding="utf-8")
    path = builtin_root() / target
    assert path.is_file()
    with pytest.raises(OutputError, match="起草要用它，不能把结果写到它上面"):
        resolve_target(path, force=True, inputs=made_from(mined, facts, None))


def test_a_file_beside_them_that_the_draft_does_not_use_is_still_writable(tmp_path: Path, mined) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text("模板: 挖掘结果/notice\n", encoding="utf-8")
    elsewhere = tmp_path / "输出" / "通知.docx"
    elsewhere.parent.mkdir()
    resolve_target(elsewhere, force=True, inputs=made_from(mined, facts, None))
