from drafter.mining.clean import Line
from drafter.mining.parse import ParsedDocument
from drafter.mining.spread import paragraph_sketch, series_key, similarity, source_groups

SHARED = (
    "本单位坚持把安全教育放在首位，每学期开展两次应急疏散演练，组织师生学习消防知识和防溺水常识，家校联动形成合力。"
)


def document(path: str, title: str, *texts: str) -> ParsedDocument:
    lines = tuple(Line(text, number) for number, text in enumerate(texts, 1))
    return ParsedDocument(path, 1, len(lines), "summary", title, (), lines)


def test_series_titles() -> None:
    assert series_key("青禾县教育局2023年工作总结") == series_key("青禾县教育局2024年上半年工作总结") == "青禾县教育局"
    assert series_key("关于2021年工作情况的报告") == ""  # names no organisation: not a series
    assert series_key("工作总结") == ""


def test_a_series_key_is_a_name_the_documents_hold() -> None:
    # Periods come out whole; the words of a name keep their characters (全, 学, 期), so that the key is found in
    # the documents that name the organisation (the own-archive test searches their text for it).
    assert series_key("临川燃气有限公司2024年安全生产工作总结") == "临川燃气有限公司安全生产"
    assert series_key("白鹭职业技术学院党政办公室2025年度工作总结") == "白鹭职业技术学院党政办公室"
    assert series_key("某某开发组2008年下半年度工作总结") == series_key("某某开发组 2023 年工作总结") == "某某开发组"
    assert series_key("某某中学2023-2024学年第一学期工作总结") == "某某中学"


def test_near_duplicate_paragraphs() -> None:
    edited = SHARED.replace("两次", "三次")
    assert similarity(paragraph_sketch(SHARED), paragraph_sketch(edited)) >= 0.6
    other = (
        "今年全镇新建标准化操场两处，改造教学楼一栋，所有教室配备多媒体设备，办学条件明显改善，群众满意度进一步提高。"
    )
    assert similarity(paragraph_sketch(SHARED), paragraph_sketch(other)) < 0.3


def test_groups_join_copies_and_series_but_not_chains() -> None:
    docs = [
        document(
            "a.txt",
            "",
            SHARED,
            "甲校今年在课后服务方面做了大量工作，开设兴趣小组二十个，学生参与率达到百分之九十以上。",
        ),
        document(
            "b.txt", "", SHARED.replace("两次", "三次"), "乙校的工作重点放在教师培训上，全年组织骨干教师外出学习多次。"
        ),
        document("c.txt", "青禾县教育局2023年工作总结", "丙文的内容与前两篇毫不相干，讲的是校舍维修和食堂管理的情况。"),
        document(
            "d.txt", "青禾县教育局2024年工作总结", "丁文写的是另一年的校舍维修和食堂管理，内容也不相同，篇幅较短。"
        ),
        document("e.txt", "", "戊文是一篇完全独立的总结，讲述社区志愿服务的开展情况和下一步打算。"),
    ]
    groups = source_groups(docs)
    assert groups.count([0, 1]) == 1 and groups.count([2, 3]) == 1
    assert groups.count([0, 1, 2, 3, 4]) == 3
    assert groups.count([0, 4]) == 2


def test_saved_pages_of_other_units_do_not_make_the_archive_less_the_units_own() -> None:
    # A company's yearly summaries and its notices, beside a saved page of three other units' documents: most
    # of the company's own files name it, so its summaries are how it writes, not one series' single voice.
    unit = "临川燃气有限公司"
    own = [
        document(f"总结{year}.txt", f"{unit}{year}年度工作总结", f"{year}年，{unit}围绕{work}扎实推进各项工作。")
        for year, work in ((2023, "安全供气"), (2024, "管网改造"), (2025, "客户服务"))
    ]
    own.append(document("通知.txt", "关于做好节日值班工作的通知", f"各部门：请做好值班工作。{unit}"))
    saved = [
        document("范文.html", title, text)
        for title, text in (
            ("某县教育局2024年工作总结", "今年全县教育系统紧紧围绕立德树人根本任务开展工作。"),
            ("关于开展安全检查的通知", "各乡镇：为做好安全生产工作，决定开展安全检查。"),
            ("某镇人民政府2024年工作总结", "一年来，全镇上下凝心聚力，经济社会持续健康发展。"),
            ("关于召开工作会议的通知", "各村：经研究，定于下周召开全镇工作会议。"),
        )
    ]
    groups = source_groups(own + saved)
    assert groups.count([0, 1, 2]) == 3


