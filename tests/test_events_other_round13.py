"""Events, round thirteen: what is no `other` act (a named meeting hosted, a participle on a noun).

Each row is a short text in the style of some outlet (our own sentences, not from any test split), read end to end
(extraction, then reconcile within the article): the `other` events it yields, as (status, date).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2026-11-27"  # a Friday: "on Tuesday" is 2026-11-24


def _others(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(status, date) of every `other` event of a text, sorted."""
    return sorted((e.status, e.date_start) for e in events_of(nlp, text, PUBLISHED) if e.type == "other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a named dialogue hosted is that meeting, no `other` act of its own
            "The two reviewed preparations for the sixth India-Central Asia Dialogue, which Kazakhstan will host in "
            "Almaty next year.",
            [],
        ),
        (  # a participle modifying a noun describes it, it tells no act
            "The reservoir behind the planned dam would hold about 5.4 billion cubic metres of water.",
            [],
        ),
        (  # positive: a public event hosted stays, also when the tagger reads its name as a person's
            "Aliyev invited his guest to COP29, which Baku will host in November.",
            [("planned", "2026-11-01")],
        ),
        (  # positive: Days of Culture held stay
            "In June 2024, Turkmenistan held Days of Culture in Kazakhstan.",
            [("background", "2024-06-01")],
        ),
        (  # positive: a launch in the past stays
            "Direct flights between Tashkent and Muscat were launched in 2023.",
            [("background", "2023-01-01")],
        ),
    ],
)
def test_hosting_a_leader_or_a_meeting_or_a_modifier_is_no_other_act(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _others(nlp, text) == expected
