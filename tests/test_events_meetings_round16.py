"""Round 16, meetings: telephone conversations told without "meet" or "call": a leader who spoke or talked to (with)
someone over the phone, and a matter discussed "on the telephone", are a meeting of the two; phones as goods, a
phone network or a speech about phones are none (our own sentences, several outlets' styles)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-06-12"


def meetings_dated(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(type, date_start) of the meetings of `text`, sorted."""
    return sorted((e.type, e.date_start) for e in events_of(nlp, text, published=PUBLISHED) if e.type == "meeting")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spoke / talked to or with someone over / by / on the phone: a telephone conversation
        (
            "Later on Tuesday evening, Prime Minister Sharif spoke to President Aliyev over the telephone.",
            [("meeting", "2025-06-10")],
        ),
        ("Chancellor Merz talked with President Erdogan by phone on Monday.", [("meeting", "2025-06-09")]),
        (
            "On Monday the Emir spoke with Kazakh President Tokayev on the phone, the Amiri Diwan said.",
            [("meeting", "2025-06-09")],
        ),
        # a matter discussed on the telephone
        (
            "Muttaqi and Saidov discussed preparations for the visit on the telephone on Tuesday.",
            [("meeting", "2025-06-10")],
        ),
        (
            "The two ministers discussed the date of the forum on the phone on Monday, the ministry said.",
            [("meeting", "2025-06-09")],
        ),
        # negatives: phones as goods, a network or a market are no call
        ("The minister spoke to reporters about the phone market on Monday.", []),
        ("Officials discussed investment in the mobile phone network on Monday.", []),
        ("The ministers discussed tariffs on imported phones on Monday.", []),
        ("Speaking to students, the president talked about phone addiction on Monday.", []),
    ],
)
def test_telephone_conversations_without_meet(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_dated(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks already told, appraised afterwards: no meeting of their own
        ("On Thursday the National Leader highly appreciated the results of yesterday\u2019s talks.", []),
        ("On Tuesday the two ministers welcomed the outcome of the talks, the ministry said.", []),
        ("Speaking to reporters on Monday, Erdogan praised the results of the negotiations.", []),
        # negatives: talks told as an act stay a meeting; a named summit whose results are reviewed is not touched
        ("Erdogan held talks with Aliyev in Ankara on Monday.", [("meeting", "2025-06-09")]),
        (
            "Following the results of the talks, the two presidents signed a joint declaration on Monday.",
            [("meeting", "2025-06-09")],
        ),
    ],
)
def test_results_of_talks_told_before(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_dated(nlp, text) == expected
