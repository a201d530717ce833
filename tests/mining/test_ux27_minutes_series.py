"""ux27: a 街道's own standing meeting's 纪要, each opening on the same 会议概况 sentence (only the date differs),
are the unit's voices, not one copied text: they give a 纪要 template. Joined by that opening as 段落大量重复, the
three issues were one source group and no 纪要 template was mined. Made up for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from walkhelpers import mine_cli, write_archive

from drafter.mining.parse import parse_file
from drafter.mining.spread import source_groups

UNIT = "岚溪区松台街道办事处"
MARK = "松台街道主任办公会纪要"
ITEMS = (
    (
        "夏季消防安全大排查",
        "会议同意应急管理办公室提出的排查方案，由各社区负责组织实施，七月底前完成全部排查和整改销号工作。",
    ),
    ("社区工作者招聘", "会议同意今年招聘社区专职工作者八名，由组织办按照区里统一要求制定招聘公告，面向社会公开招聘。"),
    (
        "冬季困难群众走访慰问",
        "会议要求社会事务科在元旦前完成低保户、特困人员的走访慰问，慰问物资采购严格按照规定程序进行。",
    ),
)


def _minutes(n: int, month: int, item: tuple[str, str]) -> tuple[str, str]:
    return (
        f"纪要{n}.txt",
        f"{MARK}\n第{n}期\n松台街道党政办公室　　　　2025年{month}月12日\n"
        f"2025年{month}月12日上午，街道主任林国华在街道三楼会议室主持召开主任办公会，研究近期重点工作。"
        f"现将会议议定事项纪要如下：\n一、关于{item[0]}\n{item[1]}\n出席：林国华　吴晓峰　陈海燕　方静\n",
    )


def _notice(n: int, subject: str) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        f"{UNIT}文件\n\n松街发〔2025〕{n}号\n\n关于{subject}的通知\n\n各社区居委会：\n"
        f"为做好有关工作，请各社区按照街道统一部署，认真{subject}，明确专人负责，工作情况按时报街道党政办公室。\n"
        f"特此通知。\n\n{UNIT}\n2025年{n + 3}月6日\n",
    )


def _files() -> list[tuple[str, str]]:
    files = [_minutes(n, n * 3, item) for n, item in enumerate(ITEMS, 1)]
    return files + [
        _notice(n, s) for n, s in enumerate(("做好春节值班工作", "开展消防安全检查", "做好医保参保工作"), 4)
    ]


def test_the_issues_of_the_units_own_series_are_apart(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "档案", _files())
    documents = [document for path in sorted(archive.iterdir()) for document in parse_file(path).documents]
    groups = source_groups(documents)
    minutes = [n for n, document in enumerate(documents) if document.title == MARK]
    assert len(minutes) == 3
    assert groups.count(minutes) == 3


def test_the_series_gives_a_minutes_template(tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("minutes_series")
    out = root / "out"
    printed = mine_cli(write_archive(root / "档案", _files()), out)
    assert any((out / name / "manifest.yaml").is_file() for name in ("meeting_report", "minutes")), printed


def test_copied_paragraphs_of_another_units_series_still_join(tmp_path: Path) -> None:
    # Another unit's 纪要 saved beside the archive (named nowhere else): its issues stay one voice.
    other = "溪口镇人民政府镇长办公会纪要"
    files = [
        (
            f"外单位{n}.txt",
            f"{other}\n第{n}期\n2025年{n}月8日上午，镇长周海在镇政府二楼会议室主持召开镇长办公会，研究近期重点工作。"
            f"现将会议议定事项纪要如下：\n一、关于{item[0]}\n{item[1]}\n",
        )
        for n, item in enumerate(ITEMS, 1)
    ]
    archive = write_archive(tmp_path / "档案", files + _files())
    documents = [document for path in sorted(archive.iterdir()) for document in parse_file(path).documents]
    theirs = [n for n, document in enumerate(documents) if document.title == other]
    assert len(theirs) == 3
    assert source_groups(documents).count(theirs) == 1


def test_the_chair_and_the_room_are_samples_never_defaults(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Every issue is chaired by the 主任 in the same room: still samples, since another chairs when he is away.
    root = tmp_path_factory.mktemp("minutes_chair")
    out = root / "out"
    mine_cli(write_archive(root / "档案", _files()), out)
    folder = next(out / name for name in ("meeting_report", "minutes") if (out / name / "manifest.yaml").is_file())
    fields = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["主持人"]["example"] == "〔示例〕街道主任林国华" and "default" not in fields["主持人"]
    assert fields["会议地点"]["example"] == "〔示例〕街道三楼会议室" and "default" not in fields["会议地点"]


def test_a_mark_naming_the_unit_by_its_short_name_gives_the_unit(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 松台街道主任办公会纪要 names 岚溪区松台街道办事处 without its district and 办事处: the 单位 is the unit's (it was
    # a required field the clerk had to type into every 纪要, though the 纪要标志 was a default already).
    root = tmp_path_factory.mktemp("minutes_unit")
    out = root / "out"
    mine_cli(write_archive(root / "档案", _files()), out)
    folder = next(out / name for name in ("meeting_report", "minutes") if (out / name / "manifest.yaml").is_file())
    fields = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["单位"].get("default") == UNIT and fields["单位"].get("required") is False
    assert fields["纪要标志"].get("default") == MARK
