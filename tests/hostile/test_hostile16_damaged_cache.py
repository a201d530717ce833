"""A damaged entry in the cache of compiled templates is compiled again, not a draft that can never be made.

Jinja checks a cached entry only against its template's source: an entry whose compiled code was cut or changed on
disk (a full disk, a crash mid-write, a cache copied from another machine) was loaded as it was. A length that
reads as two thousand million made every draft stop with 模板运行时占用的内存太多; code that is not code, with 出现
意外错误（TypeError）. Both lasted until the clerk found and emptied ~/.cache/drafter. The facts are made up.
"""

import io
import marshal
import pickle
from pathlib import Path

import pytest
from bounded import run_drafter
from jinja2.bccache import bc_magic

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _damage(entry: Path, code: bytes) -> None:
    """Keep Jinja's header (its magic and the source's checksum) and put ``code`` where the compiled code was."""
    data = entry.read_bytes()
    start = data.index(bc_magic) + len(bc_magic)
    stream = io.BytesIO(data[start:])
    pickle.load(stream)
    entry.write_bytes(data[: start + stream.tell()] + code)


@pytest.mark.parametrize(
    "code",
    [b"[\xff\xff\xff\x7f", marshal.dumps(42), b""],
    ids=["huge-length", "not-code", "cut-short"],
)
def test_a_damaged_compiled_template_is_compiled_again(tmp_path: Path, code: bytes) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "缓存")}
    first = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    expected = (tmp_path / "通知.txt").read_text(encoding="utf-8")
    entries = list((tmp_path / "缓存" / "drafter" / "templates").rglob("*.cache"))
    assert entries
    for entry in entries:
        _damage(entry, code)
    for _ in range(2):  # the damaged entries are written over: the run after is served from a sound cache
        again = run_drafter("draft", "通知.yaml", "-f", "txt", "--force", cwd=tmp_path, env=env)
        assert again.returncode == 0, again.stderr
        assert (tmp_path / "通知.txt").read_text(encoding="utf-8") == expected
