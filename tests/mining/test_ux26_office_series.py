"""ux26 walk: a county bureau numbers in three series: its own documents 澜卫发〔……〕, its letters 澜卫函〔……〕, and
the routine notices its 办公室 sends under the office's 红头 as 澜卫办〔……〕.

No series held most of the archive, so it had no unit-wide 文号格式, and another issuer (the office, whose
署名 and 红头 go with a 文号 of its own) was looked for only against that: none was found. A notice drafted as
the office took the bureau's 澜卫发 and a reminder to invent an "X党" 文号 the archive already showed.

The bureau and its documents are made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

UNIT = "澜川县卫生健康局"
OFFICE = f"{UNIT}办公室"
TO = "各乡镇卫生院，县直各医疗卫生单位"
NOTICES = (
    ("关于开展医疗机构安全生产检查的通知", "各单位对院区用电、用氧和消防通道开展一次排查，发现隐患当场整改。"),
    ("关于做好乡村医生轮训工作的通知", "各乡镇卫生院组织辖区乡村医生参加轮训，每人全年不少于四十学时。"),
    ("关于推进家庭医生签约服务的通知", "各乡镇卫生院组建签约团队，重点人群签约后每季度至少随访一次。"),
    ("关于加强医疗废物管理的通知", "医疗废物暂存间要上锁并设警示标识，交接登记做到日清日结。"),
    ("关于开展基本公共卫生服务考核的通知", "局里组织考核组分赴各乡镇，抽查健康档案和随访记录，结果纳入年度考核。"),
)
LETTERS = (
    ("关于商请安排卫生院设备配套资金的函", "县财政局", "恳请贵局在预算调整中安排县级配套资金七十五万元。"),
    ("关于商请协调疾控实验室改造资金的函", "县财政局", "实验室改造尚有资金缺口六十六万元，请贵局协调解决。"),
    ("关于共享退休人员体检数据的函", "县医疗保障局", "请贵局指定一名工作人员与我局对接体检数据共享事宜。"),
)
MEETINGS = (
    ("全县卫生健康工作会议", "县人民医院学术报告厅", "总结去年工作，部署今年重点任务"),
    ("医疗质量安全分析会", "县中医院四楼会议室", "通报一季度医疗质量检查情况"),
    ("医院感染管理工作推进会", "局三楼会议室", "交流上半年院感管理工作"),
)
OFFICE_NOTICES = (
    ("关于做好国庆期间医疗卫生值班工作的通知", "各单位落实领导带班制度，急诊和发热门诊全天开放。"),
    ("关于报送上半年院感监测数据的通知", "各单位于七月十日前将院感监测数据报局医政股。"),
    ("关于做好春节期间值班工作的通知", "节日期间各卫生院门诊不停诊，值班表于节前报局办公室。"),
)


def _document(mark: str, number: str, title: str, to: str, body: str, signer: str, date: str, closing: str) -> str:
    return (
        f"{mark}\n\n{number}\n\n{title}\n\n{to}：\n{body}\n{closing}\n\n{signer}\n{date}\n\n"
        f"抄送：县疾病预防控制中心。\n{OFFICE}　　　　{date}印发\n"
    )


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (title, body) in enumerate(NOTICES, 1):
        date = f"2025年{n + 1}月{10 + n}日"
        text = _document(f"{UNIT}文件", f"澜卫发〔2025〕{n * 3}号", title, TO, body, UNIT, date, "特此通知。")
        files.append((f"发{n:02d}.txt", text))
    for n, (title, to, body) in enumerate(LETTERS, 1):
        date = f"2025年{n + 2}月{5 + n}日"
        text = _document(UNIT, f"澜卫函〔2025〕{n * 2}号", title, to, body, UNIT, date, "特此函商。")
        files.append((f"函{n:02d}.txt", text))
    for n, (title, body) in enumerate(OFFICE_NOTICES, 1):
        date = f"2025年{n + 4}月{3 + n}日"
        text = _document(f"{OFFICE}文件", f"澜卫办〔2025〕{n * 4}号", title, TO, body, OFFICE, date, "特此通知。")
        files.append((f"办{n:02d}.txt", text))
    for n, (meeting, place, agenda) in enumerate(MEETINGS, 1):
        date = f"2025年{n + 5}月{8 + n}日"
        body = (
            f"经研究，决定召开{meeting}。现将有关事项通知如下：\n一、会议时间\n2025年{n + 5}月{15 + n}日上午9:00。\n"
            f"二、会议地点\n{place}。\n三、参会人员\n各单位主要负责人。\n四、会议议程\n{agenda}。"
        )
        title = f"关于召开{meeting}的通知"
        text = _document(f"{OFFICE}文件", f"澜卫办〔2025〕{n * 5}号", title, TO, body, OFFICE, date, "特此通知。")
        files.append((f"会{n:02d}.txt", text))
    return files


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("office_series")
    output = mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out", output


def _draft(out: Path, tmp_path: Path, issuer: str = "") -> tuple[list[str], str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        (f"发文机关: {issuer}\n" if issuer else "")
        + "事由: 做好元旦期间医疗卫生服务保障工作\n"
        + "正文:\n  - 节日期间各单位落实领导带班制度，值班表于节前报局办公室。\n"
        + "文号序号: 9\n成文日期: 2025-12-10\n印章: 是\n",
        encoding="utf-8",
    )
    command = ["draft", str(facts), "--template", str(out / "notice"), "-o", "-", "-f", "txt", "--allow-placeholders"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines(), result.stderr


def test_the_office_numbering_its_own_series_is_another_issuer(mined: tuple[Path, str]) -> None:
    out, printed = mined
    assert f"另一发文机关：{OFFICE}（6 篇文档）" in printed
    manifest = yaml.safe_load((out / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    (issuer,) = manifest["issuers"]
    assert issuer["发文机关"] == OFFICE and issuer["文号格式"] == "澜卫办〔{年}〕{号}号"


def test_a_notice_drafted_as_the_office_is_numbered_in_its_series(mined: tuple[Path, str], tmp_path: Path) -> None:
    lines, said = _draft(mined[0], tmp_path, OFFICE)
    assert lines[0] == f"{OFFICE}文件" and lines[1] == "澜卫办〔2025〕9号"
    assert "文号格式" not in said


def test_a_notice_drafted_as_the_bureau_keeps_its_series(mined: tuple[Path, str], tmp_path: Path) -> None:
    lines, _ = _draft(mined[0], tmp_path)
    assert lines[0] == f"{UNIT}文件" and lines[1] == "澜卫发〔2025〕9号"


def test_a_letter_drafted_as_the_office_is_not_sent_to_the_offices_notice_addressees(mined: tuple[Path, str]) -> None:
    # The office's 主送机关 is its notices' (各乡镇卫生院，……): a 函 goes to one office, a 请示 up to one; the letter
    # starter told the clerk that writing 发文机关: 办公室 sends it to every 卫生院.
    manifest = yaml.safe_load((mined[0] / "letter" / "manifest.yaml").read_text(encoding="utf-8"))
    (issuer,) = manifest["issuers"]
    assert issuer["发文机关"] == OFFICE and "主送机关" not in issuer
    notice = yaml.safe_load((mined[0] / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    assert notice["issuers"][0]["主送机关"] == TO


def test_a_template_of_the_offices_own_genre_does_not_offer_the_office_as_another_issuer(
    mined: tuple[Path, str],
) -> None:
    # Its 会议通知 are all the office's: the template drafts as the office by default, and its starter told the
    # clerk how to draft as the office (发文机关: 澜川县卫生健康局办公室) as if that were another body.
    manifest = yaml.safe_load((mined[0] / "meeting_notice" / "manifest.yaml").read_text(encoding="utf-8"))
    assert manifest["fields"]["署名"]["default"] == OFFICE
    assert not manifest.get("issuers")


def test_the_sheet_of_a_template_drafting_as_the_office_too_keeps_the_issuer_column(
    mined: tuple[Path, str], tmp_path: Path
) -> None:
    import openpyxl

    sheet = tmp_path / "通知表.xlsx"
    result = CliRunner().invoke(main, ["new", "--template", str(mined[0] / "notice"), "--xlsx", "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    header = [cell.value for cell in openpyxl.load_workbook(sheet)["名单"][1]]
    assert "发文机关" in header and "文号格式" not in header


def test_the_report_lists_what_each_template_takes_of_the_office(mined: tuple[Path, str]) -> None:
    import json

    report = json.loads((mined[0] / "report.json").read_text(encoding="utf-8"))
    taken = {
        genre["template"]: {c["field"] for i in genre["defaults"]["issuers"] for c in i["constants"]}
        for genre in report["genres"]
        if genre.get("template") and genre["defaults"].get("issuers")
    }
    assert "主送机关" in taken["notice"] and "主送机关" not in taken["letter"]
    assert "主送机关" in mined[1].split("另一发文机关：")[1].splitlines()[0]  # the screen's line: the widest
