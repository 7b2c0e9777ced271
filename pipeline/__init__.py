"""press-events: raw press articles in, a reviewed table of real-world events out.

The stages, in the order data flows: `ingest` -> `nlp` -> `extract` -> `store` ->
`corrections` -> `reconcile` -> `export`, with `cli` on top.  As a library:
`pipeline.process(texts_or_records)` returns the output tables as pandas DataFrames, and
`pipeline.load()` the spaCy pipeline (see docs/api.md).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "load", "process"]


def __getattr__(name: str) -> Any:
    # spaCy and pandas load only when the library API is used, so `press-events --help` stays quick.
    if name in ("load", "process"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
