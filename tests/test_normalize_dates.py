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
        ("early May 2016", "2016-05-01", "2016-05-31", "month", "explicit"),
        ("the end of 2025", "2025-01-01", "2025-12-31", "year", "explicit"),
        ("Friday", "2024-09-20", "2024-09-20", "day", "document_date"),
        ("November-February 2020", "2019-11-01", "2020-02-29", "range", "explicit"),
        ("2019-20", "2019-01-01", "2020-12-31", "range", "explicit"),
        ("January-June 2023", "2023-01-01", "2023-06-30", "range", "explicit"),
        ("December 30 - January 2, 2020", "2019-12-30", "2020-01-02", "range", "explicit"),
        ("29.03.2019", "2019-03-29", "2019-03-29", "day", "explicit"),
        ("2019-03-29", "2019-03-29", "2019-03-29", "day", "explicit"),
    ],
)
def test_expressions_resolve_to_ranges(text: str, start: str, end: str, precision: str, resolved_with: str) -> None:
    assert resolve_date(text, anchor=PUBLISHED) == DateValue(start, end, precision, resolved_with)


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
    ],
)
def test_durations_vague_time_and_names_are_not_dates(text: str) -> None:
    assert resolve_date(text, anchor=PUBLISHED) is None


@pytest.mark.parametrize(("text", "precision"), [("last year", "year"), ("June 9", "day"), ("early April", "month")])
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
    ],
)
def test_references_to_earlier_dates_of_the_text(
    text: str, earlier: tuple[DateValue, ...], expected: DateValue
) -> None:
    assert resolve_date(text, anchor=PUBLISHED, earlier=earlier) == expected


def test_a_past_event_after_the_anchor_is_last_years() -> None:
    # Published 29 March 2019: "On October 5-7, the Ministers ... held the first meeting"
    value = resolve_date("October 5-7", anchor=date(2019, 3, 29), prefer_past=True)
    assert (value.start, value.end) == ("2018-10-05", "2018-10-07")
    assert resolve_date("October 5-7", anchor=date(2019, 3, 29)).start == "2019-10-05"


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
