"""Reviewers' corrections, applied on every run: `patterns/corrections.csv`.

In: the corrections file (one row per correction, see docs/review.md), the `Extraction`s
read back from the store (before reconcile) and the reconciled `Event`s (after).  Out: the
same records with the corrections applied (new frozen records, via `dataclasses.replace`;
the store keeps what extraction found, so deleting a row undoes it), and a report of how
many corrections applied and which rows matched nothing, by file and line.

Actions:
- `reject_mention`: drop a mention, by `doc_id` + `start_char`/`end_char`, or by `text`
  (in `doc_id`, or in every document when `doc_id` is empty), optionally of one `kind`.
  Event frames lose what the mention gave them; a frame left with no mention is dropped.
- `map_leader` / `map_agreement`: every leader / agreement mention whose text is `text`
  (in `doc_id`, or everywhere) takes `target_id` and `target_name`.
- `reject_event`: drop the events in `event_ids`.
- `merge_events`: the events in `event_ids` become the first of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .patterns import default_patterns_dir, read_csv, require
from .records import (
    MENTION_KINDS,
    AgreementMention,
    DateMention,
    Event,
    EventMention,
    Extraction,
    Frame,
    LeaderMention,
    Mention,
    MoneyMention,
)

CORRECTIONS_FILE = "corrections.csv"
COLUMNS = ("action", "doc_id", "kind", "text", "start_char", "end_char", "target_id", "target_name", "event_ids")
# Which cells each action reads; a filled cell an action does not read is an error, so a
# row that says more than it does never passes silently.
USED_COLUMNS: dict[str, set[str]] = {
    "reject_mention": {"doc_id", "kind", "text", "start_char", "end_char"},
    "map_leader": {"doc_id", "text", "target_id", "target_name"},
    "map_agreement": {"doc_id", "text", "target_id", "target_name"},
    "reject_event": {"event_ids"},
    "merge_events": {"event_ids"},
}
MAPPED_KIND = {"map_leader": "leaders", "map_agreement": "agreements"}


@dataclass(frozen=True)
class Correction:
    """One row of the corrections file."""

    source: str  # file:line, for the report
    action: str
    doc_id: str = ""
    kind: str = ""
    text: str = ""
    start_char: int | None = None
    end_char: int | None = None
    target_id: str = ""
    target_name: str = ""
    event_ids: tuple[str, ...] = ()

    def describe(self) -> str:
        used = [c for c in COLUMNS if c in USED_COLUMNS[self.action]]
        values = {
            c: ";".join(v) if isinstance(v, tuple) else v for c in used if (v := getattr(self, c)) not in ("", None, ())
        }
        return f"{self.source}: {self.action} " + " ".join(f"{c}={v!r}" for c, v in values.items())


def _same_text(a: str, b: str) -> bool:
    # Reviewers type what they read: case and runs of spaces or line breaks do not matter.
    return re.sub(r"\s+", " ", a).strip().casefold() == re.sub(r"\s+", " ", b).strip().casefold()


def _offset(row: dict[str, Any], path: Path, column: str) -> int | None:
    value = row[column]
    require(row, path, value == "" or value.isdigit(), f"{column} must be a whole number, not {value!r}")
    return int(value) if value else None


def parse_row(row: dict[str, Any], path: Path) -> Correction:
    action = row["action"]
    require(row, path, action in USED_COLUMNS, f"unknown action {action!r}; allowed: {sorted(USED_COLUMNS)}")
    unused = [c for c in COLUMNS if c != "action" and row.get(c, "") and c not in USED_COLUMNS[action]]
    require(row, path, not unused, f"{action} does not use {', '.join(unused)}: leave it empty")
    start, end = _offset(row, path, "start_char"), _offset(row, path, "end_char")
    event_ids = tuple(i.strip() for i in row["event_ids"].split(";") if i.strip())
    correction = Correction(
        source=f"{path}:{row['_line']}",
        action=action,
        doc_id=row["doc_id"],
        kind=row.get("kind", ""),
        text=row["text"],
        start_char=start,
        end_char=end,
        target_id=row["target_id"],
        target_name=row["target_name"],
        event_ids=event_ids,
    )
    if action == "reject_mention":
        require(row, path, (start is None) == (end is None), "give both start_char and end_char, or neither")
        require(row, path, start is None or start < end, "start_char must be before end_char")
        require(row, path, start is None or bool(row["doc_id"]), "offsets need the doc_id they index into")
        require(row, path, bool(row["text"]) or start is not None, "reject_mention needs text or offsets")
        require(row, path, correction.kind in ("", *MENTION_KINDS), f"kind must be one of {list(MENTION_KINDS)}")
    elif action in MAPPED_KIND:
        require(row, path, bool(row["text"]) and bool(row["target_id"]), f"{action} needs text and target_id")
    else:
        least = 2 if action == "merge_events" else 1
        require(row, path, len(event_ids) >= least, f"{action} needs at least {least} event id(s), ';'-separated")
    return correction


def load_corrections(patterns_dir: Path | str | None = None) -> list[Correction]:
    """The rows of `patterns/corrections.csv`; none when the file does not exist."""
    path = Path(patterns_dir or default_patterns_dir()) / CORRECTIONS_FILE
    if not path.is_file():
        return []
    rows = read_csv(path, required=[c for c in COLUMNS if c != "kind"], optional=["kind", "comment"])
    return [parse_row(row, path) for row in rows]


def mention_matches(correction: Correction, mention: Mention) -> bool:
    """Whether a mention-level correction is about this mention."""
    if correction.doc_id and correction.doc_id != mention.doc_id:
        return False
    kind = MAPPED_KIND.get(correction.action, correction.kind)
    if kind and kind != mention.kind:
        return False
    if correction.start_char is not None:
        return (correction.start_char, correction.end_char) == (mention.start_char, mention.end_char)
    return _same_text(correction.text, mention.text)


ID_COLUMN = {"leaders": "leader_id", "agreements": "agreement_id"}
# What a mapped mention copies from another mention of its new id: facts about the leader or
# the document, not about this sentence (a leader's role is read per sentence, so it stays).
COPIED_DETAILS = {"leaders": ("country",), "agreements": ("type", "parties", "year")}


def mapped(mention: Mention, correction: Correction, everywhere: Sequence[Mention]) -> Mention:
    """The mention under its new id; name and details from a mention already carrying that id."""
    kind = MAPPED_KIND[correction.action]
    id_column = ID_COLUMN[kind]
    reference = next(
        (
            m
            for m in everywhere
            if isinstance(m, (LeaderMention, AgreementMention))
            and m.kind == kind
            and getattr(m, id_column) == correction.target_id
        ),
        None,
    )
    changes: dict[str, Any] = {
        id_column: correction.target_id,
        "name": correction.target_name or (reference.name if reference else mention.text),
    }
    if reference is not None:
        changes.update({column: getattr(reference, column) for column in COPIED_DETAILS[kind]})
    return replace(mention, **changes)


def _renamed(names: dict[str, str], old_id: str, new_id: str, new_name: str) -> dict[str, str]:
    return {(new_id if k == old_id else k): (new_name if k == old_id else v) for k, v in names.items()}


def _kept_or_stand_in(mention_id: str, originals: dict[str, Mention], rejected: set[str]) -> str | None:
    """The mention, or for a rejected leader another mention naming that leader in the same sentence.

    A frame lists one mention per leader, though a sentence may name them twice ("Elbasy Nursultan
    Nazarbayev"): rejecting the listed one must not take out a leader the sentence still names.
    """
    if mention_id not in rejected:
        return mention_id
    lost = originals.get(mention_id)
    if not isinstance(lost, LeaderMention):
        return None
    return next(
        (
            m.mention_id
            for m in originals.values()
            if isinstance(m, LeaderMention)
            and m.mention_id not in rejected
            and (m.sentence_id, m.leader_id) == (lost.sentence_id, lost.leader_id)
        ),
        None,
    )


def corrected_frame(
    frame: Frame, originals: dict[str, Mention], rejected: set[str], remapped: dict[str, Mention]
) -> Frame | None:
    """The frame without what rejected mentions gave it and with mapped ids; None when nothing is left."""
    kept_ids = list(dict.fromkeys(k for i in frame.mention_ids if (k := _kept_or_stand_in(i, originals, rejected))))
    if frame.mention_ids and not kept_ids:
        return None
    kept = [originals[i] for i in kept_ids if i in originals]
    leaders = dict(zip(frame.leader_ids, frame.leaders, strict=False))
    agreements = dict(zip(frame.agreement_ids, frame.agreements, strict=False))
    changes: dict[str, Any] = {"mention_ids": tuple(kept_ids)}
    for lost in (originals[i] for i in frame.mention_ids if i in rejected and i in originals):
        if isinstance(lost, LeaderMention) and not any(getattr(m, "leader_id", None) == lost.leader_id for m in kept):
            leaders.pop(lost.leader_id, None)
        elif isinstance(lost, AgreementMention) and lost.agreement_id not in {
            getattr(m, "agreement_id", None) for m in kept
        }:
            agreements.pop(lost.agreement_id, None)
        elif isinstance(lost, DateMention):
            changes.update(date_start="", date_end="", date_precision="")
        elif isinstance(lost, MoneyMention):
            changes.update(amount=None, currency="")
    for mention_id in kept_ids:
        if mention_id not in remapped:
            continue
        old, new = originals[mention_id], remapped[mention_id]
        if isinstance(old, LeaderMention) and isinstance(new, LeaderMention):
            leaders = _renamed(leaders, old.leader_id, new.leader_id, new.name)
        elif isinstance(old, AgreementMention) and isinstance(new, AgreementMention):
            agreements = _renamed(agreements, old.agreement_id, new.agreement_id, new.name)
    changes.update(
        leader_ids=tuple(leaders),
        leaders=tuple(leaders.values()),
        agreement_ids=tuple(agreements),
        agreements=tuple(agreements.values()),
    )
    return replace(frame, **changes)


def merged_event(events: Sequence[Event]) -> Event:
    """One event from several: the first one's id, type and evidence, everything else pooled."""
    first = events[0]
    sentences: dict[tuple[str, int], EventMention] = {}
    for event in events:
        for mention in event.provenance:
            sentences.setdefault((mention.doc_id, mention.sentence_id), replace(mention, event_id=first.event_id))
    leaders = {k: v for e in events for k, v in zip(e.leader_ids, e.leaders, strict=False)}
    agreements = {k: v for e in events for k, v in zip(e.agreement_ids, e.agreements, strict=False)}
    dated = next((e for e in events if e.date_start), first)
    priced = next((e for e in events if e.amount is not None), first)
    return replace(
        first,
        date_start=dated.date_start,
        date_end=dated.date_end,
        date_precision=dated.date_precision,
        leader_ids=tuple(leaders),
        leaders=tuple(leaders.values()),
        countries=tuple(sorted({c for e in events for c in e.countries})),
        location=first.location or next((e.location for e in events if e.location), ""),
        agreement_ids=tuple(agreements),
        agreements=tuple(agreements.values()),
        amount=priced.amount,
        currency=priced.currency,
        doc_ids=tuple(sorted({d for e in events for d in e.doc_ids})),
        mention_count=len(sentences),
        confidence=max(e.confidence for e in events),
        provenance=tuple(sorted(sentences.values(), key=lambda m: (m.doc_id, m.start_char))),
    )


@dataclass
class Corrector:
    """Applies the corrections to one run's records and remembers what each row did."""

    corrections: list[Correction]
    matched: set[str] = field(default_factory=set)
    effects: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_patterns(cls, patterns_dir: Path | str | None = None) -> Corrector:
        return cls(load_corrections(patterns_dir))

    @property
    def mention_rules(self) -> list[Correction]:
        """The rows about mentions (rejected or mapped), in file order."""
        return [c for c in self.corrections if c.action in ("reject_mention", *MAPPED_KIND)]

    def extractions(self, extractions: Iterable[Extraction]) -> list[Extraction]:
        """The extractions with mentions rejected or mapped, and their frames to match."""
        extractions = list(extractions)
        rules = self.mention_rules
        if not rules:
            return extractions
        everywhere = [m for e in extractions for m in e.mentions]
        return [self._corrected_extraction(e, rules, everywhere) for e in extractions]

    def references(self, mentions: Iterable[Mention]) -> list[Mention]:
        """Of all mentions (in document order), the first of each kind and id that a map row targets: all that
        `mapped` reads of them, so `stream` needs only these, never every mention of an archive."""
        wanted = {(MAPPED_KIND[c.action], c.target_id) for c in self.corrections if c.action in MAPPED_KIND}
        found: list[Mention] = []
        for mention in mentions:
            key = (mention.kind, getattr(mention, ID_COLUMN.get(mention.kind, ""), None))
            if key in wanted:
                wanted.discard(key)
                found.append(mention)
        return found

    def stream(self, extractions: Iterable[Extraction], references: Sequence[Mention]) -> Iterator[Extraction]:
        """`extractions`, one at a time, as `extractions` corrects them, given the `references` of all mentions."""
        rules = self.mention_rules
        for extraction in extractions:
            yield self._corrected_extraction(extraction, rules, references) if rules else extraction

    def _corrected_extraction(
        self, extraction: Extraction, rules: Sequence[Correction], everywhere: Sequence[Mention]
    ) -> Extraction:
        kept: list[Mention] = []
        rejected: set[str] = set()
        remapped: dict[str, Mention] = {}
        for mention in extraction.mentions:
            # The first row that fits decides, so a file read top to bottom tells what happens.
            rule = next((c for c in rules if mention_matches(c, mention)), None)
            if rule is None:
                kept.append(mention)
                continue
            self.matched.add(rule.source)
            if rule.action == "reject_mention":
                rejected.add(mention.mention_id)
                self.effects["mentions rejected"] += 1
                continue
            remapped[mention.mention_id] = mapped(mention, rule, everywhere)
            kept.append(remapped[mention.mention_id])
            self.effects["mentions mapped"] += 1
        if not rejected and not remapped:
            return extraction
        originals = {m.mention_id: m for m in extraction.mentions}
        frames = (corrected_frame(f, originals, rejected, remapped) for f in extraction.frames)
        return replace(extraction, mentions=tuple(kept), frames=tuple(f for f in frames if f is not None))

    def events(self, events: Iterable[Event]) -> list[Event]:
        """The events with rejected ones dropped and merged ones pooled into the first listed."""
        events = list(events)
        for correction in self.corrections:
            present = [e for e in events if e.event_id in correction.event_ids]
            if correction.action == "reject_event" and present:
                events = [e for e in events if e.event_id not in correction.event_ids]
                self.effects["events rejected"] += len(present)
            elif correction.action == "merge_events" and len({e.event_id for e in present}) >= 2:
                order = {event_id: rank for rank, event_id in enumerate(correction.event_ids)}
                merged = merged_event(sorted(present, key=lambda e: order[e.event_id]))
                events = [e for e in events if e.event_id not in correction.event_ids] + [merged]
                self.effects["events merged"] += len(present)
            else:
                continue
            self.matched.add(correction.source)
        return sorted(events, key=lambda e: e.event_id)

    @property
    def event_ids(self) -> set[str]:
        """The ids of every event a row rejects or merges."""
        return {i for c in self.corrections if c.action in ("reject_event", "merge_events") for i in c.event_ids}

    @property
    def unmatched(self) -> list[Correction]:
        return [c for c in self.corrections if c.source not in self.matched]

    def lines(self) -> list[str]:
        """For the run summary: what was applied, and every row that matched nothing."""
        if not self.corrections:
            return []
        effects = ", ".join(f"{what} {count}" for what, count in sorted(self.effects.items()))
        applied = len(self.corrections) - len(self.unmatched)
        lines = [
            f"corrections: {applied} applied"
            + (f" ({effects})" if effects else "")
            + f", {len(self.unmatched)} matched nothing"
        ]
        return lines + [f"unmatched correction: {c.describe()}" for c in self.unmatched]
