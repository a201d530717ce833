"""ux25 walk: a speech's 结束语 typed without its end mark (祝同学们学习进步、健康成长) was printed so, a sentence
left open above 谢谢大家！ (the mined template) or ending the speech (the built-in); its last paragraph now ends as a
sentence does, as a summary's 结尾 does."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.mine import mine

SPEECH = """会议名称: 2026年春季开学典礼
讲话人: 校长　周立新
开场:
- 新学期开始了，我对同学们提三点希望。
主体:
- 标题: 要专心学习
  内容: 上课专心听讲，课后认真复习。
结束语:
- 祝同学们学习进步、健康成长
"""


def _lines(facts: Path) -> list[str]:
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return [line.strip("\u3000") for line in result.stdout.splitlines()]


def test_the_builtin_speech_ends_its_closing_as_a_sentence(tmp_path: Path) -> None:
    facts = tmp_path / "讲话.yaml"
    facts.write_text("文种: 讲话稿\n" + SPEECH, encoding="utf-8")
    assert _lines(facts)[-1] == "祝同学们学习进步、健康成长。"


def test_the_mined_speech_ends_its_closing_as_a_sentence(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for n, meeting in enumerate(("秋季开学典礼", "期末总结大会", "教师节庆祝大会"), 1):
        (archive / f"{n}.txt").write_text(
            f"在2025年{meeting}上的讲话\n校长　周立新\n老师们、同学们：\n今天我们在这里隆重集会，举行{meeting}。\n"
            f"一、要珍惜时光\n希望大家抓紧每一天{n}。\n二、要强健体魄\n每天坚持锻炼一小时。\n"
            "最后，祝大家身体健康！谢谢大家！\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    mine([archive], out)
    facts = tmp_path / "讲话.yaml"
    facts.write_text(f"模板: {out / 'speech'}\n" + SPEECH, encoding="utf-8")
    lines = _lines(facts)
    assert "祝同学们学习进步、健康成长。" in lines and "祝同学们学习进步、健康成长" not in lines
