"""Date forms of outlets we had not modelled (Gulf, South and South-East Asian, Korean, Vietnamese, Philippine press),
on sentences of our own in their styles, and the page stamps they print.

Each row of the sentence table: a sentence, its publication date, and every (text, start, end) the dates extractor
gives (empty: no date).  Covers the forms added this round (a comma after the day beside its weekday, a weekday after
the day, a month-first numeric day that cannot be day first, a day-first numeric day with hyphens, Q3/2025 and
Q3-2025, FY2025-26, "17th & 18th November", "late May 17", a past date after "since") beside forms already handled,
and negatives that look like dates (clock times, scores, votes, phone numbers, version numbers, durations).
"""

from __future__ import annotations

import pytest
from conftest import dated_mentions, published_under_a_headline
from spacy.language import Language

ROUND14_DATE_FORMS = [
    # a comma after the day beside its weekday (Gulf and South Asian pages)
    (
        "The forum opened on Friday, 10, November, 2023 in Doha.",
        "2023-11-11",
        {("Friday, 10, November, 2023", "2023-11-10", "2023-11-10")},
    ),
    # the weekday after its day, after a comma: one date
    (
        "The ruler died on 13 May, Friday, at the age of 73.",
        "2022-05-16",
        {("13 May, Friday", "2022-05-13", "2022-05-13")},
    ),
    (
        "Talks continued on 13 May, Friday and Saturday in Abu Dhabi.",
        "2022-05-16",
        {("13 May", "2022-05-13", "2022-05-13"), ("Friday and Saturday", "2022-05-13", "2022-05-14")},
    ),
    ("Leaders visited the UAE on Saturday, 14 May.", "2022-05-16", {("Saturday, 14 May", "2022-05-14", "2022-05-14")}),
    # month first where the second number cannot be a month; else day first, as the region writes it
    ("The delegation arrived on 06/14/2024.", "2024-06-20", {("06/14/2024", "2024-06-14", "2024-06-14")}),
    ("The delegation arrived on 03/04/2024.", "2024-06-20", {("03/04/2024", "2024-04-03", "2024-04-03")}),
    ("The agreement was signed on 17-11-2025.", "2025-11-20", {("17-11-2025", "2025-11-17", "2025-11-17")}),
    ("The decree was signed on 14.01.2022.", "2022-01-20", {("14.01.2022", "2022-01-14", "2022-01-14")}),
    ("The report was released on 2024-10-31.", "2024-11-20", {("2024-10-31", "2024-10-31", "2024-10-31")}),
    # quarters and fiscal years as results pages print them
    ("Output in Q3/2025 rose 4%.", "2025-11-20", {("Q3/2025", "2025-07-01", "2025-09-30")}),
    ("Output in Q3-2025 rose 4%.", "2025-11-20", {("Q3-2025", "2025-07-01", "2025-09-30")}),
    ("In FY2025-26, growth will be 6.5%.", "2025-11-20", {("FY2025-26", "2025-01-01", "2026-12-31")}),
    ("In FY2025/26, growth will be 6.5%.", "2025-11-20", {("FY2025/26", "2025-01-01", "2026-12-31")}),
    ("Q1-Q3 2025 results were strong.", "2025-11-20", {("Q1-Q3 2025", "2025-01-01", "2025-09-30")}),
    # two days joined by an ampersand: one range
    (
        "The talks held on 17th & 18th November ended.",
        "2025-11-20",
        {("17th & 18th November", "2025-11-17", "2025-11-18")},
    ),
    ("The talks held on November 17 & 18 ended.", "2025-11-20", {("November 17 & 18", "2025-11-17", "2025-11-18")}),
    # a modifier before a day is the day (Vietnamese press: "late May 17", "on November 8 evening")
    (
        "The NA delegation arrived in Hanoi late May 17, concluding a visit to Laos.",
        "2022-05-19",
        {("May 17", "2022-05-17", "2022-05-17")},
    ),
    ("The summit will be held in mid-December.", "2025-11-20", {("mid-December", "2025-12-01", "2025-12-31")}),
    ("The plan was approved in late May 2024.", "2025-11-20", {("late May 2024", "2024-05-01", "2024-05-31")}),
    (
        "The Prime Minister returned to Hanoi on November 8 evening.",
        "2024-11-09",
        {("November 8", "2024-11-08", "2024-11-08")},
    ),
    # a date after "since" lies before the time of writing, whatever verb governs it
    (
        "It would be the first talks since the May 10 launch of the administration.",
        "2022-06-09",
        {("May 10", "2022-05-10", "2022-05-10")},
    ),
    ("The two ministers will meet again on May 10.", "2022-06-09", {("May 10", "2023-05-10", "2023-05-10")}),
    # forms of these outlets already read, kept so
    ("The talks were held on Tue 9 Jan 2024 in Kyiv.", "2024-01-10", {("9 Jan 2024", "2024-01-09", "2024-01-09")}),
    (
        "Marcos arrived on Wednesday, Sept. 7, from Singapore.",
        "2022-09-08",
        {("Wednesday, Sept. 7", "2022-09-07", "2022-09-07")},
    ),
    ("Wong will be in the country from Nov. 14 to 15.", "2022-11-10", {("Nov. 14 to 15", "2022-11-14", "2022-11-15")}),
    ("The minister met his counterpart Tuesday in Tashkent.", "2025-11-20", {("Tuesday", "2025-11-18", "2025-11-18")}),
    ("The president visited Baku last Friday.", "2025-11-20", {("last Friday", "2025-11-14", "2025-11-14")}),
    ("The exhibition runs 9-11 November in Dubai.", "2025-11-01", {("9-11 November", "2025-11-09", "2025-11-11")}),
    (
        "Trade grew 12% in January-March this year.",
        "2025-11-20",
        {("January-March this year", "2025-01-01", "2025-03-31")},
    ),
    ("The ministers met last summer in Cholpon-Ata.", "2025-11-20", {("last summer", "2025-06-01", "2025-08-31")}),
    (
        "Output will rise in the second half of the year.",
        "2025-11-20",
        {("the second half of the year", "2025-07-01", "2025-12-31")},
    ),
    # negatives: clock times, scores, votes, phone numbers, versions, codes, durations
    ("The meeting began at 10.30 and ended at 12.45.", "2025-11-20", set()),
    ("The final score was 3-1 after extra time.", "2025-11-20", set()),
    ("The team won 24-21 in the final.", "2025-11-20", set()),
    ("The bill passed by a vote of 12-10.", "2025-11-20", set()),
    ("Call 1-800-555-0199 for information.", "2025-11-20", set()),
    ("Install version 2.10.1 of the software.", "2025-11-20", set()),
    ("See page 1-8-2025 of the file.", "2025-11-20", set()),
    ("The talks lasted five years.", "2025-11-20", set()),
    ("Flight TK 1403 landed at 10:27.", "2025-11-20", set()),
    ("The road is 14.5 km long and costs $12.3 million.", "2025-11-20", set()),
    ("It was approved by 145 votes to 12.", "2025-11-20", set()),
    ("The summit opens today in Astana.", "2025-11-20", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROUND14_DATE_FORMS)
def test_date_forms_of_outlets_not_modelled(nlp: Language, text: str, published: str, expected: set) -> None:
    assert dated_mentions(nlp, text, published) == expected


ROUND14_STAMPS = [
    ("Friday, 10, November, 2023", ("2023-11-10", "day")),
    ("20-11-2025 10:30", ("2025-11-20", "day")),
    ("Thu, 11/20/2025 - 10:30", ("2025-11-20", "day")),
    ("Posted : 2024-06-14 17:05 Updated : 2024-06-14 18:00", ("2024-06-14", "day")),
    ("Published: 03 Oct 2023 - 09:12 pm", ("2023-10-03", "day")),
    ("Jan 16, 2025 - 11:30", ("2025-01-16", "day")),
    ("15:48, 16 January 2025", ("2025-01-16", "day")),
    ("Tue 9 Jan 2024", ("2024-01-09", "day")),
    ("06/14/2024", ("2024-06-14", "day")),
    # not a stamp: a clock time and a score are no date
    ("Kick-off 20:30 | Score 3-1", ("", "")),
]


@pytest.mark.parametrize(("stamp", "expected"), ROUND14_STAMPS)
def test_page_stamps_of_outlets_not_modelled(stamp: str, expected: tuple[str, str]) -> None:
    assert published_under_a_headline(stamp) == expected
