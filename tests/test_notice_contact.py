"""A 通知's contact (联系人：王××，电话：……): the built-in 请示 and 函 print it as the 附注 under the 成文日期
(GB/T 9704 §7.3.6), but the built-in 通知 had no such field (联系人: 不认识这个键), and a clerk had to type it
into the body or the 附注 by hand. Now the 通知 takes 联系人 and prints it as the 附注, or as a line of the body
before 特此通知 where 联系人位置 says 正文 (as some units do).

The notice below is made up for this test.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

NOTICE = """文种: 通知
发文机关: 松溪县林业局
事由: 做好林区夏季巡护工作
主送机关: 各乡镇林业站
正文:
  - 入夏以来气温偏高，林区火险等级上升。请各林业站加密巡护频次，发现隐患及时处置并上报。
联系人:
  - {姓名: 邹立群, 电话: 6612345}
成文日期: 2025-06-05
"""


def _lines(tmp_path: Path, text: str) -> list[str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return [line.strip("　") for line in result.output.splitlines()]


def test_a_notices_contact_is_its_annotation_under_the_date(tmp_path: Path) -> None:
    lines = _lines(tmp_path, NOTICE)
    assert lines[-3:] == ["松溪县林业局", "2025年6月5日", "（联系人：邹立群，电话：6612345）"]


def test_a_notices_contact_as_a_body_line_where_asked(tmp_path: Path) -> None:
    lines = _lines(tmp_path, NOTICE + "联系人位置: 正文\n")
    at = lines.index("联系人：邹立群，电话：6612345。")
    assert lines[at + 1] == "特此通知。"
    assert not any(line.startswith("（联系人") for line in lines)


def test_a_notice_without_a_contact_is_not_reminded_of_one(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.replace("联系人:\n  - {姓名: 邹立群, 电话: 6612345}\n", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 0, result.output
    assert "联系人" not in result.output


LETTER = """文种: 函
发文机关: 松溪县林业局
事由: 商请协助开展林区防火宣传
主送机关: 松溪县广播电视台
正文:
  - 为做好今年林区防火宣传，请贵台在每日新闻节目后播放防火提示，播放时间为7月至9月。
联系人:
  - {姓名: 邹立群, 电话: 6612345}
成文日期: 2025-06-05
"""


def test_a_letters_contact_stays_its_annotation(tmp_path: Path) -> None:
    lines = _lines(tmp_path, LETTER)
    assert "（联系人：邹立群，电话：6612345）" in lines


def test_a_letters_and_a_requests_contact_as_a_body_line_before_the_closing(tmp_path: Path) -> None:
    lines = _lines(tmp_path, LETTER + "联系人位置: 正文\n")
    at = lines.index("联系人：邹立群，电话：6612345。")
    assert lines[at + 1] == "特此函告。"
    request = (
        LETTER.replace("文种: 函", "文种: 请示")
        .replace("正文:", "缘由: 今年林区火险等级偏高，防火宣传经费不足。\n请示事项:")
        .replace("主送机关: 松溪县广播电视台", "主送机关: 松溪县人民政府")
    )
    lines = _lines(tmp_path, request + "联系人位置: 正文\n")
    at = lines.index("联系人：邹立群，电话：6612345。")
    assert lines[at + 1] == "妥否，请批示。"
