from pathlib import Path

import pytest

from drafter.catalog import builtin_templates, find_template
from drafter.errors import TemplateError


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("工作总结", "summary"),
        ("summary", "summary"),
        ("总结", "summary"),
        ("会议通知", "meeting_notice"),
        ("meeting-notice", "meeting_notice"),
        ("meeting_notice", "meeting_notice"),
        ("Meeting-Notice", "meeting_notice"),
        ("meeting_report", "minutes"),
    ],
)
def test_builtin_names_in_chinese_and_slugs(name: str, expected: str) -> None:
    assert find_template(name).name == expected


def test_builtins_declare_sections_and_fields() -> None:
    specs = {spec.name: spec for spec in builtin_templates()}
    assert set(specs) == {
        "summary", "meeting_notice", "plan", "minutes", "speech",
        "notice", "request", "report", "letter", "reply", "bulletin", "opinion", "briefing", "announcement",
    }  # fmt: skip
    summary = specs["summary"]
    assert [s.name for s in summary.sections][:4] == ["head", "intro", "overview", "practices"]
    assert summary.field("成文日期").required
    plan = specs["plan"]
    assert [s.kind for s in plan.sections if s.kind] == [
        "guiding_ideology",
        "objectives",
        "guiding_ideology",
        "tasks",
        "steps",
        "safeguards",
    ]
    assert not plan.field("成文日期").required  # a plan issued with a notice is not signed
    for spec in specs.values():
        assert all((spec.path / s.filename).is_file() for s in spec.sections)


def test_unknown_genre_suggests() -> None:
    with pytest.raises(TemplateError, match="不认识的文种或模板“会议通”。是否想写“会议通知”"):
        find_template("会议通")


def test_template_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="模板文件夹不存在"):
        find_template(str(tmp_path / "nope"))
    with pytest.raises(TemplateError, match=r"缺少 manifest\.yaml"):
        find_template(str(tmp_path))
    (tmp_path / "manifest.yaml").write_text("sections: [body]\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"缺少模板文件 body\.j2"):
        find_template(str(tmp_path))
    (tmp_path / "manifest.yaml").write_text("sections: [body\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="YAML 格式错误"):
        find_template(str(tmp_path))


def test_template_folder_loads(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(
        "name: 便函\ntitle: 便函\nsections: [body]\nfields: {事由: {type: text, required: true}}\n", encoding="utf-8"
    )
    (tmp_path / "body.j2").write_text("::标题 {{ 事由 }}\n", encoding="utf-8")
    spec = find_template(str(tmp_path))
    assert spec.title == "便函" and not spec.builtin and spec.field("事由").required


def test_manifest_genres_use_the_one_slug_scheme(tmp_path: Path) -> None:
    def folder(name: str, genre: str) -> str:
        path = tmp_path / name
        path.mkdir()
        (path / "body.j2").write_text("正文\n", encoding="utf-8")
        (path / "manifest.yaml").write_text(f"genre: {genre}\nsections: [body]\n", encoding="utf-8")
        return str(path)

    assert find_template(folder("a", "meeting-notice")).genre == "meeting_notice"
    assert find_template(folder("b", "纪要")).genre == "meeting_report"
    assert find_template(folder("c", "")).genre == "other"
    with pytest.raises(TemplateError, match="不认识的文种 genre: 檄文"):
        find_template(folder("d", "檄文"))


def test_builtin_catalog_is_read_once() -> None:
    assert builtin_templates() is builtin_templates()
    assert find_template("工作总结") is find_template("summary")


def test_the_parsed_catalog_is_cached_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter import catalog

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = catalog.builtin_templates.__wrapped__()
    (cached,) = (tmp_path / "drafter" / "catalog").glob("builtin-*.pickle")
    assert catalog.builtin_templates.__wrapped__() == fresh  # read back from the cache
    cached.write_bytes(b"damaged")
    assert catalog.builtin_templates.__wrapped__() == fresh
    assert cached.read_bytes() != b"damaged"  # rewritten
