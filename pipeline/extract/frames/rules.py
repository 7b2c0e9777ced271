"""Event rules: the event types table, the trigger, absorb and marker rules, the organisations, and the
`press_event_cues` spaCy component that marks them in a text.

In: the rules folder (`types.csv`, `organisations.csv`, the `event_cues` rule files) and a spaCy `Doc`.
Out: `EventType`s and `EventRules` (read by the rest of the package and by reconcile), and the `Doc`'s
`event_triggers`, `places`, `countries` and `event_markers` spans written by `EventCueFinder`.
The lowest layer of the package: it imports nothing from its siblings.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...normalize.geo import load_geo
from ...patterns import default_patterns_dir, read_csv, read_jsonl, require, require_token_pattern
from ..base import RuleComponent, attach_rules
from ..matching import AnchoredMatcher

TRIGGERS_KEY = "event_triggers"
PLACES_KEY = "places"
COUNTRIES_KEY = "countries"
MARKERS_KEY = "event_markers"
RULES_KIND = "event_cues"

# What an event type is (what it requires, where its date comes from, how it merges, its colour): one table.
TYPES_FILE = "types.csv"
TYPE_FLAGS = (
    "inherits_from_visit",
    "never_background",
    "goal",
    "dated_by_publication",
    "figure",
    "stated_by_speaker",
    "split_by_amount",
)
REQUIRABLE = ("agreements", "amount")
MERGE_POLICIES = ("people", "amount", "document", "sentence")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# A trigger rule of this type names a phrase that holds a trigger word but reports no event ("press conference",
# "exchanged views"): the longer match wins over the trigger inside it, then is dropped.
NOT_AN_EVENT = "none"
MARKER_ROLES = (
    "reference",
    "period_start",
    "during_visit",
    "trade",
    "planned",
    "collective",
    "heads_of_state",
    "figure",
    "document_reference",
    "joined",
    "presiding",
    "named_before",
    "counterpart",
    "chairs",
    "pair",
    "country_leader",
    "reporting",
    "announcing",
    "link",
)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EventType:
    """One row of patterns/events/types.csv: what an event type is (see the file's header for each column)."""

    name: str
    required: tuple[str, ...]  # mention kinds of which the event needs one ("agreements", "amount")
    inherits_from_visit: bool
    never_background: bool
    goal: bool
    dated_by_publication: bool
    figure: bool
    stated_by_speaker: bool
    split_by_amount: bool
    merge: str  # one of MERGE_POLICIES
    colour: str  # #RRGGBB in the review report


def load_event_types(path: Path) -> dict[str, EventType]:
    """Event type name -> EventType, from the types table; PatternError with file:line on a bad row."""
    types: dict[str, EventType] = {}
    columns = ["type", "required", *TYPE_FLAGS, "merge", "colour"]
    for row in read_csv(path, required=columns):
        name = row["type"]
        require(row, path, bool(re.fullmatch(r"[a-z_]+", name)), "type must be a lower-case name (a-z, _)")
        require(row, path, name not in types, f"duplicate type {name!r}")
        required = tuple(k for k in row["required"].split("|") if k)
        require(row, path, set(required) <= set(REQUIRABLE), f"required may hold only {', '.join(REQUIRABLE)}")
        for flag in TYPE_FLAGS:
            require(row, path, row[flag] in {"yes", "no"}, f"{flag} must be yes or no")
        require(row, path, row["merge"] in MERGE_POLICIES, f"merge must be one of {', '.join(MERGE_POLICIES)}")
        require(row, path, bool(COLOUR.fullmatch(row["colour"])), "colour must be #RRGGBB")
        flags = {flag: row[flag] == "yes" for flag in TYPE_FLAGS}
        types[name] = EventType(name, required, merge=row["merge"], colour=row["colour"], **flags)
    require({}, path, bool(types), "no event type")
    return types


def event_types(patterns_dir: Path | None = None) -> dict[str, EventType]:
    """The event types of a patterns folder (the package's own by default): for readers such as the review."""
    return load_event_types((Path(patterns_dir) if patterns_dir else default_patterns_dir()) / "events" / TYPES_FILE)


@dataclass(frozen=True)
class TriggerRule:
    id: str
    type: str
    needs: tuple[str, ...]
    own_event: bool = False  # names an event of its own, never a general word describing another trigger
    in_force: bool = False  # tells a document entering into force
    call: bool = False  # tells a telephone or video conversation


@dataclass(frozen=True)
class AbsorbRule:
    type: str
    triggers: frozenset[str]
    into: str
    reach: int  # sentences after the host within which a shared country is enough


@dataclass(frozen=True)
class Membership:
    """One row of patterns/events/organisations.csv: a member state of an organisation over a period."""

    country: str  # ISO2
    office: str  # the office of who represents it among the organisation's leaders
    start: datetime.date
    end: datetime.date | None  # None while a member


ORGANISATIONS_FILE = "organisations.csv"
ISO2 = re.compile(r"[A-Z]{2}")
OFFICE_KEY = re.compile(r"[a-z_]+")


def load_organisations(path: Path) -> dict[str, tuple[Membership, ...]]:
    """Every name of an organisation -> its memberships, from the organisations table; PatternError with file:line on
    a bad row."""
    members: dict[str, list[Membership]] = {}
    names: dict[str, str] = {}
    for row in read_csv(path, required=["organisation", "names", "member", "office", "from", "to"]):
        key = row["organisation"]
        require(row, path, bool(key), "organisation must not be empty")
        require(row, path, key in members or bool(row["names"]), "the first row of an organisation gives its names")
        require(row, path, bool(ISO2.fullmatch(row["member"])), "member must be an ISO2 code")
        require(row, path, bool(OFFICE_KEY.fullmatch(row["office"])), "office must be an office key")
        for column in ("from", "to"):
            require(row, path, not row[column] or bool(ISO_DAY.fullmatch(row[column])), f"{column} must be YYYY-MM-DD")
        require(row, path, bool(row["from"]), "from must be given")
        end = datetime.date.fromisoformat(row["to"]) if row["to"] else None
        members.setdefault(key, []).append(
            Membership(row["member"], row["office"], datetime.date.fromisoformat(row["from"]), end)
        )
        for name in filter(None, row["names"].split("|")):
            require(row, path, names.setdefault(name, key) == key, f"name {name!r} given to two organisations")
    # Longest names first, so that the first name written at a place is the longest one there.
    ordered = sorted(names, key=len, reverse=True)
    return {name: tuple(members[names[name]]) for name in ordered}


@dataclass(frozen=True)
class EventRules:
    triggers: dict[str, TriggerRule]
    trigger_patterns: dict[str, list]
    places: dict[str, tuple[str, str]]  # spelling -> (canonical name, ISO2)
    countries: dict[str, tuple[str, ...]]  # spelling -> ISO2 codes
    markers: dict[str, str]  # phrase -> role
    absorb: tuple[AbsorbRule, ...] = field(default=())
    types: dict[str, EventType] = field(default_factory=dict)  # name -> what the type is (types.csv)
    # name -> its members (organisations.csv)
    organisations: dict[str, tuple[Membership, ...]] = field(default_factory=dict)


def load_event_rules(patterns_dir: Path) -> EventRules:
    events = patterns_dir / "events"
    types = load_event_types(events / TYPES_FILE)
    triggers, trigger_patterns = {}, {}
    path = events / "triggers.jsonl"
    optional = ["needs", "own_event", "in_force", "call", "comment"]
    for record in read_jsonl(path, required=["id", "type", "pattern"], optional=optional):
        kinds = (*types, NOT_AN_EVENT)
        require(record, path, record["type"] in kinds, f"type must be one of {', '.join(kinds)}")
        require(record, path, record["id"] not in triggers, f"duplicate id {record['id']!r}")
        require_token_pattern(record, path)
        needs = tuple(record.get("needs", ()))
        require(record, path, set(needs) <= {"trade", "money"}, "needs may hold only 'trade' and 'money'")
        flags = {key: record.get(key, False) for key in ("own_event", "in_force", "call")}
        for key, value in flags.items():
            require(record, path, isinstance(value, bool), f"{key} must be true or false")
        triggers[record["id"]] = TriggerRule(record["id"], record["type"], needs, **flags)
        trigger_patterns[record["id"]] = record["pattern"]
    markers = {}
    path = events / "markers.jsonl"
    for record in read_jsonl(path, required=["role", "phrase"], optional=["comment"]):
        require(record, path, record["role"] in MARKER_ROLES, f"role must be one of {', '.join(MARKER_ROLES)}")
        markers[record["phrase"].lower()] = record["role"]
    absorb = []
    path = events / "absorb.jsonl"
    for record in read_jsonl(path, required=["type", "triggers", "into", "reach"]):
        for key in ("type", "into"):
            require(record, path, record[key] in types, f"{key} must be an event type of {TYPES_FILE}")
        require(record, path, isinstance(record["reach"], int) and record["reach"] >= 0, "reach must be a whole number")
        words = frozenset(t.lower() for t in record["triggers"])
        absorb.append(AbsorbRule(record["type"], words, record["into"], record["reach"]))
    geo = load_geo(patterns_dir)
    organisations = load_organisations(events / ORGANISATIONS_FILE)
    return EventRules(
        triggers, trigger_patterns, geo.places, geo.countries, markers, tuple(absorb), types, organisations
    )


def prefer_longest(spans: Iterable[Span]) -> list[Span]:
    """Overlap policy for triggers: of overlapping matches keep the longest (then the first)."""
    return filter_spans(list(spans))


def heads_its_name(span: Span) -> bool:
    """False for a word inside a named entity headed by another word: a name, not an event."""
    token = span.root
    if not token.ent_type_:
        return True
    entity = next((ent for ent in span.doc.ents if ent.start <= token.i < ent.end), None)
    return entity is None or entity.root.i == token.i


class EventCueFinder(RuleComponent):
    """Finds event triggers, places, country words and marker phrases; writes them to doc.spans."""

    def __init__(self, nlp: Language, patterns_dir: str | None) -> None:
        self.nlp = nlp
        self.load_if_present(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load(self, patterns_dir: Path) -> None:
        nlp = self.nlp
        self.rules = load_event_rules(patterns_dir)
        self.triggers = AnchoredMatcher(nlp.vocab)
        for rule_id, pattern in self.rules.trigger_patterns.items():
            self.triggers.add(rule_id, [pattern])
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.countries = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.markers = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer
        for spelling in self.rules.places:
            self.places.add(spelling, [tokenizer(spelling)])
        for spelling in self.rules.countries:
            self.countries.add(spelling, [tokenizer(spelling)])
        for phrase in self.rules.markers:
            self.markers.add(phrase, [tokenizer(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        self.require_rules()
        vocab = doc.vocab.strings
        matches = (Span(doc, start, end, label=vocab[match_id]) for match_id, start, end in self.triggers(doc))
        doc.spans[TRIGGERS_KEY] = prefer_longest(span for span in matches if heads_its_name(span))
        doc.spans[PLACES_KEY] = filter_spans([Span(doc, s, e, label=vocab[m]) for m, s, e in self.places(doc)])
        doc.spans[COUNTRIES_KEY] = filter_spans([Span(doc, s, e, label=vocab[m]) for m, s, e in self.countries(doc)])
        markers = (Span(doc, s, e, label=vocab[m]) for m, s, e in self.markers(doc))
        doc.spans[MARKERS_KEY] = [span for span in markers if self._marks_here(span)]
        attach_rules(doc, RULES_KIND, self.rules)
        return doc

    def _marks_here(self, span: Span) -> bool:
        """False for a trade word inside a name headed by another word ("the Export-Import Bank of Korea", "the World
        Trade Organization", "the Chamber of Commerce"): the name of a body, which says nothing about trade."""
        return self.rules.markers[span.label_] != "trade" or heads_its_name(span)


@Language.factory("press_event_cues", default_config={"patterns_dir": None})
def make_event_cue_finder(nlp: Language, name: str, patterns_dir: str | None) -> EventCueFinder:
    return EventCueFinder(nlp, patterns_dir)
