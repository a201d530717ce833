"""The command line through click's CliRunner: every command and every error path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SAMPLES, Docx, write_facts

from drafter.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(runner: CliRunner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def all_commands() -> list[list[str]]:
    paths = []

    def walk(group, prefix):
        for name, command in group.commands.items():
            paths.append([*prefix, name])
            if hasattr(command, "commands"):
                walk(command, [*prefix, name])

    walk(main, [])
    return paths


@pytest.mark.parametrize("command", [[], *all_commands()], ids=lambda c: " ".join(c) or "drafter")
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = invoke(runner, *command, "--help")
    assert result.exit_code == 0
    assert "用法：" in result.output and "Usage" not in result.output
    lines = [line for line in result.output.splitlines()[1:] if line.strip()]
    assert lines and any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), "help text should start with a Chinese summary"


def test_version(runner: CliRunner) -> None:
    assert invoke(runner, "--version").output.startswith("drafter 0.")


def test_draft_default_output_name(runner: CliRunner, workdir: Path) -> None:
    result = invoke(runner, "draft", str(SAMPLES / "工作总结.yaml"))
    assert result.exit_code == 0, result.output
    assert "已生成 工作总结.docx（工作总结" in result.output
    doc = Docx((workdir / "工作总结.docx").read_bytes())
    assert doc.text_of(doc.paragraphs()[0]) == "青禾县实验小学2024年教育教学工作总结"


@pytest.mark.parametrize(
    ("fmt", "marker"), [("md", "# 关于召开全县2025年春季学期教育工作会议的通知"), ("txt", "一、会议时间")]
)
def test_draft_previews(runner: CliRunner, workdir: Path, fmt: str, marker: str) -> None:
    result = invoke(runner, "draft", str(SAMPLES / "会议通知.yaml"), "--format", fmt)
    assert result.exit_code == 0, result.output
    text = (workdir / f"会议通知.{fmt}").read_text(encoding="utf-8")
    assert marker in text
    assert "2025年2月20日（星期四）上午9:00" in text


def test_draft_to_standard_output_writes_no_file(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(main, ["draft", str(SAMPLES / "会议通知.yaml"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "一、会议时间" in result.output and "已生成" not in result.output
    docx = runner.invoke(main, ["draft", str(SAMPLES / "会议通知.yaml"), "-o", "-", "-f", "docx"])
    assert docx.exit_code == 0 and docx.stdout_bytes.startswith(b"PK")
    assert list(workdir.iterdir()) == []


def test_minutes_previews_show_the_mark_and_attendance(runner: CliRunner, workdir: Path) -> None:
    text = runner.invoke(main, ["draft", str(SAMPLES / "会议纪要.yaml"), "-o", "-"]).output.splitlines()
    assert text[:2] == ["青禾县教育局局务会议纪要", "第3期"]
    assert "　　出席：王明、李华、张强" in "\n".join(text) and text[-3].startswith("　　列席：")
    markdown = runner.invoke(main, ["draft", str(SAMPLES / "会议纪要.yaml"), "-o", "-", "-f", "md"]).output
    assert markdown.startswith("# 青禾县教育局局务会议纪要") and "**出席**：王明" in markdown


def test_draft_output_suffix_picks_format(runner: CliRunner, workdir: Path) -> None:
    assert invoke(runner, "draft", str(SAMPLES / "会议通知.yaml"), "-o", "out.md").exit_code == 0
    assert (workdir / "out.md").read_text(encoding="utf-8").startswith("# 关于召开")


def test_draft_refuses_to_overwrite_without_force(runner: CliRunner, workdir: Path) -> None:
    target = workdir / "x.docx"
    target.write_bytes(b"keep me")
    result = invoke(runner, "draft", str(SAMPLES / "工作总结.yaml"), "-o", "x.docx")
    assert result.exit_code == 1
    assert "文件已存在；如需覆盖请加 --force" in result.output
    assert target.read_bytes() == b"keep me"
    assert invoke(runner, "draft", str(SAMPLES / "工作总结.yaml"), "-o", "x.docx", "--force").exit_code == 0
    assert target.read_bytes()[:2] == b"PK"


def test_template_option_overrides_genre(runner: CliRunner, workdir: Path) -> None:
    facts = write_facts(
        workdir, (SAMPLES / "会议通知.yaml").read_text(encoding="utf-8").replace("文种: 会议通知\n", "")
    )
    assert invoke(runner, "draft", str(facts)).exit_code == 1
    result = invoke(runner, "draft", str(facts), "--template", "meeting-notice")
    assert result.exit_code == 0, result.output


BROKEN_NOTICE = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: 全县教育工作会议
主送机关: 各学校
会议时间: 5月32日上午9:00
会议地点: 三楼会议室
参会人员: 各校校长
成文日期: 2025-05-01
印章: 也许
会议地址: 三楼
联系人:
  - 姓名: 林晓
"""


