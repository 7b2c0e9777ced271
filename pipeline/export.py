"""Writing the output folder, as docs/output-contract.md fixes it.

In: `Extraction`s of every document and the reconciled `Event`s (`write_outputs`), or the rows of each already
rendered as CSV text, as the store keeps them (`write_fragments`: a concatenation).  Out: documents.csv,
leaders.csv, dates.csv, money.csv, agreements.csv, events.csv and event_mentions.csv:
UTF-8, a header row, sorted deterministically, each written atomically (temp file, then
rename), so two runs over the same input give byte-identical files and an interrupted run
never leaves a half-written one.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import functools
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .records import MENTION_KINDS, Event, Extraction, Mention

COMMON_COLUMNS = ["doc_id", "mention_id", "text", "start_char", "end_char", "sentence_id", "context"]
COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id",
        "path",
        "sha256",
        "title",
        "published",
        "published_precision",
        "language",
        "n_chars",
        "n_tokens",
        "status",
        "message",
        "encoding",
        "dateline_place",
        "url",
        "source",
    ],
    "leaders": COMMON_COLUMNS + ["leader_id", "name", "role", "country", "source", "confidence"],
    "dates": COMMON_COLUMNS + ["start", "end", "precision", "resolved_with"],
    "money": COMMON_COLUMNS + ["amount", "currency", "qualifier", "amount_min", "amount_max"],
    "agreements": COMMON_COLUMNS + ["agreement_id", "name", "type", "parties", "year"],
    "events": [
        "event_id",
        "type",
        "date_start",
        "date_end",
        "date_precision",
        "leader_ids",
        "leaders",
        "countries",
        "location",
        "agreement_ids",
        "agreements",
        "amount",
        "currency",
        "doc_ids",
        "evidence",
        "mention_count",
        "confidence",
        "status",
    ],
    "event_mentions": ["event_id", "doc_id", "sentence_id", "start_char", "end_char", "mention_ids"],
}
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "events": ["event_id"],
    "event_mentions": ["event_id", "doc_id", "start_char"],
    **{kind: ["doc_id", "start_char", "end_char"] for kind in MENTION_KINDS},
}


def cell(value: Any) -> Any:
    """A value as it goes into a CSV cell: lists joined with ';', whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    return value


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...)): OWASP's
# advice for CSV exports is to make such a cell text with a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell that a spreadsheet would run as a formula prefixed by an apostrophe."""

    def defused(value: Any) -> Any:
        return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value

    return table.apply(lambda column: column if pd.api.types.is_numeric_dtype(column) else column.map(defused))


