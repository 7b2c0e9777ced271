"""Events, round seven: fewer events that the article does not report as events of their own.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

from pipeline.records import Event


def types_with_amount(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events if e.amount is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business daily style: a count of deals and their worth is a business package
            "Kazakh and Hungarian companies signed 27 commercial agreements worth more than $4.6 billion at the "
            "business forum in Almaty on Thursday.",
            ["investment"],
        ),
        (  # wire style, the signing as a noun
            "The Tajik-Iranian business forum held in Dushanbe on Tuesday ended with the signing of 13 documents "
            "worth nearly 150 million U.S. dollars.",
            ["investment"],
        ),
        (  # government press service style
            "Korean and Kazakh companies signed 18 commercial documents with a combined value of $2.4 billion "
            "in Seoul on Wednesday.",
            ["investment"],
        ),
        (  # negative: documents not counted, signed for a total: the signing with its value
            "Trade contracts and investment agreements were signed for a total of $1.2 billion in Astana on Friday.",
            ["signing"],
        ),
        (  # negative: a named document keeps its value as a signing
            "The Saudi Fund for Development signed a $100 million loan agreement with Uzbekistan on Sunday to "
            "finance water supply networks.",
            ["signing"],
        ),
    ],
)
def test_counted_deals_with_their_worth_are_an_investment(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_with_amount(events_of(nlp, text, "2025-10-17")) == expected


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (  # weekly magazine style: talks told in the sentence of a recalled visit are that visit
            "Uzbek President Shavkat Mirziyoyev paid a state visit to Azerbaijan on 22-23 August, holding talks "
            "with Ilham Aliyev in Baku.",
            0,
        ),
        (  # negative: talks recalled in a sentence of their own are not the visit announced
            "President Ilham Aliyev will pay a state visit to Tashkent on 12-13 December. The two presidents "
            "last met in Moscow on May 9.",
            1,
        ),
    ],
)
def test_talks_told_in_the_sentence_of_the_visit_are_the_visit(nlp: Language, text: str, meetings: int) -> None:
    assert sum(e.type == "meeting" for e in events_of(nlp, text, "2023-11-23")) == meetings


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        (  # wire headline style: a figure's period and the goal's deadline in one line
            "Trade up 14% in Q1, $30 bln target by 2030 achievable, minister says.",
            [("2030-01-01", 30_000_000_000)],
        ),
        (  # agency style: a goal restated in a quote later, with no deadline of its own
            "Iran and Turkmenistan agreed on Tuesday to raise the value of bilateral trade to $3 billion a year by "
            "2028. The president recalled the visit of the Turkmen leader to Tehran last year. “The current volume "
            "of trade is low, and we have agreed to take it to three billion dollars a year,” he said.",
            [("2028-01-01", 3_000_000_000)],
        ),
        (  # negative: the same amount with two deadlines stated: a goal moved, two goals
            "In 2018 the leaders set a goal of bringing trade to $1 billion by 2020. On Monday they agreed to "
            "bring trade to $1 billion by 2030.",
            [("2020-01-01", 1_000_000_000), ("2030-01-01", 1_000_000_000)],
        ),
    ],
)
def test_one_amount_is_one_goal(nlp: Language, text: str, goals: list[tuple[str, float]]) -> None:
    found = sorted((e.date_start, e.amount) for e in events_of(nlp, text, "2025-10-22") if e.type == "trade_target")
    assert found == goals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # state news agency style: the currency written "US$" before a space
            "Last year, mutual trade amounted to US$ 94.3 million. The sides agreed to raise this figure to US$ 500 "
            "million by 2030.",
            "trade_figure trade_target",
        ),
        (
            "The two presidents agreed to bring mutual trade to US$1 billion in the coming years.",
            "trade_target",
        ),
        ("Uzbekistan and Pakistan intend to increase trade to $1 billion.", "trade_target"),
        # negative: a past figure stays a figure
        ("Mutual trade increased to US$ 94.3 million last year.", "trade_figure"),
    ],
)
def test_a_goal_in_us_dollars_is_a_goal(nlp: Language, text: str, kind: str) -> None:
    assert sorted(e.type for e in events_of(nlp, text, "2025-05-15") if e.amount is not None) == kind.split()
