"""A console that cannot print Chinese, or every character, does not turn a finished draft into an error.

Under PYTHONIOENCODING=latin-1 (or a locale of another language) ``drafter draft`` wrote the .docx and then failed
to say so: 出现意外错误（UnicodeEncodeError…）, exit 1, the file there all the same; ``templates list`` and
``drafter new 通知 > 通知.yaml`` stopped the same way. On a GBK console a file name with a character GBK lacks (an
emoji) did too. Such a stream is written in UTF-8 now (as click already did for ASCII), a missing character
escaped. The facts are made up for the test.
"""

import os
from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "ascii"])
def test_a_console_without_chinese_is_told_in_utf8(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    env = {"PYTHONIOENCODING": encoding}
    result = run_drafter("draft", "通知.yaml", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "已生成 通知.docx" in result.stdout, result.stdout
    listed = run_drafter("templates", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0 and "会议通知" in listed.stdout, listed.stderr
    started = run_drafter("new", "请示", cwd=tmp_path, env=env)
    assert started.returncode == 0 and "文种: 请示" in started.stdout, started.stderr


@pytest.mark.skipif(os.name == "nt", reason="the console's code page is another matter on Windows")
def test_a_character_gbk_lacks_is_escaped_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "防汛😀.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "防汛😀.yaml", "-f", "txt", cwd=tmp_path, env={"PYTHONIOENCODING": "gbk"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "防汛😀.txt").is_file()
    assert "Traceback" not in result.stderr and "意外" not in result.stderr
