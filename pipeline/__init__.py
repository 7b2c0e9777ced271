"""press-events: raw press articles in, a reviewed table of real-world events out.

The stages, in the order data flows: `ingest` -> `nlp` -> `extract` -> `normalize` ->
`reconcile` -> `store` -> `export`, with `cli` on top.
"""

__version__ = "0.1.0"
