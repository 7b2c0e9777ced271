"""Reconciling mentions into events: one row per real-world event.

In: the `Extraction`s of every document.  Out: `Event`s, each with the sentences that
support it (`EventMention`s).
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Event, Extraction


def reconcile(extractions: Sequence[Extraction]) -> list[Event]:
    return []
