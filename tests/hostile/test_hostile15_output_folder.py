"""draft -o 输出, where 输出 is a folder there already: refused as before (nothing written), and the message now
says the name to write to put the draft into it (the clerk was told only that it is a folder)."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 桐川县卫生健康局\n类别: 布置\n事由: 做好秋季爱国卫生运动\n主送机关: 各乡镇卫生院\n"
    "正文:\n- 各院要组织开展环境卫生整治。\n成文日期: 2025-09-08\n"
)


def test_a_folder_as_output_is_refused_with_the_name_to_write(tmp_path: Path) -> None:
    facts = tmp_path / "爱卫通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    folder = tmp_path / "输出"
    folder.mkdir()
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(folder)])
    assert result.exit_code != 0
    assert "这是一个文件夹" in result.output
    assert f"-o {folder / '爱卫通知.docx'}" in result.output, result.output
    assert list(folder.iterdir()) == []
