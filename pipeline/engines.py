"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.

In: a stream of `Document`s (status ok) and the pipeline settings (model, patterns folder).
Out: a stream of lists of `Extraction`s, one list per batch of documents, in no promised
order (the store keys them by doc_id, so the outputs do not depend on it).  Every worker
builds the pipeline once (a per-process cache) and a document whose extraction raises
comes back as an `error` extraction instead of stopping the run.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_document
from .nlp import CHUNK_CHARS, ModelNotFound, build_nlp, parse
from .patterns import PatternError
from .records import Document, Extraction
from .store import pipeline_fingerprint

BATCH_SIZE = 16
# Documents per task sent to a pool worker: small, so that no worker idles while another finishes a long last task.
TASK_SIZE = 4
# Batches queued per worker: enough to keep workers busy, few enough to keep memory flat.
BATCHES_IN_FLIGHT_PER_WORKER = 2
ENGINES = ("local", "dask")


@dataclass(frozen=True)
class PipelineSettings:
    """What a worker needs to build the same pipeline as every other worker."""

    model: str
    patterns_dir: str
    # Part of the cache key: a long-lived process whose rule files changed builds its pipeline again.
    fingerprint: str = ""


class WorkerMismatch(Exception):
    """A Dask worker's pipeline fingerprint differs from this machine's."""


# spaCy gives no promise that one Language may run in two threads at once.
_pipeline_lock = threading.Lock()


@lru_cache(maxsize=1)
def cached_nlp(settings: PipelineSettings) -> Language:
    """The pipeline of this process, built the first time a batch needs it."""
    return build_nlp(settings.model, patterns_dir=settings.patterns_dir)


def failed(document: Document, err: BaseException) -> Extraction:
    return Extraction(document=replace(document, status="error", message=f"extraction failed: {err!r}"))


def extract_batch(documents: list[Document], settings: PipelineSettings) -> list[Extraction]:
    """A batch through the pipeline; if the batch raises, each document is retried alone so only the bad one fails."""
    with _pipeline_lock:
        nlp = cached_nlp(settings)
        try:
            return [extract_document(doc, document=document) for doc, document in parsed(nlp, documents)]
        except (PatternError, ModelNotFound):
            raise
        except Exception:
            if len(documents) == 1:
                raise
        results = []
        for document in documents:
            try:
                results.append(extract_document(parse(nlp, document.text), document=document))
            except (PatternError, ModelNotFound):
                raise
            except Exception as err:
                results.append(failed(document, err))
        return results


def parsed(nlp: Language, documents: list[Document]) -> Iterator[tuple[Doc, Document]]:
    """Each document with its doc: the usual ones through `nlp.pipe`, a very long one in pieces (`parse`)."""
    usual = [d for d in documents if len(d.text) <= CHUNK_CHARS]
    yield from nlp.pipe(((d.text, d) for d in usual), as_tuples=True, batch_size=BATCH_SIZE)
    for document in documents:
        if len(document.text) > CHUNK_CHARS:
            yield parse(nlp, document.text), document


class WorkerPatternError(PatternError):
    """A malformed rule file met inside a worker: a `PatternError` that survives the trip back to the caller."""

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)

    def __reduce__(self) -> tuple[type, tuple[str]]:
        return WorkerPatternError, (str(self),)


def extract_batch_safely(documents: list[Document], settings: PipelineSettings) -> list[Extraction]:
    """A malformed rule file or a missing model stops the run; any other failure fails its document alone."""
    try:
        return extract_batch(documents, settings)
    except PatternError as err:
        raise WorkerPatternError(str(err)) from None
    except ModelNotFound:
        raise
    except Exception as err:  # the pipeline itself failed: every document of the batch says why
        return [failed(document, err) for document in documents]


def warm_up(settings: PipelineSettings) -> str:
    """Build the worker's pipeline now (not on its first batch); returns the worker's pipeline fingerprint."""
    try:
        cached_nlp(settings)
    except PatternError as err:
        raise WorkerPatternError(str(err)) from None
    return pipeline_fingerprint(settings.model, Path(settings.patterns_dir))


def start_pool_worker(settings: PipelineSettings) -> None:
    """Build the pipeline, and exit when the parent dies: a parent killed with -9 cannot stop its workers itself."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (parent.join(), os._exit(1)), daemon=True).start()
    # A failing initializer breaks the pool without a word; the first batch raises the same error with its message.
    with suppress(Exception):
        warm_up(settings)


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    stream = iter(documents)
    while batch := list(islice(stream, size)):
        yield batch


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def bounded(submit: Any, work: Iterable[list[Document]], limit: int) -> Iterator[Any]:
    """Submit batches while at most `limit` are pending; yield each future once it is the oldest."""
    pending: deque[Any] = deque()
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def extract_locally(
    documents: Iterable[Document], settings: PipelineSettings, *, workers: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[list[Extraction]]:
    """In this process, or in a pool of processes that each build the pipeline once.

    The pool starts only for more than a batch per worker: for fewer, starting processes costs more than it saves.
    It gets tasks of `TASK_SIZE` documents.
    """
    stream = iter(documents)
    head = list(islice(stream, batch_size * workers)) if workers > 1 else []
    if workers <= 1 or len(head) < batch_size * workers:
        for batch in batches(chain(head, stream), batch_size):
            yield extract_batch_safely(batch, settings)
        return
    # spawn: a clean interpreter per worker, the same on every OS, and safe beside threads.
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_pool_worker,
        initargs=(settings,),
    ) as pool:

        def submit(batch: list[Document]) -> Future[list[Extraction]]:
            return pool.submit(extract_batch_safely, batch, settings)

        work = batches(chain(head, stream), min(batch_size, TASK_SIZE))
        for future in bounded(submit, work, workers * BATCHES_IN_FLIGHT_PER_WORKER):
            yield future.result()


def extract_on_dask(
    documents: Iterable[Document],
    settings: PipelineSettings,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[list[Extraction]]:
    """On a Dask cluster: the one at `scheduler` (tcp://HOST:PORT), else a LocalCluster of `workers` processes.

    Workers need this package, the model and the patterns folder (same path) installed.
    """
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        # A worker with another model, rules or package version would silently change the outputs.
        expected = pipeline_fingerprint(settings.model, Path(settings.patterns_dir))
        if wrong := sorted(worker for worker, got in client.run(warm_up, settings).items() if got != expected):
            raise WorkerMismatch(f"Dask workers {', '.join(wrong)} differ in model, rules or package version")
        limit = max(1, sum(client.nthreads().values())) * BATCHES_IN_FLIGHT_PER_WORKER

        def submit(batch: list[Document]) -> Any:
            # pure=False: two batches with equal content are still two tasks.
            return client.submit(extract_batch_safely, batch, settings, pure=False)

        for future in bounded(submit, batches(documents, batch_size), limit):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_all(
    documents: Iterable[Document],
    settings: PipelineSettings,
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[list[Extraction]]:
    """Extraction batches from the chosen engine; nothing is started (no model loaded) when there is no document.

    A missing model or a malformed rule file stops the run with its own error, from whichever process met it.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}' (expected one of: {', '.join(ENGINES)})")
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return
    stream = chain([first], stream)
    if engine == "dask":
        yield from extract_on_dask(stream, settings, scheduler=scheduler, workers=workers)
    else:
        yield from extract_locally(stream, settings, workers=workers)
