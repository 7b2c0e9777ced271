"""Reconciled events kept in the store, recomputed only where documents changed.

In: an open `Store` (every document's frames, in their own column), the agreement ids linked across articles
(`pipeline.link`), the reviewers' corrections and the event rules.  Out: the store's event tables brought up
to date in one transaction (`update`), and the events read back in event_id order (`stored_events`), as
`reconcile.reconcile` followed by `Corrector.events` gives them over all documents.

What is kept: each document's clusters (its frames merged within it) with their blocking keys, what they offer
to a block (`closure.meets`) and the event each went into; the events, keyed by their first cluster, with the
rows the export writes for them (`stored_fragments`); and a digest of the frames each document had when it was
last reconciled.  A run compares the digests: a new, changed or deleted document's clusters, and every stored
cluster linked to them through a shared key and a date (and country) they could agree on (`closure.reach`:
closed, so whole groups of clusters that could merge, far smaller than whole connected components of blocks),
are reconciled again, with the reprint test over the whole of their documents; every other event stays as
stored.  `merge_groups` merges such a closed set exactly as it does among all clusters when it takes the blocks
in their order among all clusters (`block_order`), so the events, their ids (hashes of their first report) and
their order equal a full reconcile's (tests/test_incremental_closure.py checks it on random archives).  A changed
pipeline fingerprint or corrections (`state`), or `full`, reconciles everything again, the same way: every
document's clusters are stored first (one document at a time), then split into closed sets (`closure.components`),
which are reconciled batch by batch, so that no step holds every document's frames or every event at once.
Events are committed before the outputs are written: a run that dies in between leaves the store complete, and
the next run only writes the outputs.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields

from .closure import REPORT, components, meets, reach
from .corrections import Corrector
from .export import Fragments, event_fragments
from .extract.frames import EventRules
from .link import Renamed, renamed, renamed_frames
from .reconcile import Cluster, Reprints, anchored, blocking_keys, document_clusters, merge_groups, to_event
from .records import Event, EventMention, Mention
from .store import DocumentFrames, Store

# A full run reconciles the closed sets of clusters (`closure.components`) in batches of at least this many
# clusters: a batch holds only its documents' frames, so memory does not grow with the archive, and a larger batch
# reads a document whose clusters fall into several sets fewer times.
BATCH_CLUSTERS = 2000
# Documents whose clusters a full run stores per statement.
STORE_CHUNK = 500


@dataclass
class Inputs:
    """What a document's frames become before reconcile reads them, and the state they were made under."""

    rules: EventRules
    renamed: Renamed
    corrector: Corrector
    references: Sequence[Mention] = ()
    state: str = ""
    by_doc: dict[str, list] = field(default_factory=dict)  # doc_id -> its entries of `renamed`

    def __post_init__(self) -> None:
        for (doc_id, old), new in sorted(self.renamed.items()):
            self.by_doc.setdefault(doc_id, []).append([old, *new])


@dataclass
class Stats:
    """What `update` did: documents changed (new, changed, deleted) and clusters reconciled again."""

    documents: int = 0
    clusters: int = 0
    full: bool = False


def key_text(key: tuple) -> str:
    """A blocking key as stored: a short hash (equal keys, equal hashes; numbers as floats, as 1 == 1.0), after a
    letter telling report keys from the others."""
    plain = tuple(float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in key)
    kind = REPORT if key[1] == "report" else "k"  # a report key links without a test (pipeline.closure)
    return kind + hashlib.sha1(repr(plain).encode()).hexdigest()[:19]


def digest(doc_id: str, frames: str, inputs: Inputs) -> str:
    """A hash of the frames reconcile will read of a document: its stored frames' digest, with its linked ids."""
    links = inputs.by_doc.get(doc_id)
    return frames if not links else hashlib.sha1((frames + json.dumps(links)).encode()).hexdigest()