def test_broken_facts_give_line_numbered_chinese_errors_and_no_file(runner: CliRunner, workdir: Path) -> None:
    facts = write_facts(workdir, BROKEN_NOTICE, "会议通知.yaml")
    result = invoke(runner, "draft", str(facts))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert f'{facts}:5:7: 会议时间: 无法识别的日期 "5月32日"（2025年没有5月32日）' in lines
    assert f'{facts}:9:5: 印章: 应当填“是”或“否”，这里是 "也许"' in lines
    assert f"{facts}:10:1: 会议地址: 不认识这个键（是否想写“会议地点”？）" in lines
    assert any(line.startswith(f"{facts}:12:5: 联系人第1项的电话: 缺少必填项") for line in lines)
    assert lines[-1] == "共 4 处问题，未生成文件。"
    assert "Traceback" not in result.output
    assert not list(workdir.glob("*.docx"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "文件不存在"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "不是文本文件"),
        (b"a: \x81\x30\x81", "无法识别文件编码"),
        ("文种: 工作总结\n单位: 甲\n  期间: 乙\n".encode(), "YAML 格式错误"),
        ("文种: 议案\n".encode(), "不认识的文种或模板“议案”"),  # (通告 has a template now)
        ("单位: 甲\n".encode(), "文种: 不知道要写哪种公文"),
        ("文种：工作总结\n".encode(), "不能用中文冒号"),
    ],
)
def test_bad_inputs_fail_cleanly(runner: CliRunner, workdir: Path, content: bytes | None, message: str) -> None:
    facts = workdir / "bad.yaml"
    if content is not None:
        facts.write_bytes(content)
    result = invoke(runner, "draft", str(facts))
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert not list(workdir.glob("*.docx"))


def test_unknown_output_extension_is_a_usage_error(runner: CliRunner, workdir: Path) -> None:
    result = invoke(runner, "draft", str(SAMPLES / "工作总结.yaml"), "-o", "out.odt")
    assert result.exit_code == 2
    assert "扩展名不认识" in result.output


