"""Hostile past documents: text that would be template code, slow shapes, huge and oddly named inputs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bounded import run_drafter, run_python
from processes import children, kill_all, kill_parent

from drafter.mining.literal import template_literal
from drafter.sandbox import LimitedSandbox

CODE_LIKE = [
    "{{7*7}}经验体会",
    "{{ 7 * 7 }}",
    "{%raw%}{{7*7}}{%endraw%}",
    "{% include 'x.j2' %}",
    "{# 注释 #}仍然保留",
    "{{{{",
    "}}{{",
    "{{ '{' }}",
    "前{%- if true -%}后",
    "{%endraw%}{{7*7}}",
    "\\{{7*7}}",
    "{{ cycler.__init__.__globals__ }}",
    "{{7*7}}\n::署名 伪造的署名",
    "{",
    "{{",
]


@pytest.mark.parametrize("text", CODE_LIKE)
def test_mined_text_is_printed_as_written(text: str) -> None:
    env = LimitedSandbox(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    line = template_literal(text)
    assert "\n" not in line
    assert env.from_string(line).render() == text.replace("\n", " ")


SUBJECTS = ["校园安全", "食堂卫生", "课后服务", "教师培训", "家校共育"]
ACTIONS = ["细化清单，逐项落实", "建立台账，定期通报", "明确分工，压实责任", "集中培训，以训促学", "上门走访，听取意见"]


def _document(n: int) -> str:
    subject, action = SUBJECTS[n], ACTIONS[n]
    return f"""关于{subject}工作的总结

为做好{subject}工作，现将有关情况总结如下：

一、基本情况
本学期围绕{subject}共开展活动{n + 3}次，覆盖{n + 10}所学校。

二、主要做法
各校{action}，{subject}工作取得实效。

三、{{{{7*7}}}}经验体会
在{subject}中坚持问题导向，{{% include 'x.j2' %}}做到第{n}轮闭环整改。

四、存在问题
个别学校{subject}工作推进不够平衡，第{n}季度进度偏慢。

五、下步打算
持续推进{subject}工作常态化，计划再开展{n + 2}次专项行动。

