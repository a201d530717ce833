"""ux27: a head-only letter template prints the 发文机关标志 the unit's own letters print (its name, in the 信函格式),
not the notices' ××文件. A street office's archive made up for this test."""

from __future__ import annotations

import pytest
import yaml
from walkhelpers import manifest_fields, mine_cli, write_archive

UNIT = "岚溪区松台街道办事处"


def _notice(n: int) -> tuple[str, str]:
    return (
        f"通知{n}.txt",
        f"{UNIT}文件\n\n松街发〔2025〕{n}号\n\n关于做好第{n}季度消防安全检查的通知\n\n各社区居委会：\n"
        f"请各社区认真做好第{n}季度消防安全检查，发现隐患及时整改，整改情况报街道党政办公室。\n特此通知。\n\n"
        f"{UNIT}\n2025年{n + 3}月6日\n\n抄送：区应急管理局。\n松台街道党政办公室　　2025年{n + 3}月6日印发\n",
    )


def _letter(n: int, to: str, matter: str) -> tuple[str, str]:
    return (
        f"函{n}.txt",
        f"{UNIT}\n\n松街函〔2025〕{n}号\n\n{UNIT}关于商请{matter}的函\n\n{to}：\n"
        f"为做好辖区有关工作，特商请贵局{matter}，请予支持为盼。\n\n{UNIT}\n2025年{n + 4}月9日\n",
    )


@pytest.fixture(scope="module")
def fields(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("letter_mark")
    files = [_notice(n) for n in (1, 2, 3)]
    files += [_letter(1, "岚溪区民政局", "支持养老服务设施建设"), _letter(2, "岚溪区城市管理局", "协助整治占道经营")]
    out = root / "out"
    mine_cli(write_archive(root / "档案", files), out)
    return manifest_fields(out, "letter")


def test_the_letters_mark_is_the_units_name_as_its_letters_print_it(fields: dict) -> None:
    assert yaml.safe_dump(fields["发文机关标志"]["default"], allow_unicode=True).strip() in (UNIT, f"- {UNIT}")
    assert "2/2" in fields["发文机关标志"]["description"]


def test_the_letters_own_number_series_is_kept(fields: dict) -> None:
    assert fields["文号格式"]["default"] == "松街函〔{年}〕{号}号"
