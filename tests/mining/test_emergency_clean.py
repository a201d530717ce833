"""How a bureau's documents are read before mining: its contact line above the signature, and a 版记 line a
printed page broke in two. Documents written for these tests (a fictional 枫渡县应急管理局)."""

from pathlib import Path

import drafter

UNIT = "枫渡县应急管理局"


def _lines(path: Path) -> list[str]:
    parsed, _ = drafter.parse([path])
    return [line.text for document in parsed[0].documents for line in document.lines]


def test_a_long_contact_line_keeps_the_signature_below_it(tmp_path: Path) -> None:
    text = (
        "关于召开全县防汛工作视频会议的通知\n各乡镇人民政府：\n经研究，定于近期召开全县防汛工作视频会议。\n"
        "请各单位于4月20日前将参会人员名单报我局。\n"
        "联系人：县应急管理局办公室 周晓航，电话：0797-5521086\n"
        f"{UNIT}\n2025年4月16日\n"
    )
    path = tmp_path / "会议通知.txt"
    path.write_text(text, encoding="utf-8")
    lines = _lines(path)
    assert UNIT in lines and "2025年4月16日" in lines, lines


def test_a_line_a_page_broke_in_two_is_joined_back(tmp_path: Path) -> None:
    body = "各乡镇要在林区主要路口设置检查卡点，严禁携带火种进山，对祭祀用火、农事用火实行审批管理。" * 3
    wrapped = [body[i : i + 28] for i in range(0, len(body), 28)]
    copied = "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。"
    lines = [
        f"{UNIT}文件",
        "枫应急〔2024〕37号",
        "关于切实做好秋冬季森林防火工作的通知",
        "各乡镇人民政府，县安委会各成员单位：",
        *wrapped,
        "特此通知。",
        UNIT,
        "2024年10月15日",
        copied[:28],
        "",
        "— 1 —",
        "",
        copied[28:],
        f"{UNIT}办公室　　2024年10月15日印发",
    ]
    path = tmp_path / "森林防火.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert copied in _lines(path)
