"""Date expressions as ISO ranges with a precision.

In: the text of a date expression, plus what it may be resolved against: an anchor date (the
publication date, or a nearby explicit date of the text) and the dates the text gave earlier.
Out: a `DateValue` (`start`, `end` ISO, `precision`, `resolved_with`), or None when the text
is not a calendar reference (durations, vague time, names).  A date whose year cannot be
known has empty `start`/`end` and `resolved_with="unresolved"`: a year is never guessed.
Relative days, weeks, months, quarters and years ("yesterday", "last week", "next month") count
from the publication date only; "the next day", "a year earlier" and "the same period of
2023" from the nearest earlier date of the text; a yearless day takes the publication year,
moved back a year when the sentence reports a day after publication and forward when it
announces one before it (the caller reads the tense); without a tense, across a turn of the year
when that brings it within three months of publication; a weekday written beside it ("Thursday
27 June") picks the year in which the two agree.  A day or part of a month without its month
("on the 14th", "the middle of the month") is in the month of a day earlier in its sentence,
else the publication's.

The grammar (which words and expressions make a date) is data, in `patterns/dates/`;
`DateGrammar` loads it.  dateparser, configured once (English, a relative base, no guessed
parts), parses numeric dates, whose order and separators vary; month names, ranges, parts
of years, relative references and precision are ours, because dateparser fills a missing
day or year with today's.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from dateparser.date import DateDataParser

from ..patterns import PatternError, default_patterns_dir, read_csv, read_jsonl, require

ROLES = (
    "month",
    "season",
    "ordinal",
    "number",
    "relative",
    "relative_to_context",
    "relative_day",
    "modifier",
    "weekday",
    "metadata_label",
    "number_label",
    "preposition",
    "announcement",
    "decision",
    "prospective",
    "retrospective",
    "habitual",
    "occasion",
)
# Roles whose words carry a number (or a month span) that the interpretation needs.
VALUED_ROLES = {"month", "season", "ordinal", "number", "relative", "relative_to_context", "relative_day", "weekday"}
# A year as press writes it, the one definition every rule uses: 1600-2099 (a treaty of 1891 is 1891, never
# this year; earlier four-digit numbers are rarely years in press).
YEAR_DIGITS = r"(?:1[6-9]|20)\d\d"
BUILT_INS = {
    "DAY": r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])",
    "YEAR": rf"(?<![\d/]){YEAR_DIGITS}(?![\d/])",
}
PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
# "The first week of June" is its first seven days, not the calendar week around June 1.
DAYS_OF_A_WEEK = 7
# The century of a year written with two digits ("3Q25", "FY25"): press abbreviates only current years.
TWO_DIGIT_YEAR_CENTURY = 2000
# "The first half of June" is June 1-15, the second half the rest.
DAYS_OF_A_HALF_MONTH = 15
# "The second decade of June" (the region's press counts a month in thirds) is June 11-20.
DAYS_OF_A_THIRD = 10
# "The year to October" is the twelve months that end with October.
MONTHS_OF_A_YEAR = 12
# The months of the Iranian (Solar Hijri) year: six of 31 days, five of 30, the last to the next Nowruz.  Its first
# half ends with Shahrivar 31 (September 22 in most years).
IRANIAN_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30)
# A yearless date without a tense is taken in the publication's year unless that puts it more than
# nine months away and the neighbouring year within three (measured from its day, or the middle of its
# month): at a turn of the year, "January 15" in a December article is next January's.  Further from
# the turn both readings are plausible, and the publication's year stays.
MIDDLE_OF_A_MONTH = 15
NINE_MONTHS = 273


@dataclass(frozen=True)
class DateValue:
    start: str  # ISO date, "" when unresolved
    end: str
    precision: str  # day, month, season, quarter, half, year, range
    resolved_with: str  # explicit, document_date, context, unresolved


@dataclass(frozen=True)
class FiscalYear:
    """A country's fiscal year that does not start in January (patterns/dates/fiscal_years.csv)."""

    country: str  # ISO 3166 alpha-2
    first_month: int
    named_by: str  # "start" or "end": the year a single-year name ("FY2025", "fiscal 2024") says
    cues: re.Pattern[str]  # words that show a text reports the country's figures


@dataclass(frozen=True)
class Expression:
    name: str
    regex: re.Pattern[str]
    standalone: bool


