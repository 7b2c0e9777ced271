"""The committed outputs/ folder is what a fresh run over corpus/ writes, so reviewers read current results."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.export import COLUMNS

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"


@pytest.mark.parametrize("table", list(COLUMNS))
def test_committed_outputs_are_current(table: str, corpus_out: Path) -> None:
    committed, fresh = OUTPUTS / f"{table}.csv", corpus_out / f"{table}.csv"
    assert committed.is_file(), f"outputs/{table}.csv is missing: run `.venv/bin/press-events run --full` and commit"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"outputs/{table}.csv is stale: run `.venv/bin/press-events run --full` and commit outputs/"
    )


def test_event_ids_are_unique(corpus_out: Path) -> None:
    ids = [line.split(",", 1)[0] for line in (corpus_out / "events.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(ids) == len(set(ids))
