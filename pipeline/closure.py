"""Which stored clusters an incremental reconcile must take again: those that could meet what changed.

In: the clusters of new, changed and deleted documents (their blocking keys, as stored hashes, and what
`merge_groups` compares first: `meets`), and the store's reconciled clusters with the same.  Out: the stored
clusters linked to them through pairs that could merge, closed: `reach`.

Why this gives the events of a full reconcile.  Across documents, `merge_groups` merges cluster j into the group
of the first head i (of a block both are in) for which `can_merge(i, j)` holds; a head that cannot merge with j
changes nothing for j.  So the groups of a set of clusters closed under "shares a block key and can merge" are
the same whether the other clusters are there or not (given the same order of clusters and of blocks: see
`block_order`).  `can_merge` across documents needs a shared report, or dates that agree (two date hulls that
overlap share a month) and, for amounts, a shared country: what `Heads.candidates` already tests.  `compatible`
is a looser test of the same (undated and wide hulls meet everything), so the clusters it links are a superset
of those that can merge, and the set reached is closed as required.  A report key links without a test.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .reconcile import Cluster, date_hull, hull_months
from .store import Store

# Keys looked up per query.
CHUNK = 500
REPORT = "r"  # the first letter of a report key's hash (see stored_events.key_text)


def meets(cluster: Cluster, policy: str) -> str:
    """What a cluster offers to others in its blocks, as stored: [dated, months of its date hull (None when
    wide), facets] (facets as `Heads.facets`: its countries for an amount policy, "" for the others, none for
    the sentence policy)."""
    hull = date_hull(cluster)
    months = hull_months(hull) if hull else None
    if policy == "sentence":
        facets: list[str] = []
    elif policy == "amount":
        facets = sorted(cluster.countries)
    else:
        facets = [""]
    return json.dumps([hull is not None, months, facets])


@dataclass
class Holders:
    """What the reached clusters holding one key offer: facets they hold while undated or wide (they meet
    everything of that facet), every facet they hold, and their (month, facet) pairs."""

    wild: set[str] = field(default_factory=set)
    facets: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, offer: list) -> bool:
        """Take a cluster's `meets`; whether it added anything."""
        dated, months, facets = offer
        before = (len(self.wild), len(self.facets), len(self.pairs))
        self.facets.update(facets)
        if not dated or months is None:
            self.wild.update(facets)
        else:
            self.pairs.update((month, facet) for month in months for facet in facets)
        return before != (len(self.wild), len(self.facets), len(self.pairs))

    def compatible(self, offer: list) -> bool:
        """Whether a cluster offering `offer` could meet one of the holders (`Heads.candidates`, loosened)."""
        dated, months, facets = offer
        for facet in facets:
            if facet in self.wild or ((not dated or months is None) and facet in self.facets):
                return True
            if months and any((month, facet) in self.pairs for month in months):
                return True
        return False


@dataclass
class Reach:
    """The closure being built: clusters found (doc_id -> numbers) and what the holders of each key offer."""

    excluded: set[str]
    found: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    holders: dict[str, Holders] = field(default_factory=lambda: defaultdict(Holders))

    def take(self, keys: Iterable[str], offer: list) -> set[str]:
        """A reached cluster's keys and offer; the keys whose holders now offer more (to look up again)."""
        return {key for key in keys if self.holders[key].add(offer) or key[0] == REPORT}

    def admits(self, key: str, doc_id: str, number: int, offer: list) -> bool:
        """Whether a stored cluster found under `key` joins the closure (and is new to it)."""
        if doc_id in self.excluded or number in self.found[doc_id]:
            return False
        return key[0] == REPORT or self.holders[key].compatible(offer)


def reach(store: Store, seeds: Sequence[tuple[Sequence[str], str]], excluded: set[str]) -> dict[str, set[int]]:
    """The stored clusters (of documents not `excluded`) linked to the `seeds` ((keys, meets) of each cluster that
    changed, before or after) through shared keys and `Holders.compatible`, closed."""
    state = Reach(excluded)
    dirty: set[str] = set()
    for keys, offer in seeds:
        dirty |= state.take(keys, json.loads(offer))
    looked: set[str] = set()
    while dirty:
        frontier = sorted(key for key in dirty if key[0] != REPORT or key not in looked)
        looked.update(frontier)
        dirty = set()
        for start in range(0, len(frontier), CHUNK):
            for key, doc_id, number, keys, offer in store.clusters_under(frontier[start : start + CHUNK]):
                parsed = json.loads(offer)
                if state.admits(key, doc_id, number, parsed):
                    state.found[doc_id].add(number)
                    dirty |= state.take(json.loads(keys), parsed)
    return {doc_id: numbers for doc_id, numbers in state.found.items() if numbers}
