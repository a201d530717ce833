"""Hostile template folders: sandbox escapes, files from outside the folder, runaway templates, planted caches."""

from __future__ import annotations

import os
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

from drafter.drafting import build_draft
from drafter.errors import TemplateError

SECRET = "机密内容-不应出现在文档里"


def make_template(folder: Path, body: str, *, fields: str = "事由: {type: text}", extra: dict[str, str] | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text(f"name: t\nsections: [body]\nfields: {{{fields}}}\n", encoding="utf-8")
    (folder / "body.j2").write_text(body, encoding="utf-8")
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def draft_text(tmp_path: Path, template: Path, facts: str = "事由: 甲\n") -> str:
    path = tmp_path / "facts.yaml"
    path.write_text(facts, encoding="utf-8")
    _, draft = build_draft(path, template=str(template))
    return "\n".join(getattr(block, "text", "") for block in draft.blocks)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_jinja_has_no_known_sandbox_escape() -> None:
    # 3.1.0–3.1.5 let a template folder run shell commands (CVE-2024-56201, CVE-2024-56326, CVE-2025-27516).
    assert _version_tuple(version("jinja2")) >= (3, 1, 6), "jinja2 older than 3.1.6 has sandbox escapes"
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'"jinja2>=3\.1\.(\d+)', pyproject) and int(re.search(r'"jinja2>=3\.1\.(\d+)', pyproject)[1]) >= 6


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    path = outside / "id_rsa"
    path.write_text(SECRET, encoding="utf-8")
    (outside / "leak.j2").write_text(SECRET, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "how",
    ["include-link", "subfolder-link", "section-link", "import-link", "macros-link"],
)
def test_links_out_of_the_template_folder_are_refused(tmp_path: Path, secret: Path, how: str) -> None:
    folder = tmp_path / "tpl"
    if how == "include-link":
        make_template(folder, "{% include 'leak.j2' %}\n")
        (folder / "leak.j2").symlink_to(secret)
    elif how == "subfolder-link":
        make_template(folder, "{% include 'sub/leak.j2' %}\n")
        (folder / "sub").symlink_to(secret.parent, target_is_directory=True)
    elif how == "section-link":
        make_template(folder, "")
        (folder / "body.j2").unlink()
        (folder / "body.j2").symlink_to(secret.parent / "leak.j2")
    elif how == "import-link":
        make_template(folder, "{% from 'm.j2' import x %}{{ x }}\n")
        (folder / "m.j2").symlink_to(secret)
    else:  # a template's own _macros.j2 wins over the shared one, so it must be checked too
        make_template(folder, "{% import '_macros.j2' as m %}正文\n")
        (folder / "_macros.j2").symlink_to(secret)
    with pytest.raises(TemplateError) as info:
        draft_text(tmp_path, folder)
    assert SECRET not in str(info.value)
    assert "模板文件夹以外" in str(info.value)


def test_links_inside_the_folder_and_the_shared_macros_still_work(tmp_path: Path) -> None:
    folder = make_template(tmp_path / "tpl", "{% include 'alias.j2' %}\n{% import '_macros.j2' as m %}{{ 事由 }}\n")
    (folder / "part.j2").write_text("内部文件\n", encoding="utf-8")
    (folder / "alias.j2").symlink_to(folder / "part.j2")
    text = draft_text(tmp_path, folder)
    assert "内部文件" in text and "甲" in text


@pytest.mark.parametrize("include", ["../secret.j2", "/etc/passwd", "sub/../../secret.j2", "./../secret.j2"])
def test_parent_and_absolute_includes_are_refused(tmp_path: Path, include: str) -> None:
    (tmp_path / "secret.j2").write_text(SECRET, encoding="utf-8")
    folder = make_template(tmp_path / "tpl", f"{{% include '{include}' %}}\n")
    with pytest.raises(TemplateError) as info:
        draft_text(tmp_path, folder)
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        "{{ 事由.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ ''.format.__self__.__class__ }}",
        "{{ (事由|attr('__class__')).__base__ }}",
        "{% set f = 事由.format %}{{ f.__globals__ }}",
    ],
)
def test_python_internals_stay_out_of_reach(tmp_path: Path, body: str) -> None:
    folder = make_template(tmp_path / "tpl", body + "\n")
    with pytest.raises(TemplateError):
        draft_text(tmp_path, folder)


RUNAWAY = [
    ("range", "{% for i in range(10**9) %}{{ i }}{% endfor %}"),
    ("string-repeat", "{{ 'a' * 10**10 }}"),
    ("list-repeat", "{{ ([0] * 10**9) | length }}"),
    ("power", "{{ 9 ** (9 ** 9) }}"),
    ("power-filter-chain", "{{ (7 ** 99999) | string | length }}"),
    ("recursive-macro", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}"),
    ("mutual-recursion", "{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}"),
    ("silent-nested-loops", "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"),
    ("noisy-nested-loops", "{% for a in range(99999) %}{% for b in range(99999) %}xyz{% endfor %}{% endfor %}"),
    ("method-width", "{{ 'x'.center(10**10) }}"),
    ("filter-width", "{{ 'x' | center(10**10) }}"),
    ("indent-width", "{{ ('x\\n' * 1000) | indent(10**8) }}"),
    ("format-width", "{{ '{:>9999999999}'.format(1) }}"),
    ("percent-width", "{{ '%09999999999d' % 1 }}"),
    ("format-filter", "{{ '%9999999999s' | format('x') }}"),
    (
        "doubling",
        "{% set ns = namespace(x='ab') %}{% for i in range(64) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x }}",
    ),
    ("lipsum", "{{ lipsum(10**7) }}"),
]


