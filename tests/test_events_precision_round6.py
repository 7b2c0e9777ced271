"""Events, round six: an event noun that only sets the scene of another act is no event of its own.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (  # Gulf agency style: the scene told before the visit itself
            "On the sidelines of the visit, the national carrier announced three weekly flights to Bishkek "
            "from March 1. President Sadyr Japarov arrived in Doha on Monday on a two-day official visit.",
            1,
        ),
        (  # Central Asian agency style: the visit first, the scene after
            "President Shavkat Mirziyoyev arrived in Seoul on Tuesday on a state visit. On the sidelines of the "
            "visit, the two development banks agreed to open a joint office from January 10.",
            1,
        ),
        (  # Turkish broadcaster style: an unnamed scene with a day of its own is still no second visit
            "On the sidelines of the visit, Turkish Airlines said flights to Ashgabat would resume on May 5. "
            "President Erdogan is in Ashgabat for a one-day visit on Friday.",
            1,
        ),
        (  # negative: a visit reported with its people stays
            "Prime Minister Olzhas Bektenov paid an official visit to Baku on Wednesday.",
            1,
        ),
    ],
)
def test_the_visit_that_sets_the_scene_is_the_visit_reported(nlp: Language, text: str, visits: int) -> None:
    assert sum(e.type == "visit" for e in events_of(nlp, text, "2025-11-13")) == visits


@pytest.mark.parametrize(
    "text",
    [  # negative: a named summit that sets the scene, with its day, stays an event
        "On the sidelines of the SCO summit in Astana on July 4, 2024, Tokayev met Xi Jinping.",
    ],
)
def test_a_named_summit_that_sets_the_scene_stays(nlp: Language, text: str) -> None:
    assert any(e.type == "meeting" for e in events_of(nlp, text, "2024-07-05"))