class DateGrammar:
    """The words and expressions of `patterns/dates/`, compiled."""

    def __init__(self, patterns_dir: Path | str) -> None:
        folder = Path(patterns_dir) / "dates"
        words_path = folder / "words.csv"
        self.values: dict[str, dict[str, str]] = {role: {} for role in ROLES}
        for row in read_csv(words_path, required=("word", "role", "value"), optional=("comment",)):
            require(row, words_path, row["role"] in ROLES, f"unknown role '{row['role']}'; allowed: {list(ROLES)}")
            require(row, words_path, bool(row["word"]), "empty word")
            role, value = row["role"], row["value"]
            needs_value = role in VALUED_ROLES
            require(row, words_path, bool(value) == needs_value, f"role '{role}' needs a value: {needs_value}")
            if role == "season":
                require(row, words_path, re.fullmatch(r"\d{1,2}-\d{1,2}", value) is not None, "season: FIRST-LAST")
            elif needs_value:
                require(row, words_path, re.fullmatch(r"-?\d+", value) is not None, "value must be a number")
            self.values[role][row["word"].lower()] = value
        self.alternations = {role.upper(): self._alternation(role) for role in ROLES} | BUILT_INS
        prepositions = "|".join(re.escape(word) for word in self.values["preposition"])
        self.leading_preposition = re.compile(rf"^(?:{prepositions})\s+", re.IGNORECASE) if prepositions else None
        labels = "|".join(re.escape(label) for label in self.values["metadata_label"])
        self.metadata_label = re.compile(rf"\b(?:{labels})\b", re.IGNORECASE) if labels else None
        habitual = "|".join(re.escape(word) for word in sorted(self.values["habitual"], key=len, reverse=True))
        self.habitual_before = re.compile(rf"(?:^|\W)(?:{habitual})\s+(?:(?:in|on|during|at)\s+)?(?:the\s+)?$", re.I)
        self.habitual_after = re.compile(rf"^,?\s+(?:{habitual})\b", re.I)
        numbers = "|".join(re.escape(label) for label in self.values["number_label"])
        self.number_label = re.compile(rf"(?:^|\W)(?:{numbers})\s*$", re.IGNORECASE) if numbers else None

        # Iranian year -> its first day (Nowruz) in the Gregorian calendar.
        hijri_path = folder / "solar_hijri.csv"
        self.nowruz: dict[int, date] = {}
        for row in read_csv(hijri_path, required=("year", "nowruz"), optional=("comment",)):
            require(row, hijri_path, row["year"].isdigit(), "year must be a number")
            try:
                self.nowruz[int(row["year"])] = date.fromisoformat(row["nowruz"])
            except ValueError:
                require(row, hijri_path, False, "nowruz must be an ISO date (2024-03-20)")

        self.fiscal_years = _fiscal_years(folder / "fiscal_years.csv")
        expressions_path = folder / "expressions.jsonl"
        self.expressions: list[Expression] = []
        for record in read_jsonl(expressions_path, required=("name", "regex", "standalone"), optional=("comment",)):
            require(record, expressions_path, isinstance(record["standalone"], bool), "standalone must be true/false")
            self.expressions.append(
                Expression(record["name"], self._compile(record, expressions_path), record["standalone"])
            )

    def _alternation(self, role: str) -> str:
        words = sorted(self.values[role], key=len, reverse=True)
        if role == "month":
            # Capitalized only: "may" and "march" are also verbs.  Only an abbreviation takes a
            # dot ("Sept. 22"), so that a sentence's full stop stays out of "on 4 March.".
            longest = {}
            for word in words:
                longest.setdefault(self.values[role][word], len(word))
            forms = [
                rf"(?:{re.escape(w.capitalize())}|{re.escape(w.upper())})"
                + (r"\.?" if len(w) < longest[self.values[role][w]] else "")
                for w in words
            ]
            return r"(?-i:" + "|".join(forms) + r")(?![a-z])"
        return r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])"

    def _compile(self, record: dict[str, Any], path: Path) -> re.Pattern[str]:
        unknown = set(PLACEHOLDER.findall(record["regex"])) - self.alternations.keys()
        require(record, path, not unknown, f"unknown placeholder(s) {sorted(unknown)}")
        source = PLACEHOLDER.sub(lambda m: f"(?:{self.alternations[m[1]]})", record["regex"])
        try:
            return re.compile(source, re.IGNORECASE)
        except re.error as err:
            raise PatternError(path, record["_line"], f"bad regex: {err}") from None

    def value(self, role: str, word: str) -> str:
        return self.values[role][word.lower().rstrip(".")]


def _fiscal_years(path: Path) -> list[FiscalYear]:
    """The rows of fiscal_years.csv, validated; none if the file is absent (a rule set without fiscal years)."""
    if not path.is_file():
        return []
    years = []
    for row in read_csv(path, required=("country", "first_month", "named_by", "cues"), optional=("comment",)):
        require(row, path, re.fullmatch(r"[A-Z]{2}", row["country"]) is not None, "country must be ISO alpha-2")
        require(row, path, row["first_month"] in {str(m) for m in range(2, 13)}, "first_month must be 2-12")
        require(row, path, row["named_by"] in ("start", "end"), "named_by must be start or end")
        cues = [cue.strip() for cue in row["cues"].split("|") if cue.strip()]
        require(row, path, bool(cues), "cues must list at least one word")
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])")
        years.append(FiscalYear(row["country"], int(row["first_month"]), row["named_by"], pattern))
    return years


@cache
def default_grammar() -> DateGrammar:
    return DateGrammar(default_patterns_dir())


@cache
def _date_parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})


