"""ux24 walk: a 委's 主任办公会议纪要, one issue after another, are not copies of each other.

A 纪要 is not signed (GB/T 9704 §10.3): two issues of one series share their 纪要标志 (their title), the
opening line, the 出席 and 列席 lines and the 分送 line, which in a short 纪要 are most of its text. With no
成文日期 to tell them apart, the third issue was marked a duplicate of the first and left out of the mining
(读取 4 个文件，4 篇文档（重复 1 篇）). Issues with different 期号 are different documents.

The unit, its meetings and its people are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_paths

ITEMS = (
    (
        "研究依法执业检查和人才招聘",
        "关于依法执业专项检查",
        "会议同意检查方案，九月上旬启动。",
        "关于公开招聘",
        "会议原则同意招聘计划。",
    ),
    (
        "研究传染病防控和调度系统升级",
        "关于夏季传染病防控",
        "会议要求加强监测，月底前组织演练。",
        "关于调度系统升级",
        "会议同意升级方案。",
    ),
    (
        "研究基层能力提升和签约服务",
        "关于基层能力提升推进",
        "会议要求每月通报各区县进度。",
        "关于签约服务督导",
        "会议同意中旬开展督导。",
    ),
)


def _minutes(n: int, topic: str, first: str, first_text: str, second: str, second_text: str) -> str:
    return (
        f"汀州市卫生健康委员会主任办公会议纪要\n第{n}期\n汀州市卫生健康委员会办公室　　2025年{n + 3}月{10 + n}日\n\n"
        f"　　2025年{n + 3}月{8 + n}日上午，委主任在委四楼第一会议室主持召开主任办公会议，{topic}等事项。"
        f"现将会议议定事项纪要如下：\n　　一、{first}\n　　{first_text}\n　　二、{second}\n　　{second_text}\n"
        "　　出席：韩立群　郑卫东　刘敏华　孙建平\n　　列席：有关处室负责同志\n\n分送：委领导，委机关各处室。\n"
        f"汀州市卫生健康委员会办公室　　2025年{n + 3}月{10 + n}日印发\n"
    )


def test_issues_of_one_series_are_not_duplicates(tmp_path: Path) -> None:
    for n, item in enumerate(ITEMS, 1):
        (tmp_path / f"纪要{n}.txt").write_text(_minutes(n, *item), encoding="utf-8")
    parsed, _ = parse_paths([tmp_path])
    documents = [d for f in parsed for d in f.documents]
    assert len(documents) == 3
    assert [d.duplicate_of for d in documents] == [None, None, None]


def test_one_issue_saved_twice_is_still_one_document(tmp_path: Path) -> None:
    text = _minutes(1, *ITEMS[0])
    (tmp_path / "纪要.txt").write_text(text, encoding="utf-8")
    (tmp_path / "纪要-副本.txt").write_text(text, encoding="utf-8")
    parsed, _ = parse_paths([tmp_path])
    documents = [d for f in parsed for d in f.documents]
    assert sum(1 for d in documents if d.duplicate_of) == 1
