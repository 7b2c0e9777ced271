"""Money events, round 16b: one amount is one event of one type (our own sentences, in several outlets' styles).

Covers: the size of what receives a contribution is no amount of its own ("$400m to a $500m fund"); money
contributed to a fund; a trade figure still to come is a target; a goal a document's title sets is a target beside
the signing, dated by its deadline; an amount in words ("half a billion dollars") as a goal; an amount called within
reach or achievable restates the goal before; "somonis".
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile

MONEY_TYPES = {"investment", "trade_figure", "trade_target"}


def money_events(nlp: Language, text: str, published: str = "2025-06-10") -> list[tuple[str, float | None, str]]:
    """(type, amount, year of date_start) of the money events of `text`."""
    document = make_document(text, published=published)
    events = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.type, e.amount, e.date_start[:4]) for e in events if e.type in MONEY_TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money given, not the size of the fund it goes to
        (
            "Putin told reporters that Moscow would contribute $400m to a $500m joint fund to finance projects in "
            "Uzbekistan.",
            [("investment", 4e8, "")],
        ),
        (
            "Abu Dhabi will contribute US$250 million to a US$1 billion green energy fund set up with Baku.",
            [("investment", 2.5e8, "")],
        ),
        (
            "The bank pledged EUR 50 million to a EUR 200 million facility for small businesses.",
            [("investment", 5e7, "2025")],
        ),
        (
            "Each partner will contribute $50 million (about 46 million euros) to the joint venture's charter capital, "
            "the ministry said.",
            [("investment", 5e7, "")],
        ),
        # a change from one amount to another keeps its end figure
        ("The authorized capital of the fund is raised by $200 million to $700 million.", [("investment", 7e8, "")]),
        # a co-financing share from a budget, with no recipient named, is no contribution event of its own
        (
            "Under the water deal, the SFD will lend SR375 million ($100 million) on concessional terms, while the "
            "Uzbek government will contribute 250 billion soums (around $20 million) from its own budget.",
            [("investment", 3.75e8, "")],
        ),
        # contributions with no amount are no investment
        ("The two countries have contributed to regional security for decades.", []),
        ("Each member state contributes 2 percent of its budget to the secretariat.", []),
        ("The country contributed 12 million tonnes of grain to the regional reserve.", []),
    ],
)
def test_contribution_and_the_size_of_its_recipient(nlp: Language, text: str, expected: list) -> None:
    assert money_events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure still to come is a goal
        (
            "Kazakh statistics put turnover with Japan at nearly $1.5 billion in January-October, and Tokayev wants "
            "it at $3 billion by 2030.",
            [("trade_figure", 1.5e9, "2025"), ("trade_target", 3e9, "2030")],
        ),
        ("The two sides want annual trade to touch $2 billion by 2030.", [("trade_target", 2e9, "2030")]),
        (
            "Bilateral trade will grow to $800 million next year, the ministry forecast.",
            [("trade_target", 8e8, "2026")],
        ),
        # figures reached stay figures
        (
            "Trade between the two countries reached $1.2 billion in 2024, the customs service said.",
            [("trade_figure", 1.2e9, "2024")],
        ),
        (
            "Turnover rose 14% to $640 million in January-June, according to official data.",
            [("trade_figure", 6.4e8, "2025")],
        ),
    ],
)
def test_a_figure_still_to_come_is_a_target(nlp: Language, text: str, expected: list) -> None:
    assert money_events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a goal in words
        (
            "“We have agreed with our Georgian colleagues to take the turnover to half a billion dollars by 2026,” "
            "Aripov said, adding that Uzbek companies were ready to invest up to $30 million in a logistics hub.",
            "2023-07-18",
            [("investment", 3e7, ""), ("trade_target", 5e8, "2026")],
        ),
        (
            "The ministers agreed to raise bilateral trade to half a billion dollars within three years.",
            "2023-07-18",
            [("trade_target", 5e8, "")],
        ),
        # "half" measuring a change is no goal
        ("Trade rose by half a percent last year.", "2023-07-18", [("trade_figure", None, "2022")]),
        ("The two sides want to bring cooperation to a new level.", "2023-07-18", []),
        # a title's goal: a target beside the signing, dated by its deadline
        (
            "Ties have tightened since the presidents signed a treaty on allied relations last August. When "
            "Mirziyoyev visited Baku on July 2, the two leaders adopted an action plan to lift bilateral trade to "
            "$1 billion by 2030.",
            "2025-07-25",
            [("trade_target", 1e9, "2030")],
        ),
        (
            "The ministers signed a roadmap to increase mutual trade to $500 million by 2027 and a memorandum on "
            "tourism.",
            "2025-07-25",
            [("trade_target", 5e8, "2027")],
        ),
        # a trade figure in somonis
        (
            "According to the statistics agency, trade between the two countries totalled nearly 3.8 billion "
            "somonis (some $345 million) in January-November 2024.",
            "2025-01-15",
            [("trade_figure", 3.8e9, "2024")],
        ),
    ],
)
def test_goals_in_words_and_in_titles(nlp: Language, text: str, published: str, expected: list) -> None:
    assert money_events(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "agreement_expected"),
    [
        ("The ministers signed a roadmap to increase mutual trade to $500 million by 2027.", True),
        (
            "The two sides signed a memorandum on tourism and agreed to raise trade to $2 billion by 2028.",
            False,
        ),
    ],
)
def test_a_target_carries_the_document_setting_it(nlp: Language, text: str, agreement_expected: bool) -> None:
    document = make_document(text, published="2025-07-25")
    events = reconcile([extract_document(nlp(text), document=document)])
    targets = [e for e in events if e.type == "trade_target"]
    assert len(targets) == 1
    assert bool(targets[0].agreements) is agreement_expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal restated as within reach or achievable: one goal, with the speaker
        (
            "Tehran and Dushanbe have set themselves the goal of lifting yearly trade to $500 million. “Half a "
            "billion dollars a year is well within our reach,” Pezeshkian said.",
            [("trade_target", 5e8, ("Masoud Pezeshkian",))],
        ),
        (
            "The two presidents agreed to raise mutual trade to $1 billion. “A turnover of one billion dollars is "
            "quite achievable,” Tokayev told reporters.",
            [("trade_target", 1e9, ("Kassym-Jomart Tokayev",))],
        ),
        # no trade, or "within reach of" a figure: no goal of its own
        (
            "Trade between the countries stood at $200 million last year. A new airport worth $300 million is "
            "within reach, the minister said.",
            [("trade_figure", 2e8, ())],
        ),
        ("The minister said a peace deal was within reach.", []),
    ],
)
def test_a_goal_within_reach(nlp: Language, text: str, expected: list) -> None:
    document = make_document(text, published="2025-01-15")
    events = reconcile([extract_document(nlp(text), document=document)])
    assert sorted((e.type, e.amount, e.leaders) for e in events if e.type in MONEY_TYPES) == expected
