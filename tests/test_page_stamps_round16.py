"""Publication-date stamps of outlets we had not modelled (Gulf, Turkish, Iranian, Indian, Bangladeshi, Central
European, Ukrainian, East Asian, US and wire pages), on page heads of our own in their styles.

Each row: the lines under a headline (stamp, byline, dateline) and the (ISO date, precision) `find_published` reads.
Covers the forms added this round (a dotted year-first date, a byline naming the writer's place before the date,
a date before the count of comments, a month-first numeric date with a two-digit year, a clock time and a US zone,
a day-first numeric date with its update date, a stamp whose date a scrape printed twice) beside forms already read,
and negatives that must not be taken for a stamp (a year range, a clock time alone, a score, a number, a title with
a year, a dotted version, a slashed figure, an update in the body).
"""

from __future__ import annotations

import pytest

from pipeline.ingest import find_published

BODY = "The ministers met on Tuesday and agreed to meet again next year."


def page(head: str) -> str:
    return f"Ministers agree to widen trade\n{head}\n\n{BODY}\nMore text.\n"


ROUND16_STAMPS = [
    # forms added this round
    ("2025.04.24.", ("2025-04-24", "day")),  # Hungary Today
    ("By Jane Doe\n2024.05.27", ("2024-05-27", "day")),  # Radio Free Asia
    ("By Jane Doe 2024.05.27 Washington", ("2024-05-27", "day")),
    ("By Jane Doe in Tashkent June 17, 2024", ("2024-06-17", "day")),  # bne IntelliNews
    ("By Jane Doe in Almaty 17 June 2024", ("2024-06-17", "day")),
    ("By RFE/RL May 27, 2024 0 Comments", ("2024-05-27", "day")),  # Eurasia Review
    ("May 27, 2024 3 Comments\nBy RFE/RL", ("2024-05-27", "day")),
    ("by Jane Doe - 05/27/24 3:15 PM ET", ("2024-05-27", "day")),  # The Hill
    ("12/01/25 9:05 AM EST", ("2025-12-01", "day")),
    ("27.05.2024 - Update : 28.05.2024", ("2024-05-27", "day")),  # Anadolu
    ("By Jane Doe | Euractiv Est. 5min 27-08-2024 (updated: 28-08-2024 )", ("2024-08-27", "day")),  # Euractiv
    ("Published On 27 May 202427 May 2024", ("2024-05-27", "day")),  # Al Jazeera, scraped
    # forms already read
    ("Published On 27 May 2024", ("2024-05-27", "day")),  # Al Jazeera
    # Press TV
    ("Wednesday, 21 May 2025 4:18 PM  [ Last Update: Wednesday, 21 May 2025 4:18 PM ]", ("2025-05-21", "day")),
    ("Sun Mar 17, 2019 01:16PM [Updated: Tue Mar 19, 2019 12:03PM ]", ("2019-03-17", "day")),  # Press TV, older
    ("May 27, 2024 12:45", ("2024-05-27", "day")),  # Saudi Gazette
    ("Updated 21 December 2023\nAFP", ("2023-12-21", "day")),  # Arab News
    ("By John Roe\nDecember 23, 2025", ("2025-12-23", "day")),  # The Diplomat
    ("Aug 27, 2024 12:10", ("2024-08-27", "day")),  # Euractiv, older
    ("May 27, 2024 4:00 am CET\nBy Jane Doe", ("2024-05-27", "day")),  # Politico Europe
    # Middle East Eye
    ("Published date: 27 May 2024 14:22 BST | Last update: 1 week 2 days ago", ("2024-05-27", "day")),
    ("ISTANBUL May 27, 2024 - 1:15 pm GMT+3", ("2024-05-27", "day")),  # Daily Sabah
    ("ANKARA\nMay 27 2024 14:32:00", ("2024-05-27", "day")),  # Hurriyet Daily News
    ("TOI News Desk / TIMESOFINDIA.COM / Updated: Jun 3, 2025, 19:06 IST", ("2025-06-03", "day")),  # Times of India
    ("Updated At : 09:12 PM May 27, 2024 IST", ("2024-05-27", "day")),  # The Tribune
    ("Publish : 27 May 2024, 02:30 PM\nUpdate : 28 May 2024, 03:30 PM", ("2024-05-27", "day")),  # Dhaka Tribune
    ("May 27, 2024 3:15 PM 2 min read", ("2024-05-27", "day")),  # Kyiv Independent
    ("Updated May 27, 2024 03:15 AM EDT", ("2024-05-27", "day")),  # Radio Free Asia, newer
    ("May 27, 2024 14:48 JST", ("2024-05-27", "day")),  # Nikkei Asia
    ("By JANE DOE\nUpdated 3:15 PM GMT+5, May 27, 2024", ("2024-05-27", "day")),  # AP
    ("Thursday 16 May 2024 - 22:19", ("2024-05-16", "day")),  # Islam Times
    ("Published on 27/05/2024 - 15:15 GMT+2", ("2024-05-27", "day")),  # Euronews
    ("Updated - May 27, 2024 03:15 pm IST", ("2024-05-27", "day")),  # The Hindu
    ("Published: 3:15pm, 27 May 2024", ("2024-05-27", "day")),  # South China Morning Post
    # negatives: body text that is no stamp
    ("The plan for 2024-2025 was signed.", ("", "")),
    ("At 15:15 the ministers met.", ("", "")),
    ("Kazakhstan won 3-1 on Tuesday.", ("", "")),
    ("2024 visitors came to the fair.", ("", "")),
    ("Summit 2024: leaders gather", ("", "")),
    ("Version 2024.05.27 of the rules was adopted.", ("", "")),
    ("The ratio was 05/27/24 in the table.", ("", "")),
    ("The vote closed 05/27/24 3:15 PM ET, officials said.", ("", "")),
    ("The plan was updated in May 2024 after talks.", ("", "")),
    ("By then, 2024.05 figures were in.", ("", "")),
    ("Readers left 12 Comments on the plan.", ("", "")),
]


@pytest.mark.parametrize(("head", "expected"), ROUND16_STAMPS)
def test_page_stamp(head: str, expected: tuple[str, str]) -> None:
    assert find_published(page(head)) == expected