def test_voices_are_counted_as_the_links_among_the_documents_themselves() -> None:
    """Groups.count looks sets up and joins only documents of one group: the same counts as joining
    every linked pair among the documents asked about, on random link structures."""
    import random

    from drafter.mining.spread import Groups

    def plain(links: dict[int, set[int]], documents: set[int]) -> int:
        parent = {d: d for d in documents}

        def find(d: int) -> int:
            while parent[d] != d:
                d = parent[d]
            return d

        for one in documents:
            for two in links.get(one, ()):
                if two in documents:
                    parent[find(one)] = find(two)
        return len({find(d) for d in documents})

    rng = random.Random(7)
    for _ in range(30):
        size = rng.randint(2, 30)
        links: dict[int, set[int]] = {}
        for _ in range(rng.randint(0, size)):
            one, two = rng.sample(range(size), 2)
            links.setdefault(one, set()).add(two)
            links.setdefault(two, set()).add(one)
        group = list(range(size))  # of_document: the closure over all links

        def root(d: int, group: list[int] = group) -> int:
            while group[d] != d:
                d = group[d]
            return d

        for one, others in links.items():
            for two in others:
                group[root(one)] = root(two)
        groups = Groups(tuple(root(d) for d in range(size)), {d: frozenset(o) for d, o in links.items()}, {})
        for _ in range(20):
            documents = set(rng.sample(range(size), rng.randint(1, size)))
            assert groups.count(list(documents)) == plain(links, documents)
            assert groups.count(sorted(documents)) == plain(links, documents)  # asked again: looked up


def test_a_units_own_yearly_summaries_are_its_voices_not_one_series() -> None:
    """In a corpus most of whose documents name one unit (its archive), that unit's yearly summaries are
    not joined as a series: a unit that keeps five years of 工作总结 must be able to mine a template."""
    unit = "青禾县文化和旅游局"
    summaries = [
        document(f"s{year}.txt", f"{unit}{year}年工作总结", f"{year}年，我局围绕全县中心工作，扎实推进文旅融合。{unit}")
        for year in (2022, 2023, 2024)
    ]
    notices = [
        document(f"n{k}.txt", title, "请各单位认真贯彻落实。", unit)
        for k, title in enumerate(("关于做好春节文化市场检查的通知", "关于开展非遗普查的通知"))
    ]
    assert source_groups([*summaries, *notices]).count([0, 1, 2]) == 3
    others = [
        document(f"o{k}.txt", f"第{k}篇其他单位的总结", "其他单位的总结讲的是别的事情，和这个局没有关系。")
        for k in range(5)
    ]
    assert source_groups([*summaries, *others]).count([0, 1, 2]) == 1


def test_a_units_long_imprint_line_joins_no_documents() -> None:
    # ux21 walk: a county's two offices copy every document to the same six bodies; that 抄送 line is longer than
    # the paragraph floor and made up a fifth of each short notice or letter, so the unit's whole archive became
    # one source group (8 documents of 6 genres) and no genre but 通知 had voices enough for a template. A 版记
    # line is the unit's constant, read by constants.py, never a sign that two documents are one voice.
    copied = "抄送：市人大常委会办公室，市政协办公室，市纪委监委办公室，市军分区，市中级法院，市检察院。"
    printed = "荔浦市人民政府办公室　　　　　　　　2025年3月2日印发"
    docs = [
        document("a.txt", "", "请各街道于本周五前上报防汛物资储备情况，逾期未报的将予通报。", copied, printed),
        document("b.txt", "", "定于下周二召开全市招商引资推进会，请各部门主要负责同志参加。", copied, printed),
        document("c.txt", "", copied, printed),
    ]
    groups = source_groups(docs)
    assert groups.count([0, 1, 2]) == 3
