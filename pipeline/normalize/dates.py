"""Date expressions as ISO ranges.

In: the text of a date mention and the document's publication date (ISO or "").
Out: a dict with `start`, `end` (ISO), `precision` and `resolved_with`, or None when the
text is not a calendar reference.
"""

from __future__ import annotations

import calendar
import re

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}


def resolve_date(text: str, *, published: str = "") -> dict | None:
    lowered = text.lower().strip()
    if m := re.fullmatch(r"(?:in )?((?:19|20)\d{2})", lowered):
        year = int(m[1])
        return {"start": f"{year}-01-01", "end": f"{year}-12-31", "precision": "year", "resolved_with": "explicit"}
    if m := re.fullmatch(r"([a-z]+)\s*((?:19|20)\d{2})", lowered):
        if m[1] in MONTHS:
            year, month = int(m[2]), MONTHS[m[1]]
            last = calendar.monthrange(year, month)[1]
            return {"start": f"{year}-{month:02d}-01", "end": f"{year}-{month:02d}-{last:02d}",
                    "precision": "month", "resolved_with": "explicit"}
    return None
