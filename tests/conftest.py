"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

import csv
import os
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.batch import run
from pipeline.export import COLUMNS
from pipeline.extract import extract_document
from pipeline.extract.agreements import agreements
from pipeline.extract.dates import dates
from pipeline.ingest import find_published
from pipeline.nlp import build_nlp
from pipeline.reconcile import reconcile
from pipeline.records import Document, Event, Extraction, Frame

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


def events_of(nlp: Language, text: str, published: str = "") -> list[Event]:
    """The events reconciled from one text read end to end (extraction, then reconcile within the article)."""
    document = make_document(text, published=published)
    return reconcile([extract_document(nlp(text), document=document)])


def people_of(nlp: Language, text: str, published: str, kind: str) -> list[set[str]]:
    """The surnames (last words) of the people of each event of type `kind`, in order."""
    return [
        {name.split()[-1] for name in event.leaders} for event in events_of(nlp, text, published) if event.type == kind
    ]


def assert_every_event_has(
    nlp: Language, text: str, published: str, kind: str, expected: set[str], absent: set[str]
) -> None:
    """Some event of type `kind` is found, and each has every `expected` surname and none of the `absent` ones."""
    found = people_of(nlp, text, published, kind)
    assert found, f"no {kind} event"
    assert all(expected <= people and not (absent & people) for people in found), found


def types_of(nlp: Language, text: str, published: str = "") -> list[str]:
    """The sorted types of the events reconciled from a short text."""
    return sorted(e.type for e in events_of(nlp, text, published))


def make_document(text: str, *, doc_id: str = "test", published: str = "", precision: str = "") -> Document:
    """A Document for a sentence of test text."""
    return Document(
        doc_id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        sha256="",
        published=published,
        published_precision=precision if precision or not published else "day",
        language="en",
    )


def agreement_names(nlp: Language, text: str) -> dict[str, str]:
    """Each agreement mention's text -> the name of the document it was given."""
    return {m.text: m.name for m in agreements(nlp(text), document=make_document(text))}


def agreement_texts(nlp: Language, text: str) -> list[str]:
    """The text of every agreement mention of a short text, in order, leaving out bare back-references ("the
    document")."""
    doc = nlp(text)
    mentions = sorted(agreements(doc, document=make_document(text)), key=lambda m: m.start_char)
    return [m.text for m in mentions if m.text.lower() not in ("the document", "document")]


@pytest.fixture(scope="session")
def corpus_text() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of one full run over corpus/, run from the checkout as README's command runs it."""
    out = tmp_path_factory.mktemp("corpus-run")
    here = Path.cwd()
    os.chdir(ROOT)  # so documents.csv holds the same relative paths as the committed outputs/
    try:
        summary = run([Path("corpus")], out, full=True)
    finally:
        os.chdir(here)
    assert not summary.failed, summary.failures
    return out


@pytest.fixture(scope="session")
def gold_articles_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One full run over tests/gold/articles (the dev and test splits' articles)."""
    out = tmp_path_factory.mktemp("gold-articles-run")
    summary = run([ROOT / "tests" / "gold" / "articles"], out, full=True)
    assert not summary.failed, summary.failures
    return out


def write_output(folder: Path, **rows_per_file: list[dict[str, Any]]) -> Path:
    """An output folder with the contract's columns; files not given are written empty."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, columns in COLUMNS.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(rows_per_file.get(name, []))
    return folder


def make_frame(doc_id: str, sentence_id: int, type_: str, **fields) -> Frame:
    """A frame of `type_` in sentence `sentence_id` of `doc_id`, `fields` set: the raw material of reconcile tests."""
    base = Frame(
        type=type_,
        doc_id=doc_id,
        sentence_id=sentence_id,
        start_char=sentence_id * 100,
        end_char=sentence_id * 100 + 90,
        trigger=fields.pop("trigger", type_),
        evidence=f"sentence {sentence_id} of {doc_id}",
    )
    return replace(base, **fields)


def make_extraction(doc_id: str, *frames: Frame) -> Extraction:
    """The extraction of an article with no text whose sentences hold `frames` (sentence i spans i*100 to i*100+90)."""
    sentences = tuple((i * 100, i * 100 + 90) for i in range(1 + max((f.sentence_id for f in frames), default=0)))
    document = Document(doc_id=doc_id, path=f"{doc_id}.txt", text="", sha256="")
    return Extraction(document=document, sentences=sentences, frames=frames)


RANDOM_LEADERS = ["kz-tokayev", "uz-mirziyoyev", "tr-erdogan", "ru-putin"]


def random_frame(
    rng: random.Random, *, kind: str, doc_id: str, sentence: int, dates: tuple[str, str], reports: int, agreements: int
) -> Frame:
    """A frame of `kind` over `dates` ("" when undated) with random people, countries, place, amount and an agreement
    (of `agreements` ids, for signings), reported in one of `reports` sentences shared with other frames (reprints):
    the raw material of the scale tests, which compare ways of reconciling on random archives."""
    return Frame(
        type=kind,
        doc_id=doc_id,
        sentence_id=sentence,
        start_char=sentence * 100,
        end_char=sentence * 100 + 90,
        trigger=kind,
        evidence=f"report {rng.randint(0, reports)}",
        date_start=dates[0],
        date_end=dates[1],
        date_precision="day",
        leader_ids=tuple(rng.sample(RANDOM_LEADERS, rng.randint(0, 2))),
        countries=tuple(rng.sample(["KZ", "UZ", "TR", "RU"], rng.randint(0, 2))),
        location=rng.choice(["", "Astana", "Tashkent"]),
        agreement_ids=(rng.choice([f"a{i}" for i in range(1, agreements + 1)]),)
        if kind == "signing" and rng.random() < 0.7
        else (),
        amount=rng.choice([None, 1.0e9, 5.0e8]),
        currency="USD",
        inferred=tuple(rng.sample(["date", "published", "leaders"], rng.randint(0, 1))),
    )


def dated_mentions(nlp: Language, text: str, published: str) -> set[tuple[str, str, str]]:
    """(text, start, end) of each date mention of a text that resolves, against its publication day."""
    document = make_document(text, published=published)
    return {(m.text, m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


def published_under_a_headline(stamp: str) -> tuple[str, str]:
    """The publication date and precision read from a page whose second line is `stamp`."""
    return find_published(
        f"Headline of the story\n{stamp}\n\nThe minister met his counterpart in the capital.\nMore text.\n"
    )
