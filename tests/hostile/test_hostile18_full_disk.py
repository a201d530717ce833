"""Files that cannot grow (a full disk, a quota: RLIMIT_FSIZE in a child, SIGXFSZ ignored, so writes fail with EFBIG).

drafter writes some files first to the temporary folder: the .docx LibreOffice turns into a PDF, and the sheets
openpyxl writes before it packs an .xlsx. There a write that failed said 写入失败（文件太大） naming no file, or
出现意外错误（SerialisationError: IO_EFBIG）, as if the output's own disk, or drafter, were at fault. Drafting,
batches and mining under the same limit are checked too: a Chinese error naming the file, no half-written file,
a batch's earlier outputs kept. The facts are made up for the test.
"""

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from bounded import MEMORY_LIMIT, TIMEOUT

from drafter.soffice import find_soffice

FACTS = (
    "文种: 通知\n发文机关: 青禾县水利局\n类别: 布置\n事由: 做好防汛检查\n主送机关: 各乡镇人民政府\n"
    "正文:\n{body}成文日期: 2025-05-06\n"
)
SMALL = FACTS.format(body="- 各乡镇要排查堤防。\n")


def _limited(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(limit: int, *args: str, cwd: Path) -> tuple[int, str]:
    process = subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=cwd,
        capture_output=True,
        timeout=TIMEOUT * 3,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        preexec_fn=lambda: _limited(limit),
    )
    said = process.stdout.decode("utf-8", "replace") + process.stderr.decode("utf-8", "replace")
    assert "Traceback" not in said and "意外错误" not in said, said
    return process.returncode, said


@pytest.mark.skipif(find_soffice() is None, reason="needs LibreOffice")
def test_a_pdf_whose_temporary_file_cannot_be_written_says_where(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(SMALL, encoding="utf-8")
    code, said = _run(3000, "draft", "通知.yaml", "-f", "pdf", cwd=tmp_path)
    assert code == 1, said
    assert "通知.pdf: 转换成 PDF 要先写在临时文件夹" in said and "文件太大" in said and "TMPDIR" in said, said
    assert not (tmp_path / "通知.pdf").exists()


def test_a_sheet_whose_temporary_file_cannot_be_written_says_where(tmp_path: Path) -> None:
    code, said = _run(3000, "new", "通知", "--xlsx", "-o", "名单.xlsx", cwd=tmp_path)
    assert code == 1, said
    assert "名单.xlsx: 生成表格要先写在临时文件夹" in said and "文件太大" in said, said
    assert not (tmp_path / "名单.xlsx").exists()


def test_a_draft_too_large_to_write_leaves_the_old_one(tmp_path: Path) -> None:
    (tmp_path / "通知.yaml").write_text(SMALL, encoding="utf-8")
    (tmp_path / "通知.docx").write_bytes(b"the clerk's own")
    code, said = _run(3000, "draft", "通知.yaml", "--force", cwd=tmp_path)
    assert code == 1 and "通知.docx: 写入失败（文件太大）" in said, said
    assert (tmp_path / "通知.docx").read_bytes() == b"the clerk's own"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通知.docx", "通知.yaml"]


def test_a_batch_keeps_the_outputs_that_fit_and_names_the_one_that_did_not(tmp_path: Path) -> None:
    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "甲.yaml").write_text(SMALL, encoding="utf-8")
    (folder / "丙.yaml").write_text(SMALL, encoding="utf-8")
    # varied text, so that it does not pack small
    body = "".join(f"- 第{n}处堤防（桩号{n * 7919 % 100000}）要在{n % 28 + 1}日前完成排查。\n" for n in range(3000))
    (folder / "乙.yaml").write_text(FACTS.format(body=body), encoding="utf-8")
    code, said = _run(12000, "batch", "稿件", "-o", "输出", cwd=tmp_path)
    assert code == 4, said
    assert "输出/乙.docx: 写入失败（文件太大）" in said, said
    made = sorted(p.name for p in (tmp_path / "输出").iterdir() if not p.name.startswith("."))
    assert made == ["丙.docx", "甲.docx"], made


def test_mining_that_cannot_write_leaves_no_folder_and_the_old_one_whole(tmp_path: Path) -> None:
    folder = tmp_path / "过往公文"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(
            f"关于做好第{n}批防汛检查的通知\n各乡镇人民政府：\n　　现将有关事项通知如下：\n一、排查堤防\n"
            "　　各乡镇要逐段排查。\n二、落实值守\n　　各乡镇要落实值班。\n青禾县水利局\n2025年5月6日\n",
            encoding="utf-8",
        )
    code, said = _run(2000, "mine", "过往公文", "-o", "挖掘结果", cwd=tmp_path)
    assert code == 1 and "挖掘结果: 无法写入挖掘结果（文件太大）" in said, said
    assert not (tmp_path / "挖掘结果").exists()
    (tmp_path / "挖掘结果").mkdir()
    (tmp_path / "挖掘结果" / "旧.txt").write_text("旧的", encoding="utf-8")
    code, said = _run(2000, "mine", "过往公文", "-o", "挖掘结果", "--force", cwd=tmp_path)
    assert code == 1, said
    assert [p.name for p in (tmp_path / "挖掘结果").iterdir()] == ["旧.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["挖掘结果", "过往公文"]


def test_a_batch_whose_record_cannot_be_written_says_so(tmp_path: Path) -> None:
    # (the record cut short by the full disk was said nowhere; the outputs it left unrecorded were later only
    # skipped as 已存在 when their facts changed)
    folder = tmp_path / "稿件"
    folder.mkdir()
    for number in range(60):
        (folder / f"第{number:02d}号.yaml").write_text(SMALL, encoding="utf-8")
    # each .docx (about 6 KB) fits under the limit; the record, a line of about 180 bytes an output, does not
    code, said = _run(7000, "batch", "稿件", "-o", "输出", "-j", "1", cwd=tmp_path)
    assert code == 0, said
    assert len(list((tmp_path / "输出").glob("*.docx"))) == 60
    assert (
        "提醒：输出/.drafter-batch.jsonl: 记录没能写完（文件太大）；再次运行时，事实改动过的项不会自动重新起草" in said
    ), said
