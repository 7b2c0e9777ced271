"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.batch import run
from pipeline.export import COLUMNS
from pipeline.nlp import build_nlp
from pipeline.records import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


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