def changes(store: Store, inputs: Inputs) -> tuple[dict[str, str], set[str]]:
    """The documents new or changed since they were last reconciled (doc_id -> `digest`), and those reconciled
    then and gone now; read in one pass over the store, holding only what changed."""
    db = store.connection
    query = "SELECT e.doc_id, e.digest, r.digest FROM extractions e LEFT JOIN reconciled r ON r.doc_id = e.doc_id"
    changed = {}
    for doc_id, frames, before in db.execute(query):
        now = digest(doc_id, frames, inputs)
        if now != before:
            changed[doc_id] = now
    gone = "SELECT doc_id FROM reconciled WHERE doc_id NOT IN (SELECT doc_id FROM extractions)"
    return changed, {doc_id for (doc_id,) in db.execute(gone)}


def effective(documents: Iterable[DocumentFrames], store: Store, inputs: Inputs) -> Iterator[DocumentFrames]:
    """Documents' frames as reconcile reads them: linked ids, then the reviewers' corrections (which need the
    document's mentions, so only then is its whole extraction read)."""
    corrector = Corrector(inputs.corrector.corrections)  # its counts are the export's to report
    for document in documents:
        if corrector.mention_rules:
            (extraction,) = corrector.stream(
                (renamed(e, inputs.renamed) for e in store.extractions([document.doc_id])), inputs.references
            )
            frames = extraction.frames
        elif document.doc_id in inputs.by_doc:
            frames = renamed_frames(document.doc_id, document.frames, inputs.renamed)
        else:
            frames = document.frames
        yield DocumentFrames(document.doc_id, document.published, document.sentences, frames)


@dataclass
class Work:
    """The documents and clusters one update reconciles again."""

    documents: dict[str, DocumentFrames] = field(default_factory=dict)
    clusters: dict[str, list[Cluster]] = field(default_factory=dict)  # every cluster of each document
    chosen: dict[str, set[int]] = field(default_factory=dict)  # the cluster numbers reconciled again

    def add(self, document: DocumentFrames, rules: EventRules, chosen: set[int] | None) -> None:
        self.documents[document.doc_id] = document
        clusters = document_clusters(document.frames, document.published, rules)
        self.clusters[document.doc_id] = clusters
        self.chosen[document.doc_id] = set(range(len(clusters))) if chosen is None else chosen


def cluster_keys(cluster: Cluster, rules: EventRules) -> list[str]:
    return sorted({key_text(key) for key in blocking_keys(cluster, rules.types)})


def _state_row(store: Store) -> str:
    row = store.connection.execute("SELECT value FROM reconcile_state WHERE name = 'state'").fetchone()
    return row[0] if row else ""


def update(store: Store, inputs: Inputs, *, full: bool = False) -> Stats:
    """Bring the stored events up to date with the stored documents; one transaction."""
    if full or _state_row(store) != inputs.state:
        documents, clusters = _update_all(store, inputs)
        return Stats(documents, clusters, True)
    current, deleted = changes(store, inputs)
    changed = set(current)
    if not (changed or deleted):
        return Stats()
    work = Work()
    for document in effective(store.frames(changed), store, inputs):
        work.add(document, inputs.rules, None)
    seeds = [
        (cluster_keys(cluster, inputs.rules), cluster_meets(cluster, inputs.rules))
        for doc_id in work.clusters
        for cluster in work.clusters[doc_id]
    ]
    seeds += _stored_seeds(store, changed | deleted)
    reached = reach(store, seeds, changed | deleted)
    for document in effective(store.frames(reached), store, inputs):
        work.add(document, inputs.rules, reached[document.doc_id])
    rows = _reconciled_rows(work, inputs.rules, block_order(store, work, inputs.rules, changed | deleted))
    _write(store, work, rows, changed, deleted, current, inputs.state)
    return Stats(len(changed) + len(deleted), sum(len(numbers) for numbers in work.chosen.values()))


