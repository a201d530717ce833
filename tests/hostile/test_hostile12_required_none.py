"""Hostile inputs, round 12: a required field written as 无 is refused at its line.

README has 无 (“无”, 不要, / in a sheet cell) leave an optional field out. Written for a field the document cannot
go without, it was printed as written, with no word and exit 0: 关于召开无的通知, a 主送 line 无：, a summary
titled 无2024年教育教学工作总结, a 请示 whose 请示事项 read 无, a 纪要's 出席：无.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _draft(tmp_path: Path, sample: str, line: str, said: str):
    text = SAMPLES.joinpath(f"{sample}.yaml").read_text(encoding="utf-8")
    assert f"\n{line}\n" in text
    key = line.split(":")[0]
    facts = tmp_path / f"{sample}.yaml"
    facts.write_text(text.replace(f"\n{line}\n", f"\n{key}: {said}\n"), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("sample", "line", "said"),
    [
        ("会议通知", "会议名称: 全县2025年春季学期教育工作会议", "无"),
        ("通知", "主送机关: 各乡镇中心学校，县直各学校、幼儿园", "“无”"),
        ("工作总结", "单位: 青禾县实验小学", "/"),
        ("请示", "发文机关: 青禾县第一中学", "不要"),
    ],
)
def test_a_required_field_written_as_none_is_refused_at_its_line(
    tmp_path: Path, sample: str, line: str, said: str
) -> None:
    key = line.split(":")[0]
    number = SAMPLES.joinpath(f"{sample}.yaml").read_text(encoding="utf-8").split("\n").index(line) + 1
    result = _draft(tmp_path, sample, line, said)
    assert result.exit_code == 1, result.output
    shown = said.strip("“”")
    assert f"{sample}.yaml:{number}:" in result.stderr, result.stderr
    assert f"{key}: 这是必填项，写的“{shown}”会原样排进公文" in result.stderr, result.stderr
    assert result.stdout == ""


def test_a_required_list_written_as_none_is_refused(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "会议纪要",
        "出席: [王明, 李华, 张强, 赵敏, 陈刚, 周丽, 吴涛, 郑洁, 孙伟, 马骏, 胡晓梅, 郭建国, 林峰, 何静, 高远]",
        "[无]",
    )
    assert result.exit_code == 1 and "会议纪要.yaml:35:5: 出席: 这是必填项，写的“无”" in result.stderr, result.output


def test_a_sheet_cell_of_a_required_column_marked_empty_fails_its_row(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "文种,发文机关,类别,事由,主送机关,正文,成文日期\n"
        "通知,青禾县教育局,布置,做好防汛工作,/,各校要做好防汛工作。,2025-06-02\n"
        "通知,青禾县教育局,布置,做好防火工作,各中小学,各校要做好防火工作。,2025-06-02\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "out"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "第2行 E列: 主送机关: 这是必填项，写的“/”" in result.output, result.output
    assert (tmp_path / "out" / "名单-3.txt").is_file() and not (tmp_path / "out" / "名单-2.txt").exists()


def test_an_optional_list_written_as_none_still_leaves_it_out(tmp_path: Path) -> None:
    result = _draft(tmp_path, "会议纪要", "请假: [刘洋（出差）]", "无")
    assert result.exit_code == 0, result.output
    assert "出席：" in result.stdout and "请假" not in result.stdout
