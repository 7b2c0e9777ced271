"""Extractors, one module per kind: each registers a spaCy component that finds candidate
spans, and a generator that turns a processed doc's spans into normalized mentions.

In: a spaCy `Doc` processed by `pipeline.nlp.build_nlp` and its `Document`.
Out: `Mention` records of the four kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from ..records import Document, Extraction, Mention
from .agreements import agreements
from .base import sentence_bounds
from .dates import dates
from .frames import frames
from .leaders import leaders
from .money import money

EXTRACTORS: dict[str, Callable[..., Iterable[Mention]]] = {
    "leaders": leaders,
    "dates": dates,
    "money": money,
    "agreements": agreements,
}


def extract_mentions(doc: Doc, *, document: Document) -> list[Mention]:
    """Every mention of every kind in one processed document, in text order."""
    found = [mention for extractor in EXTRACTORS.values() for mention in extractor(doc, document=document)]
    return sorted(found, key=lambda m: (m.start_char, m.end_char, m.kind))


def extract_document(doc: Doc, *, document: Document) -> Extraction:
    """Everything the store keeps about one processed document: mentions and event frames."""
    mentions = extract_mentions(doc, document=document)
    return Extraction(
        document=document,
        n_tokens=len(doc),
        sentences=tuple(sentence_bounds(doc)),
        mentions=tuple(mentions),
        frames=tuple(frames(doc, document=document, mentions=mentions)),
    )


__all__ = ["EXTRACTORS", "agreements", "dates", "extract_document", "extract_mentions", "frames", "leaders", "money"]
