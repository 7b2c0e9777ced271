"""Reading articles from disk.

In: paths to files or folders (searched recursively) of `.txt`, `.md`, `.html`/`.htm` and
`.jsonl` (one article per line: `id`, `text`, optional `title`, `published`, `url`,
`source`).  Out: one `Document` per article, in a stable order, with its decoded text, a
title, the publication date it carries (and that date's precision) and its language.
A document that cannot be read is still yielded, with `status="error"` and a message a
person understands; a non-English one with `status="skipped"`.  Nothing is dropped, except
what the caller's `skip(doc_id, sha256)` says it already holds: such an article is only
hashed, not decoded, dated or language-checked, which keeps a daily re-run over a large
folder cheap.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from .encodings import decode, has_byte_order_mark
from .patterns import default_patterns_dir, file_stamp, read_jsonl, require
from .records import Document
from .webpages import read_page

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
TITLE_MAX_CHARS = 200
# Clocks and time zones differ: a publication date up to this many days ahead of today is still believed.
FUTURE_DAYS_ALLOWED = 2
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = {"title": "title", "date": "published", "published": "published", "url": "url", "link": "url"}
# Longer than any article: a text past this is a book, a dump or a mistake, and would take minutes and gigabytes.
DEFAULT_MAX_CHARS = 300_000
# A dateline opens the story: it stands on one of its first lines (after the headline, a date line, a byline).
DATELINE_LINES = 8
# A publication stamp stands above the story's first paragraph: after the headline, a standfirst, the
# outlet's name, a byline and the dateline (on the 2nd to 6th non-blank line of the articles we read).
HEAD_LINES = 8
# About 150 words: the detector is as sure of them as of a whole article, at a fraction of the cost.
LANGUAGE_SAMPLE_CHARS = 1000
# The languages the region's press and its partners' publish in: choosing among these only, the detector
# is sure of a Chinese headline that it would otherwise spread over Chinese varieties.
PRESS_LANGUAGES = [
    "en", "ru", "kk", "ky", "uz", "tg", "tk", "az", "tr", "mn", "uk", "be", "ka", "hy", "fa", "ar", "ur", "hi",
    "zh", "ja", "ko", "de", "fr", "es", "it", "pl", "hu",
]  # fmt: skip
# Fewer letters than this say too little about a language (counted as letters, not words: Chinese has no spaces).
LANGUAGE_MIN_LETTERS = 15


# (doc_id, sha256 of the content) -> whether the caller already holds this article.
Skip = Callable[[str, str, str], bool]  # (doc_id, sha256 of the content, where: "a/b.txt" or "feed.jsonl:17")


class InputError(Exception):
    """An input path that does not exist: the run cannot start."""


@dataclass(frozen=True)
class PublishedRule:
    name: str
    regex: re.Pattern[str]
    where: str
    date_order: str
    precision: str


def load_published_rules(patterns_dir: Path) -> tuple[PublishedRule, ...]:
    path = patterns_dir / "ingest" / "published.jsonl"
    return _published_rules(path, file_stamp(path))


@lru_cache(maxsize=4)
def _published_rules(path: Path, stamp: tuple[int, int]) -> tuple[PublishedRule, ...]:
    """The rules of `path` as it was at `stamp`: an edited file is read again, even in a long-lived process."""
    rules = []
    wheres = {"start", "end", "head", "anywhere"}
    for record in read_jsonl(path, required=["name", "regex", "where", "precision"], optional=["date_order"]):
        require(record, path, record["where"] in wheres, "where must be start, end, head or anywhere")
        require(record, path, record["precision"] in {"day", "month"}, "precision must be day or month")
        try:
            regex = re.compile(record["regex"])
        except re.error as err:
            require(record, path, False, f"regex does not compile: {err}")
        groups = set(regex.groupindex)
        require(
            record,
            path,
            "date" in groups or {"year", "month"} <= groups,
            "regex needs a 'date' group or 'year' and 'month' groups",
        )
        rules.append(
            PublishedRule(record["name"], regex, record["where"], record.get("date_order", "DMY"), record["precision"])
        )
    return tuple(rules)


def load_dateline_rules(patterns_dir: Path) -> tuple[re.Pattern[str], ...]:
    path = patterns_dir / "ingest" / "datelines.jsonl"
    return _dateline_rules(path, file_stamp(path))


@lru_cache(maxsize=4)
def _dateline_rules(path: Path, stamp: tuple[int, int]) -> tuple[re.Pattern[str], ...]:
    """The rules of `path` as it was at `stamp` (see `_published_rules`)."""
    rules = []
    for record in read_jsonl(path, required=["name", "regex"], optional=["comment"]):
        try:
            regex = re.compile(record["regex"])
        except re.error as err:
            require(record, path, False, f"regex does not compile: {err}")
        require(record, path, "place" in regex.groupindex, "regex needs a 'place' group")
        rules.append(regex)
    return tuple(rules)


def find_dateline_place(text: str, patterns_dir: Path | None = None) -> str:
    """The place of a wire dateline opening one of the article's first lines, written as a name; or ""."""
    rules = load_dateline_rules(patterns_dir or default_patterns_dir())
    lines = [line.strip() for line in text.lstrip().splitlines()[:DATELINE_LINES]]
    for regex in rules:
        for line in lines:
            if match := regex.match(line):
                return "-".join(part.capitalize() for part in match["place"].split("-")).title()
    return ""


