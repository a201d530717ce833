"""The segmenter's decoder: the written-out Viterbi is the general one."""

from __future__ import annotations

import random

from drafter.mining.linear import NEG, viterbi, viterbi_reference


def test_written_out_viterbi_is_the_general_loop() -> None:
    rng = random.Random(5)
    values = [NEG, 0.0, 1.0, -1.0, 0.5]  # few values: ties happen, and must go the same way
    for _ in range(20_000):
        transitions = [[rng.choice(values[1:]) for _ in range(4)] for _ in range(4)]
        emissions = [[rng.choice(values) for _ in range(4)] for _ in range(rng.randint(0, 12))]
        assert viterbi(emissions, transitions) == viterbi_reference(emissions, transitions), (emissions, transitions)
