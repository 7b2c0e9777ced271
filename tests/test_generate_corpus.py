"""The synthetic archive generator of benchmarks/: deterministic, with reprints, and realistic enough
that the pipeline finds its leaders and merges each reprint into the event it reprints."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

from pipeline.batch import run

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "generate_corpus.py"
spec = importlib.util.spec_from_file_location("generate_corpus", SCRIPT)
generate_corpus = importlib.util.module_from_spec(spec)
sys.modules["generate_corpus"] = generate_corpus  # its dataclasses look their module up there
spec.loader.exec_module(generate_corpus)


def test_the_same_seed_gives_the_same_archive_and_a_share_of_reprints() -> None:
    first = generate_corpus.generate(200, seed=7, reprints=0.2)
    assert first == generate_corpus.generate(200, seed=7, reprints=0.2)
    assert first != generate_corpus.generate(200, seed=8, reprints=0.2)
    reprints = sum(a["text"].startswith("Reprint: ") for a in first)
    assert 20 <= reprints <= 60


def test_a_reprint_joins_the_events_of_its_original(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    articles = generate_corpus.generate(24, seed=3, reprints=0.3)
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    out = tmp_path / "out"
    run([folder], out, full=True)
    signings = [r for r in csv.DictReader((out / "events.csv").open(encoding="utf-8")) if r["type"] == "signing"]
    originals = sum(not a["text"].startswith("Reprint: ") for a in articles)
    assert any(";" in r["doc_ids"] for r in signings)
    assert len(signings) <= originals
    leaders = {r["name"] for r in csv.DictReader((out / "leaders.csv").open(encoding="utf-8"))}
    assert len(leaders) >= 10
