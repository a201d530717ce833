from drafter.patterns import lazy


def test_a_lazy_pattern_compiles_on_first_use_and_behaves_like_a_pattern() -> None:
    pattern = lazy(r"(?P<n>\d+)号")
    assert pattern._compiled is None
    assert pattern.search("第12号").group("n") == "12"
    assert pattern.findall("1号2号") == ["1", "2"]
    assert pattern.sub("X", "3号") == "X" and pattern.groupindex == {"n": 1}
    assert pattern.fullmatch("4号") and not pattern.match("甲4号")
    assert [m.group(0) for m in pattern.finditer("5号6号")] == ["5号", "6号"]
    assert pattern.split("7号甲") == ["", "7", "甲"]
