"""ux26 walk: the sheet drafter new --template MINED --xlsx writes had a column for every field (30 for a mined
notice: 份号, 密级, 文号格式, 印发机关 …); a clerk sending one notice to each 卫生院 fills four of them. A mined
template's sheet has the columns a row varies; the others are listed in the 说明 sheet, and a column added for
one of them is read as ever."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from drafter.cli import main

UNIT = "澜川县卫生健康局"
TO = "各乡镇卫生院，县直各医疗卫生单位"
NOTICES = (
    ("关于开展医疗机构安全生产检查的通知", "各单位对院区用电、用氧和消防通道开展一次排查，发现隐患当场整改。"),
    ("关于做好乡村医生轮训工作的通知", "各乡镇卫生院组织辖区乡村医生参加轮训，每人全年不少于四十学时。"),
    ("关于推进家庭医生签约服务的通知", "各乡镇卫生院组建签约团队，重点人群签约后每季度至少随访一次。"),
    ("关于加强医疗废物管理的通知", "医疗废物暂存间要上锁并设警示标识，交接登记做到日清日结。"),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mined_sheet")
    archive = root / "档案"
    archive.mkdir()
    for n, (title, body) in enumerate(NOTICES, 1):
        date = f"2025年{n + 1}月{10 + n}日"
        (archive / f"{n}.txt").write_text(
            f"{UNIT}文件\n\n澜卫发〔2025〕{n * 3}号\n\n{title}\n\n{TO}：\n{body}\n特此通知。\n\n{UNIT}\n{date}\n\n"
            f"抄送：县疾病预防控制中心。\n{UNIT}办公室　　　　{date}印发\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root / "out" / "notice"


def _sheet(template: Path, tmp_path: Path) -> Path:
    sheet = tmp_path / "通知表.xlsx"
    result = CliRunner().invoke(main, ["new", "--template", str(template), "--xlsx", "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    return sheet


def test_the_sheet_has_the_columns_a_row_varies(template: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_sheet(template, tmp_path))
    header = [cell.value for cell in book["名单"][1]]
    assert {"事由", "主送机关", "正文", "成文日期", "文号序号", "联系人.姓名"} <= set(header)
    assert not {"份号", "密级", "紧急程度", "文号格式", "印发机关", "发文机关标志", "来文字号"} & set(header)
    assert len(header) <= 16
    listed = [row[0] for row in book["说明"].iter_rows(values_only=True)]
    assert {"份号", "文号格式", "印发机关", "来文字号"} <= set(listed)  # still explained, below the columns


def test_a_column_added_for_a_field_left_out_is_drafted(template: Path, tmp_path: Path) -> None:
    sheet = _sheet(template, tmp_path)
    book = openpyxl.load_workbook(sheet)
    rows = book["名单"]
    header = [cell.value for cell in rows[1]]
    rows.delete_rows(2)
    rows.cell(1, len(header) + 1, "紧急程度")
    values = {
        "模板": str(template),
        "文件名": "石桥镇卫生院",
        "事由": "反馈基本公共卫生服务项目督查问题",
        "主送机关": "石桥镇卫生院",
        "正文": "请你院对照问题清单逐项整改，整改情况于12月31日前报局基层卫生股。",
        "成文日期": "2025-12-10",
        "印章": "是",
        "文号序号": "12",
    }
    for name, value in values.items():
        rows.cell(2, header.index(name) + 1, value)
    rows.cell(2, len(header) + 1, "加急")
    book.save(sheet)
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出"), "-f", "txt"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "输出" / "石桥镇卫生院.txt").read_text(encoding="utf-8")
    assert "加急" in text and "澜卫发〔2025〕12号" in text and "石桥镇卫生院：" in text