def _update_all(store: Store, inputs: Inputs) -> tuple[int, int]:
    """Reconcile every stored document again, in one transaction, holding only one batch of closed sets of
    clusters at a time: first every document's clusters are stored with their keys and offers (one document at a
    time), then each batch of sets is reconciled and its events stored.  The numbers of documents and of clusters."""
    db = store.connection
    with db:
        for table in ("events", "clusters", "cluster_keys", "reconciled"):
            db.execute(f"DELETE FROM {table}")
        total = _store_clusters(store, inputs)
        for chosen in _batches(store, components(store)):
            work = Work()
            for document in effective(store.frames(chosen), store, inputs):
                work.add(document, inputs.rules, chosen[document.doc_id])
            rows = _reconciled_rows(work, inputs.rules, block_order(store, work, inputs.rules, set()))
            db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", rows.events)
            db.executemany(
                "UPDATE clusters SET event_doc = ?, event_no = ? WHERE doc_id = ? AND cluster_no = ?",
                [(event_doc, event_no, doc_id, number) for doc_id, number, _, event_doc, event_no, _ in rows.clusters],
            )
        documents = db.execute("SELECT doc_id, digest FROM extractions ORDER BY doc_id")
        db.executemany(
            "INSERT INTO reconciled VALUES (?, ?)", ((d, digest(d, frames, inputs)) for d, frames in documents)
        )
        db.execute("INSERT OR REPLACE INTO reconcile_state VALUES ('state', ?)", (inputs.state,))
        (count,) = db.execute("SELECT count(*) FROM reconciled").fetchone()
    return count, total


def _store_clusters(store: Store, inputs: Inputs) -> int:
    """Store every document's clusters (their keys and offers; their event not yet known) in doc_id order; the
    number stored."""
    db = store.connection
    total = 0
    documents = effective(store.frames(), store, inputs)
    while chunk := list(itertools.islice(documents, STORE_CHUNK)):
        rows = []
        for document in chunk:
            for number, cluster in enumerate(document_clusters(document.frames, document.published, inputs.rules)):
                keys = cluster_keys(cluster, inputs.rules)
                rows.append((document.doc_id, number, keys, cluster_meets(cluster, inputs.rules)))
        db.executemany(
            "INSERT INTO clusters VALUES (?, ?, ?, '', -1, ?)",
            [(doc_id, number, json.dumps(keys), offer) for doc_id, number, keys, offer in rows],
        )
        db.executemany(
            "INSERT INTO cluster_keys VALUES (?, ?, ?)",
            [(key, doc_id, number) for doc_id, number, keys, _ in rows for key in keys],
        )
        total += len(rows)
    return total


def _batches(store: Store, sets: Iterable[list[int]]) -> Iterator[dict[str, set[int]]]:
    """Closed sets of clusters (rowids) in batches of at least BATCH_CLUSTERS clusters (a union of closed sets is
    closed), as doc_id -> cluster numbers."""
    batch: list[int] = []
    for rowids in itertools.chain(sets, [None]):
        if rowids is not None:
            batch += rowids
        if batch and (rowids is None or len(batch) >= BATCH_CLUSTERS):
            chosen: dict[str, set[int]] = defaultdict(set)
            for start in range(0, len(batch), STORE_CHUNK):
                part = batch[start : start + STORE_CHUNK]
                marks = ",".join("?" * len(part))
                query = f"SELECT doc_id, cluster_no FROM clusters WHERE rowid IN ({marks})"
                for doc_id, number in store.connection.execute(query, part):
                    chosen[doc_id].add(number)
            yield chosen
            batch = []


def _stored_seeds(store: Store, doc_ids: set[str]) -> list[tuple[list[str], str]]:
    """(keys, meets) of the stored clusters of `doc_ids`: what they could meet before they changed."""
    seeds = []
    for doc_id in sorted(doc_ids):
        for keys, offer in store.connection.execute("SELECT keys, meets FROM clusters WHERE doc_id = ?", (doc_id,)):
            seeds.append((json.loads(keys), offer))
    return seeds


def cluster_meets(cluster: Cluster, rules: EventRules) -> str:
    return meets(cluster, rules.types[cluster.type].merge)


