"""Round 11, meetings and visits: "the visit" / "the trip" told again in an article that reports a visit, in a
sentence whose date is that of another act (a call preparing it, an announcement, a decree, a first schedule), is
the reported visit, not a visit of its own on that date; a call or meeting of the sentence keeps its own event.  A
visit noun naming its visitor ("Japarov's visit", "the visit of X") or the subject of a verb telling its course
("the tour began on Sunday") keeps its own date (our own sentences, several outlets' styles)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-06-12"
LEAD = "President Sadyr Japarov arrived in Baku on Wednesday, June 11, for a state visit to Azerbaijan. "


def visits(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    """(date_start, status) of the visits of `text`, sorted."""
    return sorted((e.date_start, e.status) for e in events_of(nlp, text, published=PUBLISHED) if e.type == "visit")


def types_dated(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(type, date_start) of the events of `text`, sorted."""
    return sorted((e.type, e.date_start) for e in events_of(nlp, text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the visit told again, dated by another act of its sentence: only the reported visit
        (
            LEAD + "The visit was prepared on June 2 in a telephone conversation between the two foreign ministers.",
            [("2025-06-11", "reported")],
        ),
        (
            LEAD + "The trip had first been pencilled in for 20-22 May but was pushed back.",
            [("2025-06-11", "reported")],
        ),
        (
            LEAD + "The visit comes days after parliament ratified the border treaty on June 5.",
            [("2025-06-11", "reported")],
        ),
        (
            LEAD + "The two presidents had discussed the visit by telephone on May 20.",
            [("2025-06-11", "reported")],
        ),
        (
            LEAD
            + "The dates of the current visit were agreed on April 12, when the two foreign ministers met in Minsk.",
            [("2025-06-11", "reported")],
        ),
        # negatives: a visit naming its visitor, or the subject of a verb of its course, keeps its date
        (
            LEAD + "Aliyev's visit to Bishkek in October 2022 opened the Interstate Council.",
            [("2022-10-01", "background"), ("2025-06-11", "reported")],
        ),
        (LEAD + "The tour began on June 9 in Ashgabat.", [("2025-06-09", "background"), ("2025-06-11", "reported")]),
        # negative: no visit reported before, so "the visit" is not one told again
        (
            "The visit was prepared on June 2 in a telephone conversation between the two foreign ministers.",
            [("2025-06-02", "background")],
        ),
    ],
)
def test_the_visit_told_again(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert visits(nlp, text) == expected


def test_the_call_preparing_the_visit_stays_a_meeting(nlp: Language) -> None:
    text = LEAD + "The two presidents had discussed the visit by telephone on May 20."
    assert ("meeting", "2025-05-20") in types_dated(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a matter discussed, agreed or gone over by phone: a telephone conversation, a meeting
        ("Erdogan and Aliyev discussed regional security by phone on Monday.", [("meeting", "2025-06-09")]),
        (
            "The two foreign ministers agreed on the agenda of the summit over the telephone on June 3.",
            [("meeting", "2025-06-03")],
        ),
        (
            "Costa went over the agenda with Mirziyoyev by telephone on Tuesday.",
            [("meeting", "2025-06-10")],
        ),
        # negatives: a phone maker or phones as goods are no call
        ("The supply deal was agreed by the phone maker on Monday.", []),
        ("The ministers discussed tariffs on imported phones on Monday.", []),
    ],
)
def test_discussed_by_phone(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, d) for t, d in types_dated(nlp, text) if t == "meeting"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrival of the person received, told in a relative clause: the reception only
        (
            "Prime Minister Olzhas Bektenov on Tuesday received Deputy Prime Minister Shahin Mustafayev, who arrived "
            "in Astana for the meeting of the intergovernmental commission.",
            ["meeting"],
        ),
        (
            "President Serdar Berdimuhamedov on Tuesday received Péter Szijjártó, Minister of Foreign Affairs of "
            "Hungary, who has arrived in Ashgabat to co-chair the intergovernmental commission.",
            ["meeting"],
        ),
        # negatives: a visit noun names its visit; an arrival with no reception is a visit
        (
            "Sheikh Mansour on Monday received Askar Mamin, Prime Minister of Kazakhstan, who is on a working visit "
            "to the country.",
            ["meeting", "visit"],
        ),
        ("Recep Tayyip Erdogan, who arrived in Astana on Tuesday, addressed the parliament.", ["visit"]),
    ],
)
def test_arrival_of_the_received(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted({t for t, _ in types_dated(nlp, text)}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next leg of a tour, or a departure from one capital for another, is a visit
        ("On Tuesday, Fiala travels on to Tashkent for talks with President Shavkat Mirziyoyev.", ["visit"]),
        ("Jaishankar would fly on to Dushanbe on Saturday for talks with Sirojiddin Muhriddin.", ["visit"]),
        ("President Alexander Lukashenko will leave Minsk for Baku on Monday.", ["visit"]),
        # negatives: going home, and travel as a noun
        ("President Kassym-Jomart Tokayev left Moscow for Astana on Monday.", []),
        ("Visa-free travel to Uzbekistan was extended on Monday.", []),
    ],
)
def test_next_leg_of_a_tour(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted({t for t, _ in types_dated(nlp, text) if t == "visit"}) == expected
