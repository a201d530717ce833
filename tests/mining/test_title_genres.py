"""A title names its genre with the words drafting knows for it (drafter/gongwen/genres.py): a 党课讲稿 is a
speech, whatever its text looks back on."""

from drafter.mining.classify import classify_genre


def test_a_lecture_script_is_a_speech_by_its_title() -> None:
    body = [
        "今天这堂党课，我想和大家谈谈怎样当好一名社区党员。",
        "一年来，我们支部共组织志愿服务32次，走访困难群众86户，办成实事15件。",
        "下一步，希望大家把服务做在平时、做到群众心坎上。",
    ]
    assert classify_genre("守初心　当先锋——社区第二党支部专题党课讲稿", body, []) == "speech"
