"""Ranges of weekdays and the other date classes issue #18 left open, on our own sentences in other outlets' styles.

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import dates


def date_values(nlp: Language, text: str, published: str) -> set[tuple[str, str]]:
    document = make_document(text, published=published)
    return {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


WEEKDAY_RANGES = [
    # a range of weekdays is one range of days: announced, from the publication day on
    ("The forum will run from Monday to Thursday in Astana.", "2025-05-14", {("2025-05-19", "2025-05-22")}),
    (
        "President Tokayev will pay a state visit to China on Tuesday and Wednesday.",
        "2025-05-12",
        {("2025-05-13", "2025-05-14")},
    ),
    # reported: the range that ends by the publication day
    ("Talks were held Monday through Wednesday in Geneva.", "2025-05-16", {("2025-05-12", "2025-05-14")}),
    ("The ministers met on Tuesday and Wednesday in Tashkent.", "2025-05-16", {("2025-05-13", "2025-05-14")}),
    (
        "Mirziyoyev was in Dushanbe from Tuesday to Thursday, his office said.",
        "2025-05-16",
        {("2025-05-13", "2025-05-15")},
    ),
    ("The drills took place from Friday to Sunday near Lake Issyk-Kul.", "2025-05-19", {("2025-05-16", "2025-05-18")}),
    # the present: the range around the publication day ("is on a visit from Monday to Thursday", a Tuesday article)
    (
        "Kasymaliev is on an official visit to China from Monday to Thursday.",
        "2025-06-17",
        {("2025-06-16", "2025-06-19")},
    ),
    # beside an explicit day of the sentence: the range starts at the weekday nearest to it
    (
        "The session opened on March 3, 2025 and ran Monday through Wednesday.",
        "2025-06-17",
        {("2025-03-03", "2025-03-03"), ("2025-03-03", "2025-03-05")},
    ),
    # negatives: two weekdays apart are two days; two weekdays in separate clauses stay apart
    (
        "The talks were held on Monday and Thursday in Baku.",
        "2025-05-16",
        {("2025-05-12", "2025-05-12"), ("2025-05-15", "2025-05-15")},
    ),
    (
        "On Monday, Tokayev met Xi; on Thursday he flew to Beijing.",
        "2025-05-16",
        {("2025-05-12", "2025-05-12"), ("2025-05-15", "2025-05-15")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_RANGES)
def test_a_range_of_weekdays_is_one_range_of_days(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected
