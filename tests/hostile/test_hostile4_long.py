"""Values and names far longer than any real one, quoted back in messages or taken for paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import shorten_quotes


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def test_a_huge_value_quoted_back_is_cut_to_its_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "f.yaml").write_text("文种: 通知\n成文日期: " + "某" * 200_000 + "\n", encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, "draft", "f.yaml")
    # the whole value was printed: 600 KB on the terminal
    assert code == 1 and len(output) < 2000, len(output)
    assert '成文日期: 无法识别的日期 "' + "某" * 60 + '……（共 200,000 字）"' in output, output


@pytest.mark.parametrize(
    "command", [["draft", "f.yaml"], ["new", "乱" * 100_000], ["templates", "show", "乱" * 100_000]]
)
def test_a_genre_too_long_for_a_file_name_is_not_an_unexpected_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    (tmp_path / "f.yaml").write_text("文种: " + "乱" * 100_000 + "\n", encoding="utf-8")
    code, output = _run(tmp_path, monkeypatch, *command)
    # it was '出现意外错误（OSError: [Errno 36] File name too long: '乱乱乱…'）' with all 100,000 characters
    assert code == 1 and "不认识的文种或模板" in output and "意外错误" not in output, output
    assert len(output) < 3000, len(output)


def test_short_quotes_are_left_alone() -> None:
    text = '无法识别的日期 "2025-13-01"（' + "说明" * 200 + "）"
    assert shorten_quotes(text) == text
