"""ux27: a unit whose meeting notices name no contact gets a meeting-notice starter with 联系人 commented out (the
unit's usual clerk still shown there as the sample); written out, every draft printed a section 联系人及电话 the
unit's meeting notices never have. Its 请示, which name the clerk, keep it written out. Made up for this test."""

from __future__ import annotations

import pytest
from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "岚溪区松台街道办事处"
HEAD = f"{UNIT}文件\n\n松街发〔2025〕{{n}}号\n\n"
TAIL = f"\n\n{UNIT}\n2025年{{month}}月6日\n\n松台街道党政办公室　　2025年{{month}}月6日印发\n"


def _meeting(n: int, day: str) -> tuple[str, str]:
    return (
        f"会议通知{n}.txt",
        HEAD.format(n=n) + "关于召开街道工作例会的通知\n\n各社区居委会，街道各科室：\n"
        "经研究，定于近期召开街道工作例会，现将有关事项通知如下：\n"
        f"一、会议时间\n{day}上午9:00。\n二、会议地点\n街道办事处三楼会议室。\n三、参会人员\n"
        "街道班子成员，各科室负责人，各社区书记、主任。\n四、有关要求\n请参会人员准时参加，不得缺席。\n特此通知。"
        + TAIL.format(month=n + 2),
    )


def _request(n: int, matter: str) -> tuple[str, str]:
    return (
        f"请示{n}.txt",
        f"{UNIT}文件\n\n松街〔2025〕{n}号　　签发人：林国华\n\n{UNIT}关于{matter}的请示\n\n岚溪区人民政府：\n"
        f"为改善辖区居民生活条件，我街道拟{matter}，所需资金已完成测算。\n妥否，请批示。\n\n"
        f"{UNIT}\n2025年{n + 3}月9日\n（联系人：方静，电话：0577-86021035）\n\n"
        f"松台街道党政办公室　　2025年{n + 3}月9日印发\n",
    )


def _notice(n: int, subject: str) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        HEAD.format(n=n) + f"关于{subject}的通知\n\n各社区居委会，街道各科室：\n"
        f"为做好有关工作，请各社区按照街道统一部署，认真{subject}，明确专人负责，工作情况按时报街道党政办公室。\n"
        "特此通知。" + TAIL.format(month=n),
    )


@pytest.fixture(scope="module", params=["requests", "with notices"])
def out(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    # Beside three notices the meeting notices teach a template of their own; without, one of the unit's 红头 alone.
    root = tmp_path_factory.mktemp("meeting_contact")
    files = [_meeting(1, "2025年3月3日（星期一）"), _meeting(2, "2025年4月7日（星期一）")]
    files += [
        _request(3, "改造东城小区雨污管网"),
        _request(4, "增设社区养老服务站"),
        _request(5, "修缮松台社区党群服务中心"),
    ]
    if request.param == "with notices":
        files += [_notice(n, s) for n, s in enumerate(("做好春节值班工作", "开展消防安全检查", "做好医保参保工作"), 6)]
    folder = root / "out"
    mine_cli(write_archive(root / "档案", files), folder)
    return folder


def test_the_meeting_notice_starter_leaves_the_contact_commented_out(out) -> None:  # type: ignore[no-untyped-def]
    starter = mined_starter(out, "meeting_notice")
    assert "\n联系人:" not in starter
    assert "# 联系人:" in starter and "# - 姓名: 〔示例〕方静" in starter


def test_the_request_starter_still_asks_for_the_contact(out) -> None:  # type: ignore[no-untyped-def]
    assert "\n联系人:" in mined_starter(out, "request")
