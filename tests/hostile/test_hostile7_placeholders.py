"""A starter's marks left in one value do not hide the other mistakes on the same line or sheet row."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

ROW_HEADER = "文种,发文机关,事由,主送机关,来文.标题,来文.文号,批复意见,成文日期\n"
ROW = "批复,梧川镇人民政府,同意修路,石门村村民委员会,〔示例〕关于修路的请示,石村2026年1号,同意。,2025年2月30日\n"


def test_a_sheet_row_says_every_wrong_cell_beside_a_sample(tmp_path: Path) -> None:
    # A row is one 'line' of many cells: the sample left in 来文.标题 hid the wrong 文号 and the date of no
    # calendar in the same row, said only once the sample was gone.
    sheet = tmp_path / "批复名单.csv"
    sheet.write_text(ROW_HEADER + ROW, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "第2行 E列: 来文的标题: 还是起草模板里的示例值" in result.output
    assert "第2行 F列: 来文的文号: 发文字号格式不对" in result.output
    assert "第2行 H列: 成文日期: 无法识别的日期" in result.output


def test_a_yaml_line_of_two_values_says_both(tmp_path: Path) -> None:
    facts = tmp_path / "批复.yaml"
    facts.write_text(
        "文种: 批复\n发文机关: 梧川镇人民政府\n事由: 同意修路\n主送机关: 石门村村民委员会\n"
        "来文: {标题: 〔示例〕关于修路的请示, 文号: 石村2026年1号}\n批复意见: 同意。\n成文日期: 2025-03-01\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "批复.docx")])
    assert result.exit_code != 0
    assert ":5:10: 来文的标题: 还是起草模板里的示例值" in result.output
    assert ":5:27: 来文的文号: 发文字号格式不对" in result.output
    assert not (tmp_path / "批复.docx").exists()


def test_a_sample_that_is_no_date_either_is_said_once(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "文种: 通知\n发文机关: 梧川镇人民政府\n事由: 冬季安全检查\n主送机关: 各村\n正文: 请各村入户检查。\n"
        "成文日期: 〔示例〕2025年3月10日\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code != 0
    assert result.output.count(":6:7:") == 1 and "共 1 处问题" in result.output
