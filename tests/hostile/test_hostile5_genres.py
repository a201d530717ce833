"""Genre names typed in a spelling other than the built-in one are told the name drafter knows."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_templates, find_template
from drafter.chinese import _TRADITIONAL
from drafter.cli import main
from drafter.errors import TemplateError


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("批覆", "批复"), ("覆函", "复函"), ("答覆報告", "答复报告"), ("会议记要", "会议纪要"), ("会议 通知", "会议通知")],
)
def test_a_variant_spelling_of_a_genre_is_told_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, meant: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for args in (["new", typed], ["templates", "show", typed]):
        result = CliRunner().invoke(main, args)
        # 批覆 was only guessed at, 覆函 was offered 函 (another format), 会议记要 had no hint at all
        assert result.exit_code == 1 and f"应当写成“{meant}”" in result.output, result.output
        assert "是否想写" not in result.output
    (tmp_path / "f.yaml").write_text(f"文种: {typed}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "f.yaml"])
    assert result.exit_code == 1 and "f.yaml:1:5: 文种: " in result.output and f"“{meant}”" in result.output


def _traditional_spellings(name: str) -> set[str]:
    """``name`` with every character that has traditional forms written in each of them in turn."""
    forms: dict[str, list[str]] = {}
    for traditional, plain in _TRADITIONAL.items():
        forms.setdefault(str(plain), []).append(chr(traditional))
    spellings = set()
    for choice in range(2):
        spelled = "".join(forms[ch][min(choice, len(forms[ch]) - 1)] if ch in forms else ch for ch in name)
        if spelled != name:
            spellings.add(spelled)
    return spellings


def test_every_builtin_name_typed_in_traditional_characters_gets_its_hint() -> None:
    names = {name for spec in builtin_templates() for name in (spec.title, *spec.aliases) if not name.isascii()}
    checked = 0
    for name in sorted(names):
        for typed in _traditional_spellings(name):
            with pytest.raises(TemplateError, match="应当写成") as caught:
                find_template(typed)
            assert f"“{name}”" in str(caught.value), (typed, str(caught.value)[:80])
            checked += 1
    assert checked >= 20
