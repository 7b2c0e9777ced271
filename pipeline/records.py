"""Frozen records that flow through the pipeline.

In: nothing (this module only defines types). Out: `Document` (what ingest reads),
`Mention` and its four kinds (what extract + normalize find in a document), `Event` and
`EventMention` (what reconcile builds from mentions across documents).  Every record is
immutable, so a stage can never change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar

MENTION_KINDS = ("leaders", "dates", "money", "agreements")


@dataclass(frozen=True)
class Document:
    """One input article, decoded to text, with what ingest could tell about it."""

    doc_id: str
    path: str
    text: str
    sha256: str
    title: str = ""
    encoding: str = ""  # what the text was decoded from ("utf-8", "cp1251", ...)
    dateline_place: str = ""  # the place of a wire dateline ("ASTANA, October 3 (Kazinform) -"), if any
    published: str = ""  # ISO date, or "" when the article does not carry one
    published_precision: str = ""  # "day", "month", "year" or ""
    language: str = ""
    url: str = ""
    source: str = ""
    status: str = "ok"  # "ok", "skipped" or "error"
    message: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Mention:
    """A span of a document's text, with the sentence it stands in."""

    kind: ClassVar[str] = ""
    id_prefix: ClassVar[str] = ""

    doc_id: str
    text: str
    start_char: int
    end_char: int
    sentence_id: int
    context: str

    @property
    def mention_id(self) -> str:
        # Offsets make the id stable across runs and unique within the document.
        return f"{self.id_prefix}{self.start_char}-{self.end_char}"

    def row(self) -> dict[str, Any]:
        """The mention as a flat dict in its output file's column order."""
        values = asdict(self)
        values["mention_id"] = self.mention_id
        common = ["doc_id", "mention_id", "text", "start_char", "end_char", "sentence_id", "context"]
        own = [f.name for f in fields(self) if f.name not in common]
        return {name: values[name] for name in common + own}


@dataclass(frozen=True)
class LeaderMention(Mention):
    kind: ClassVar[str] = "leaders"
    id_prefix: ClassVar[str] = "L"

    leader_id: str = ""
    name: str = ""
    role: str = ""
    country: str = ""
    source: str = ""  # "gazetteer", "title_pattern" or "ner"
    confidence: float = 0.0


@dataclass(frozen=True)
class DateMention(Mention):
    kind: ClassVar[str] = "dates"
    id_prefix: ClassVar[str] = "D"

    start: str = ""
    end: str = ""
    precision: str = ""  # day, month, season, quarter, half, year, range
    resolved_with: str = ""  # explicit, document_date, context, unresolved


@dataclass(frozen=True)
class MoneyMention(Mention):
    kind: ClassVar[str] = "money"
    id_prefix: ClassVar[str] = "M"

    amount: float | None = None
    currency: str = ""
    qualifier: str = ""
    amount_min: float | None = None
    amount_max: float | None = None


@dataclass(frozen=True)
class AgreementMention(Mention):
    kind: ClassVar[str] = "agreements"
    id_prefix: ClassVar[str] = "A"

    agreement_id: str = ""
    name: str = ""
    type: str = ""
    parties: tuple[str, ...] = ()
    year: int | None = None


MENTION_TYPES: dict[str, type[Mention]] = {
    cls.kind: cls for cls in (LeaderMention, DateMention, MoneyMention, AgreementMention)
}


@dataclass(frozen=True)
class Frame:
    """One event as one sentence reports it: a trigger plus the mentions attached to it.

    Frames are built per document at extraction time (they need the parse); reconcile
    merges the frames that describe the same real-world event.  `inferred` names the
    fields filled from outside the sentence (a neighbouring sentence, the visit the text
    refers to), so confidence can reflect how much was read versus inferred.
    """

    type: str
    doc_id: str
    sentence_id: int
    start_char: int  # the sentence's span
    end_char: int
    trigger: str
    evidence: str
    date_start: str = ""
    date_end: str = ""
    date_precision: str = ""
    leader_ids: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    location: str = ""
    agreement_ids: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    amount: float | None = None
    currency: str = ""
    mention_ids: tuple[str, ...] = ()
    inferred: tuple[str, ...] = ()
    status: str = "reported"  # "reported", "planned" (announced for the future) or "background" (an earlier event)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the unit the store keeps."""

    document: Document
    n_tokens: int | None = None
    sentences: tuple[tuple[int, int], ...] = ()  # (start_char, end_char) per sentence_id
    mentions: tuple[Mention, ...] = ()
    frames: tuple[Frame, ...] = ()

    def of_kind(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


@dataclass(frozen=True)
class EventMention:
    """One sentence that contributed to an event: provenance."""

    event_id: str
    doc_id: str
    sentence_id: int
    start_char: int
    end_char: int
    mention_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """One real-world event, however many sentences and documents report it."""

    event_id: str
    type: str
    date_start: str = ""
    date_end: str = ""
    date_precision: str = ""
    leader_ids: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    location: str = ""
    agreement_ids: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    amount: float | None = None
    currency: str = ""
    doc_ids: tuple[str, ...] = ()
    evidence: str = ""
    mention_count: int = 0
    confidence: float = 0.0
    status: str = "reported"
    provenance: tuple[EventMention, ...] = ()
