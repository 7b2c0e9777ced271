"""Money amounts as numbers.

In: the text of a money mention ("more than $1.1 billion").  Out: a dict with `amount`
(in currency units), `currency` (ISO 4217), `qualifier`, `amount_min` and `amount_max`,
or None when the text is not a money amount.
"""

from __future__ import annotations

import re

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
QUALIFIERS = {"more than": "more than", "over": "over", "exceeding": "more than", "up to": "up to",
              "about": "about", "nearly": "nearly", "less than": "less than", "at least": "at least"}


def parse_money(text: str) -> dict | None:
    lowered = text.lower()
    qualifier = next((q for phrase, q in QUALIFIERS.items() if lowered.startswith(phrase)), "")
    match = re.search(r"\$\s*([\d.,]+)\s*(thousand|million|billion|trillion)?", lowered)
    if not match:
        return None
    amount = float(match[1].replace(",", "")) * SCALES.get(match[2] or "", 1)
    return {"amount": amount, "currency": "USD", "qualifier": qualifier, "amount_min": amount, "amount_max": amount}