def test_debug_shows_the_traceback(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(main, ["--debug", "draft", "missing.yaml"])
    assert result.exit_code != 0
    assert result.exception is not None and type(result.exception).__name__ == "InputError"


def test_new_prints_or_writes_a_starter(runner: CliRunner, workdir: Path) -> None:
    printed = invoke(runner, "new", "会议通知")
    assert printed.exit_code == 0 and printed.output.startswith("# 会议通知的事实文件")
    result = invoke(runner, "new", "会议通知", "-o", "x.yaml")
    assert result.exit_code == 0
    assert (workdir / "x.yaml").read_text(encoding="utf-8") == printed.output
    again = invoke(runner, "new", "会议通知", "-o", "x.yaml")
    assert again.exit_code == 1 and "文件已存在" in again.output
    drafted = invoke(runner, "draft", "x.yaml")
    assert drafted.exit_code == 0, drafted.output
    assert (workdir / "x.docx").exists()


@pytest.mark.parametrize("name", ["实施方案", "plan", "工作方案"])
def test_a_plan_attached_to_a_notice_has_no_signoff(runner: CliRunner, workdir: Path, name: str) -> None:
    starter = invoke(runner, "new", name).output
    assert starter.startswith("# 实施方案的事实文件")
    facts = "\n".join(line for line in starter.splitlines() if not line.startswith("成文日期"))
    (workdir / "plan.yaml").write_text(facts, encoding="utf-8")
    result = runner.invoke(main, ["draft", "plan.yaml", "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    # drafter new 工作方案 names its plan so (ux26: as 工作计划 does), the others take the default 实施方案.
    assert lines[0] == "青禾县教育局中小学“书香校园”读书活动" + ("工作方案" if name == "工作方案" else "实施方案")
    assert "结合实际，制定本方案。" in lines[1]
    assert lines[-1].endswith("用于图书购置和阅读活动。")  # the last safeguard, then no 署名 or date
    assert "青禾县教育局" not in [line.strip() for line in lines]


def test_new_needs_a_genre(runner: CliRunner, workdir: Path) -> None:
    assert invoke(runner, "new").exit_code == 2
    unknown = invoke(runner, "new", "议案")
    assert unknown.exit_code == 1 and "不认识的文种或模板" in unknown.output


def test_new_for_a_template_folder_refers_to_it(runner: CliRunner, workdir: Path) -> None:
    folder = workdir / "tpl"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: x\ntitle: 便函\nsections: [body]\nfields:\n  事由: {type: text, required: true, example: 借用会议室}\n",
        encoding="utf-8",
    )
    (folder / "body.j2").write_text("::标题 关于{{ 事由 }}的函\n", encoding="utf-8")
    sub = workdir / "facts"
    sub.mkdir()
    result = invoke(runner, "new", "--template", str(folder), "-o", str(sub / "f.yaml"))
    assert result.exit_code == 0, result.output
    assert "模板: ../tpl" in (sub / "f.yaml").read_text(encoding="utf-8")
    drafted = invoke(runner, "draft", str(sub / "f.yaml"), "-o", "f.docx")
    assert drafted.exit_code == 0, drafted.output


def test_new_with_a_genre_and_a_template_of_another_genre_is_refused(runner: CliRunner, workdir: Path) -> None:
    # drafter new 函 --template 挖掘结果/request (the clerk pointed at the wrong folder): the 请示 starter was
    # written without a word that the 函 asked for was not what came out.
    folder = workdir / "挖掘结果" / "request"
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text(
        "name: request\ngenre: request\ntitle: 请示（挖掘）\nextends: request\n", encoding="utf-8"
    )
    refused = invoke(runner, "new", "函", "--template", str(folder), "-o", "函.yaml")
    assert refused.exit_code == 2 and not (workdir / "函.yaml").exists()
    assert "“函”" in refused.output and "请示（挖掘）" in refused.output
    same = invoke(runner, "new", "请示", "--template", str(folder), "-o", "请示.yaml")
    assert same.exit_code == 0, same.output


def test_a_facts_file_moved_away_from_its_template_says_where_it_looked(runner: CliRunner, workdir: Path) -> None:
    # A clerk copies a facts file that says 模板: 挖掘结果/notice into another folder: the relative folder is
    # looked for beside the facts file. The error was '挖掘结果/notice: 模板文件夹不存在', with no line and
    # no word of where it had looked.
    folder = workdir / "tpl"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "name: x\ntitle: 便函\nsections: [body]\nfields:\n  事由: {type: text, required: true, example: 借用会议室}\n",
        encoding="utf-8",
    )
    (folder / "body.j2").write_text("::标题 关于{{ 事由 }}的函\n", encoding="utf-8")
    facts = write_facts(workdir, "事由: 借用会议室\n模板: tpl\n", name="f.yaml")
    assert invoke(runner, "draft", str(facts), "-o", "-").exit_code == 0
    moved = workdir / "别处"
    moved.mkdir()
    (moved / "f.yaml").write_bytes(facts.read_bytes())
    result = invoke(runner, "draft", str(moved / "f.yaml"), "-o", "f.docx")
    assert result.exit_code == 1 and not (workdir / "f.docx").exists()
    assert "f.yaml:2:5: 模板: 找不到模板文件夹“tpl”" in result.output
    assert f"相对路径按事实文件所在的文件夹 {moved.absolute()} 找：{moved.absolute() / 'tpl'}" in result.output
    assert "请把“模板:”改成模板文件夹现在的位置" in result.output
    # A folder that is there but is no template keeps its own message.
    (moved / "tpl").mkdir()
    assert "不是模板文件夹（缺少 manifest.yaml）" in invoke(runner, "draft", str(moved / "f.yaml"), "-o", "-").output
    absolute = write_facts(workdir, f"事由: 借用会议室\n模板: {workdir / '没有'}\n", name="g.yaml")
    result = invoke(runner, "draft", str(absolute), "-o", "-")
    assert result.exit_code == 1 and f"g.yaml:2:5: 模板: 找不到模板文件夹“{workdir / '没有'}”" in result.output
    assert "相对路径" not in result.output and "请检查路径" in result.output


def test_templates_list_and_show(runner: CliRunner) -> None:
    listed = invoke(runner, "templates", "list")
    assert "工作总结（summary）" in listed.output and "会议通知（meeting_notice）" in listed.output
    shown = invoke(runner, "templates", "show", "会议通知")
    assert "章节：" in shown.output and "会议时间（必填，日期加时刻）" in shown.output
    assert "会议议程（填写“会议议程”时才有）" in shown.output
    missing = invoke(runner, "templates", "show", "不存在")
    assert missing.exit_code == 1


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "templates", "list"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0 and "工作总结" in result.stdout


def test_drafting_never_imports_jieba(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from drafter.cli import main\n"
        "try:\n"
        f"    main(['draft', {str(SAMPLES / '会议通知.yaml')!r}, '-o', {str(tmp_path / 'x.docx')!r}])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
        "assert 'jieba' not in sys.modules, 'drafting imported jieba'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip().endswith("ok"), result.stderr
    assert (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("command", ["batch", "new"])
def test_batch_and_new_never_import_jieba(tmp_path: Path, command: str) -> None:
    args = {
        "batch": ["batch", str(SAMPLES / "会议通知.yaml"), "-o", str(tmp_path / "out"), "-j", "1"],
        "new": ["new", "会议通知", "-o", str(tmp_path / "x.yaml")],
    }[command]
    code = (
        "import sys\n"
        "from drafter.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
        f"assert 'jieba' not in sys.modules, '{command} imported jieba'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip().endswith("ok"), result.stderr


def _run_entry(tmp_path: Path, *args: str, before: str = "") -> subprocess.CompletedProcess[str]:
    """The console-script entry point in a fresh interpreter, as a user runs it."""
    code = f"import sys\n{before}\nfrom drafter.cli import run\nsys.argv = ['drafter', *{list(args)!r}]\nrun()\n"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)


def test_the_quick_exit_keeps_output_status_and_exit_handlers(tmp_path: Path) -> None:
    """run() ends the process without the interpreter's teardown: everything printed still arrives,
    the exit status is the command's, and handlers registered with atexit still run."""
    listed = _run_entry(tmp_path, "templates", "list")
    assert listed.returncode == 0
    assert listed.stdout.count("\n") >= 10 and "会议通知" in listed.stdout
    drafted = _run_entry(
        tmp_path,
        "draft",
        str(SAMPLES / "通知.yaml"),
        "-o",
        "通知.docx",
        before="import atexit; atexit.register(print, '再见')",
    )
    assert drafted.returncode == 0, drafted.stderr
    assert (tmp_path / "通知.docx").stat().st_size > 0
    assert drafted.stdout.endswith("再见\n")
    # Changed since it was drafted (an untouched draft of drafter's own is replaced): refused, status 1.
    (tmp_path / "通知.docx").write_bytes((tmp_path / "通知.docx").read_bytes() + b"\0")
    again = _run_entry(tmp_path, "draft", str(SAMPLES / "通知.yaml"), "-o", "通知.docx")
    assert again.returncode == 1 and "已存在" in again.stderr
    usage = _run_entry(tmp_path, "draft")
    assert usage.returncode == 2 and "缺少参数" in usage.stderr