def _parse_written_date(text: str, order: str) -> date | None:
    import dateparser

    settings = {"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# --- The last-resort reading of a page stamp, tried after every row of published.jsonl fails. ---------------------
# The rows describe outlets' stamp forms one by one; an outlet not modelled yet writes its stamp in a form none of them
# matches.  The fallback reads any date with a day, a month and a year among the head's lines, and keeps it only where
# the line is a stamp (a line of fields, not a sentence) or a dateline (place, date, agency or dash).
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:st|nd|rd|th)?"
# One date with a day, a month and a year: written out (day first or month first) or in numbers (day first with dots,
# slashes or dashes; year first with dashes, slashes or dots).  Not glued to a letter, a digit or a slash before it
# ("3/14.06.2024" is a reference number), nor to a day and a dash ("12-14 March 2024" is a range), though a clock
# time and a dash may stand before it ("Published: 14:22-14 June 2024").
HEAD_DATE = re.compile(
    rf"(?<![\w./])(?<!(?<!:)\d\d[\u2013-])(?<!(?<!\d)\d[\u2013-])"
    rf"(?:(?P<dmy>\d{{1,2}}{_ORDINAL}(?:\s+|-|,\s*){_MONTH}\.?(?:\s*,\s*|\s+|-){_YEAR})"
    rf"|(?P<mdy>{_MONTH}\.?,?\s+\d{{1,2}}{_ORDINAL}(?:,\s*|\s+){_YEAR})"
    rf"|(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
    rf"|(?P<iy>{_YEAR})(?P<isep>[./-])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?!\d))"
    rf"(?![\w/]|[.\-\u2013]\d)",
    re.IGNORECASE,
)
# A dateline without a year ("BAKU, December 24, AZERTAC"; "ASTANA, 24 December (Kazinform) -"; "Tashkent, Dec 24.
# /UzA/."): a place, a day and a month, then the agency (in brackets, slashes or capitals) or a dash.
YEARLESS_DATELINE = re.compile(
    rf"^\s*[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){{0,2}},\s+(?:(?P<day1>\d{{1,2}}){_ORDINAL}\s+(?P<month1>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}}){_ORDINAL})\s*[,.]?\s*"
    r"(?:\([^)\n]{2,30}\)|/[^/\n]{2,30}/|[A-Z][A-Z-]{2,15}(?=\s*(?:$|[\u2013\u2014:-])))\s*(?:$|[.\u2013\u2014:-])",
)
# A dateline with its year: a place, maybe another calendar's date ("Jeddah, Muharram 21, 1444, Aug 19, 2022, SPA --"),
# the date, then the agency or a dash.  DATELINE_PLACE matches the text before the date.
DATELINE_PLACE = re.compile(
    r"^\s*[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){0,2},\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4},\s+)?$"
)
# After the date: the agency in brackets or slashes (enough on its own: "/Podrobno.uz/. The head of state ..."), or
# the agency in capitals or nothing, then a dash, a colon or the line's end.
DATELINE_AFTER = re.compile(
    r"^\s*[,.]?\s*(?:\([^)\n]{2,30}\)|/[^/\n]{2,30}/|(?:[A-Z][A-Za-z-]{1,15}\s*)?(?:$|[\u2013\u2014:]|--?\s))"
)
# A clock time (and its zone) ending the line right after the date: a stamp's time, however long the byline before it
# ("Jane Doe, senior correspondent of the news desk, 14 June 2024 17:25"); a sentence would go on or close with a stop.
CLOCK_ENDS_LINE = re.compile(
    r"^\s*(?:[,|\u2013-]|\bat\b)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:\(?(?:[A-Z]{2,5})?(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)\s*$",
    re.IGNORECASE,
)
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\b)?", re.IGNORECASE)
# What a stamp line carries beside its date: weekdays, labels, zones, counts ("3 min read"), and the words
# introducing a byline.  Removed before counting the line's other words.
STAMP_FILLER = re.compile(
    r"\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|published|publish|posted|updated?|"
    r"last|modified|date|created|released?|publication|first|on|at|of|by|and|in|am|pm|(?-i:[A-Z]{2,5})|"
    r"GMT|UTC|min|mins|read|views?|comments?|edition)\b\.?|\b[\w-]+(?:\.[a-z]{2,6})+\b|[+-]\d{1,2}(?::?\d{2})?|\d[\d,]*",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Between the fields of a line of fields ("By Jane Doe | example.com | Updated: 2025-06-17 21:45"): each field is
# judged on its own, so that a long byline or a section name beside the date's field does not make it a sentence.
FIELD_SEPARATOR = re.compile(r"\s[|\u00b7\u2022/]\s|\s{3,}")
# Lines of captions, credits and archive notes carry a date that is not the page's ("Photo: 5 March 2019").
CAPTION = re.compile(r"\b(?:photo|photograph|image|file|credit|caption|pictured|archive)s?\b|\u00a9", re.IGNORECASE)
UPDATE_LABEL = re.compile(r"\b(?:updated?|modified|last)\b", re.IGNORECASE)
# A stamp line's words beside its date, labels and clock: an outlet's name, a byline, a section ("Ahram Online",
# "Staff Reporter", "Source: Xinhua | Editor: huaxia").  A sentence has more, and more lowercase ones: no stamp of
# the 115 dev and corpus heads has a lowercase word left beside its date; one is allowed for a user name or an editor.
STAMP_MAX_WORDS = 8
STAMP_MAX_LOWERCASE_WORDS = 1
# A dateline's own date lies on the stamp's day or a little before it (the stamp may record a late upload or an
# update); further apart, the two are not the same story's day and the stamp is kept.
DATELINE_STAMP_MAX_DAYS = 3


@dataclass(frozen=True)
class HeadDate:
    """A date read on one head line, with whether the line is the page's stamp and whether it is an update."""

    found: date
    line: int
    stamp: bool
    update: bool


def _head_date_value(match: re.Match[str]) -> date | None:
    """The date one `HEAD_DATE` match writes, or None where it is no calendar date."""
    if match["dmy"] or match["mdy"]:
        written = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", match["dmy"] or match["mdy"], flags=re.IGNORECASE)
        return _parse_written_date(written.replace("-", " "), "DMY" if match["dmy"] else "MDY")
    if match["y"]:
        day, month = int(match["d"]), int(match["m"])
        if month > 12 >= day:  # only a month-first reading makes it a date (11/20/2025)
            day, month = month, day
        year = int(match["y"])
    else:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _is_field_line(line: str, match: re.Match[str], title: bool) -> bool:
    """Whether `line`, beside the date `match` found in it, holds only a stamp's fields rather than a sentence.

    A title is a stamp only where it holds nothing but the date and its labels (a headline may name a date)."""
    before, after = line[: match.start()], line[match.end() :]
    before = FIELD_SEPARATOR.split(before)[-1]
    after = FIELD_SEPARATOR.split(after)[0]
    rest = STAMP_FILLER.sub(" ", CLOCK.sub(" ", before + " " + after))
    words = WORD.findall(rest)
    if title:
        return not words
    lowercase = [word for word in words if word[0].islower()]
    if lowercase and line.rstrip().endswith("."):  # a short sentence ("Leaders met on 14 June 2024.")
        return False
    return len(words) <= STAMP_MAX_WORDS and len(lowercase) <= STAMP_MAX_LOWERCASE_WORDS


def _is_stamped(line: str, match: re.Match[str]) -> bool:
    """Whether the date `match` stands in a dateline (a place before it, the agency or a dash after it) or before a
    clock time that ends its line."""
    if CLOCK_ENDS_LINE.match(line[match.end() :]):
        return True
    return bool(DATELINE_PLACE.match(line[: match.start()]) and DATELINE_AFTER.match(line[match.end() :]))


def head_dates(lines: list[str]) -> list[HeadDate]:
    """Every full date on the head's `lines` (the first is the title), each judged a stamp or not."""
    found = []
    latest = date.today() + timedelta(days=FUTURE_DAYS_ALLOWED)  # a date to come is an announced event, no stamp
    for number, line in enumerate(lines):
        if CAPTION.search(line):
            continue
        label_from = 0  # a date's label stands between the line's previous date and it ("Updated: X Published: Y")
        for match in HEAD_DATE.finditer(line):
            value = _head_date_value(match)
            label, label_from = line[label_from : match.start()], match.end()
            if value is None or value > latest:
                continue
            stamp = _is_field_line(line, match, number == 0) or (number > 0 and _is_stamped(line, match))
            found.append(HeadDate(value, number, stamp, bool(UPDATE_LABEL.search(label))))
    return found


def _yearless_dateline(lines: list[str], stamp: date) -> date | None:
    """The day of a dateline written without its year, in the year of the head's `stamp`; None where there is none
    or it lies too far from the stamp to be the same story's day."""
    for line in lines[1:]:
        if match := YEARLESS_DATELINE.match(line):
            day, month = match["day1"] or match["day2"], match["month1"] or match["month2"]
            for year in (stamp.year, stamp.year - 1):  # a dateline of 31 December under a stamp of 1 January
                found = _parse_written_date(f"{day} {month} {year}", "DMY")
                if found and timedelta(0) <= stamp - found <= timedelta(days=DATELINE_STAMP_MAX_DAYS):
                    return found
    return None


def fallback_published(head: str) -> str:
    """The page's own date among the `head` lines (title first) when no stamp row read it: the first stamp that is
    no update, else the first update; a yearless dateline's day in that stamp's year.  "" where no line is a stamp:
    a date in a sentence of the lead is an event the story reports, and a wrong publication date would misdate every
    "yesterday" of the text, where an empty one leaves them unresolved."""
    lines = head.splitlines()
    stamps = [found for found in head_dates(lines) if found.stamp]
    if not stamps:
        return ""
    chosen = min(stamps, key=lambda found: (found.update, found.line)).found
    return (_yearless_dateline(lines, chosen) or chosen).isoformat()


def find_published(text: str, patterns_dir: Path | None = None) -> tuple[str, str]:
    """The publication date an article states about itself, as (ISO date, precision)."""
    lines = text.splitlines()
    regions = {
        "start": "\n".join(lines[:5]),
        "end": "\n".join(line for line in lines[-5:]).rstrip(),
        "head": "\n".join([line for line in lines if line.strip()][:HEAD_LINES]),
        "anywhere": text,
    }
    for rule in load_published_rules(patterns_dir or default_patterns_dir()):
        for match in rule.regex.finditer(regions[rule.where]):
            groups = match.groupdict()
            if groups.get("date"):
                found = _parse_written_date(groups["date"], rule.date_order)
            else:
                try:
                    found = date(int(groups["year"]), int(groups["month"]), int(groups.get("day") or 1))
                except ValueError:
                    found = None
            if found:
                if rule.precision == "month":
                    return found.replace(day=1).isoformat(), "month"
                return found.isoformat(), "day"
    if fallback := fallback_published(regions["head"]):
        return fallback, "day"
    return "", ""


def parse_published_field(value: object) -> tuple[str, str]:
    """A JSONL `published` value ("2024-09-20", "2024-09-20T10:00:00Z", "2024-09") as (ISO, precision)."""
    text = str(value or "").strip()
    if not text:
        return "", ""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text):
        try:
            return date(*map(int, m.groups())).isoformat(), "day"
        except ValueError:
            return "", ""
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{m[1]}-{m[2]}-01", "month"
    found = _parse_written_date(text, "DMY")
    return (found.isoformat(), "day") if found else ("", "")


