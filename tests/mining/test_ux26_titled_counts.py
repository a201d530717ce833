"""ux26 walk: an office that kept 3 notices and 3 通报 read 通知（6 篇） in the mining report and wondered where its
通报 went; they teach the notice template too (LABELS), so they stay counted there, and the report says how many."""

from __future__ import annotations

import json
from pathlib import Path

from walkhelpers import mine_cli, write_archive

UNITS = ("桐溪县卫生健康局", "桐溪县水务局", "桐溪县教育体育局")


def _document(unit: str, title: str, body: str, n: int) -> str:
    return f"{title}\n\n各乡镇，县直各单位：\n　　{body}\n　　特此{title[-2:]}。\n\n{unit}\n2025年{n}月{n + 3}日\n"


def test_the_report_says_how_many_notices_are_bulletins(tmp_path: Path) -> None:
    files = []
    for n, unit in enumerate(UNITS, 1):
        files.append(
            (
                f"通知{n}.txt",
                _document(unit, f"关于做好第{n}季度安全检查工作的通知", "请各单位按时完成自查并报送结果。", n),
            )
        )
        files.append(
            (
                f"通报{n}.txt",
                _document(unit, f"关于第{n}季度安全检查情况的通报", "本季度共检查单位12家，整改隐患30处。", n + 3),
            )
        )
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "档案", files), out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    notice = next(genre for genre in report["genres"] if genre["genre"] == "notice")
    assert notice["titled"] == {"通报": 3}
    assert "其中通报 3 篇" in (out / "report.html").read_text(encoding="utf-8")
