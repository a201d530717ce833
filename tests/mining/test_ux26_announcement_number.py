"""ux26 walk: a bureau numbers its 通告 by the year, （2025年第3号） under the title. The mined 通告 template did not
learn it: the starter's 编号 was 〔示例〕1, drafted as （第1号）. It learns the form as 编号格式; the clerk writes the
number and the year comes from the 成文日期. A form written out (编号: 第5号) is kept as written.

The bureau and its documents are made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from walkhelpers import mine_cli, write_archive

from drafter.cli import main
from drafter.gongwen import announcement_number_format

UNIT = "澜川县卫生健康局"
MATTERS = (
    ("公共场所卫生许可事项", "本批次共审核公共场所五家，全部符合卫生要求，有关单位应当在许可有效期内持证经营。"),
    ("生活饮用水卫生监督抽检结果", "本次共抽检城乡集中式供水单位十二家，水质指标全部符合国家标准。"),
    ("医疗机构依法执业检查结果", "本次共检查医疗机构三十家，对存在问题的四家机构已依法作出处理。"),
)


def _archive() -> list[tuple[str, str]]:
    files = []
    for n, (matter, body) in enumerate(MATTERS, 1):
        files.append(
            (
                f"通告{n}.txt",
                f"{UNIT}关于{matter}的通告\n（2025年第{n + 2}号）\n根据有关规定，现将{matter}通告如下：\n{body}\n"
                f"特此通告。\n\n{UNIT}\n2025年{n + 3}月10日\n",
            )
        )
    for n in range(1, 3):
        files.append(
            (
                f"通知{n}.txt",
                f"{UNIT}文件\n\n澜卫发〔2025〕{n}号\n\n关于做好第{n}季度安全检查的通知\n\n各乡镇卫生院：\n"
                f"请各单位认真做好第{n}季度安全检查，发现隐患及时整改。\n特此通知。\n\n{UNIT}\n2025年{n + 5}月3日\n",
            )
        )
    return files


@pytest.mark.parametrize(
    ("line", "form"),
    [("（2025年第3号）", "{年}年第{号}号"), ("(第12号)", "第{号}号"), ("第 3 号", "第{号}号"), ("（2025）第3号", None)],
)
def test_the_form_of_a_number_line(line: str, form: str | None) -> None:
    assert announcement_number_format(line) == form


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("announcement_number")
    mine_cli(write_archive(root / "档案", _archive()), root / "out")
    return root / "out"


def _draft(mined: Path, tmp_path: Path, number: str) -> list[str]:
    facts = tmp_path / "通告.yaml"
    facts.write_text(
        f"模板: {mined / 'announcement'}\n事由: 2026年第一批公共场所卫生许可事项\n编号: {number}\n"
        "通告事项:\n- 本批次共审核公共场所六家，全部符合卫生要求。\n成文日期: 2026-01-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt", "--allow-placeholders"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_the_mined_template_learns_the_units_number_form(mined: Path, tmp_path: Path) -> None:
    fields = yaml.safe_load((mined / "announcement" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["编号格式"]["default"] == "{年}年第{号}号"
    assert "（2026年第1号）" in _draft(mined, tmp_path, "1")


def test_a_number_written_out_is_kept(mined: Path, tmp_path: Path) -> None:
    assert "（第5号）" in _draft(mined, tmp_path, "第5号")


def test_the_built_in_numbers_as_before(tmp_path: Path) -> None:
    facts = tmp_path / "通告.yaml"
    facts.write_text(
        f"文种: 通告\n发文机关: {UNIT}\n事由: 公共场所卫生许可事项\n编号: 2\n"
        "通告事项:\n- 本批次共审核公共场所六家。\n成文日期: 2026-01-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "（第2号）" in result.stdout
