"""Money mentions.

In: a processed spaCy `Doc` and its `Document`.  Out: `MoneyMention`s with `amount`,
`currency`, `qualifier` and the bounds `amount_min`/`amount_max` of ranges and qualified
amounts.  The component `press_money` matches the amount patterns built from
`patterns/money/` (see `pipeline.normalize.money`) on the text, not on NER, which misses
"1.2 trillion tenge", number words and "EUR 40m"; it writes the matched spans to
`doc.spans["money"]`, and `money()` reads each span back into a normalized mention, a currency
word two countries share ("manat") taking the currency of the country its context names.
`find_money(text)` yields every amount written in a text ("more than $1.1 billion", "1 250,5
million tenge", "$1-2 billion", "50 US cents", "thirteen dollars and forty-five cents") as a
`MoneyAmount` with its offsets, `amount` (in currency units), `currency` (ISO 4217),
`qualifier` and the bounds `amount_min`/`amount_max`; `parse_money(text)` gives those fields
for a text that is one amount, or None.  A number counts as money only next to a currency.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.money import (
    YEARS,
    MoneyAmount,
    MoneyRules,
    currency_in_context,
    load_money_rules,
    number_words_value,
    parse_number,
)
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


@dataclass(frozen=True)
class _Piece:
    """One number as the regex found it, with whatever currency, scale and qualifier stand beside it."""

    start: int  # of the qualifier or opener when there is one
    core_start: int  # of the currency prefix or the number
    end: int
    number: Decimal
    multiplier: Decimal | None  # of its scale word, when it has one
    currency: str
    currency_surface: str
    year_like: bool
    qualifier: str
    opener: str


def _pieces(text: str, rules: MoneyRules) -> Iterator[_Piece]:
    for match in rules.amount_pattern.finditer(text):
        number = parse_number(match["digits"]) if match["digits"] else number_words_value(match["words"], rules)
        if number is None:
            continue
        scale = match["scale"] or match["tight"]
        prefix, suffix = rules.currency(match["prefix"]), rules.currency(match["suffix"])
        if prefix and suffix and prefix != suffix:
            continue  # "$5 million tenge" says two things; trust neither
        written = match["prefix"] if prefix else match["suffix"]
        surface = " ".join((written or "").lower().split())
        yield _Piece(
            start=match.start(),
            core_start=match.start("core"),
            end=match.end(),
            number=number,
            multiplier=_multiplier(rules.scales[scale.lower()] if scale else None, rules.units.get(surface)),
            currency=prefix or suffix,
            currency_surface=surface,
            year_like=not scale and not match["prefix"] and number % 1 == 0 and YEARS[0] <= number <= YEARS[1],
            qualifier=(match["qualifier"] or "").lower(),
            opener=(match["opener"] or "").lower(),
        )


def _multiplier(scale: Decimal | None, unit: Decimal | None) -> Decimal | None:
    """What the number is multiplied by: its scale word's value times its sub-unit's worth (50 cents: 0.01)."""
    if unit is None:
        return scale
    return (scale or Decimal(1)) * unit


def _as_range(first: _Piece, second: _Piece, joiner: str, rules: MoneyRules) -> MoneyAmount | None:
    """The range two neighbouring pieces form ("$1-2 billion"), or None when they are not one."""
    if second.qualifier or second.opener or (first.multiplier and not second.multiplier):
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    currency = first.currency or second.currency
    surface = first.currency_surface if first.currency else second.currency_surface
    joiner_key = " ".join(joiner.lower().split())
    if not currency or "\n" in joiner or joiner_key not in rules.ranges or rules.ranges[joiner_key] != first.opener:
        return None
    # "$1-2 billion": a scale written once applies to both ends
    low = first.number * (first.multiplier or second.multiplier or 1)
    high = second.number * (second.multiplier or 1)
    if low >= high:
        return None
    return MoneyAmount(
        start=first.start,
        end=second.end,
        amount=float(low),
        currency=currency,
        qualifier=rules.qualifiers.get(first.qualifier, ("", ""))[0],
        amount_min=float(low),
        amount_max=float(high),
        currency_surface=surface,
    )


def _with_sub_units(first: _Piece, second: _Piece, joiner: str, rules: MoneyRules) -> MoneyAmount | None:
    """One amount written in a currency and its sub-unit ("thirteen dollars and forty-five cents"), or None."""
    if joiner.strip().lower() != "and" or "\n" in joiner or second.qualifier or second.opener:
        return None
    if second.currency_surface not in rules.units or first.currency_surface in rules.units:
        return None
    if not first.currency or first.currency != second.currency or first.multiplier or first.year_like:
        return None
    amount = float(first.number + second.number * (second.multiplier or 1))
    qualifier, bound = rules.qualifiers.get(first.qualifier, ("", ""))
    return _bounded(first, first.start, second.end, amount, qualifier, bound)


@cache
def default_money_rules() -> MoneyRules:
    """The rules of the default `patterns/` folder, for callers that bring none."""
    return load_money_rules()


def find_money(text: str, *, rules: MoneyRules | None = None) -> Iterator[MoneyAmount]:
    """Every money amount in a text, in order (with the default rules unless `rules` are given)."""
    rules = rules or default_money_rules()
    pieces = list(_pieces(text, rules))
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if index + 1 < len(pieces):
            between = text[piece.end : pieces[index + 1].start]
            joined = _as_range(piece, pieces[index + 1], between, rules) or _with_sub_units(
                piece, pieces[index + 1], between, rules
            )
            if joined is not None:
                yield joined
                index += 2
                continue
        index += 1
        if not piece.currency or piece.year_like:
            continue
        # An opener ("between") that found no second amount is not part of the mention.
        start = piece.core_start if piece.opener else piece.start
        qualifier, bound = ("", "") if piece.opener else rules.qualifiers.get(piece.qualifier, ("", ""))
        amount = float(piece.number * (piece.multiplier or 1))
        yield _bounded(piece, start, piece.end, amount, qualifier, bound)


def _bounded(piece: _Piece, start: int, end: int, amount: float, qualifier: str, bound: str) -> MoneyAmount:
    """An amount in `piece`'s currency; `bound` says which side the qualifier leaves known ("" both)."""
    return MoneyAmount(
        start=start,
        end=end,
        amount=amount,
        currency=piece.currency,
        qualifier=qualifier,
        amount_min=amount if bound in ("", "lower") else None,
        amount_max=amount if bound in ("", "upper") else None,
        currency_surface=piece.currency_surface,
    )


def parse_money(text: str, *, rules: MoneyRules | None = None) -> dict[str, Any] | None:
    """The fields of a text that is one money amount ("more than $1.1 billion"), else None."""
    stripped = text.strip()
    found = list(find_money(stripped, rules=rules))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(stripped)):
        return None
    return found[0].fields()