@lru_cache(maxsize=4096)
def _parse_numeric(text: str) -> date | None:
    """A numeric day (29.03.2019) by dateparser; the same text is parsed once per run."""
    parsed = _date_parser().get_date_data(text).date_obj
    return parsed.date() if parsed else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period(start: date, end: date, precision: str, resolved_with: str) -> DateValue:
    return DateValue(start.isoformat(), end.isoformat(), precision, resolved_with)


def anchors_a_partial_date(value: DateValue) -> bool:
    """An explicit day, day range within a month, or month: what a later "March 16" can refer to."""
    return value.resolved_with == "explicit" and (
        value.precision in ("day", "month") or (value.precision == "range" and value.start[:7] == value.end[:7])
    )


def _shift_years(value: DateValue, years: int) -> DateValue:
    def shift(iso: str) -> str:
        day = date.fromisoformat(iso)
        try:
            return day.replace(year=day.year + years).isoformat()
        except ValueError:  # February 29th into a year without one
            return date(day.year + years, 2, 28).isoformat()

    return replace(value, start=shift(value.start), end=shift(value.end), resolved_with="context")


def resolve_date(
    text: str,
    *,
    anchor: date | None = None,
    anchor_source: str = "document_date",
    earlier: tuple[DateValue, ...] = (),
    prefer_past: bool = False,
    prefer_future: bool = False,
    sentence_day: date | None = None,
    grammar: DateGrammar | None = None,
) -> DateValue | None:
    """The calendar period `text` names, or None when it names none.

    `anchor` is the date relative references count from ("last year"), `anchor_source`
    says what it is (`document_date` or `context`); `earlier` holds the dates the text gave
    before this one, nearest last ("the previous year", "the same period"); `prefer_past`
    says the sentence speaks of the past (an "October 5-7" after the anchor is last year's),
    `prefer_future` that it announces (a "January 23-25" before a December anchor is next
    year's, an "on Friday" is the next Friday).  Relative days, weeks, months, quarters and years
    count from the publication date only: against a date of the text they stay unresolved.
    `sentence_day` is an explicit day written earlier in the same sentence: a weekday is the
    one nearest to it ("On March 5, 2019 ... and on Thursday": March 7).
    """
    grammar = grammar or default_grammar()
    cleaned = " ".join(text.split()).strip(" ,.;:()")
    if grammar.leading_preposition:
        cleaned = grammar.leading_preposition.sub("", cleaned)
    for expression in grammar.expressions:
        match = expression.regex.fullmatch(cleaned)
        if match:
            # "day_" is a day written in another order (see expressions.jsonl).
            groups = {k.rstrip("_"): v for k, v in match.groupdict().items() if v is not None}
            if "yy" in groups:  # "3Q25", "FY25": a year of this century written with two digits
                groups["year"] = str(TWO_DIGIT_YEAR_CENTURY + int(groups.pop("yy")))
            if sentence_day is not None and "weekday" in groups and "wkrel" not in groups:
                return _nearest_weekday(groups, grammar, sentence_day)
            if "month_of_text" in groups:
                return _in_month_of_text(groups, anchor, anchor_source, prefer_past, prefer_future, sentence_day)
            return _interpret(groups, grammar, anchor, anchor_source, earlier, prefer_past, prefer_future)
    return None


def _interpret(
    groups: dict[str, str],
    grammar: DateGrammar,
    anchor: date | None,
    anchor_source: str,
    earlier: tuple[DateValue, ...],
    prefer_past: bool,
    prefer_future: bool = False,
) -> DateValue | None:
    """The period an expression's named groups describe, or None when they describe none.

    Each kind of reference is one step: to an earlier date of the text ("the same period",
    "a year earlier", "the next day"), to the publication date ("yesterday", "next month"), a
    numeric day, a weekday, an Iranian year, a decade, else a calendar period (a year, month,
    day, season, part or range) whose year may have to be found.
    """
    resolved = [v for v in earlier if v.start]
    if {"same", "back", "nday", "cmonth"} & groups.keys():
        return _from_earlier_date(groups, grammar, resolved)
    if {"drel", "monrel", "wrel", "qrel", "ago", "weekend"} & groups.keys():
        published = anchor if anchor_source == "document_date" else None
        return _from_publication(groups, grammar, published, past=not prefer_future)
    if "numeric" in groups:
        day = _parse_numeric(groups["numeric"])
        return _period(day, day, "day", "explicit") if day else None
    if "weekday" in groups:
        return _weekday_of_anchor(
            groups, grammar, anchor, anchor_source, prefer_past and not prefer_future, prefer_future
        )
    if {"shyear", "shrel"} & groups.keys():
        return _iranian_year(groups, grammar, anchor if anchor_source == "document_date" else None)
    if "decade" in groups:
        decade = int(groups["decade"])
        return _period(date(decade, 1, 1), date(decade + 9, 12, 31), "range", "explicit")
    return _calendar_period(groups, grammar, anchor, anchor_source, resolved, prefer_past, prefer_future)


def _unresolved(groups: dict[str, str]) -> DateValue:
    return DateValue("", "", _precision(groups), "unresolved")


