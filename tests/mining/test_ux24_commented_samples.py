"""ux24 walk: the optional fields a mined template's starter shows commented out.

A 卫健委's notice starter offered, commented out, 印发文件: 〔示例〕青禾县中小学读书活动实施方案, 来文机关: 〔示例〕
省教育厅 and 附件 rows of 城关镇中心学校; its 请示 starter a 抄送 to 〔示例〕县委办公室 and 县人民政府办公室 — the
built-in template's own unit, a county school system. Uncommented, they are another unit's matter to retype.
Now a commented field asks for its matter (〔请填写：印发文件的标题〕); a sample that only shows a form (a 文号,
a date, 加急) stays marked.

The unit and its documents are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "汀州市卫生健康委员会"
ITEMS = (
    ("关于做好春节期间医疗服务保障工作的通知", "节日期间二级以上医院门诊不停诊，急诊和发热门诊全天开放。"),
    ("关于开展医疗机构消防安全检查的通知", "各单位对院区用电、用氧和危化品存放开展一次排查，发现隐患当场整改。"),
    ("关于加强夏季食品安全风险监测的通知", "各区县疾控机构增加监测点位，发现聚集性病例在两小时内报告。"),
    ("关于做好基层卫生人员培训工作的通知", "各区县组织乡镇卫生院医生参加全科技能培训，年底前报送培训台账。"),
)


def _archive() -> list[tuple[str, str]]:
    # No 抄送: the unit has no usual one, and a starter shows the built-in's sample of it.
    files = []
    for n, (title, body) in enumerate(ITEMS, 1):
        date = f"2025年{n + 1}月{10 + n}日"
        files.append(
            (
                f"委{n:02d}.txt",
                f"{UNIT}文件\n\n汀卫〔2025〕{n * 3}号\n\n{title}\n\n各区县卫生健康局，委属各单位：\n{body}\n特此通知。\n\n"
                f"{UNIT}\n{date}\n\n{UNIT}办公室　　　　{date}印发\n",
            )
        )
    return files


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("commented")
    mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out"


def test_the_notice_starter_asks_for_the_issued_document_instead_of_a_schools(out: Path) -> None:
    text = mined_starter(out, "notice")
    assert "青禾县" not in text and "城关镇中心学校" not in text and "〔示例〕省教育厅" not in text
    assert "#   标题: 〔请填写：印发文件的标题〕" in text
    assert "# 来文机关: 〔请填写：来文机关〕" in text
    assert "# 来文字号: 〔示例〕" in text  # a 文号 shows the form one takes


def test_the_request_starter_asks_for_its_copies_instead_of_a_countys_offices(out: Path) -> None:
    text = mined_starter(out, "request")
    assert "县委办公室" not in text and "县人民政府办公室" not in text
    assert "# 抄送:\n# - 〔请填写：抄送〕\n" in text
