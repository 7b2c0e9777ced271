"""Date mentions.

In: a processed spaCy `Doc` (NER run) and its `Document` (for the publication date).
Out: `DateMention`s with ISO `start`/`end`, `precision` and `resolved_with` (see
`pipeline.normalize.dates`), including dates whose year cannot be known (empty `start`/`end`,
`resolved_with="unresolved"`).  The component `press_dates` writes the candidate spans to
`doc.spans["dates"]`: the date expressions of `patterns/dates/` found anywhere in the text,
plus those found inside spaCy's DATE entities; where two overlap, the longer wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.dates import DateGrammar, DateValue, anchors_a_partial_date, default_grammar, resolve_date
from ..records import DateMention, Document
from .base import sentence_id_at, sentence_of, span_fields

SPANS_KEY = "dates"
# An explicit day or month this many sentences back can anchor a partial date when the
# article has no publication date ("On March 14, 2018 ... On March 16 ...").
ANCHOR_SENTENCES = 2


def find_date_spans(text: str, ner_spans: list[tuple[int, int]], grammar: DateGrammar) -> list[tuple[int, int]]:
    """Character offsets of date expressions: standalone ones anywhere, the others inside NER DATE spans."""
    found: list[tuple[int, int]] = []
    for expression in grammar.expressions:
        if expression.standalone:
            found += [m.span() for m in expression.regex.finditer(text)]
        for start, end in ner_spans:
            found += [(start + s, start + e) for s, e in (m.span() for m in expression.regex.finditer(text[start:end]))]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return sorted(
        span for span in kept if not _is_metadata(text, span[0], grammar) and not _is_number(text, span, grammar)
    )


def _is_metadata(text: str, start: int, grammar: DateGrammar) -> bool:
    """A date after a label such as "Created at :" on its line describes the page, not the news."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(grammar.metadata_label and grammar.metadata_label.search(text[line_start:start]))


def _is_number(text: str, span: tuple[int, int], grammar: DateGrammar) -> bool:
    """A bare number after "No." names a document or an item ("Decree No. 2020"): it is no year."""
    start, end = span
    before = text[max(0, start - 20) : start]
    return bool(text[start:end].isdigit() and grammar.number_label and grammar.number_label.search(before))


class DateFinder:
    """Matches date expressions (standalone, or inside NER DATE entities) and writes them as spans."""

    def __init__(self, patterns_dir: str | None) -> None:
        self.grammar = DateGrammar(patterns_dir) if patterns_dir else None

    def __call__(self, doc: Doc) -> Doc:
        grammar = self.grammar or default_grammar()
        ner = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "DATE"]
        matches = find_date_spans(doc.text, ner, grammar)
        spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in matches]
        doc.spans[SPANS_KEY] = [span for span in spans if span is not None]
        return doc


@Language.factory("press_dates", default_config={"patterns_dir": None})
def make_date_finder(nlp: Language, name: str, patterns_dir: str | None) -> DateFinder:
    return DateFinder(patterns_dir)


def _speaks_of_past(span: Span) -> bool:
    return any(token.tag_ in ("VBD", "VBN") for token in sentence_of(span[0]))


def dates(doc: Doc, *, document: Document, grammar: DateGrammar | None = None) -> Iterator[DateMention]:
    """Every date span of the doc, resolved in text order against the dates before it."""
    published = date.fromisoformat(document.published) if document.published else None
    earlier: list[DateValue] = []
    anchors: list[tuple[int, date]] = []  # (sentence index, explicit day or month) when unpublished
    for span in doc.spans[SPANS_KEY]:
        sentence = sentence_id_at(doc, span.start_char)
        anchor, source = published, "document_date"
        if published is None:
            nearby = [(i, day) for i, day in anchors if sentence - i <= ANCHOR_SENTENCES]
            anchor, source = (nearby[-1][1], "context") if nearby else (None, "context")
        value = resolve_date(
            span.text,
            anchor=anchor,
            anchor_source=source,
            earlier=tuple(earlier),
            prefer_past=_speaks_of_past(span),
            grammar=grammar,
        )
        if value is None:
            continue
        if value.start:
            earlier.append(value)
            if anchors_a_partial_date(value):
                anchors.append((sentence, date.fromisoformat(value.start)))
        yield DateMention(**span_fields(span, document), **asdict(value))
