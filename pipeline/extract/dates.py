"""Date mentions.

In: a processed spaCy `Doc` (NER run) and its `Document` (for the publication date).
Out: `DateMention`s with ISO `start`/`end`, `precision` and `resolved_with`
(see `pipeline.normalize.dates`).  The component `press_dates` writes candidate spans to
`doc.spans["dates"]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.dates import resolve_date
from ..records import DateMention, Document
from .base import span_fields

SPANS_KEY = "dates"


class DateFinder:
    def __init__(self, patterns_dir: str | None) -> None:
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [ent for ent in doc.ents if ent.label_ == "DATE"]
        return doc


@Language.factory("press_dates", default_config={"patterns_dir": None})
def make_date_finder(nlp: Language, name: str, patterns_dir: str | None) -> DateFinder:
    return DateFinder(patterns_dir)


def dates(doc: Doc, *, document: Document) -> Iterator[DateMention]:
    for span in doc.spans[SPANS_KEY]:
        value = resolve_date(span.text, published=document.published)
        if value is None:
            continue
        yield DateMention(**span_fields(span, document), **value)
