"""Money values: the rules, numbers and currencies behind every amount.

In: the money rules in `patterns/money/` (currency symbols, codes, words and sub-units; scale
words; qualifiers; number words; range joiners; the cues that pick among the currencies a word
stands for in more than one country).  Out: `load_money_rules` gives the checked `MoneyRules`
with the regex that finds single amounts; `parse_number("1 250,5")` and
`number_words_value("two hundred fifty")` give a number's value; `currency_in_context(amount,
sentence, text)` decides a shared currency word ("manat" is Azerbaijan's or Turkmenistan's) by
the country the sentence, else the article, names most.  Finding amounts in a text is
`pipeline.extract.money.find_money`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..patterns import default_patterns_dir, read_csv, require

QUALIFIERS = ("more than", "up to", "about", "nearly", "over", "less than", "at least")
BOUNDS = ("lower", "upper", "none")
POSITIONS = ("prefix", "suffix", "both")
# A bare year beside a currency word is a date ("in 2018 dollars"), not an amount.
YEARS = (1900, 2100)

_SPACE = r"[ \t\u00a0\u202f\u2009]"  # a space inside one amount; never a line break
_THOUSANDS = r"[,\u00a0\u202f\u2009 ]"
_DIGITS = rf"\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class MoneyRules:
    """The money rules of one patterns folder, with the regex that finds single amounts."""

    currencies: dict[str, str]  # surface (codes as written, the rest lower-cased) -> ISO code
    units: dict[str, Decimal]  # lower-cased surface of a sub-unit (cents) -> its worth in the currency (0.01)
    scales: dict[str, Decimal]  # lower-cased
    qualifiers: dict[str, tuple[str, str]]  # lower-cased phrase -> (qualifier, bound)
    number_words: dict[str, tuple[Decimal, str]]  # lower-cased word -> (value, "add" or "multiply")
    ranges: dict[str, str]  # joiner -> the opener the first amount needs ("" for none)
    amount_pattern: re.Pattern[str]
    # lower-cased currency surface -> (ISO code, regex of the words that cue it), for shared currency words
    contexts: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)

    def currency(self, surface: str | None) -> str:
        if not surface:
            return ""
        surface = " ".join(surface.split())
        return self.currencies.get(surface) or self.currencies.get(surface.lower(), "")


@dataclass(frozen=True)
class MoneyAmount:
    start: int
    end: int
    amount: float
    currency: str
    qualifier: str = ""
    amount_min: float | None = None
    amount_max: float | None = None
    currency_surface: str = ""  # the currency as written ("manats"), lower-cased, spaces collapsed

    def fields(self) -> dict[str, Any]:
        """The MoneyMention fields of this amount."""
        return {
            "amount": self.amount,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "amount_min": self.amount_min,
            "amount_max": self.amount_max,
        }


def _alternation(surfaces: list[str], *, ignore_case: bool) -> str:
    """A regex alternation of literal surfaces, longest first so that "US dollars" beats "dollars"."""
    ordered = sorted(set(surfaces), key=len, reverse=True)
    # An empty list must match nothing, not the empty string.
    body = "|".join(re.escape(s).replace(r"\ ", rf"{_SPACE}+") for s in ordered) or r"(?!x)x"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _surfaces(currencies: dict[str, tuple[str, str]], positions: set[str]) -> str:
    codes = [s for s, (_, where) in currencies.items() if where in positions and _is_code(s)]
    others = [s for s, (_, where) in currencies.items() if where in positions and not _is_code(s)]
    return f"(?:{_alternation(codes, ignore_case=False)}|{_alternation(others, ignore_case=True)})"


def _is_code(surface: str) -> bool:
    return surface.isalpha() and surface.isupper()


def _decimal(record: dict[str, Any], path: Path, column: str) -> Decimal:
    try:
        value = Decimal(record[column])
        valid = value.is_finite() and value > 0
    except InvalidOperation:
        valid = False
    require(record, path, valid, f"{column} must be a positive number, not {record[column]!r}")
    return value


def load_money_rules(patterns_dir: str | None = None) -> MoneyRules:
    """Read and check `patterns/money/*.csv`; a malformed row raises PatternError naming file and line."""
    folder = Path(patterns_dir or default_patterns_dir()) / "money"

    path = folder / "currencies.csv"
    currencies: dict[str, tuple[str, str]] = {}
    units: dict[str, Decimal] = {}
    for row in read_csv(path, required=["surface", "currency", "position"], optional=["unit", "comment"]):
        code, surface = row["currency"], " ".join(row["surface"].split())
        if row.get("unit"):
            units[surface.lower()] = _decimal(row, path, "unit")
        require(row, path, bool(surface), "surface is empty")
        require(row, path, bool(re.fullmatch(r"[A-Z]{3}", code)), f"currency must be an ISO 4217 code, not {code!r}")
        require(row, path, row["position"] in POSITIONS, f"position must be one of {POSITIONS}")
        currencies[surface if _is_code(surface) else surface.lower()] = (code, row["position"])

    path = folder / "scales.csv"
    scales: dict[str, Decimal] = {}
    loose, tight = [], []
    for row in read_csv(path, required=["surface", "multiplier", "spacing"], optional=["comment"]):
        require(row, path, row["spacing"] in ("loose", "tight"), "spacing must be loose or tight")
        require(row, path, bool(row["surface"]), "surface is empty")
        scales[row["surface"].lower()] = _decimal(row, path, "multiplier")
        (loose if row["spacing"] == "loose" else tight).append(row["surface"])

    path = folder / "qualifiers.csv"
    qualifiers: dict[str, tuple[str, str]] = {}
    for row in read_csv(path, required=["phrase", "qualifier", "bound"], optional=["comment"]):
        require(row, path, row["qualifier"] in QUALIFIERS, f"qualifier must be one of {QUALIFIERS}")
        require(row, path, row["bound"] in BOUNDS, f"bound must be one of {BOUNDS}")
        qualifiers[" ".join(row["phrase"].lower().split())] = (row["qualifier"], row["bound"])

    path = folder / "number_words.csv"
    number_words: dict[str, tuple[Decimal, str]] = {}
    for row in read_csv(path, required=["word", "value", "role"], optional=["comment"]):
        require(row, path, row["role"] in ("add", "multiply"), "role must be add or multiply")
        number_words[" ".join(row["word"].lower().split())] = (_decimal(row, path, "value"), row["role"])

    path = folder / "ranges.csv"
    ranges: dict[str, str] = {}
    for row in read_csv(path, required=["joiner", "opener"], optional=["comment"]):
        require(row, path, bool(row["joiner"]), "joiner is empty")
        ranges[" ".join(row["joiner"].lower().split())] = row["opener"].lower()

    contexts = _load_contexts(folder / "contexts.csv", currencies)

    words = _alternation(list(number_words), ignore_case=True)
    openers = [opener for opener in ranges.values() if opener]
    # No amount starts right after a word, a digit or a currency sign ("A380", "C$5" when C$ is unknown).
    signs = "".join(sorted({c for s in currencies for c in s if not c.isalnum() and not c.isspace()}))
    pattern = (
        rf"(?<![\w.,{re.escape(signs)}])"
        rf"(?:(?P<qualifier>{_alternation(list(qualifiers), ignore_case=True)}){_SPACE}+)?"
        rf"(?:(?P<opener>{_alternation(openers, ignore_case=True)}){_SPACE}+)?"
        rf"(?P<core>(?:(?P<prefix>{_surfaces(currencies, {'prefix', 'both'})}){_SPACE}?)?"
        rf"(?:(?P<digits>{_DIGITS})|(?P<words>{words}(?:(?:{_SPACE}+|-){words})*)\b)"
        rf"(?:(?:{_SPACE}|-)?(?P<scale>{_alternation(loose, ignore_case=True)})\b"
        rf"|(?P<tight>{_alternation(tight, ignore_case=True)})\b)?"
        rf"(?:(?:{_SPACE}*|-)(?P<suffix>{_surfaces(currencies, {'suffix', 'both'})})(?!\w))?)"
    )
    return MoneyRules(
        currencies={surface: code for surface, (code, _) in currencies.items()},
        units=units,
        scales=scales,
        qualifiers=qualifiers,
        number_words=number_words,
        ranges=ranges,
        amount_pattern=re.compile(pattern),
        contexts=contexts,
    )


def _load_contexts(
    path: Path, currencies: dict[str, tuple[str, str]]
) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """The cues of shared currency words: surface -> ((ISO code, cue regex), ...); every surface must be a currency."""
    contexts: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in read_csv(path, required=["surface", "currency", "cues"], optional=["comment"]):
        surface = " ".join(row["surface"].split())
        key = surface if _is_code(surface) else surface.lower()
        require(row, path, key in currencies, f"surface {surface!r} is not in currencies.csv")
        require(row, path, bool(re.fullmatch(r"[A-Z]{3}", row["currency"])), "currency must be an ISO 4217 code")
        cues = [c.strip() for c in row["cues"].split("|") if c.strip()]
        require(row, path, bool(cues), "cues is empty")
        alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        contexts.setdefault(key.lower(), []).append((row["currency"], re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")))
    return {surface: tuple(cued) for surface, cued in contexts.items()}


def currency_in_context(amount: MoneyAmount, sentence: str, text: str, *, rules: MoneyRules) -> str:
    """The currency of an amount whose currency word several countries share, read from its context.

    The currency whose cues (country names) the sentence names most wins; with none or a tie
    there, the whole text decides the same way; with none or a tie again, the amount keeps the
    currency `currencies.csv` gives the word.
    """
    cued = rules.contexts.get(amount.currency_surface)
    if not cued:
        return amount.currency
    for context in (sentence, text):
        counts = sorted(((len(cue.findall(context)), code) for code, cue in cued), reverse=True)
        if counts[0][0] and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return counts[0][1]
    return amount.currency


def parse_number(digits: str) -> Decimal | None:
    """A number written with either thousands convention: "1,250.5", "1 250,5", "1,25", "700.5"."""
    grouped_by_space = bool(re.search(r"\s", digits))
    plain = re.sub(r"\s", "", digits)
    if "," in plain and "." in plain:
        thousands = "," if plain.rfind(",") < plain.rfind(".") else "."
        plain = plain.replace(thousands, "").replace(",", ".")
    elif "," in plain:
        groups = plain.split(",")
        is_thousands = not grouped_by_space and all(len(g) == 3 for g in groups[1:])
        if not is_thousands and len(groups) > 2:
            return None
        plain = plain.replace(",", "") if is_thousands else plain.replace(",", ".")
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def number_words_value(text: str, rules: MoneyRules) -> Decimal | None:
    """The value of number words: "one" 1, "twenty-five" 25, "two hundred fifty" 250, "one and a half" 1.5."""
    total = Decimal(0)
    remaining = " ".join(text.lower().replace("-", " ").split())
    phrases = sorted(rules.number_words, key=len, reverse=True)
    while remaining:
        phrase = next((p for p in phrases if remaining == p or remaining.startswith(p + " ")), None)
        if phrase is None:
            return None
        value, role = rules.number_words[phrase]
        total = (total or 1) * value if role == "multiply" else total + value
        remaining = remaining[len(phrase) :].strip()
    return total