def block_order(store: Store, work: Work, rules: EventRules, skip: set[str]) -> Callable[[tuple], tuple]:
    """The order `merge_groups` takes the blocks of the chosen clusters in among all clusters: by the first cluster
    (doc_id, cluster_no) holding the key, stored (of a document not in `skip`) or chosen, then by the key's repr."""
    first: dict[tuple, tuple[str, int]] = {}
    for doc_id in sorted(work.chosen):
        for number in sorted(work.chosen[doc_id]):
            for key in blocking_keys(work.clusters[doc_id][number], rules.types):
                first.setdefault(key, (doc_id, number))
    for key, mine in first.items():
        stored = store.first_holders(key_text(key), skip)
        if stored is not None and stored < mine:
            first[key] = stored
    return lambda key: (first[key], repr(key))


@dataclass
class Rows:
    """What an update writes: cluster rows (doc_id, number, keys, event's first cluster) and event rows."""

    clusters: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


def _reconciled_rows(work: Work, rules: EventRules, order_of_blocks: Callable[[tuple], tuple] | None) -> Rows:
    """The chosen clusters merged across documents (in document order), as rows for the store."""
    order = [(doc_id, number) for doc_id in sorted(work.clusters) for number in sorted(work.chosen[doc_id])]
    clusters = [work.clusters[doc_id][number] for doc_id, number in order]
    reprints = Reprints([c for doc_id in sorted(work.clusters) for c in work.clusters[doc_id]])
    bounds = {
        (doc_id, index): tuple(span)
        for doc_id, document in work.documents.items()
        for index, span in enumerate(document.sentences)
    }
    rows = Rows()
    for group in merge_groups(clusters, rules.types, reprints, order_of_blocks):
        first = order[group[0]]
        event = to_event(Cluster([f for i in group for f in clusters[i].frames]), bounds, rules.types)
        fragments = json.dumps(event_fragments([event]), ensure_ascii=False)
        rows.events.append((*first, event.event_id, int(anchored(event)), event_json(event), fragments))
        for index in group:
            keys = json.dumps(cluster_keys(clusters[index], rules))
            rows.clusters.append((*order[index], keys, *first, cluster_meets(clusters[index], rules)))
    return rows


def _write(
    store: Store,
    work: Work,
    rows: Rows,
    changed: set[str],
    deleted: set[str],
    current: dict[str, str],
    state: str,
) -> None:
    """Replace the events and clusters reconciled again, and record the digests and state, in one transaction."""
    db = store.connection
    with db:
        stale = [(doc_id, number) for doc_id in changed | deleted for number in _numbers(store, doc_id)]
        stale += [(doc_id, number) for doc_id in work.chosen if doc_id not in changed for number in work.chosen[doc_id]]
        for doc_id, number in stale:
            event = db.execute(
                "SELECT event_doc, event_no FROM clusters WHERE doc_id = ? AND cluster_no = ?", (doc_id, number)
            ).fetchone()
            if event:
                db.execute("DELETE FROM events WHERE doc_id = ? AND cluster_no = ?", event)
            db.execute("DELETE FROM clusters WHERE doc_id = ? AND cluster_no = ?", (doc_id, number))
            db.execute("DELETE FROM cluster_keys WHERE doc_id = ? AND cluster_no = ?", (doc_id, number))
        db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", rows.events)
        db.executemany("INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?)", rows.clusters)
        db.executemany(
            "INSERT INTO cluster_keys VALUES (?, ?, ?)",
            [(key, doc_id, number) for doc_id, number, keys, *_ in rows.clusters for key in json.loads(keys)],
        )
        db.executemany("DELETE FROM reconciled WHERE doc_id = ?", [(doc_id,) for doc_id in deleted])
        db.executemany(
            "INSERT OR REPLACE INTO reconciled VALUES (?, ?)", [(doc_id, current[doc_id]) for doc_id in changed]
        )
        db.execute("INSERT OR REPLACE INTO reconcile_state VALUES ('state', ?)", (state,))


def _numbers(store: Store, doc_id: str) -> list[int]:
    return [n for (n,) in store.connection.execute("SELECT cluster_no FROM clusters WHERE doc_id = ?", (doc_id,))]


def event_json(event: Event) -> str:
    """An event as stored: the JSON of `dataclasses.asdict(event)`, made without its deep copies."""
    data = {f.name: getattr(event, f.name) for f in EVENT_FIELDS}
    data["provenance"] = [{f.name: getattr(p, f.name) for f in MENTION_FIELDS} for p in event.provenance]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


EVENT_FIELDS = fields(Event)
MENTION_FIELDS = fields(EventMention)


def event_from_json(payload: str) -> Event:
    data = json.loads(payload)
    provenance = tuple(EventMention(**{**p, "mention_ids": tuple(p["mention_ids"])}) for p in data.pop("provenance"))
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return Event(**fields, provenance=provenance)


def _events(store: Store, where: str = "", parameters: Sequence[str] = ()) -> Iterator[Event]:
    query = f"SELECT payload FROM events WHERE anchored = 1 {where} ORDER BY event_id, doc_id, cluster_no"
    for (payload,) in store.connection.execute(query, parameters):
        yield event_from_json(payload)


def stored_events(store: Store, corrector: Corrector) -> Iterator[Event]:
    """The stored events in event_id order, with the reviewers' rejections and merges applied; only the events
    a correction names are held in memory."""
    named = sorted(corrector.event_ids)
    if not named:
        yield from _events(store)
        return
    marks = ",".join("?" * len(named))
    corrected = corrector.events(_events(store, f"AND event_id IN ({marks})", named))
    rest = _events(store, f"AND event_id NOT IN ({marks})", named)
    yield from heapq.merge(rest, corrected, key=lambda e: e.event_id)


def stored_fragments(store: Store, corrector: Corrector) -> Iterator[Fragments]:
    """What the export writes for the stored events (`export.event_fragments`), one event_id at a time in event_id
    order, with the reviewers' rejections and merges applied: the stored text of an event that is alone under its
    id and named by no correction, so that no event is read back from its payload but those."""
    named = sorted(corrector.event_ids)
    marks = ",".join("?" * len(named))
    rest = _fragments(store, f"AND event_id NOT IN ({marks})" if named else "", named)
    if not named:
        yield from (fragments for _event_id, fragments in rest)
        return
    corrected = corrector.events(_events(store, f"AND event_id IN ({marks})", named))
    by_id: dict[str, list[Event]] = defaultdict(list)
    for event in corrected:
        by_id[event.event_id].append(event)
    done = ((event_id, event_fragments(events)) for event_id, events in sorted(by_id.items()))
    yield from (fragments for _event_id, fragments in heapq.merge(rest, done, key=lambda pair: pair[0]))


def _fragments(store: Store, where: str, parameters: Sequence[str]) -> Iterator[tuple[str, Fragments]]:
    """(event_id, fragments) of the anchored events matching `where`, one per event_id, in event_id order; ids
    shared by several events are rendered together from their payloads (their provenance sorted as one)."""
    query = f"SELECT event_id, rows FROM events WHERE anchored = 1 {where} ORDER BY event_id, doc_id, cluster_no"
    pending: tuple[str, str] | None = None
    shared = False
    for event_id, rows in itertools.chain(store.connection.execute(query, parameters), [(None, "")]):
        if pending and event_id == pending[0]:
            shared = True
            continue
        if pending:
            yield pending[0], _group(store, pending, shared)
        pending, shared = (event_id, rows), False


def _group(store: Store, first: tuple[str, str], shared: bool) -> Fragments:
    """The fragments of one event_id: as stored for a lone event, rendered from the payloads for several."""
    if not shared:
        return json.loads(first[1])
    return event_fragments(list(_events(store, "AND event_id = ?", [first[0]])))
