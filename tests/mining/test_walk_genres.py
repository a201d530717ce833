"""Found walking issues 9 and 10 as a new user on one county bureau's 请示, 报告, 函 and 通报 (our own words)."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

REQUEST = """关于增设社区卫生服务站的请示
县人民政府：
东城片区常住人口已超过两万，附近没有社区卫生服务站，居民看小病要到县城。
我局请求在东城片区增设社区卫生服务站一个，所需经费从年度预算中安排。
妥否，请批示。
某县卫生健康局
2025年4月2日
"""

BULLETIN = """关于第二季度处方点评情况的通报
各乡镇卫生院：
6月中旬，我局组织药事专家对各卫生院的门诊处方进行了点评。现将点评情况通报如下：
一、基本情况
本次共点评处方800张，合格率较上季度有所提高。
二、存在问题
部分处方诊断书写不全，个别处方超量开药。
特此通报。
某县卫生健康局
2025年7月3日
"""


def test_parse_names_the_statutory_genre_of_an_other_document(tmp_path: Path) -> None:
    """LABELS puts 请示 under 其他 and 通报 under 通知: the outline also says 请示 and 通报 (before: [其他], [通知])."""
    (tmp_path / "请示.txt").write_text(REQUEST, encoding="utf-8")
    (tmp_path / "通报.txt").write_text(BULLETIN, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "[请示] 关于增设社区卫生服务站的请示" in result.output
    assert "[通知 · 通报] 关于第二季度处方点评情况的通报" in result.output
    assert "[其他]" not in result.output
