"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

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
