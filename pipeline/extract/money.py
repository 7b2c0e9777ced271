"""Money mentions.

In: a processed spaCy `Doc` and its `Document`.  Out: `MoneyMention`s with `amount`,
`currency`, `qualifier` and the bounds `amount_min`/`amount_max` of ranges and qualified
amounts.  The component `press_money` matches the amount patterns built from
`patterns/money/` (see `pipeline.normalize.money`) on the text, not on NER, which misses
"1.2 trillion tenge", number words and "EUR 40m"; it writes the matched spans to
`doc.spans["money"]`, and `money()` reads each span back into a normalized mention.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.money import find_money, load_money_rules
from ..records import Document, MoneyMention
from .base import mention_fields, text_of

SPANS_KEY = "money"
RULES_DIR_KEY = "press_events_money_rules"  # where money() finds the rules the component matched with


def match_money(doc: Doc, *, patterns_dir: str | None = None) -> list[Span]:
    """The smallest token span holding each amount in the doc's text, without repeats."""
    spans: dict[tuple[int, int], Span] = {}
    for amount in find_money(text_of(doc), patterns_dir=patterns_dir):
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is not None:
            spans.setdefault((span.start, span.end), span)
    return list(spans.values())


class MoneyFinder:
    def __init__(self, patterns_dir: str | None) -> None:
        self.patterns_dir = patterns_dir
        load_money_rules(patterns_dir)  # a broken rule file fails when the pipeline is built, not mid-run

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = match_money(doc, patterns_dir=self.patterns_dir)
        doc.user_data[RULES_DIR_KEY] = self.patterns_dir
        return doc


@Language.factory("press_money", default_config={"patterns_dir": None})
def make_money_finder(nlp: Language, name: str, patterns_dir: str | None) -> MoneyFinder:
    return MoneyFinder(patterns_dir)


def money(doc: Doc, *, document: Document) -> Iterator[MoneyMention]:
    patterns_dir = doc.user_data.get(RULES_DIR_KEY)
    for span in doc.spans[SPANS_KEY]:
        # A span may hold a little more than the amount when the amount ends inside a token
        # ("$5bn-dollar"); the amount's own offsets are found again within it.
        for amount in find_money(span.text, patterns_dir=patterns_dir):
            start = span.start_char + amount.start
            yield MoneyMention(**mention_fields(doc, document, start, span.start_char + amount.end), **amount.fields())
