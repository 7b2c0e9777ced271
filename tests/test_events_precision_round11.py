"""Events, round eleven: precision of trade figures, trade targets, investments and other acts.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import types_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ministry style: someone wants trade to reach a figure: a goal
            "Kudratov said his government wants two-way trade to climb to $500 million a year within the next "
            "few years.",
            ["trade_target"],
        ),
        (  # quoted speech: "we want to see trade reach"
            'We want to see bilateral trade reach US$800 million by 2030," the minister remarked.',
            ["trade_target"],
        ),
        (  # agency style: expects turnover to hit a figure
            "The ambassador expects mutual turnover to hit $1 billion by 2027.",
            ["trade_target"],
        ),
        (  # wire style: a mandative "be raised to"
            "Tokayev urged that annual turnover be raised to $3 billion by 2030.",
            ["trade_target"],
        ),
        (  # "proposed that trade be lifted from ... to ..."
            "The premier proposed that two-way trade be lifted from $250 million to $1 billion within a year.",
            ["trade_target"],
        ),
        (  # negative: a figure reached is a figure, not a goal
            "Bilateral trade was raised to $2 billion last year, the statistics office said.",
            ["trade_figure"],
        ),
        (  # negative: a figure measured
            "Trade between the two countries climbed to $650 million in 2024.",
            ["trade_figure"],
        ),
    ],
)
def test_trade_goals_are_targets(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, published="2025-06-01") == expected
