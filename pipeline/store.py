"""The embedded store: per-document extraction results kept between runs.

In: `Extraction`s (one per document) with the pipeline fingerprint they were made under.
Out: the same `Extraction`s back (whole, streamed in doc_id order), or only what a later stage reads of
them: a document's frames, published day and sentence bounds (`frames`, for reconcile) with their digest
(column `digest`, compared by `pipeline.stored_events.changes`), its input path (`input_path`), its agreement
mentions (`agreement_names`, for linking) and the rows the export writes for it
(`fragments`: CSV text per table), kept in columns of their own so that reading them parses no whole
extraction; and which documents need extracting again (new content, a different fingerprint, or an extraction
that failed last time).  SQLite in WAL mode; every `put_many` is one transaction, so an interrupted run (even
kill -9) keeps everything committed before it.  The reconciled events live here too (tables created here,
written by `pipeline.stored_events`).  A store of schema 2 or 3 gains the new columns (filled once from its
payloads; its events are reconciled again); one from an older schema is emptied, not migrated.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import spacy

from . import __version__
from .export import agreement_rows, document_fragments
from .patterns import fingerprint as patterns_fingerprint
from .records import MENTION_TYPES, Document, Extraction, Frame

STORE_NAME = "store.sqlite"
SCHEMA_VERSION = 4
SCHEMA = """
DROP TABLE IF EXISTS extractions;
CREATE TABLE extractions (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL,
    payload TEXT NOT NULL,
    path TEXT,
    frames TEXT,
    agreements TEXT,
    rows TEXT,
    digest TEXT
);
"""
# The columns a later stage reads instead of the payload, by the schema that added them: a store of an older
# schema (2 or 3) gains the ones it lacks, filled from its payloads.
ADDED_COLUMNS = {3: ("path", "frames", "agreements"), 4: ("rows", "digest")}
# Reconciled events (see pipeline.stored_events): the event rows, keyed by the first cluster of their frames;
# each document's clusters with their blocking keys and the event they went into; what each document's frames
# were when they were last reconciled; and the state (fingerprint, corrections) of that reconcile.
EVENT_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL, cluster_no INTEGER NOT NULL, event_id TEXT NOT NULL, anchored INTEGER NOT NULL,
    payload TEXT NOT NULL, rows TEXT NOT NULL, PRIMARY KEY (doc_id, cluster_no)
);
CREATE INDEX IF NOT EXISTS events_order ON events (event_id, doc_id, cluster_no);
CREATE TABLE IF NOT EXISTS clusters (
    doc_id TEXT NOT NULL, cluster_no INTEGER NOT NULL, keys TEXT NOT NULL, event_doc TEXT NOT NULL,
    event_no INTEGER NOT NULL, meets TEXT NOT NULL, PRIMARY KEY (doc_id, cluster_no)
);
CREATE TABLE IF NOT EXISTS cluster_keys (key TEXT NOT NULL, doc_id TEXT NOT NULL, cluster_no INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS cluster_keys_key ON cluster_keys (key, doc_id, cluster_no);
CREATE INDEX IF NOT EXISTS cluster_keys_doc ON cluster_keys (doc_id);
CREATE TABLE IF NOT EXISTS reconciled (doc_id TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reconcile_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
EVENT_TABLES = ("events", "clusters", "cluster_keys", "reconciled", "reconcile_state")


def _is_corrupt(err: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file is no database (as opposed to: read-only, locked, no room)."""
    return "not a database" in str(err) or "malformed" in str(err)


def model_version(model: str) -> str:
    """The installed version of a model package or folder, without loading it."""
    path = Path(model)
    if path.exists():
        meta = spacy.util.load_meta(path / "meta.json") if (path / "meta.json").exists() else {}
        return f"{meta.get('name', path.name)} {meta.get('version', '')}"
    return f"{model} {spacy.util.get_package_version(model) or ''}"


