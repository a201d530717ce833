"""ux31 walk (an ux28 leftover): a template whose keeper removed the 版记 section drops the 抄送 the clerk wrote;
now the draft says so, and the starter marks the field. Made up for this walk."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.drafting import build_draft
from drafter.errors import Problem

FACTS = """模板: 模板
发文机关: 松溪县第二实验小学
主送机关: 各处室、各年级组
事由: 做好寒假学生安全教育工作
正文:
  - 各班主任要在放假前召开一次安全主题班会，向家长发放一封安全告知书，提醒防溺水、防火和交通安全。
成文日期: 2026-01-10
抄送: [县教育局基础教育股]
"""


def _template(folder: Path) -> None:
    folder.mkdir()
    sections = ["head", "intro", "body", "closing", "signoff"]
    (folder / "manifest.yaml").write_text(
        yaml.safe_dump(
            {"name": "notice", "genre": "notice", "extends": "notice", "sections": [{"name": n} for n in sections]},
            allow_unicode=True,
        ),
        encoding="utf-8",
    )


def test_a_copy_line_written_for_a_template_without_its_imprint_is_said(tmp_path: Path) -> None:
    _template(tmp_path / "模板")
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    warnings: list[Problem] = []
    build_draft(facts, warnings=warnings)
    (said,) = [w for w in warnings if w.field == "抄送"]
    assert "版记" in str(said) and "通知.yaml:8" in str(said)


def test_a_template_with_its_imprint_says_nothing(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.replace("模板: 模板\n", "文种: 通知\n"), encoding="utf-8")
    warnings: list[Problem] = []
    build_draft(facts, warnings=warnings)
    assert not [w for w in warnings if "版记" in str(w)]