def _years_back(groups: dict[str, str], grammar: DateGrammar) -> int:
    """How many years "a year earlier", "two years before" count back."""
    return 1 if groups["back"].lower() in ("a", "one") else int(grammar.value("number", groups["back"]))


def _years_moved(groups: dict[str, str], grammar: DateGrammar) -> int:
    """The years "the same period" moves from the nearest earlier period: by a relative word of the publication's
    year ("of last year"), of the text's ("of the previous year"), or a count back ("a year earlier"); 0 if none."""
    if "back" in groups:
        return -_years_back(groups, grammar)
    if "crel" in groups:
        return int(grammar.value("relative_to_context", groups["crel"]))
    return int(grammar.value("relative", groups["rel"]))


def _from_earlier_date(groups: dict[str, str], grammar: DateGrammar, resolved: list[DateValue]) -> DateValue:
    """A period counted from the nearest earlier date of the text, or unresolved without one."""
    if "same" in groups:
        reference = next((v for v in reversed(resolved) if v.precision != "year"), None)
        if reference is None and "year" in groups:  # "in 2022 ... the same period of 2021": no months to take
            year = int(groups["year"])
            return _period(date(year, 1, 1), date(year, 12, 31), "year", "explicit")
        if reference is None:
            return _unresolved(groups)
        if "year" in groups:  # "the same period of 2023": the reference's months, in 2023
            return _shift_years(reference, int(groups["year"]) - date.fromisoformat(reference.start).year)
        return _shift_years(reference, _years_moved(groups, grammar) or -1)
    if "back" in groups:  # "a year earlier": the nearest earlier date, that many years before
        return _shift_years(resolved[-1], -_years_back(groups, grammar)) if resolved else _unresolved(groups)
    if "cmonth" in groups:
        return _month_from_earlier_date(groups, grammar, resolved)
    # "the next day": the nearest earlier date of the text, if it is one day
    word = groups["nday"].lower()
    step = 1 if word in ("next", "following", "after", "later") else 0 if word == "same" else -1
    if "ndays" in groups:  # "two days later"
        count = groups["ndays"]
        step *= int(count) if count.isdigit() else int(grammar.value("number", count))
    # the nearest earlier single day: "the day before" counts from a day, so periods the text
    # named in between ("the 2026-2029 programme", "in 2025") are skipped, not taken as the anchor
    reference = next((v for v in reversed(resolved) if v.start and v.start == v.end), None)
    if reference is None:
        return _unresolved(groups)
    day = date.fromisoformat(reference.start) + timedelta(days=step)
    return _period(day, day, "day", "context")


def _month_from_earlier_date(groups: dict[str, str], grammar: DateGrammar, resolved: list[DateValue]) -> DateValue:
    """ "The following month", "later that month": the month of the nearest earlier date of the text that lies
    within one month (a day, a day range, a month), moved by the word; unresolved after a longer period or none."""
    reference = resolved[-1] if resolved else None
    if reference is None or reference.start[:7] != reference.end[:7]:  # "in 2019 ... the following month": none
        return _unresolved(groups)
    start = date.fromisoformat(reference.start)
    offset = int(grammar.value("relative_to_context", groups["cmonth"]))
    year, month = divmod(start.year * 12 + start.month - 1 + offset, 12)
    return _period(date(year, month + 1, 1), _month_end(year, month + 1), "month", "context")


def _weekday_of_anchor(
    groups: dict[str, str],
    grammar: DateGrammar,
    anchor: date | None,
    anchor_source: str,
    past: bool,
    future: bool = False,
) -> DateValue:
    """A named weekday in the anchor's week: the latest one up to the anchor for a sentence in the
    past tense, else the next one from it (a Friday article's "on Friday" is that day); "last" and
    "next" decide whatever the tense.  A range of weekdays ("from Monday to Thursday") ends by the anchor
    in the past tense, starts from it in an announcement, and is the one around it in the present ("is on a
    visit from Monday to Thursday" in a Tuesday article), else the next one."""
    if anchor is None:
        return _unresolved(groups)
    weekday = int(grammar.value("weekday", groups["weekday"]))
    length = _days_to_weekday2(groups, grammar, weekday)
    if length and not future:
        end_weekday = (weekday + length) % 7
        end = anchor - timedelta(days=(anchor.weekday() - end_weekday) % 7)
        if not past and end < anchor:  # the present: the range around the anchor, else the coming one
            end += timedelta(days=7)
        return _period(end - timedelta(days=length), end, "range", anchor_source)
    offset = -((anchor.weekday() - weekday) % 7) if past else (weekday - anchor.weekday()) % 7
    relative = int(grammar.value("relative", groups["wkrel"])) if "wkrel" in groups else 0
    if relative < 0:  # "last Friday": strictly before the anchor, whatever the tense
        offset = -((anchor.weekday() - weekday - 1) % 7 + 1)
    elif relative > 0:  # "next Friday": strictly after it
        offset = (weekday - anchor.weekday() - 1) % 7 + 1
    day = anchor + timedelta(days=offset)
    return _period(day, day + timedelta(days=length), "range" if length else "day", anchor_source)


