"""Events, round seven: visits (issue #17): a visit to come beside the visit reported, and the place a visit
verb takes as its object.

Each row is a short text of our own in the style of some outlet (wire agencies of Europe, Asia, the Gulf;
government press services), positives and negatives, read end to end (extraction, then reconcile within the
article).  No sentence comes from a test split.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event


def visits_of(nlp: Language, text: str, published: str) -> list[Event]:
    document = make_document(text, published=published)
    events = reconcile([extract_document(nlp(text), document=document)])
    return [e for e in events if e.type == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Gulf agency style: an invitation extended and accepted within the visit reported
            "Emir of Qatar Sheikh Tamim bin Hamad Al Thani held official talks with President Sadyr Japarov at the "
            "Amiri Diwan on Tuesday, within the President's official visit to Doha. President Japarov extended an "
            "invitation to the Emir to visit the Kyrgyz Republic, which he accepted.",
            [("planned", ""), ("reported", "2025-10-14")],
        ),
        (  # Asian wire style: the guest invites the host to come, at a convenient time (no day of its own)
            "Prime Minister Shehbaz Sharif arrived in Ashgabat on Wednesday on a two-day official visit. Sharif "
            "invited President Serdar Berdimuhamedov to visit Islamabad at a convenient time.",
            [("planned", ""), ("reported", "2025-10-15")],
        ),
        (  # European wire style: a return visit accepted, the host becoming the guest
            "Turkish President Recep Tayyip Erdogan arrived in Astana on Monday for an official visit, the "
            "presidential press service said. Kazakh President Kassym-Jomart Tokayev accepted an invitation to pay "
            "a return visit to Turkiye.",
            [("planned", ""), ("reported", "2025-10-13")],
        ),
        (  # negative: "the visit" told again in the future tense is the visit reported
            "Turkish President Recep Tayyip Erdogan arrived in Astana on Tuesday for a state visit. The visit is "
            "expected to give new impetus to bilateral ties.",
            [("reported", "2025-10-14")],
        ),
        (  # negative: a visit announced and told again is one visit to come
            "Uzbek President Shavkat Mirziyoyev will pay a state visit to Baku next week, his press secretary said. "
            "The visit will focus on energy and transport, she added.",
            [("planned", "2025-10-20")],
        ),
    ],
)
def test_a_visit_to_come_is_not_the_visit_reported(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.status, e.date_start) for e in visits_of(nlp, text, "2025-10-15"))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the place a visit verb takes as its object, with no preposition
            "Sharif invited President Serdar Berdimuhamedov to visit Islamabad at a convenient time.",
            ["Islamabad"],
        ),
        ("Kazakh President Kassym-Jomart Tokayev visited Tashkent on Monday.", ["Tashkent"]),
        (  # negative: a country is never a visit's location
            "Tokayev will visit Uzbekistan in December.",
            [""],
        ),
    ],
)
def test_the_place_visited_is_the_location(nlp: Language, text: str, expected: list[str]) -> None:
    assert [e.location for e in visits_of(nlp, text, "2025-10-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Asian wire style: a stay told day by day, two cities of one host country, is one visit
            "TASHKENT, Feb 5 (Reuters) - Indian Prime Minister Narendra Modi arrived in Tashkent on Monday on a "
            "visit. Modi visited Samarkand on Wednesday.",
            [("2026-02-02", ("Narendra Modi",))],
        ),
        (  # negative, Korean agency style: the legs of a tour, one host country each, are two visits
            "SEOUL (Yonhap) -- President Yoon Suk Yeol paid a state visit to Turkmenistan on Monday. He paid a "
            "state visit to Kazakhstan on Tuesday.",
            [("2026-02-02", ("Yoon Suk Yeol",)), ("2026-02-03", ("Yoon Suk Yeol",))],
        ),
        (  # negative: two capitals on consecutive days
            "President Yoon Suk Yeol visited Ashgabat on Monday. Yoon visited Astana on Tuesday.",
            [("2026-02-02", ("Yoon Suk Yeol",)), ("2026-02-03", ("Yoon Suk Yeol",))],
        ),
    ],
)
def test_a_stay_told_day_by_day_is_one_visit(nlp: Language, text: str, expected: list) -> None:
    assert sorted((e.date_start, e.leaders) for e in visits_of(nlp, text, "2026-02-05")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Chinese state media style: the tour of a region is no visit; the city left is the visit's
            "Xi is scheduled to leave Dushanbe on Saturday, wrapping up a Central Asia trip that began on Tuesday.",
            0,
        ),
        ("Japan's Prime Minister began a three-nation tour of Central Asia on Monday.", 0),
        ("The Saudi crown prince is on a Gulf tour that began in Muscat on Sunday.", 0),
        (  # negative: a trip to one host city is a visit
            "Indian Prime Minister Narendra Modi's trip to Tashkent begins on Monday.",
            1,
        ),
        (  # negative: a visit of three days is no tour of three nations
            "Kazakh President Kassym-Jomart Tokayev left for Beijing on Tuesday on a three-day state visit.",
            1,
        ),
    ],
)
def test_a_tour_of_a_region_is_no_visit_of_its_own(nlp: Language, text: str, expected: int) -> None:
    assert len(visits_of(nlp, text, "2024-07-05")) == expected
