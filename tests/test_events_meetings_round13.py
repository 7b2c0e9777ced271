"""Round 13, meetings: two articles' meetings of one day that share one person are two meetings when each names
two people or more and neither's people are all among the other's (a president's call with one counterpart and his
talks with another; a summit of eight on the day of a call between two of them)."""

from __future__ import annotations

import pytest
from conftest import make_extraction, make_frame

from pipeline.reconcile import reconcile
from pipeline.records import Frame

DAY = {"date_start": "2025-10-07", "date_end": "2025-10-07", "date_precision": "day"}
SUMMIT = ("aliyev", "tokayev", "japarov", "erdogan", "mirziyoyev", "berdimuhamedov", "orban")


def meeting(doc_id: str, sentence_id: int, evidence: str, leader_ids: tuple[str, ...], type_: str = "meeting") -> Frame:
    return make_frame(
        doc_id, sentence_id, type_, trigger="talks", evidence=evidence, leader_ids=leader_ids, leaders=leader_ids,
        status="reported", **DAY,
    )  # fmt: skip


article = make_extraction


@pytest.mark.parametrize(
    ("first", "second", "events"),
    [
        # A call between two presidents and, the same day, the summit one of them attended without the other: two.
        (
            (
                "Japarov held a telephone conversation with Russian President Vladimir Putin on Tuesday.",
                ("japarov", "putin"),
            ),
            ("The leaders of the Turkic states met in Gabala on Tuesday.", SUMMIT),
            2,
        ),
        # Meloni's call with Tokayev and Tokayev's talks with the Emir of Qatar on one day: two.
        (
            ("Meloni and Tokayev spoke by telephone on Wednesday.", ("meloni", "tokayev")),
            ("Tokayev held talks with the Emir of Qatar at Akorda on Wednesday.", ("tokayev", "tamim")),
            2,
        ),
        # Negative: the same talks told by two articles, one naming a minister more, stay one.
        (
            ("Xi held talks with Tokayev on Tuesday.", ("xi", "tokayev")),
            ("Xi and Tokayev, joined by Foreign Minister Wang Yi, held talks on Tuesday.", ("xi", "tokayev", "wang")),
            1,
        ),
        # Negative: one article names only one of the two: still one meeting.
        (
            ("Putin held talks with Mirziyoyev in the Kremlin on Tuesday.", ("putin", "mirziyoyev")),
            ("Mirziyoyev held talks in the Kremlin on Tuesday.", ("mirziyoyev",)),
            1,
        ),
    ],
)
def test_meetings_of_two_articles_with_other_pairs_stay_apart(first: tuple, second: tuple, events: int) -> None:
    found = reconcile(
        [
            article("a", meeting("a", 0, first[0], first[1])),
            article("b", meeting("b", 2, second[0], second[1])),
        ]
    )
    assert len([e for e in found if e.type == "meeting"]) == events


def test_visits_are_not_split_by_the_meeting_rule() -> None:
    """The rule is for meetings: a visit told by two articles with different hosts' names merges as before."""
    found = reconcile(
        [
            article("a", meeting("a", 0, "Xi visited Astana on Tuesday.", ("xi", "tokayev"), "visit")),
            article("b", meeting("b", 1, "Xi arrived in Astana on Tuesday.", ("xi", "bektenov"), "visit")),
        ]
    )
    assert len([e for e in found if e.type == "visit"]) == 1
