"""ux27: a mined 批复 starter shows, as the 文号 of the 来文, one its own replies quote, not the built-in's school's.

A district bureau's archive made up for this test (岚溪区民政局 answering its 街道)."""

from __future__ import annotations

import pytest
import yaml
from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "岚溪区民政局"
TAIL = f"抄送：区人民政府办公室。\n{UNIT}办公室　　2025年{{month}}月8日印发\n"


def _notice(n: int) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        f"{UNIT}文件\n\n岚民发〔2025〕{n}号\n\n关于做好第{n}季度养老机构检查的通知\n\n各街道办事处：\n"
        f"请各街道认真做好第{n}季度养老机构安全检查，发现隐患及时整改。\n特此通知。\n\n{UNIT}\n2025年{n + 2}月3日\n\n"
        + TAIL.format(month=n + 2),
    )


def _reply(n: int, street: str, code: str, matter: str) -> tuple[str, str]:
    return (
        f"批复{n}.txt",
        f"{UNIT}文件\n\n岚民复〔2025〕{n}号\n\n{UNIT}关于同意{street}{matter}的批复\n\n{street}办事处：\n"
        f"你街道《关于{matter}的请示》（{code}〔2025〕{n + 10}号）收悉。经研究，现批复如下：\n"
        f"一、同意你街道{matter}。\n二、请按规定做好后续管理。\n此复。\n\n{UNIT}\n2025年{n + 3}月8日\n\n"
        + TAIL.format(month=n + 3),
    )


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("reply_number")
    files = [_notice(n) for n in (1, 2, 3)]
    files += [_reply(4, "松台街道", "松街发", "设立社区养老服务站"), _reply(5, "溪口街道", "溪街发", "增设老年食堂")]
    out = root / "out"
    mine_cli(write_archive(root / "档案", files), out)
    return yaml.safe_load(mined_starter(out, "reply"))


def test_the_answered_requests_number_is_one_the_unit_quotes(starter: dict) -> None:
    number = starter["来文"]["文号"]
    assert "青一中" not in number
    assert number == "〔示例〕溪街发〔2025〕15号"


def test_the_answered_requests_title_is_asked_for(starter: dict) -> None:
    assert starter["来文"]["标题"].startswith("〔请填写：")
