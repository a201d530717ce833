"""Nothing of the user's is lost: outputs never replace inputs, folders drafter did not write, or devices."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import OutputError
from drafter.mining.mine import mine
from drafter.output import check_output_folder, write_atomic

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "工作总结.yaml"

DOCUMENT = """关于做好春季校园安全工作的通知

各学校：

为切实做好春季校园安全工作，现将有关事项通知如下：

一、提高认识
各校要高度重视校园安全工作。

二、落实责任
各校要明确分工，责任到人。

特此通知。

青禾县教育局
2024年3月1日
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index in range(3):
        (folder / f"doc{index}.txt").write_text(DOCUMENT.replace("春季", f"第{index}季"), encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_mine_refuses_the_corpus_folder_itself(corpus: Path) -> None:
    before = _files(corpus)
    with pytest.raises(OutputError, match="包含输入"):
        mine([corpus], corpus, force=True)
    with pytest.raises(OutputError, match="包含输入"):
        mine([corpus / "doc0.txt"], corpus, force=True)
    assert _files(corpus) == before


def test_mine_refuses_a_folder_inside_the_corpus(corpus: Path) -> None:
    with pytest.raises(OutputError, match="输入文件夹"):
        mine([corpus], corpus / "out")
    assert not (corpus / "out").exists()


def test_mine_refuses_the_current_folder(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "mine.txt").write_text("我的文件", encoding="utf-8")
    monkeypatch.chdir(work)
    for target in (Path("."), work, tmp_path):
        with pytest.raises(OutputError, match="当前文件夹"):
            mine([corpus], target, force=True)
    assert (work / "mine.txt").read_text(encoding="utf-8") == "我的文件"


def test_mine_refuses_a_symlink(corpus: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(OutputError, match="符号链接"):
        mine([corpus], link, force=True)
    assert link.is_symlink() and list(real.iterdir()) == []


def test_force_never_deletes_a_folder_drafter_did_not_write(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match="不是 drafter 生成的"):
        mine([corpus], out, force=True)
    assert (out / "notes.docx").read_bytes() == b"precious"


def test_force_keeps_edits_made_to_an_earlier_output(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([corpus], out)
    (out / "我的笔记.txt").write_text("不要删", encoding="utf-8")
    # A file put in since is carried into the new result (ux30: the keeper's 红头模板.docx beside a manifest).
    assert "我的笔记.txt" in " ".join(mine([corpus], out, force=True).carried)
    assert (out / "我的笔记.txt").read_text(encoding="utf-8") == "不要删"
    (out / "我的笔记.txt").unlink()
    report = out / "report.json"
    report.write_text(report.read_text(encoding="utf-8") + " ", encoding="utf-8")
    with pytest.raises(OutputError, match=r"report\.json"):
        mine([corpus], out, force=True)


def test_force_replaces_an_earlier_output_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([corpus], out)
    mine([corpus], out, force=True)
    assert (out / "report.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]


def test_output_folder_checks_happen_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="已存在同名文件"):
        check_output_folder(SAMPLE, inputs=[], force=True)


def test_draft_refuses_to_overwrite_its_own_facts(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_bytes(SAMPLE.read_bytes())
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(facts), "-f", "docx", "--force"])
    assert result.exit_code == 1
    assert "输入文件" in result.output
    assert facts.read_bytes() == SAMPLE.read_bytes()
    link = tmp_path / "link.docx"
    link.symlink_to(facts)
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(link), "--force"])
    assert result.exit_code == 1 and facts.read_bytes() == SAMPLE.read_bytes()


def test_batch_report_never_replaces_an_input(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_bytes(SAMPLE.read_bytes())
    result = CliRunner().invoke(main, ["batch", str(facts), "-o", str(tmp_path / "out"), "--report", str(facts)])
    assert result.exit_code == 1
    assert facts.read_bytes() == SAMPLE.read_bytes()
    assert not (tmp_path / "out").exists()


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomic(pipe, b"hello")
        assert os.read(reader, 100) == b"hello"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_dev_null_stays_a_device() -> None:
    write_atomic(Path("/dev/null"), b"data", force=True)
    write_atomic(Path("/dev/null"), b"data")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_symlink_to_a_file_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(OutputError, match="文件已存在"):
        write_atomic(link, b"new")
    write_atomic(link, b"new", force=True)
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_too_long_a_name_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="文件名太长"):
        write_atomic(tmp_path / ("长" * 90 + ".docx"), b"x")


def test_an_item_that_breaks_unexpectedly_fails_alone(tmp_path: Path) -> None:
    shared = "\n".join("  " + line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())
    items = ['  - 文件名: "' + "长" * 90 + '"', '  - 单位: "\\ud800坏"', "  - 文件名: 好的"]
    listing = tmp_path / "名单.yaml"
    listing.write_text("默认:\n" + shared + "\n批量:\n" + "\n".join(items) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(listing), "-o", str(out), "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "失败 1" in result.output
    assert (out / "好的.docx").is_file()
    assert len(list(out.glob("长*.docx"))) == 1
