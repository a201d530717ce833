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


def test_a_compiled_lazy_pattern_is_asked_through_the_compiled_patterns_own_methods() -> None:
    """After its first use a lazy pattern's methods are the compiled pattern's (a call costs no call of Python
    code), with the same answers, positions and keywords included."""
    pattern = lazy(r"[一二三]、")
    assert pattern.match("二、任务", pos=0) is not None
    compiled = pattern.compiled
    for name in ("match", "fullmatch", "search", "finditer", "findall", "sub", "split"):
        method = getattr(pattern, name)
        assert method.__self__ is compiled and method.__name__ == name
    assert pattern.search("甲一、乙", 1, endpos=3).span() == (1, 3)
    assert pattern.findall("一、二、", pos=2) == ["二、"]
    assert pattern.sub("", "三、总结", count=1) == "总结"
    assert pattern.split("一、甲二、乙", maxsplit=1) == ["", "甲二、乙"]
