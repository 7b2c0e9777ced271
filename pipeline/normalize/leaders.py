"""Leader names as canonical people.

In: a name as written.  Out: a stable `leader_id`.
"""

from __future__ import annotations

import re
import unicodedata


def leader_id_for(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
