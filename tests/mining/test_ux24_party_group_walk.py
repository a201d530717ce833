"""ux24 walk: a 卫健委 whose archive holds two notices of its 党组 (中共××市卫生健康委员会党组, 文号 ×卫党〔……〕).

Another body issuing from the unit's archive was summarised under ``issuers`` only from three documents on;
a 委's 党组 issues a few a year, and with two of them in the archive a notice drafted as the 党组 went out under
the 委's 文号 (×卫〔2025〕9号) with two reminders: one asking the clerk to invent an "X党" 文号 the archive
already showed, one saying the 委's office printed it, as both 党组 documents were. Two documents of a body
named for the unit, numbered alike, are now its habit.

The commission, its 党组 and their documents are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

UNIT = "汀州市卫生健康委员会"
PARTY = "中共汀州市卫生健康委员会党组"
UNIT_ITEMS = (
    (
        "关于做好春节期间医疗服务保障工作的通知",
        "节日期间二级以上医院门诊不停诊，急诊和发热门诊全天开放，各单位落实领导带班制度。",
    ),
    (
        "关于开展医疗机构消防安全检查的通知",
        "各单位对院区用电、用氧和危化品存放开展一次排查，发现隐患当场整改，不能整改的落实管控。",
    ),
    ("关于加强夏季食品安全风险监测的通知", "各区县疾控机构增加监测点位，发现聚集性腹泻病例在两小时内报告市疾控中心。"),
    (
        "关于做好基层卫生人员培训工作的通知",
        "各区县组织乡镇卫生院医生参加全科技能培训，每人全年不少于四十学时，年底前报送培训台账。",
    ),
    ("关于开展家庭医生签约服务督导的通知", "委里组织督导组分赴各区县，抽查签约居民的随访记录，督导结果纳入年度考核。"),
)
PARTY_ITEMS = (
    (
        "关于开展党纪学习教育的通知",
        "委党组决定在全系统开展党纪学习教育，各党支部每月组织一次集中学习，结合行业案例开展警示教育。",
    ),
    ("关于做好年度党员民主评议工作的通知", "各党支部在年底前召开组织生活会，开展党员民主评议，评议结果报委机关党委。"),
)


def _document(mark: str, number: str, title: str, to: str, body: str, signer: str, date: str, copy: str) -> str:
    copied = f"抄送：{copy}。\n" if copy else ""
    return (
        f"{mark}\n\n{number}\n\n{title}\n\n{to}：\n{body}\n特此通知。\n\n{signer}\n{date}\n\n"
        f"{copied}{UNIT}办公室　　　　{date}印发\n"
    )


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (title, body) in enumerate(UNIT_ITEMS, 1):
        date = f"2025年{n + 1}月{10 + n}日"
        text = _document(
            f"{UNIT}文件",
            f"汀卫〔2025〕{n * 3}号",
            title,
            "各区县卫生健康局，委属各单位",
            body,
            UNIT,
            date,
            "市政府办公室",
        )
        files.append((f"委{n:02d}.txt", text))
    for n, (title, body) in enumerate(PARTY_ITEMS, 1):
        date = f"2025年{n + 3}月{6 + n}日"
        text = _document(
            PARTY, f"汀卫党〔2025〕{n}号", title, "委机关各党支部，委属各单位党组织", body, PARTY, date, ""
        )
        files.append((f"党组{n:02d}.txt", text))
    return files


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("party_group")
    output = mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out", output


def _draft(out: Path, tmp_path: Path, issuer: str = "") -> tuple[list[str], str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        (f"发文机关: {issuer}\n" if issuer else "")
        + "事由: 开展基层党组织书记述职评议工作\n"
        + "正文:\n  - 委党组决定开展年度述职评议，各党组织于下月十五日前报送述职报告。\n"
        + "文号序号: 9\n成文日期: 2025-12-10\n印章: 是\n",
        encoding="utf-8",
    )
    command = ["draft", str(facts), "--template", str(out / "notice"), "-o", "-", "-f", "txt", "--allow-placeholders"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines(), result.stderr


def test_two_party_group_documents_numbered_alike_are_its_habit(mined: tuple[Path, str]) -> None:
    out, printed = mined
    assert f"另一发文机关：{PARTY}（2 篇文档）" in printed
    manifest = yaml.safe_load((out / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    (issuer,) = manifest["issuers"]
    assert issuer["发文机关"] == PARTY and issuer["文号格式"] == "汀卫党〔{年}〕{号}号"
    assert manifest["fields"]["文号格式"]["default"] == "汀卫〔{年}〕{号}号"


def test_a_notice_drafted_as_the_party_group_is_numbered_as_it_without_reminders(
    mined: tuple[Path, str], tmp_path: Path
) -> None:
    lines, said = _draft(mined[0], tmp_path, PARTY)
    assert lines[1] == "汀卫党〔2025〕9号"
    assert PARTY in lines[-5:] and f"{UNIT}办公室" in lines[-1]
    assert "文号格式" not in said and "印发机关" not in said


def test_a_notice_drafted_as_the_commission_is_unchanged(mined: tuple[Path, str], tmp_path: Path) -> None:
    lines, _ = _draft(mined[0], tmp_path)
    assert lines[0] == f"{UNIT}文件" and lines[1] == "汀卫〔2025〕9号"


def test_a_notice_drafted_as_the_party_group_copies_to_no_one_as_its_documents_do(
    mined: tuple[Path, str], tmp_path: Path
) -> None:
    # Its two notices copy to no one (their 版记 holds the 委's office only): the 委's usual 抄送 (市政府办公室) is
    # not printed on it, where it was before.
    lines, _ = _draft(mined[0], tmp_path, PARTY)
    assert not any(line.startswith("抄送：") for line in lines)
    assert "抄送：市政府办公室。" in _draft(mined[0], tmp_path)[0]
