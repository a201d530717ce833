"""The segmenter's decoder: the written-out Viterbi is the general one."""

from __future__ import annotations

import pickle
import random

from drafter.mining.linear import NEG, PLAIN_EMISSION, Binary, viterbi, viterbi_reference


def test_written_out_viterbi_is_the_general_loop() -> None:
    rng = random.Random(5)
    values = [NEG, 0.0, 1.0, -1.0, 0.5]  # few values: ties happen, and must go the same way
    for _ in range(20_000):
        transitions = [[rng.choice(values[1:]) for _ in range(4)] for _ in range(4)]
        emissions = [[rng.choice(values) for _ in range(4)] for _ in range(rng.randint(0, 12))]
        assert viterbi(emissions, transitions) == viterbi_reference(emissions, transitions), (emissions, transitions)


def test_runs_of_plain_body_text_decode_as_the_general_loop() -> None:
    """viterbi takes a shortcut over the plain-sentence emission it knows; the path is the general loop's."""
    rng = random.Random(7)
    values = [NEG, 0.0, 1.0, -1.0, 0.5]
    for _ in range(20_000):
        transitions = [[rng.choice(values[1:]) for _ in range(4)] for _ in range(4)]
        emissions = [
            PLAIN_EMISSION if rng.random() < 0.6 else [rng.choice(values) for _ in range(4)]
            for _ in range(rng.randint(0, 14))
        ]
        assert viterbi(emissions, transitions) == viterbi_reference(emissions, transitions), (emissions, transitions)


def test_decoding_rows_in_parts_is_decoding_the_rows() -> None:
    """The run-time decoder scores a row's recurring parts once; the labels are those of the joined rows."""
    from drafter.mining.clean import clean
    from drafter.mining.features import segment_parts, segment_rows
    from drafter.mining.linear import shipped
    from drafter.mining.reader import RawLine, RawText
    from drafter.mining.split import rule_starts

    rng = random.Random(11)
    pieces = [
        "关于做好春季防火工作的通知",
        "各乡镇人民政府：",
        "为切实做好春季森林防火工作，确保人民群众生命财产安全，现将有关事项通知如下。",
        "一、提高认识",
        "二、落实责任",
        "各单位要明确分工，层层落实，确保各项措施落到实处，不留死角。",
        "特此通知。",
        "县人民政府办公室",
        "2024年3月1日",
        "第2篇：某镇工作总结",
        "相关文章：",
        "来源：本站  时间：2024-03-01",
        "",
        "==========",
    ]
    model = shipped().segmenter
    for _ in range(40):
        texts = [rng.choice(pieces) for _ in range(rng.randint(1, 40))]
        raw = RawText("page.txt", "txt", "utf-8", tuple(RawLine(t, n + 1) for n, t in enumerate(texts)))
        lines = clean(raw).lines
        rules = rule_starts(lines)
        for flattened in (False, True):
            rows = segment_rows(lines, rules, flattened=flattened)
            parts = segment_parts(lines, rules, flattened=flattened)
            assert model.decode_parts(parts) == model.decode(rows)


def test_a_model_sent_to_a_worker_leaves_its_sums_behind() -> None:
    """decode_parts's sums are keyed by object ids, which mean nothing in another process (parse -j N)."""
    import pickle

    from drafter.mining.linear import Sequencer

    model = Sequencer({"bias": [1.0, 0.0, 0.0, 0.0]}, [[0.0] * 4 for _ in range(4)])
    part = ("bias",)
    assert model.decode_parts([("bias", part, part, part, part, part, part, [])]) == [0]
    assert model._sums
    copy = pickle.loads(pickle.dumps(model))
    assert copy._sums == {} and copy.features == model.features


def test_the_first_sentence_after_lines_of_furniture_is_scored_not_taken_as_body() -> None:
    from drafter.mining.features import PLAIN_ROW, segment_rows
    from drafter.mining.model import Line

    texts = [
        "发布日期：2024-05-06  来源：某某网  阅读：1234",
        "这里整理了一篇关于社区工作的参考材料，供大家写作时对照参考使用。",
        "今年以来，社区围绕服务居民这一中心，扎实推进各项重点工作，取得了明显成效。",
    ]
    rows = segment_rows(tuple(Line(text, n + 1) for n, text in enumerate(texts)))
    # The blurb under a byline may be furniture (OUT): it has a row of its own; the sentence after it is body.
    assert rows[1] != PLAIN_ROW
    assert rows[2] == PLAIN_ROW


def test_a_remembered_heading_score_is_the_sum_and_follows_new_weights() -> None:
    """Binary.remembered gives score's very float for a list seen before, and forgets the sums of weights or a
    bias replaced since (a copy with features taken out, as benchmarks/rule_report.py makes)."""
    rng = random.Random(7)
    names = [f"f{k}" for k in range(40)]
    model = Binary({name: rng.uniform(-2, 2) for name in names}, 0.3)
    lists = [[rng.choice(names) for _ in range(rng.randint(0, 50))] for _ in range(300)]
    for feats in lists * 2:
        assert model.remembered(feats) == model.score(feats)
    model.features = {name: 1.0 for name in names}
    model.bias = -1.0
    for feats in lists:
        assert model.remembered(feats) == model.score(feats) == len(feats) - 1.0
    sent = pickle.loads(pickle.dumps(model))
    assert sent._sums == {} and sent.remembered(lists[0]) == model.score(lists[0])


def test_a_score_remembered_by_parts_is_the_sum_of_the_features_they_make() -> None:
    """Binary.remembered_parts gives score's very float for the features its parts make, the second time without
    making them, and forgets the sums of weights or a bias replaced since."""
    rng = random.Random(11)
    names = [f"f{k}" for k in range(40)]
    model = Binary({name: rng.uniform(-2, 2) for name in names}, 0.3)
    parts = [tuple(rng.choice(names) for _ in range(rng.randint(0, 30))) for _ in range(200)]
    made: list[tuple[str, ...]] = []

    def features(key: tuple[str, ...]) -> list[str]:
        made.append(key)
        return ["bias", *key]

    for key in parts * 2:
        assert model.remembered_parts(key, features) == model.score(["bias", *key])
    assert len(made) == len(set(parts))  # each distinct set of parts made into features once
    model.features = {name: 1.0 for name in names}
    model.bias = -1.0
    for key in parts:
        assert model.remembered_parts(key, features) == model.score(["bias", *key]) == len(key) - 1.0
    sent = pickle.loads(pickle.dumps(model))
    assert sent._by_parts == {} and sent.remembered_parts(parts[0], features) == model.score(["bias", *parts[0]])
