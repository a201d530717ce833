"""A unit's 函 keep the unit's 抄送 line: the 信函格式 has a 版记 of 抄送 alone (GB/T 9704 §10.1), no
印发机关 and 印发日期, so the mined letter template must learn 抄送 without an 印发 line beside it.

The letters here were written for this test: a fictional 岚峰市林业局 and one letter of another office.
"""

from pathlib import Path

import pytest
import yaml

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.mining.mine import mine
from drafter.starter import starter_text

COPY = "抄送：市委办公室，市人民政府办公室。"
LETTERS = [
    (
        "关于商请提供林区道路用地审批目录的函",
        "市住房和城乡建设局",
        "为做好林区道路建设项目的前期工作，请贵局于下月底前提供今年拟建项目的用地审批目录。",
        "特此函告。",
        5,
    ),
    (
        "关于商请协助开展森林资源数据共享的函",
        "市大数据管理中心",
        "我局拟对全市森林资源图斑开展数字化更新，商请贵中心在存储空间和网络安全方面给予技术支持。",
        "特此函告。",
        11,
    ),
    (
        "关于对市民政局使用林场场地事宜的复函",
        "市民政局",
        "你局来函收悉。经研究，同意你局在国有林场场部开展防灾减灾宣传活动。",
        "特此函复。",
        17,
    ),
]
OTHER = (
    "关于商请借用展板的函\n\n县文化馆：\n我校拟于五月举办校史展览，商请借用展板二十块，用后即还。\n"
    "特此函告。\n\n溪桥镇中心小学\n2025年4月20日\n"
)


def _letter(title: str, to: str, body: str, closing: str, number: int) -> str:
    date = f"2025年{number % 9 + 1}月{number}日"
    return (
        f"岚峰市林业局\n\n岚林函〔2025〕{number}号\n\n{title}\n\n{to}：\n{body}\n{closing}\n\n"
        f"岚峰市林业局\n{date}\n\n（联系人：方晓燕，电话：0591-8830021）\n\n{COPY}\n"
    )


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive = tmp_path_factory.mktemp("letters") / "archive"
    archive.mkdir()
    for index, letter in enumerate(LETTERS):
        (archive / f"l{index}.txt").write_text(_letter(*letter), encoding="utf-8")
    (archive / "other.txt").write_text(OTHER, encoding="utf-8")
    out = archive.parent / "out"
    mine([archive], out)
    return out


def test_a_mined_letter_learns_the_units_copy_line(mined: Path) -> None:
    fields = yaml.safe_load((mined / "letter" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["抄送"]["default"] == ["市委办公室", "市人民政府办公室"]
    assert "3/4 篇" in fields["抄送"]["description"]


def test_a_letter_drafted_from_the_mined_template_carries_the_copy_line(mined: Path, tmp_path: Path) -> None:
    folder = mined / "letter"
    text = starter_text(load_template_folder(folder), template_ref=str(folder))
    assert "\n抄送:" not in text  # a default: the starter need not show it, the draft writes it
    facts = tmp_path / "函.yaml"
    facts.write_text(
        f"模板: {folder}\n事由: 商请提供年度统计资料\n主送机关: 市统计局\n正文:\n- 请贵局提供上年度统计年鉴一册。\n"
        "成文日期: 2025-10-09\n印章: 是\n文号序号: 21\n",
        encoding="utf-8",
    )
    body = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "抄送：市委办公室，市人民政府办公室。" in body
    assert "岚林函〔2025〕21号" in body


def test_the_letter_format_sample_is_its_default_and_not_marked(mined: Path) -> None:
    """信函格式 is 是 by default: its sample 是 is what the draft does anyway, no other unit's words, so
    uncommenting the line must not leave a 〔示例〕 to retype (a yes/no field's sample is a word, its
    default a truth value)."""
    folder = mined / "letter"
    lines = starter_text(load_template_folder(folder), template_ref=str(folder)).splitlines()
    (shown,) = [line for line in lines if line.startswith("# 信函格式:")]
    assert shown == "# 信函格式: 是"


def test_a_reply_drafted_from_the_starter_closes_as_a_reply(mined: Path, tmp_path: Path) -> None:
    """The starter is a 去函; a clerk who answers a letter sets 类别: 复函 and 来函 and leaves the rest: the
    closing follows the 类别 (it was the starter's 结语: 特此函告。 under a 复函)."""
    folder = mined / "letter"
    text = starter_text(load_template_folder(folder), template_ref=str(folder))
    assert "\n结语:" not in text  # left to the 类别
    facts = tmp_path / "复函.yaml"
    common = (
        f"模板: {folder}\n主送机关: 市统计局\n正文:\n- 同意按来函所列口径提供上年度林业统计数据。\n"
        "成文日期: 2025-10-09\n印章: 是\n文号序号: 22\n"
    )
    facts.write_text(
        "类别: 复函\n事由: 对市统计局商请提供林业统计数据\n"
        "来函:\n  标题: 关于商请提供林业统计数据的函\n  文号: 岚统函〔2025〕4号\n" + common,
        encoding="utf-8",
    )
    body = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "特此函告。" not in body and "　　此复。" in body.splitlines()
    facts.write_text("类别: 去函\n事由: 商请提供林业统计数据\n" + common, encoding="utf-8")
    body = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "　　特此函告。" in body.splitlines()
