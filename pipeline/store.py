"""The embedded store: per-document extraction results kept between runs.

In: `Extraction`s (one per document) with the pipeline fingerprint they were made under.
Out: the same `Extraction`s back, and which documents need extracting again (new content,
a different fingerprint, or an extraction that failed last time).  SQLite in WAL mode;
every `put_many` is one transaction, so an interrupted run (even kill -9) keeps everything
committed before it.  The store is a cache: one from an older schema is emptied, not migrated.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

import spacy

from . import __version__
from .patterns import fingerprint as patterns_fingerprint
from .records import MENTION_TYPES, Document, Extraction, Frame

STORE_NAME = "store.sqlite"
SCHEMA_VERSION = 2
SCHEMA = """
DROP TABLE IF EXISTS extractions;
CREATE TABLE extractions (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL,
    payload TEXT NOT NULL
);
"""


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
        frames=tuple(
            Frame(**{k: tuple(v) if isinstance(v, list) else v for k, v in f.items()}) for f in data.get("frames", ())
        ),
    )


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
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                connection.executescript(SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
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
        rows = [(e.document.doc_id, e.document.sha256, fingerprint, e.document.status, to_json(e)) for e in extractions]
        try:
            with self.connection:
                self.connection.executemany(
                    "INSERT OR REPLACE INTO extractions (doc_id, sha256, fingerprint, status, payload)"
                    " VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.OperationalError as err:
            raise StoreError(f"cannot write to the store {self.path}: {err}") from None

    def doc_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT doc_id FROM extractions ORDER BY doc_id")]

    def delete(self, doc_ids: Iterable[str]) -> None:
        with self.connection:
            self.connection.executemany("DELETE FROM extractions WHERE doc_id = ?", [(d,) for d in doc_ids])

    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, ordered by doc_id."""
        for (payload,) in self.connection.execute("SELECT payload FROM extractions ORDER BY doc_id"):
            yield from_json(payload)
