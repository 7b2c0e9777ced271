"""Tests for pipeline.normalize.dates: date expressions to ISO ranges, and the rule files' checks."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pipeline.normalize.dates import DateGrammar, DateValue, resolve_date
from pipeline.patterns import PatternError

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
PUBLISHED = date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "resolved_with"),
    [
        # corpus expressions
        ("2017", "2017-01-01", "2017-12-31", "year", "explicit"),
        ("in 2023", "2023-01-01", "2023-12-31", "year", "explicit"),
        ("April 18-19, 2017", "2017-04-18", "2017-04-19", "range", "explicit"),
        ("December 25-26, 2017", "2017-12-25", "2017-12-26", "range", "explicit"),
        ("Sept. 22, 2017", "2017-09-22", "2017-09-22", "day", "explicit"),
        ("Nov. 11, 2017", "2017-11-11", "2017-11-11", "day", "explicit"),
        ("15 March 2018", "2018-03-15", "2018-03-15", "day", "explicit"),
        ("September 2017", "2017-09-01", "2017-09-30", "month", "explicit"),
        ("March2018", "2018-03-01", "2018-03-31", "month", "explicit"),
        ("2018-2019", "2018-01-01", "2019-12-31", "range", "explicit"),
        ("2014-2020", "2014-01-01", "2020-12-31", "range", "explicit"),
        ("the first half of 2024", "2024-01-01", "2024-06-30", "half", "explicit"),
        ("the eight months of 2021", "2021-01-01", "2021-08-31", "range", "explicit"),
        ("October this year", "2024-10-01", "2024-10-31", "month", "document_date"),
        ("last August", "2024-08-01", "2024-08-31", "month", "document_date"),
        ("last year", "2023-01-01", "2023-12-31", "year", "document_date"),
        ("This year", "2024-01-01", "2024-12-31", "year", "document_date"),
        ("ten months of the last year", "2023-01-01", "2023-10-31", "range", "document_date"),
        ("Oct. 14", "2024-10-14", "2024-10-14", "day", "document_date"),
        ("October 5-7", "2024-10-05", "2024-10-07", "range", "document_date"),
        # our own
        ("March 30 - April 2, 2019", "2019-03-30", "2019-04-02", "range", "explicit"),
        ("30 March - 2 April 2019", "2019-03-30", "2019-04-02", "range", "explicit"),
        ("18-19 April 2017", "2017-04-18", "2017-04-19", "range", "explicit"),
        ("mid-2020", "2020-01-01", "2020-12-31", "year", "explicit"),
        ("the 1990s", "1990-01-01", "1999-12-31", "range", "explicit"),
        ("Q3 2023", "2023-07-01", "2023-09-30", "quarter", "explicit"),
        ("the last quarter of 2019", "2019-10-01", "2019-12-31", "quarter", "explicit"),
        ("the first quarter of this year", "2024-01-01", "2024-03-31", "quarter", "document_date"),
        ("H2 2022", "2022-07-01", "2022-12-31", "half", "explicit"),
        ("spring 2019", "2019-03-01", "2019-05-31", "season", "explicit"),
        ("winter 2023", "2023-12-01", "2024-02-29", "season", "explicit"),
        ("last summer", "2024-06-01", "2024-08-31", "season", "document_date"),
        ("next March", "2025-03-01", "2025-03-31", "month", "document_date"),
        ("the first six months of 2022", "2022-01-01", "2022-06-30", "range", "explicit"),
        ("the first 11 months of 2024", "2024-01-01", "2024-11-30", "range", "explicit"),
        ("early May 2016", "2016-05-01", "2016-05-31", "month", "explicit"),
        ("the end of 2025", "2025-01-01", "2025-12-31", "year", "explicit"),
        ("Friday", "2024-09-20", "2024-09-20", "day", "document_date"),
        ("November-February 2020", "2019-11-01", "2020-02-29", "range", "explicit"),
        ("2019-20", "2019-01-01", "2020-12-31", "range", "explicit"),
        ("January-June 2023", "2023-01-01", "2023-06-30", "range", "explicit"),
        ("December 30 - January 2, 2020", "2019-12-30", "2020-01-02", "range", "explicit"),
        ("29.03.2019", "2019-03-29", "2019-03-29", "day", "explicit"),
        ("2019-03-29", "2019-03-29", "2019-03-29", "day", "explicit"),
        # issue 18 forms (published Friday 20 September 2024)
        ("from 4 to 6 March 2020", "2020-03-04", "2020-03-06", "range", "explicit"),
        ("March 30 to April 2", "2024-03-30", "2024-04-02", "range", "document_date"),
        ("from April 1 through September 30, 2023", "2023-04-01", "2023-09-30", "range", "explicit"),
        ("between 2019 and 2021", "2019-01-01", "2021-12-31", "range", "explicit"),
        ("from 2019 to 2021", "2019-01-01", "2021-12-31", "range", "explicit"),
        ("on 5 and 6 March", "2024-03-05", "2024-03-06", "range", "document_date"),
        ("between 5 and 7 March 2020", "2020-03-05", "2020-03-07", "range", "explicit"),
        ("January until May 2020", "2020-01-01", "2020-05-31", "range", "explicit"),
        ("between January and March 2024", "2024-01-01", "2024-03-31", "range", "explicit"),
        ("from January to March this year", "2024-01-01", "2024-03-31", "range", "document_date"),
        ("January-May this year", "2024-01-01", "2024-05-31", "range", "document_date"),
        ("January–October this year", "2024-01-01", "2024-10-31", "range", "document_date"),
        ("January-April", "2024-01-01", "2024-04-30", "range", "document_date"),
        ("21-22 August this year", "2024-08-21", "2024-08-22", "range", "document_date"),
        ("12 May last year", "2023-05-12", "2023-05-12", "day", "document_date"),
        ("Tuesday, March 5, 2019", "2019-03-05", "2019-03-05", "day", "explicit"),
        ("Tuesday, 5 March 2019", "2019-03-05", "2019-03-05", "day", "explicit"),
        ("the 9th of May", "2024-05-09", "2024-05-09", "day", "document_date"),
        ("Dec. 31, 1994", "1994-12-31", "1994-12-31", "day", "explicit"),
        ("29/03/2019", "2019-03-29", "2019-03-29", "day", "explicit"),
        ("5 December 1891", "1891-12-05", "1891-12-05", "day", "explicit"),
        ("early 2021", "2021-01-01", "2021-12-31", "year", "explicit"),
        ("the 2020s", "2020-01-01", "2029-12-31", "range", "explicit"),
        ("yesterday", "2024-09-19", "2024-09-19", "day", "document_date"),
        ("Tomorrow", "2024-09-21", "2024-09-21", "day", "document_date"),
        ("last month", "2024-08-01", "2024-08-31", "month", "document_date"),
        ("next month", "2024-10-01", "2024-10-31", "month", "document_date"),
        ("this week", "2024-09-16", "2024-09-22", "range", "document_date"),
        ("last week", "2024-09-09", "2024-09-15", "range", "document_date"),
        ("last quarter", "2024-04-01", "2024-06-30", "quarter", "document_date"),
        ("Q3 this year", "2024-07-01", "2024-09-30", "quarter", "document_date"),
        ("the second half of the year", "2024-07-01", "2024-12-31", "half", "document_date"),
        ("the first ten days of October", "2024-10-01", "2024-10-10", "range", "document_date"),
        ("the first quarter 2024", "2024-01-01", "2024-03-31", "quarter", "explicit"),
        ("the third quarter", "2024-07-01", "2024-09-30", "quarter", "document_date"),
        ("Q1", "2024-01-01", "2024-03-31", "quarter", "document_date"),
        ("the second half", "2024-07-01", "2024-12-31", "half", "document_date"),
        ("the last five days of February 2024", "2024-02-25", "2024-02-29", "range", "explicit"),
        ("last Friday", "2024-09-13", "2024-09-13", "day", "document_date"),
        ("next Friday", "2024-09-27", "2024-09-27", "day", "document_date"),
        ("next Monday", "2024-09-23", "2024-09-23", "day", "document_date"),
        ("Iranian calendar year 1403", "2024-03-20", "2025-03-20", "range", "explicit"),
        ("the Iranian year 1399", "2020-03-20", "2021-03-20", "range", "explicit"),
        ("the Iranian year 1404", "2025-03-21", "2026-03-20", "range", "explicit"),
        # forms of other outlets (our own)
        ("14-Jun-2024", "2024-06-14", "2024-06-14", "day", "explicit"),
        ("14-JUN-2024", "2024-06-14", "2024-06-14", "day", "explicit"),
        ("the 2024/25 season", None, None, None, None),
        ("2024/25", "2024-01-01", "2025-12-31", "range", "explicit"),
        ("2023/2024", "2023-01-01", "2024-12-31", "range", "explicit"),
        ("9M 2024", "2024-01-01", "2024-09-30", "range", "explicit"),
        ("6M2023", "2023-01-01", "2023-06-30", "range", "explicit"),
        ("FY2024", "2024-01-01", "2024-12-31", "year", "explicit"),
        ("FY 2023/24", "2023-01-01", "2024-12-31", "range", "explicit"),
        ("the week before last", "2024-09-02", "2024-09-08", "range", "document_date"),
        ("the week after next", "2024-09-30", "2024-10-06", "range", "document_date"),
        ("the month before last", "2024-07-01", "2024-07-31", "month", "document_date"),
        ("the year before last", "2022-01-01", "2022-12-31", "year", "document_date"),
        ("the day before yesterday", "2024-09-18", "2024-09-18", "day", "document_date"),
        ("the day after tomorrow", "2024-09-22", "2024-09-22", "day", "document_date"),
        ("the middle of the month", "2024-09-01", "2024-09-30", "month", "document_date"),
        ("the end of the year", "2024-01-01", "2024-12-31", "year", "document_date"),
        ("on the 14th", "2024-09-14", "2024-09-14", "day", "document_date"),
        ("4Q 2023", "2023-10-01", "2023-12-31", "quarter", "explicit"),
        ("1H 2024", "2024-01-01", "2024-06-30", "half", "explicit"),
        ("12.06.24", "2024-06-12", "2024-06-12", "day", "explicit"),
        ("the winter of 2023-2024", "2023-12-01", "2024-02-29", "season", "explicit"),
        ("end-May", "2024-05-01", "2024-05-31", "month", "document_date"),
        ("end-2025", "2025-01-01", "2025-12-31", "year", "explicit"),
        ("the early 1990s", "1990-01-01", "1999-12-31", "range", "explicit"),
        ("the mid-1990s", "1990-01-01", "1999-12-31", "range", "explicit"),
        ("the first week of June", "2024-06-01", "2024-06-07", "range", "document_date"),
        ("the last week of May 2023", "2023-05-25", "2023-05-31", "range", "explicit"),
        ("January-April of 2024", "2024-01-01", "2024-04-30", "range", "explicit"),
        ("the first half of June", "2024-06-01", "2024-06-15", "range", "document_date"),
        ("the second half of February 2024", "2024-02-16", "2024-02-29", "range", "explicit"),
        ("the spring of next year", "2025-03-01", "2025-05-31", "season", "document_date"),
        ("the winter of last year", "2023-12-01", "2024-02-29", "season", "document_date"),
        ("14-15.06.2024", "2024-06-14", "2024-06-15", "range", "explicit"),
        ("Tuesday last week", "2024-09-10", "2024-09-10", "day", "document_date"),
        ("last weekend", "2024-09-14", "2024-09-15", "range", "document_date"),
        ("the second decade of June", "2024-06-11", "2024-06-20", "range", "document_date"),
        ("the third decade of February 2024", "2024-02-21", "2024-02-29", "range", "explicit"),
        ("the first ten days of May 2023", "2023-05-01", "2023-05-10", "range", "explicit"),
        ("the 12 months to June", "2023-07-01", "2024-06-30", "range", "document_date"),
        ("the three months through March 2024", "2024-01-01", "2024-03-31", "range", "explicit"),
        ("this weekend", "2024-09-21", "2024-09-22", "range", "document_date"),
        ("Friday next week", "2024-09-27", "2024-09-27", "day", "document_date"),
        # a weekday beside a yearless day picks the year in which they agree
        ("Thursday 27 June", "2024-06-27", "2024-06-27", "day", "document_date"),
        ("Tuesday, June 27", "2023-06-27", "2023-06-27", "day", "document_date"),
    ],
)
def test_expressions_resolve_to_ranges(text: str, start: str, end: str, precision: str, resolved_with: str) -> None:
    expected = DateValue(start, end, precision, resolved_with) if start else None
    assert resolve_date(text, anchor=PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "five years",
        "the past 13 years",
        "a quarter of a century",
        "just five years",
        "the last year and a half",
        "three-four years",
        "many years",
        "today",
        "Today",
        "recently",
        "centuries",
        "annual",
        "annually",
        "recent years",
        "70/57",
        "the Year of Uzbekistan",
        "the eve of Nauryz",
        "February 30, 2019",
        "2020-2018",
        "the past year",
        "13/29/2019",  # neither number first is a month (03/29/2019 is month first since round 14)
        "the last month of",
        "next weeks",
        "last weekly",
        "the first ten days",
        "1492",
        "the first 13 months of 2024",
        "the first half of the decade",
        "the last quarter",
        "the first quarter century",
        "the coming days",
        "the past decade",
        "the turn of the year",
        "the end of the year before",
        "14th",
        "2024/06",
        "$9M 2024",
        "9m 2024",
        "the 31st of the month",
    ],
)
def test_durations_vague_time_and_names_are_not_dates(text: str) -> None:
    assert resolve_date(text, anchor=PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Iranian calendar year 1350", "range"),
        ("last year", "year"),
        ("June 9", "day"),
        ("early April", "month"),
        ("yesterday", "day"),
        ("next month", "month"),
    ],
)
def test_without_an_anchor_a_missing_year_stays_unknown(text: str, precision: str) -> None:
    assert resolve_date(text, anchor=None) == DateValue("", "", precision, "unresolved")


EIGHT_MONTHS_2021 = DateValue("2021-01-01", "2021-08-31", "range", "explicit")
YEAR_2023 = DateValue("2023-01-01", "2023-12-31", "year", "explicit")
MARCH_15_2018 = DateValue("2018-03-15", "2018-03-15", "day", "explicit")


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        # "In 2023, it reached ... a 28% increase from the previous year."
        ("the previous year", (YEAR_2023,), DateValue("2022-01-01", "2022-12-31", "year", "context")),
        ("the following year", (YEAR_2023,), DateValue("2024-01-01", "2024-12-31", "year", "context")),
        # "over the eight months of 2021 in comparison with the same period of the last year"
        (
            "the same period of the last year",
            (EIGHT_MONTHS_2021,),
            DateValue("2020-01-01", "2020-08-31", "range", "context"),
        ),
        ("the same period last year", (EIGHT_MONTHS_2021,), DateValue("2020-01-01", "2020-08-31", "range", "context")),
        # "held on March 15, 2018 in Astana ... the March summit"
        ("March", (MARCH_15_2018, YEAR_2023), DateValue("2018-03-01", "2018-03-31", "month", "context")),
        ("March 15", (MARCH_15_2018,), DateValue("2018-03-15", "2018-03-15", "day", "context")),
        # a different day of that month is not that date: the publication year decides
        ("March 20", (MARCH_15_2018,), DateValue("2024-03-20", "2024-03-20", "day", "document_date")),
        # "in January-June 2024, ... more than in the same period of 2023"
        ("the same period of 2020", (EIGHT_MONTHS_2021,), DateValue("2020-01-01", "2020-08-31", "range", "context")),
        # "trade reached $1.7 bln in 2024 ... 4.1% more than a year earlier"
        ("a year earlier", (YEAR_2023,), DateValue("2022-01-01", "2022-12-31", "year", "context")),
        ("two years earlier", (EIGHT_MONTHS_2021,), DateValue("2019-01-01", "2019-08-31", "range", "context")),
        # "Dushanbe ratified it on March 19 ... and the following day"
        ("the following day", (MARCH_15_2018,), DateValue("2018-03-16", "2018-03-16", "day", "context")),
        ("the day before", (MARCH_15_2018,), DateValue("2018-03-14", "2018-03-14", "day", "context")),
        ("On the same day", (MARCH_15_2018,), DateValue("2018-03-15", "2018-03-15", "day", "context")),
        ("a day earlier", (MARCH_15_2018,), DateValue("2018-03-14", "2018-03-14", "day", "context")),
        # the next day after a period is no day: left unresolved
        ("the next day", (EIGHT_MONTHS_2021,), DateValue("", "", "day", "unresolved")),
        ("the day before", (YEAR_2023, EIGHT_MONTHS_2021), DateValue("", "", "day", "unresolved")),
        # "talks were held on March 15, 2018 ... the 2023 programme ... The day before, ...":
        # the periods named in between are no anchor; the nearest earlier single day is
        ("The day before", (MARCH_15_2018, YEAR_2023), DateValue("2018-03-14", "2018-03-14", "day", "context")),
        (
            "the following day",
            (MARCH_15_2018, EIGHT_MONTHS_2021),
            DateValue("2018-03-16", "2018-03-16", "day", "context"),
        ),
        ("two days later", (MARCH_15_2018, YEAR_2023), DateValue("2018-03-17", "2018-03-17", "day", "context")),
    ],
)
def test_references_to_earlier_dates_of_the_text(
    text: str, earlier: tuple[DateValue, ...], expected: DateValue
) -> None:
    assert resolve_date(text, anchor=PUBLISHED, earlier=earlier) == expected


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("January 15", date(2024, 12, 20), "2025-01-15"),
        ("November", date(2025, 1, 5), "2024-11-01"),
        ("December 15", date(2024, 11, 20), "2024-12-15"),
        ("June 14", date(2024, 9, 20), "2024-06-14"),
        ("December 30 - January 8", date(2025, 1, 3), "2024-12-30"),
    ],
)
def test_without_a_tense_a_yearless_date_is_the_nearest(text: str, published: date, start: str) -> None:
    assert resolve_date(text, anchor=published).start == start


def test_a_past_event_after_the_anchor_is_last_years() -> None:
    # Published 29 March 2019: "On October 5-7, the Ministers ... held the first meeting"
    value = resolve_date("October 5-7", anchor=date(2019, 3, 29), prefer_past=True)
    assert (value.start, value.end) == ("2018-10-05", "2018-10-07")
    assert resolve_date("October 5-7", anchor=date(2019, 3, 29)).start == "2019-10-05"


@pytest.mark.parametrize(
    ("text", "published", "tense", "start"),
    [
        # published 27 December 2023: "will pay a state visit to China on January 23-25"
        ("January 23-25", date(2023, 12, 27), "future", "2024-01-23"),
        ("January 10", date(2023, 12, 27), "future", "2024-01-10"),
        # an announcement after the anchor stays in its year
        ("November 25-26", date(2025, 10, 7), "future", "2025-11-25"),
        ("November 25-26", date(2025, 10, 7), "past", "2024-11-25"),
        # weekdays: "will be held on Thursday" (published Tuesday 7 October 2025), "met on Thursday"
        ("Thursday", date(2025, 10, 7), "future", "2025-10-09"),
        ("Thursday", date(2025, 10, 7), "past", "2025-10-02"),
        # last/next decide, whatever the tense
        ("last Thursday", date(2025, 10, 7), "future", "2025-10-02"),
        ("next Thursday", date(2025, 10, 7), "past", "2025-10-09"),
        # "sales fell in the fourth quarter", published in February: last year's
        ("the fourth quarter", date(2025, 2, 14), "past", "2024-10-01"),
        ("the fourth quarter", date(2025, 2, 14), "future", "2025-10-01"),
    ],
)
def test_tense_decides_the_year_of_a_yearless_day(text: str, published: date, tense: str, start: str) -> None:
    value = resolve_date(text, anchor=published, prefer_past=tense == "past", prefer_future=tense == "future")
    assert value.start == start


def test_an_anchor_from_the_text_is_reported_as_context() -> None:
    value = resolve_date("March 16", anchor=date(2018, 3, 14), anchor_source="context")
    assert value == DateValue("2018-03-16", "2018-03-16", "day", "context")


def _copy_patterns(tmp_path: Path) -> Path:
    shutil.copytree(PATTERNS / "dates", tmp_path / "dates")
    return tmp_path


@pytest.mark.parametrize(
    ("file", "line", "problem"),
    [
        ("words.csv", "Smarch,month,thirteen,\n", "value must be a number"),
        ("words.csv", "Smarch,epoch,13,\n", "unknown role"),
        ("words.csv", "spring,season,3,\n", "season: FIRST-LAST"),
        ("solar_hijri.csv", "1406,21 March 2027,\n", "ISO date"),
        ("expressions.jsonl", '{"name": "x", "regex": "(?P<year>{YEARS})", "standalone": true}\n', "placeholder"),
        ("expressions.jsonl", '{"name": "x", "regex": "(?P<year>{YEAR}", "standalone": true}\n', "bad regex"),
        ("expressions.jsonl", '{"name": "x", "regex": "{YEAR}", "standalone": "yes"}\n', "standalone"),
        ("expressions.jsonl", '{"name": "x", "regexp": "{YEAR}", "standalone": true}\n', "missing key"),
    ],
)
def test_a_broken_rule_file_names_its_file_and_line(tmp_path: Path, file: str, line: str, problem: str) -> None:
    folder = _copy_patterns(tmp_path)
    path = folder / "dates" / file
    line_no = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)
    with pytest.raises(PatternError, match=rf"{file}:{line_no}: .*{problem}"):
        DateGrammar(folder)


def test_a_new_word_extends_the_grammar(tmp_path: Path) -> None:
    folder = _copy_patterns(tmp_path)
    with (folder / "dates" / "words.csv").open("a", encoding="utf-8") as handle:
        handle.write("Sept,month,9,\nSeptember,month,9,\nSetembro,month,9,\n")
    grammar = DateGrammar(folder)
    assert resolve_date("Setembro 2019", grammar=grammar).start == "2019-09-01"
    assert resolve_date("Setembro 2019") is None


DECEMBER_2023 = DateValue("2023-12-01", "2023-12-31", "month", "explicit")
OCTOBER_10_2024 = DateValue("2024-10-10", "2024-10-10", "day", "explicit")
SEPTEMBER_2024 = DateValue("2024-09-01", "2024-09-30", "month", "explicit")


@pytest.mark.parametrize(
    ("text", "earlier", "future", "start", "resolved_with"),
    [
        # published 20 September 2024: "In December 2023 the bank approved the loan ... the
        # ministers are due to meet again in December": an announced December is the coming one
        ("December", (DECEMBER_2023,), True, "2024-12-01", "document_date"),
        # "signed on March 15, 2018 ... the next round will be held on March 15": next March
        ("March 15", (MARCH_15_2018,), True, "2025-03-15", "document_date"),
        # negatives: not announced, the earlier date is meant again ("the March summit")
        ("March", (MARCH_15_2018,), False, "2018-03-01", "context"),
        ("December", (DECEMBER_2023,), False, "2023-12-01", "context"),
        # announced, but the earlier date is still ahead of publication (or runs past it): kept
        ("October", (OCTOBER_10_2024,), True, "2024-10-01", "context"),
        ("October 10", (OCTOBER_10_2024,), True, "2024-10-10", "context"),
        ("September", (SEPTEMBER_2024,), True, "2024-09-01", "context"),
    ],
)
def test_an_announced_month_is_no_past_date_of_the_text(
    text: str, earlier: tuple[DateValue, ...], future: bool, start: str, resolved_with: str
) -> None:
    value = resolve_date(text, anchor=PUBLISHED, earlier=earlier, prefer_future=future)
    assert (value.start, value.resolved_with) == (start, resolved_with)
