"""What every extractor shares: locating a span's sentence and building a mention's common fields.

In: a processed spaCy `Doc` and character offsets.  Out: the `sentence_id` and trimmed
`context` of the sentence an offset falls in, and the keyword arguments common to every
`Mention` (`doc_id, text, start_char, end_char, sentence_id, context`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Document

_SENTENCES_KEY = "press_events_sentences"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, trimmed of surrounding white space; cached on the doc."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is None:
        cached = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            text = doc.text
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                cached.append((start, end))
        doc.user_data[_SENTENCES_KEY] = cached
    return cached


def sentence_id_at(doc: Doc, char: int) -> int:
    """Index of the sentence containing (or, in white space, preceding) a character offset."""
    starts = [start for start, _ in sentence_bounds(doc)]
    return max(0, bisect_right(starts, char) - 1)


def sentence_text(doc: Doc, sentence_id: int) -> str:
    bounds = sentence_bounds(doc)
    if not bounds:
        return ""
    start, end = bounds[sentence_id]
    return " ".join(doc.text[start:end].split())


def mention_fields(doc: Doc, document: Document, start_char: int, end_char: int) -> dict[str, Any]:
    """The fields every Mention has, for the text between two offsets."""
    sentence_id = sentence_id_at(doc, start_char)
    return {
        "doc_id": document.doc_id,
        "text": doc.text[start_char:end_char],
        "start_char": start_char,
        "end_char": end_char,
        "sentence_id": sentence_id,
        "context": sentence_text(doc, sentence_id),
    }


def span_fields(span: Span, document: Document) -> dict[str, Any]:
    return mention_fields(span.doc, document, span.start_char, span.end_char)