def _days_to_weekday2(groups: dict[str, str], grammar: DateGrammar, weekday: int) -> int:
    """How many days a range of weekdays runs past its first day ("Monday to Thursday": 3), 0 for one weekday."""
    if "weekday2" not in groups:
        return 0
    return (int(grammar.value("weekday", groups["weekday2"])) - weekday) % 7


def _iranian_year(groups: dict[str, str], grammar: DateGrammar, published: date | None) -> DateValue:
    """An Iranian year runs from its Nowruz to the day before the next one (solar_hijri.csv); "the current Iranian
    year" is the one the publication day falls in (unresolved without one); "the first half" or "the first seven
    months" of it end with its sixth or seventh month (IRANIAN_MONTH_DAYS)."""
    if "shyear" in groups:
        year, source = int(groups["shyear"]), "explicit"
    elif published is not None:
        current = max((y for y, nowruz in grammar.nowruz.items() if nowruz <= published), default=None)
        if current is None or current + 1 not in grammar.nowruz:
            return _unresolved(groups)
        year, source = current + int(grammar.value("relative", groups["shrel"])), "document_date"
    else:
        return _unresolved(groups)
    first, following = grammar.nowruz.get(year), grammar.nowruz.get(year + 1)
    if first is None or following is None:
        return _unresolved(groups)
    start, end = first, following - timedelta(days=1)
    if "half" in groups:
        second = int(grammar.value("ordinal", groups["half"])) in (2, -1)
        middle = first + timedelta(days=sum(IRANIAN_MONTH_DAYS[:6]))
        start, end = (middle, end) if second else (first, middle - timedelta(days=1))
    elif "count" in groups:
        count = groups["count"]
        months = int(count) if count.isdigit() else int(grammar.value("number", count))
        end = min(end, first + timedelta(days=sum(IRANIAN_MONTH_DAYS[:months]) - 1))
    return _period(start, end, "range", source)


def _months_counted(groups: dict[str, str], grammar: DateGrammar) -> int:
    """How many months from January "the first eight months" ("count") or "the first three quarters" ("qcount") say."""
    count = groups.get("count") or groups["qcount"]
    number = int(count) if count.isdigit() else int(grammar.value("number", count))
    return number * 3 if "qcount" in groups else number


def _calendar_period(
    groups: dict[str, str],
    grammar: DateGrammar,
    anchor: date | None,
    anchor_source: str,
    resolved: list[DateValue],
    prefer_past: bool,
    prefer_future: bool,
) -> DateValue | None:
    """A year, month, day, season, part of a year or range: its year found, then its bounds."""
    month = int(grammar.value("month", groups["month"])) if "month" in groups else None
    if "nmonth" in groups:  # "14-15.06.2024"
        month = int(groups["nmonth"])
    day = int(re.match(r"\d+", groups["day"])[0]) if "day" in groups else None
    if "season" in groups:
        month = int(grammar.value("season", groups["season"]).split("-")[0])

    year, source = _year(groups, grammar, month, day, anchor, anchor_source, resolved, prefer_past, prefer_future)
    if year is None:
        return _unresolved(groups)
    if "wday" in groups and "year" not in groups and month is not None and day is not None:
        year = _year_of_weekday(grammar.value("weekday", groups["wday"]), year, month, day)
    try:
        start, end = _bounds(groups, grammar, year, month, day)
    except ValueError:  # February 30th and the like: not a date
        return None
    if end < start:
        return None
    return _period(start, end, _precision(groups), source)


def _in_month_of_text(
    groups: dict[str, str],
    anchor: date | None,
    anchor_source: str,
    prefer_past: bool,
    prefer_future: bool,
    sentence_day: date | None,
) -> DateValue:
    """A day or part of a month named without its month ("on the 14th", "the middle of the month").

    The month is that of an explicit day earlier in the sentence, else the publication's; a
    reported day after the publication day is the month before's, an announced day before it
    the month after's.  Against a date of the text other than the sentence's own, it stays unresolved.
    """
    day = int(re.match(r"\d+", groups["day"])[0]) if "day" in groups else None
    precision = "day" if day is not None else "month"
    if sentence_day is not None:
        month_start, source = sentence_day.replace(day=1), "context"
    elif anchor is not None and anchor_source == "document_date":
        month_start, source = anchor.replace(day=1), anchor_source
        if day is not None and prefer_past and not prefer_future and day > anchor.day:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        elif day is not None and prefer_future and day < anchor.day:
            month_start = (month_start + timedelta(days=31)).replace(day=1)
    else:
        return DateValue("", "", precision, "unresolved")
    last = _month_end(month_start.year, month_start.month)
    if day is None:
        return _period(month_start, last, precision, source)
    if day > last.day:  # the 31st of a 30-day month: not a date
        return DateValue("", "", precision, "unresolved")
    found = month_start.replace(day=day)
    return _period(found, found, precision, source)


