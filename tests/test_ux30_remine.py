"""ux30 walk: the keeper of a county bureau's templates mines the archive, edits the mined notice template by hand
(a section renamed, a default changed, a section removed), and a month later mines again, with more documents,
into the same folder. The edits were refused (--force would not replace an edited folder) and had to be made
again by hand on a new folder; now they are carried into the new result and said on screen.

The documents are made up for this walk (a 农业农村局 of an imagined county)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import OutputError
from drafter.mining.carry import carry_edits

_UNIT = "枫溪县农业农村局"
_MATTERS = [
    ("做好春季农业生产工作", "春耕时节已到", "各乡镇要组织农技人员下田指导，保障种子化肥供应。"),
    ("开展农机安全生产检查", "农忙季节农机作业增多", "各乡镇要对拖拉机、收割机逐台检查，查验牌证。"),
    ("加强汛期农田水利设施管护", "汛期将至", "各乡镇要对山塘水库、灌溉渠道逐一巡查，及时清淤。"),
    ("做好秋粮收购服务工作", "秋粮陆续上市", "各乡镇要引导农户错峰售粮，防止压级压价。"),
    ("开展冬季农村人居环境整治", "入冬以后农闲时间较多", "各乡镇要发动群众清理房前屋后垃圾，拆除破旧棚舍。"),
]


def _notice(number: int, matter: tuple[str, str, str], copied: str) -> str:
    title, why, what = matter
    return "\n".join(
        [
            f"{_UNIT}文件",
            f"枫农〔2025〕{number}号",
            f"关于{title}的通知",
            "各乡镇人民政府，局属各单位：",
            f"　　{why}，为确保工作落到实处，现将有关事项通知如下。",
            "　　一、提高思想认识",
            "　　各单位要把这项工作摆上重要议事日程，主要负责人亲自抓。",
            "　　二、抓好工作落实",
            f"　　{what}",
            "　　三、工作要求",
            "　　各单位要明确专人负责，工作情况于月底前报局办公室。",
            _UNIT,
            f"2025年{number}月{number + 3}日",
            f"抄送：{copied}。",
            f"{_UNIT}办公室　　2025年{number}月{number + 3}日印发",
        ]
    )


def _archive(tmp_path: Path, count: int, copied: str = "县委农办，县人民政府办公室") -> Path:
    folder = tmp_path / "档案"
    folder.mkdir(exist_ok=True)
    for number, matter in enumerate(_MATTERS[:count], 1):
        (folder / f"通知{number}.txt").write_text(_notice(number, matter, copied), encoding="utf-8")
    return folder


def _mine(archive: Path, output: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(output), *extra])
    return result.exit_code, result.output


def _keeper_edits(manifest: Path) -> None:
    text = manifest.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    body = next(s for s in data["sections"] if s["name"] == "body")
    assert body["title"] == "正文"
    text = text.replace("  title: 正文\n", "  title: 工作事项\n", 1)
    text = text.replace("- name: issued\n  title: 印发或转发的文件\n  when: 印发文件\n", "")
    mined = data["fields"]["主送机关"]["default"]
    text = text.replace(f"    default: {mined}\n", "    default: 各乡镇人民政府、县直有关单位\n", 1)
    manifest.write_text(text, encoding="utf-8")


def _as_the_keeper_left_it(manifest: Path) -> None:
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    names = [s["name"] for s in data["sections"]]
    assert "issued" not in names
    assert next(s for s in data["sections"] if s["name"] == "body")["title"] == "工作事项"
    assert data["fields"]["主送机关"]["default"] == "各乡镇人民政府、县直有关单位"


def test_mining_again_into_the_same_folder_keeps_the_keepers_edits(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    manifest = output / "notice" / "manifest.yaml"
    _keeper_edits(manifest)
    _archive(tmp_path, 5)  # a month later: one more notice
    code, said = _mine(archive, output, "--force")
    assert code == 0, said
    _as_the_keeper_left_it(manifest)
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    assert "5 篇" in data["description"]  # the new mine's, where the keeper did not edit
    line = next(x for x in said.splitlines() if x.startswith("沿用上次的修改："))
    assert "notice/manifest.yaml" in line and "“正文”一节改名为“工作事项”" in line
    assert "去掉了“印发或转发的文件”这一节" in line and "各乡镇人民政府、县直有关单位" in line
    # And the month after: the edits are still the keeper's, not taken for what drafter wrote.
    code, said = _mine(archive, output, "--force")
    assert code == 0, said
    _as_the_keeper_left_it(manifest)
    assert "沿用上次的修改：notice/manifest.yaml" in said


def test_without_force_the_refusal_says_the_edits_will_be_kept(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    _keeper_edits(output / "notice" / "manifest.yaml")
    code, said = _mine(archive, output)
    assert code == 1
    assert "--force" in said and "改过的 notice/manifest.yaml 会沿用到新结果里" in said


def test_the_keepers_default_stands_over_what_the_new_documents_teach_and_is_said(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    manifest = output / "notice" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace(
        "    default:\n    - 县委农办\n    - 县人民政府办公室\n", "    default:\n    - 县人民政府办公室\n", 1
    )
    manifest.write_text(text, encoding="utf-8")
    for file in archive.iterdir():  # the unit now copies to the 县财政局 as well
        file.write_text(file.read_text(encoding="utf-8").replace("县人民政府办公室。", "县人民政府办公室，县财政局。"))
    code, said = _mine(archive, output, "--force")
    assert code == 0, said
    assert yaml.safe_load(manifest.read_text(encoding="utf-8"))["fields"]["抄送"]["default"] == ["县人民政府办公室"]
    assert "这次挖掘得到的是“县委农办、县人民政府办公室、县财政局”，按改过的" in said


def test_an_edit_that_cannot_be_carried_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    manifest = output / "notice" / "manifest.yaml"
    _keeper_edits(manifest)
    text = manifest.read_text(encoding="utf-8").replace("sections:\n", "# 12月起站名改了\nsections:\n", 1)
    manifest.write_text(text, encoding="utf-8")
    _archive(tmp_path, 5)
    code, said = _mine(archive, output, "--force")
    assert code == 1
    at = text.splitlines().index("# 12月起站名改了") + 1
    assert f"manifest.yaml:{at}" in said and "注释" in said
    assert manifest.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["档案", "模板"]  # no staging folder left beside it


def test_a_jinja_file_the_keeper_edited_is_kept_where_the_new_mine_writes_it_as_before(tmp_path: Path) -> None:
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    intro = output / "notice" / "intro.j2"
    text = intro.read_text(encoding="utf-8") + "{# 12月起导语后不再另写过渡句 #}\n"
    intro.write_text(text, encoding="utf-8")
    code, said = _mine(archive, output, "--force")
    assert code == 0, said
    assert intro.read_text(encoding="utf-8") == text
    assert "沿用上次的修改：notice/intro.j2" in said


def test_sections_the_keeper_added_and_reordered_are_added_and_ordered_so(tmp_path: Path) -> None:
    output, staging = tmp_path / "模板", tmp_path / "新"
    sections = [{"name": n, "title": t} for n, t in (("head", "版头"), ("intro", "导语"), ("body", "正文"))]
    then = {"name": "notice", "description": "从 4 篇", "sections": sections}
    now = {"name": "notice", "description": "从 4 篇", "sections": [sections[0], sections[2], sections[1]]}
    now["sections"].insert(2, {"name": "basis", "title": "依据"})
    theirs = {"name": "notice", "description": "从 5 篇", "sections": [*sections, {"name": "closing", "title": "结语"}]}
    for folder, data in ((output, now), (staging, theirs)):
        (folder / "notice").mkdir(parents=True)
        (folder / "notice" / "manifest.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    said = carry_edits(output, staging, {"notice/manifest.yaml": yaml.safe_dump(then, allow_unicode=True)})
    merged = yaml.safe_load((staging / "notice" / "manifest.yaml").read_text(encoding="utf-8"))
    assert [s["name"] for s in merged["sections"]] == ["head", "body", "basis", "intro", "closing"]
    assert merged["description"] == "从 5 篇"
    assert "加上了“依据”这一节" in said[0] and "章节顺序按改过的排" in said[0]


def test_a_file_the_keeper_put_in_is_kept_with_the_edit_that_names_it(tmp_path: Path) -> None:
    # The keeper put the unit's 红头模板.docx beside the notice template and named it as its reference: refused as a
    # file drafter did not write, the whole folder was never replaced again.
    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    (output / "notice" / "红头模板.docx").write_bytes(b"the unit's own letterhead")
    manifest = output / "notice" / "manifest.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            "extends: notice\n", "extends: notice\nreference: 红头模板.docx\n"
        ),
        encoding="utf-8",
    )
    _archive(tmp_path, 5)
    code, said = _mine(archive, output, "--force")
    assert code == 0, said
    assert (output / "notice" / "红头模板.docx").read_bytes() == b"the unit's own letterhead"
    assert yaml.safe_load(manifest.read_text(encoding="utf-8"))["reference"] == "红头模板.docx"
    assert "沿用上次的修改：notice/红头模板.docx" in said


def test_an_edit_that_cannot_be_carried_is_said_before_the_mining(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Said only once the archive was read and mined (minutes for a big one), and then nothing came of them.
    from drafter.mining import mine as mining

    archive, output = _archive(tmp_path, 4), tmp_path / "模板"
    assert _mine(archive, output)[0] == 0
    manifest = output / "notice" / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("fields:\n", "fields: [\n", 1), encoding="utf-8")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the archive was read")

    monkeypatch.setattr(mining, "parse_paths", no_reading)
    with pytest.raises(OutputError, match=r"manifest\.yaml:.*不是正确的 YAML"):
        mining.mine([archive], output, force=True)