def code_fingerprint() -> str:
    """A hash of this package's source: an editable install changes code without changing its version."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def pipeline_fingerprint(model: str, patterns_dir: Path) -> str:
    """Changes whenever the model, a rule file, or this package's version or code changes."""
    parts = [model_version(model), patterns_fingerprint(patterns_dir), __version__, code_fingerprint()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def to_json(extraction: Extraction) -> str:
    return json.dumps(
        {
            "document": asdict(extraction.document),
            "n_tokens": extraction.n_tokens,
            "sentences": extraction.sentences,
            "mentions": [{"kind": m.kind, **asdict(m)} for m in extraction.mentions],
            "frames": [asdict(f) for f in extraction.frames],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def frames_json(extraction: Extraction) -> str:
    """What reconcile reads of a document: its published day, sentence bounds and frames."""
    return json.dumps(
        {
            "published": extraction.document.published,
            "sentences": extraction.sentences,
            "frames": [asdict(f) for f in extraction.frames],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def agreements_json(extraction: Extraction) -> str:
    """What linking reads of a document: its agreement mentions (id, type, name, parties, year), in order."""
    return json.dumps(
        [[m.agreement_id, m.type, m.name, list(m.parties), m.year] for m in extraction.of_kind("agreements")],
        ensure_ascii=False,
    )


@dataclass(frozen=True)
class DocumentFrames:
    """A document as reconcile reads it."""

    doc_id: str
    published: str
    sentences: tuple[tuple[int, int], ...]
    frames: tuple[Frame, ...]


def _frame(fields: dict) -> Frame:
    return Frame(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})


def frames_from_json(doc_id: str, payload: str) -> DocumentFrames:
    data = json.loads(payload)
    return DocumentFrames(
        doc_id,
        data["published"],
        tuple(tuple(s) for s in data["sentences"]),
        tuple(_frame(f) for f in data["frames"]),
    )


def from_json(payload: str) -> Extraction:
    data = json.loads(payload)
    mentions = []
    for fields in data["mentions"]:
        cls = MENTION_TYPES[fields.pop("kind")]
        if "parties" in fields:
            fields["parties"] = tuple(fields["parties"])
        mentions.append(cls(**fields))
    return Extraction(
        document=Document(**data["document"]),
        n_tokens=data.get("n_tokens"),
        sentences=tuple(tuple(s) for s in data["sentences"]),
        mentions=tuple(mentions),
        frames=tuple(_frame(f) for f in data.get("frames", ())),
    )


def rows_json(extraction: Extraction) -> str:
    """What the export writes for a document (`pipeline.export.document_fragments`: its rows of documents.csv and
    the mention tables, as CSV text, with their counts), so that an export never reads the payload back."""
    return json.dumps(
        {**document_fragments(extraction), "agreement_rows": agreement_rows(extraction)}, ensure_ascii=False
    )


def frames_digest(frames: str) -> str:
    """A hash of a document's `frames` column: unchanged frames, unchanged hash."""
    return hashlib.sha1(frames.encode()).hexdigest()


def _derived(extraction: Extraction) -> tuple[str, str, str, str, str]:
    """The columns read instead of the payload: path, frames, agreements, rows and the frames' digest."""
    frames = frames_json(extraction)
    return (
        extraction.document.path,
        frames,
        agreements_json(extraction),
        rows_json(extraction),
        frames_digest(frames),
    )


def _row(extraction: Extraction, fingerprint: str) -> tuple:
    document = extraction.document
    return (document.doc_id, document.sha256, fingerprint, document.status, to_json(extraction), *_derived(extraction))


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    """Give a store of schema `version` (2 or 3) the columns it lacks, filled from the payloads; one transaction."""
    with connection:
        for table in EVENT_TABLES:  # made again by the next reconcile (its state is gone with them)
            connection.execute(f"DROP TABLE IF EXISTS {table}")
        for added in range(version + 1, SCHEMA_VERSION + 1):
            for column in ADDED_COLUMNS[added]:
                connection.execute(f"ALTER TABLE extractions ADD COLUMN {column} TEXT")
        for (doc_id,) in list(connection.execute("SELECT doc_id FROM extractions")):
            (payload,) = connection.execute("SELECT payload FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
            connection.execute(
                "UPDATE extractions SET path = ?, frames = ?, agreements = ?, rows = ?, digest = ? WHERE doc_id = ?",
                (*_derived(from_json(payload)), doc_id),
            )
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


class StoreError(Exception):
    """The store cannot be used (not writable, locked); the message says what to do."""


class Store:
    """Extraction results by doc_id, with the content hash and fingerprint they were made from.

    The store is a cache: a file that is not a readable store is moved aside
    (`store.sqlite.corrupt-<time>`, named in `set_aside`) and a new one is started.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.set_aside: Path | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = self._open()
        except sqlite3.DatabaseError as err:
            if not _is_corrupt(err):
                raise StoreError(f"cannot use the store {self.path}: {err}") from None
            self.set_aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
            self.path.rename(self.set_aside)
            for leftover in (f"{self.path.name}-wal", f"{self.path.name}-shm"):
                self.path.with_name(leftover).unlink(missing_ok=True)
            self.connection = self._open()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a commit survives a killed process (not a power cut), at a fraction of FULL's cost.
            connection.execute("PRAGMA synchronous=NORMAL")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version in (2, 3):
                _migrate(connection, version)
            elif version != SCHEMA_VERSION:
                connection.executescript(SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
            connection.executescript(EVENT_SCHEMA)
            connection.execute("SELECT count(*) FROM extractions").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_current(self, doc_id: str, sha256: str, fingerprint: str) -> bool:
        """Whether the stored extraction of `doc_id` was made from this content, by this pipeline, and succeeded."""
        row = self.connection.execute(
            "SELECT sha256, fingerprint, status FROM extractions WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return row is not None and row == (sha256, fingerprint, "ok")

    def put_many(self, extractions: Iterable[Extraction], fingerprint: str) -> None:
        """Store (or replace) extractions in one transaction: all of them are kept, or none."""
        rows = [_row(e, fingerprint) for e in extractions]
        try:
            with self.connection:
                self.connection.executemany(
                    "INSERT OR REPLACE INTO extractions (doc_id, sha256, fingerprint, status, payload, path, frames,"
                    " agreements, rows, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.OperationalError as err:
            raise StoreError(f"cannot write to the store {self.path}: {err}") from None

    def doc_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT doc_id FROM extractions ORDER BY doc_id")]

    def delete(self, doc_ids: Iterable[str]) -> None:
        with self.connection:
            self.connection.executemany("DELETE FROM extractions WHERE doc_id = ?", [(d,) for d in doc_ids])

    def extractions(self, doc_ids: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Every stored extraction (or those of `doc_ids`), ordered by doc_id, one at a time."""
        if doc_ids is not None:
            for doc_id in sorted(set(doc_ids)):
                row = self.connection.execute("SELECT payload FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
                if row:
                    yield from_json(row[0])
            return
        for (payload,) in self.connection.execute("SELECT payload FROM extractions ORDER BY doc_id"):
            yield from_json(payload)

    def input_path(self, doc_id: str) -> str | None:
        """Where the stored document's input stood when it was last stored (None: not stored)."""
        row = self.connection.execute("SELECT path FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def statuses(self) -> Iterator[tuple[str, str]]:
        """(doc_id, status) of every stored document, ordered by doc_id."""
        yield from self.connection.execute("SELECT doc_id, status FROM extractions ORDER BY doc_id")

    def frames(self, doc_ids: Iterable[str] | None = None) -> Iterator[DocumentFrames]:
        """What reconcile reads of every document (or of `doc_ids`), ordered by doc_id."""
        if doc_ids is None:
            rows: Iterable[tuple[str, str]] = self.connection.execute(
                "SELECT doc_id, frames FROM extractions ORDER BY doc_id"
            )
        else:
            rows = self._by_id("frames", doc_ids)
        for doc_id, payload in rows:
            yield frames_from_json(doc_id, payload)

    def _by_id(self, column: str, doc_ids: Iterable[str]) -> Iterator[tuple[str, str]]:
        for doc_id in sorted(set(doc_ids)):
            row = self.connection.execute(f"SELECT {column} FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
            if row:
                yield doc_id, row[0]

    def clusters_under(self, keys: Sequence[str]) -> Iterator[tuple[str, str, int, str, str]]:
        """(key, doc_id, cluster_no, keys, meets) of the reconciled clusters holding any of `keys` (see
        pipeline.closure), one row at a time: a key of a large archive (a leader's year) may hold thousands."""
        marks = ",".join("?" * len(keys))
        yield from self.connection.execute(
            "SELECT k.key, c.doc_id, c.cluster_no, c.keys, c.meets FROM cluster_keys k JOIN clusters c"
            f" ON c.doc_id = k.doc_id AND c.cluster_no = k.cluster_no WHERE k.key IN ({marks})",
            list(keys),
        )

    def first_holders(self, key: str, skip: set[str]) -> tuple[str, int] | None:
        """The first reconciled cluster (doc_id, cluster_no) holding `key`, of a document not in `skip`."""
        rows = self.connection.execute(
            "SELECT doc_id, cluster_no FROM cluster_keys WHERE key = ? ORDER BY doc_id, cluster_no", (key,)
        )
        return next(((doc_id, number) for doc_id, number in rows if doc_id not in skip), None)

    def fragments(self) -> Iterator[tuple[str, str]]:
        """(doc_id, rows) of every document, ordered by doc_id: what the export writes for it (`rows_json`)."""
        yield from self.connection.execute("SELECT doc_id, rows FROM extractions ORDER BY doc_id")

    def agreement_names(self) -> Iterator[tuple[str, list]]:
        """(doc_id, [[agreement_id, type, name, parties, year], ...]) of every document, ordered by doc_id."""
        for doc_id, payload in self.connection.execute("SELECT doc_id, agreements FROM extractions ORDER BY doc_id"):
            yield doc_id, json.loads(payload)