def _nearest_weekday(groups: dict[str, str], grammar: DateGrammar, day: date) -> DateValue:
    """The named weekday nearest to a day of the same sentence (at most three days away); a range of weekdays
    starts there."""
    weekday = int(grammar.value("weekday", groups["weekday"]))
    found = day + timedelta(days=(weekday - day.weekday() + 3) % 7 - 3)
    length = _days_to_weekday2(groups, grammar, weekday)
    return _period(found, found + timedelta(days=length), "range" if length else "day", "context")


def _from_publication(
    groups: dict[str, str], grammar: DateGrammar, published: date | None, *, past: bool = True
) -> DateValue:
    """A day, week, month or quarter counted from the publication date ("yesterday", "next month", "three days
    ago"); "the weekend" without a relative word is the one before it when `past`, else the coming one."""
    precision = _precision(groups)
    if published is None:
        return DateValue("", "", precision, "unresolved")
    if "ago" in groups:
        count = groups["ago"].lower()
        days = 1 if count in ("a", "one") else int(count) if count.isdigit() else int(grammar.value("number", count))
        day = published - timedelta(days=days)
        return _period(day, day, precision, "document_date")
    if "weekend" in groups and "wrel" not in groups:
        return _weekend_of(published, past, precision)
    if "drel" in groups:
        offset = _beyond(groups, int(grammar.value("relative_day", groups["drel"])))
        day = published + timedelta(days=offset)
        return _period(day, day, precision, "document_date")
    if "wrel" in groups:  # a week runs Monday to Sunday
        monday = published - timedelta(days=published.weekday())
        monday += timedelta(weeks=_beyond(groups, int(grammar.value("relative", groups["wrel"]))))
        if "weekend" in groups:  # "last weekend": the Saturday and Sunday of that week
            return _period(monday + timedelta(days=5), monday + timedelta(days=6), precision, "document_date")
        if "weekday" in groups:  # "Tuesday last week": that day of the week
            day = monday + timedelta(days=int(grammar.value("weekday", groups["weekday"])))
            return _period(day, day, "day", "document_date")
        return _period(monday, monday + timedelta(days=6), precision, "document_date")
    size = 3 if "qrel" in groups else 1
    offset = _beyond(groups, int(grammar.value("relative", groups.get("qrel") or groups["monrel"])))
    index = published.year * 12 + (published.month - 1) // size * size + offset * size  # months since year 0
    year, month = divmod(index, 12)
    return _period(date(year, month + 1, 1), _month_end(year, month + size), precision, "document_date")


def _weekend_of(published: date, past: bool, precision: str) -> DateValue:
    """The Saturday and Sunday of a report's "over the weekend" (the latest to have begun by the publication day)
    or of an announcement's "at the weekend" (the next to end on or after it)."""
    if past:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    else:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7 if published.weekday() != 6 else -1)
    return _period(saturday, saturday + timedelta(days=1), precision, "document_date")


def _beyond(groups: dict[str, str], offset: int) -> int:
    """A relative offset, one step further for "the week before last", "the day after tomorrow"."""
    if "beyond" in groups and offset:
        return offset + (1 if offset > 0 else -1)
    return offset


def _precision(groups: dict[str, str]) -> str:
    if "dcount" in groups or "shyear" in groups or "shrel" in groups:
        return "range"
    if "nday" in groups or "ago" in groups:
        return "day"
    if "cmonth" in groups:
        return "month"
    if "weekend" in groups:
        return "range"
    if "qrel" in groups:
        return "quarter"
    if "monrel" in groups:
        return "month"
    if "drel" in groups:
        return "day"
    if "wrel" in groups:
        return "range"
    if {"year2", "count", "qcount", "day2", "month2", "mhalf", "mdecade", "upto", "weekday2"} & groups.keys():
        return "range"
    for part in ("half", "quarter", "season"):
        if part in groups:
            return part
    if "day" in groups or "weekday" in groups or "numeric" in groups:
        return "day"
    return "month" if "month" in groups else "year"


Year = tuple[int | None, str]  # a year and where it came from (None, "unresolved": not known)
UNKNOWN_YEAR: Year = (None, "unresolved")


def _year(
    groups: dict[str, str],
    grammar: DateGrammar,
    month: int | None,
    day: int | None,
    anchor: date | None,
    anchor_source: str,
    resolved: list[DateValue],
    prefer_past: bool,
    prefer_future: bool = False,
) -> Year:
    """The year the expression starts in, and where it came from: written, the year of the text,
    a relative year, else the year of a month (and day) written without one."""
    if "year" in groups:
        return int(groups["year"]), "explicit"
    if "year_of_text" in groups:
        past = prefer_past and not prefer_future
        return _year_of_text(groups, grammar, anchor, anchor_source, past)
    if {"crel", "rel", "mrel"} & groups.keys():
        return _relative_year(groups, grammar, month, anchor, anchor_source, resolved)
    # a span of months from January ("trade in January to September") is the year to date, as statistics count it,
    # not the year of an earlier January of the text ("the wind farm was agreed in January 2023"); "from May to
    # July" after "in May 2018" may well be 2018's
    year_to_date = "month2" in groups and month == 1
    earlier = None if year_to_date else _year_of_earlier_date(month, day, resolved)
    if earlier is not None and not _announced_before_now(earlier, month, day, anchor, anchor_source, prefer_future):
        return earlier, "context"
    year, source = _year_of_anchor(month, day, anchor, anchor_source, prefer_past, prefer_future)
    if year is not None and not prefer_past and not prefer_future and "month2" not in groups:
        year = _nearest_year(year, month, day, anchor, anchor_source)
    return year, source


