"""Money mentions.

In: a processed spaCy `Doc` (NER run) and its `Document`.  Out: `MoneyMention`s with
`amount`, `currency` and `qualifier` (see `pipeline.normalize.money`).
The component `press_money` writes candidate spans to `doc.spans["money"]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.money import parse_money
from ..records import Document, MoneyMention
from .base import span_fields

SPANS_KEY = "money"


class MoneyFinder:
    def __init__(self, patterns_dir: str | None) -> None:
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [ent for ent in doc.ents if ent.label_ == "MONEY"]
        return doc


@Language.factory("press_money", default_config={"patterns_dir": None})
def make_money_finder(nlp: Language, name: str, patterns_dir: str | None) -> MoneyFinder:
    return MoneyFinder(patterns_dir)


def money(doc: Doc, *, document: Document) -> Iterator[MoneyMention]:
    for span in doc.spans[SPANS_KEY]:
        value = parse_money(span.text)
        if value is None:
            continue
        yield MoneyMention(**span_fields(span, document), **value)
