"""The embedded store: per-document extraction results kept between runs.

In: `Extraction`s (one per document) with the pipeline fingerprint they were made under.
Out: the same `Extraction`s back, and which documents need extracting again (new content,
or a different fingerprint).  SQLite in WAL mode; every `put_many` is one transaction, so
an interrupted run keeps everything committed before it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from .records import MENTION_TYPES, Document, Extraction, Frame

STORE_NAME = "store.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    payload TEXT NOT NULL
);
"""


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


class Store:
    """Extraction results by doc_id, with the content hash and fingerprint they were made from."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(self.path)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.executescript(SCHEMA)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_current(self, document: Document, fingerprint: str) -> bool:
        row = self.connection.execute(
            "SELECT sha256, fingerprint FROM extractions WHERE doc_id = ?", (document.doc_id,)
        ).fetchone()
        return row is not None and row == (document.sha256, fingerprint)

    def put_many(self, extractions: Iterable[Extraction], fingerprint: str) -> None:
        rows = [(e.document.doc_id, e.document.sha256, fingerprint, to_json(e)) for e in extractions]
        with self.connection:
            self.connection.executemany(
                "INSERT OR REPLACE INTO extractions (doc_id, sha256, fingerprint, payload) VALUES (?, ?, ?, ?)", rows
            )

    def doc_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT doc_id FROM extractions ORDER BY doc_id")]

    def delete(self, doc_ids: Iterable[str]) -> None:
        with self.connection:
            self.connection.executemany("DELETE FROM extractions WHERE doc_id = ?", [(d,) for d in doc_ids])

    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, ordered by doc_id."""
        for (payload,) in self.connection.execute("SELECT payload FROM extractions ORDER BY doc_id"):
            yield from_json(payload)
