"""ux27: a unit's 公告 kept beside its notices is mined apart (gongwen's 公告 genre), and the report says how to
draft one (the built-in 通告 with 文种名 公告), not that drafter has no template for it. Made up for this test."""

from __future__ import annotations

import json

import pytest
from walkhelpers import mine_cli, write_archive

UNIT = "岚溪区松台街道办事处"


def _notice(n: int) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        f"{UNIT}文件\n\n松街发〔2025〕{n}号\n\n关于做好第{n}季度消防安全检查的通知\n\n各社区居委会：\n"
        f"请各社区认真做好第{n}季度消防安全检查，发现隐患及时整改，整改情况报街道党政办公室。\n特此通知。\n\n"
        f"{UNIT}\n2025年{n + 3}月6日\n",
    )


PUBLIC = (
    "公告1.txt",
    f"{UNIT}关于松台路农贸市场临时搬迁的公告\n\n为改善群众购物环境，松台路农贸市场将进行改造。"
    "现将有关事项公告如下：\n一、改造期间市场临时搬迁至东城街18号。\n二、改造工期约三个月。\n特此公告。\n\n"
    f"{UNIT}\n2025年5月20日\n",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("public_notice")
    out = root / "out"
    mine_cli(write_archive(root / "档案", [*(_notice(n) for n in (1, 2, 3)), PUBLIC]), out)
    data: dict = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def test_the_public_notice_is_not_a_notice(report: dict) -> None:
    text = json.dumps(report, ensure_ascii=False)
    assert "公告 1 篇" in text, text[:3000]
    assert "drafter new 公告" in text
    assert "公告 1 篇：drafter 没有这个文种的模板" not in text
