"""ux26 walk: what the bureau's clerk met in its mined 纪要 template (the room and the chair fixed in ux27; the
mark of each standing meeting offered in ux28).

The bureau keeps two standing meetings' 纪要: its 党组's (中共澜川县卫生健康局党组会议纪要, 第N期) and its 局务会议's,
all held in the same room and chaired by the same 局长. Made up for this walk."""

from __future__ import annotations

import pytest
import yaml
from walkhelpers import mine_cli, write_archive

UNIT = "澜川县卫生健康局"
PARTY_MARK = f"中共{UNIT}党组会议纪要"
ITEMS = (
    (PARTY_MARK, "局党组2025年第3次会议", "关于干部轮岗交流", "会议同意按有关规定组织机关股室干部轮岗交流。"),
    (f"{UNIT}局务会议纪要", "局务会议", "关于医疗质量安全分析会的落实", "会议要求医政股对会上通报的问题建立清单。"),
    (PARTY_MARK, "局党组2025年第7次会议", "关于秋冬季传染病防控", "会议要求各单位提前储备防控物资。"),
    (f"{UNIT}局务会议纪要", "局务会议", "关于家庭医生签约服务推进", "会议同意将签约服务质量纳入卫生院绩效考核。"),
)


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (mark, meeting, item, decided) in enumerate(ITEMS, 1):
        files.append(
            (
                f"纪要{n}.txt",
                f"{mark}\n第{n + 2}期\n2025年{n + 2}月12日上午，局长赵立群在局三楼会议室主持召开{meeting}。"
                f"现将会议议定事项纪要如下：\n一、{item}\n{decided}\n出席：赵立群　刘振华　陈海燕\n\n"
                f"分送：局领导，局机关各股室。\n{UNIT}办公室　　　　2025年{n + 2}月13日印发\n",
            )
        )
    for n in range(1, 4):
        files.append(
            (
                f"通知{n}.txt",
                f"{UNIT}文件\n\n澜卫发〔2025〕{n}号\n\n关于做好第{n}季度安全检查的通知\n\n各乡镇卫生院：\n"
                f"请各单位认真做好第{n}季度安全检查，发现隐患及时整改，整改情况按时报局医政股。\n特此通知。\n\n"
                f"{UNIT}\n2025年{n + 5}月3日\n",
            )
        )
    return files


@pytest.fixture(scope="module")
def fields(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("minutes_gaps")
    out = root / "out"
    mine_cli(write_archive(root / "档案", _archive()), out)
    folder = next(out / name for name in ("minutes", "meeting_report") if (out / name / "manifest.yaml").is_file())
    return yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))["fields"]


def test_the_room_and_the_chair_every_minutes_names_are_samples(fields: dict) -> None:
    assert "局三楼会议室" in str(fields["会议地点"].get("example"))
    assert "赵立群" in str(fields["主持人"].get("example"))


def test_the_party_groups_own_mark_is_offered(fields: dict) -> None:
    # Two standing meetings gave two 纪要标志, each on half the 纪要: neither was a sample, and the mark composed from
    # 单位 and 会议名称 lacks the 中共 of the 党组's own. Each meeting's mark is offered now (ux28): one the sample, the
    # other an alternative the clerk keeping that series switches on.
    mark = fields["纪要标志"]
    offered = [str(mark.get("example", "")), *mark.get("alternatives", [])]
    assert any(PARTY_MARK in text for text in offered)
    assert any(f"{UNIT}局务会议纪要" in text for text in offered)
