"""A unit issuing some documents under the name of a body it hosts (a county bureau and the 安委办 whose office
sits in it) has one archive: the hosted body's documents are the unit's own, not 范文 of another unit, while
the unit's defaults (署名, 红头, 文号) stay the name it signs most with. Told by what the documents carry (the
office that prints them, the telephone they give), never by their names.

Every document here is made up for this test: a fictional county bureau, the body it hosts, and three
saved documents of other counties' offices.
"""

import json
from pathlib import Path

import pytest
import yaml

import drafter
from drafter.mining.constants import read_archive
from drafter.mining.mine import mine

UNIT = "桂川县应急管理局"
HOSTED = "桂川县防灾减灾委员会办公室"
OFFICE = "桂川县应急管理局办公室"
PHONE = "0772-6630415"
COPY = "抄送：县委办公室，县人民政府办公室。"


def _document(
    signer: str,
    code: str,
    number: int,
    title: str,
    to: str,
    body: str,
    closing: str,
    *,
    office: str,
    phone: str,
    copy: str,
) -> str:
    date = f"2025年{number % 11 + 1}月{number % 25 + 2}日"
    return (
        f"{signer}文件\n\n{code}〔2025〕{number}号\n\n{title}\n\n{to}：\n{body}\n{closing}\n\n{signer}\n{date}\n\n"
        f"（联系人：韦晓丹，电话：{phone}）\n\n{copy}\n{office}　　{date}印发\n"
    )


