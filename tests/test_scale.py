"""Scale (issue 19): reconcile linear in reprints and block size without merging differently, the streamed
export byte-identical to the DataFrame one, and incremental runs byte-identical to full ones on a generated
archive (new, changed and pruned documents)."""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, random_frame

from pipeline import batch as batch_module
from pipeline import reconcile as reconcile_module
from pipeline.batch import run
from pipeline.export import defuse_formulas, tables, write_outputs, write_temp
from pipeline.extract.frames import load_event_rules
from pipeline.patterns import default_patterns_dir
from pipeline.reconcile import Cluster, blocking_keys, can_merge, merge_across, reconcile
from pipeline.records import Document, Extraction, Frame
from pipeline.store import STORE_NAME, Store

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate

TYPES = load_event_rules(default_patterns_dir()).types


def reference_merge_across(clusters: list[Cluster], types: dict) -> list[list[int]]:
    """The merge as it was before issue 19 (every head of a block met in turn, reprints counted over all pairs),
    with blocks in the same order: the groups, as lists of cluster indices."""
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, cluster in enumerate(clusters):
        for key in sorted(blocking_keys(cluster, types), key=repr):
            blocks[key].append(index)
    reports: dict[str, set[str]] = defaultdict(set)
    for cluster in clusters:
        for frame in cluster.frames:
            reports[frame.doc_id].add(reconcile_module.report_text(frame))
    for members in blocks.values():
        heads: list[int] = []
        for j in members:
            for i in heads:
                if find(i) == find(j):
                    break
                a, b = clusters[i], clusters[j]
                reprint = any(len(reports[x] & reports[y]) >= 2 for x in a.doc_ids for y in b.doc_ids if x != y)
                if not (a.doc_ids & b.doc_ids) and can_merge(a, b, types=types, across_documents=True, reprint=reprint):
                    parent[find(j)] = find(i)
                    break
            else:
                heads.append(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(clusters)):
        groups[find(index)].append(index)
    return list(groups.values())


def random_cluster(rng: random.Random, doc: int, sentence: int) -> Cluster:
    """One frame of a random type, leaders, countries, amount, agreement and date (some undated, some wide)."""
    type_ = rng.choice(["visit", "meeting", "signing", "trade_figure", "investment", "other"])
    day = f"2020-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}"
    end = rng.choice([day, day, f"2020-{rng.randint(5, 12):02d}-28", "2023-12-31"])
    dated = rng.random() < 0.8
    dates = (day, end) if dated else ("", "")
    return Cluster(
        [random_frame(rng, kind=type_, doc_id=f"d{doc:03d}", sentence=sentence, dates=dates, reports=40, agreements=2)]
    )


@pytest.mark.parametrize("seed", range(6))
def test_the_indexed_merge_groups_exactly_as_meeting_every_head(seed: int) -> None:
    rng = random.Random(seed)
    clusters = [random_cluster(rng, doc, sentence) for doc in range(120) for sentence in range(3)]
    merged = merge_across([Cluster(list(c.frames)) for c in clusters], TYPES)
    expected = reference_merge_across(clusters, TYPES)
    assert [[(f.doc_id, f.sentence_id) for f in group.frames] for group in merged] == [
        [(f.doc_id, f.sentence_id) for i in group for f in clusters[i].frames] for group in expected
    ]
    assert len(merged) < len(clusters)  # the data does merge: the test compares something


def test_an_article_reprinted_1000_times_costs_comparisons_linear_in_its_copies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    real = reconcile_module.can_merge

    def counted(*args: object, **kwargs: object) -> bool:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(reconcile_module, "can_merge", counted)

    def copies(n: int) -> list[Extraction]:
        made = []
        for number in range(n):
            doc_id = f"copy{number:05d}"
            frames = (
                Frame("visit", doc_id, 0, 0, 90, "visit", "Tokayev visited Tashkent on 12 May.", "2024-05-12",
                      "2024-05-12", "day", ("kz-tokayev",), ("Tokayev",), ("KZ", "UZ"), "Tashkent"),
                Frame("signing", doc_id, 1, 100, 190, "signed", "They signed the Treaty.", "2024-05-12",
                      "2024-05-12", "day", agreement_ids=("treaty",), agreements=("Treaty",)),
            )  # fmt: skip
            document = Document(doc_id=doc_id, path=f"{doc_id}.txt", text="", sha256="")
            made.append(Extraction(document=document, sentences=((0, 90), (100, 190)), frames=frames))
        return made

    counts = []
    for n in (250, 1000):
        calls = 0
        events = reconcile(copies(n))
        assert [e.mention_count for e in events] == [n, n]
        counts.append(calls)
    assert counts[1] <= 4 * counts[0] + 10  # linear: four times the copies, four times the comparisons
    assert counts[1] <= 2 * 1000 * 2


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for article in generate(14, seed=3, reprints=0.3):
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    return folder


