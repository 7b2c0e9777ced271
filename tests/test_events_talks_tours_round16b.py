"""Round 16b, talks held separately: "X held separate (bilateral) talks with A, B and C" and "X met separately with
A and B" are one meeting of X with each named counterpart, with the sentence's date, and stay apart from the summit or
visit on whose sidelines they were held; talks held with several people jointly, or separately with a group nobody
names one by one, stay one meeting (our own sentences, several outlets' styles)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-05-30"


def meetings(nlp: Language, text: str) -> list[tuple[str | None, frozenset[str]]]:
    """(date_start, surnames) of the meetings of `text`, sorted."""
    found = [
        (e.date_start, frozenset(name.split()[-1] for name in e.leaders))
        for e in events_of(nlp, text, published=PUBLISHED)
        if e.type == "meeting"
    ]
    return sorted(found, key=lambda item: (item[0] or "", sorted(item[1])))


def pairs(day: str, host: str, *others: str) -> list[tuple[str, frozenset[str]]]:
    return sorted(((day, frozenset({host, other})) for other in others), key=lambda item: (item[0], sorted(item[1])))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # separate talks with named counterparts: one meeting each
        (
            "Meloni held separate bilateral talks with Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon "
            "and Turkmen President Serdar Berdimuhamedov in Astana on Friday.",
            pairs("2025-05-30", "Meloni", "Japarov", "Rahmon", "Berdimuhamedov"),
        ),
        (
            "Shehbaz Sharif also held separate meetings with Uzbek President Shavkat Mirziyoyev and Kyrgyz President "
            "Sadyr Japarov on Thursday, state media reported.",
            pairs("2025-05-29", "Sharif", "Mirziyoyev", "Japarov"),
        ),
        (
            "On Wednesday, Prime Minister Shehbaz Sharif met separately with President Ilham Aliyev and President "
            "Kassym-Jomart Tokayev in Astana.",
            pairs("2025-05-28", "Sharif", "Aliyev", "Tokayev"),
        ),
        # negatives: talks with several people jointly are one meeting
        (
            "Meloni held talks with Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon in Astana on "
            "Friday.",
            [("2025-05-30", frozenset({"Meloni", "Japarov", "Rahmon"}))],
        ),
        (
            "On Thursday Shehbaz Sharif met President Shavkat Mirziyoyev and President Sadyr Japarov for a trilateral "
            "meeting on the railway.",
            [("2025-05-29", frozenset({"Sharif", "Mirziyoyev", "Japarov"}))],
        ),
        # negatives: separate talks with a group nobody names one by one stay one meeting
        (
            "Tokayev, Mirziyoyev and Japarov attended the summit in Tokyo. On Friday, Takaichi held separate talks "
            "with each of the visiting presidents and hosted a dinner for them.",
            None,
        ),
        # negatives: separate talks with one counterpart stay one meeting
        (
            "Meloni held separate talks with Kyrgyz President Sadyr Japarov on Friday.",
            [("2025-05-30", frozenset({"Meloni", "Japarov"}))],
        ),
    ],
)
def test_separate_talks_are_one_meeting_per_counterpart(
    nlp: Language, text: str, expected: list[tuple[str, frozenset[str]]] | None
) -> None:
    found = meetings(nlp, text)
    if expected is None:  # one meeting, not one per person
        assert len([item for item in found if "Takaichi" in item[1]]) == 1, found
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # on a summit's or a visit's sidelines: the separate talks are meetings of their own
        (
            "Tokayev hosted the first Italy-Central Asia summit in Astana on Friday, bringing Meloni together with "
            "Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon. On the sidelines, Meloni held separate bilateral "
            "talks with Japarov and Rahmon.",
            {"Japarov", "Rahmon"},
        ),
        (
            "Italian Prime Minister Giorgia Meloni paid an official visit to Uzbekistan on Thursday and Friday, "
            "where President Shavkat Mirziyoyev received her. Meloni also held separate talks with Kyrgyz "
            "President Sadyr Japarov and Tajik President Emomali Rahmon in Samarkand on Friday.",
            {"Japarov", "Rahmon"},
        ),
    ],
)
def test_separate_talks_stay_apart_from_the_gathering(nlp: Language, text: str, guests: set[str]) -> None:
    found = meetings(nlp, text)
    for guest in guests:
        assert ("2025-05-30", frozenset({"Meloni", guest})) in found, found
