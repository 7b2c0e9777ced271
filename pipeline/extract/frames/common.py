"""The pieces the concerns of the package share: the records a document's frames are built from and the
parse helpers every step reads a clause with.

In: nothing of its own (spaCy tokens and spans, the event rules).
Out: `_Sentence` (one sentence's mentions and spans), `_Candidate`, `_Scope` and `_Attached` (a trigger, where it
stands, what was attached to it), clause and root helpers (`clause_head`, `_root`, `_in_clause`, `_governs`),
distances between spans (`_gap`, `_closest`), and the constants more than one concern reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ...records import AgreementMention, DateMention, Document, Frame, LeaderMention, Mention, MoneyMention
from ..base import text_of
from .rules import EventRules, EventType

DEAL_NOUNS = {"deal", "contract"}
# Dependencies that open a clause of their own: a mention under one of them belongs to that clause.
CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "xcomp", "conj", "acl", "parataxis", "csubj", "pcomp"}
# How a line of a list starts: a bullet, a dash or a number ("• Agreement on ...", "2. Memorandum ...").
LIST_ITEM = re.compile(r"\s*(?:[•·●▪*\-–—]|\d{1,2}[.)])\s")
# "The two countries": how many countries a sentence names together for the pair a later "of the two countries" means.
PAIR = 2
# Determiners that make a noun refer back to the event already reported ("the visit", "this visit").
DEFINITE = {"the", "this"}
# Events a person makes by travelling to a host (an invitation names one to come).
VISIT_TYPES = {"visit"}
# The type of a trade goal: a trade figure told as still to come, or a goal a document's title sets ("adopted an
# action plan to lift bilateral trade to $1 billion by 2030"), an event of its own beside the signing.
TARGET_TYPE = "trade_target"
# Events that a definite noun names again once reported ("the visit", "the summit").
HOST_TYPES = {"visit", "meeting"}
# Marker roles naming a group by office ("the two sides"; "the presidents": heads of state, resolved by office).
COLLECTIVE_ROLES = {"collective", "heads_of_state"}
# Words that open a clause counting a period from its event ("since Tokyo launched the framework in 2004").
PERIOD_OPENERS = {"since"}
# Clauses that describe the noun they hang on ("the visit, which began on July 1"; "the meeting held in Baku").
RELATIVE_DEPS = {"relcl", "acl"}
# The roles a document plays for the verb that acts on it: approved *the Roadmap*, *the treaty* was ratified.
DOCUMENT_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Types whose undated report takes the story's day only when it reports an act, not a running total (see
# `_reports_an_act`): an investment "presented" today, not the sum companies "have invested".
ACT_ONLY_TYPES = {"investment"}


def clause_head(token: Token) -> Token:
    """The verb heading the clause a token stands in (the sentence root at most)."""
    while True:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ in CLAUSE_DEPS:
            return token
        if token.head.i == token.i or token.dep_ == "ROOT":
            return token
        token = token.head


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governs(ancestor: Token, token: Token) -> bool:
    return ancestor.i == token.i or any(a.i == ancestor.i for a in token.ancestors)


@dataclass
class _Sentence:
    """The mentions and cues of one sentence, and their clauses."""

    id: int
    start: int
    end: int
    dates: list[DateMention] = field(default_factory=list)
    leaders: list[LeaderMention] = field(default_factory=list)
    money: list[MoneyMention] = field(default_factory=list)
    agreements: list[AgreementMention] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    countries: list[Span] = field(default_factory=list)
    markers: list[Span] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)


def _bounds(item) -> tuple[int, int]:
    if isinstance(item, Token):
        return item.idx, item.idx + len(item)
    return item.start_char, item.end_char


def _gap(a, b) -> int:
    """Characters between two spans or tokens (0 when they touch or overlap)."""
    (a_start, a_end), (b_start, b_end) = _bounds(a), _bounds(b)
    return max(0, b_start - a_end, a_start - b_end)


def _closest(items: Sequence, anchor):
    """The item nearest to the anchor span, by the characters between them."""
    return min(items, key=lambda item: (_gap(item, anchor), _bounds(item)[0])) if items else None


def _dated_as(frame: Frame, source: Frame) -> Frame:
    """The frame with the date and the status of `source` (the opener of its list, the meeting it was done at)."""
    return replace(
        frame,
        date_start=source.date_start,
        date_end=source.date_end,
        date_precision=source.date_precision,
        status=source.status,
    )


def _is_summary(frame: Frame, types: dict[str, EventType]) -> bool:
    """A signing frame with no document and no amount: kept while the document is read, to date its list."""
    return bool(types[frame.type].required) and not frame.agreement_ids and frame.amount is None


def _span_of(doc: Doc, mention: Mention) -> Span:
    return doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")


@dataclass(frozen=True)
class _Candidate:
    """A trigger of a sentence; a parenthesised date after a title is one for that title alone."""

    kind: str
    token: Token
    text: str
    agreement: AgreementMention | None = None
    date: DateMention | None = None
    listed: tuple[AgreementMention, ...] = ()  # the documents of a list the sentence introduces ("signed:")
    own_event: bool = False  # its trigger rule's own_event: never dropped as a general word
    in_force: bool = False  # its trigger rule's in_force: a document entering into force
    call: bool = False  # its trigger rule's call: a telephone or video conversation


def _in_clause(doc: Doc, items: Sequence, clause: Token, trigger_clauses: set[int]) -> list:
    """Items in the trigger's clause; else those whose own clause has no trigger."""
    own, free = [], []
    for item in items:
        start, end = (item.start_char, item.end_char)
        root = _root(doc, start, end)
        if root is None:
            continue
        head = clause_head(root).i
        if head == clause.i:
            own.append(item)
        elif head not in trigger_clauses:
            free.append(item)
    return own or free


