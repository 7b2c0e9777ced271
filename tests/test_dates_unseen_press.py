"""Date forms of press beyond the dev articles, on sentences of our own in many outlets' styles.

Each row: a sentence, its publication date, and every (start, end) a reader gives a date in it (empty: no date).
Covers the forms added for unseen press (the year to October, year-end, the 3rd-4th of November, over the weekend,
between November 3 and November 5, December 2024-January 2025, the third week of October, three days ago, the
following month, from January to October, a "Published" line) beside forms already handled, and negatives.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import dates

UNSEEN_PRESS_DATES = [
    ("The two ministers met again on the 14th, the ministry said.", "2025-11-20", {("2025-11-14", "2025-11-14")}),
    ("Relations between the two states cooled in the 1990s.", "2025-11-20", {("1990-01-01", "1999-12-31")}),
    ("Chinese investment in the region grew rapidly in the early 2000s.", "2025-11-20", {("2000-01-01", "2009-12-31")}),
    ("Trade has tripled over the past decade, officials said.", "2025-11-20", set()),
    ("The programme ran from 2021 through 2024 with EU funding.", "2025-11-20", {("2021-01-01", "2024-12-31")}),
    ("Kaspi's net income rose 8% in Q3 2025, the bank said.", "2025-11-20", {("2025-07-01", "2025-09-30")}),
    ("Halyk reported a net profit of 512 billion tenge for H1 2025.", "2025-11-20", {("2025-01-01", "2025-06-30")}),
    ("KazMunayGas said 9M 2025 output rose 4%.", "2025-11-20", {("2025-01-01", "2025-09-30")}),
    ("Revenue in FY2024 reached a record, the company said.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    (
        "Inflation eased to 11.8% in the year to October, the central bank said.",
        "2025-11-20",
        {("2024-11-01", "2025-10-31")},
    ),
    ("The rail link is expected to be completed by end-2026.", "2025-11-20", {("2026-01-01", "2026-12-31")}),
    ("Talks on the water deal are set to resume in mid-October.", "2025-09-20", {("2025-10-01", "2025-10-31")}),
    ("Prices usually rise around the turn of the year.", "2025-11-20", set()),
    (
        "The ministry expects the draft to be ready within the first quarter.",
        "2025-11-20",
        {("2025-01-01", "2025-03-31")},
    ),
    ("As of 1 October, the fund held $62 billion in assets.", "2025-11-20", {("2025-10-01", "2025-10-01")}),
    ("The ministers want the corridor agreement signed by year-end.", "2025-11-20", {("2025-01-01", "2025-12-31")}),
    ("The forum was held in Tashkent on 14-15.11.2025.", "2025-11-20", {("2025-11-14", "2025-11-15")}),
    ("The budget for 2025/26 was approved by parliament.", "2025-11-20", {("2025-01-01", "2026-12-31")}),
    ("The club finished third in the 2024/25 season.", "2025-11-20", {("2024-01-01", "2025-12-31")}),
    ("The summit will take place in Baku on Nov. 3-4, officials said.", "2025-10-20", {("2025-11-03", "2025-11-04")}),
    ("The conference will be held on the 3rd-4th of November in Almaty.", "2025-10-20", {("2025-11-03", "2025-11-04")}),
    ("The exhibition opens on 5th November 2025 at Expo.", "2025-10-20", {("2025-11-05", "2025-11-05")}),
    ("The delegation arrives in Tashkent on Tuesday 4 November.", "2025-10-30", {("2025-11-04", "2025-11-04")}),
    ("The foreign ministers will meet again next Tuesday in Ankara.", "2025-11-20", {("2025-11-25", "2025-11-25")}),
    ("The minister toured the new terminal last weekend.", "2025-11-20", {("2025-11-15", "2025-11-16")}),
    ("Thousands attended the festival over the weekend, police said.", "2025-11-18", {("2025-11-15", "2025-11-16")}),
    (
        "The president arrived in Astana on Monday. The previous day he was in Bishkek.",
        "2025-11-20",
        {("2025-11-16", "2025-11-16"), ("2025-11-17", "2025-11-17")},
    ),
    ("The two leaders spoke by phone earlier this month.", "2025-11-20", {("2025-11-01", "2025-11-30")}),
    ("The plant was commissioned late last year.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    ("More details are expected in the coming days.", "2025-11-20", set()),
    ("The talks were held between November 3 and November 5 in Ankara.", "2025-11-20", {("2025-11-03", "2025-11-05")}),
    ("The tariff was in force from December 2024 to January 2025.", "2025-11-20", {("2024-12-01", "2025-01-31")}),
    ("Shipments stalled in December 2024-January 2025 because of ice.", "2025-11-20", {("2024-12-01", "2025-01-31")}),
    ("The working group met in the third week of October.", "2025-11-20", {("2025-10-15", "2025-10-21")}),
    ("The railway was built in 2019.", "2025-11-20", {("2019-01-01", "2019-12-31")}),
    (
        "Kazakhstan gained independence in 1991 and joined the UN in 1992.",
        "2025-11-20",
        {("1991-01-01", "1991-12-31"), ("1992-01-01", "1992-12-31")},
    ),
    ("Since 2017, the two countries have held annual consultations.", "2025-11-20", {("2017-01-01", "2017-12-31")}),
    ("Trade is projected to reach $5 billion by 2030.", "2025-11-20", {("2030-01-01", "2030-12-31")}),
    ("Three days ago, the minister visited the border post.", "2025-11-20", {("2025-11-17", "2025-11-17")}),
    ("The agreement was signed on 3 November last year.", "2025-11-20", {("2024-11-03", "2024-11-03")}),
    ("The minister flew to Baku this morning.", "2025-11-20", set()),
    ("Wednesday's talks focused on energy.", "2025-11-20", {("2025-11-19", "2025-11-19")}),
    (
        "The first meeting was held in March; the following month the sides signed the roadmap.",
        "2025-11-20",
        {("2025-04-01", "2025-04-30"), ("2025-03-01", "2025-03-31")},
    ),
    ("The parliament ratified the treaty in the spring of this year.", "2025-11-20", {("2025-03-01", "2025-05-31")}),
    ("Trade in the period January-September 2025 grew 12%.", "2025-11-20", {("2025-01-01", "2025-09-30")}),
    ("In fiscal 2024, the company earned $3 billion.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    (
        "The minister visited Beijing in 2023 and 2024.",
        "2025-11-20",
        {("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")},
    ),
    ("Output in the July-September quarter rose 3%.", "2025-11-20", {("2025-07-01", "2025-09-30")}),
    ("The plan covers the period up to 2030.", "2025-11-20", {("2030-01-01", "2030-12-31")}),
    ("In the period 2021-2025, trade doubled.", "2025-11-20", {("2021-01-01", "2025-12-31")}),
    ("Over the past five years, trade doubled.", "2025-11-20", set()),
    ("The ministers met on Nov 12th in Ankara.", "2025-11-20", {("2025-11-12", "2025-11-12")}),
    ("The minister arrived on Monday, November 17.", "2025-11-20", {("2025-11-17", "2025-11-17")}),
    ("The forum, held on 12 and 13 November, drew 800 delegates.", "2025-11-20", {("2025-11-12", "2025-11-13")}),
    ("The treaty was signed on 17th of November.", "2025-11-20", {("2025-11-17", "2025-11-17")}),
    ("It will enter into force on January 1, 2026.", "2025-11-20", {("2026-01-01", "2026-01-01")}),
    ("The 2026 budget foresees higher spending.", "2025-11-20", {("2026-01-01", "2026-12-31")}),
    (
        "Exports fell 3% in October from September.",
        "2025-11-20",
        {("2025-09-01", "2025-09-30"), ("2025-10-01", "2025-10-31")},
    ),
    ("The summit took place on 25 October, a week after the forum.", "2025-11-20", {("2025-10-25", "2025-10-25")}),
    ("Bilateral trade amounted to $1.2 billion in 2024, up 15 percent.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    ("The 2024 trade turnover reached $1.2 billion.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    (
        "In 2023, trade stood at $900 million; in 2024 it grew.",
        "2025-11-20",
        {("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")},
    ),
    ("Turkmenistan has been neutral since 1995, recognised by the UN.", "2025-11-20", {("1995-01-01", "1995-12-31")}),
    ("The sides signed 12 documents, including a roadmap for 2025-2027.", "2025-11-20", {("2025-01-01", "2027-12-31")}),
    ("The Development Strategy until 2050 sets the goals.", "2025-11-20", {("2050-01-01", "2050-12-31")}),
    ("The Samarkand summit of 2022 launched the format.", "2025-11-20", {("2022-01-01", "2022-12-31")}),
    ("Uzbekistan aims to join the WTO by 2026, the minister said.", "2025-11-20", {("2026-01-01", "2026-12-31")}),
    ("Established in 1992, diplomatic relations have grown.", "2025-11-20", {("1992-01-01", "1992-12-31")}),
    (
        "Trade fell in 2020 and recovered in 2021-2022.",
        "2025-11-20",
        {("2020-01-01", "2020-12-31"), ("2021-01-01", "2022-12-31")},
    ),
    ("Compared to 2023, exports rose 9%.", "2025-11-20", {("2023-01-01", "2023-12-31")}),
    ("The figure for 2025 is expected to exceed $2 billion.", "2025-11-20", {("2025-01-01", "2025-12-31")}),
    ("In the first ten months of 2025, trade rose 10%.", "2025-11-20", {("2025-01-01", "2025-10-31")}),
    ("From January to October, trade rose 10%.", "2025-11-20", {("2025-01-01", "2025-10-31")}),
    ("In January through October, trade rose 10%.", "2025-11-20", {("2025-01-01", "2025-10-31")}),
    ("In the January-October period, trade rose 10%.", "2025-11-20", {("2025-01-01", "2025-10-31")}),
    ("In 10M 2025, trade rose 10%.", "2025-11-20", {("2025-01-01", "2025-10-31")}),
    ("The visit took place on 12-13 November.", "2025-11-20", {("2025-11-12", "2025-11-13")}),
    ("The visit took place November 12–13.", "2025-11-20", {("2025-11-12", "2025-11-13")}),
    ("The visit took place from 12 to 13 November 2025.", "2025-11-20", {("2025-11-12", "2025-11-13")}),
    (
        "The deal, signed on 12.11.2025, takes effect in 2026.",
        "2025-11-20",
        {("2025-11-12", "2025-11-12"), ("2026-01-01", "2026-12-31")},
    ),
    ("The law was adopted on 2025-11-12 by the Majilis.", "2025-11-20", {("2025-11-12", "2025-11-12")}),
    ("On the sidelines of the summit on November 12, the leaders met.", "2025-11-20", {("2025-11-12", "2025-11-12")}),
    ("A meeting is planned for the first half of December.", "2025-11-20", {("2025-12-01", "2025-12-15")}),
    (
        "The minister visited Ankara on Nov. 12 and Baku on Nov. 14.",
        "2025-11-20",
        {("2025-11-14", "2025-11-14"), ("2025-11-12", "2025-11-12")},
    ),
    ("At the start of November, the ministers met in Baku.", "2025-11-20", {("2025-11-01", "2025-11-30")}),
    ("The government approved the plan in late October.", "2025-11-20", {("2025-10-01", "2025-10-31")}),
    ("The parliament will consider the bill in the autumn session.", "2025-11-20", set()),
    ("The minister had visited Baku the week before.", "2025-11-20", set()),
    ("In 2024-25, trade grew 5%.", "2025-11-20", {("2024-01-01", "2025-12-31")}),
    ("Trade reached $3 billion in the 12 months through September.", "2025-11-20", {("2024-10-01", "2025-09-30")}),
    ("Last year's trade reached $3 billion.", "2025-11-20", {("2024-01-01", "2024-12-31")}),
    ("This year's forum drew 800 delegates.", "2025-11-20", {("2025-01-01", "2025-12-31")}),
    ("Next year's summit will be held in Astana.", "2025-11-20", {("2026-01-01", "2026-12-31")}),
    ("The two presidents met in Sochi on October 10th.", "2025-11-20", {("2025-10-10", "2025-10-10")}),
    ("The forum will be held on December 3 and 4.", "2025-11-20", {("2025-12-03", "2025-12-04")}),
    ("On Friday, November 14, the leaders met in Tashkent.", "2025-11-20", {("2025-11-14", "2025-11-14")}),
    ("The leaders met in Tashkent on Friday (14 November).", "2025-11-20", {("2025-11-14", "2025-11-14")}),
    ("The summit ended on Sunday.", "2025-11-20", {("2025-11-16", "2025-11-16")}),
    ("The minister will travel to Beijing on Sunday.", "2025-11-20", {("2025-11-23", "2025-11-23")}),
    ("The summit opens today in Astana.", "2025-11-20", set()),
    ("The summit opened on Thursday in Astana.", "2025-11-20", {("2025-11-20", "2025-11-20")}),
    ("The agreement expires at the end of 2026.", "2025-11-20", {("2026-01-01", "2026-12-31")}),
    ("Production will start in the second half of next year.", "2025-11-20", {("2026-07-01", "2026-12-31")}),
    ("The bank expects growth of 5% in 2026-27.", "2025-11-20", {("2026-01-01", "2027-12-31")}),
    ("The plant will be built in 2026–2028.", "2025-11-20", {("2026-01-01", "2028-12-31")}),
    ("The ministers met in Q2.", "2025-11-20", {("2025-04-01", "2025-06-30")}),
    ("Exports rose 20% year-on-year in October.", "2025-11-20", {("2025-10-01", "2025-10-31")}),
    ("Growth slowed in the fourth quarter of 2024.", "2025-11-20", {("2024-10-01", "2024-12-31")}),
    ("The treaty signed in July last year entered into force.", "2025-11-20", {("2024-07-01", "2024-07-31")}),
    ("The talks, held two weeks ago, ended without a deal.", "2025-11-20", set()),
    ("The summit in Dushanbe in October 2024 adopted a declaration.", "2025-11-20", {("2024-10-01", "2024-10-31")}),
    ("The talks of 12 November focused on gas.", "2025-11-20", {("2025-11-12", "2025-11-12")}),
    ("The meeting on November 12th-13th ended with a statement.", "2025-11-20", {("2025-11-12", "2025-11-13")}),
    ("In the summer, the ministers met in Cholpon-Ata.", "2025-11-20", {("2025-06-01", "2025-08-31")}),
    ("The talks lasted until late at night.", "2025-11-20", set()),
    ("It was the first visit in 25 years.", "2025-11-20", set()),
    ("The 30th anniversary of diplomatic relations is marked in 2022.", "2025-11-20", {("2022-01-01", "2022-12-31")}),
    ("The museum is open at weekends.", "2025-11-20", set()),
    ("The talks were held two weeks ago in Baku.", "2025-11-20", set()),
    ("The law was passed in 2019. The following month, protests began.", "2025-11-20", {("2019-01-01", "2019-12-31")}),
    (
        "The railway opened in March. Later that month, the first train reached Tehran.",
        "2025-11-20",
        {("2025-03-01", "2025-03-31")},
    ),
    ("Ministers approved the action plan on 12 November in Tashkent.", "2025-11-20", {("2025-11-12", "2025-11-12")}),
    ("Preparations for the visit in December are under way.", "2025-11-20", {("2025-12-01", "2025-12-31")}),
    ("They discussed plans for a summit in March.", "2025-11-20", {("2026-03-01", "2026-03-31")}),
    ("The leaders will meet at the weekend in Astana.", "2025-11-20", {("2025-11-22", "2025-11-23")}),
    ("The leaders met at the weekend in Astana.", "2025-11-17", {("2025-11-15", "2025-11-16")}),
    ("The bank published its year-end results.", "2025-11-20", set()),
    ("A day ago the minister arrived in Baku.", "2025-11-20", {("2025-11-19", "2025-11-19")}),
    ("The fourth week of the talks opened in Geneva.", "2025-11-20", set()),
    ("Between 1 and 3 December, the forum will run in Astana.", "2025-11-20", {("2025-12-01", "2025-12-03")}),
    (
        "The Dushanbe Declaration was adopted between April 2019 and March 2020.",
        "2025-11-20",
        {("2019-04-01", "2020-03-31")},
    ),
    ("The ministry's data for the year to September show growth.", "2025-11-20", {("2024-10-01", "2025-09-30")}),
    (
        "The director, who said the year to come will be hard, spoke on Monday.",
        "2025-11-20",
        {("2025-11-17", "2025-11-17")},
    ),
    ("The ministers want the corridor agreement signed by year-end.", "2025-11-20", {("2025-01-01", "2025-12-31")}),
    ("Inflation should slow to 9% by the year-end, and rates may fall.", "2025-11-20", {("2025-01-01", "2025-12-31")}),
    (
        "Tokayev will leave for Astana on Thursday after visiting the Pakistan-Kazakhstan business forum in Islamabad.",
        "2026-02-05",
        {("2026-02-05", "2026-02-05")},
    ),
    ("The president will leave for Astana on Thursday.", "2026-02-05", {("2026-02-05", "2026-02-05")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNSEEN_PRESS_DATES)
def test_date_forms_of_unseen_press(nlp: Language, text: str, published: str, expected: set) -> None:
    document = make_document(text, published=published)
    assert {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start} == expected


def test_a_published_line_is_the_articles_date(nlp: Language) -> None:
    text = "Published - June 05, 2025 10:12 pm IST\nThe ministers met in New Delhi on Thursday."
    found = {(m.text, m.start) for m in dates(nlp(text), document=make_document(text, published="2025-06-05"))}
    assert ("June 05, 2025", "2025-06-05") in found


def test_a_cms_stamp_is_still_no_date(nlp: Language) -> None:
    text = "The forum closed on 12 May 2019 in Almaty.\nCreated at : 29.03.2019, 12:10"
    found = {m.start for m in dates(nlp(text), document=make_document(text, published="2019-03-29"))}
    assert found == {"2019-05-12"}
