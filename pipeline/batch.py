"""One run: read inputs, extract what is new, reconcile, write the outputs.

In: input paths, an output folder and options (model, patterns folder, full/prune).
Out: the output folder's CSVs (see `pipeline.export`) and a `RunSummary` of what
happened.  Documents whose content and pipeline fingerprint are unchanged since the last
run into the same folder are taken from the store instead of being extracted again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from . import __version__
from .extract import extract_document
from .export import write_outputs
from .ingest import read_documents
from .nlp import DEFAULT_MODEL, build_nlp
from .patterns import default_patterns_dir, fingerprint
from .reconcile import reconcile
from .records import MENTION_KINDS, Document, Extraction
from .store import STORE_NAME, Store

BATCH_SIZE = 16


@dataclass
class RunSummary:
    documents: int = 0
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    extracted: int = 0
    reused: int = 0
    pruned: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    events: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{kind} {self.mentions.get(kind, 0)}" for kind in MENTION_KINDS)
        lines = [
            f"documents: {self.documents} ({self.ok} ok, {self.skipped} skipped, {self.failed} failed;"
            f" {self.extracted} extracted, {self.reused} reused from the store"
            + (f", {self.pruned} pruned" if self.pruned else "")
            + ")",
            f"mentions: {kinds}",
            f"events: {self.events}",
            f"time: {self.seconds:.1f} s",
        ]
        return lines + [f"error: {failure}" for failure in self.failures]


def model_version(model: str) -> str:
    """The installed version of a model package or folder, without loading it."""
    path = Path(model)
    if path.exists():
        meta = spacy.util.load_meta(path / "meta.json") if (path / "meta.json").exists() else {}
        return f"{meta.get('name', path.name)} {meta.get('version', '')}"
    return f"{model} {spacy.util.get_package_version(model) or ''}"


def pipeline_fingerprint(model: str, patterns_dir: Path) -> str:
    """Changes whenever the model, a rule file or this package's version changes."""
    parts = [model_version(model), fingerprint(patterns_dir), __version__]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def extract_documents(nlp: Language, documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Run the pipeline over documents (all with status ok) and yield their extractions."""
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_document(doc, document=document)


def run(
    inputs: Iterable[Path | str],
    out_dir: Path,
    *,
    model: str = DEFAULT_MODEL,
    patterns_dir: Path | None = None,
    full: bool = False,
    prune: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    started = time.perf_counter()
    patterns_dir = Path(patterns_dir) if patterns_dir else default_patterns_dir()
    summary = RunSummary()
    documents = list(read_documents(inputs, patterns_dir=patterns_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = pipeline_fingerprint(model, patterns_dir)
    with Store(out_dir / STORE_NAME) as store:
        pending = [d for d in documents if d.status == "ok" and (full or not store.is_current(d, stamp))]
        summary.reused = sum(1 for d in documents if d.status == "ok") - len(pending)
        # Failed and skipped documents are stored too, so documents.csv always lists them.
        store.put_many((Extraction(document=d) for d in documents if d.status != "ok"), stamp)
        if pending:
            nlp = build_nlp(model, patterns_dir=patterns_dir)
            batch: list[Extraction] = []
            for extraction in extract_documents(nlp, pending):
                batch.append(extraction)
                summary.extracted += 1
                if on_progress:
                    on_progress(1)
                if len(batch) >= BATCH_SIZE:
                    store.put_many(batch, stamp)
                    batch = []
            store.put_many(batch, stamp)
        if prune:
            current = {d.doc_id for d in documents}
            gone = [doc_id for doc_id in store.doc_ids() if doc_id not in current]
            store.delete(gone)
            summary.pruned = len(gone)
        extractions = list(store.extractions())
    events = reconcile(extractions, patterns_dir=patterns_dir)
    counts = write_outputs(out_dir, extractions, events)
    summary.documents = len(extractions)
    for extraction in extractions:
        status = extraction.document.status
        summary.ok += status == "ok"
        summary.skipped += status == "skipped"
        if status == "error":
            summary.failed += 1
            summary.failures.append(f"{extraction.document.path}: {extraction.document.message}")
    summary.mentions = {kind: counts[kind] for kind in MENTION_KINDS}
    summary.events = counts["events"]
    summary.seconds = time.perf_counter() - started
    return summary
