"""A 提醒 about a value the facts do not write, which the template's manifest.yaml gives as its default.

A keeper's 抄送 default naming an office twice, a 请示's 主送机关 default naming two offices or set apart by
semicolons, a 签发人 default naming one person twice: each 提醒 was told at the facts' first line (请示.yaml:1:1:
抄送: 第2项……与第1项重复), a line that holds 模板: and no 抄送, and the clerk searched the facts for it in vain. Each now
names manifest.yaml and the line of the default; a value the facts write is still told at its own line. Made up for
the test.
"""

from __future__ import annotations

from pathlib import Path

from drafter.drafting import build_draft
from drafter.errors import Problem

MANIFEST = """name: request
genre: request
title: 请示（本单位）
extends: request
fields:
  主送机关:
    required: false
    default: 县人民政府；县财政局
  签发人:
    default: 周岚 陈立 周岚
  抄送:
    required: false
    default:
    - 县审计局
    - 县审计局
"""

FACTS = """模板: 模板
发文机关: 青禾县农机服务中心
发文机关标志: 青禾县农机服务中心文件
事由: 申请拨付农机报废补贴资金
缘由:
  - 今年报废更新任务重，补贴资金缺口较大。
请示事项:
  - 恳请拨付补贴资金三十万元。
成文日期: 2025-03-10
联系人: 无
"""


def _warnings(tmp_path: Path, facts: str = FACTS) -> list[str]:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    path = tmp_path / "请示.yaml"
    path.write_text(facts, encoding="utf-8")
    found: list[Problem] = []
    build_draft(path, warnings=found)
    return [str(problem) for problem in found]


def _told(warnings: list[str], field: str, words: str) -> str:
    return next(line for line in warnings if f" {field}: " in line and words in line)


def test_a_reminder_about_a_default_names_the_manifest_line(tmp_path: Path) -> None:
    warnings = _warnings(tmp_path)
    manifest = str(tmp_path / "模板" / "manifest.yaml")
    assert _told(warnings, "抄送", "重复").startswith(f"{manifest}:13:5: "), warnings
    assert _told(warnings, "签发人", "重复").startswith(f"{manifest}:10:5: "), warnings
    assert _told(warnings, "主送机关", "只主送一个").startswith(f"{manifest}:8:5: "), warnings
    assert _told(warnings, "主送机关", "分号").startswith(f"{manifest}:8:5: "), warnings
    assert not any(line.startswith(f"{tmp_path / '请示.yaml'}:1:1: 抄送") for line in warnings), warnings


def test_a_value_the_facts_write_is_still_told_at_its_own_line(tmp_path: Path) -> None:
    warnings = _warnings(tmp_path, FACTS + "抄送: [县农业农村局, 县农业农村局]\n")
    assert _told(warnings, "抄送", "重复").startswith(f"{tmp_path / '请示.yaml'}:11:"), warnings
