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


LATE_ARRIVAL_STORY = (
    "MOSCOW - President Putin hosted Uzbek leader Mirziyoyev in the Kremlin, the two sides said.\n\n"
    "Mirziyoyev flew into Moscow on Wednesday evening for what the Kremlin called an official visit.\n\n"
    "Trade grew 9% in January-September, Putin said. He repeated the goal of $30 billion by 2030, first set when "
    "Putin visited Tashkent in May 2024.\n\n"
    "After the talks, the two presidents signed a joint statement on strategic partnership.\n\n"
    "Officials then exchanged more documents, among them an intergovernmental agreement on the transit of gas "
    "through 2035 and a memorandum on labour migration.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (  # newspaper style: arrived late, so what follows "the talks" is on the morrow, not at the visit recalled
            LATE_ARRIVAL_STORY,
            "2026-11-27",
            "signing",
            [("2026-11-26", "2026-11-26")] * 3,
        ),
        (  # negative: the visit itself keeps the day of the arrival
            LATE_ARRIVAL_STORY,
            "2026-11-27",
            "visit",
            [("2024-05-01", "2024-05-31"), ("2026-11-25", "2026-11-25")],
        ),
        (  # agency style: "landed ... on Monday night" is a late arrival too; the talks told after it are on Tuesday
            "BAKU - The Turkish president landed in Baku on Monday night on a state visit.\n\n"
            "After the talks, the two presidents signed a declaration on allied relations.\n",
            "2026-03-04",
            "signing",
            [("2026-03-03", "2026-03-03")],
        ),
        (  # negative: an arrival in the morning leaves the talks on the day of the arrival
            "BAKU - The Turkish president flew into Baku on Monday for a state visit.\n\n"
            "After the talks, the two presidents signed a declaration on allied relations.\n",
            "2026-03-04",
            "signing",
            [("2026-03-02", "2026-03-02")],
        ),
    ],
)
def test_what_follows_a_late_arrival_is_on_the_morrow(
    nlp: Language, text: str, published: str, kind: str, expected: list
) -> None:
    assert dated(nlp, text, published, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the year a document runs to is its term
            "On Thursday the ministers signed an agreement on the transit of gas through 2035.",
            [("2026-11-26", "2026-11-26")],
        ),
        (  # the same with "until"
            "On Thursday the two companies signed a supply contract until 2030.",
            [("2026-11-26", "2026-11-26")],
        ),
        (  # negative: a year after a verb, not after the document's name, still dates the signing
            "The two companies signed a supply contract in 2030.",
            [("2030-01-01", "2030-12-31")],
        ),
    ],
)
def test_the_end_of_a_documents_term_dates_no_signing(nlp: Language, text: str, expected: list) -> None:
    assert dated(nlp, text, "2026-11-27", "signing") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (  # newspaper deck: the goal is due by 2030; last year's level is what it is measured against
            "The two countries aim to lift annual trade to S$1 billion by 2030, more than double last year's level.",
            "trade_target",
            [("2030-01-01", "2030-12-31")],
        ),
        (  # agency style, a year owning the figure
            "The sides agreed to bring trade to $2 billion by 2028, twice the 2024 figure.",
            "trade_target",
            [("2028-01-01", "2028-12-31")],
        ),
        (  # negative: a year owning no level or figure still dates the figure
            "Trade between the two countries reached $1.2 billion last year, officials said.",
            "trade_figure",
            [("2025-01-01", "2025-12-31")],
        ),
    ],
)
def test_a_date_owning_a_level_is_a_point_of_comparison(nlp: Language, text: str, kind: str, expected: list) -> None:
    assert dated(nlp, text, "2026-11-27", kind) == expected
