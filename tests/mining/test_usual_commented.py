"""The unit's usual value of an optional field the starter shows commented out is that line's sample.

A value two documents of two source groups carry, below the bar of a default, replaces the built-in's
sample (another unit's) in the starter: for the fields written out, and as much for those shown commented
out, which the clerk uncomments when needed. The notices here were written for this test: a fictional
漳溪区审计局, two of its four notices copied to the same two offices.
"""

from pathlib import Path

from drafter.catalog import load_template_folder
from drafter.mining.mine import mine
from drafter.starter import starter_text

NOTICES = [
    ("关于开展政府投资项目竣工决算审计的通知", "竣工决算审计", "各项目单位要在竣工后三个月内报送决算资料。", True),
    ("关于做好领导干部经济责任审计准备工作的通知", "经济责任审计", "被审计单位要提前整理近三年的财务账册。", True),
    ("关于调整局机关值班安排的通知", "值班安排", "节假日值班由各股室轮流负责，值班人员不得脱岗。", False),
    ("关于组织参加审计业务培训的通知", "业务培训", "各股室选派一名业务骨干参加市局举办的培训。", False),
]


def _notice(title: str, topic: str, sentence: str, copied: bool, number: int) -> str:
    date = f"2025年{number}月{number + 6}日"
    copy = "抄送：区财政局，区发展和改革局。\n" if copied else ""
    return (
        f"漳溪区审计局文件\n\n漳审〔2025〕{number}号\n\n{title}\n\n局机关各股室，区属各单位：\n"
        f"为做好{topic}工作，经研究，现将有关事项通知如下：\n一、工作内容\n{sentence}\n"
        f"二、工作要求\n请按时完成{topic}各项任务。\n特此通知。\n\n漳溪区审计局\n{date}\n\n{copy}"
    )


def test_a_commented_out_field_shows_the_units_usual_value(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for index, notice in enumerate(NOTICES):
        (archive / f"n{index}.txt").write_text(_notice(*notice, index + 2), encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    lines = starter_text(load_template_folder(out / "notice")).splitlines()
    at = lines.index("# 抄送:")
    assert lines[at + 1 : at + 3] == ["# - 〔示例〕区财政局", "# - 〔示例〕区发展和改革局"]
    assert "本单位常写“区财政局、区发展和改革局”" in lines[at - 1]
