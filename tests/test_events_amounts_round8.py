"""Round 8, events carrying an amount: a breakdown of a trade total into exports and imports is no figure of its
own; a comparison figure "recorded the previous year" is of the year before (our own sentences, several styles)."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile


def figures(nlp: Language, text: str, published: str = "2025-06-10") -> list[tuple[str, float | None, str]]:
    """(type, amount, date_start) of the trade figures and targets of `text`."""
    document = make_document(text, published=published)
    events = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.type, e.amount, e.date_start) for e in events if e.type in {"trade_figure", "trade_target"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence after a total breaks it into exports and imports: the parts restate the total
        (
            "Bilateral trade in January-March 2025 totalled $640 million, the statistics bureau said. "
            "Exports from Kazakhstan came to $410 million, and imports to $230 million.",
            [("trade_figure", 6.4e8, "2025-01-01")],
        ),
        (
            "ULAANBAATAR, June 9 (MONTSAME). Trade turnover between Mongolia and Hungary reached 120 million euros "
            "in 2024. Hungarian exports amounted to 85 million euros.",
            [("trade_figure", 1.2e8, "2024-01-01")],
        ),
        # ... but a part that measures its own change is a figure of its own
        (
            "Foreign trade reached $30 billion in January-June 2025. Exports grew by 8.5% to $12 billion.",
            [("trade_figure", 1.2e10, "2025-01-01"), ("trade_figure", 3e10, "2025-01-01")],
        ),
        # ... and so is one with a period of its own
        (
            "Trade between the two countries stood at $900 million in 2024. "
            "In January-April 2025, Turkish exports reached $280 million.",
            [("trade_figure", 2.8e8, "2025-01-01"), ("trade_figure", 9e8, "2024-01-01")],
        ),
        # ... or one counted in another currency than the total
        (
            "Trade between Tajikistan and Iran amounted to $280 million in 2024. "
            "Tajik exports to Iran were estimated at 1.1 billion somoni.",
            [("trade_figure", 2.8e8, "2024-01-01"), ("trade_figure", 1.1e9, "2024-01-01")],
        ),
        # a comparison figure "recorded the previous year" is of the year before the one the sentence states
        (
            "Malaysia's trade with Kazakhstan in 2024 came to RM412.5 million, 9.8 per cent lower than "
            "the RM457.3 million recorded the previous year.",
            [("trade_figure", 4.125e8, "2024-01-01"), ("trade_figure", 4.573e8, "2023-01-01")],
        ),
        (
            "Czech exports to Uzbekistan reached EUR 210 million in 2024, against EUR 160 million registered a year "
            "earlier.",
            [("trade_figure", 1.6e8, "2023-01-01"), ("trade_figure", 2.1e8, "2024-01-01")],
        ),
        (
            "Bilateral trade amounted to $2.2 billion in 2024, exceeding the $1.7 billion posted the year before.",
            [("trade_figure", 1.7e9, "2023-01-01"), ("trade_figure", 2.2e9, "2024-01-01")],
        ),
        # the previous year that dates the figure itself moves nothing
        (
            "Trade with Georgia reached $1.1 billion in the previous year, officials in Tbilisi said.",
            [("trade_figure", 1.1e9, "2024-01-01")],
        ),
    ],
)
def test_trade_figures_of_a_total_and_its_comparison(nlp: Language, text: str, expected: list) -> None:
    assert figures(nlp, text) == expected
