"""A CSV whose lines end in a carriage return alone is read as the rows it holds.

Excel for the old Mac ("CSV (Macintosh)") and some systems' exports end each line with CR only. The reader saw
one line, gave up, and the list failed as 起草时出现意外错误（_LenientQuotes: ）. The rows are made up for the test.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

HEADER = "文种,文件名,发文机关,类别,事由,主送机关,正文,成文日期"
ROWS = [
    "通知,防汛,青禾县教育局,布置,做好防汛工作,各中小学,各校要做好防汛值班。,2025-06-02",
    '通知,防暑,青禾县教育局,布置,做好防暑工作,各中小学,"各校要调整作息时间。\r各校要备好防暑药品。",2025-06-09',
]


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_a_list_with_carriage_returns_is_drafted(tmp_path: Path, end: str) -> None:
    (tmp_path / "名单.csv").write_bytes(end.join([HEADER, *ROWS, ""]).encode("utf-8"))
    result = run_drafter("batch", "名单.csv", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in (tmp_path / "输出").glob("*.txt")) == ["防暑.txt", "防汛.txt"]
    text = (tmp_path / "输出" / "防暑.txt").read_text(encoding="utf-8")
    assert "各校要调整作息时间。" in text and "各校要备好防暑药品。" in text, text