def _year_of_text(
    groups: dict[str, str], grammar: DateGrammar, anchor: date | None, anchor_source: str, past: bool
) -> Year:
    """ "The second half of the year": the year the article is written in, from its publication date only."""
    if anchor is None or anchor_source != "document_date":
        return UNKNOWN_YEAR
    # "sales fell in the fourth quarter", published in February: a past part not yet begun is last year's
    first_month = _first_month_of_part(groups, grammar)
    if past and first_month and date(anchor.year, first_month, 1) > anchor:
        return anchor.year - 1, anchor_source
    return anchor.year, anchor_source


def _relative_year(
    groups: dict[str, str],
    grammar: DateGrammar,
    month: int | None,
    anchor: date | None,
    anchor_source: str,
    resolved: list[DateValue],
) -> Year:
    """ "The previous year" (from the nearest earlier date of the text), "last year", "last August"."""
    if "crel" in groups:
        offset = int(grammar.value("relative_to_context", groups["crel"]))
        if resolved:
            return date.fromisoformat(resolved[-1].start).year + offset, "context"
        if not offset:  # "the same year", "that year" name a year of the text: none before it, none known
            return UNKNOWN_YEAR
        return (anchor.year + offset, anchor_source) if anchor else UNKNOWN_YEAR
    # "last year", "this year", "last August" count from now: from the publication date, never from a date of the
    # text ("in August 2022 ... in January-November this year" is not 2022's)
    if anchor is None or anchor_source != "document_date":
        return UNKNOWN_YEAR
    if "rel" in groups:
        offset = _beyond(groups, int(grammar.value("relative", groups["rel"])))
        return anchor.year + offset, anchor_source
    offset = int(grammar.value("relative", groups["mrel"]))
    if offset < 0:  # the latest such month before the anchor's
        return (anchor.year if month < anchor.month else anchor.year - 1), anchor_source
    if offset > 0:
        return (anchor.year if month > anchor.month else anchor.year + 1), anchor_source
    return anchor.year, anchor_source


def _year_of_earlier_date(month: int | None, day: int | None, resolved: list[DateValue]) -> int | None:
    """A month (and day) without a year: the same month of an explicit date the text gave earlier
    is that date again ("March 15, 2018" ... "the March summit"); None if there is none."""
    for value in reversed(resolved):
        if anchors_a_partial_date(value):
            first, last = date.fromisoformat(value.start), date.fromisoformat(value.end)
            if first.month == month and (day is None or first.day <= day <= (last.day if last.month == month else 31)):
                return first.year
    return None


def _announced_before_now(
    year: int, month: int | None, day: int | None, anchor: date | None, anchor_source: str, prefer_future: bool
) -> bool:
    """Whether a month (and day) of an announcement ("the ministers are due to meet in December")
    would end before the publication date in `year`: then it is no mention of that earlier date
    again ("In December 2024 the bank approved ..."), as an announced event cannot precede now."""
    if not prefer_future or anchor is None or anchor_source != "document_date" or month is None:
        return False
    last_day = day if day is not None else calendar.monthrange(year, month)[1]
    return date(year, month, last_day) < anchor


def _year_of_anchor(
    month: int | None, day: int | None, anchor: date | None, anchor_source: str, prefer_past: bool, prefer_future: bool
) -> Year:
    """A month (and day) without a year: the anchor's year, moved by the tense of the sentence."""
    if anchor is None:
        return UNKNOWN_YEAR
    year = anchor.year
    # Only the publication date is "now": a past event cannot follow it, but it can follow a date of the text.
    past_of_now = prefer_past and not prefer_future and anchor_source == "document_date"
    if past_of_now and month is not None and date(year, month, min(day or 1, 28)) > anchor:
        year -= 1
    # An announced event cannot precede it: published in December, "will visit on January 23-25" is next January.
    if prefer_future and anchor_source == "document_date" and month is not None:
        last_day = day if day is not None else calendar.monthrange(year, month)[1]
        if date(year, month, last_day) < anchor:
            year += 1
    return year, anchor_source


def _nearest_year(year: int, month: int | None, day: int | None, anchor: date, anchor_source: str) -> int:
    """Without a tense to go by, a yearless month or day of a single month across a turn of the year
    from the publication date is the nearer one: "talks on January 15" published on December 20 are
    next January's, "trade in November" published on January 5 last November's."""
    if month is None or anchor_source != "document_date":
        return year
    middle = date(year, month, min(day or MIDDLE_OF_A_MONTH, 28))
    if (anchor - middle).days > NINE_MONTHS:
        return year + 1
    if (middle - anchor).days > NINE_MONTHS:
        return year - 1
    return year


