"""A 版头 above a title is part of its document (LABELS.md), wherever the model puts the start."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.mining.parse import parse_file

NOTICE = """{organ}文件
{code}〔2024〕{number}号
关于做好{topic}工作的通知
各乡镇中心学校，县直各学校：
为做好{topic}工作，现将有关事项通知如下：
一、提高思想认识
各校要把{topic}工作摆上重要议事日程，主要负责同志亲自抓。
二、落实工作责任
各校要细化工作方案，明确责任分工，确保各项措施落实到位。
三、加强督促检查
县局将适时开展督导检查，对工作不力的单位予以通报。
特此通知。
{organ}
2024年{number}月10日
"""


@pytest.mark.parametrize("joiner", ["", "\n"])
@pytest.mark.parametrize("with_number", [True, False])
@pytest.mark.parametrize("urgency", ["", "加急\n"])
def test_every_document_starts_at_its_letterhead(tmp_path: Path, joiner: str, with_number: bool, urgency: str) -> None:
    topics = ("校园安全", "学生资助", "课后服务")
    documents_text = [
        NOTICE.format(organ="青禾县教育局", code="青教", number=n + 3, topic=topic) for n, topic in enumerate(topics)
    ]
    if not with_number:
        documents_text = ["\n".join(line for line in d.split("\n") if "〔" not in line) for d in documents_text]
    text = joiner.join(urgency + d for d in documents_text)
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    documents = parse_file(source).documents
    lines = text.split("\n")
    starts = [i + (0 if urgency else 1) for i, line in enumerate(lines) if line.endswith("文件")]
    assert [d.start_line for d in documents] == starts
    assert [d.title for d in documents] == [f"关于做好{t}工作的通知" for t in topics]
