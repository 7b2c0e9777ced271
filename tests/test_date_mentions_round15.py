"""Date mentions on outlets never modelled (round fifteen): page stamps that print commas around the day or list
their date as a bulleted field, a month announced by an invitation, a month in the timetable's present ("the
conference, which opens in the capital in November"), a lone weekday in the present (the nearest one), a date after
a reported exchange ("in a phone call on Oct. 9": the call's, not announced), and a span of months from January
(the year to date).

Sentences are our own, in the styles of Gulf, Iranian, Mongolian, Central Asian and Malaysian outlets; each row
gives a sentence, its publication date and every (text, start, end) the dates extractor gives (empty: no date),
with negatives: a month and a count ("In January, 16 ministers"), a past "opened", a headline's present weekday.
"""

from __future__ import annotations

import pytest
from conftest import dated_mentions, published_under_a_headline
from spacy.language import Language

ROUND15_DATE_FORMS = [
    # a day with commas around it, as page stamps print it: one date, only with its year
    (
        "Tasnim reported on January, 16, 2025 that the talks had ended.",
        "2025-01-20",
        {("January, 16, 2025", "2025-01-16", "2025-01-16")},
    ),
    (
        "The stamp read 10, November, 2023 above the story.",
        "2023-11-20",
        {("10, November, 2023", "2023-11-10", "2023-11-10")},
    ),
    ("In January, 16 ministers met in Dushanbe.", "2025-01-20", {("January", "2025-01-01", "2025-01-31")}),
    # an invitation announces what it invites to: the coming month, not the past one
    (
        "Mirziyoyev also invited the Amir to Tashkent in December.",
        "2023-10-03",
        {("December", "2023-12-01", "2023-12-31")},
    ),
    (
        "He accepted an invitation to attend the sustainability week in January.",
        "2023-10-03",
        {("January", "2024-01-01", "2024-01-31")},
    ),
    ("The president was invited to Moscow in May 2022.", "2023-10-03", {("May 2022", "2022-05-01", "2022-05-31")}),
    # the timetable's present of holding an event: a coming month, even after the same month of an earlier year
    (
        "The conference, which opens in the capital in November, will draw 70,000 delegates.",
        "2024-01-09",
        {("November", "2024-11-01", "2024-11-30")},
    ),
    ("Baku hosts the climate conference in November.", "2024-01-09", {("November", "2024-11-01", "2024-11-30")}),
    (
        "The ministers signed the memorandum in Baku on November 28, 2022. The conference opens in the capital in "
        "November.",
        "2024-01-09",
        {("November 28, 2022", "2022-11-28", "2022-11-28"), ("November", "2024-11-01", "2024-11-30")},
    ),
    (
        "The Amir invited his guest to the summit which Doha hosts in February.",
        "2025-04-20",
        {("February", "2026-02-01", "2026-02-28")},
    ),
    # a lone weekday in the present tense is the nearest one: behind by up to three days, else ahead
    (
        "The trip follows phone talks on Tuesday between the two presidents.",
        "2026-11-27",
        {("Tuesday", "2026-11-24", "2026-11-24")},
    ),
    (
        "Officials say the delegation arrives in Tashkent on Tuesday.",
        "2024-05-16",
        {("Tuesday", "2024-05-14", "2024-05-14")},
    ),
    (
        "The leaders shake hands ahead of their talks in Astana on Thursday.",
        "2026-11-27",
        {("Thursday", "2026-11-26", "2026-11-26")},
    ),
    ("The delegation arrives in Tashkent on Saturday.", "2024-05-16", {("Saturday", "2024-05-18", "2024-05-18")}),
    # the timetable's present of holding an event looks ahead, even three days
    ("The summit opens in Astana on Wednesday.", "2026-11-27", {("Wednesday", "2026-12-02", "2026-12-02")}),
    (
        "The visit, which begins on Monday, will last three days.",
        "2024-06-20",
        {("Monday", "2024-06-24", "2024-06-24")},
    ),
    (
        "The minister is in Astana on Monday afternoon.",
        "2026-11-27",
        {("Monday afternoon", "2026-11-30", "2026-11-30")},
    ),
    ("The summit will open on Tuesday.", "2024-05-16", {("Tuesday", "2024-05-21", "2024-05-21")}),
    ("The forum opens next Tuesday.", "2024-05-16", {("next Tuesday", "2024-05-21", "2024-05-21")}),
    # a date right after a reported exchange is the exchange's, whatever was being prepared in it
    (
        "Muttaqi and Saidov discussed preparations for the visit on the telephone on Tuesday.",
        "2026-11-27",
        {("Tuesday", "2026-11-24", "2026-11-24")},
    ),
    (
        "The two presidents had gone over preparations for the visit in a phone call on Oct. 9, officials said.",
        "2026-11-27",
        {("Oct. 9", "2026-10-09", "2026-10-09")},
    ),
    (
        "The ministers discussed preparations for the visit to Astana in December.",
        "2026-11-27",
        {("December", "2026-12-01", "2026-12-31")},
    ),
    ("The leaders will hold a phone call on Tuesday.", "2026-11-27", {("Tuesday", "2026-12-01", "2026-12-01")}),
    # a span of months from January is the year to date, not the year of an earlier January of the text
    (
        "Masdar agreed to build the farm in January 2023. Trade stood at $960 million in January to September, up "
        "11 per cent on the same period of 2025.",
        "2026-11-27",
        {
            ("January 2023", "2023-01-01", "2023-01-31"),
            ("January to September", "2026-01-01", "2026-09-30"),
            ("the same period of 2025", "2025-01-01", "2025-09-30"),
        },
    ),
    (
        "The talks were held in May 2018. From May to July, the experts met four times.",
        "2026-11-27",
        {("May 2018", "2018-05-01", "2018-05-31"), ("May to July", "2018-05-01", "2018-07-31")},
    ),
    (
        "The talks were held on March 15, 2018. At the March summit, the leaders signed a treaty.",
        "2026-11-27",
        {("March 15, 2018", "2018-03-15", "2018-03-15"), ("March", "2018-03-01", "2018-03-31")},
    ),
    # negatives: a past verb, a report in the present, a day keeps its own reading
    ("The exhibition opened in November.", "2024-01-09", {("November", "2023-11-01", "2023-11-30")}),
    ("Trade grew in February, the bank says.", "2025-04-20", {("February", "2025-02-01", "2025-02-28")}),
    ("The forum opens in Astana on 5 March.", "2024-01-09", {("5 March", "2024-03-05", "2024-03-05")}),
    ("In March, trade rose by 12 percent.", "2023-10-03", {("March", "2023-03-01", "2023-03-31")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND15_DATE_FORMS)
def test_date_mentions_of_round15(nlp: Language, text: str, published: str, expected: set) -> None:
    assert dated_mentions(nlp, text, published) == expected


ROUND15_STAMPS = [
    # month, day and year with commas, and a clock time (Iranian agencies)
    ("Politics\nJanuary, 16, 2025 - 19:42", ("2025-01-16", "day")),
    # a date as a field after a section name, with its weekday and commas (Central Asian dailies)
    ("National | Friday, 10, November, 2023", ("2023-11-10", "day")),
    ("Press release | 5 April 2024 | Brussels", ("2024-04-05", "day")),
    # an ISO date as an item of a bulleted list of page fields (Mongolian dailies), or alone on its line
    ("news\n\n  • By D.Narantsetseg\n  •   -  \n  • 2024-10-31\n  • 288", ("2024-10-31", "day")),
    ("- 2025-03-05", ("2025-03-05", "day")),
    # not a stamp: an impossible day, a year range, a list item that is a count
    ("• 2024-13-45", ("", "")),
    ("Programme 2024-2025", ("", "")),
    ("• 2024 visitors", ("", "")),
]


@pytest.mark.parametrize(("stamp", "expected"), ROUND15_STAMPS)
def test_page_stamps_of_round15(stamp: str, expected: tuple[str, str]) -> None:
    assert published_under_a_headline(stamp) == expected
