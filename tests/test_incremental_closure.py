"""Incremental reconcile (pipeline.closure, pipeline.stored_events): on random archives, adding, changing and
deleting documents and reconciling only the stored clusters that could meet them gives the events of reconciling
everything, byte for byte (their stored JSON and their rendered rows), while taking fewer clusters than all; a
full update, which reconciles the closed sets of clusters batch by batch, gives the events of reconciling every
document at once (`reconcile.reconcile`)."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from conftest import random_frame

from pipeline import stored_events as stored_events_module
from pipeline.closure import Holders, components, reach
from pipeline.corrections import Corrector
from pipeline.extract.frames import load_event_rules
from pipeline.patterns import default_patterns_dir
from pipeline.reconcile import reconcile
from pipeline.records import Document, Extraction, Frame
from pipeline.store import Store
from pipeline.stored_events import Inputs, event_json, stored_events, stored_fragments, update

RULES = load_event_rules(default_patterns_dir())
TYPES = ["visit", "meeting", "signing", "trade_figure", "investment", "other"]


def random_dated_frame(rng: random.Random, doc_id: str, sentence: int) -> Frame:
    """One frame: a random type, people, countries, place, agreement, amount and date over five years (some
    undated, some spanning months or years), and a report sentence shared with a few others (reprints)."""
    kind = rng.choice(TYPES)
    year = rng.randint(2018, 2022)
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    end = rng.choice([day, day, day, f"{year}-12-28", f"{year + 3}-12-31"])
    dated = rng.random() < 0.85
    dates = (day, end) if dated else ("", "")
    return random_frame(rng, kind=kind, doc_id=doc_id, sentence=sentence, dates=dates, reports=60, agreements=3)


def random_document(rng: random.Random, number: int, version: int = 0) -> Extraction:
    doc_id = f"d{number:04d}"
    frames = tuple(random_dated_frame(rng, doc_id, sentence) for sentence in range(rng.randint(1, 4)))
    sha = hashlib.sha256(f"{doc_id} {version}".encode()).hexdigest()
    document = Document(doc_id=doc_id, path=f"{doc_id}.txt", text="", sha256=sha, published="2023-06-01")
    sentences = tuple((f.start_char, f.end_char) for f in frames)
    return Extraction(document=document, sentences=sentences, frames=frames)


def inputs() -> Inputs:
    return Inputs(RULES, {}, Corrector([]), state="test")


def events_of(store: Store) -> tuple[list[str], list[str]]:
    """The stored events as JSON, and as the rows the export writes."""
    events = [event_json(e) for e in stored_events(store, Corrector([]))]
    rows = [
        fragments["events"][0] + fragments["event_mentions"][0] for fragments in stored_fragments(store, Corrector([]))
    ]
    return events, rows


@pytest.mark.parametrize("seed", range(8))
def test_incremental_reconcile_equals_reconciling_everything(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    documents = {n: random_document(rng, n) for n in range(160)}
    partial = Store(tmp_path / "incremental.sqlite")
    partial.put_many(documents.values(), "f")
    update(partial, inputs())
    taken = []
    for step in range(3):
        for n in rng.sample(range(200 + step * 10), 4):  # new or changed documents
            documents[n] = random_document(rng, n, version=step + 1)
        partial.put_many([documents[n] for n in sorted(documents)], "f")
        gone = rng.sample(sorted(documents), 2)
        partial.delete(f"d{n:04d}" for n in gone)
        for n in gone:
            del documents[n]
        stats = update(partial, inputs())
        taken.append(stats.clusters)
        whole = Store(tmp_path / f"full-{step}.sqlite")
        whole.put_many(documents.values(), "f")
        update(whole, inputs(), full=True)
        total = whole.connection.execute("SELECT count(*) FROM clusters").fetchone()[0]
        assert events_of(partial) == events_of(whole)
        assert 0 < stats.clusters < total
        whole.close()
    partial.close()


def test_holders_meet_the_clusters_whose_dates_could_agree_with_theirs() -> None:
    holders = Holders(report=False)
    holders.add([["2020-03-01", "2020-03-05"], [""]])
    holders.add([["2020-06-10", "2020-06-10"], [""]])
    assert holders.compatible([["2020-03-05", "2020-04-01"], [""]])
    assert holders.compatible([["2020-01-01", "2020-12-31"], [""]])  # a long hull overlaps both
    assert not holders.compatible([["2020-03-06", "2020-06-09"], [""]])  # between them: no date agrees
    assert holders.compatible([None, [""]])  # an undated cluster agrees with any date (a document's signing)
    assert not holders.compatible([["2020-03-01", "2020-03-01"], []])  # the sentence policy: only by report
    holders.add([None, ["KZ"]])
    assert holders.compatible([["2021-01-01", "2021-01-01"], ["KZ", "UZ"]])
    assert not holders.compatible([["2021-01-01", "2021-01-01"], ["UZ"]])
    reports = Holders(report=True)
    reports.add([["2020-03-01", "2020-03-01"], []])
    assert reports.compatible([["2020-03-01", "2020-03-02"], []])
    assert not reports.compatible([["2020-04-01", "2020-04-02"], ["KZ"]])


@pytest.mark.parametrize("seed", range(6))
def test_a_full_update_batch_by_batch_equals_reconciling_everything_at_once(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    documents = [random_document(rng, n) for n in range(200)]
    store = Store(tmp_path / "store.sqlite")
    store.put_many(documents, "f")
    monkeypatch.setattr(stored_events_module, "BATCH_CLUSTERS", rng.choice([1, 7, 40]))
    update(store, inputs(), full=True)
    assert [event_json(e) for e in stored_events(store, Corrector([]))] == [event_json(e) for e in reconcile(documents)]
    store.close()


@pytest.mark.parametrize("seed", range(3))
def test_each_closed_set_is_what_the_closure_reaches_from_any_of_its_clusters(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    store = Store(tmp_path / "store.sqlite")
    store.put_many([random_document(rng, n) for n in range(160)], "f")
    update(store, inputs(), full=True)
    db = store.connection
    sets = list(components(store))
    assert sorted(r for rowids in sets for r in rowids) == [r for (r,) in db.execute("SELECT rowid FROM clusters")]
    for rowids in sets:
        start = rng.choice(rowids)
        keys, offer, doc_id, number = db.execute(
            "SELECT keys, meets, doc_id, cluster_no FROM clusters WHERE rowid = ?", (start,)
        ).fetchone()
        found = {(d, n) for d, numbers in reach(store, [(json.loads(keys), offer)], set()).items() for n in numbers}
        marks = ",".join("?" * len(rowids))
        members = set(db.execute(f"SELECT doc_id, cluster_no FROM clusters WHERE rowid IN ({marks})", rowids))
        assert found | {(doc_id, number)} == members
    assert len(sets) > 10
    store.close()
