"""Round 9, background events: two states establishing diplomatic relations is an event of its own (type other,
background), also beside a visit or meeting the sentence tells; "in 1995, the year X paid his first visit" dates the
visit by the year it restates.  A reported event's sentence that only mentions relations or a year in passing gets no
background event (our own sentences, several outlets' styles)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-06-10"


def kinds(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    """(type, date_start, status) of the events of `text`, sorted."""
    return sorted((e.type, e.date_start, e.status) for e in events_of(nlp, text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # establishing relations, alone or beside the visit or meeting of the sentence, is an event of its own
        (
            "Kuwait and Tajikistan established diplomatic relations in 1995, the year Rahmon paid his first visit "
            "to the country.",
            [("other", "1995-01-01", "background"), ("visit", "1995-01-01", "background")],
        ),
        (
            "The two countries established diplomatic relations on 1st September, 1992, although their friendship "
            "goes back to 1994, when Heydar Aliyev and Sheikh Zayed met in Casablanca.",
            [("meeting", "1994-01-01", "background"), ("other", "1992-09-01", "background")],
        ),
        (
            "Hungary and Mongolia set up diplomatic ties in 1950, and President Khurelsukh visited Budapest in 2023.",
            [("other", "1950-01-01", "background"), ("visit", "2023-01-01", "background")],
        ),
        # the noun, the passive and "date back to"
        (
            "“Since the establishment of diplomatic relations on January 31, 1992, our countries have built a solid "
            "foundation of mutual trust,” the minister said.",
            [("other", "1992-01-31", "background")],
        ),
        (
            "Diplomatic relations between Qatar and Kyrgyzstan were established in 1998.",
            [("other", "1998-01-01", "background")],
        ),
        (
            "The leaders noted the 30th anniversary of their diplomatic ties, which date back to January 7, 1993.",
            [("other", "1993-01-07", "background")],
        ),
        (
            "Seoul and Tashkent forged diplomatic relations in 1992, Yonhap recalled.",
            [("other", "1992-01-01", "background")],
        ),
    ],
)
def test_establishing_relations_is_a_background_event(nlp: Language, text: str, expected: list) -> None:
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # relations that grew, developed or strengthened since a year are no establishment
        (
            "Relations between the two countries have developed steadily since 1993, Tokayev said during his visit "
            "to Baku on Tuesday.",
            "other",
        ),
        (
            "Mirziyoyev met Aliyev in Baku on Tuesday, noting that diplomatic relations have grown stronger "
            "since 2016.",
            "other",
        ),
        (
            "The ministers discussed the state of diplomatic relations, which remain strong, at talks in Ankara on "
            "Monday.",
            "other",
        ),
    ],
)
def test_relations_in_passing_are_no_event(nlp: Language, text: str, absent: str) -> None:
    assert absent not in {kind for kind, _, _ in kinds(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year/month X did Y" takes the date it restates...
        (
            "The forum was first held in 2019, the year Tokayev made his first state visit to Tashkent.",
            ("visit", "2019-01-01"),
        ),
        (
            "Ties warmed in March 2023, the month Mirziyoyev visited Dushanbe.",
            ("visit", "2023-03-01"),
        ),
    ],
)
def test_a_time_noun_restates_its_date(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(kind, start) for kind, start, _ in kinds(nlp, text)}


def test_a_year_in_passing_invents_no_background_event(nlp: Language) -> None:
    # the reported visit's sentence mentions a year in passing: one visit, reported, and no background event
    text = (
        "President Japarov arrived in Doha on Monday for a state visit, his press service said, adding that "
        "cooperation had deepened markedly since 2019."
    )
    found = kinds(nlp, text)
    assert [k for k, _, status in found if status == "background"] == []
    assert ("visit", "2025-06-09", "reported") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occasion told over a list of places and years: one event per year of the list
        (
            "The format was first tested by foreign ministers, who met in Baku in 2014, in Ashgabat in 2015, "
            "in Baku again in 2017 and in Ankara in 2021.",
            ["2014-01-01", "2015-01-01", "2017-01-01", "2021-01-01"],
        ),
        (
            "Erdogan visited Ashgabat in 2019 and in Avaza in 2022, the ministry recalled.",
            ["2019-01-01", "2022-01-01"],
        ),
        (
            "Tokayev met Mirziyoyev in Tashkent on Monday, in Samarkand in May and in Astana in 2023.",
            ["2023-01-01", "2025-05-01", "2025-06-09"],
        ),
        # a year of another clause, or no place before it, is no occasion of the list
        (
            "The ministers met in Baku in 2014, and trade has tripled since 2019.",
            ["2014-01-01"],
        ),
        (
            "The ministers met in Baku in 2014, in line with the roadmap adopted in 2012.",
            ["2014-01-01"],
        ),
    ],
)
def test_listed_places_and_years_are_one_occasion_each(nlp: Language, text: str, expected: list[str]) -> None:
    dates = sorted(start or "" for kind, start, _ in kinds(nlp, text) if kind in {"meeting", "visit"})
    assert dates == expected
