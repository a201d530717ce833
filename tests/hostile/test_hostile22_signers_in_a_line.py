"""Two or more 签发人 written on one line as a sentence lists them (王明远、李国华, 王明远，李国华): the 版头 laid them
out as one signer named 王明远、李国华. GB/T 9704 §7.2.6 sets each name apart, two a line; a list or names set apart by
spaces were so laid out, and now a line with 、 or ， between the names is too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import changed_sample

from drafter.drafting import build_draft
from drafter.model import Letterhead


def _signers(facts: Path) -> tuple[str, ...]:
    _, draft = build_draft(facts)
    return next(block.signers for block in draft.blocks if isinstance(block, Letterhead))


@pytest.mark.parametrize(
    "typed", ["王明远、李国华", "王明远，李国华", "王明远,李国华", "王明远；李国华", "[王明远, 李国华]"]
)
def test_signers_on_one_line_are_each_a_signer(tmp_path: Path, typed: str) -> None:
    facts, _ = changed_sample(tmp_path, "请示", "签发人", typed)
    assert _signers(facts) == ("王明远", "李国华")


@pytest.mark.parametrize("typed", ["周建国", "欧阳·明"])
def test_one_signer_stays_one(tmp_path: Path, typed: str) -> None:
    facts, _ = changed_sample(tmp_path, "请示", "签发人", typed)
    assert _signers(facts) == (typed,)
