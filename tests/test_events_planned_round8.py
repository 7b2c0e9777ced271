"""Events, round eight: planned events and invitations, their status and their dates.

A planned marker ("will", "is expected to", "invited") announces the event of its own clause, or of a clause it
governs with no trigger of its own ("conveyed an invitation to visit"); a marker in a clause that hangs below the
trigger's (a relative clause, "under which ... will", "announcing that ... will") or in a relative clause beside it
tells of something else: a reported act stays reported.  An invitation accepted names its giver between ("accepted
the invitation of the Prime Minister to pay a state visit"): the visit is to come, and a visit to come dated by a
month or a year alone is not the visit the article reports.

Each row is a short text of our own in the style of some outlet (wire agencies of Europe, Asia, the Gulf;
government press services), positives and negatives.  No sentence comes from a test split.
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2025-10-15"  # a Wednesday


def told(nlp: Language, text: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(type, status, date_start) of the events of `kinds` read from `text`, sorted."""
    return sorted((e.type, e.status, e.date_start) for e in events_of(nlp, text, PUBLISHED) if e.type in kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Gulf agency style: an invitation accepted, its giver named between
            "Sadyr Japarov accepted the invitation of the Emir to pay an official visit to Qatar next year.",
            [("visit", "planned", "2026-01-01")],
        ),
        (  # government press service style: an invitation from someone, no date
            "Ilham Aliyev accepted an invitation from Kassym-Jomart Tokayev to visit Kazakhstan.",
            [("visit", "planned", "")],
        ),
        (  # Russian wire style: the day of the visit to come is the one in its own clause
            "Russian President Vladimir Putin will arrive in Bishkek on a state visit on November 25, the Kremlin "
            "said.",
            [("visit", "planned", "2025-11-25")],
        ),
        (  # Central Asian agency style: expected to arrive
            "Uzbek President Shavkat Mirziyoyev is expected to arrive in Ashgabat on Thursday for talks with Serdar "
            "Berdimuhamedov.",
            [("visit", "planned", "2025-10-16")],
        ),
        (  # a trip next month is dated by next month, not by the day of publication
            "President Kassym-Jomart Tokayev will travel to Ashgabat next month, his press secretary said.",
            [("visit", "planned", "2025-11-01")],
        ),
        (  # negative: "at the invitation of" tells a visit made, recalled here
            "Tokayev recalled his state visit to Baku in August 2022 at the invitation of Ilham Aliyev.",
            [("visit", "background", "2022-08-01")],
        ),
        (  # negative: a reported visit whose article mentions plans stays reported
            "Turkish President Recep Tayyip Erdogan arrived in Astana on Tuesday for a state visit and will hold "
            "talks with Kassym-Jomart Tokayev on Wednesday.",
            [("visit", "reported", "2025-10-14")],
        ),
    ],
)
def test_planned_marker_announces_its_own_clause(nlp: Language, text: str, expected: list) -> None:
    kinds = tuple({kind for kind, _, _ in expected})
    assert told(nlp, text, kinds) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Uzbek agency style: a visit to come this year beside the visit reported: two visits
            "Pakistani Prime Minister Shehbaz Sharif arrived in Tashkent on Tuesday for an official visit. President "
            "Shavkat Mirziyoyev held talks with Shehbaz Sharif. Shavkat Mirziyoyev accepted the invitation of the "
            "Prime Minister to pay a state visit to Pakistan this year.",
            [("visit", "planned", "2025-01-01"), ("visit", "reported", "2025-10-14")],
        ),
        (  # Azerbaijani agency style: a state visit next month beside the visit reported
            "Kazakh Prime Minister Olzhas Bektenov arrived in Baku on Monday for a working visit. Ilham Aliyev "
            "received Olzhas Bektenov. The sides discussed preparations for the state visit of President "
            "Kassym-Jomart Tokayev to Azerbaijan next month.",
            [("visit", "planned", "2025-11-01"), ("visit", "reported", "2025-10-13")],
        ),
        (  # negative: a visit announced for a day of its own and told again stays one visit to come
            "Uzbek President Shavkat Mirziyoyev will pay a state visit to Baku on October 20. The visit will focus "
            "on energy and transport, his press secretary said.",
            [("visit", "planned", "2025-10-20")],
        ),
    ],
)
def test_a_visit_to_come_by_month_or_year_is_not_the_visit_reported(nlp: Language, text: str, expected: list) -> None:
    assert told(nlp, text, ("visit",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Korean daily style: the future seen from the day of the report
            "Later on Wednesday, Yoon Suk Yeol was set to address a business forum in Astana.",
            [("meeting", "planned")],
        ),
        (  # Reuters style: was expected to
            "Serdar Berdimuhamedov was expected to hold talks with Shavkat Mirziyoyev in Tashkent.",
            [("meeting", "planned")],
        ),
        (  # Russian agency style: a trip being prepared is to come, not a trip of the day of the call
            "Sadyr Japarov and Vladimir Putin reviewed preparations for the Russian leader's state visit to Bishkek.",
            [("visit", "planned")],
        ),
        (  # negative: a meeting held, told in the past tense, stays reported
            "Serdar Berdimuhamedov held talks with Shavkat Mirziyoyev in Tashkent on Tuesday.",
            [("meeting", "reported")],
        ),
    ],
)
def test_a_future_seen_from_the_report(nlp: Language, text: str, expected: list) -> None:
    kinds = tuple({kind for kind, _ in expected})
    found = sorted((e.type, e.status) for e in events_of(nlp, text, PUBLISHED) if e.type in kinds)
    assert found == expected
