"""One run: read inputs, extract what is new, reconcile, write the outputs.

In: input paths, an output folder and options (model, patterns folder, full/prune, engine
and workers, progress).  Out: the output folder's CSVs (see `pipeline.export`) and a
`RunSummary` of what happened.  Ingest streams into extraction and each batch is committed
to the store as it comes back, so memory does not grow with the number of articles and an
interrupted run keeps its work.  Documents whose content and pipeline fingerprint are
unchanged since the last run into the same folder are taken from the store instead.  After
extraction, agreement ids are linked across articles from the stored agreement mentions
(`pipeline.link`), the events of what changed are reconciled again and committed to the store
(`pipeline.stored_events`), and the outputs are streamed from the store, as the concatenation of the rows it
keeps per document and per event (`export`): no extraction or event is read back from its payload, no list of
every extraction is held, and a run that dies before writing them is finished by the next.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from .corrections import Corrector
from .engines import PipelineSettings, extract_all
from .export import Fragments, relinked, write_fragments, write_outputs
from .extract.frames import load_event_rules
from .ingest import DEFAULT_MAX_CHARS, JSONL_SUFFIXES, discover, read_documents
from .link import AgreementName, renamed_ids
from .link import renamed as linked
from .nlp import DEFAULT_MODEL, check_rules
from .normalize.agreements import load_agreement_rules
from .patterns import default_patterns_dir
from .records import MENTION_KINDS, Document, Extraction
from .store import STORE_NAME, Store, model_version, pipeline_fingerprint
from .stored_events import Inputs, stored_events, stored_fragments
from .stored_events import update as update_events

__all__ = ["ProgressBar", "RunSummary", "count_documents", "model_version", "pipeline_fingerprint", "run"]


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
    corrections: list[str] = field(default_factory=list)  # what patterns/corrections.csv did
    warnings: list[str] = field(default_factory=list)  # what a person should know although the run went on
    # Clusters (a document's frames merged within it) reconciled again, of how many stored: an incremental run
    # redoes only the connected components of blocks its new, changed and deleted documents touch.
    reconciled_clusters: int = 0
    stored_clusters: int = 0
    # Wall seconds per step, from the start of the run: extraction, load (read back the store, agreement ids,
    # corrections), reconcile, export, and after_extraction (the three after it): for benchmarks (--timings).
    phases: dict[str, float] = field(default_factory=dict)

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
        warnings = [f"warning: {warning}" for warning in self.warnings]
        return lines + self.corrections + warnings + [f"error: {failure}" for failure in self.failures]


class RunInterrupted(Exception):
    """Ctrl-C during extraction: what was committed stays in the store, and a re-run resumes from it."""

    def __init__(self, committed: int) -> None:
        super().__init__(
            f"interrupted: {committed} documents were extracted and committed to the store; "
            "run the same command again to go on from there"
        )
        self.committed = committed


class ProgressBar:
    """One carriage-return line on a terminal: documents done of total, documents per second, time left."""

    def __init__(self, total: int, *, stream: TextIO | None = None, every_seconds: float = 0.25) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.every_seconds = every_seconds
        self.done = 0
        self.started = self.shown = time.perf_counter()

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate and self.total >= self.done else None
        eta = f"{int(left) // 60}:{int(left) % 60:02d}" if left is not None else "?"
        return f"{self.done}/{self.total} documents  {rate:.1f} docs/s  ETA {eta}"

    def advance(self, count: int) -> None:
        self.done += count
        now = time.perf_counter()
        if now - self.shown >= self.every_seconds or self.done >= self.total:
            self.shown = now
            self.stream.write("\r" + self.line().ljust(60))
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + " " * 60 + "\r")
        self.stream.flush()


def count_documents(inputs: Iterable[Path | str]) -> int:
    """How many documents the inputs hold (a JSONL file holds one per non-blank line), without reading them."""
    total = 0
    for path, _root in discover(inputs):
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def follow_moves(store: Store, moved: dict[str, str], fingerprint: str) -> int:
    """Update the stored path of every reused document whose input now stands elsewhere (`moved`: doc_id -> where
    it stands now); how many moved."""
    store.put_many(
        (replace(e, document=replace(e.document, path=moved[e.document.doc_id])) for e in store.extractions(moved)),
        fingerprint,
    )
    return len(moved)


def link_and_correct(store: Store, patterns_dir: Path, stamp: str) -> Inputs:
    """What every document's frames and mentions become before reconcile and export: agreement ids linked across
    articles (from the stored agreement mentions only), and the reviewers' corrections with the mentions their map
    rows take names from."""
    names = (
        AgreementName(doc_id, *(tuple(v) if isinstance(v, list) else v for v in fields))
        for doc_id, mentions in store.agreement_names()
        for fields in mentions
    )
    renamed = renamed_ids(names, load_agreement_rules(str(patterns_dir)))
    corrector = Corrector.from_patterns(patterns_dir)
    references: list = []
    if any(c.action in ("map_leader", "map_agreement") for c in corrector.corrections):
        references = corrector.references(m for e in store.extractions() for m in linked(e, renamed).mentions)
    state = stamp + "|" + repr([m.row() for m in references])
    return Inputs(load_event_rules(patterns_dir), renamed, corrector, references, state)


def export(store: Store, inputs: Inputs, out_dir: Path, *, raw_csv: bool = False) -> dict[str, int]:
    """Write the output folder from the store; the number of rows per file.

    In: the store (extractions and reconciled events) and what linking and the corrections make of them.  By
    default the rows kept in the store are concatenated (`document_rows`, `stored_fragments`); with `raw_csv`, or
    corrections of mentions (which need every mention), every extraction and event is read back and written."""
    corrector = inputs.corrector
    if raw_csv or corrector.mention_rules:
        extractions = corrector.stream((linked(e, inputs.renamed) for e in store.extractions()), inputs.references)
        return write_outputs(out_dir, extractions, stored_events(store, corrector), raw_csv=raw_csv)
    return write_fragments(out_dir, document_rows(store, inputs), stored_fragments(store, corrector))


def document_rows(store: Store, inputs: Inputs) -> Iterator[Fragments]:
    """What the export writes for each document, in doc_id order: the rows kept in the store, with agreements.csv's
    rendered again for a document whose agreement ids linking changed."""
    for doc_id, rows in store.fragments():
        fragments = json.loads(rows)
        if doc_id in inputs.by_doc:
            fragments["agreements"] = relinked(fragments["agreement_rows"], doc_id, inputs.renamed)
        yield fragments


def count_statuses(store: Store, summary: RunSummary) -> None:
    """Documents by status in the summary, and one failure line per document in error."""
    failed = []
    for doc_id, status in store.statuses():
        summary.documents += 1
        summary.ok += status == "ok"
        summary.skipped += status == "skipped"
        if status == "error":
            failed.append(doc_id)
    for extraction in store.extractions(failed):
        summary.failed += 1
        summary.failures.append(f"{extraction.document.path}: {extraction.document.message}")


LOCK_NAME = ".press-events.lock"


class RunLocked(Exception):
    """Another run is writing to the same output folder."""


class OutputLock:
    """One run at a time per output folder: an exclusive lock on a file in it, released when the run ends
    (or its process dies), naming the run that holds it."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / LOCK_NAME

    def __enter__(self) -> OutputLock:
        self.handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            self.handle.close()
            raise RunLocked(
                f"another press-events run ({holder}) is writing to {self.path.parent}; "
                "wait for it to finish, or give this run another --out"
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        self.handle.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def run(
    inputs: Iterable[Path | str],
    out_dir: Path,
    *,
    model: str = DEFAULT_MODEL,
    patterns_dir: Path | None = None,
    full: bool = False,
    prune: bool = False,
    on_progress: Callable[[int], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    raw_csv: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Ingest, extract what is new (committing each batch), reconcile everything stored, write the outputs.

    `workers` processes (or a Dask cluster: `engine="dask"`, at `scheduler` or a LocalCluster) extract;
    the outputs are the same whatever the engine and the number of workers.  `progress` draws a
    `ProgressBar` on stderr; `on_progress` is called with each number of documents done.
    """
    started = time.perf_counter()
    inputs = list(inputs)
    patterns_dir = Path(patterns_dir) if patterns_dir else default_patterns_dir()
    check_rules(patterns_dir)
    summary = RunSummary()
    out_dir.mkdir(parents=True, exist_ok=True)
    with OutputLock(out_dir):
        stamp = pipeline_fingerprint(model, patterns_dir)
        bar = ProgressBar(count_documents(inputs)) if progress else None

        def done(count: int) -> None:
            if bar:
                bar.advance(count)
            if on_progress:
                on_progress(count)

        with Store(out_dir / STORE_NAME) as store:
            if store.set_aside:
                summary.warnings.append(
                    f"the store was not readable, so it was set aside as {store.set_aside.name} and rebuilt "
                    "(it is a cache: nothing the outputs need was lost)"
                )
            present: set[str] = set()  # the documents read, kept for --prune only (an archive's every doc_id)
            moved: dict[str, str] = {}  # doc_id -> where the input of a reused document stands now, if elsewhere

            def reusable(doc_id: str, sha256: str, where: str) -> bool:
                """Counts a stored, current article as reused, so ingest need not decode it."""
                if full or not store.is_current(doc_id, sha256, stamp):
                    return False
                if prune:
                    present.add(doc_id)
                if store.input_path(doc_id) != where:
                    moved[doc_id] = where
                summary.reused += 1
                done(1)
                return True

            def to_extract() -> Iterator[Document]:
                """Streams ingest: stores failed and skipped documents, yields the ones to extract."""
                for document in read_documents(inputs, patterns_dir=patterns_dir, skip=reusable, max_chars=max_chars):
                    if prune:
                        present.add(document.doc_id)
                    if document.status != "ok":
                        # Stored too, so documents.csv always lists them.
                        store.put_many([Extraction(document=document)], stamp)
                        done(1)
                    else:
                        yield document

            settings = PipelineSettings(model=model, patterns_dir=str(patterns_dir), fingerprint=stamp)
            try:
                for batch in extract_all(to_extract(), settings, engine=engine, workers=workers, scheduler=scheduler):
                    store.put_many(sorted(batch, key=lambda e: e.document.doc_id), stamp)
                    summary.extracted += len(batch)
                    done(len(batch))
            except KeyboardInterrupt:
                raise RunInterrupted(summary.extracted) from None
            finally:
                if bar:
                    bar.close()
            summary.phases["extraction"] = time.perf_counter() - started
            if prune:
                gone = [doc_id for doc_id in store.doc_ids() if doc_id not in present]
                store.delete(gone)
                summary.pruned = len(gone)
            follow_moves(store, moved, stamp)
            inputs = link_and_correct(store, patterns_dir, stamp)
            loaded = time.perf_counter()
            # The events are committed to the store before any output is written.
            stats = update_events(store, inputs, full=full)
            summary.reconciled_clusters = stats.clusters
            summary.stored_clusters = store.connection.execute("SELECT count(*) FROM clusters").fetchone()[0]
            reconciled = time.perf_counter()
            corrector = inputs.corrector
            counts = export(store, inputs, out_dir, raw_csv=raw_csv)
            exported = time.perf_counter()
            count_statuses(store, summary)
        summary.phases.update(
            load=loaded - started - summary.phases["extraction"],
            reconcile=reconciled - loaded,
            export=exported - reconciled,
            after_extraction=exported - started - summary.phases["extraction"],
        )
        summary.mentions = {kind: counts[kind] for kind in MENTION_KINDS}
        summary.events = counts["events"]
        summary.corrections = corrector.lines()
        summary.seconds = time.perf_counter() - started
        return summary
