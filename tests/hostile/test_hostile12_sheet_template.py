"""Hostile inputs, round 12: a sheet's one template is not filled down into a row that names another genre.

Empty 模板 cells take the sheet's one template (a clerk seldom copies the example row's cell down). A row that
names its own 文种 (请示, under rows of the unit's mined notice) took it too, and failed: 文种写的是“请示”，模板……却是
通知（挖掘）（……请删去“模板:”一行……), a 模板 the clerk never wrote.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_NOTICE = (
    "某县水利局文件\n某水〔2025〕{n}号\n关于做好{what}工作的通知\n各乡镇水利站：\n为做好{what}工作，结合我县实际，现将有关事项通知如下：\n"
    "一、工作安排\n各站按要求抓好{what}。\n二、工作要求\n请各单位高度重视，认真抓好落实。\n特此通知。\n某县水利局\n2025年3月{n}日\n"
)
_SHEET = (
    "模板,文种,事由,正文,成文日期,文号序号,发文机关,主送机关,缘由,请示事项\n"
    "挖掘结果/notice,,做好汛期值班工作,汛期实行值班。,2025-06-20,12,,,,\n"
    ",{genre},{matter},{body},2025-06-21,{serial},{issuer},{to},{why},{ask}\n"
)


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sheet_template")
    (root / "档案").mkdir()
    for n, what in enumerate(("清淤", "巡河", "防汛", "供水"), 1):
        (root / "档案" / f"{n}.txt").write_text(_NOTICE.format(n=n, what=what), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(root / "档案"), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0 and (root / "挖掘结果" / "notice" / "manifest.yaml").is_file(), result.output
    return root


def _batch(root: Path, **row: str):
    sheet = root / "名单.csv"
    sheet.write_text(_SHEET.format(**row), encoding="utf-8")
    args = ["batch", str(sheet), "-o", str(root / "输出"), "-f", "txt", "-j", "1", "--force"]
    return CliRunner().invoke(main, args)


def test_a_row_of_another_genre_is_drafted_as_that_genre(mined: Path) -> None:
    result = _batch(
        mined,
        genre="请示",
        matter="增设防汛物资仓库",
        body="",
        serial="",
        issuer="某县水利局",
        to="某县人民政府",
        why="汛期物资储备不足。",
        ask="恳请批准增设防汛物资仓库。",
    )
    assert result.exit_code == 0, result.output
    assert (mined / "输出" / "名单-3.txt").read_text("utf-8").startswith("关于增设防汛物资仓库的请示")
    assert "某水〔2025〕12号" in (mined / "输出" / "名单-2.txt").read_text("utf-8")


@pytest.mark.parametrize("genre", ["", "通知"])
def test_a_row_of_the_templates_genre_or_none_takes_the_template(mined: Path, genre: str) -> None:
    result = _batch(
        mined, genre=genre, matter="做好供水工作", body="保障供水。", serial="13", issuer="", to="", why="", ask=""
    )
    assert result.exit_code == 0, result.output
    assert "某水〔2025〕13号" in (mined / "输出" / "名单-3.txt").read_text("utf-8")
