"""A bureau that also issues under its party committee (中共××县公安局委员会, 文号 ×公党〔2025〕3号, its own 署名
and 抄送): the constants were voted over the whole archive, the bureau's won, and a notice drafted as the
committee went out under the bureau's 文号 and the committee's name was all the clerk got back. Now the
committee's own 红头, 文号格式, 署名 and 版记 are mined with their support, and a template drafted with
发文机关: the committee heads, numbers and signs as the committee.

The bureau, its committee and their documents are made up for this walk.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from walkhelpers import mine_cli, mined_starter, write_archive

from drafter.cli import main

BUREAU, PARTY = "松溪县公安局", "中共松溪县公安局委员会"
BUREAU_ITEMS = (
    (
        "关于开展冬季道路交通安全集中整治的通知",
        "入冬以来雨雪天气增多，道路通行条件变差。局里决定在全县开展为期两个月的道路交通安全集中整治，重点查处酒后驾驶和客货车辆超员超载。",
    ),
    (
        "关于加强节日期间值班备勤工作的通知",
        "元旦、春节将至，各类治安问题易发多发。各单位实行领导带班和二十四小时值班制度，遇有突发情况第一时间报告指挥中心。",
    ),
    (
        "关于做好重点单位消防安全检查的通知",
        "为防范火灾事故，局里决定对全县人员密集场所开展消防安全检查，各派出所要逐一登记建档，发现隐患当场督促整改。",
    ),
    (
        "关于开展反诈宣传月活动的通知",
        "近期电信网络诈骗案件有所上升。各派出所要进村入户、进校园、进企业开展宣传，重点讲清刷单返利、冒充客服等常见手法。",
    ),
    (
        "关于规范执法记录仪使用管理的通知",
        "个别单位存在执法记录仪开启不及时、视频保存不规范的问题。民警现场执法时应当全程开启执法记录仪，当日上传管理平台。",
    ),
    (
        "关于开展出租房屋清查登记的通知",
        "为掌握辖区流动人口底数，局里决定开展出租房屋清查登记，逐户核实房主、承租人和居住人员信息，下月底前完成。",
    ),
    (
        "关于维护校园周边治安秩序的通知",
        "新学期开学在即，各派出所要在上下学时段安排警力在学校门口值守，并对校园周边的网吧、娱乐场所开展检查。",
    ),
    (
        "关于做好汛期应急准备的通知",
        "主汛期即将到来，各单位要组建应急突击队，储备救生器材，加强对水库、河道和地质灾害隐患点的巡查。",
    ),
)
PARTY_ITEMS = (
    (
        "关于开展党纪学习教育的通知",
        "为推动全局党员民警学纪、知纪、明纪、守纪，局党委决定开展党纪学习教育，各党支部每月至少组织一次集中学习。",
    ),
    (
        "关于做好党费收缴工作的通知",
        "全体党员要按规定标准按月交纳党费，各党支部要建立收缴台账，每季度向局党委报告收缴情况。",
    ),
    (
        "关于开展主题党日活动的通知",
        "局党委决定本季度各党支部开展一次主题党日活动，活动方案报局党委备案，活动结束后报送小结。",
    ),
    (
        "关于评选表彰优秀共产党员的通知",
        "为激励党员民警担当作为，局党委决定评选表彰一批优秀共产党员，各党支部在民主推荐的基础上择优推荐人选。",
    ),
)


def _document(mark: str, number: str, title: str, to: str, body: str, signer: str, date: str, copy: str) -> str:
    return (
        f"{mark}\n\n{number}\n\n{title}\n\n{to}：\n{body}\n特此通知。\n\n{signer}\n{date}\n\n"
        f"抄送：{copy}。\n{BUREAU}办公室　　　　{date}印发\n"
    )


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (title, body) in enumerate(BUREAU_ITEMS, 1):
        date = f"2025年{n + 1}月{10 + n}日"
        text = _document(
            f"{BUREAU}文件", f"松公〔2025〕{n * 3}号", title, "各派出所", body, BUREAU, date, "县人民政府办公室"
        )
        files.append((f"局{n:02d}.txt", text))
    for n, (title, body) in enumerate(PARTY_ITEMS, 1):
        date = f"2025年{n + 2}月{5 + n}日"
        text = _document(
            PARTY, f"松公党〔2025〕{n}号", title, "局属各党支部", body, PARTY, date, "中共松溪县委政法委员会"
        )
        files.append((f"党委{n:02d}.txt", text))
    return files


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("party")
    output = mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out", output


def _draft(out: Path, tmp_path: Path, issuer: str = "") -> list[str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        (f"发文机关: {issuer}\n" if issuer else "")
        + "事由: 开展党员先锋岗创建活动\n"
        + "正文:\n  - 局党委决定在全局开展党员先锋岗创建活动，请各党支部认真组织，年底前报送创建情况。\n"
        + "文号序号: 7\n成文日期: 2025-09-02\n",
        encoding="utf-8",
    )
    command = ["draft", str(facts), "--template", str(out / "notice"), "-o", "-", "-f", "txt", "--allow-placeholders"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_the_committee_is_mined_with_its_own_head_number_and_signature(mined: tuple[Path, str]) -> None:
    out, _ = mined
    manifest = yaml.safe_load((out / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    (issuer,) = manifest["issuers"]
    assert issuer["发文机关"] == PARTY
    assert issuer["文号格式"] == "松公党〔{年}〕{号}号"
    assert issuer["署名"] == PARTY
    assert issuer["抄送"] == ["中共松溪县委政法委员会"]
    assert issuer["主送机关"] == "局属各党支部"
    # the bureau's own defaults are untouched
    assert manifest["fields"]["文号格式"]["default"] == "松公〔{年}〕{号}号"


def test_a_notice_drafted_as_the_committee_heads_numbers_and_signs_as_it(
    mined: tuple[Path, str], tmp_path: Path
) -> None:
    lines = _draft(mined[0], tmp_path, PARTY)
    assert lines[0] == PARTY
    assert lines[1] == "松公党〔2025〕7号"
    assert "局属各党支部：" in lines
    assert PARTY in lines[-5:] and "抄送：中共松溪县委政法委员会。" in lines


def test_a_notice_drafted_as_the_bureau_is_unchanged(mined: tuple[Path, str], tmp_path: Path) -> None:
    lines = _draft(mined[0], tmp_path)
    assert lines[0] == f"{BUREAU}文件"
    assert lines[1] == "松公〔2025〕7号"
    assert "抄送：县人民政府办公室。" in lines
    assert "各派出所：" in lines


def test_the_starter_says_how_to_draft_as_the_committee(mined: tuple[Path, str]) -> None:
    text = mined_starter(mined[0], "notice")
    assert f"# 以“{PARTY}”的名义发文时写：发文机关: {PARTY}" in text
    assert "松公党〔{年}〕{号}号" in text


def test_the_report_shows_the_committees_constants_with_their_support(mined: tuple[Path, str]) -> None:
    out, printed = mined
    assert f"另一发文机关：{PARTY}（4 篇文档）" in printed
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    notice = next(g for g in report["genres"] if g["genre"] == "notice")
    (issuer,) = notice["defaults"]["issuers"]
    support = {c["field"]: (c["documents"], c["of"]) for c in issuer["constants"]}
    assert support["文号格式"] == (4, 4) and support["署名"] == (4, 4)
    assert "以“中共松溪县公安局委员会”的名义发文" in (out / "report.html").read_text(encoding="utf-8")
