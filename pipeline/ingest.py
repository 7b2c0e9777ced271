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