NOTICES = [
    ("关于开展地震应急疏散演练的通知", "请各乡镇在本月内组织一次学校和医院的疏散演练，演练方案报局备案。"),
    ("关于做好高温天气安全防范的通知", "近期持续高温，请各单位调整户外作业时间，落实防暑降温措施。"),
    ("关于报送应急物资储备情况的通知", "请各乡镇于月底前清点储备库的帐篷、折叠床和照明设备，填表报送。"),
    ("关于加强冬季取暖安全宣传的通知", "入冬以来一氧化碳中毒事件时有发生，请各村利用广播反复宣传。"),
    ("关于组织应急管理干部轮训的通知", "局里定于下月分三期轮训乡镇应急办工作人员，请各乡镇按名额报名。"),
]
BULLETINS = [
    (
        UNIT,
        "桂应急",
        "关于全县第一季度安全生产检查情况的通报",
        "一季度共检查企业一百二十家，发现隐患三百余处，已整改九成。",
    ),
    (UNIT, "桂应急", "关于两起烟花爆竹违规储存问题的通报", "城关镇两家门店超量储存烟花爆竹，已责令清理并予以处罚。"),
    (
        HOSTED,
        "桂减灾办",
        "关于汛前防灾减灾工作检查情况的通报",
        "检查组对十二个乡镇的转移路线和避灾点逐一核查，多数落实到位。",
    ),
    (
        HOSTED,
        "桂减灾办",
        "关于全县防灾减灾宣传周活动开展情况的通报",
        "宣传周期间各地共发放资料两万份，组织逃生演练六十场次。",
    ),
]
OTHERS = [
    (
        "岭东县应急管理局",
        "岭应急",
        "关于道路交通安全专项整治情况的通报",
        "整治期间共查处超载车辆四十台，约谈运输企业八家。",
        "0771-5521007",
    ),
    (
        "梅溪县应急管理局",
        "梅应急",
        "关于危险化学品企业安全检查情况的通报",
        "检查发现储罐区防火堤破损等问题，已下达整改通知。",
        "0773-2286140",
    ),
    (
        "石门县应急管理局",
        "石应急",
        "关于森林防火工作情况的通报",
        "春防期间全县未发生较大森林火灾，个别乡镇巡护不到位。",
        "0774-3317265",
    ),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hosted") / "archive"
    folder.mkdir()
    own = dict(office=OFFICE, phone=PHONE, copy=COPY)
    for n, (title, body) in enumerate(NOTICES, 1):
        text = _document(UNIT, "桂应急", 10 + n, title, "各乡镇人民政府，县直有关单位", body, "特此通知。", **own)
        (folder / f"通知{n}.txt").write_text(text, encoding="utf-8")
    for n, (signer, code, title, body) in enumerate(BULLETINS, 1):
        text = _document(signer, code, 30 + n, title, "各乡镇人民政府，县直有关单位", body, "特此通报。", **own)
        (folder / f"通报{n}.txt").write_text(text, encoding="utf-8")
    for n, (signer, code, title, body, phone) in enumerate(OTHERS, 1):
        other = dict(office=f"{signer}办公室", phone=phone, copy="抄送：市应急管理局。")
        text = _document(signer, code, 50 + n, title, "各乡镇人民政府", body, "特此通报。", **other)
        (folder / f"范文{n}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def mined(archive: Path) -> Path:
    out = archive.parent / "out"
    mine([archive], out)
    return out


def _fields(mined: Path, genre: str) -> dict:
    return yaml.safe_load((mined / genre / "manifest.yaml").read_text(encoding="utf-8"))["fields"]


def test_the_hosted_body_is_told_by_its_office_and_telephone_not_by_name(archive: Path) -> None:
    parsed, _ = drafter.parse([archive])
    documents = [document for file in parsed for document in file.documents]
    found = read_archive(documents)
    assert found.unit == UNIT
    assert found.hosted == {HOSTED}  # the three other counties' offices stay others


def test_the_hosted_bodys_documents_are_the_units_own_in_a_genre(mined: Path) -> None:
    # Before: its two 通报 counted as 范文 of another unit, the unit's own two were too few for a 抄送.
    copy = _fields(mined, "bulletin")["抄送"]
    assert copy["default"] == ["县委办公室", "县人民政府办公室"]
    assert "4/4 篇本单位的" in copy["description"], copy["description"]
    assert "另有 3 篇别的单位署名的范文" in copy["description"], copy["description"]


def test_the_defaults_stay_the_name_the_unit_signs_most_with(mined: Path) -> None:
    for genre in ("notice", "bulletin", "request"):
        fields = _fields(mined, genre)
        assert fields["署名"]["default"] in (UNIT, [UNIT]), genre
        assert fields["发文机关标志"]["default"] == [f"{UNIT}文件"], genre
        assert fields["文号格式"]["default"] == "桂应急〔{年}〕{号}号", genre


def test_the_units_every_genre_counts_the_hosted_bodys_documents(mined: Path) -> None:
    report = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    (request,) = [g for g in report["genres"] if g["genre"] == "request"]
    constants = {c["field"]: c for c in request["defaults"]["constants"]}
    # Its 版记 as all nine of its documents print it; its name as the seven it signs as itself.
    assert (constants["印发机关"]["unit_documents"], constants["印发机关"]["unit_of"]) == (9, 9)
    assert (constants["署名"]["unit_documents"], constants["署名"]["unit_of"]) == (7, 7)


def test_a_unit_signing_not_twice_as_much_as_its_hosted_body_is_still_the_unit(tmp_path: Path) -> None:
    # Four notices of the bureau and three of the body it hosts: the bureau signed less than twice as many as
    # its "rival", and the archive had no unit at all (no defaults, every document of no one's).
    own = dict(office=OFFICE, phone=PHONE, copy=COPY)
    for n, (title, body) in enumerate(NOTICES[:4], 1):
        text = _document(UNIT, "桂应急", 10 + n, title, "各乡镇人民政府", body, "特此通知。", **own)
        (tmp_path / f"通知{n}.txt").write_text(text, encoding="utf-8")
    for n, (_, _, title, body) in enumerate([*BULLETINS[2:], BULLETINS[0]], 1):
        text = _document(HOSTED, "桂减灾办", 30 + n, title, "各乡镇人民政府", body, "特此通报。", **own)
        (tmp_path / f"通报{n}.txt").write_text(text, encoding="utf-8")
    parsed, _ = drafter.parse([tmp_path])
    found = read_archive([document for file in parsed for document in file.documents])
    assert found.unit == UNIT
    assert found.hosted == {HOSTED}
