"""Money mentions.

In: a processed spaCy `Doc` and its `Document`.  Out: `MoneyMention`s with `amount`,
`currency`, `qualifier` and the bounds `amount_min`/`amount_max` of ranges and qualified
amounts.  The component `press_money` matches the amount patterns built from
`patterns/money/` (see `pipeline.normalize.money`) on the text, not on NER, which misses
"1.2 trillion tenge", number words and "EUR 40m"; it writes the matched spans to
`doc.spans["money"]`, and `money()` reads each span back into a normalized mention, a currency
word two countries share ("manat") taking the currency of the country its context names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.money import MoneyRules, currency_in_context, find_money, load_money_rules
from ..patterns import default_patterns_dir
from ..records import Document, MoneyMention
from .base import RuleComponent, attach_rules, mention_fields, rules_of, sentence_of, span_text, text_of

SPANS_KEY = "money"


def match_money(doc: Doc, *, rules: MoneyRules) -> list[Span]:
    """The smallest token span holding each amount in the doc's text, without repeats."""
    spans: dict[tuple[int, int], Span] = {}
    for amount in find_money(text_of(doc), rules=rules):
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is not None:
            spans.setdefault((span.start, span.end), span)
    return list(spans.values())


class MoneyFinder(RuleComponent):
    """Finds money amounts with the rules of patterns/money/; writes them to doc.spans["money"]."""

    def __init__(self, patterns_dir: str | None) -> None:
        self.load_if_present(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load(self, patterns_dir: Path) -> None:
        self.rules = load_money_rules(str(patterns_dir))

    def __call__(self, doc: Doc) -> Doc:
        self.require_rules()
        doc.spans[SPANS_KEY] = match_money(doc, rules=self.rules)
        attach_rules(doc, SPANS_KEY, self.rules)
        return doc


@Language.factory("press_money", default_config={"patterns_dir": None})
def make_money_finder(nlp: Language, name: str, patterns_dir: str | None) -> MoneyFinder:
    return MoneyFinder(patterns_dir)


def money(doc: Doc, *, document: Document) -> Iterator[MoneyMention]:
    rules = rules_of(doc, SPANS_KEY)
    text = text_of(doc)
    for span in doc.spans[SPANS_KEY]:
        # A span may hold a little more than the amount when the amount ends inside a token
        # ("$5bn-dollar"); the amount's own offsets are found again within it.
        for amount in find_money(span.text, rules=rules):
            start = span.start_char + amount.start
            currency = currency_in_context(amount, span_text(sentence_of(span[0])), text, rules=rules)
            fields = {**amount.fields(), "currency": currency}
            yield MoneyMention(**mention_fields(doc, document, start, span.start_char + amount.end), **fields)
