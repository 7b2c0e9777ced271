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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from .patterns import default_patterns_dir, read_jsonl, require
from .records import Document

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
TITLE_MAX_CHARS = 200
# A dateline opens the story: it stands on one of its first lines (after the headline, a date line, a byline).
DATELINE_LINES = 8
# A publication stamp stands above the story's first paragraph: after the headline, a standfirst, the
# outlet's name, a byline and the dateline (the dev articles put it on their 2nd to 6th non-blank line).
HEAD_LINES = 8
# About 150 words: langdetect is as sure of them as of a whole article, at a third of the cost.
LANGUAGE_SAMPLE_CHARS = 1000


# (doc_id, sha256 of the content) -> whether the caller already holds this article.
Skip = Callable[[str, str], bool]


class InputError(Exception):
    """An input path that does not exist: the run cannot start."""


@dataclass(frozen=True)
class PublishedRule:
    name: str
    regex: re.Pattern[str]
    where: str
    date_order: str
    precision: str


@lru_cache(maxsize=4)
def load_published_rules(patterns_dir: Path) -> tuple[PublishedRule, ...]:
    path = patterns_dir / "ingest" / "published.jsonl"
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


@lru_cache(maxsize=4)
def load_dateline_rules(patterns_dir: Path) -> tuple[re.Pattern[str], ...]:
    path = patterns_dir / "ingest" / "datelines.jsonl"
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


def first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_MAX_CHARS]
    return ""


@lru_cache(maxsize=1)
def _language_detector():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random otherwise; runs must be reproducible
    from langdetect import detect_langs

    return detect_langs


def detect_language(text: str) -> tuple[str, float]:
    """The text's language (ISO 639-1) and the detector's confidence; ("", 0) when unsure."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]{2,}", sample)) < 5:
        return "", 0.0
    try:
        best = _language_detector()(sample)[0]
    except Exception:  # langdetect raises when it finds no features
        return "", 0.0
    return best.lang, best.prob


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when the bytes could not be decoded
    encoding: str  # what they were decoded from
    note: str  # why not UTF-8, for the document's message


def decode(raw: bytes) -> Decoded:
    """Bytes to text: UTF-8 first, else the charset detector's best guess; with a note."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", "")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return Decoded(None, "", "the file is not UTF-8 and its encoding could not be detected")
    return Decoded(str(best), best.encoding, f"decoded as {best.encoding} (not UTF-8)")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def html_to_text(html: str) -> tuple[str, str, str]:
    """Visible text of an HTML page, its title, and a publication date from its metadata."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = ""
    if soup.title and soup.title.string:
        title = soup.title.string.strip()
    published = ""
    for attrs in (
        {"property": "article:published_time"},
        {"name": "article:published_time"},
        {"name": "date"},
        {"name": "pubdate"},
        {"itemprop": "datePublished"},
    ):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            published = str(tag["content"])
            break
    if not published and (time_tag := soup.find("time", attrs={"datetime": True})):
        published = str(time_tag["datetime"])
    for tag in soup(["script", "style", "noscript", "template", "svg", "head", "iframe"]):
        tag.decompose()
    if not title and (h1 := soup.find("h1")):
        title = h1.get_text(" ", strip=True)
    text = soup.get_text("\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, title[:TITLE_MAX_CHARS], published


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


def read_file(
    path: Path, doc_id: str, shown: str, patterns_dir: Path | None = None, skip: Skip | None = None
) -> Document | None:
    """One .txt, .md or .html file as a Document; None when `skip` says the caller holds it already."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return _error(doc_id, shown, "", f"cannot read the file: {err.strerror}")
    sha = hashlib.sha256(raw).hexdigest()
    if skip and skip(doc_id, sha):
        return None
    if not raw.strip():
        return _error(doc_id, shown, sha, "the file is empty")
    if b"\x00" in raw[:8192]:
        return _error(doc_id, shown, sha, "the file is binary, not text")
    decoded = decode(raw)
    if decoded.text is None:
        return _error(doc_id, shown, sha, decoded.note)
    text = normalize_newlines(decoded.text)
    title, published, precision = "", "", ""
    if path.suffix.lower() in HTML_SUFFIXES:
        text, title, html_published = html_to_text(text)
        published, precision = parse_published_field(html_published)
    document = Document(
        doc_id=doc_id,
        path=shown,
        text=text,
        sha256=sha,
        title=title or first_line_title(text),
        encoding=decoded.encoding,
        published=published,
        published_precision=precision,
    )
    return _finish(document, patterns_dir, decoded.note)


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
            body = record.get("text")
            if not doc_id or not isinstance(body, str):
                missing = [
                    k for k in ("id", "text") if not record.get(k) or (k == "text" and not isinstance(body, str))
                ]
                yield _error(
                    doc_id or fallback_id, where, sha, f"line {line_no}: missing field(s) {', '.join(missing)}"
                )
                continue
            if skip and skip(doc_id, sha):
                continue
            published, precision = parse_published_field(record.get("published"))
            body = normalize_newlines(body)
            document = Document(
                doc_id=doc_id,
                path=where,
                text=body,
                sha256=sha,
                title=str(record.get("title") or "").strip()[:TITLE_MAX_CHARS] or first_line_title(body),
                encoding=decoded.encoding,
                published=published,
                published_precision=precision,
                url=str(record.get("url") or ""),
                source=str(record.get("source") or ""),
            )
            yield _finish(document, patterns_dir, decoded.note)


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
        else:
            found.append((path, path.parent))
    return found


def read_documents(
    inputs: Iterable[Path | str], *, patterns_dir: Path | None = None, skip: Skip | None = None
) -> Iterator[Document]:
    """Every article under the inputs as a Document; ids are relative paths without extension.

    `skip(doc_id, sha256)` is asked once per article before it is decoded; articles it says
    True for are not yielded.  A repeated doc_id is never skipped: it is an error.
    """
    seen: dict[str, str] = {}

    def held_by_caller(where: str) -> Skip | None:
        if skip is None:
            return None

        def held(doc_id: str, sha: str) -> bool:
            if doc_id in seen or not skip(doc_id, sha):
                return False
            seen[doc_id] = where
            return True

        return held

    for path, root in discover(inputs):
        shown = path.as_posix()
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            documents: Iterable[Document] = read_jsonl_articles(path, shown, patterns_dir, held_by_caller(shown))
        elif suffix in SUPPORTED_SUFFIXES:
            doc_id = path.relative_to(root).with_suffix("").as_posix()
            document = read_file(path, doc_id, shown, patterns_dir, held_by_caller(shown))
            documents = [document] if document else []
        else:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            documents = [_error(path.stem, shown, "", f"unsupported file type '{path.suffix}' (expected {kinds})")]
        for document in documents:
            if document.doc_id in seen:
                yield _error(
                    document.doc_id,
                    document.path,
                    document.sha256,
                    f"duplicate doc_id '{document.doc_id}' (already used by {seen[document.doc_id]})",
                )
                continue
            seen[document.doc_id] = document.path
            yield document
