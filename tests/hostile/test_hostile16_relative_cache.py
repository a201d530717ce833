"""A relative XDG_CACHE_HOME (or HOME) puts no cache folder among the clerk's documents.

``XDG_CACHE_HOME=cache`` (set so in a script, or a typo for a full path) made cache/drafter in whatever folder
drafter was run in: a folder of compiled templates appeared beside the clerk's notices. The XDG rules say such a
path is to be ignored; it is, and with HOME relative too there is no cache at all. The facts are made up.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_CACHE_HOME": "cache"},
        {"XDG_CACHE_HOME": "cache", "HOME": "家"},
        {"XDG_CACHE_HOME": "", "HOME": "家"},
    ],
)
def test_a_relative_cache_folder_is_not_made_where_drafter_runs(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.txt", "通知.yaml"]
