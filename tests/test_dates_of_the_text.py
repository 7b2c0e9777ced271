"""Dates whose year or calendar comes from the text or the article's day: "October of the same year", "that year",
"the first half of the current Iranian year" (our own sentences in several outlets' styles; negatives included)."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import dates


def found(nlp: Language, text: str, published: str = "") -> list[tuple[str, str, str]]:
    document = make_document(text, published=published)
    return [(m.text, m.start, m.end) for m in dates(nlp(text), document=document)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Report.az style: a month "of the same year" is the year of the date before it
            "During the previous visit in April 2022, the presidents set up the Interstate Council, whose first "
            "meeting took place in Bishkek in October of the same year.",
            "2024-04-24",
            [("April 2022", "2022-04-01", "2022-04-30"), ("October of the same year", "2022-10-01", "2022-10-31")],
        ),
        (  # wire style: "that year"
            "The railway agreement was signed in 2017. In May that year, the first container train left Xi'an.",
            "2025-06-10",
            [("2017", "2017-01-01", "2017-12-31"), ("May that year", "2017-05-01", "2017-05-31")],
        ),
        (  # analysis style: "later that year"
            "Moscow promised a soft loan in 2009, but later that year the project was frozen.",
            "2025-10-14",
            [("2009", "2009-01-01", "2009-12-31"), ("that year", "2009-01-01", "2009-12-31")],
        ),
        (  # "of the following year": one year after the date before it
            "The talks began in June 2019 and ended in March of the following year.",
            "2025-01-15",
            [("June 2019", "2019-06-01", "2019-06-30"), ("March of the following year", "2020-03-01", "2020-03-31")],
        ),
        (  # negative: with no date before it, "the same year" is not guessed from the publication date
            "The two ministries will sign the roadmap in the same year.",
            "2025-01-15",
            [("the same year", "", "")],
        ),
        (  # negative: "year-on-year" is no year
            "Exports grew by 12% in 2024, and the ministry said that year-on-year growth would continue.",
            "2025-01-15",
            [("2024", "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_a_year_named_by_the_text_is_the_year_of_the_date_before_it(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert found(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # IRNA style: the first half of the Iranian year of publication (six months of 31 days)
            "Trade reached $410 million in the first half of the current Iranian year, which began on March 21.",
            "2025-10-21",
            ("the first half of the current Iranian year", "2025-03-21", "2025-09-22"),
        ),
        (  # Tehran Times style: the first seven months (March 21-October 22)
            "Non-oil exports rose 8% in the first seven months of the current Iranian calendar year.",
            "2025-11-05",
            ("the first seven months of the current Iranian calendar year", "2025-03-21", "2025-10-22"),
        ),
        (  # published before Nowruz: the current Iranian year began the March before
            "Imports from Turkmenistan doubled in the current Iranian year.",
            "2025-02-10",
            ("the current Iranian year", "2024-03-20", "2025-03-20"),
        ),
        (  # the last Iranian year
            "Gas swaps reached 2 billion cubic metres in the last Iranian year.",
            "2025-10-21",
            ("the last Iranian year", "2024-03-20", "2025-03-20"),
        ),
        (  # an explicit Iranian year, with its second half
            "Customs reported the figures for the second half of the Iranian year 1403.",
            "2025-10-21",
            ("the second half of the Iranian year 1403", "2024-09-22", "2025-03-20"),
        ),
        (  # negative: without a publication date the current Iranian year is not guessed
            "Trade reached $410 million in the first half of the current Iranian year.",
            "",
            ("the first half of the current Iranian year", "", ""),
        ),
    ],
)
def test_a_part_of_the_iranian_year_of_publication(nlp: Language, text: str, published: str, expected: tuple) -> None:
    assert expected in found(nlp, text, published)