def frame(kind: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    table = pd.DataFrame([{k: cell(v) for k, v in row.items()} for row in rows], columns=COLUMNS[kind])
    extra = [c for c in table.columns if c not in COLUMNS[kind]]
    table = table[COLUMNS[kind] + extra]
    if not table.empty:
        table = table.sort_values(SORT_KEYS[kind], kind="stable").reset_index(drop=True)
    return table


class OutputsError(Exception):
    """The outputs could not be written; the previous complete set is still in place."""


def _temp_name(path: Path) -> str:
    return f".{path.name}."


def _file_mode() -> int:
    """What a plain `open` would give a new file under this process's umask (mkstemp gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_temp(table: pd.DataFrame, path: Path) -> Path:
    """`table` as CSV in a temporary file beside `path`, to be renamed onto it."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=_temp_name(path), suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            table.to_csv(out, index=False, lineterminator="\n")
        os.chmod(temp, _file_mode())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def remove_stale_temps(out_dir: Path) -> None:
    """Temporary files a killed run of ours left behind (never anyone else's)."""
    for name in COLUMNS:
        for stale in out_dir.glob(f".{name}.csv.*.tmp"):
            stale.unlink(missing_ok=True)


def document_row(extraction: Extraction, n_tokens: int | None) -> dict[str, Any]:
    document = extraction.document
    return {
        "doc_id": document.doc_id,
        "path": document.path,
        "sha256": document.sha256,
        "title": document.title,
        "published": document.published,
        "published_precision": document.published_precision,
        "language": document.language,
        "n_chars": document.n_chars,
        "n_tokens": n_tokens if n_tokens is not None else "",
        "status": document.status,
        "message": document.message,
        "encoding": document.encoding,
        "dateline_place": document.dateline_place,
        "url": document.url,
        "source": document.source,
    }


def event_row(event: Event) -> dict[str, Any]:
    return {column: getattr(event, column) for column in COLUMNS["events"]}


def tables(extractions: Sequence[Extraction], events: Sequence[Event]) -> dict[str, pd.DataFrame]:
    """Every output table, as DataFrames of strings and numbers, keyed by file stem."""
    result = {
        "documents": frame("documents", (document_row(e, e.n_tokens) for e in extractions)),
    }
    for kind in MENTION_KINDS:
        result[kind] = frame(kind, (m.row() for e in extractions for m in e.of_kind(kind)))
    result["events"] = frame("events", (event_row(e) for e in events))
    result["event_mentions"] = frame("event_mentions", (p.__dict__ for e in events for p in e.provenance))
    return result


def mention_row(mention: Mention) -> dict[str, Any]:
    """`Mention.row()` without `dataclasses.asdict` (which copies every field deeply): the same dict, quicker."""
    return {name: getattr(mention, name) for name in _mention_columns(type(mention))}


@functools.cache
def _mention_columns(cls: type) -> tuple[str, ...]:
    common = ["doc_id", "mention_id", "text", "start_char", "end_char", "sentence_id", "context"]
    return tuple(common + [f.name for f in dataclasses.fields(cls) if f.name not in common])


def _csv_cells(columns: Sequence[str], row: dict[str, Any], raw_csv: bool) -> list[Any]:
    """A row's cells as `frame` + `defuse_formulas` + `DataFrame.to_csv` would write them."""
    cells = [cell(row.get(column)) for column in columns]
    if raw_csv:
        return cells
    return ["'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in cells]


class _Lines:
    """A file-like sink for `csv.writer` that keeps what it is given, for rendering rows to text."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)


def render(name: str, rows: Iterable[dict[str, Any]], raw_csv: bool = False) -> tuple[str, int]:
    """Rows of table `name` (already in the table's order) as the CSV text `TableWriter.write` writes for them,
    and how many rows that is."""
    sink = _Lines()
    writer = csv.writer(sink, lineterminator="\n")
    count = 0
    for row in rows:
        writer.writerow(_csv_cells(COLUMNS[name], row, raw_csv))
        count += 1
    return "".join(sink.parts), count


# A document's rows, or an event's, as CSV text per table: {table name: (text, rows)}.
Fragments = dict[str, tuple[str, int]]
DOCUMENT_TABLES = ("documents", *MENTION_KINDS)
EVENT_TABLES = ("events", "event_mentions")


def document_fragments(extraction: Extraction, raw_csv: bool = False) -> Fragments:
    """What `stream_documents` writes for one extraction, per table, as text: kept in the store, so that an export
    concatenates it instead of reading the extraction back."""
    result = {"documents": render("documents", [document_row(extraction, extraction.n_tokens)], raw_csv)}
    for kind in MENTION_KINDS:
        result[kind] = render(kind, _sorted_rows(kind, (mention_row(m) for m in extraction.of_kind(kind))), raw_csv)
    return result


def agreement_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """A document's rows of agreements.csv as values (in the table's order), for rendering them again once linking
    has renamed their agreement ids (`relinked`)."""
    return _sorted_rows("agreements", (mention_row(m) for m in extraction.of_kind("agreements")))


def relinked(
    rows: list[dict[str, Any]], doc_id: str, renamed: dict[tuple[str, str], tuple[str, str]]
) -> tuple[str, int]:
    """agreements.csv's text for a document's `agreement_rows` with the ids linking gives them (`link.renamed`
    changes a mention's agreement_id only, never its place in the table)."""
    return render(
        "agreements",
        (dict(row, agreement_id=renamed.get((doc_id, row["agreement_id"]), (row["agreement_id"],))[0]) for row in rows),
    )


def event_fragments(events: Sequence[Event], raw_csv: bool = False) -> Fragments:
    """What `stream_events` writes for events that share one event_id (usually one event), per table, as text."""
    return {
        "events": render("events", (event_row(e) for e in events), raw_csv),
        "event_mentions": render(
            "event_mentions",
            _sorted_rows("event_mentions", (p.__dict__ for e in events for p in e.provenance)),
            raw_csv,
        ),
    }


class TableWriter:
    """One output table streamed to its temporary file, row by row, as `write_temp` writes a whole DataFrame."""

    def __init__(self, name: str, out_dir: Path, raw_csv: bool) -> None:
        self.name, self.columns, self.raw_csv, self.rows = name, COLUMNS[name], raw_csv, 0
        # The temporary file is made by write_temp, with the header row; rows are appended to it.
        self.temp = write_temp(pd.DataFrame(columns=self.columns), out_dir / f"{name}.csv")
        self.file = self.temp.open("a", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\n")

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        """Append rows (already in the table's order)."""
        for row in rows:
            self.writer.writerow(_csv_cells(self.columns, row, self.raw_csv))
            self.rows += 1

    def write_text(self, text: str, rows: int) -> None:
        """Append rows already rendered as CSV text (`render`), `rows` of them."""
        self.file.write(text)
        self.rows += rows

    def close(self) -> None:
        self.file.close()


def _sorted_rows(name: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in the order `frame` sorts a table (a stable sort on its SORT_KEYS)."""
    keys = SORT_KEYS[name]
    return sorted(rows, key=lambda row: tuple(cell(row[k]) for k in keys))


def stream_documents(writers: dict[str, TableWriter], extractions: Iterable[Extraction]) -> None:
    """documents.csv and the four mention tables, one document at a time.

    In: extractions in doc_id order, each doc_id once (as the store gives them).  Out: rows written; only one
    document's rows are in memory at a time."""
    previous = None
    for extraction in extractions:
        doc_id = extraction.document.doc_id
        if previous is not None and doc_id <= previous:
            raise ValueError(f"extractions must come in doc_id order, each once: {doc_id!r} after {previous!r}")
        previous = doc_id
        writers["documents"].write([document_row(extraction, extraction.n_tokens)])
        for kind in MENTION_KINDS:
            writers[kind].write(_sorted_rows(kind, (mention_row(m) for m in extraction.of_kind(kind))))


def stream_events(writers: dict[str, TableWriter], events: Iterable[Event]) -> None:
    """events.csv and event_mentions.csv.  In: events in event_id order; those sharing an id stay together."""
    previous = None
    group: list[Event] = []

    def flush() -> None:
        writers["event_mentions"].write(
            _sorted_rows("event_mentions", (p.__dict__ for e in group for p in e.provenance))
        )

    for event in events:
        if previous is not None and event.event_id < previous:
            raise ValueError(f"events must come in event_id order: {event.event_id!r} after {previous!r}")
        if event.event_id != previous:
            flush()
            group = []
        previous = event.event_id
        group.append(event)
        writers["events"].write([event_row(event)])
    flush()


def write_outputs(
    out_dir: Path, extractions: Iterable[Extraction], events: Iterable[Event], *, raw_csv: bool = False
) -> dict[str, int]:
    """Write every contract file into `out_dir`; returns the number of rows per file.

    In: extractions in doc_id order (each once) and events in event_id order, both streamed: a table is written
    row by row, so memory does not grow with the archive (the bytes are those `tables` + `DataFrame.to_csv` give).
    Unless `raw_csv`, text cells a spreadsheet would run as formulas are defused (`defuse_formulas`); the store
    keeps the raw values.

    Every table is written to a temporary file first; only when all are complete are they
    renamed into place, so a failure (a full disk) leaves the previous set whole, never a mix.
    """
    if isinstance(extractions, Sequence):
        extractions = sorted(extractions, key=lambda e: e.document.doc_id)
    if isinstance(events, Sequence):
        events = sorted(events, key=lambda e: e.event_id)

    def fill(writers: dict[str, TableWriter]) -> None:
        stream_documents(writers, extractions)
        stream_events(writers, events)

    return _write_all(out_dir, raw_csv, fill)


def write_fragments(out_dir: Path, documents: Iterable[Fragments], events: Iterable[Fragments]) -> dict[str, int]:
    """Write every contract file from rows already rendered (`document_fragments`, `event_fragments`, default
    cells: formulas defused); returns the number of rows per file.

    In: each document's fragments in doc_id order, then each event_id's in event_id order.  Out: the bytes
    `write_outputs` writes for the same extractions and events, made by concatenation only (nothing parsed),
    atomically as `write_outputs` does."""

    def fill(writers: dict[str, TableWriter]) -> None:
        for fragments in documents:
            for name in DOCUMENT_TABLES:
                writers[name].write_text(*fragments[name])
        for fragments in events:
            for name in EVENT_TABLES:
                writers[name].write_text(*fragments[name])

    return _write_all(out_dir, False, fill)


def _write_all(out_dir: Path, raw_csv: bool, fill: Callable[[dict[str, TableWriter]], None]) -> dict[str, int]:
    """Open a temporary file per table, let `fill` write the rows, then rename them all into place (or remove
    them all on a failure); the number of rows per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out_dir)
    writers: dict[str, TableWriter] = {}
    try:
        for name in COLUMNS:
            writers[name] = TableWriter(name, out_dir, raw_csv)
        fill(writers)
        for writer in writers.values():
            writer.close()
    except OSError as err:
        _discard(writers)
        what = "disk full" if err.errno == errno.ENOSPC else (err.strerror or str(err))
        raise OutputsError(f"{what} while writing outputs to {out_dir}; the previous outputs are intact") from err
    except BaseException:
        _discard(writers)
        raise
    for name, writer in writers.items():
        os.replace(writer.temp, out_dir / f"{name}.csv")
    return {name: writer.rows for name, writer in writers.items()}


def _discard(writers: dict[str, TableWriter]) -> None:
    """Remove the temporary files of an export that failed."""
    for writer in writers.values():
        if not writer.file.closed:
            writer.file.close()
        writer.temp.unlink(missing_ok=True)