def _year_of_weekday(weekday: str, year: int, month: int, day: int) -> int:
    """The year, of the one chosen and those around it, in which a yearless day falls on the weekday written
    beside it ("Thursday 27 June" read in 2024 is 2024's); the one chosen if none or several."""
    fits = [y for y in (year, year + 1, year - 1) if _weekday_of(y, month, day) == int(weekday)]
    return fits[0] if len(fits) == 1 else year


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:  # February 29th of a year without one
        return None


def _first_month_of_part(groups: dict[str, str], grammar: DateGrammar) -> int | None:
    """The first month of a half or quarter named without its year (the fourth quarter: 10), else None."""
    for part, size in (("half", 6), ("quarter", 3)):
        if part in groups:
            ordinal = int(grammar.value("ordinal", groups[part]))
            return size * (ordinal - 1) + 1 if ordinal > 0 else None
    return None


def _bounds(
    groups: dict[str, str], grammar: DateGrammar, year: int, month: int | None, day: int | None
) -> tuple[date, date]:
    if "season" in groups:
        first, last = (int(m) for m in grammar.value("season", groups["season"]).split("-"))
        end_year = year + 1 if last < first else year
        return date(year, first, 1), _month_end(end_year, last)
    if "half" in groups or "quarter" in groups:
        part = "half" if "half" in groups else "quarter"
        size, count = (6, 2) if part == "half" else (3, 4)
        ordinal = int(grammar.value("ordinal", groups[part]))
        index = count if ordinal == -1 else ordinal
        if not 1 <= index <= count:
            raise ValueError(f"no {part} {index}")
        return date(year, size * (index - 1) + 1, 1), _month_end(year, size * index)
    if "count" in groups or "qcount" in groups:
        return date(year, 1, 1), _month_end(year, _months_counted(groups, grammar))
    if "dcount" in groups:
        return _days_of_month(groups, grammar, year, month)
    if {"mhalf", "mdecade", "upto"} & groups.keys():
        return _part_of_month_or_months_to(groups, grammar, year, month)
    if "year2" in groups:
        end_year = int(groups["year2"]) if len(groups["year2"]) == 4 else year // 100 * 100 + int(groups["year2"])
        return date(year, 1, 1), date(end_year, 12, 31)
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    end_month = int(grammar.value("month", groups["month2"])) if "month2" in groups else month
    # The year is written after the range, so it is the end's: "December 30 - January 2, 2020"; a start written
    # with its own year keeps it ("March 2023 to June 2024").
    start_year = int(groups["year1"]) if "year1" in groups else year - 1 if end_month < month else year
    if day is None:
        return date(start_year, month, 1), _month_end(year, end_month)
    end_day = int(re.match(r"\d+", groups["day2"])[0]) if "day2" in groups else day
    return date(start_year, month, day), date(year, end_month, end_day)


def _part_of_month_or_months_to(
    groups: dict[str, str], grammar: DateGrammar, year: int, month: int
) -> tuple[date, date]:
    """The first or second half of a month (1-15, 16 to its end), its first, second or third ten days
    (the third runs to its end), or the N months that end with a month ("the 12 months to June")."""
    if "mhalf" in groups:
        first = groups["mhalf"].lower() in ("first", "1st")
        middle = date(year, month, DAYS_OF_A_HALF_MONTH)
        return (date(year, month, 1), middle) if first else (middle + timedelta(days=1), _month_end(year, month))
    if "mdecade" in groups:
        third = int(grammar.value("ordinal", groups["mdecade"]))
        first = date(year, month, DAYS_OF_A_THIRD * (third - 1) + 1)
        last = _month_end(year, month) if third == 3 else first + timedelta(days=DAYS_OF_A_THIRD - 1)
        return first, last
    upto = groups["upto"].lower()
    count = int(upto) if upto.isdigit() else MONTHS_OF_A_YEAR if upto == "year" else int(grammar.value("number", upto))
    first_year, first_month = divmod(year * 12 + month - count, 12)
    return date(first_year, first_month + 1, 1), _month_end(year, month)


def _days_of_month(groups: dict[str, str], grammar: DateGrammar, year: int, month: int) -> tuple[date, date]:
    """The first or last N days of a month ("the first ten days of October"; a week: seven)."""
    count = groups["dcount"] or str(DAYS_OF_A_WEEK)  # empty: "the first week of June"
    days = int(count) if count.isdigit() else int(grammar.value("number", count))
    last = _month_end(year, month)
    if not 1 <= days <= last.day:
        raise ValueError(f"no {days} days in a month")
    ordinal = int(grammar.value("ordinal", groups["dpart"]))
    if ordinal < 0:
        return last - timedelta(days=days - 1), last
    first = date(year, month, 1) + timedelta(days=days * (ordinal - 1))  # "the third week": days 15-21
    if first.month != month or (first + timedelta(days=days - 1)).month != month:
        raise ValueError(f"no {groups['dpart']} {days} days in a month")
    return first, first + timedelta(days=days - 1)


__all__ = ["DateGrammar", "DateValue", "anchors_a_partial_date", "default_grammar", "resolve_date"]
