"""Events over the corpus: one row per real-world event, however many articles report it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from pipeline.batch import run

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def read_events(out: Path) -> list[dict[str, str]]:
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_copy_of_an_article_adds_no_event_only_its_doc_id(corpus_out: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(CORPUS, inputs)
    original = "tokayev-state-visit-turkmenistan-2021"
    shutil.copy(CORPUS / f"{original}.txt", inputs / "reprint-of-the-state-visit.txt")
    out = tmp_path / "out"
    assert not run([inputs], out, full=True).failed
    before, after = read_events(corpus_out), read_events(out)
    assert len(after) == len(before)
    assert {e["event_id"] for e in after} == {e["event_id"] for e in before}
    for event in after:
        docs = event["doc_ids"].split(";")
        assert (original in docs) == ("reprint-of-the-state-visit" in docs), event["evidence"]


def test_the_strategic_partnership_signing_is_one_event_in_three_articles(corpus_out: Path) -> None:
    signings = [
        e
        for e in read_events(corpus_out)
        if e["type"] == "signing" and "Strategic Partnership" in e["agreements"] and "Turkmenistan" in e["agreements"]
    ]
    assert len(signings) == 1
    assert signings[0]["doc_ids"].split(";") == [
        "kazakhstan-turkmenistan-partners-nca-2024",
        "koishybayev-central-asia-new-stage-2018",
        "tokayev-state-visit-turkmenistan-2021",
    ]
    assert (signings[0]["date_start"], signings[0]["date_end"]) == ("2017-04-18", "2017-04-19")