@pytest.mark.parametrize("name, body", RUNAWAY, ids=[name for name, _ in RUNAWAY])
def test_runaway_templates_are_template_errors(tmp_path: Path, name: str, body: str) -> None:
    make_template(tmp_path / "tpl", body + "\n")
    (tmp_path / "f.yaml").write_text("事由: 甲\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "--template", "tpl", "-o", "out.docx", cwd=tmp_path, timeout=45)
    assert_clean_failure(result, "body.j2")
    assert not (tmp_path / "out.docx").exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_large_but_sane_template_output_still_drafts(tmp_path: Path) -> None:
    folder = make_template(tmp_path / "tpl", "{% for i in range(2000) %}第{{ i }}段，{{ 事由 * 20 }}。\n{% endfor %}")
    text = draft_text(tmp_path, folder)
    assert text.count("第") >= 2000


def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import drafter.render as render

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    render._bytecode_cache.cache_clear()
    render._environment.cache_clear()
    return tmp_path / "cache"


def _plant(cache, template: Path, planted_source: str) -> None:
    """Store code compiled from other source under the key and checksum of ``template``'s real source."""
    from drafter.render import _environment

    env = _environment(template)
    name = "body.j2"
    source, filename, _ = env.loader.get_source(env, name)
    bucket = cache.get_bucket(env, name, filename, source)
    bucket.code = env.compile(planted_source, name, filename)
    cache.set_bucket(bucket)


@pytest.mark.parametrize("unsafe", ["group-writable-folder", "other-writable-file", "symlinked-file"])
def test_compiled_templates_are_loaded_only_from_a_private_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unsafe: str
) -> None:
    import drafter.render as render

    cache_home = _private_cache(tmp_path, monkeypatch)
    folder = make_template(tmp_path / "tpl", "{{ 事由 }}\n")
    cache = render._bytecode_cache()
    assert cache is not None
    _plant(cache, folder, "被植入的代码\n")
    render._environment.cache_clear()
    assert "被植入的代码" in draft_text(tmp_path, folder), "the cache is not read at all; the test proves nothing"
    files = list(cache_home.rglob("*.cache"))
    assert files
    if unsafe == "group-writable-folder":
        os.chmod(files[0].parent, 0o770)
    elif unsafe == "other-writable-file":
        os.chmod(files[0], 0o666)
    else:
        real = tmp_path / "elsewhere.cache"
        files[0].rename(real)
        files[0].symlink_to(real)
    render._bytecode_cache.cache_clear()
    render._environment.cache_clear()
    try:
        assert draft_text(tmp_path, folder) == "甲"
    finally:
        render._bytecode_cache.cache_clear()
        render._environment.cache_clear()


def test_cache_folder_is_refused_when_a_parent_is_writable_by_others(tmp_path: Path) -> None:
    from drafter.cachedir import trusted_folder

    base = tmp_path / "shared"
    own = base / "drafter" / "templates"
    own.mkdir(parents=True, mode=0o700)
    os.chmod(base / "drafter", 0o700)
    os.chmod(base, 0o755)
    assert trusted_folder(own, base / "drafter")
    os.chmod(base, 0o777)  # anyone could swap drafter/ for their own folder
    assert not trusted_folder(own, base / "drafter")
    os.chmod(base, 0o755)
    os.chmod(base / "drafter", 0o750 | 0o020)
    assert not trusted_folder(own, base / "drafter")


class _Planted:
    """Unpickling this runs code: a marker file proves a planted catalog was loaded."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (Path(self.marker),))


@pytest.mark.parametrize("unsafe", ["group-writable-file", "other-writable-folder", "symlinked-file"])
def test_a_planted_catalog_cache_is_never_unpickled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unsafe: str
) -> None:
    import pickle

    from drafter import catalog

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fresh = catalog.builtin_templates.__wrapped__()
    (cached,) = (tmp_path / "cache" / "drafter" / "catalog").glob("builtin-*.pickle")
    marker = tmp_path / "code-ran"
    planted = pickle.dumps(_Planted(str(marker)))
    if unsafe == "group-writable-file":
        cached.write_bytes(planted)
        cached.chmod(0o660)
    elif unsafe == "other-writable-folder":
        cached.write_bytes(planted)
        cached.parent.chmod(0o777)
    else:
        elsewhere = tmp_path / "elsewhere.pickle"
        elsewhere.write_bytes(planted)
        cached.unlink()
        cached.symlink_to(elsewhere)
    assert catalog.builtin_templates.__wrapped__() == fresh
    assert not marker.exists(), "a cache file others could have written was unpickled"
