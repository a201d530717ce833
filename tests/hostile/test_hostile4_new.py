"""drafter new and templates with odd genre names and output names."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


@pytest.mark.parametrize(("typed", "meant"), [("會議通知", "会议通知"), ("實施方案", "实施方案"), ("講話稿", "讲话稿")])
def test_a_genre_in_traditional_characters_is_told_its_simplified_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, meant: str
) -> None:
    code, output = _run(tmp_path, monkeypatch, "new", typed)
    # 會議通知 was offered '是否想写“通知”', another genre
    assert code == 1 and f"应当写成简体的“{meant}”" in output and "是否想写" not in output, output
    code, output = _run(tmp_path, monkeypatch, "templates", "show", typed)
    assert code == 1 and f"应当写成简体的“{meant}”" in output, output
    (tmp_path / "f.yaml").write_text(f"文种: {typed}\n", encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "f.yaml")
    assert code == 1 and "f.yaml:1:5: 文种: " in output and f"“{meant}”" in output, output


def test_a_typing_slip_in_a_genre_is_still_guessed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = _run(tmp_path, monkeypatch, "new", "会议通")
    assert code == 1 and "是否想写“会议通知”" in output, output


@pytest.mark.parametrize("name", ["通知.docx", "通知.DOCX", "名单.xlsx", "通知.pdf"])
def test_new_refuses_an_output_that_is_not_a_facts_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    code, output = _run(tmp_path, monkeypatch, "new", "通知", "-o", name)
    # it wrote the YAML text under the Word name: Word could not open it and draft refused it
    assert code == 2 and "应当以 .yaml 结尾" in output and not (tmp_path / name).exists(), output


# A name without an extension gets .yaml (hostile18: it was written without one, which no editor opens by a
# double-click), as draft -o adds .docx.
@pytest.mark.parametrize(
    ("name", "written"),
    [("通知.yaml", "通知.yaml"), ("通知.yml", "通知.yml"), ("通知.txt", "通知.txt"), ("通知", "通知.yaml")],
)
def test_new_still_writes_facts_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, written: str) -> None:
    code, output = _run(tmp_path, monkeypatch, "new", "通知", "-o", name)
    assert code == 0 and (tmp_path / written).read_text(encoding="utf-8").startswith("#"), output
    code, output = _run(tmp_path, monkeypatch, "draft", written, "-o", "out.docx")
    assert code == 0, output


def test_a_template_manifest_given_as_facts_is_named_for_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from tests.conftest import REPO

    shutil.copytree(REPO / "templates" / "notice", tmp_path / "结果" / "notice")
    code, output = _run(tmp_path, monkeypatch, "batch", "结果", "-o", "输出")
    # it was '文种: 不知道要写哪种公文（请在文件开头写“文种: 工作总结”……）'
    assert code == 4 and "notice/manifest.yaml:2:1: 这是模板文件夹里的 manifest.yaml" in output, output
    assert "drafter new --template" in output, output
