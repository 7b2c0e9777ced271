"""Event dates, round twelve (issue #17): which day an event takes when the text tells it.

- a wire dateline that opens with the agency's tag before the city ("(ANSA) - ROME, NOV 27 - ...") is the day the
  story was filed, not the day of the events its sentence tells ("on Thursday signed");
- a decision verb in the past perfect ("had prepared the ground ... in a telephone conversation on Wednesday") tells
  of something done before the story's time: a weekday it governs through a noun is the past one, not the coming one
  (a decision in the simple past, "agreed on a visit in March", still announces the visit).

Our own sentences in the styles of several outlets (wire, newspaper, agency), positives and negatives.
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def dated(nlp: Language, text: str, published: str, kind: str) -> list[tuple[str, str]]:
    """The (start, end) of the events of one type read from a text, sorted."""
    return sorted((e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == kind)


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (  # Italian wire: the agency's tag, then the city and the filing day; the clause's weekday dates the signing
            "(ANSA) - ROME, NOV 27 - Italy and Kazakhstan on Thursday signed a memorandum on critical raw materials.",
            "2026-11-27",
            "signing",
            [("2026-11-26", "2026-11-26")],
        ),
        (  # another agency in the same style
            "(AGI) - MILAN, MAR 6 - Italy and Uzbekistan on Wednesday signed an agreement on air services.",
            "2025-03-06",
            "signing",
            [("2025-03-05", "2025-03-05")],
        ),
        (  # negative: the city first, the agency after it, as before: the weekday still wins
            "ASTANA, Nov 27 (Reuters) - Italy and Kazakhstan on Thursday signed a memorandum on raw materials.",
            "2026-11-27",
            "signing",
            [("2026-11-26", "2026-11-26")],
        ),
        (  # negative: a bracketed aside in the middle of a sentence is no dateline; its date dates the signing
            "Italy and Kazakhstan (the two largest partners) - signed a memorandum on critical raw materials on "
            "November 25.",
            "2026-11-27",
            "signing",
            [("2026-11-25", "2026-11-25")],
        ),
    ],
)
def test_a_dateline_opened_by_the_agency_tag_dates_no_event(
    nlp: Language, text: str, published: str, kind: str, expected: list
) -> None:
    assert dated(nlp, text, published, kind) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # past perfect: the call was before the story's day
            "Meloni and President Tokayev had prepared the ground for the mission in a telephone conversation on "
            "Wednesday, the government said.",
            "2026-11-27",
            [("2026-11-25", "2026-11-25")],
        ),
    ],
)
def test_a_decision_in_the_past_perfect_dates_a_past_weekday(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published, "meeting") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meloni had prepared the ground for the mission in a telephone conversation on Wednesday.", "past"),
        ("The two presidents had agreed on the visit in a phone call on Monday, the ministry said.", "past"),
        ("The presidents agreed on a visit in March.", "future"),  # negative: simple past still announces
        ("They prepared the ground for a visit in March.", "future"),  # negative
    ],
)
def test_tense_of_a_date_under_a_past_perfect_decision(nlp: Language, text: str, expected: str) -> None:
    from pipeline.extract.dates import SPANS_KEY, _tense_of, rules_of

    doc = nlp(text)
    grammar = rules_of(doc, SPANS_KEY)
    words = grammar.values
    span = doc.spans[SPANS_KEY][-1]
    tense = _tense_of(span, set(words["announcement"]), frozenset(words["decision"]), frozenset(words["prospective"]))
    assert tense == expected
