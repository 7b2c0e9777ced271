"""Event dates, round fourteen (issue #17): which day an event takes when the text tells it.

- a verb making an event known ("announced the trip on Monday", "the visit was confirmed on Tuesday") dates the
  announcing, not the trip its object names: such a sentence gives the trip no day (a range or a day to come after
  the verb may still be the event's own: "announced the visit on May 26-27");
- an act told as done in a sentence whose only date belongs to an event to come in another clause ("The sides also
  approved the Roadmap and agreed to hold the next meeting in the second half of the year") takes the story's day,
  as an undated act does, not no day at all;
- a photo caption without a verb ("Putin and Mirziyoyev at the Kremlin on Thursday.") shows what has been: its weekday
  is the past one, not the coming one.

Our own sentences in the styles of several outlets (newspaper, wire, agency), positives and negatives.
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_document
from spacy.language import Language

from pipeline.extract.dates import dates


def dated(nlp: Language, text: str, published: str, kind: str) -> list[tuple[str, str]]:
    """The (start, end) of the events of one type read from a text, sorted."""
    return sorted((e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == kind)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the trip held on Wednesday; Monday is the day it was made known
            "Tokayev arrived in Tokyo on Wednesday. His office had announced the trip on Monday.",
            "2025-12-19",
            [("2025-12-17", "2025-12-17")],
        ),
        (  # a relative clause on the source, in a newspaper's style
            "Mirziyoyev landed in Jakarta on Tuesday for a state visit. The talks were the first since the palace, "
            "which confirmed the visit on Monday, set the date.",
            "2026-11-27",
            [("2026-11-24", "2026-11-24")],
        ),
        (  # the trip as the subject of a passive
            "Aliyev arrived in Astana on Wednesday for a state visit. The visit was announced on Monday by the "
            "presidential office.",
            "2026-11-27",
            [("2026-11-25", "2026-11-25")],
        ),
        (  # negative: an announcing verb with a range to come: those are the visit's own days
            "The Kremlin announced Putin's state visit to Tashkent on May 26-27, 2024.",
            "2024-05-20",
            [("2024-05-26", "2024-05-27")],
        ),
        (  # negative: a verb of holding, not of announcing, dates the trip it takes as object
            "Tokayev began the trip on Monday.",
            "2025-12-19",
            [("2025-12-15", "2025-12-15")],
        ),
    ],
)
def test_the_day_an_event_is_announced_is_not_its_day(nlp: Language, text: str, published: str, expected: list) -> None:
    assert dated(nlp, text, published, "visit") == expected


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (  # a commission session: the roadmap approved on the story's day, the next meeting in the year's second half
            "MOSCOW, May 20 (Interfax) - The sides also approved the Roadmap for expanding trade and economic "
            "cooperation for 2025-2026 and agreed to hold the next meeting of the commission in Tashkent in the "
            "second half of the year.",
            "2025-05-20",
            "other",
            [("2025-05-20", "2025-05-20")],
        ),
        (  # the same habit with a month to come
            "The ministers also approved the Action Plan on energy cooperation and agreed to meet again in Baku in "
            "March.",
            "2026-11-27",
            "other",
            [("2026-11-27", "2026-11-27")],
        ),
        (  # negative: the plan's date is the act's own when it stands in the act's clause: it stays announced
            "The sides will approve the Roadmap on trade in the second half of the year.",
            "2025-05-20",
            "other",
            [("2025-07-01", "2025-12-31")],
        ),
        (  # negative: the act's own day wins over the story's
            "The sides approved the Roadmap on trade on Monday and agreed to meet again in Baku in March.",
            "2026-11-27",
            "other",
            [("2026-11-23", "2026-11-23")],
        ),
    ],
)
def test_an_act_done_beside_a_plan_takes_the_storys_day(
    nlp: Language, text: str, published: str, kind: str, expected: list
) -> None:
    assert dated(nlp, text, published, kind) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a photo caption without a verb: the picture was taken on the past Thursday
            "Vladimir Putin and Shavkat Mirziyoyev at the Kremlin on Thursday.",
            "2026-11-27",
            ("2026-11-26", "2026-11-26"),
        ),
        (  # the same with a place and a weekday earlier in the week
            "President Sheikh Mohamed and President Tokayev at Akorda in Astana on Wednesday.",
            "2026-11-27",
            ("2026-11-25", "2026-11-25"),
        ),
        (  # negative: an announcement keeps the coming day
            "Tokayev will travel to Ashgabat on Wednesday.",
            "2026-11-27",
            ("2026-12-02", "2026-12-02"),
        ),
        (  # negative: a present tense without a past verb keeps the coming day, as before
            "The summit opens in Astana on Wednesday.",
            "2026-11-27",
            ("2026-12-02", "2026-12-02"),
        ),
    ],
)
def test_a_caption_without_a_verb_dates_a_past_weekday(
    nlp: Language, text: str, published: str, expected: tuple
) -> None:
    found = [d for d in dates(nlp(text), document=make_document(text, published=published))]
    assert [(d.start, d.end) for d in found] == [expected]
