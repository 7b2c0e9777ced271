"""The quality gate and the snapshots of the corpus run.

In: one run of the whole pipeline over corpus/ and one over tests/gold/articles per test session
(into temporary folders, with the rules of $PRESS_EVENTS_PATTERNS or patterns/), the gold of the
three splits (tests/splits.json: corpus, dev and the blind test split), each split's floors
(tests/quality_floors*.json) and the snapshots in tests/test_quality/.
Out: a failure naming the kind whose F1 fell below its floor, with the documents that lost
matches; a readable diff of any output row that changed; a check that `pipeline.evaluate`
and tools/score.py give the same figures.  How to review and accept changes: docs/quality.md.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_regressions.data_regression import DataRegressionFixture

from pipeline.evaluate import KINDS, Evaluation, evaluate, floor_problem, load_floors, load_gold, render_table
from pipeline.splits import load_splits

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).parent / "gold" / "corpus.json"
FLOORS = Path(__file__).parent / "quality_floors.json"
SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"
TABLES = ("documents", "leaders", "dates", "money", "agreements", "events", "event_mentions")
SPLITS = {split.name: split for split in load_splits(Path(__file__).parent / "splits.json")}


@pytest.fixture(scope="session")
def corpus_evaluation(corpus_out: Path) -> Evaluation:
    return evaluate(load_gold(GOLD), corpus_out)


@pytest.mark.parametrize("kind", KINDS)
def test_f1_stays_above_its_floor(kind: str, corpus_evaluation: Evaluation) -> None:
    problem = floor_problem(corpus_evaluation, load_floors(FLOORS), kind)
    assert problem is None, problem


@pytest.fixture(scope="session")
def split_evaluations(corpus_out: Path, gold_articles_out: Path) -> dict[str, Evaluation]:
    """Every split scored on the run over its inputs (the corpus, or tests/gold/articles)."""
    outputs = {(CORPUS,): corpus_out, (Path(__file__).parent / "gold" / "articles",): gold_articles_out}
    resolved = {tuple(p.resolve() for p in inputs): out for inputs, out in outputs.items()}
    return {
        name: evaluate(load_gold(split.gold), resolved[tuple(p.resolve() for p in split.inputs)])
        for name, split in SPLITS.items()
    }


@pytest.mark.parametrize("split", ["dev", "test"])
@pytest.mark.parametrize("kind", KINDS)
def test_f1_on_our_articles_stays_above_its_floor(kind: str, split: str, split_evaluations) -> None:
    """A rule that helps the corpus and hurts the dev or the blind test split fails here."""
    problem = floor_problem(split_evaluations[split], load_floors(SPLITS[split].floors), kind)
    assert problem is None, f"{split}: {problem}"


@pytest.mark.parametrize("split", list(SPLITS))
def test_floors_cover_every_kind_and_gold_document(split: str) -> None:
    floors = load_floors(SPLITS[split].floors)
    assert set(floors["kinds"]) == set(KINDS)
    assert set(floors["matched_per_doc"]) == {doc["id"] for doc in load_gold(SPLITS[split].gold)["docs"]}


def test_the_splits_share_no_article_and_every_article_has_gold() -> None:
    ids = {name: {doc["id"] for doc in load_gold(split.gold)["docs"]} for name, split in SPLITS.items()}
    assert not ids["dev"] & ids["test"], "an article is in both dev and the blind test split"
    assert SPLITS["test"].blind and not SPLITS["dev"].blind
    articles = {p.stem for p in (Path(__file__).parent / "gold" / "articles").glob("*.txt")}
    assert articles == ids["dev"] | ids["test"]


@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"the yardstick {SCORE_PY} is not on this machine")
def test_figures_agree_with_score_py(corpus_out: Path, corpus_evaluation: Evaluation) -> None:
    def score_py(*options: str) -> str:
        command = [sys.executable, str(SCORE_PY), str(GOLD), str(corpus_out), *options]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout

    assert corpus_evaluation.to_json() == json.loads(score_py("--json"))
    # the overall table is printed line for line as score.py prints it
    assert render_table(corpus_evaluation).splitlines()[: len(KINDS) + 1] == score_py().splitlines()


def stable_records(out: Path, table: str) -> list[dict[str, Any]]:
    """A table's rows as records of strings, with paths relative to the checkout so snapshots travel."""
    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row.get("path") and Path(row["path"]).is_absolute():
            row["path"] = Path(row["path"]).relative_to(ROOT).as_posix()
    return rows


@pytest.mark.parametrize("table", TABLES)
def test_output_table_snapshot(table: str, corpus_out: Path, data_regression: DataRegressionFixture) -> None:
    data_regression.check({"rows": stable_records(corpus_out, table)}, basename=table)
