"""Dates of our own sentences in the styles of outlets beyond the dev articles: lists of days, years written with
two digits ("3Q25", "FY25") and quarters of a fiscal year ("Q3 FY25").

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it (an empty set:
no date at all).
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import dates


def date_values(nlp: Language, text: str, published: str) -> set[tuple[str, str]]:
    document = make_document(text, published=published)
    return {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


DAY_LISTS = [
    # a list of days of one month is one range, from the first day to the last (as "on 5 and 6 March" is)
    ("The talks took place in Doha on 3, 4 and 5 March 2025.", "2025-03-20", {("2025-03-03", "2025-03-05")}),
    ("The fair ran on March 3, 4 and 5, 2025, organisers said.", "2025-03-20", {("2025-03-03", "2025-03-05")}),
    ("Consultations were held on 10, 11, and 12 June in Tashkent.", "2025-06-20", {("2025-06-10", "2025-06-12")}),
    # negatives: numbers that are no days stay out
    ("The ministers signed 3, 4 and 5 documents respectively.", "2025-03-20", set()),
    ("Trade rose 3, 4 and 5 percent in the three years.", "2025-03-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_LISTS)
def test_a_list_of_days_is_one_range(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


TWO_DIGIT_YEARS = [
    # business press writes the year of a quarter, a half or a fiscal year with two digits
    (
        "The lender's profit rose 12% in 3Q25 from 2Q25.",
        "2025-11-10",
        {("2025-07-01", "2025-09-30"), ("2025-04-01", "2025-06-30")},
    ),
    ("Shipments in Q3'25 beat forecasts.", "2025-11-10", {("2025-07-01", "2025-09-30")}),
    ("Revenue in 1H25 doubled, the miner said.", "2025-08-10", {("2025-01-01", "2025-06-30")}),
    # where fiscal years are calendar years, FY25 is 2025
    ("KazMunayGas expects output to grow in FY25.", "2025-02-10", {("2025-01-01", "2025-12-31")}),
    # in a text about India, FY25 is India's fiscal year (April 2024 - March 2025)
    (
        "India's exports to Kazakhstan rose in FY25, New Delhi said; Indian firms expect more rupee trade.",
        "2025-06-10",
        {("2024-04-01", "2025-03-31")},
    ),
    # negatives: a code, a quarter followed by a count, a space before two digits
    ("The Q325 model and the H125 engine were shown.", "2025-03-20", set()),
    ("In FY 25 units were sold, a dealer said.", "2025-03-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), TWO_DIGIT_YEARS)
def test_a_year_written_with_two_digits(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


FISCAL_QUARTERS = [
    # "Q3 FY25" is the third quarter of the fiscal year: October-December 2024 in Indian press
    (
        "Indian IT exports to Central Asia grew in Q3 FY25, New Delhi said, as Indian firms booked rupee deals.",
        "2025-02-20",
        {("2024-10-01", "2024-12-31")},
    ),
    (
        "India's revenue in Q1FY2026 and Q3 FY25 rose, Indian analysts in New Delhi said.",
        "2025-08-20",
        {("2025-04-01", "2025-06-30"), ("2024-10-01", "2024-12-31")},
    ),
    # Japan names a fiscal year by the year it starts in: Q4 FY24 is January-March 2025
    (
        "Japan's exports in Q4 FY24 rose, Tokyo said, as the Japanese yen fell.",
        "2025-05-20",
        {("2025-01-01", "2025-03-31")},
    ),
    # elsewhere a fiscal quarter is the calendar quarter
    ("Kazakhstan's oil output in Q3 FY25 rose.", "2025-11-20", {("2025-07-01", "2025-09-30")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), FISCAL_QUARTERS)
def test_a_quarter_of_a_fiscal_year(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


WEEKDAY_PARTS = [
    # a weekday with a part of the day (spaCy tags it TIME, not DATE) is the weekday's day
    ("The president landed in Ankara on Tuesday night for talks.", "2025-03-20", {("2025-03-18", "2025-03-18")}),
    ("The two ministers spoke by phone on Monday morning.", "2025-03-20", {("2025-03-17", "2025-03-17")}),
    ("On Friday evening, the delegation left for Tashkent.", "2025-03-20", {("2025-03-14", "2025-03-14")}),
    # negatives: a part of the day without a weekday is no date
    ("The delegation left for Tashkent in the evening.", "2025-03-20", set()),
    ("Talks went on through the night.", "2025-03-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_PARTS)
def test_a_weekday_with_a_part_of_the_day(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected
