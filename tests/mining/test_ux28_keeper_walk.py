"""ux28 walk: the colleague at 岚溪区教育局办公室 who keeps the unit's templates mines the archive, then edits the
mined manifest.yaml by hand as README.md says (改 fields 里的 default 就改了默认值).

The archive is four notices of the 局, each 抄送 区委教育工委 and 区政府办公室; made up for this walk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main

UNIT = "岚溪区教育局"
NOTICES = (
    ("做好春季开学校园安全检查工作", "检查范围", "全区各中小学、幼儿园的校舍、食堂、宿舍和校车都要检查到位。"),
    ("做好义务教育招生入学工作", "招生原则", "坚持免试就近入学，严禁以任何形式选拔学生，招生范围向社会公开。"),
    ("开展中小学课堂教学评比活动", "评比办法", "采取现场授课加说课的方式，由区教研室组织专家逐项打分。"),
    ("做好国庆节期间值班工作", "值班安排", "节日期间实行领导带班和专人值班，值班表报局办公室备案。"),
)


def _archive() -> list[tuple[str, str]]:
    return [
        (
            f"通知{n}.txt",
            f"{UNIT}文件\n\n岚教发〔2025〕{n * 3}号\n\n关于{topic}的通知\n\n各中小学、幼儿园，局属各单位：\n"
            f"为切实做好有关工作，结合我区实际，现将有关事项通知如下：\n一、{heading}\n{text}\n"
            f"二、工作要求\n各校要明确专人负责，有关情况按时报局办公室。\n特此通知。\n\n{UNIT}\n2025年{n + 2}月{n + 9}日\n\n"
            f"抄送：区委教育工委，区政府办公室。\n{UNIT}办公室　　　　　　　　2025年{n + 2}月{n + 9}日印发\n",
        )
        for n, (topic, heading, text) in enumerate(NOTICES, 1)
    ]


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("keeper")
    out = root / "模板"
    mine_cli(write_archive(root / "档案", _archive()), out)
    return out


def test_a_mined_manifest_holds_no_yaml_anchors(mined: Path) -> None:
    # 抄送's default and example were one anchored list (default: &id003 … example: *id003): the keeper who wrote the
    # default over on one line left *id003 pointing at nothing, and the template refused to load at a line he had
    # not touched ("引用了未定义的锚点").
    for manifest in mined.glob("*/manifest.yaml"):
        text = manifest.read_text(encoding="utf-8")
        assert not re.search(r"[&*]id\d+", text), manifest


def test_a_default_written_over_on_one_line_drafts(mined: Path, tmp_path: Path) -> None:
    folder = tmp_path / "模板"
    folder.mkdir()
    manifest = (mined / "notice" / "manifest.yaml").read_text(encoding="utf-8")
    edited, count = re.subn(
        r"(\n  抄送:\n    required: false\n    default:).*?\n(    example:)",
        r"\1 区委教育工委，区政府办公室，区财政局\n\2",
        manifest,
        flags=re.S,
    )
    assert count == 1
    (folder / "manifest.yaml").write_text(edited, encoding="utf-8")
    for name in (mined / "notice").iterdir():
        if name.name != "manifest.yaml":
            (folder / name.name).write_bytes(name.read_bytes())
    runner = CliRunner()
    started = runner.invoke(main, ["new", "--template", str(folder), "-o", "-"])
    assert started.exit_code == 0, started.output
    assert "# - 区委教育工委，区政府办公室，区财政局" in started.output
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "模板: 模板\n事由: 做好冬季校园防火工作\n导语:\n  - 入冬以来天气干燥，校园火灾风险明显上升\n正文:\n"
        "  - 标题: 开展消防隐患排查\n    内容: 各校要对教学楼、学生宿舍和食堂逐一排查，建立台账，限期整改。\n"
        "成文日期: 2025-12-05\n文号序号: 21\n",
        encoding="utf-8",
    )
    drafted = runner.invoke(main, ["draft", str(facts), "-f", "txt", "-o", "-"])
    assert drafted.exit_code == 0, drafted.output
    assert "抄送：区委教育工委，区政府办公室，区财政局。" in drafted.output.splitlines()


def test_re_mining_over_the_keepers_edits_carries_them_and_says_so(mined: Path, tmp_path: Path) -> None:
    # Refused, nothing lost; but the keeper who mined into another folder as told found his edits gone from it,
    # and no word had said they would not be there. Since ux30 the edits are made again on the new result, and said.
    out = tmp_path / "模板"
    out.mkdir()
    for path in mined.rglob("*"):
        target = out / path.relative_to(mined)
        if path.is_dir():
            target.mkdir(exist_ok=True)
        else:
            target.write_bytes(path.read_bytes())
    manifest = out / "notice" / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("区政府办公室", "区财政局"), encoding="utf-8")
    archive = write_archive(tmp_path / "档案", _archive())
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert "沿用上次的修改：notice/manifest.yaml" in result.output and "区财政局" in result.output
    assert "区财政局" in manifest.read_text(encoding="utf-8")
