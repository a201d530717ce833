"""A notice's 正文 in the mined starter is described by the body headings most of the unit's notices write.

The built-in 通知 holds its whole body in 正文, which several section types of the mined notices name
(主要内容, 主要任务). The walk's five notices had task headings in four (提前做好开学准备, 加强重点水域巡查:
6-8 characters, opening with a verb) and topical ones in two (活动内容, 成果报送, one of them another
unit's sample page); the starter described the two: “多为 4 字的短语”.
"""

from __future__ import annotations

from pathlib import Path

from drafter.catalog import load_template_folder
from drafter.mining.constants import Constant
from drafter.mining.emit import emit_template
from drafter.mining.structure import GenreStructure, HeadingShape, SectionStat
from drafter.starter import starter_text


def test_the_body_hint_follows_the_section_most_notices_have(tmp_path: Path) -> None:
    topical = SectionStat(
        "topical", 2, 0.4, 0.6, "", ("活动内容", "申报程序"), groups=2, shape=HeadingShape(3, 4, 4, 4, 0.0, 0.0)
    )
    tasks = SectionStat(
        "tasks",
        4,
        0.8,
        0.4,
        "",
        ("提前做好开学准备", "加强重点水域巡查"),
        groups=4,
        shape=HeadingShape(8, 7, 6, 8, 0.0, 1.0),
    )
    structure = GenreStructure("notice", 5, (topical, tasks), ((("tasks",), 3), (("topical",), 2)), groups=5)
    mark = Constant("发文机关标志", "柘湾区教育局文件", 4, 5)
    emitted = emit_template(tmp_path / "notice", "notice", structure, [], [mark], ["关于做好某项工作的通知"] * 5)
    assert emitted.folder is not None
    text = starter_text(load_template_folder(tmp_path / "notice"))
    body = text.split("\n正文:\n", 1)[1].split("\n\n", 1)[0]
    assert "多为 6–8 字的短语，以动词开头" in body, body
