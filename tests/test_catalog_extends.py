from pathlib import Path

import pytest

from drafter.catalog import load_template_folder
from drafter.errors import TemplateError


def test_a_template_extends_a_built_in_one(tmp_path: Path) -> None:
    folder = tmp_path / "mined"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: mined\ngenre: meeting_notice\nextends: meeting-notice\n"  # the old spelling of the slug still works
        "fields:\n  发文机关: {required: false, default: 云溪县教育体育局}\n  文号格式: {type: text, default: '云教体〔{年}〕{号}号'}\n",
        encoding="utf-8",
    )
    spec = load_template_folder(folder)
    assert spec.base is not None and spec.base.name == "meeting_notice"
    issuer = spec.field("发文机关")
    assert issuer is not None and not issuer.required and issuer.default == "云溪县教育体育局"
    assert issuer.description  # kept from the built-in declaration
    assert spec.field("回执") is not None and spec.field("文号格式") is not None
    assert spec.sections[0].name == "head"  # the built-in's sections and files


def test_an_unknown_base_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "mined"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: x\nextends: 不存在\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="不存在"):
        load_template_folder(folder)
