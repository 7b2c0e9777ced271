"""Events, round eight: fewer events that the article does not report as events of their own.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # government press service style: a trip made to attend a forum is the visit
            "President Tokayev confirmed that he will travel to Ashgabat next month to attend the International "
            "Forum of Peace and Trust.",
            ["visit"],
        ),
        (  # state daily style: a trip made to co-chair a session
            "Vice-Premier Ding Xuexiang is scheduled to travel to Bishkek in September to co-chair the next session "
            "of the intergovernmental cooperation committee.",
            ["visit"],
        ),
        (  # news agency style: a delegation travelling to hold a meeting
            "A government delegation headed by Deputy Prime Minister Jamshid Khodjaev will travel to Islamabad in "
            "April to hold the next meeting of the intergovernmental commission.",
            ["visit"],
        ),
        (  # wire style: arrived for the meeting
            "Hungarian Foreign Minister Peter Szijjarto arrived in Ashgabat on Monday for the regular meeting of "
            "the joint commission.",
            ["visit"],
        ),
        (  # negative: a summit attended before the trip is an event of its own
            "Xi arrived in Dushanbe on Thursday evening for a state visit after attending the summit of the "
            "Shanghai Cooperation Organization in Astana on July 3-4.",
            ["meeting", "visit"],
        ),
        (  # negative: a meeting the sentence reports with no trip
            "The two sides agreed to hold the next meeting of the intergovernmental commission in Baku in October.",
            ["meeting"],
        ),
        (  # negative: the leaders meeting during the trip, as a verb, stays a meeting
            "Prime Minister Shehbaz Sharif will travel to Tashkent on Monday and meet President Shavkat "
            "Mirziyoyev on Tuesday.",
            ["meeting", "visit"],
        ),
    ],
)
def test_a_meeting_a_trip_is_made_for_is_the_visit(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(e.type for e in events_of(nlp, text, "2025-11-25")) == expected
