"""A mined template's starter writes a yes/no field's sample as the answer it is (印章: 是), not marked as a sample.

The ux27 walk's street office drafted every notice from its mined template with 印章: 〔示例〕是 to edit first: a
sample marked 〔示例〕 is refused until the clerk deletes the mark, which protects against another unit's words
(its name, its dates) going out in a draft. 是 or 否 carries no unit's words; the built-in starter writes it plainly.

The unit and its documents are made up for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from walkhelpers import mine_cli, mined_starter, write_archive

UNIT = "澄江县水利局"
ITEMS = (
    ("关于做好汛前水库安全检查的通知", "各水库管理单位对大坝、溢洪道和放水设施逐项检查，五月底前完成整改。"),
    ("关于开展农村饮水工程水质抽检的通知", "各乡镇水利站配合疾控机构对集中供水工程开展一次抽检，结果报局农水股。"),
    ("关于加强河道采砂管理的通知", "各乡镇落实河长巡河制度，发现非法采砂立即制止并报告。"),
    ("关于做好山塘清淤工作的通知", "各乡镇摸清辖区山塘淤积情况，制定清淤计划，汛前完成重点山塘清淤。"),
)


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (title, body) in enumerate(ITEMS, 1):
        date = f"2025年{n + 2}月{8 + n}日"
        files.append(
            (
                f"水{n:02d}.txt",
                f"{UNIT}文件\n\n澄水〔2025〕{n * 2}号\n\n{title}\n\n各乡镇人民政府，局属各单位：\n{body}\n特此通知。\n\n"
                f"{UNIT}\n{date}\n\n{UNIT}办公室　　　　{date}印发\n",
            )
        )
    return files


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("yes-no")
    mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out"


def test_the_seal_is_answered_not_marked_as_a_sample(out: Path) -> None:
    text = mined_starter(out, "notice")
    assert "印章: 〔示例〕" not in text
    assert "\n印章: 是\n" in text or "\n# 印章: 是\n" in text