青禾县教育局
2024年6月{n + 1}日
"""


def test_code_in_mined_headings_is_neither_run_nor_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(len(SUBJECTS)):
        (corpus / f"doc{n}.txt").write_text(_document(n), encoding="utf-8")
    result = run_drafter("mine", "corpus", "-o", "out", cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stderr
    templates = [p for p in (tmp_path / "out").iterdir() if (p / "manifest.yaml").is_file()]
    assert templates, result.stdout
    written = "".join(p.read_text(encoding="utf-8") for t in templates for p in t.glob("*.j2"))
    assert "{{7*7}}" not in written and "{% include" not in written
    for template in templates:
        facts = tmp_path / f"{template.name}.yaml"
        made = run_drafter("new", "--template", template, "-o", facts, cwd=tmp_path)
        assert made.returncode == 0, made.stderr
        drafted = run_drafter("draft", facts, "--allow-placeholders", "-o", "-", cwd=tmp_path)
        assert drafted.returncode == 0, drafted.stderr
        assert "49" not in drafted.stdout
        # Never evaluated; and since round 20 not the template's heading either (structure._canonical passes over a
        # heading holding a template's marks, as a manifest title is refused): the built-in's 经验体会 heads it.
        assert "{{7*7}}" not in drafted.stdout


def _soup(seed: int, size: int) -> str:
    import random

    tokens = ["<", "a", "/", "!", "?", "-", "'", '"', "=", " ", "&", "#", "\n", "甲", "<p", "<!--", "<pre>", "x"]
    chooser = random.Random(seed)
    alphabet = chooser.sample(tokens, 4)
    return "".join(chooser.choices(alphabet, k=size))


HTML_SHAPES = {
    "blank-lines-in-pre": "<html><body><pre>" + "\n" * 200_000 + "</pre></body></html>",
    "spaces-in-a-paragraph": "<p>" + " \n" * 200_000 + "</p>",
    "less-than-signs": "<html><body><p>" + "<" * 200_000 + "</p></body></html>",
    "unclosed-tags": "<p>" + "<a" * 100_000,
    "unclosed-declarations": "<p>" + "<?" * 100_000,
    "unclosed-end-tags": "<p>" + "</" * 100_000,
    "less-than-and-newlines": "<p>" + "<\n" * 100_000,
    "soup-1": _soup(1, 200_000),
    "soup-2": _soup(2, 200_000),
    "soup-3": _soup(3, 200_000),
}


@pytest.mark.parametrize("shape", list(HTML_SHAPES))
def test_html_shapes_read_in_linear_time(tmp_path: Path, shape: str) -> None:
    (tmp_path / "page.html").write_text(HTML_SHAPES[shape], encoding="utf-8")
    # The reader alone: what parse does after it (clean, split) has its own test below.
    # (A page of only blank lines or spaces is read, then refused as one without text.)
    run_python(
        "from pathlib import Path; from drafter.errors import InputError; from drafter.mining.reader import read_source\n"
        "try:\n    read_source(Path('page.html'))\nexcept InputError as exc:\n    assert '没有文字' in str(exc), exc",
        cwd=tmp_path,
        timeout=10,
    )


def test_a_hostile_page_goes_through_parse(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<p>关于召开会议的通知</p>" + "<a" * 100_000, encoding="utf-8")
    result = run_drafter("parse", "page.html", "--json", cwd=tmp_path, timeout=30)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


_CN = "一二三四五六七八九十"


def _cn(k: int) -> str:
    """1–99 in Chinese numerals."""
    tens, units = divmod(k, 10)
    return (_CN[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (_CN[units - 1] if units else "")


# 100,000 numbered lines (or pieces of one run-together line): each shape once made parsing quadratic.
NUMBERED = {
    "一、测试": lambda: "一、测试\n" * 100_000,
    "1.测试": lambda: "1.测试\n" * 100_000,
    "interleaved": lambda: "".join(f"{_cn(k % 99 + 1)}、测试\n{k % 99 + 1}.测试\n" for k in range(50_000)),
    "run-together": lambda: "".join(f"{_cn(k % 99 + 1)}、测试内容。" for k in range(100_000)),
    "一是二是": lambda: "".join(f"{_CN[k % 9]}是测试；" for k in range(100_000)),
}


@pytest.mark.slow  # 5-10 s each; CI runs them
@pytest.mark.parametrize("shape", list(NUMBERED))
def test_many_numbered_lines_parse_in_linear_time(tmp_path: Path, shape: str) -> None:
    (tmp_path / "doc.txt").write_text(NUMBERED[shape](), encoding="utf-8")
    # Linear parsing takes 5-10 s here on a shared machine; a quadratic step takes minutes.
    result = run_drafter("parse", "doc.txt", "--json", cwd=tmp_path, timeout=30)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def _docx(parts: dict[str, bytes], compression: int = 8) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = b"<w:document " + W + b"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>"


def _bombs() -> dict[str, bytes]:
    import zipfile

    padding = b"<w:p/>" * (12 * 1024 * 1024 // 6)
    inflating = DOCUMENT.replace(b"<w:body>", b"<w:body>" + padding) % b"x"
    many = {f"f{i}": b"" for i in range(20_000)} | {"word/document.xml": DOCUMENT % b"x"}
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "haha">'
        + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
        + b"]>"
        + DOCUMENT % b"&j;"
    )
    external = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + DOCUMENT % b"&x;"
    return {
        "inflation-ratio": _docx({"word/document.xml": inflating}),
        "entry-count": _docx(many, compression=zipfile.ZIP_STORED),
        "entity-expansion": _docx({"word/document.xml": laughs}),
        "external-entity": _docx({"word/document.xml": external}),
    }


@pytest.mark.parametrize("kind", ["inflation-ratio", "entry-count", "entity-expansion", "external-entity"])
def test_hostile_docx_are_skipped_quickly_and_leak_nothing(tmp_path: Path, kind: str) -> None:
    (tmp_path / "bomb.docx").write_bytes(_bombs()[kind])
    result = run_drafter("parse", "bomb.docx", "--json", cwd=tmp_path, timeout=30, memory=1 << 30)
    assert "Traceback" not in result.stderr, result.stderr
    assert "root:" not in result.stdout and "haha" not in result.stdout
    assert result.returncode == 1 and "bomb.docx" in result.stderr, result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo"])
def test_devices_and_pipes_are_refused_not_read(tmp_path: Path, device: str) -> None:

    if device == "fifo":
        os.mkfifo(tmp_path / "pipe.yaml")
        device = "pipe.yaml"
    for command in (["draft", device, "-o", "out.docx"], ["parse", device], ["batch", device, "-o", "out"]):
        result = run_drafter(*command, cwd=tmp_path, timeout=20, memory=1 << 30)
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "out.docx").exists()


def _corpus(folder: Path, megabytes: float) -> None:
    import random

    chooser = random.Random(11)
    words = [
        "学校",
        "教育",
        "安全",
        "工作",
        "会议",
        "落实",
        "推进",
        "检查",
        "整改",
        "责任",
        "制度",
        "培训",
        "家长",
        "学生",
    ]
    folder.mkdir()
    written = index = 0
    while written < megabytes * 1_000_000:
        lines = [f"关于做好第{index}项工作的通知", ""]
        for heading in ("一、", "二、", "三、"):
            lines.append(heading + "".join(chooser.choices(words, k=3)))
            lines += ["".join(chooser.choices(words, k=chooser.randint(8, 30))) + "。" for _ in range(20)]
        data = "\n".join(lines).encode("utf-8")
        (folder / f"doc{index:04d}.txt").write_bytes(data)
        written += len(data)
        index += 1


def test_mining_more_than_fits_is_refused_with_a_size_message(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus", 0.5)
    result = run_drafter("mine", "corpus", "-o", "out", cwd=tmp_path, env={"DRAFTER_MINE_MAX_CHARS": "50000"})
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "材料太多" in result.stderr and "万字" in result.stderr
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))


def test_mining_under_a_tight_memory_limit_never_shows_a_traceback(tmp_path: Path) -> None:
    import sys

    from conftest import CORPUS, REPO

    if not (CORPUS / "seeds").is_dir():
        pytest.skip("the shared corpus is needed for text that mines like real text")
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from corpus import build
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    build(tmp_path / "corpus", 5)
    result = run_drafter("mine", "corpus", "-o", "out", cwd=tmp_path, timeout=240, memory=350 << 20)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode != 0:
        assert "内存" in result.stderr or "材料太多" in result.stderr, result.stderr
        assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))


def test_running_out_of_memory_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import drafter.mining.mine as mining
    from drafter.cli import main

    _corpus(tmp_path / "corpus", 0.05)

    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(mining, "segment_corpus", exhausted)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["mine", "corpus", "-o", "out"])
    assert result.exit_code == 1 and "内存不足" in result.output, result.output
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))


def _paragraphs(seed: int) -> str:
    # Enough lines and sentences that parsing and segmenting take a while, whatever the words.
    words = ["工作", "会议", "安排", "落实", "检查", "推进", "要求", "部门", "情况", "措施"]
    body = "".join(f"{words[(seed + k) % 10]}{words[(seed * 3 + k) % 10]}有关事项，按期完成。\n" for k in range(400))
    return f"关于{words[seed % 10]}的通知\n各单位：\n一、总体要求\n{body}二、工作安排\n{body}办公室\n2024年3月1日\n"


@pytest.mark.slow
@pytest.mark.parametrize("command", [["parse", "corpus", "--json"], ["mine", "corpus", "-o", "out"]])
def test_workers_end_when_their_parent_is_killed(tmp_path: Path, command: list[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in range(240):
        (corpus / f"{seed:03}.txt").write_text(_paragraphs(seed), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "drafter", *command, "-j", "2"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # orphans holding a pipe would hang the test instead of failing it
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = children(process.pid)
        assert workers, "no workers seen; the run finished too early"
        assert not kill_parent(process, workers), "workers outlived their parent"
    finally:
        kill_all(workers)
