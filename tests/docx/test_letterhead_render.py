"""The 发文机关标志 in a real client: a long name keeps the height of a short one and stays in the 版心."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES, Rendered, draft_bytes, requires_render, to_pdf

pytestmark = [requires_render, pytest.mark.render]

LEFT, RIGHT = 79.37, 521.57  # the 版心 in PDF points
NAMES = {"short": "青禾县教育局文件", "long": "石门县人民政府教育督导委员会办公室文件"}


@pytest.fixture(scope="module")
def marks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[float, float, float, float]]:
    folder = tmp_path_factory.mktemp("mark")
    text = (SAMPLES / "会议通知-红头.yaml").read_text(encoding="utf-8")
    boxes = {}
    for key, name in NAMES.items():
        facts = folder / f"{key}.yaml"
        facts.write_text(re.sub(r"^发文机关标志:.*$", f"发文机关标志: {name}", text, flags=re.M), encoding="utf-8")
        docx = folder / f"{key}.docx"
        docx.write_bytes(draft_bytes(facts))
        doc = Rendered(docx, to_pdf(docx, folder))
        (line,) = [line for line in doc.lines_with_boxes(1) if line.text == name]
        boxes[key] = (line.x0, line.y0, line.x1, line.y1)
    return boxes


def test_a_long_mark_keeps_the_height_of_a_short_one(marks: dict[str, tuple[float, float, float, float]]) -> None:
    short, long = marks["short"], marks["long"]
    assert long[1] == pytest.approx(short[1], abs=0.5) and long[3] == pytest.approx(short[3], abs=0.5)


def test_a_long_mark_fills_the_width_inside_the_text_block(marks: dict[str, tuple[float, float, float, float]]) -> None:
    x0, _, x1, _ = marks["long"]
    assert x0 >= LEFT - 1 and x1 <= RIGHT + 1
    assert x1 - x0 > 0.9 * (RIGHT - LEFT)
