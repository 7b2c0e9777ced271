"""Trade goals, round fifteen (issue #17): goals told as work "toward" a figure, or as a push of "two-way" trade (a
hyphen between the verb and "to").  Rows are short texts of our own in the styles of outlets never modelled before,
read end to end (extraction, then reconcile), with negatives (a figure reached is a trade figure).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-03-26"


def _told(nlp: Language, text: str) -> list[tuple[str, float | None, int]]:
    """(type, amount, number of documents) of each event of a text, sorted."""
    return sorted(
        ((e.type, e.amount, len(e.agreements)) for e in events_of(nlp, text, PUBLISHED)),
        key=lambda row: (row[0], row[1] or 0.0, row[2]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # online outlet style: work toward a trade figure by a year
            "Prime Minister Kobakhidze and Prime Minister Aripov agreed to work toward annual trade of US$500 million "
            "by 2027.",
            [("trade_target", 500_000_000.0, 0)],
        ),
        (  # state agency style: push "two-way" trade (a hyphen between the verb and "to")
            "President Tokayev and President To Lam agreed to push two-way trade to US$2 billion by 2030.",
            [("trade_target", 2_000_000_000.0, 0)],
        ),
        (  # the goal's amount is no value of the documents signed beside it (no signing without a document)
            "President Tokayev and President To Lam agreed to push two-way trade to US$2 billion and signed 12 "
            "cooperation documents.",
            [("trade_target", 2_000_000_000.0, 0)],
        ),
        (  # negative: working toward a goal, then a figure reached, is a trade figure
            "Officials worked toward the goal all year, and bilateral trade reached $400 million in 2024.",
            [("trade_figure", 400_000_000.0, 0)],
        ),
    ],
)
def test_trade_goals_told_as_work_toward_a_figure(
    nlp: Language, text: str, expected: list[tuple[str, float | None, int]]
) -> None:
    assert _told(nlp, text) == expected
