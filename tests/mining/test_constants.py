from pathlib import Path

from drafter.mining.constants import unit_constants
from drafter.mining.parse import parse_file
from drafter.mining.zones import document_zones

UNIT = Path(__file__).resolve().parent / "unit_corpus"


def test_zones_cut_head_addressee_and_tail() -> None:
    document = parse_file(UNIT / "01.txt").documents[0]
    zones = document_zones(document)
    assert zones.addressee == "各乡镇中心学校，县直各学校、幼儿园"
    assert zones.signature == "云溪县教育体育局"
    assert any(text.startswith("抄送") for _, text in zones.tail)
    assert not any("印发" in text or "抄送" in text for text in zones.texts)


def test_constants_need_most_documents() -> None:
    documents = [parse_file(path).documents[0] for path in sorted(UNIT.glob("*.txt"))]
    found = {c.field: c for c in unit_constants(documents)}
    assert found["文号格式"].value == "云教体〔{年}〕{号}号" and found["文号格式"].documents == 10
    assert found["抄送"].value == ["县委办公室", "县人民政府办公室"]
    # Two documents are not enough to call anything the unit's custom.
    assert unit_constants(documents[:2]) == []
