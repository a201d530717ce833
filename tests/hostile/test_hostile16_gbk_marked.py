"""A GBK file that carries a UTF-8 mark (BOM) is read as the GBK it is, when its words say so throughout.

A CSV "made fit for Excel" by a script that puts the UTF-8 mark before GBK text, or a facts file so saved, was
refused with 文件开头标着 UTF-8（BOM），内容却是 GBK 编码 and the advice to open it in Notepad and save it as UTF-8:
Notepad believes the mark, shows the words garbled, and saves them so. A file whose words are not common Chinese
when read as GBK (UTF-8 and GBK joined under the mark) is still refused. The rows are made up for the test.
"""

from pathlib import Path

from bounded import run_drafter

HEADER = "文种,文件名,发文机关,类别,事由,主送机关,正文,成文日期\r\n"
ROW = '通知,防汛,青禾县教育局,布置,做好防汛工作,各中小学,"各校要做好防汛值班。\r\n各校要及时报告。",2025-06-02\r\n'
FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def test_a_gbk_list_with_a_utf8_mark_is_drafted(tmp_path: Path) -> None:
    (tmp_path / "名单.csv").write_bytes(b"\xef\xbb\xbf" + (HEADER + ROW).encode("gbk"))
    result = run_drafter("batch", "名单.csv", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (tmp_path / "输出" / "防汛.txt").read_text(encoding="utf-8")
    assert "各校要做好防汛值班。" in text and "各校要及时报告。" in text


def test_a_gbk_facts_file_with_a_utf8_mark_is_drafted(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_bytes(b"\xef\xbb\xbf" + FACTS.encode("gbk"))
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "关于做好防汛工作的通知" in (tmp_path / "通知.txt").read_text(encoding="utf-8")


def test_utf8_and_gbk_joined_under_the_mark_are_still_refused(tmp_path: Path) -> None:
    half = len(FACTS) // 2
    (tmp_path / "通知.yaml").write_bytes(b"\xef\xbb\xbf" + FACTS[:half].encode("utf-8") + FACTS[half:].encode("gbk"))
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 1 and "通知.yaml:" in result.stderr, result.stderr
    assert not (tmp_path / "通知.txt").exists()