def checked_published(value: object, today: date | None = None) -> tuple[str, str, str]:
    """A stated publication date as (ISO, precision, note): empty, with a note saying why, when it
    cannot be read or lies in the future (a typo such as 2199 would misdate every relative date)."""
    if not str(value or "").strip():
        return "", "", ""
    published, precision = parse_published_field(value)
    if not published:
        return "", "", f"the publication date {str(value)[:40]!r} could not be read, so it was left empty"
    latest = (today or date.today()) + timedelta(days=FUTURE_DAYS_ALLOWED)
    if date.fromisoformat(published) > latest:
        return "", "", f"the publication date {published} is in the future, so it was left empty"
    return published, precision, ""


def front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A Markdown file's YAML front matter (title, date or published, url) and the text after it."""
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields = {}
    for line in match["body"].splitlines():
        key, colon, value = line.partition(":")
        if colon and key.strip().lower() in FRONT_MATTER_KEYS:
            fields[FRONT_MATTER_KEYS[key.strip().lower()]] = value.strip().strip("\"'")
    return text[match.end() :], fields


def first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_MAX_CHARS]
    return ""


@lru_cache(maxsize=1)
def _language_identifier():
    # py3langid: deterministic (langdetect is random unless seeded, and unmaintained), its model
    # ships in the wheel, and it is about 12x faster on an article's first 1,000 characters.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(PRESS_LANGUAGES)
    return identifier


