"""The date forms of issue 18 and the date an event takes, on sentences of our own in other outlets' styles.

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it (an empty list:
no date at all); the event tables give the date of the events of one type.
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


DATE_FORMS = [
    # ranges across to / and / until / through / between: one range, never its pieces
    ("The exhibition will run from 4 to 6 March 2020 in Tashkent.", "2020-02-20", {("2020-03-04", "2020-03-06")}),
    ("Talks were held from March 30 to April 2 in Ankara.", "2024-05-01", {("2024-03-30", "2024-04-02")}),
    ("Trade grew steadily between 2019 and 2021, the ministry said.", "2024-03-01", {("2019-01-01", "2021-12-31")}),
    ("The ministers met on 5 and 6 March in Baku.", "2024-03-10", {("2024-03-05", "2024-03-06")}),
    ("In January-May this year, exports rose by 12 percent.", "2024-07-10", {("2024-01-01", "2024-05-31")}),
    ("The programme runs from April 1 through September 30, 2023.", "2023-03-01", {("2023-04-01", "2023-09-30")}),
    ("The working group met between March 3 and 5, 2024.", "2025-05-01", {("2024-03-03", "2024-03-05")}),
    ("From 2019 to 2024, trade doubled.", "2025-05-01", {("2019-01-01", "2024-12-31")}),
    # a weekday beside an explicit date is that one date
    ("The president arrived on Tuesday, March 5, 2019, for a two-day visit.", "2019-03-10", {("2019-03-05",) * 2}),
    ("The talks took place on Tuesday, 5 March 2019 in Minsk.", "2019-03-10", {("2019-03-05",) * 2}),
    ("The sides will hold talks on Friday 9 May in Astana.", "2025-05-01", {("2025-05-09",) * 2}),
    # relative references: from the publication date; "last"/"next" decide whatever the tense
    ("The two leaders spoke by phone yesterday.", "2025-05-14", {("2025-05-13",) * 2}),
    ("The delegation arrived in Astana last month.", "2025-05-14", {("2025-04-01", "2025-04-30")}),
    ("The commission will meet next month in Bishkek.", "2025-05-14", {("2025-06-01", "2025-06-30")}),
    ("The parties held consultations this week in Tashkent.", "2025-05-14", {("2025-05-12", "2025-05-18")}),
    ("Exports rose 5% last quarter.", "2025-05-14", {("2025-01-01", "2025-03-31")}),
    ("Output will rise in Q3 this year.", "2025-05-14", {("2025-07-01", "2025-09-30")}),
    (
        "Grain deliveries reached a record in the first ten days of October.",
        "2025-10-14",
        {("2025-10-01", "2025-10-10")},
    ),
    ("The minister will visit Baku next Friday.", "2025-05-14", {("2025-05-16",) * 2}),
    ("The minister visited Baku last Friday.", "2025-05-14", {("2025-05-09",) * 2}),
    (
        "Trade in April 2025 reached $1 billion, against $0.8 billion in the same month last year.",
        "2025-05-14",
        {("2025-04-01", "2025-04-30"), ("2024-04-01", "2024-04-30")},
    ),
    # the year of an undated day: announced, the coming one; reported after the publication day, the year before
    ("The president will arrive on September 12 for a state visit.", "2025-09-03", {("2025-09-12",) * 2}),
    ("The president arrived in Riga on September 12 for talks.", "2025-09-03", {("2024-09-12",) * 2}),
    ("The forum is planned to be held on 12 November in Astana.", "2025-10-20", {("2025-11-12",) * 2}),
    ("The talks are scheduled to be held on 12 November in Baku.", "2025-10-20", {("2025-11-12",) * 2}),
    (
        "The ministers agreed that the next meeting would take place on 12 November.",
        "2025-10-20",
        {("2025-11-12",) * 2},
    ),
    ("It was announced that the summit would be held on November 12 in Baku.", "2025-10-20", {("2025-11-12",) * 2}),
    ("The president said the visit would take place in January.", "2025-12-20", {("2026-01-01", "2026-01-31")}),
    # a plan made in the past: the day may have passed; the nearer year, never pushed a year ahead
    ("The forum was planned to be held on 12 November, but it was postponed.", "2025-11-20", {("2025-11-12",) * 2}),
    ("The talks were scheduled to be held on 12 November in Baku.", "2025-11-20", {("2025-11-12",) * 2}),
    ("The parties agreed to hold the next round in March.", "2025-11-20", {("2026-03-01", "2026-03-31")}),
    # forms
    ("Veterans laid wreaths on the 9th of May in Bishkek.", "2025-06-01", {("2025-05-09",) * 2}),
    ("The agreement, signed Dec. 31, 1994, remains in force.", "2025-05-01", {("1994-12-31",) * 2}),
    ("The memorandum was signed on 29/03/2019 in Tashkent.", "2025-05-01", {("2019-03-29",) * 2}),
    # month first only where the day cannot be a month (round 14: US-style pages print it; 03/04 stays day first)
    ("The 03/29/2019 filing is a US-style date.", "2025-05-01", {("2019-03-29",) * 2}),
    ("The agreement of 5 December 1891 set the border.", "2025-05-01", {("1891-12-05",) * 2}),
    ("Construction started in early 2021.", "2025-05-01", {("2021-01-01", "2021-12-31")}),
    ("The line is due to open by mid-2027.", "2025-05-01", {("2027-01-01", "2027-12-31")}),
    ("Trade boomed in the 2020s.", "2025-05-01", {("2020-01-01", "2029-12-31")}),
    ("In the late 1990s, the ties weakened.", "2025-05-01", {("1990-01-01", "1999-12-31")}),
    # negatives: no date at all
    ("The two countries have been partners for five years.", "2025-05-01", set()),
    ("The treaty sets out 1891 kilometres of border.", "2025-05-01", set()),
    ("Ministers meet every year in May to review the programme.", "2025-05-01", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATE_FORMS)
def test_date_forms_of_issue_18(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


def test_this_year_counts_from_publication_never_from_a_date_of_the_text(nlp: Language) -> None:
    text = (
        "They recalled the state visit to Kazakhstan in August 2022. "
        "Mutual trade exceeded $530 million in January-November this year."
    )
    assert date_values(nlp, text, "") == {("2022-08-01", "2022-08-31")}  # "this year" unknown without publication
    assert ("2025-01-01", "2025-11-30") in date_values(nlp, text, "2025-12-24")


def events_of(nlp: Language, text: str, published: str, kind: str) -> list[tuple]:
    document = make_document(text, published=published)
    found = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.amount, e.date_start, e.date_end) for e in found if e.type == kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each figure takes the date on its side of "while"
            "In January-November, trade turnover reached $12.3 billion, while in 2022 as a whole it was $8.9 billion.",
            [(8.9e9, "2022-01-01", "2022-12-31"), (12.3e9, "2025-01-01", "2025-11-30")],
        ),
        (
            "Bilateral trade reached $1.7 billion in 2024, while in January-April 2025 it totaled $528 million.",
            [(5.28e8, "2025-01-01", "2025-04-30"), (1.7e9, "2024-01-01", "2024-12-31")],
        ),
        (  # a point of comparison after "more than" / "up from" is no figure's date
            "Trade totaled $528 million in January-April, 4.1% more than a year earlier.",
            [(5.28e8, "2025-01-01", "2025-04-30")],
        ),
        (
            "Exports stood at $988 million in 2024, up from a year earlier.",
            [(9.88e8, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_a_figure_takes_its_own_date_among_several(nlp: Language, text: str, expected: list) -> None:
    assert events_of(nlp, text, "2025-12-10", "trade_figure") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (  # a since-clause dates the start of a period, not the summit
            "ASTANA - The prime minister hosted the summit on Saturday, the first since the framework was launched "
            "in 2004.",
            "meeting",
            [(None, "2025-12-20", "2025-12-20")],
        ),
    ],
)
def test_event_dates_of_other_outlets(nlp: Language, text: str, kind: str, expected: list) -> None:
    assert events_of(nlp, text, "2025-12-20", kind) == expected
