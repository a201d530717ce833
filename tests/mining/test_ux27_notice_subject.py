"""ux27: a mined notice starter's 事由 sample is a notice's subject, not that of a 通报 counted among the notices
(which drafted 关于……检查情况的通知). A street office's archive made up for this test."""

from __future__ import annotations

import pytest
import yaml
from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "岚溪区松台街道办事处"
HEAD = f"{UNIT}文件\n\n松街发〔2025〕{{n}}号\n\n"
TAIL = f"\n\n{UNIT}\n2025年{{month}}月6日\n\n抄送：区应急管理局。\n松台街道党政办公室　　2025年{{month}}月6日印发\n"


def _bulletin(n: int, quarter: str) -> tuple[str, str]:
    # Named so that the archive lists them first (通报 before 通知).
    return (
        f"{n}-通报.txt",
        HEAD.format(n=n)
        + f"关于2025年{quarter}安全生产检查情况的通报\n\n各社区居委会：\n街道组织力量开展了{quarter}安全生产检查。"
        "现将检查情况通报如下：\n一、基本情况\n本次共检查单位和场所九十八家，发现隐患五十四处，已整改三十一处。\n"
        "二、下步要求\n各社区要对照问题清单抓好整改，按时报送整改情况。\n特此通报。" + TAIL.format(month=n + 2),
    )


def _notice(n: int, subject: str) -> tuple[str, str]:
    return (
        f"{n}-通知.txt",
        HEAD.format(n=n)
        + f"关于{subject}的通知\n\n各社区居委会：\n为做好有关工作，现将有关事项通知如下：\n一、工作安排\n"
        f"请各社区按照街道统一部署，认真{subject}，明确专人负责。\n二、工作要求\n"
        "各社区要高度重视，工作情况按时报街道党政办公室。\n特此通知。" + TAIL.format(month=n + 2),
    )


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("notice_subject")
    files = [_bulletin(1, "第一季度"), _bulletin(2, "第二季度")]
    files += [
        _notice(3, "做好春节期间值班工作"),
        _notice(4, "开展夏季消防安全大排查"),
        _notice(5, "做好医保参保缴费工作"),
    ]
    out = root / "out"
    mine_cli(write_archive(root / "档案", files), out)
    return yaml.safe_load(mined_starter(out, "notice"))


def test_the_notice_starters_subject_is_a_notices(starter: dict) -> None:
    assert "检查情况" not in starter["事由"]
    assert starter["事由"] == "〔示例〕做好春节期间值班工作"
