"""Visits, round sixteen: a leader's recalled visit told without the word "visit" ("X was last in Tehran in May
2022", "The Emir last came to Astana in October 2022", "the first since Karimov came in 1992") is a visit of that
leader on that date.  Our own sentences in the styles of several outlets (wire, agency, daily, ministry release),
positives and negatives ("was last in power", "came to power in 2003", "came into force in 2003")."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def visits(nlp: Language, text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    """The (start date, leaders) of every visit event of the text."""
    return sorted(
        (e.date_start or "", tuple(sorted(e.leaders))) for e in events_of(nlp, text, published) if e.type == "visit"
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency: "was last in <city> in <month year>"
            "Turkmen President Serdar Berdimuhamedov was last in Baku in March 2023, the ministry said.",
            "2025-04-02",
            [("2023-03-01", ("Serdar Berdimuhamedov",))],
        ),
        (  # daily: "was last here in <year>"
            "President Emomali Rahmon was last here in 2009, officials in Kuala Lumpur recalled.",
            "2025-04-02",
            [("2009-01-01", ("Emomali Rahmon",))],
        ),
        (  # wire: "last came to <city> in <month year>"
            "Kazakh President Kassym-Jomart Tokayev last came to Ankara in May 2022 for talks.",
            "2025-04-02",
            [("2022-05-01", ("Kassym-Jomart Tokayev",))],
        ),
        (  # ministry release: "last travelled to <country>"
            "President Shavkat Mirziyoyev last travelled to Hungary in 2019.",
            "2025-04-02",
            [("2019-01-01", ("Shavkat Mirziyoyev",))],
        ),
        (  # daily: "since <predecessor> came in <year>"
            "He is the first Kazakh president in Hanoi since Nursultan Nazarbayev came in 2011.",
            "2025-04-02",
            [("2011-01-01", ("Nursultan Nazarbayev",))],
        ),
        (  # negative: "was last in power"
            "The party of President Emomali Rahmon was last in opposition decades ago.",
            "2025-04-02",
            [],
        ),
        (  # negative: "came to power in <year>"
            "Nothing has changed since Emomali Rahmon came to power in 1992.",
            "2025-04-02",
            [],
        ),
        (  # negative: "came into force in <year>"
            "Trade has grown since the agreement came into force in 2019.",
            "2025-04-02",
            [],
        ),
        (  # negative: "last came to a decision"
            "President Sadyr Japarov last came to a decision on tariffs in 2021.",
            "2025-04-02",
            [],
        ),
    ],
)
def test_recalled_visits(nlp: Language, text: str, published: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert visits(nlp, text, published) == expected
