"""Which stored clusters an incremental reconcile must take again: those that could meet what changed.

In: the clusters of new, changed and deleted documents (their blocking keys, as stored hashes, and what
`merge_groups` compares first: `meets`), and the store's reconciled clusters with the same.  Out: the stored
clusters linked to them through pairs that could merge, closed: `reach`.

Why this gives the events of a full reconcile.  Across documents, `merge_groups` merges cluster j into the group
of the first head i (of a block both are in) for which `can_merge(i, j)` holds; a head that cannot merge with j
changes nothing for j.  So the groups of a set of clusters closed under "shares a block key and can merge" are
the same whether the other clusters are there or not (given the same order of clusters and of blocks: see
`stored_events.block_order`).  `can_merge` across documents holds only where `dates_agree` does, and every pair
of dates overlapping means the two date hulls overlap (or one side is undated); other than as a reprint (a shared
report, itself a key) an amount policy also wants a shared country.  `Holders.compatible` tests exactly that
much, so the clusters it links are a superset of those that can merge, and the set reached is closed as required.

A full reconcile splits every stored cluster into such closed sets at once (`components`: a union-find over the
holders of each key whose hulls could agree and that share a facet), so that it reconciles them batch by batch.
"""

from __future__ import annotations

import bisect
import itertools
import json
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .reconcile import Cluster, date_hull
from .store import Store

# Keys looked up per query.
CHUNK = 500
REPORT = "r"  # the first letter of a report key's hash (see stored_events.key_text)


def meets(cluster: Cluster, policy: str) -> str:
    """What a cluster offers to others in its blocks, as stored: [its date hull (start, end) or None when undated,
    its facets] (its countries for an amount policy, "" for the others, none for the sentence policy, which
    merges across documents only as a reprint)."""
    if policy == "sentence":
        facets: list[str] = []
    elif policy == "amount":
        facets = sorted(cluster.countries)
    else:
        facets = [""]
    return json.dumps([date_hull(cluster), facets])


@dataclass
class Hulls:
    """Date hulls, to ask whether any of them overlaps a given one."""

    hulls: list[tuple[str, str]] = field(default_factory=list)
    undated: bool = False
    _starts: list[str] | None = None
    _reach: list[str] = field(default_factory=list)  # the latest end among the hulls starting so far

    def add(self, hull: list[str] | None) -> None:
        if hull is None:
            self.undated = True
        else:
            self.hulls.append((hull[0], hull[1]))
        self._starts = None

    def meets(self, hull: list[str] | None) -> bool:
        """Whether a cluster of this hull (None: undated) could agree in dates with one of these."""
        if self.undated or (hull is None and self.hulls):
            return True
        if hull is None:
            return False
        if self._starts is None:
            ordered = sorted(self.hulls)
            self._starts = [start for start, _ in ordered]
            self._reach = list(itertools.accumulate((end for _, end in ordered), max))
        count = bisect.bisect_right(self._starts, hull[1])  # the hulls starting before this one ends
        return count > 0 and self._reach[count - 1] >= hull[0]


@dataclass
class Holders:
    """What the reached clusters holding one key offer: their hulls by facet ("*" for a report key, where a
    shared report is enough besides the dates)."""

    report: bool
    by_facet: dict[str, Hulls] = field(default_factory=lambda: defaultdict(Hulls))

    def add(self, offer: list) -> None:
        """Take a reached cluster's `meets`."""
        hull, facets = offer
        for facet in ["*"] if self.report else facets:
            self.by_facet[facet].add(hull)

    def compatible(self, offer: list) -> bool:
        """Whether a cluster offering `offer` could merge with one of the holders (dates, and a shared facet)."""
        hull, facets = offer
        return any(
            facet in self.by_facet and self.by_facet[facet].meets(hull) for facet in (["*"] if self.report else facets)
        )


