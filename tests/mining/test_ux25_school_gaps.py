"""ux25 walk: what the school clerk met and the walk did not fix (strict xfails, each says why).

Fictional documents written for this test (澜州市第三中学)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ux25_school_walk import _files as school_files
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

SCHOOL = "澜州市第三中学"


def _minutes(n: int, first: str, second: str) -> tuple[str, str]:
    return (
        f"纪要{n}.txt",
        f"{SCHOOL}校务会议纪要\n第{n}期\n2025年{n}月14日下午，校长周立新在行政楼二楼会议室主持召开校务会议。"
        f"现将会议议定事项纪要如下：\n一、关于{first}\n会议同意{first}的安排，由教务处负责落实。\n"
        f"二、关于{second}\n会议要求总务处于月底前完成{second}。\n出席：周立新 郑海燕 王志强\n",
    )


_POINTS = (
    ("立志向", "要有远大理想，把个人成长和国家发展联系在一起", "勤学习", "学习没有捷径，要珍惜每一节课"),
    ("过一个安全的假期", "不到江河湖泊游泳，外出要告知家长", "过一个充实的假期", "按时完成寒假作业，多读几本好书"),
    ("珍惜时光", "初中三年转瞬即逝，希望大家抓紧每一天", "强健体魄", "每天坚持锻炼一小时，做到身心健康"),
)


def _speech(n: int, meeting: str) -> tuple[str, str]:
    one, first, two, second = _POINTS[n - 1]
    return (
        f"讲话{n}.txt",
        f"在2025年{meeting}上的讲话\n校长　周立新\n老师们、同学们：\n大家好！今天我们在这里举行{meeting}。我讲两点：\n"
        f"一是要{one}。{first}。\n二是要{two}。{second}。\n最后，祝大家学习进步！谢谢大家！\n",
    )


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("school-gaps")
    files = [
        _minutes(n, a, b)
        for n, (a, b) in enumerate((("期中考试", "食堂改造"), ("读书节", "屋面维修"), ("课后服务", "教师节表彰")), 3)
    ]
    files += [_speech(n, m) for n, m in enumerate(("秋季开学典礼", "期末总结大会", "春季开学典礼"), 1)]
    files += school_files()  # the school's notices and term summaries beside them
    out = root / "out"
    mine_cli(write_archive(root / "archive", files), out)
    return out


def test_the_schools_minutes_series_gives_a_minutes_template(mined: Path) -> None:
    assert any((mined / name / "manifest.yaml").is_file() for name in ("meeting_report", "minutes"))


def test_the_mined_speech_writes_its_points_as_the_school_does(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "讲话.yaml"
    facts.write_text(
        f"模板: {mined / 'speech'}\n会议名称: 2026年春季开学典礼\n开场:\n- 新学期开始了，我提三点希望：\n"
        "主体:\n- 标题: 要制定计划\n  内容: 每位同学都要定一个学期目标。\n- 标题: 要注意安全\n  内容: 遵守交通规则。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "一是要制定计划。" in result.stdout
