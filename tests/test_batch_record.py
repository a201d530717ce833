"""A batch run again: outputs whose facts, template or reference changed are redrafted, the rest left;
reports in input order, as JSON or CSV; an empty list and a field missing from 默认 said once."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

from click.testing import CliRunner
from conftest import REPO

from drafter.batch import run_batch
from drafter.batch_record import RECORD_NAME, load
from drafter.cli import main

DEFAULTS = """默认:
  文种: 会议通知
  发文机关: 青禾县教育局
  会议名称: 全县教育工作会议
  会议时间: 2025-02-20 9:00
  会议地点: 县教育局三楼会议室
  参会人员: 各校校长
  成文日期: 2025-02-14
批量:
"""


def write_list(folder: Path, items: list[str], defaults: str = DEFAULTS) -> Path:
    path = folder / "名单.yaml"
    path.write_text(defaults + "".join(items), encoding="utf-8")
    return path


ITEMS = [f"  - 主送机关: 第{n}乡镇中心学校\n" for n in range(1, 4)]


def statuses(report) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r.status, r.redrafted or (r.errors[0] if r.errors else "")) for r in report.results]


def test_a_rerun_redrafts_only_the_items_whose_facts_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = write_list(tmp_path, ITEMS)
    assert [s for s, _ in statuses(run_batch([str(path)], out, jobs=1))] == ["drafted"] * 3
    again = run_batch([str(path)], out, jobs=1)
    assert statuses(again) == [("skipped", "已是最新（事实和模板都没有改动）")] * 3
    before = (out / "名单-1.docx").read_bytes()
    # The second item gets another addressee; a comment and blank lines change nothing.
    changed = [ITEMS[0], "  - 主送机关: 白沙乡中心学校  # 改了\n", "\n", ITEMS[2]]
    write_list(tmp_path, changed)
    third = run_batch([str(path)], out, jobs=1)
    assert statuses(third) == [
        ("skipped", "已是最新（事实和模板都没有改动）"),
        ("drafted", "事实有改动，已重新起草"),
        ("skipped", "已是最新（事实和模板都没有改动）"),
    ]
    assert third.redrafted == 1 and (out / "名单-1.docx").read_bytes() == before
    with zipfile.ZipFile(out / "名单-2.docx") as package:
        assert "白沙乡中心学校" in package.read("word/document.xml").decode("utf-8")
    assert len(load(out)) == 3 and len((out / RECORD_NAME).read_text(encoding="utf-8").splitlines()) == 3


def test_a_changed_default_redrafts_every_item(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = write_list(tmp_path, ITEMS)
    run_batch([str(path)], out, jobs=1)
    write_list(tmp_path, ITEMS, DEFAULTS.replace("2025-02-14", "2025-02-15"))
    assert [s for s, _ in statuses(run_batch([str(path)], out, jobs=1))] == ["drafted"] * 3


def test_a_changed_template_redrafts_its_documents(tmp_path: Path) -> None:
    folder = tmp_path / "模板"
    shutil.copytree(REPO / "templates" / "speech", folder)
    facts = tmp_path / "讲话.yaml"
    facts.write_text(
        f"模板: {folder}\n会议名称: 全县教育工作会议\n讲话人: 张三\n开场: 同志们好。\n主体:\n  - 标题: 一点意见\n    内容: 要抓落实。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert statuses(run_batch([str(facts)], out, jobs=1))[0][0] == "drafted"
    assert statuses(run_batch([str(facts)], out, jobs=1))[0][0] == "skipped"
    (folder / "closing.j2").write_text(
        (folder / "closing.j2").read_text(encoding="utf-8") + "\n谢谢大家！\n", encoding="utf-8"
    )
    assert statuses(run_batch([str(facts)], out, jobs=1)) == [("drafted", "模板有改动，已重新起草")]


def test_an_output_edited_by_hand_or_not_made_by_a_batch_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = write_list(tmp_path, ITEMS)
    run_batch([str(path)], out, jobs=1)
    (out / "名单-1.docx").write_bytes(b"edited by hand")
    (out / RECORD_NAME).write_text(
        "\n".join(line for line in (out / RECORD_NAME).read_text(encoding="utf-8").splitlines() if "名单-3" not in line)
        + "\n",
        encoding="utf-8",
    )
    write_list(tmp_path, [item.replace("中心学校", "学校") for item in ITEMS])
    report = run_batch([str(path)], out, jobs=1)
    assert statuses(report) == [
        ("skipped", "起草之后被改动过，没有覆盖（加 --force 覆盖）"),
        ("drafted", "事实有改动，已重新起草"),
        ("skipped", "已存在（加 --force 覆盖）"),
    ]
    assert (out / "名单-1.docx").read_bytes() == b"edited by hand"
    forced = run_batch([str(path)], out, jobs=1, force=True)
    assert [s for s, _ in statuses(forced)] == ["drafted"] * 3 and not any(r.redrafted for r in forced.results)


def test_the_command_line_says_which_were_redrafted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = write_list(tmp_path, ITEMS)
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(path), "-o", str(out), "-j", "1"]).exit_code == 0
    write_list(tmp_path, [ITEMS[0], ITEMS[1].replace("第2", "第二"), ITEMS[2]])
    result = runner.invoke(main, ["batch", str(path), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    assert f"重新起草：{path} 第2项（第11行）（事实有改动，已重新起草）" in result.stderr, result.stderr
    assert "完成：生成 1（其中重新起草 1），跳过 2，失败 0" in result.stdout


def test_the_command_line_says_why_a_changed_item_was_not_redrafted(tmp_path: Path) -> None:
    # Found walking a mined template's batch as a new user: the facts of an item changed, its output had
    # been edited by hand, and the terminal said only "跳过 …docx" (the reason was in --report alone).
    out = tmp_path / "out"
    path = write_list(tmp_path, ITEMS)
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(path), "-o", str(out), "-j", "1"]).exit_code == 0
    (out / "名单-1.docx").write_bytes(b"edited by hand")
    write_list(tmp_path, [ITEMS[0].replace("第1", "第一"), ITEMS[1], ITEMS[2]])
    result = runner.invoke(main, ["batch", str(path), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    assert f"跳过：{out / '名单-1.docx'}：起草之后被改动过，没有覆盖（加 --force 覆盖）" in result.stderr, result.stderr
    assert "名单-2.docx：" not in result.stderr  # up to date: nothing to explain
    assert (out / "名单-1.docx").read_bytes() == b"edited by hand"


def test_reports_follow_input_order_and_failed_items_have_no_output(tmp_path: Path) -> None:
    items = [f"  - 主送机关: 第{n}校\n" for n in range(1, 13)]
    items[4] = "  - 主送机关: 第5校\n    会议时间: 2月30日\n"
    path = write_list(tmp_path, items)
    broken = tmp_path / "坏.yaml"
    broken.write_text("文种: [\n", encoding="utf-8")
    for report_name in ("r.json", "r.csv"):
        out = tmp_path / report_name.replace(".", "-")
        result = CliRunner().invoke(
            main, ["batch", str(broken), str(path), "-o", str(out), "-j", "2", "--report", str(tmp_path / report_name)]
        )
        assert result.exit_code == 4
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    labels = [item["item"] for item in data["items"]]
    assert labels[0] == str(broken)
    assert labels[1:6] == [f"{path} 第{n}项（第{9 + n}行）" for n in range(1, 6)]
    assert [int(label.split(" 第")[1].split("项")[0]) for label in labels[1:]] == list(range(1, 13))
    failed = [item for item in data["items"] if item["status"] == "failed"]
    assert len(failed) == 2 and all(item["output"] == "" for item in failed)
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel and WPS read the BOM as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["序号", "项目", "状态", "输出文件", "问题", "提醒"]
    assert [row[2] for row in rows[1:]].count("失败") == 2 and [row[2] for row in rows[1:]].count("生成") == 11
    assert rows[1][1] == str(broken) and rows[1][3] == "" and "YAML" in rows[1][4]
    assert rows[2][3].endswith("名单-01.docx")


def test_an_empty_list_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "名单.yaml"
    path.write_text(DEFAULTS.replace("批量:\n", "批量: []\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 4
    assert f"{path}:9:1: 批量: 列表是空的，没有要起草的项" in result.stderr


def test_a_field_missing_from_the_defaults_is_said_once(tmp_path: Path) -> None:
    path = write_list(
        tmp_path,
        [*ITEMS, "  - 主送机关: 第4校\n    会议时间: 2月30日\n"],
        DEFAULTS.replace("  成文日期: 2025-02-14\n", ""),
    )
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 4
    assert result.stderr.count("成文日期") == 1
    assert "失败：4 项都因为同一个问题没有生成：" in result.stderr
    assert f"{path}:1:1: 默认: 每一项都缺少必填项“成文日期”（写在“默认:”下面，对所有项都有效）" in result.stderr
    # The fourth item has a problem of its own besides: that one is still shown.
    assert "2月30日" in result.stderr and result.stderr.count("失败：") == 2
    report = run_batch([str(path)], tmp_path / "again", jobs=1).to_json()
    (shared,) = report["shared"]
    assert "每一项都缺少必填项“成文日期”" in shared["problem"] and len(shared["items"]) == 4


def test_a_field_only_one_item_lacks_is_still_shown_beside_the_shared_one(tmp_path: Path) -> None:
    """All items lack 成文日期 (said once); the third also lacks its 主送机关: that one stays on its item."""
    items = [*ITEMS[:2], "  - 会议名称: 全县教育工作会议\n"]
    path = write_list(tmp_path, items, DEFAULTS.replace("  成文日期: 2025-02-14\n", ""))
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 4
    assert result.stderr.count("成文日期") == 1
    assert "主送机关: 缺少必填项" in result.stderr
    assert result.stderr.count("失败：") == 2


def test_facts_fingerprints_are_those_json_dumps_gave_so_earlier_records_still_match() -> None:
    import msgspec

    from drafter.batch_record import _plain
    from drafter.facts import load_facts_text

    characters = [chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000]
    characters += ["\u3000", "\ufeff", "\u2028", "\u2029", "\U0001f600", "\U0010ffff", "〔示例〕", "青教〔2024〕5号"]
    for character in characters:
        plain = [["键" + character, [character * 2, None, [["子", character]]]]]
        assert msgspec.json.encode(plain) == json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode(), (
            repr(character)
        )
    tree = load_facts_text('单位: 青禾县实验小学\n事项:\n  - 第一项\n  - "引号\\"和\\\\反斜杠"\n', "f.yaml")
    assert json.loads(msgspec.json.encode(_plain(tree))) == _plain(tree)
