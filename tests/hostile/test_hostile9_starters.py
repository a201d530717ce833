"""Hostile inputs, round 9: a mined starter's sample 发文字号 is marked as a sample.

A template mined from documents numbered in the unit's series (澜文旅发〔年〕N号) writes 文号格式 and offers
文号序号: 〔示例〕5, and beside it the commented line # 发文字号: 澜文旅发〔2025〕5号, unmarked. A clerk who
wrote the whole number by taking that line (文号序号 is not needed then) and left its sample number had the
draft numbered 澜文旅发〔2025〕5号 with no word, where every other sample left is refused.

The documents are written for this test: a fictional 澜州市文化广电和旅游局.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "澜州市文化广电和旅游局"
BODIES = [
    ("关于做好暑期旅游市场整治工作的通知", "暑期是旅游旺季", "加强市场巡查", "畅通投诉渠道"),
    ("关于开展图书馆服务效能评估的通知", "为提升公共文化服务水平", "明确评估对象", "规范评估方式"),
    ("关于做好冬季景区防火工作的通知", "冬季景区火灾风险上升", "落实防火责任", "加强宣传提示"),
]


def _archive(folder: Path) -> Path:
    folder.mkdir()
    for index, (title, opening, first, second) in enumerate(BODIES):
        year = 2024 + index % 2
        text = (
            f"{UNIT}文件\n\n澜文旅发〔{year}〕{10 + index}号\n\n{title}\n\n各区县文化广电和旅游局：\n"
            f"{opening}，现将有关事项通知如下：\n一、{first}\n各地要抓好落实。\n二、{second}\n各地要及时处理。\n"
            f"特此通知。\n\n{UNIT}\n{year}年{3 + index}月12日\n\n"
            f"抄送：市委宣传部。\n{UNIT}办公室　　{year}年{3 + index}月12日印发\n"
        )
        (folder / f"通知{index}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_starters_sample_number_is_refused_when_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine([_archive(tmp_path / "archive")], out)
    starter = CliRunner().invoke(main, ["new", "--template", str(out / "notice"), "-o", "-"])
    assert starter.exit_code == 0, starter.output
    line = next(line for line in starter.output.splitlines() if line.startswith("# 发文字号:"))
    assert "〔示例〕澜文旅发〔" in line, line
    # The clerk takes the line as it is, writing the rest.
    number = line.removeprefix("# ").removeprefix("发文字号:").strip()
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        f"模板: {out / 'notice'}\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各区县文化广电和旅游局\n"
        f"正文:\n- 请做好。\n成文日期: 2025-06-02\n印章: 是\n发文字号: {number}\n",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 1, drafted.output
    assert "发文字号: 还是起草模板里的示例值" in drafted.output
    # Previewed with the samples, the number is shown without its mark.
    drafted = CliRunner().invoke(main, ["draft", str(facts), "--allow-placeholders", "-o", "-", "-f", "txt"])
    assert drafted.exit_code == 0, drafted.output
    assert "〔示例〕" not in drafted.stdout and "澜文旅发〔2025〕" in drafted.stdout
