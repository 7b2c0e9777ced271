"""Events, round eleven: precision of trade figures, trade targets, investments and other acts.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, types_of
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a public event held: an act of its own
            "The Days of Kyrgyz Culture will be held in Tashkent in the second half of the year.",
            ["other"],
        ),
        (  # a named event a capital will host
            "The president invited his guest to COP31, which Antalya will host in November.",
            ["other"],
        ),
        (  # an exhibition hosted
            "Ashgabat will host an exhibition of Pakistani goods on 17-18 June.",
            ["other"],
        ),
        (  # negative: a meeting held is the meeting, not also an act ("the fourth was held")
            "The city hosted the first meeting of the format in January 2019, while the fourth was held in Astana "
            "in June.",
            ["meeting"],
        ),
        (  # negative: a participle the parser hangs on another noun of the meeting's phrase
            "Tokayev thanked his colleague for the participation of Azerbaijan in the Consultative Meeting of the "
            "Heads of State of Central Asia held in Tashkent last month.",
            ["meeting"],
        ),
        (  # negative: "held such a ceremony" restates the award ceremony
            "During the visit, Xi presented Rahmon with the Friendship Medal, the first time China has held such a "
            "ceremony abroad.",
            ["award", "visit"],
        ),
    ],
)
def test_holding_is_an_act_only_for_a_public_event(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, published="2025-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # negative: a joint press conference closes the talks, no event of its own
            "At a joint press conference, the prime minister said the sides had agreed to lift relations to a "
            "strategic partnership.",
            [],
        ),
        (  # negative: "told a joint news conference"
            "Korean firms will get first say on the deposits, the president told a joint news conference.",
            [],
        ),
        (  # one official's own press conference on a day stays an act
            "The chief cabinet secretary told a press conference on Wednesday that Tokyo regards the region as a "
            "partner.",
            ["other"],
        ),
        (  # negative: opening the conversation is a moment of the talks
            "Opening the conversation, the president conveyed the warm greetings of the national leader.",
            [],
        ),
    ],
)
def test_moments_of_talks_are_no_events(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, published="2025-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "up 27 per cent on 2024": 2024 is compared with, one figure of last year
            "The minister said trade between the two countries reached OMR18.6 million last year, up 27 per cent on "
            "2024.",
            [("trade_figure", "2025-01-01")],
        ),
        (  # "percent on"
            "Bilateral trade grew to $640 million in 2024, up 9 percent on 2023, the customs service said.",
            [("trade_figure", "2024-01-01")],
        ),
    ],
)
def test_a_year_compared_with_dates_no_figure(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, published="2026-05-10")) == expected
