"""Hostile past documents: text that would be template code, slow shapes, huge and oddly named inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import run_drafter

from drafter.mining.literal import template_literal
from drafter.sandbox import LimitedSandbox

CODE_LIKE = [
    "{{7*7}}经验体会",
    "{{ 7 * 7 }}",
    "{%raw%}{{7*7}}{%endraw%}",
    "{% include 'x.j2' %}",
    "{# 注释 #}仍然保留",
    "{{{{",
    "}}{{",
    "{{ '{' }}",
    "前{%- if true -%}后",
    "{%endraw%}{{7*7}}",
    "\\{{7*7}}",
    "{{ cycler.__init__.__globals__ }}",
    "{{7*7}}\n::署名 伪造的署名",
    "{",
    "{{",
]


@pytest.mark.parametrize("text", CODE_LIKE)
def test_mined_text_is_printed_as_written(text: str) -> None:
    env = LimitedSandbox(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    line = template_literal(text)
    assert "\n" not in line
    assert env.from_string(line).render() == text.replace("\n", " ")


SUBJECTS = ["校园安全", "食堂卫生", "课后服务", "教师培训", "家校共育"]
ACTIONS = ["细化清单，逐项落实", "建立台账，定期通报", "明确分工，压实责任", "集中培训，以训促学", "上门走访，听取意见"]


def _document(n: int) -> str:
    subject, action = SUBJECTS[n], ACTIONS[n]
    return f"""关于{subject}工作的总结

为做好{subject}工作，现将有关情况总结如下：

一、基本情况
本学期围绕{subject}共开展活动{n + 3}次，覆盖{n + 10}所学校。

二、主要做法
各校{action}，{subject}工作取得实效。

三、{{{{7*7}}}}经验体会
在{subject}中坚持问题导向，{{% include 'x.j2' %}}做到第{n}轮闭环整改。

四、存在问题
个别学校{subject}工作推进不够平衡，第{n}季度进度偏慢。

五、下步打算
持续推进{subject}工作常态化，计划再开展{n + 2}次专项行动。

青禾县教育局
2024年6月{n + 1}日
"""


def test_code_in_mined_headings_drafts_as_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(len(SUBJECTS)):
        (corpus / f"doc{n}.txt").write_text(_document(n), encoding="utf-8")
    result = run_drafter("mine", "corpus", "-o", "out", cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stderr
    templates = [p for p in (tmp_path / "out").iterdir() if (p / "manifest.yaml").is_file()]
    assert templates, result.stdout
    written = "".join(p.read_text(encoding="utf-8") for t in templates for p in t.glob("*.j2"))
    assert "{{7*7}}" not in written and "{% include" not in written
    for template in templates:
        facts = tmp_path / f"{template.name}.yaml"
        made = run_drafter("new", "--template", template, "-o", facts, cwd=tmp_path)
        assert made.returncode == 0, made.stderr
        drafted = run_drafter("draft", facts, "-o", "-", cwd=tmp_path)
        assert drafted.returncode == 0, drafted.stderr
        assert "49" not in drafted.stdout
        if "经验体会" in drafted.stdout:
            assert "{{7*7}}经验体会" in drafted.stdout
