"""A template extending a built-in that moved its 版头, 署名 or 版记 past the other sections is refused.

A keeper editing a mined template's sections who moved a line (imprint up under head, signoff above body) had the
版记 printed between the 主送机关 and the body, or the 署名 and date above the body, exit 0 and no word. The other
sections may still be reordered. The template and facts are made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode
from drafter.errors import DrafterError

FACTS = """模板: 模板
发文机关: 青禾县农业农村局
事由: 开展农机安全检查
主送机关: 各乡镇农技站
正文:
  - 标题: 检查范围
    内容: 辖区内在用农机逐台检查。
成文日期: 2025-03-06
抄送: [县应急管理局]
印发机关: 青禾县农业农村局办公室
"""


def _facts(tmp_path: Path, sections: list[str]) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    listed = "".join(f"- {name}\n" for name in sections)
    (folder / "manifest.yaml").write_text(
        f"name: notice\ngenre: notice\ntitle: 通知（本单位）\nextends: notice\nsections:\n{listed}", encoding="utf-8"
    )
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    return facts


@pytest.mark.parametrize(
    ("sections", "line", "told"),
    [
        (["head", "imprint", "intro", "body", "signoff"], 7, "“imprint”（版记）要排在“intro”之后"),
        (["intro", "head", "body", "signoff", "imprint"], 7, "“head”（版头、标题和主送机关）要排在“intro”之前"),
        (["head", "signoff", "intro", "body", "imprint"], 7, "“signoff”（署名和成文日期）要排在“intro”之后"),
    ],
)
def test_a_section_of_fixed_place_moved_is_refused_naming_its_line(
    tmp_path: Path, sections: list[str], line: int, told: str
) -> None:
    facts = _facts(tmp_path, sections)
    with pytest.raises(DrafterError) as caught:
        build_draft(facts)
    message = str(caught.value)
    assert f"manifest.yaml:{line}" in message and told in message, message


def test_the_other_sections_may_still_be_reordered(tmp_path: Path) -> None:
    facts = _facts(tmp_path, ["head", "body", "intro", "closing", "signoff", "imprint"])
    lines = [line.strip() for line in encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()]
    assert lines[0] == "关于开展农机安全检查的通知" and lines[-1].endswith("印发")
