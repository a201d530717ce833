"""An office's 简报 (an internal periodical: its name, 第×期 and the issuing line over a red rule, items, and
the 报/送/发 foot) mined: the issues were labelled by their items (summaries, others) and no template came of
them; an office mining its 简报 gets a template extending the built-in 简报, with its 简报名称, 编印单位 and
报/送/发 as defaults.

The office and its issues are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from walkhelpers import manifest_fields, mine_cli, mined_starter, write_archive

from drafter.cli import main
from drafter.mining.parse import parse_file

NAME, EDITOR = "禾丰农业信息", "禾丰县农业农村局办公室"
FOOT = "\n报：县委办公室，县人民政府办公室。\n送：县委农办，县乡村振兴局。\n发：各乡镇人民政府，局属各单位。\n"
ITEMS = (
    (
        "我县高标准农田建设项目全面开工",
        "3月初，全县今年新建的三万亩高标准农田项目全部开工，覆盖六个乡镇，主要建设土地平整、灌排渠系和田间道路。\n"
        "为保证工程质量，县农业农村局聘请了第三方监理驻场监督，并请村民代表担任义务质量监督员。\n"
        "按照计划，项目将于6月底前完成主体工程，秋收后组织验收，合格的田块全部上图入库。\n",
    ),
    (
        "春耕生产物资储备充足供应平稳",
        "目前全县储备化肥一万一千吨、农药八十吨、各类种子六百余吨，能够满足春耕需要。\n"
        "农业执法大队开展春季农资打假，检查经营门店九十三家，责令整改七家，没有发现假劣农资流入市场。\n"
        "各乡镇农技站围绕水稻育秧和旱地作物播种开展指导，累计举办培训班二十八期。\n",
    ),
    (
        "东坪镇林下种植让山林变成“绿色银行”",
        "东坪镇引导农户在林下种植黄精、重楼等中药材，目前全镇林下种植面积达到一万二千亩。\n"
        "镇里牵头成立了三家中药材专业合作社，与县外两家制药企业签订了收购协议，种苗由合作社统一供应。\n"
        "去年全镇中药材销售收入一千六百多万元，参与农户户均增收四千元以上。\n",
    ),
    (
        "县农业农村局组织开展农业防汛应急演练",
        "6月5日，县农业农村局在河口乡举行农业防汛应急演练，模拟强降雨后低洼农田受淹的排涝、抢收和补种。\n"
        "乡农机服务队在四十分钟内架设好三台移动泵站；农技人员现场示范了受淹秧苗的扶苗和追肥方法。\n"
        "演练结束后，县农业农村局抽查了各乡镇的防汛物资储备，要求主汛期前补齐缺口。\n",
    ),
    (
        "全县农产品质量安全抽检合格率保持高位",
        "上半年，县农产品质量安全检测站共抽检蔬菜、水果、畜禽产品样品八百六十批次，合格率为百分之九十九点三。\n"
        "对抽检发现的两批次不合格蔬菜，执法人员已追溯到生产基地并依法查处。\n"
        "下半年，抽检重点放在学校食堂和农贸市场的供货基地，推行食用农产品承诺达标合格证制度。\n",
    ),
)
DATES = ("2025年3月10日", "2025年4月8日", "2025年5月12日", "2025年6月9日", "2025年7月7日")


def _issue(number: int, date: str, items: tuple[tuple[str, str], ...]) -> str:
    body = "\n".join(f"{title}\n\n{text}" for title, text in items)
    return f"{NAME}\n第{number}期\n{EDITOR}　　　　　　{date}\n\n{body}{FOOT}"


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("briefing")
    files = [(f"农业信息第{n}期.txt", _issue(n, DATES[n - 3], (ITEMS[n - 3],))) for n in range(3, 8)]
    mine_cli(write_archive(root / "档案", files), root / "out")
    return root / "out"


def test_the_issues_make_a_briefing_template_extending_the_builtin(mined: Path) -> None:
    manifest = (mined / "briefing" / "manifest.yaml").read_text(encoding="utf-8")
    assert "extends: briefing" in manifest


def test_the_offices_name_editor_and_receivers_are_defaults(mined: Path) -> None:
    fields = manifest_fields(mined, "briefing")
    assert fields["简报名称"]["default"] == NAME
    assert fields["编印单位"]["default"] == EDITOR
    assert fields["报"]["default"] == ["县委办公室", "县人民政府办公室"]
    assert fields["发"]["default"] == ["各乡镇人民政府", "局属各单位"]


def test_the_mined_starter_drafts_the_offices_head_and_foot(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "下一期.yaml"
    facts.write_text(mined_starter(mined, "briefing"), encoding="utf-8")
    template = str(mined / "briefing")
    command = ["draft", str(facts), "--template", template, "-o", "-", "-f", "txt", "--allow-placeholders"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == NAME
    assert lines[2].startswith(EDITOR)
    assert "发：各乡镇人民政府，局属各单位。" in lines


def test_an_issue_of_two_items_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "农业信息第8期.txt"
    path.write_text(_issue(8, "2025年8月11日", ITEMS[:2]), encoding="utf-8")
    assert len(parse_file(path).documents) == 1


def test_an_issue_without_its_foot_keeps_the_documents_after_it_apart(tmp_path: Path) -> None:
    # A page of a 纪要 with its 期号 and then a notice: no 报/送/发 foot closes the 纪要, so what follows is no item.
    page = (
        "禾丰县农业农村局局务会议纪要\n〔2025〕第6期\n"
        "2025年6月3日，局长主持召开局务会议，研究夏收夏种和防汛工作。\n"
        "会议要求各股室在6月10日前完成夏收机具的检修调度。\n会议同意追加防汛物资采购经费十二万元。\n\n"
        "关于开展夏季农机安全检查的通知\n\n各乡镇农机站：\n"
        "为保障夏收夏种安全，县农业农村局决定开展夏季农机安全检查。\n请各站于6月15日前报送检查情况。\n"
        "特此通知。\n\n禾丰县农业农村局\n2025年6月4日\n"
    )
    path = tmp_path / "网页.txt"
    path.write_text(page, encoding="utf-8")
    titles = [document.title for document in parse_file(path).documents]
    assert titles[-1] == "关于开展夏季农机安全检查的通知" and len(titles) == 2
