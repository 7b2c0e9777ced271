"""Agreement names as canonical documents.

In: an agreement's title as written.  Out: its canonical name and a stable id.
"""

from __future__ import annotations

import re


def canonical_name(text: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)


def agreement_id_for(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]
