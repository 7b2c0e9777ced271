"""Dates of our own sentences in other outlets' styles, for the forms a later round found resolved wrong.

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it (an empty set:
no date at all).
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.extract.dates import dates
from pipeline.reconcile import reconcile


def date_values(nlp: Language, text: str, published: str) -> set[tuple[str, str]]:
    document = make_document(text, published=published)
    return {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


PROSPECTIVE_INFINITIVES = [
    # a passive infinitive of holding an event announces it, even after a past verb
    (
        "Companies were invited to the conference, to be held in the Turkmen capital from 22 to 24 October.",
        "2025-05-15",
        {("2025-10-22", "2025-10-24")},
    ),
    (
        "Companies were invited to the exhibition to be held in Ashgabat on 22 October.",
        "2025-05-15",
        {("2025-10-22",) * 2},
    ),
    ("The leaders discussed the summit to be hosted by Baku on 3 November.", "2025-05-15", {("2025-11-03",) * 2}),
    ("Delegates were briefed on the session, to be convened in Astana on 2 June.", "2025-05-15", {("2025-06-02",) * 2}),
    # negatives: a reported holding, another verb's infinitive, an attendance
    ("The summit was held in Baku on 3 November.", "2025-05-15", {("2024-11-03",) * 2}),
    ("He was the first leader to be received by the president on 12 March.", "2025-05-15", {("2025-03-12",) * 2}),
    ("The delegation flew to Baku to attend the forum held on 22 October.", "2025-05-15", {("2024-10-22",) * 2}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROSPECTIVE_INFINITIVES)
def test_a_passive_infinitive_of_holding_an_event_announces_it(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert date_values(nlp, text, published) == expected


MONTH_RANGES = [
    # "between" a month and a month without a year: one range of the year as for a month alone
    ("Between January and October, trade with China grew by 12%.", "2024-11-21", {("2024-01-01", "2024-10-31")}),
    ("Exports rose between March and May, the agency said.", "2024-11-21", {("2024-03-01", "2024-05-31")}),
    ("Between January and March 2024, trade grew.", "2025-11-21", {("2024-01-01", "2024-03-31")}),
    # negative: "between" two countries is no date
    ("Trade between Kazakhstan and China grew.", "2024-11-21", set()),
]


FIRST_MONTHS = [
    # the first N months without a year: the publication's year, as "the first half of the year"
    ("In the first eight months, trade with China grew by 12%.", "2024-11-21", {("2024-01-01", "2024-08-31")}),
    ("Exports rose 5% in the first ten months.", "2024-11-21", {("2024-01-01", "2024-10-31")}),
    # negatives: the first months of something else, a duration, someone's
    ("In the first six months of the programme, 100 firms joined.", "2024-11-21", set()),
    ("In the first three months after the launch, sales rose.", "2024-11-21", set()),
    ("He spent his first six months in office abroad.", "2024-11-21", set()),
    ("For the first two months, the plant was idle.", "2024-11-21", set()),
    ("In its first six months, the fund invested $1 billion.", "2024-11-21", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIRST_MONTHS)
def test_the_first_months_without_a_year(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_RANGES)
def test_between_two_months_is_one_range(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


def events_of(nlp: Language, text: str, published: str, kind: str) -> list[tuple]:
    document = make_document(text, published=published)
    found = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.date_start, e.date_end) for e in found if e.type == kind)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (  # a visit's span of days beside a day inside it: each event keeps its own
            "The protocol was signed in Cholpon-Ata on August 15 by Prime Minister Mikhail Mishustin, who was on an "
            "official visit to Kyrgyzstan on August 14-15.",
            "visit",
            [("2025-08-14", "2025-08-15")],
        ),
        (
            "The protocol was signed in Cholpon-Ata on August 15 by Prime Minister Mikhail Mishustin, who was on an "
            "official visit to Kyrgyzstan on August 14-15.",
            "signing",
            [("2025-08-15", "2025-08-15")],
        ),
        (  # a year beside a month of it is still one date said twice
            "In 2024, the sides signed a memorandum in Baku in March 2024.",
            "signing",
            [("2024-03-01", "2024-03-31")],
        ),
    ],
)
def test_a_span_of_days_is_its_own_date_beside_a_day_inside_it(
    nlp: Language, text: str, kind: str, expected: list
) -> None:
    assert events_of(nlp, text, "2025-11-14", kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a goal is dated by its deadline wherever the sentence says it
            "The presidents have set the task of bringing mutual trade to $1 bln, and we intend to reach this level "
            'by 2026," the deputy prime minister said.',
            [("2026-01-01", "2026-12-31")],
        ),
        (
            "The leaders agreed to raise trade to $2 billion, a level the sides hope to reach by the end of 2027.",
            [("2027-01-01", "2027-12-31")],
        ),
        (  # no deadline: the goal stays undated rather than taking the figure's year
            "Trade reached $1 billion in 2022, and the sides want to raise it to $2 billion.",
            [("", "")],
        ),
    ],
)
def test_a_goal_is_dated_by_the_deadline_of_its_sentence(nlp: Language, text: str, expected: list) -> None:
    assert events_of(nlp, text, "2023-11-22", "trade_target") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deal recalled as background hosts no signing reported after it
            "The KTZ deal builds on documents that the rail operator and Hyundai Rotem concluded in March "
            "this year.\n\nAt the talks, the ministers signed the Agreement between the Government of the Republic of "
            "Kazakhstan and the Government of the Republic of Korea on Cooperation in the Field of Critical Raw "
            "Materials.",
            [("2025-11-20", "2025-11-20")],
        ),
        (  # a signing of unnamed documents on the article's day still dates the documents named next
            "The sides signed 11 documents on Wednesday. The ministers signed the Agreement between the Government of "
            "the Republic of Kazakhstan and the Government of the Republic of Korea on Cooperation in the Field of "
            "Critical Raw Materials.",
            [("2025-11-19", "2025-11-19")],
        ),
    ],
)
def test_a_background_signing_hosts_no_later_one(nlp: Language, text: str, expected: list) -> None:
    assert events_of(nlp, text, "2025-11-20", "signing") == expected


def figures_of(nlp: Language, text: str, published: str) -> list[tuple]:
    document = make_document(text, published=published)
    found = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.amount, e.date_start, e.date_end) for e in found if e.type == "trade_figure")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a point of comparison with a when-clause is the date of the figure in that clause
            "In January-September 2024 the trade turnover between Uzbekistan and Azerbaijan amounted to $206.4 mln. "
            "This is 29.7% more compared to the same period last year, when the figure was $159.1 mln.",
            [(1.591e8, "2023-01-01", "2023-09-30"), (2.064e8, "2024-01-01", "2024-09-30")],
        ),
        (  # a bare point of comparison dates no figure
            "Trade reached $3 billion in January-June, up 10% compared to the same period last year.",
            [(3e9, "2024-01-01", "2024-06-30")],
        ),
    ],
)
def test_a_point_of_comparison_dates_the_figure_of_its_when_clause(nlp: Language, text: str, expected: list) -> None:
    assert figures_of(nlp, text, "2024-11-22") == expected


ANNOUNCEMENT = (
    "President Khurelsukh will pay a state visit to Kazakhstan on 12-13 June, his office announced. During the visit, "
    "he will hold talks with President Tokayev in Astana and meet Prime Minister Bektenov. The two presidents are "
    "expected to adopt a joint statement and witness the signing of the Agreement on International Road Transport."
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # an announced signing takes the day of the visit announced, never the article's day
        (ANNOUNCEMENT, "signing", [("2026-06-12", "2026-06-13")]),
        # "will hold talks ... and meet": the second verb is as announced as the first, no event of the article's day
        (ANNOUNCEMENT, "meeting", []),
        # a reported signing after reported talks still takes the article's day
        (
            "President Khurelsukh held talks with President Tokayev in Astana and signed the Agreement on "
            "International Road Transport.",
            "signing",
            [("2026-06-04", "2026-06-04")],
        ),
    ],
)
def test_an_announced_event_takes_the_announced_day(nlp: Language, text: str, kind: str, expected: list) -> None:
    assert sorted({d for d in events_of(nlp, text, "2026-06-04", kind) if d[0]}) == expected