def detect_language(text: str) -> tuple[str, float]:
    """The text's language (ISO 639-1) and the detector's confidence; ("", 0) when unsure."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < LANGUAGE_MIN_LETTERS:
        return "", 0.0
    if sum(_is_latin(char) for char in letters) >= len(letters) / 2:
        # An English article that quotes a Russian phrase is English: judge its Latin-script text.
        sample = "".join(char if not char.isalpha() or _is_latin(char) else " " for char in sample)
    language, confidence = _language_identifier().classify(sample)
    return language, float(confidence)


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _error(doc_id: str, path: str, sha: str, message: str, text: str = "") -> Document:
    return Document(doc_id=doc_id, path=path, text=text, sha256=sha, status="error", message=message)


def _finish(document: Document, patterns_dir: Path | None, note: str = "") -> Document:
    """Fill the language (and status) of a decoded document."""
    fields = dict(document.__dict__)
    if not document.text.strip():
        fields.update(status="error", message="the document has no text")
        return Document(**fields)
    if not document.published:
        fields["published"], fields["published_precision"] = find_published(document.text, patterns_dir)
    fields["dateline_place"] = find_dateline_place(document.text, patterns_dir)
    language, confidence = detect_language(document.text)
    fields["language"] = language
    if language and language != "en" and confidence >= 0.9:
        fields.update(status="skipped", message=f"not English (detected language: {language})")
    elif note:
        fields["message"] = note
    return Document(**fields)


def document_from_record(
    record: dict[str, Any],
    *,
    path: str = "",
    sha256: str = "",
    encoding: str = "utf-8",
    note: str = "",
    patterns_dir: Path | None = None,
) -> Document:
    """A record with `id` and `text` or `html` (and optionally `title`, `published`, `url`, `source`) as a Document.

    An `html` record is read as a saved web page (`pipeline.webpages`): its main text, and its
    metadata where the record does not give its own.
    """
    if isinstance(record.get("html"), str) and not isinstance(record.get("text"), str):
        page = read_page(record["html"])
        record = {"title": page.title, "published": page.published, "url": page.url, "source": page.site_name} | {
            k: v for k, v in record.items() if v
        }
        record["text"], note = page.text, "; ".join(n for n in (note, page.note) if n)
    body = normalize_newlines(record["text"])
    published, precision, published_note = checked_published(record.get("published"))
    note = "; ".join(n for n in (note, published_note) if n)
    document = Document(
        doc_id=str(record["id"]).strip(),
        path=path,
        text=body,
        sha256=sha256 or hashlib.sha256(body.encode("utf-8")).hexdigest(),
        title=str(record.get("title") or "").strip()[:TITLE_MAX_CHARS] or first_line_title(body),
        encoding=encoding,
        published=published,
        published_precision=precision,
        url=str(record.get("url") or ""),
        source=str(record.get("source") or ""),
    )
    return _finish(document, patterns_dir, note)


def read_file(
    path: Path, doc_id: str, shown: str, patterns_dir: Path | None = None, skip: Skip | None = None
) -> Document | None:
    """One .txt, .md or .html file as a Document; None when `skip` says the caller holds it already."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return _error(doc_id, shown, "", f"cannot read the file: {err.strerror}")
    sha = hashlib.sha256(raw).hexdigest()
    if skip and skip(doc_id, sha, shown):
        return None
    if not raw.strip():
        return _error(doc_id, shown, sha, "the file is empty")
    if b"\x00" in raw[:8192] and not has_byte_order_mark(raw):
        return _error(doc_id, shown, sha, "the file is binary, not text")
    decoded = decode(raw)
    if decoded.text is None:
        return _error(doc_id, shown, sha, decoded.note)
    text = normalize_newlines(decoded.text)
    metadata: dict[str, str] = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        page = read_page(text)
        text, metadata = page.text, {"title": page.title, "published": page.published, "url": page.url}
        metadata.update(source=page.site_name, note=page.note)
    elif path.suffix.lower() == ".md":
        text, metadata = front_matter(text)
    published, precision, published_note = checked_published(metadata.get("published", ""))
    document = Document(
        doc_id=doc_id,
        path=shown,
        text=text,
        sha256=sha,
        title=metadata.get("title") or first_line_title(text),
        encoding=decoded.encoding,
        published=published,
        published_precision=precision,
        url=metadata.get("url", ""),
        source=metadata.get("source", ""),
    )
    notes = (decoded.note, metadata.get("note", ""), published_note)
    return _finish(document, patterns_dir, "; ".join(n for n in notes if n))