@dataclass
class Reach:
    """The closure being built: clusters found (doc_id -> numbers) and what the holders of each key offer."""

    excluded: set[str]
    found: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    holders: dict[str, Holders] = field(default_factory=dict)

    def take(self, keys: Iterable[str], offer: list) -> set[str]:
        """A reached cluster's keys and offer; the keys to look up again (their holders offer more)."""
        for key in keys:
            if key not in self.holders:
                self.holders[key] = Holders(key[0] == REPORT)
            self.holders[key].add(offer)
        return set(keys)

    def admits(self, key: str, doc_id: str, number: int, offer: list) -> bool:
        """Whether a stored cluster found under `key` joins the closure (and is new to it)."""
        if doc_id in self.excluded or number in self.found[doc_id]:
            return False
        return self.holders[key].compatible(offer)


def reach(store: Store, seeds: Sequence[tuple[Sequence[str], str]], excluded: set[str]) -> dict[str, set[int]]:
    """The stored clusters (of documents not `excluded`) linked to the `seeds` ((keys, meets) of each cluster that
    changed, before or after) through shared keys and `Holders.compatible`, closed."""
    state = Reach(excluded)
    dirty: set[str] = set()
    for keys, offer in seeds:
        dirty |= state.take(keys, json.loads(offer))
    while dirty:
        frontier = sorted(dirty)
        dirty = set()
        for start in range(0, len(frontier), CHUNK):
            for key, doc_id, number, keys, offer in store.clusters_under(frontier[start : start + CHUNK]):
                parsed = json.loads(offer)
                if state.admits(key, doc_id, number, parsed):
                    state.found[doc_id].add(number)
                    dirty |= state.take(json.loads(keys), parsed)
    return {doc_id: numbers for doc_id, numbers in state.found.items() if numbers}


class Components:
    """Clusters (by their rowid in the store's `clusters` table) joined into connected sets: union-find in an
    array of ints, a set named by its smallest rowid."""

    def __init__(self, size: int) -> None:
        self.parent = array("q", range(size + 1))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def join_compatible(self, members: list[tuple[list[str] | None, int]]) -> None:
        """Join the clusters of one key and facet whose hulls could agree (`Hulls.meets` pair by pair): all of
        them when one is undated, else those of overlapping hulls (a sweep in order of start)."""
        if any(hull is None for hull, _ in members):
            for _, rowid in members[1:]:
                self.join(members[0][1], rowid)
            return
        members.sort(key=lambda member: (member[0][0], member[1]))
        reach, previous = "", -1
        for (start, end), rowid in members:
            if previous >= 0 and start <= reach:
                self.join(previous, rowid)
                reach = max(reach, end)
            else:
                reach = end
            previous = rowid


def components(store: Store) -> Iterator[list[int]]:
    """The stored clusters in closed sets, each a list of rowids of the `clusters` table in order, the sets in
    the order of their first: two clusters are in one set when a chain of pairs links them that share a key and
    are `Holders.compatible` (dates that could agree, a shared facet).  Each set is what `reach` gives from any of
    its clusters, so `merge_groups` merges a set (or a union of sets) as it does among all clusters, given the
    blocks' order among all (`stored_events.block_order`).  Held in memory: an int per cluster, and the holders
    of one key at a time."""
    db = store.connection
    (size,) = db.execute("SELECT coalesce(max(rowid), 0) FROM clusters").fetchone()
    sets = Components(size)
    rows = db.execute(
        "SELECT k.key, c.rowid, c.meets FROM cluster_keys k JOIN clusters c"
        " ON c.doc_id = k.doc_id AND c.cluster_no = k.cluster_no ORDER BY k.key"
    )
    for key, holders in itertools.groupby(rows, key=lambda row: row[0]):
        by_facet: dict[str, list[tuple[list[str] | None, int]]] = defaultdict(list)
        for _, rowid, offer in holders:
            hull, facets = json.loads(offer)
            for facet in ["*"] if key[0] == REPORT else facets:
                by_facet[facet].append((hull, rowid))
        for members in by_facet.values():
            sets.join_compatible(members)
    found: dict[int, list[int]] = defaultdict(list)
    for (rowid,) in db.execute("SELECT rowid FROM clusters ORDER BY rowid"):
        found[sets.find(rowid)].append(rowid)
    yield from found.values()
