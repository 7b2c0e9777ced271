"""Events that carry an amount: which amounts make an event, of which type (our own sentences, several styles)."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile


def amount_events(nlp: Language, text: str, published: str = "2025-06-10") -> list[tuple[str, float | None]]:
    """(type, amount) of the events of `text` that carry an amount or state a trade figure or target."""
    document = make_document(text, published=published)
    events = reconcile([extract_document(nlp(text), document=document)])
    kinds = {"investment", "trade_figure", "trade_target"}
    return sorted((e.type, e.amount) for e in events if e.amount is not None or e.type in kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money committed or pledged is an investment
        (
            "European financial institutions committed EUR 5 billion to energy links in the region on Monday.",
            [("investment", 5e9)],
        ),
        (
            "The Saudi Fund for Development has pledged $300 million for water projects in Tajikistan.",
            [("investment", 3e8)],
        ),
        (
            "Under the deal, the Asian Development Bank committed USD 250 million (about 900 million manats).",
            [("investment", 2.5e8)],
        ),
        # ... but a commitment to a goal is no investment
        ("Both governments are committed to increasing trade to $2 billion by 2030.", [("trade_target", 2e9)]),
        ("The ministers committed themselves to deepening cooperation in energy.", []),
        # a credit line opened, extended or announced
        (
            "The two banks agreed to open a credit line of up to $150 million for joint ventures.",
            [("investment", 1.5e8)],
        ),
        (
            "India has extended a line of credit of $200 million to Kyrgyzstan for infrastructure projects.",
            [("investment", 2e8)],
        ),
        (
            "Eximbank announced a credit line of up to 50 million euros for Uzbek buyers of Czech machinery.",
            [("investment", 5e7)],
        ),
        ("The credit line will help small businesses, the bank said.", []),
        # a stock of investment stated with a figure verb is an investment, even in a sentence about trade
        (
            "Trade is growing fast, and Qatari investments in the Tajik economy have exceeded USD 120 million.",
            [("investment", 1.2e8)],
        ),
        (
            "Chinese investment in Kyrgyzstan reached $1.3 billion last year, the ministry said.",
            [("investment", 1.3e9)],
        ),
        # a trade word inside the name of a body says nothing about trade
        (
            "The Export-Import Bank of Korea will finance the project with a loan of $400 million.",
            [("investment", 4e8)],
        ),
        ("Officials of the World Trade Organization met the delegation in Geneva on Monday.", []),
        # trade figures with other verbs and words
        ("Bilateral trade hit a record $44 billion last year.", [("trade_figure", 4.4e10)]),
        ("Commerce between the two countries came to $900 million in 2024.", [("trade_figure", 9e8)]),
        ("Trade between Turkey and Azerbaijan hit $7 billion in 2024.", [("trade_figure", 7e9)]),
        # a benchmark set for trade is a target, not a figure
        ("The leaders have set a benchmark of $2 billion in mutual trade.", [("trade_target", 2e9)]),
        ("The presidents set a clear benchmark - $1 billion of bilateral trade.", [("trade_target", 1e9)]),
    ],
)
def test_amount_events(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert amount_events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a sum, or the parts a sentence breaks a sum into, are no investment of their own
        ("About half of the sum, some $1.2 billion, will be raised through loans from Chinese banks.", []),
        ("Some 40% of the total, or $800 million, is to come from the Islamic Development Bank.", []),
        (
            "The minister said the money would include 2 billion euros for transport, 1.5 billion euros for energy "
            "and 500 million euros for digital projects.",
            [],
        ),
        # ... while a sum and one amount for a purpose stay an investment
        ("The bank approved a loan of $300 million for the Rogun project on Thursday.", [("investment", 3e8)]),
        ("The EU announced a 5 billion euro investment package for Central Asia.", [("investment", 5e9)]),
    ],
)
def test_parts_of_a_sum(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert amount_events(nlp, text) == expected
