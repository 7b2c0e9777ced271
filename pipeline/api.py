"""The library API: press-events from a notebook, a script or another spaCy pipeline.

In: texts, or records (dicts with `id` and `text`, optionally `title`, `published`, `url`,
`source`, as in a JSONL input), and optionally a rules folder and a spaCy model.
Out: `process` returns the tables of docs/output-contract.md as pandas DataFrames, keyed by
file stem ("documents", "leaders", "dates", "money", "agreements", "events",
"event_mentions"): the same rows a `press-events run` writes, without touching the disk.
`load` returns the spaCy `Language` with our components, for `nlp(text)` and `doc.spans`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language

from .corrections import Corrector
from .engines import parsed
from .export import tables
from .extract import extract_document
from .ingest import document_from_record
from .link import one_id_per_document
from .nlp import DEFAULT_MODEL, build_nlp, check_rules
from .patterns import default_patterns_dir
from .reconcile import reconcile
from .records import Document, Extraction

TEXT_ID_FORMAT = "doc-{:04d}"  # ids of plain texts, by their position (1-based)


def load(model: str = DEFAULT_MODEL, *, patterns: Path | str | None = None) -> Language:
    """The spaCy pipeline `model` plus our rule components, with the rules of `patterns` (default: patterns/)."""
    return build_nlp(model, patterns_dir=patterns)


def process(
    items: Iterable[str | Mapping[str, Any]],
    *,
    patterns: Path | str | None = None,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
) -> dict[str, pd.DataFrame]:
    """Every output table for these texts or records; `nlp` (from `load`) saves loading the model again.

    A text gets the id doc-0001, doc-0002 ... by its position.  A record without `id` or `text`,
    or an id given twice, raises ValueError before anything is processed.
    """
    patterns_dir = Path(patterns) if patterns else default_patterns_dir()
    check_rules(patterns_dir)
    documents = _documents(items, patterns_dir)
    nlp = nlp or load(model, patterns=patterns_dir)
    readable = [d for d in documents if d.status == "ok"]
    extracted = {document.doc_id: extract_document(doc, document=document) for doc, document in parsed(nlp, readable)}
    extractions = [extracted.get(d.doc_id) or Extraction(document=d) for d in documents]
    corrector = Corrector.from_patterns(patterns_dir)
    extractions = corrector.extractions(one_id_per_document(extractions, patterns_dir))
    events = corrector.events(reconcile(extractions, patterns_dir=patterns_dir))
    return tables(extractions, events)


def _documents(items: Iterable[str | Mapping[str, Any]], patterns_dir: Path) -> list[Document]:
    documents: list[Document] = []
    seen: set[str] = set()
    for position, item in enumerate(items, start=1):
        record = {"id": TEXT_ID_FORMAT.format(position), "text": item} if isinstance(item, str) else dict(item)
        if not str(record.get("id") or "").strip() or not isinstance(record.get("text"), str):
            raise ValueError(f"item {position}: a record needs an 'id' and a 'text' string")
        document = document_from_record(record, path=f"<item {position}>", patterns_dir=patterns_dir)
        if document.doc_id in seen:
            raise ValueError(f"item {position}: the id {document.doc_id!r} is given twice")
        seen.add(document.doc_id)
        documents.append(document)
    return documents