@dataclass(frozen=True)
class _Scope:
    """The sentence being read: its document, the article's sentences, the rules, the frames built before it,
    and the sentence's candidate triggers with the clauses they head."""

    doc: Doc
    document: Document
    sentence: _Sentence
    sentences: list[_Sentence]
    rules: EventRules
    earlier: list[Frame]
    candidates: list[_Candidate]
    trigger_clauses: set[int]


@dataclass
class _Attached:
    """What a trigger's clause holds: the mentions and cues its frames are built from."""

    dates: list[DateMention]  # the dates of the sentence the trigger can see
    frame_dates: list[DateMention]  # those of its own clause
    leaders: list[LeaderMention]
    inferred: list[str]
    agreements: list[AgreementMention]
    money: list[MoneyMention]
    places: list[Span]
    announced: bool
    countries: set[str]


def _subject_of(token: Token, verb: Token) -> bool:
    """Whether a token is the subject of a verb, or one of its conjoined subjects ("X and Y left for ...")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == verb.i


# The links by which a clause shares the announcement of the clause it hangs on: "will hold talks ... and meet ...",
# "are expected to adopt a statement and witness the signing ...".
SHARED_MOOD_DEPS = frozenset({"conj", "xcomp"})
# How many such links are followed up from a trigger's clause.
SHARED_MOOD_STEPS = 3


def _announced(scope: _Scope, clause: Token) -> bool:
    """Whether a planned marker ("will", "expected") stands in the trigger's clause, or in a clause it is conjoined
    to or is the infinitive of: an announced event, never dated by the article's day."""
    doc, rules = scope.doc, scope.rules
    markers = [m for m in scope.sentence.markers if rules.markers[m.label_] == "planned"]
    if _in_clause(doc, markers, clause, scope.trigger_clauses):
        return True
    for _ in range(SHARED_MOOD_STEPS):
        if clause.dep_ not in SHARED_MOOD_DEPS or clause.head.i == clause.i:
            return False
        clause = clause_head(clause.head)
        own = [m for m in markers if (root := _root(doc, m.start_char, m.end_char)) and clause_head(root).i == clause.i]
        if own:
            return True
    return False


# How many days after a visit's first day a signing ceremony told with a day of its own may be one of that visit (a
# state visit lasts two or three days); a ceremony further off is another occasion.
VISIT_CEREMONY_DAYS = 3


def _people_of(mentions: Sequence[LeaderMention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(leader ids, names) of leader mentions, each once, in the order the text names them."""
    return tuple(dict.fromkeys(m.leader_id for m in mentions)), tuple(dict.fromkeys(m.name for m in mentions))


def _outside(doc: Doc, items: Sequence, clauses: set[int]) -> list:
    """Items that do not stand in one of the given clauses (those of the sentence's other triggers)."""
    return [i for i in items if (root := _root(doc, i.start_char, i.end_char)) and clause_head(root).i not in clauses]


def _unique_leaders(leaders: Sequence[LeaderMention]) -> list[LeaderMention]:
    seen, unique = set(), []
    for leader in leaders:
        if leader.leader_id and leader.leader_id not in seen:
            seen.add(leader.leader_id)
            unique.append(leader)
    return unique


def _aside(doc: Doc, sentence: _Sentence, char: int, anchor: int) -> bool:
    """Whether `char` stands inside parentheses of the sentence that do not hold `anchor` too."""
    text = text_of(doc)
    opening = text.rfind("(", sentence.start, char)
    if opening < 0 or text.rfind(")", opening, char) >= 0:
        return False
    closing = text.find(")", char, sentence.end)
    return not (opening < anchor < (closing if closing >= 0 else sentence.end))
