"""ux28 (a ux27 leftover): a unit with two letters, too few to vet a formula from, got a letter template of its
红头 alone that closed every 去函 with the built-in's 特此函告。 though both its letters close 请予函复。.

岚溪区教育局's archive: four notices under its 红头 and two letters to other offices; made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from walkhelpers import mine_cli, write_archive

UNIT = "岚溪区教育局"
NOTICES = ("做好春季开学校园安全检查工作", "做好义务教育招生入学工作", "开展课堂教学评比活动", "做好国庆节期间值班工作")
LETTERS = (
    (
        "岚溪区卫生健康局",
        "商请开展中小学生健康体检",
        "我局拟于四月组织全区中小学生健康体检，商请贵局安排区属医院派出体检队伍。",
    ),
    ("岚溪区交通运输局", "商请优化学校周边公交线路", "部分学校放学时段公交运力不足，商请贵局在放学时段增开班次。"),
)


def _archive(closings: tuple[str, str]) -> list[tuple[str, str]]:
    files = [
        (
            f"通知{n}.txt",
            f"{UNIT}文件\n\n岚教发〔2025〕{n * 3}号\n\n关于{topic}的通知\n\n各中小学、幼儿园：\n"
            f"请各校结合实际认真做好有关工作，明确专人负责，有关情况按时报局办公室。\n特此通知。\n\n"
            f"{UNIT}\n2025年{n + 2}月{n + 9}日\n\n抄送：区委教育工委。\n{UNIT}办公室　　　　2025年{n + 2}月{n + 9}日印发\n",
        )
        for n, topic in enumerate(NOTICES, 1)
    ]
    files += [
        (
            f"函{n}.txt",
            f"{UNIT}\n\n岚教函〔2025〕{n + 4}号\n\n{UNIT}关于{topic}的函\n\n{to}：\n{text}\n{closing}\n\n"
            f"{UNIT}\n2025年{n + 5}月18日\n（联系人：孟晓岚，电话：0591-6631208）\n",
        )
        for n, ((to, topic, text), closing) in enumerate(zip(LETTERS, closings, strict=True), 1)
    ]
    return files


def _closing(tmp_path: Path, closings: tuple[str, str]) -> dict:
    out = tmp_path / "模板"
    mine_cli(write_archive(tmp_path / "档案", _archive(closings)), out)
    fields = yaml.safe_load((out / "letter" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    closing: dict = fields["结语"]
    closing["file"] = (out / "letter" / "closing.j2").read_text(encoding="utf-8")
    return closing


def test_the_closing_both_letters_write_is_the_templates(tmp_path: Path) -> None:
    closing = _closing(tmp_path, ("请予函复。", "请予函复。"))
    assert '"请予函复。"' in closing["file"] and "特此函告" not in closing["file"]
    assert "本单位的写法" in closing["description"] and "特此函告" not in closing["description"]


@pytest.mark.parametrize("closings", [("请予函复。", "请予支持为盼。")])
def test_closings_each_letter_writes_its_own_are_offered(tmp_path: Path, closings: tuple[str, str]) -> None:
    # Neither is the unit's habit: the built-in's stays the default, and the unit's own are offered beside it.
    closing = _closing(tmp_path, closings)
    assert '"特此函告。"' in closing["file"]
    assert set(closing["alternatives"]) == set(closings)
