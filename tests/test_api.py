"""The library API as a notebook uses it: `pipeline.process` on texts and records, `pipeline.load`,
and our components added by name to a spaCy pipeline of the user's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline
from pipeline.export import COLUMNS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def corpus_tables(nlp: Language) -> dict[str, pd.DataFrame]:
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(CORPUS.glob("*.txt"))]
    return pipeline.process(records, nlp=nlp)


def test_process_returns_the_tables_a_run_writes(corpus_tables: dict[str, pd.DataFrame], corpus_out: Path) -> None:
    assert set(corpus_tables) == set(COLUMNS)
    for name in ("leaders", "dates", "money", "agreements", "events", "event_mentions"):
        written = pd.read_csv(corpus_out / f"{name}.csv", dtype=str, keep_default_na=False)
        in_memory = corpus_tables[name].astype(str).replace({"nan": "", "None": ""})
        assert list(in_memory.columns) == COLUMNS[name]
        pd.testing.assert_frame_equal(in_memory.reset_index(drop=True), written, check_dtype=False)


def test_process_takes_plain_texts_and_names_them_by_position(nlp: Language) -> None:
    tables = pipeline.process(
        [
            "President Kassym-Jomart Tokayev paid a state visit to Tashkent on 12 May 2024.",
            "ASTANA, March 3 (Kazinform) – Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023.",
        ],
        nlp=nlp,
    )
    assert list(tables["documents"]["doc_id"]) == ["doc-0001", "doc-0002"]
    assert list(tables["documents"]["dateline_place"]) == ["", "Astana"]
    visit = tables["events"][tables["events"]["type"] == "visit"].iloc[0]
    assert (visit["date_start"], visit["location"], visit["status"]) == ("2024-05-12", "Tashkent", "reported")
    assert "Kassym-Jomart Tokayev" in visit["leaders"]
    assert tables["money"]["amount"].tolist() == ["4400000000"]


@pytest.mark.parametrize(
    ("items", "problem"),
    [
        ([{"text": "No id here."}], "item 1: a record needs an 'id' and a 'text'"),
        ([{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}], "item 2: the id 'a' is given twice"),
    ],
)
def test_process_refuses_bad_records_before_any_work(items: list, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        pipeline.process(items, nlp=None, model="no-such-model-is-loaded-first")


def test_load_gives_the_pipeline_with_our_components() -> None:
    nlp = pipeline.load()
    assert nlp.pipe_names[-5:] == [
        "press_leaders",
        "press_dates",
        "press_money",
        "press_agreements",
        "press_event_cues",
    ]
    doc = nlp("Vladimir Putin visited Astana on 9 November 2023.")
    assert [span.text for span in doc.spans["dates"]] == ["9 November 2023"]


def test_a_component_is_added_by_name_to_a_users_own_pipeline() -> None:
    """Through the spacy_factories entry points: the user's code never imports our package."""
    script = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('sentencizer')\n"
        "nlp.add_pipe('press_dates')\n"
        "nlp.add_pipe('press_money')\n"
        "doc = nlp('The forum on 5 May 2024 brought deals worth $1.2 billion.')\n"
        "print([s.text for s in doc.spans['dates']], [s.text for s in doc.spans['money']])\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd="/")
    assert completed.stdout.strip() == "['5 May 2024'] ['$1.2 billion']"
