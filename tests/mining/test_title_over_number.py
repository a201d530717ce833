"""A web page's copy of a document lays its head out title first, the 发文字号 under it; the title still opens the
document and is read whole (our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

NOTICE = """关于做好今冬明春农村道路养护工作的通知
岚交发〔2026〕7号
各乡镇人民政府，县公路事务中心：
为保障群众冬季出行安全，现就做好农村道路养护工作通知如下。
一、全面排查隐患
各乡镇要对辖区农村道路逐段排查，建立隐患台账。
二、落实养护责任
县公路事务中心要加强巡查，及时处置路面损坏。
岚山县交通运输局
2026年11月20日
"""

LONG_TITLE = "岚山县人力资源和社会保障局关于印发《岚山县2026年职业技能提升行动实施细则（试行）》的通知"


def _documents(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(d.start_line, d.title) for d in parse_file(path).documents]


def test_a_title_over_its_number_opens_the_document(tmp_path: Path) -> None:
    assert _documents(tmp_path, NOTICE) == [(1, "关于做好今冬明春农村道路养护工作的通知")]


def test_a_long_title_is_not_run_into_the_number_under_it(tmp_path: Path) -> None:
    text = NOTICE.replace("关于做好今冬明春农村道路养护工作的通知", LONG_TITLE, 1)
    assert _documents(tmp_path, text) == [(1, LONG_TITLE)]


def test_the_signature_above_stays_with_the_document_before(tmp_path: Path) -> None:
    second = NOTICE.replace("农村道路养护", "桥梁安全检查").replace("7号", "9号")
    found = _documents(tmp_path, NOTICE + second)
    assert [title for _, title in found] == [
        "关于做好今冬明春农村道路养护工作的通知",
        "关于做好今冬明春桥梁安全检查工作的通知",
    ]
    assert found[1][0] == NOTICE.count("\n") + 1


def test_a_short_notice_under_its_title_and_number(tmp_path: Path) -> None:
    text = "关于做好冬季供暖保障工作的通知\n岚住建发〔2026〕3号\n各供热企业：\n请按附件要求做好供暖保障，确保居民室温达标。\n岚山县住房和城乡建设局\n2026年11月2日\n"
    assert _documents(tmp_path, text) == [(1, "关于做好冬季供暖保障工作的通知")]
