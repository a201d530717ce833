"""A file mining reads but finds no document in is named in the run's output and report, not counted silently.

A one-line note and a title over a single paragraph of a million characters with no punctuation (a page copied
out of a web form) were counted among the files read (读取 3 个文件，1 篇文档) and named nowhere: the clerk could
not tell which file gave nothing. Each is listed with the skipped files now, with why, and the run goes on.
"""

import json
from pathlib import Path

from bounded import run_drafter

NOTICE = (
    "关于做好{matter}工作的通知\n\n各中小学：\n    为做好{matter}工作，现将有关事项通知如下。\n"
    "    一、各校要安排专人值班，值班人员不得脱岗。\n    二、各校要及时报送有关情况。\n\n"
    "青禾县教育局\n2025年6月{day}日\n"
)


def test_files_without_a_document_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "过往公文"
    folder.mkdir()
    for day, matter in ((2, "防汛"), (9, "防暑")):
        (folder / f"{matter}.txt").write_text(NOTICE.format(matter=matter, day=day), encoding="utf-8")
    (folder / "便条.txt").write_text("明天上午开会\n", encoding="utf-8")
    (folder / "长行.txt").write_text(
        "关于做好防汛工作的通知\n\n" + "各校要做好防汛值班" * 120_000 + "\n", encoding="utf-8"
    )
    result = run_drafter("mine", "过往公文", "-o", "结果", cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in ("便条.txt", "长行.txt"):
        assert f"跳过 过往公文/{name}: 读出了文字，但没有找到一篇完整的公文" in result.stderr, result.stderr
    report = json.loads((tmp_path / "结果" / "report.json").read_text(encoding="utf-8"))
    skipped = {item["path"] for item in report["skipped"]}
    assert {"便条.txt", "长行.txt"} <= {Path(path).name for path in skipped}, skipped
    assert report["overview"]["documents"] == 2


def test_a_folder_of_headers_only_is_said_once(tmp_path: Path) -> None:
    folder = tmp_path / "版头"
    folder.mkdir()
    for number in range(1, 5):
        (folder / f"版头{number}.txt").write_text(f"青禾县教育局文件\n\n青教〔2025〕{number}号\n", encoding="utf-8")
    result = run_drafter("mine", "版头", "-o", "结果", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "4 个文件都跳过了" in result.stderr and result.stderr.count("没有找到一篇完整的公文") == 1, result.stderr
    assert (tmp_path / "结果" / "report.html").is_file()