def csvs(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}


def test_incremental_runs_write_what_full_runs_write(archive: Path, tmp_path: Path) -> None:
    inputs, daily, full = tmp_path / "in", tmp_path / "daily", tmp_path / "full"
    inputs.mkdir()
    articles = sorted(archive.glob("*.txt"))
    for path in articles[:10]:
        (inputs / path.name).write_bytes(path.read_bytes())
    run([inputs], daily, workers=1)
    steps = [
        lambda: [(inputs / p.name).write_bytes(p.read_bytes()) for p in articles[10:]],  # new documents
        lambda: (inputs / articles[1].name).write_text(  # a changed document
            articles[1].read_text(encoding="utf-8").replace("President", "Head of State", 1), encoding="utf-8"
        ),
        lambda: [(inputs / p.name).unlink() for p in articles[2:5]],  # deleted, then pruned
    ]
    for step in steps:
        step()
        incremental = run([inputs], daily, workers=1, prune=True)
        assert incremental.reused > 0
        # Only the components of blocks the step touched are reconciled again.
        assert 0 < incremental.reconciled_clusters < incremental.stored_clusters
        run([inputs], full, workers=1, full=True, prune=True)
        assert csvs(daily) == csvs(full)
        assert csvs(daily)["events.csv"].count(b"\n") > 5
    assert b"synthetic-000003" not in csvs(daily)["documents.csv"]
    again = run([inputs], daily, workers=1)
    assert (again.reconciled_clusters, again.extracted) == (0, 0)
    assert csvs(daily) == csvs(full)


def test_a_run_that_dies_between_reconcile_and_export_is_finished_by_the_next(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs, daily, full = tmp_path / "in", tmp_path / "daily", tmp_path / "full"
    inputs.mkdir()
    articles = sorted(archive.glob("*.txt"))
    for path in articles[:8]:
        (inputs / path.name).write_bytes(path.read_bytes())
    run([inputs], daily, workers=1)
    for path in articles[8:]:
        (inputs / path.name).write_bytes(path.read_bytes())

    def dies(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed after reconcile")

    monkeypatch.setattr(batch_module, "write_fragments", dies)
    with pytest.raises(RuntimeError):
        run([inputs], daily, workers=1)
    monkeypatch.undo()
    with Store(daily / STORE_NAME) as store:  # the events of the new documents are in the store already
        assert store.connection.execute("SELECT count(*) FROM reconciled").fetchone()[0] == len(articles)
    finishing = run([inputs], daily, workers=1)
    assert (finishing.extracted, finishing.reconciled_clusters) == (0, 0)  # nothing to redo but the export
    run([inputs], full, workers=1, full=True)
    assert csvs(daily) == csvs(full)


def test_the_streamed_export_writes_the_bytes_of_the_dataframe_export(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([archive], out, workers=1)
    with Store(out / STORE_NAME) as store:
        extractions = list(store.extractions())
    events = reconcile(extractions)
    # A formula-like cell and a quote must come out as pandas writes them.
    first = extractions[0]
    extractions[0] = replace(first, document=replace(first.document, title='=HYPERLINK("x"), "quoted"\nline'))
    for raw_csv in (False, True):
        streamed = tmp_path / f"streamed-{raw_csv}"
        write_outputs(streamed, extractions, events, raw_csv=raw_csv)
        for name, table in tables(extractions, events).items():
            temp = write_temp(table if raw_csv else defuse_formulas(table), streamed / f"{name}.expected")
            assert (streamed / f"{name}.csv").read_bytes() == temp.read_bytes(), name