def read_jsonl_articles(
    path: Path, shown: str, patterns_dir: Path | None = None, skip: Skip | None = None
) -> Iterator[Document]:
    """Each line of a .jsonl file as a Document, but those `skip` says the caller holds; a bad line fails alone."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _error(Path(shown).stem, shown, "", f"cannot read the file: {err.strerror}")
        return
    with handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            sha = hashlib.sha256(raw.strip()).hexdigest()
            where = f"{shown}:{line_no}"
            fallback_id = f"{Path(shown).with_suffix('').as_posix()}:{line_no}"
            decoded = decode(raw)
            if decoded.text is None:
                yield _error(fallback_id, where, sha, f"line {line_no}: {decoded.note}")
                continue
            try:
                record = json.loads(decoded.text)
            except json.JSONDecodeError as err:
                yield _error(fallback_id, where, sha, f"line {line_no}: not valid JSON ({err.msg})")
                continue
            if not isinstance(record, dict):
                yield _error(fallback_id, where, sha, f"line {line_no}: a record must be a JSON object")
                continue
            doc_id = str(record.get("id") or "").strip()
            has_body = isinstance(record.get("text"), str) or isinstance(record.get("html"), str)
            if not doc_id or not has_body:
                missing = ["id"] * (not doc_id) + ["text (or html)"] * (not has_body)
                yield _error(
                    doc_id or fallback_id, where, sha, f"line {line_no}: missing field(s) {', '.join(missing)}"
                )
                continue
            if skip and skip(doc_id, sha, where):
                continue
            yield document_from_record(
                {**record, "id": doc_id},
                path=where,
                sha256=sha,
                encoding=decoded.encoding,
                note=decoded.note,
                patterns_dir=patterns_dir,
            )


def discover(inputs: Iterable[Path | str]) -> list[tuple[Path, Path]]:
    """(file, root) pairs for every supported file under the inputs, in a stable order."""
    found: list[tuple[Path, Path]] = []
    for given in inputs:
        path = Path(given)
        if not path.exists():
            raise InputError(f"input not found: {path}")
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            found.extend((p, path) for p in files)
        elif not path.is_file():
            raise InputError(f"{path} is not a regular file (a pipe or a device?): name files or folders")
        else:
            found.append((path, path.parent))
    return found


def file_ids(found: Iterable[tuple[Path, Path]]) -> dict[Path, str]:
    """Each file's doc_id: its path relative to its input root without the extension, or with it
    where two files would otherwise share an id (`story.txt` and `story.md`)."""
    bare = {path: path.relative_to(root).with_suffix("").as_posix() for path, root in found}
    shared = {doc_id for doc_id, n in Counter(bare.values()).items() if n > 1}
    return {path: path.relative_to(root).as_posix() if bare[path] in shared else bare[path] for path, root in found}


def read_documents(
    inputs: Iterable[Path | str],
    *,
    patterns_dir: Path | None = None,
    skip: Skip | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document]:
    """Every article under the inputs as a Document; ids are relative paths without extension (see `file_ids`).

    `skip(doc_id, sha256, where)` is asked once per article before it is decoded; articles it says
    True for are not yielded.  An article longer than `max_chars` is an error that says so.  An id
    given again (a JSONL record's, or a file's beside one) is an error for the later article only,
    under an id of its own (`id@file:line`), so that it can never take the place of the first.
    """
    seen: dict[str, str] = {}

    def held(doc_id: str, sha: str, where: str) -> bool:
        if skip is None or doc_id in seen or not skip(doc_id, sha, where):
            return False
        seen[doc_id] = where
        return True

    found = discover(inputs)
    ids = file_ids(found)
    for path, _root in found:
        shown = path.as_posix()
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            documents: Iterable[Document] = read_jsonl_articles(path, shown, patterns_dir, held)
        elif suffix in SUPPORTED_SUFFIXES:
            document = read_file(path, ids[path], shown, patterns_dir, held)
            documents = [document] if document else []
        else:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            documents = [_error(path.stem, shown, "", f"unsupported file type '{path.suffix}' (expected {kinds})")]
        for document in documents:
            if document.doc_id in seen:
                yield _error(
                    f"{document.doc_id}@{document.path}",
                    document.path,
                    document.sha256,
                    f"duplicate doc_id '{document.doc_id}' (already used by {seen[document.doc_id]})",
                )
                continue
            seen[document.doc_id] = document.path
            yield too_long(document, max_chars) if document.n_chars > max_chars else document


def too_long(document: Document, max_chars: int) -> Document:
    return _error(
        document.doc_id,
        document.path,
        document.sha256,
        f"the document has {document.n_chars:,} characters, more than the limit of {max_chars:,} "
        "(--max-chars): split it into articles, or raise the limit",
    )
