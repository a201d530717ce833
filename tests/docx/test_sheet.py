"""The style sheet as a value: units, the standard's numbers, and numbers derived from the page."""

from __future__ import annotations

import typing

import pytest
from msgspec.structs import replace

from drafter import model
from drafter.docx.sheet import GBT9704, SIZE, HalfPoints, Page, StyleSheet, TextStyle, Twips, mm
from drafter.docx.writer import Writer


def test_units_know_their_points_and_print_as_numbers() -> None:
    assert Twips(579).pt == pytest.approx(28.95)
    assert mm(37) == 2098 and isinstance(mm(37), Twips)
    assert Twips.from_pt(16) == 320
    assert SIZE["三号"].pt == 16 and SIZE["三号"].twips == 320
    assert f"{Twips(640)}" == "640" and str(HalfPoints(32)) == "32" and repr(Twips(1)) == "Twips(1)"


def test_the_standard_numbers() -> None:
    page = GBT9704.page
    assert (page.width, page.height, page.top, page.bottom, page.left, page.right) == (
        11906,
        16838,
        2098,
        1984,
        1588,
        1474,
    )
    assert (page.text_width, page.text_height) == (8844, 12756)
    assert GBT9704.line_pitch == 579  # 22 lines: 12756 / 22 = 579.8, rounded down
    assert GBT9704.char_spacing == -5  # −0.25 pt: 28 × 15.75 pt ≤ 442.2 pt
    assert GBT9704.title_max_chars == 20
    assert page.footer_distance == 1429
    assert GBT9704.style("Normal").first_line == 640  # 首行缩进二字
    assert GBT9704.style("AttachmentNote").left == 1600 and GBT9704.style("AttachmentNote").hanging == 960
    assert GBT9704.char("Imprint") == 280  # 四号: 版记左右各空一字


def test_sheets_are_hashable_values() -> None:
    same = StyleSheet()
    assert same == GBT9704 and hash(same) == hash(GBT9704)
    wider = replace(GBT9704, page=Page(left=mm(20), right=mm(20)))
    assert wider != GBT9704
    assert len({GBT9704, same, wider}) == 2


def test_other_margins_still_fill_the_text_area_with_22_by_28() -> None:
    sheet = replace(GBT9704, page=Page(top=mm(30), bottom=mm(30), left=mm(25), right=mm(25)))
    assert sheet.line_pitch * 22 <= sheet.page.text_height < sheet.line_pitch * 23
    per_char = sheet.body.size.pt + sheet.char_spacing / 20
    assert 28 * per_char <= sheet.page.text_width.pt < 29 * per_char


def test_a_smaller_body_keeps_the_proportions_of_the_grid() -> None:
    small = TextStyle("Normal", "Normal", size=SIZE["四号"], first_line_chars=2)
    sheet = GBT9704.with_styles({"Normal": small})
    assert sheet.grid.counts(small.size) == (25, 32)
    assert sheet.style("Normal").first_line == 560  # still two characters


def test_every_block_type_has_a_writer() -> None:
    blocks = typing.get_args(model.Block)
    assert set(blocks) == set(Writer.HANDLERS)
