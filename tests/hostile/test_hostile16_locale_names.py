"""File names under a locale without UTF-8, and facts files whose names are not UTF-8.

Under LANG=C with PYTHONUTF8=0 (or another language's locale) the system cannot name a file in Chinese: a draft
named after 通知.yaml stopped with 出现意外错误（UnicodeEncodeError…）, and the names drafter showed were read as
GBK (输出 shown as 杈撳嚭). A facts file whose name is GBK bytes (a Windows zip unpacked on Linux) was drafted
as 公文.docx, every such file under the one name. The facts are made up for the test.
"""

import os
import sys
from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)
ASCII_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes and the C locale are Linux's")


def test_a_chinese_name_under_an_ascii_locale_is_said_in_words(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "通知.yaml", "-f", "txt", cwd=tmp_path, env=ASCII_LOCALE)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "意外" not in result.stderr, result.stderr
    assert "当前系统的文字编码是 ascii" in result.stderr and "“通知.txt”" in result.stderr, result.stderr
    assert "LANG=C.UTF-8" in result.stderr


def test_names_under_an_ascii_locale_are_shown_as_written(tmp_path: Path) -> None:
    (tmp_path / "名单").mkdir()
    (tmp_path / "名单" / "notice.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("batch", "名单", "-o", "输出", "-f", "txt", cwd=tmp_path, env=ASCII_LOCALE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "输出/notice.txt" in result.stdout + result.stderr, result.stdout + result.stderr
    assert (tmp_path / "输出" / "notice.txt").is_file()


def test_a_facts_file_named_in_gbk_gives_its_name_to_the_draft(tmp_path: Path) -> None:
    name = os.fsdecode("关于防汛".encode("gbk") + b".yaml")
    (tmp_path / name).write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", name, "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "关于防汛.txt").is_file(), sorted(map(os.fsencode, os.listdir(tmp_path)))
