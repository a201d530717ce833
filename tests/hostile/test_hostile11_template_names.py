"""Hostile inputs, round 11: a mined template asked for by its 文种 in Chinese is pointed to its folder.

drafter mine writes each template in a folder of an English name (挖掘结果/notice) and says 模板：通知：挖掘结果/notice.
A clerk typing the 文种 (drafter new --template 挖掘结果/通知) was told 挖掘的材料里没有“通知”这个文种, over a list
that named 通知（挖掘结果/notice）: the mined 通知 they had was said not to exist.

The documents are written for this test: a fictional 澜州市文化广电和旅游局.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "澜州市文化广电和旅游局"
BODIES = [
    ("关于做好暑期旅游市场整治工作的通知", "暑期是旅游旺季", "加强市场巡查", "畅通投诉渠道"),
    ("关于开展图书馆服务效能评估的通知", "为提升公共文化服务水平", "明确评估对象", "规范评估方式"),
    ("关于做好冬季景区防火工作的通知", "冬季景区火灾风险上升", "落实防火责任", "加强宣传提示"),
]


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for index, (title, opening, first, second) in enumerate(BODIES):
        year = 2024 + index % 2
        text = (
            f"{UNIT}文件\n\n澜文旅发〔{year}〕{10 + index}号\n\n{title}\n\n各区县文化广电和旅游局：\n"
            f"{opening}，现将有关事项通知如下：\n一、{first}\n各地要抓好落实。\n二、{second}\n各地要及时处理。\n"
            f"特此通知。\n\n{UNIT}\n{year}年{3 + index}月12日\n\n"
            f"抄送：市委宣传部。\n{UNIT}办公室　　{year}年{3 + index}月12日印发\n"
        )
        (folder / f"通知{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("mined") / "挖掘结果"
    mine([folder], out)
    assert (out / "notice" / "manifest.yaml").is_file()
    return out


def test_a_mined_genre_typed_in_chinese_is_pointed_to_its_folder(mined: Path) -> None:
    result = CliRunner().invoke(main, ["new", "--template", str(mined / "通知"), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert f"“通知”挖掘出的模板在 {mined / 'notice'}" in result.stderr, result.stderr
    assert "没有“通知”这个文种" not in result.stderr


def test_a_genre_not_mined_is_said_as_before(mined: Path) -> None:
    result = CliRunner().invoke(main, ["new", "--template", str(mined / "工作总结"), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "挖掘的材料里没有“工作总结”这个文种" in result.stderr, result.stderr
