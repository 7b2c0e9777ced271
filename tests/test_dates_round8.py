"""Dates of our own sentences in the styles of outlets beyond the dev articles, for forms round eight found missed.

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it (an empty set:
no date at all).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import dates
from pipeline.normalize.dates import DateGrammar
from pipeline.patterns import PatternError, default_patterns_dir


def date_values(nlp: Language, text: str, published: str) -> set[tuple[str, str]]:
    document = make_document(text, published=published)
    return {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


CORRESPONDING_PERIODS = [
    # "the corresponding period" is "the same period": the months of the nearest earlier period, in another year
    (
        "In January-February 2022, turnover was $933 million, against $541 million in the corresponding period of 2021",
        "2022-03-28",
        {("2022-01-01", "2022-02-28"), ("2021-01-01", "2021-02-28")},
    ),
    (
        "In January-August 2025, trade reached $4.7 billion, up 5% on the corresponding period of the previous year.",
        "2025-10-10",
        {("2025-01-01", "2025-08-31"), ("2024-01-01", "2024-08-31")},
    ),
    (
        "Exports for January-August came to $4.7 billion, compared with the corresponding period last year.",
        "2025-10-10",
        {("2025-01-01", "2025-08-31"), ("2024-01-01", "2024-08-31")},
    ),
    (
        "In the first nine months, exports reached $2 billion, against the same period in the previous year.",
        "2025-10-10",
        {("2025-01-01", "2025-09-30"), ("2024-01-01", "2024-09-30")},
    ),
    # a count of years back from the nearest earlier period
    (
        "Imports for January-August rose 5 percent from the same period a year earlier.",
        "2025-10-10",
        {("2025-01-01", "2025-08-31"), ("2024-01-01", "2024-08-31")},
    ),
    (
        "Imports for January-August were up on the same months two years ago.",
        "2025-10-10",
        {("2025-01-01", "2025-08-31"), ("2023-01-01", "2023-08-31")},
    ),
    # negatives: a year alone stays a year; "the same period" with no earlier period is no date
    (
        "In 2024, trade grew. A year earlier it fell.",
        "2025-10-10",
        {("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")},
    ),
    ("Trade fell in the corresponding period, officials said.", "2025-10-10", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), CORRESPONDING_PERIODS)
def test_the_corresponding_period_of_another_year(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


HALVES = [
    ("In the latter half of 2024, exports rose.", "2025-03-20", {("2024-07-01", "2024-12-31")}),
    ("Output rose in the second half of 2024.", "2025-03-20", {("2024-07-01", "2024-12-31")}),
    # negative: "latter" alone names no period
    ("The latter proposal was accepted by the ministers.", "2025-03-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), HALVES)
def test_the_latter_half_of_a_year(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


WEEKDAYS_IN_BRACKETS = [
    # a weekday with its day in brackets, either way round, is that one day (never a weekday resolved apart)
    ("The talks took place on Thursday (March 13) in Putrajaya.", "2025-03-20", {("2025-03-13",) * 2}),
    ("The summit will open on Wednesday (March 26).", "2025-03-20", {("2025-03-26",) * 2}),
    ("On Monday (Oct 13), the two ministers met in Kuala Lumpur.", "2025-10-20", {("2025-10-13",) * 2}),
    ("The forum was held on 13 March (Thursday) in Dhaka.", "2025-03-20", {("2025-03-13",) * 2}),
    ("On Monday (13 October 2025), the ministers met.", "2025-10-20", {("2025-10-13",) * 2}),
    # negative: a weekday in brackets beside no day is a weekday as before
    ("The meeting (Thursday) went well, the ministry said.", "2025-10-20", {("2025-10-16",) * 2}),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAYS_IN_BRACKETS)
def test_a_weekday_with_its_day_in_brackets_is_one_day(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


YEAR_FIRST_DAYS = [
    # year first, dotted, as East Asian press writes a day
    ("The ministers met on 2025.10.02 in Seoul.", "2025-10-20", {("2025-10-02",) * 2}),
    ("The agreement was signed in Tokyo on 2024.06.14.", "2025-10-20", {("2024-06-14",) * 2}),
    # negatives: a version number, a season written with a slash stays a season
    ("The app was updated to version 2025.10.02.1 last night.", "2025-10-20", set()),
    ("The 2024/25 season opened with 300 flights.", "2025-10-20", {("2024-01-01", "2025-12-31")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_FIRST_DAYS)
def test_a_year_first_numeric_day(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


FISCAL_YEARS = [
    # a short year pair in a text reporting a country whose fiscal year does not start in January is its fiscal year
    (
        "Pakistan's exports to Uzbekistan were $150 million in 2023-24, Pakistani officials in Islamabad said.",
        "2025-03-01",
        {("2023-07-01", "2024-06-30")},
    ),
    (
        "India's trade with Kazakhstan reached $1.3 billion in 2023-24, officials in New Delhi said.",
        "2025-03-01",
        {("2023-04-01", "2024-03-31")},
    ),
    # after a fiscal word, also a long pair or a single year (India names it by the year it ends in, Japan by the start)
    (
        "Indian exports to Central Asia rose in fiscal year 2023-2024, officials in New Delhi said.",
        "2025-03-01",
        {("2023-04-01", "2024-03-31")},
    ),
    ("Indian exports rose 8% in FY2025, officials in New Delhi said.", "2025-06-01", {("2024-04-01", "2025-03-31")}),
    (
        "Japan's aid to Central Asia grew in fiscal 2024, Japanese officials in Tokyo said.",
        "2025-06-01",
        {("2024-04-01", "2025-03-31")},
    ),
    # negatives: a long pair without a fiscal word is two calendar years; so is a short pair in a text of the region;
    # one passing mention of India is no Indian text; a plain year stays a year
    (
        "India and Uzbekistan adopted a programme for 2024-2025, officials in New Delhi said.",
        "2025-03-01",
        {("2024-01-01", "2025-12-31")},
    ),
    (
        "Kazakhstan's grain exports rose in 2023-24, the ministry in Astana said.",
        "2025-03-01",
        {("2023-01-01", "2024-12-31")},
    ),
    (
        "Uzbek exports rose in 2023-24; an Indian envoy attended the forum.",
        "2025-03-01",
        {("2023-01-01", "2024-12-31")},
    ),
    (
        "India's trade with Kazakhstan grew in 2024, officials in New Delhi said.",
        "2025-03-01",
        {("2024-01-01", "2024-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FISCAL_YEARS)
def test_a_fiscal_year_of_the_country_a_text_reports(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("IN,13,end,India,", "first_month"),
        ("IN,4,middle,India,", "named_by"),
        ("India,4,end,India,", "ISO alpha-2"),
        ("IN,4,end,,", "cues"),
    ],
)
def test_a_malformed_fiscal_year_row_names_its_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    folder = tmp_path / "patterns"
    shutil.copytree(default_patterns_dir(), folder)
    with (folder / "dates" / "fiscal_years.csv").open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    with pytest.raises(PatternError, match=rf"fiscal_years\.csv:\d+: .*{message}"):
        DateGrammar(folder)


DATELINES = [
    # without a publication date, the day a wire dateline writes in full dates the story
    (
        "Amir holds talks with Kazakh President\n\nDOHA, 3rd March, 2025 (QNA) -- The Amir held talks on Monday with"
        " the Kazakh President, who arrived last week.",
        "",
        {("2025-03-03",) * 2, ("2025-02-24", "2025-03-02")},
    ),
    (
        "Crown Prince receives Uzbek minister\n\nRiyadh, Ramadan 5, 1446, Mar 5, 2025, SPA -- The Crown Prince received"
        " the minister. Trade reached $90 million last year.",
        "",
        {("2025-03-05",) * 2, ("2024-01-01", "2024-12-31")},
    ),
    (
        "Uzbek President meets Crown Prince\n\nTashkent [Uzbekistan], September 27, 2024 (ANI/WAM): The President"
        " received the Crown Prince on Friday.",
        "",
        {("2024-09-27",) * 2},
    ),
    (
        "President meets delegation\n\nDUSHANBE, 10.03.2018. /NIAT Khovar/. The President met the delegation"
        " yesterday.",
        "",
        {("2018-03-10",) * 2, ("2018-03-09",) * 2},
    ),
    # negatives: a dateline without its year dates nothing; a publication date wins over the dateline
    ("Presidents speak by phone\n\nBaku, December 24, AZERTAC\n\nOn Tuesday the presidents spoke.", "", set()),
    (
        "Talks in Doha\n\nDOHA, 3rd March, 2024 (QNA) -- The ministers met on Monday.",
        "2025-03-05",
        {("2024-03-03",) * 2, ("2025-03-03",) * 2},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATELINES)
def test_a_dateline_dates_a_story_without_a_publication_date(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert date_values(nlp, text, published) == expected


def test_a_lead_sentence_is_no_dateline(nlp: Language) -> None:
    """A full date in a story's first sentence anchors only the sentences near it, as before: it is no dateline."""
    text = "The talks opened in Tashkent on March 14, 2018. On March 16 the delegations signed a road map."
    assert date_values(nlp, text, "") == {("2018-03-14",) * 2, ("2018-03-16",) * 2}


