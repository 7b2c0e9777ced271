"""Events found, round sixteen b: gold events no output event of their type matched.  A leader sworn in
("since he was sworn in for a fifth term on May 7") is an act of taking office (type other); a leader's coming to a
place told in a "when" clause ("when the Uzbek president came to Budapest in October 2022") is a visit.  Our own
sentences in the styles of several outlets (wire, agency, daily, ministry release), positives and negatives ("the
newly sworn-in president", "when the first train came to Kashgar", "when Rahmon came to power")."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def of_type(nlp: Language, text: str, published: str, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    """The (start date, leaders) of every event of type `kind` of the text."""
    return sorted(
        (e.date_start or "", tuple(sorted(e.leaders))) for e in events_of(nlp, text, published) if e.type == kind
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # wire: "since he was sworn in for a <n>th term on <day>"
            "Vladimir Putin, on his second trip abroad since he was sworn in for a fifth term on May 7, held talks "
            "in Minsk.",
            "2024-05-23",
            [("2024-05-07", ("Vladimir Putin",))],
        ),
        (  # daily: "was sworn in on <day>"
            "Ilham Aliyev was sworn in on February 14 at the Milli Majlis.",
            "2024-04-25",
            [("2024-02-14", ("Ilham Aliyev",))],
        ),
        (  # agency: "took the oath ... and was sworn in"
            "Masoud Pezeshkian was sworn in as Iran's president in July 2024, the agency recalled.",
            "2025-01-17",
            [("2024-07-01", ("Masoud Pezeshkian",))],
        ),
        (  # negative: the adjective "sworn-in"
            "The newly sworn-in president Masoud Pezeshkian thanked voters.",
            "2025-01-17",
            [],
        ),
        (  # negative: sworn statements
            "The witnesses swore that the documents were genuine.",
            "2025-01-17",
            [],
        ),
    ],
)
def test_sworn_in(nlp: Language, text: str, published: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert of_type(nlp, text, published, "other") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # daily: "when the <nationality> president came to <city> in <month year>"
            "The accord was one of 14 documents signed in the presence of Viktor Orbán and Shavkat Mirziyoyev when "
            "the Uzbek president came to Budapest in October 2022.",
            "2025-04-23",
            [("2022-10-01", ("Shavkat Mirziyoyev", "Viktor Orban"))],
        ),
        (  # wire: "when <name> came to <city> in <year>"
            "Ties were upgraded in 2019, when Kassym-Jomart Tokayev came to Moscow for his first foreign trip.",
            "2025-04-23",
            [("2019-01-01", ("Kassym-Jomart Tokayev",))],
        ),
        (  # ministry release: "when the prime minister came to <country>" (the office-holder of that day)
            "Talks on the railway began in 2021, when the Georgian prime minister came to Uzbekistan in March 2021.",
            "2025-04-23",
            [("2021-03-01", ("Irakli Garibashvili",))],
        ),
        (  # negative: goods coming to a place
            "Exports doubled when the first train came to Kashgar in 2023.",
            "2025-04-23",
            [],
        ),
        (  # negative: coming to power
            "Nothing changed when Emomali Rahmon came to power in 1992.",
            "2025-04-23",
            [],
        ),
    ],
)
def test_when_leader_came_to(
    nlp: Language, text: str, published: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert of_type(nlp, text, published, "visit") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # daily: "the <named> summit, due to be held in <city> next month"
            "Both countries are also preparing for the second Central Asia-GCC summit, due to be held in Samarkand "
            "next month.",
            "2025-04-22",
            [("2025-05-01", "planned")],
        ),
        (  # wire: "which is due to be held"
            "Preparations are under way for the Turkic summit, which is due to be held in Bishkek in October.",
            "2025-04-22",
            [("2025-10-01", "planned")],
        ),
        (  # agency: "scheduled to be held"
            "The fourth session of the commission, scheduled to be held in Ashgabat next year, will review the "
            "roadmap.",
            "2025-04-22",
            [("2026-01-01", "planned")],
        ),
        (  # negative: a cultural event due to be held is no meeting
            "The Days of Uzbek Culture, due to be held in Budapest in May, will feature concerts.",
            "2025-04-22",
            [],
        ),
    ],
)
def test_gathering_due_to_be_held(nlp: Language, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    meetings = sorted((e.date_start or "", e.status) for e in events_of(nlp, text, published) if e.type == "meeting")
    assert meetings == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # daily: a trip "last month", a future word in its relative clause; then an invitation to visit
            "The state visit follows Aliyev's trip to Dubai for COP28 last month, where delegates settled on Baku as "
            "the venue for the next round. Sheikh Mohamed invited Aliyev to pay a return visit to the UAE, and the "
            "invitation was accepted.",
            "2024-01-09",
            [("", "planned"), ("2023-12-01", "background")],
        ),
        (  # wire: a trip "last year", a future word in its relative clause; an invitation accepted
            "The talks follow Tokayev's trip to Rome last year, where the sides chose Astana as host of the next "
            "forum. Meloni accepted Tokayev's invitation to visit Kazakhstan.",
            "2025-06-10",
            [("", "planned"), ("2024-01-01", "background")],
        ),
        (  # agency: a tour "last month" told with "would" in its relative clause stays a past tour
            "Mirziyoyev's tour of the Gulf last month, which aides said would lead to new deals, took him to Doha.",
            "2025-06-10",
            [("2025-05-01", "background")],
        ),
        (  # negative: a visit announced for next month stays planned, one visit
            "Prime Minister Anwar Ibrahim will travel to Tashkent next month for talks with President Mirziyoyev.",
            "2025-06-10",
            [("2025-07-01", "planned")],
        ),
    ],
)
def test_past_visit_and_invitation(nlp: Language, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = sorted((e.date_start or "", e.status) for e in events_of(nlp, text, published) if e.type == "visit")
    assert found == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency: "the tour then took him to <city>, where he met ..."
            "Mirziyoyev's tour then took him to Budapest, where he met Viktor Orbán on Tuesday.",
            "2024-06-14",
            [("2024-06-11", ("Shavkat Mirziyoyev", "Viktor Orban"))],
        ),
        (  # daily: "a tour that took <name> to <city>, where he held talks with ..."
            "The five-day tour took Prime Minister Petr Fiala to Astana, where he held talks with President "
            "Kassym-Jomart Tokayev on Monday.",
            "2024-06-14",
            [("2024-06-10", ("Kassym-Jomart Tokayev", "Petr Fiala"))],
        ),
        (  # wire: "a swing that had already taken <name> to <city>"
            "Seoul is the last stop of a swing that had already taken Shavkat Mirziyoyev to Tokyo.",
            "2024-06-14",
            [("2024-06-14", ("Shavkat Mirziyoyev",))],
        ),
        (  # negative: a country taken to a ranking
            "The reform took Uzbekistan to the top of the regional rankings.",
            "2024-06-14",
            [],
        ),
        (  # negative: a leader taken to a site, no city or country
            "Officials took Tokayev to the new Astana hub on Monday.",
            "2024-06-14",
            [],
        ),
        (  # negative: ties taken to a level
            "The agreement took bilateral ties to a new level.",
            "2024-06-14",
            [],
        ),
    ],
)
def test_tour_took_leader_to(
    nlp: Language, text: str, published: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert of_type(nlp, text, published, "visit") == expected