YEAR_OF_THE_TEXT = [
    # "the first N months of the year": the publication's year, as "the first N months"
    (
        "In the first ten months of the year, freight traffic between the two countries grew 12%.",
        "2025-11-20",
        {("2025-01-01", "2025-10-31")},
    ),
    # "that" and a month: the month of the year the text spoke of last
    (
        "The fund was set up in 2021 and started operating in Bishkek that November.",
        "2025-11-20",
        {("2021-01-01", "2021-12-31"), ("2021-11-01", "2021-11-30")},
    ),
    (
        "The plant was approved in March 2019, and construction began that June.",
        "2025-11-20",
        {("2019-03-01", "2019-03-31"), ("2019-06-01", "2019-06-30")},
    ),
    # negatives: "that" as a conjunction leaves the month as it is; the first months of something else are no date
    ("Officials said that November trade rose 5%.", "2025-11-20", {("2025-11-01", "2025-11-30")}),
    ("In the first six months of the programme, 100 firms joined.", "2025-11-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_OF_THE_TEXT)
def test_months_of_the_year_the_text_speaks_of(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


YEARS_OF_NAMES = [
    # a year that ends a document's name after "of" is its date
    (
        "The ties rest on the Treaty of Friendship, Cooperation and Mutual Assistance of 1993.",
        "2025-11-20",
        {("1993-01-01", "1993-12-31")},
    ),
    # negative: a name that ends in a number that is no year
    ("The Group of 77 backed the resolution of the Conference of 1500 Delegates.", "2025-11-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEARS_OF_NAMES)
def test_the_year_that_ends_a_name(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


QUARTERS_COUNTED = [
    # the first quarters of a year, as Chinese and business press count them (January to the end of the last)
    ("Output rose 5.2% in the first three quarters of 2024.", "2025-10-20", {("2024-01-01", "2024-09-30")}),
    ("In the first three quarters of this year, trade rose.", "2025-10-20", {("2025-01-01", "2025-09-30")}),
    ("In the first three quarters, trade with Central Asia rose.", "2025-10-20", {("2025-01-01", "2025-09-30")}),
    ("Output rose in Q1-Q3 2025, the company said.", "2025-10-20", {("2025-01-01", "2025-09-30")}),
    # a winter written with a slash spans its two years
    ("Gas supplies rose in the winter of 2024/25.", "2025-03-20", {("2024-12-01", "2025-02-28")}),
    # negative: the first quarters of something else
    ("In the first two quarters of the programme, output rose.", "2025-10-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), QUARTERS_COUNTED)
def test_the_first_quarters_of_a_year(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


SHARED_YEARS = [
    # two dates joined by "and" share the year written after the second
    (
        "Exports rose in January and February 2024.",
        "2025-10-20",
        {("2024-01-01", "2024-01-31"), ("2024-02-01", "2024-02-29")},
    ),
    ("Talks were held on 5 March and 7 April 2024.", "2025-10-20", {("2024-03-05",) * 2, ("2024-04-07",) * 2}),
    ("Talks were held on March 5 and April 7, 2024.", "2025-10-20", {("2024-03-05",) * 2, ("2024-04-07",) * 2}),
    (
        "The two sides met in May and June last year.",
        "2025-10-20",
        {("2024-05-01", "2024-05-31"), ("2024-06-01", "2024-06-30")},
    ),
    (
        "Exports rose in January, February and March 2024.",
        "2025-10-20",
        {("2024-01-01", "2024-01-31"), ("2024-02-01", "2024-02-29"), ("2024-03-01", "2024-03-31")},
    ),
    # a month range named as a quarter or period of a year
    ("Trade grew in the October-December quarter of 2024.", "2025-10-20", {("2024-10-01", "2024-12-31")}),
    ("Trade grew in the January-September period of 2025.", "2025-10-20", {("2025-01-01", "2025-09-30")}),
    # negatives: a date with its own year keeps it; dates joined by more than "and" share nothing
    (
        "Elections were held in March 2019 and in July.",
        "2025-10-20",
        {("2019-03-01", "2019-03-31"), ("2025-07-01", "2025-07-31")},
    ),
    (
        "The deal was signed on 5 March, and in 2024 it was ratified.",
        "2025-10-20",
        {("2025-03-05",) * 2, ("2024-01-01", "2024-12-31")},
    ),
    (
        "Talks began in January, and the deal was signed in February 2024.",
        "2025-10-20",
        {("2025-01-01", "2025-01-31"), ("2024-02-01", "2024-02-29")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SHARED_YEARS)
def test_coordinated_dates_share_the_year_written_after_them(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert date_values(nlp, text, published) == expected


TRANSLATED_PARTS = [
    # quarters and halves as translated Russian writes them: Roman ordinals, "half-year"
    ("In the I quarter of 2025, trade rose 8%.", "2025-10-20", {("2025-01-01", "2025-03-31")}),
    ("Trade rose in the IV quarter of last year.", "2025-10-20", {("2024-10-01", "2024-12-31")}),
    ("In the first half-year of 2025, trade rose.", "2025-10-20", {("2025-01-01", "2025-06-30")}),
    ("In the second half-year, trade rose.", "2025-10-20", {("2025-07-01", "2025-12-31")}),
    # negatives: the pronoun I is no ordinal
    ("I half expected the talks to fail.", "2025-10-20", set()),
    ("As I quarter the figures, the picture changes.", "2025-10-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), TRANSLATED_PARTS)
def test_quarters_and_halves_of_translated_press(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


def test_a_lead_that_opens_with_its_date_is_no_dateline(nlp: Language) -> None:
    """ "On March 14, 2018, ..." opens a lead, not a dateline: it anchors only the sentences near it, as before."""
    text = "Talks in Tashkent\n\nOn March 14, 2018, the talks opened. On March 16 the delegations signed a road map."
    assert date_values(nlp, text, "") == {("2018-03-14",) * 2, ("2018-03-16",) * 2}


def test_the_same_period_of_a_year_after_years_only_is_that_year(nlp: Language) -> None:
    """With no months before it to take, "the corresponding period of 2023" names its year, not nothing."""
    text = "Trade in 2024 reached $5 billion, up from the corresponding period of 2023."
    assert date_values(nlp, text, "2025-03-20") == {("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")}
