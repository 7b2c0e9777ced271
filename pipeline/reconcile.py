"""Reconciling event frames into events: one row per real-world event.

In: the `Extraction`s of every document (their `frames`, built at extraction time).
Out: `Event`s, each with its supporting sentences (`EventMention`s), sorted by event_id.

Frames merge when they describe the same event: the same type, dates that overlap (or one
undated, within a document), and the same participants: a shared agreement for signings,
the same amount for trade figures, targets and investments, a shared leader or place for
visits, meetings, awards and elections.  Within a document, talks are absorbed by the visit
they belong to when they fall within its days (rules in patterns/events/absorb.jsonl), and a few
rules hold there alone (`_within_article`): a meeting naming no one is that day's meeting; a
visit's first and last day in one sentence are one visit; one amount of one sentence is one
investment; two reports naming different pairs that share one person are two events.

Across documents, frames are compared only within blocks that share a key (type + agreement, type + amount, type +
leader + year), so the work stays near-linear in corpus size; an undated frame never
merges across documents.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .extract.frames import ISO_DAY, AbsorbRule, EventRules, EventType, load_event_rules
from .patterns import default_patterns_dir
from .records import Event, EventMention, Extraction, Frame

# How a type's reports are found to be one event: the `merge` column of patterns/events/types.csv.
PEOPLE, AMOUNT, DOCUMENT, SENTENCE = "people", "amount", "document", "sentence"
# Sentences two articles must share word for word to be one story printed twice (a reprint, a wire copy).
REPRINT_MIN_SENTENCES = 2
# Days before its article after which a visit or meeting is one recalled, never the one the article reports.
RECALLED_DAYS = 120
# Longest stated date (in days) that tells one meeting or visit from another across articles: a visit or a
# summit lasts days; a month or a year holds many of them.
MAX_DAYS_ACROSS = 7
# Event confidence (see frame_score and docs/output-contract.md): what one sentence states about its event.
# The floor of an event found at all; the rest is shared among its fields by these weights.
CONFIDENCE_BASE = 0.3
# Who and when tell one event from another most; where, and the document or amount, confirm it.
CONFIDENCE_WEIGHTS = {"leaders": 3.0, "date": 3.0, "location": 2.0, "subject": 2.0}
# A field filled from another sentence, the visit a signing follows or the publication day: a guess, worth this
# share of a field the sentence states.
INFERRED_SHARE = 0.4
# Each further sentence reporting the event adds this much (for at most CORROBORATION_MAX of them).
CORROBORATION_BONUS, CORROBORATION_MAX = 0.05, 2
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "season": 3, "quarter": 4, "half": 5, "year": 6, "": 9}
# An undated act of type `other` with no document and no amount is an event only between at least this many
# leaders: one official alone with no date is someone speaking (dev: 9 of 10 such acts were statements).
UNANCHORED_MIN_LEADERS = 2
# Acts on a signed document, told apart by the words announcing them (the trigger's start, lower-cased): a
# chamber's ratification, the president's signing of the ratifying law, the exchange of instruments and the entry
# into force are each an act of its own, even on one day and one document ("the instruments of ratification will be
# exchanged on Monday. The treaty enters into force on the date of the exchange").
ACT_KINDS = (
    (
        "entry into force",
        re.compile(
            r"(?:(?:enter|entr|come|came|take|took|tak)\w*\s+(?:into\s+force|effect)|bec[oa]m\w*\s+effective)\b"
        ),
    ),
    ("ratification", re.compile(r"(?:ratif|approv|endors|promulgat)\w*$")),
    ("law signed", re.compile(r"sign\w*\s.*\b(?:law|laws|decree|decrees)$")),
    ("exchange", re.compile(r"exchang\w*$")),
)
# Days after a visit's last stated day (when the text states single days only: the arrival) that talks may still
# belong to it: a working or state visit lasts two or three days ("arrived yesterday evening"; "talks on Thursday").
ARRIVAL_DAYS = 2
# Events that last days and are reported by their first and last day in one sentence ("arrived on Tuesday for a
# state visit that will last until May 14"); not meetings: a call on Wednesday before a summit on Friday is two.
STAY_TYPES = {"visit"}
# Types whose two reports in two articles, each naming two people or more, neither's all among the other's, are two
# events (`_other_pairs`): a president talks with two counterparts on one day (a call with Rome, talks with a visitor
# from Abu Dhabi), and a summit of eight on the day of a call between two of them is not that call.
PAIRED_TYPES = {"meeting"}
# How many days a visit lasts, as the press says it ("a two-day state visit", "a three-day official trip").
STAY_LENGTH_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
STAY_LENGTH = re.compile(
    rf"\b({'|'.join(STAY_LENGTH_WORDS)})-day\s+(?:\w+\s+){{0,2}}(?:visit|trip|tour|stay)\b", re.IGNORECASE
)
LATER_DAY_OF_STAY = re.compile(r"\b(?:second|third|fourth|final|last|closing)\s+day\b", re.IGNORECASE)
# A verb ending the stay just before its length ("concluded his two-day state visit on Tuesday", "wrapped up a
# three-day trip", "will wind up the four-day tour on Saturday"): the day told is the stay's last, counted back.
STAY_ENDED = re.compile(
    r"\b(?:conclud|complet|end|wr[ao]p+(?:ed|s|ping)?\s+up|w(?:ou|i)nd(?:s|ing)?\s+up|round(?:ed|s|ing)?\s+off|"
    rf"clos)\w*\s+(?:\w+\s+){{0,2}}(?:{'|'.join(STAY_LENGTH_WORDS)})-day\b",
    re.IGNORECASE,
)
# Words of a document's id that say only what kind of document it is: an id of these alone names no one document
# across articles ("joint-statement", "memorandum", "agreement-cooperation").
DOCUMENT_KIND_WORDS = frozenset(
    {
        "agreement",
        "treaty",
        "memorandum",
        "understanding",
        "declaration",
        "joint",
        "statement",
        "protocol",
        "programme",
        "program",
        "roadmap",
        "road",
        "map",
        "plan",
        "action",
        "concept",
        "strategy",
        "contract",
        "deal",
        "convention",
        "charter",
        "accord",
        "framework",
        "cooperation",
        "intergovernmental",
        "bilateral",
    }
)


# Words of a gathering that, beside "talks" in one sentence, name those talks again ("held a session of official
# talks"): not a body's session of its own when its sentence also tells the talks (see `_told_by_triggers`).
SESSION_OF_TALKS = frozenset({"session", "sessions"})


@dataclass
class Cluster:
    """Frames believed to describe one event."""

    frames: list[Frame] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.frames[0].type

    @property
    def doc_ids(self) -> set[str]:
        return {f.doc_id for f in self.frames}

    def dates(self, *, observed_only: bool = False) -> list[tuple[str, str]]:
        # A publication date stands in for a date the text does not give: it never keeps two reports apart.
        return [
            (f.date_start, f.date_end)
            for f in self.frames
            if f.date_start and "published" not in f.inferred and not (observed_only and "date" in f.inferred)
        ]

    @property
    def leader_ids(self) -> set[str]:
        return {leader for f in self.frames for leader in f.leader_ids}

    @property
    def agreement_ids(self) -> set[str]:
        return {a for f in self.frames for a in f.agreement_ids}

    @property
    def countries(self) -> set[str]:
        return {c for f in self.frames for c in f.countries}

    @property
    def locations(self) -> set[str]:
        return {f.location for f in self.frames if f.location}

    @property
    def amounts(self) -> set[tuple[float, str]]:
        return {(f.amount, f.currency) for f in self.frames if f.amount is not None}

    @property
    def reports(self) -> set[str]:
        """The sentences reporting the event, as text: the same in a reprint of the article."""
        return {report_text(f) for f in self.frames}

    @property
    def sentences(self) -> set[tuple[str, int]]:
        return {(f.doc_id, f.sentence_id) for f in self.frames}


def report_text(frame: Frame) -> str:
    return " ".join(frame.evidence.lower().split())


def overlaps(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def dates_agree(a: Cluster, b: Cluster, *, both_dated: bool) -> bool:
    """Every pair of dates overlaps; with `both_dated`, each side must have one."""
    da, db = a.dates(observed_only=True) or a.dates(), b.dates(observed_only=True) or b.dates()
    if not da or not db:
        return not both_dated
    return all(overlaps(x, y) for x in da for y in db)


def _continues(first: Cluster, then: Cluster) -> bool:
    """ "The meeting was attended by ...": the next sentence goes on about the same event, adding to it."""
    if then.dates(observed_only=True) or then.locations:
        return False
    ends = {(f.doc_id, f.sentence_id + 1) for f in first.frames}
    return bool(ends & then.sentences)


def same_participants(a: Cluster, b: Cluster, types: dict[str, EventType]) -> bool:
    """Whether two clusters of one type name the same document, amount or people (as its merge policy says)."""
    policy = types[a.type].merge
    if policy == DOCUMENT:
        if a.agreement_ids or b.agreement_ids:
            return bool(a.agreement_ids & b.agreement_ids)
        return bool(a.amounts & b.amounts)
    if policy == AMOUNT:
        if a.amounts and b.amounts:
            return bool(a.amounts & b.amounts)
        # "grew by 19 percent and totaled $3.6 billion": two verbs of one sentence, one figure.
        return bool(a.sentences & b.sentences)
    if policy == PEOPLE:
        if a.sentences & b.sentences:
            return True
        if a.locations and b.locations and not (a.locations & b.locations):
            return False
        if a.leader_ids and b.leader_ids and not (a.leader_ids & b.leader_ids):
            return False  # two visits to one city by different people are two visits
        return (
            bool(a.leader_ids & b.leader_ids)
            or bool(a.locations & b.locations)
            or bool(a.sentences & b.sentences)
            or _continues(a, b)
            or _continues(b, a)
        )
    # SENTENCE: "other" is too broad a type to merge on people alone.
    if a.sentences & b.sentences:
        return True
    return bool(a.agreement_ids & b.agreement_ids) and not _other_acts(a, b)


def act_kinds(cluster: Cluster) -> set[str]:
    """The kinds of act on a document (ACT_KINDS) a cluster's reports announce; empty for any other event."""
    triggers = [" ".join(f.trigger.lower().split()) for f in cluster.frames]
    return {kind for kind, words in ACT_KINDS for trigger in triggers if words.match(trigger)}


def _other_acts(a: Cluster, b: Cluster) -> bool:
    """Two reports on one document are two acts when each announces an act of a kind the other does not ("the
    parliament ratified the treaty on March 19" and "the treaty enters into force on the date of the exchange"), or
    when both name the countries acting and these differ (each side's chamber ratifying on one day)."""
    kinds_a, kinds_b = act_kinds(a), act_kinds(b)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return True
    return bool(kinds_a and kinds_b and a.countries and b.countries and not a.countries & b.countries)


def can_merge(
    a: Cluster,
    b: Cluster,
    *,
    types: dict[str, EventType],
    across_documents: bool,
    published: str = "",
    reprint: bool = True,
) -> bool:
    """Whether two clusters are one event; `types`, what each event type is; `published`, the date of their
    article (within a document); `reprint`, whether their two articles are copies of one story (across documents)."""
    if a.type != b.type:
        return False
    policy = types[a.type].merge
    if across_documents and reprint and a.reports & b.reports:
        # The same sentence in two articles (a reprint, a syndicated wire story) reports one event.
        return dates_agree(a, b, both_dated=False)
    if across_documents and policy == SENTENCE:
        return False
    recalled = {_recalled(a, published), _recalled(b, published)}
    if policy == PEOPLE and recalled == {True, False}:
        return False  # "he last visited Astana in 2023" is not the visit the article reports
    if across_documents and policy == PEOPLE and _told_apart_across(a, b):
        return False
    if across_documents and policy == AMOUNT and not _same_countries(a, b):
        return False  # "$1 billion" is the target of many pairs of countries: it must be the same pair
    if across_documents and policy == DOCUMENT and not _one_named_document(a, b):
        return False  # "a Joint Statement" of Tehran and Dushanbe and one of Seoul and Astana are two documents
    if a.type in PAIRED_TYPES and (_held_apart_from(a, b) or _held_apart_from(b, a)):
        return False  # "separate talks with Japarov" on a summit's sidelines are not the summit of all six
    decided = None if across_documents else _within_article(a, b, types)
    if decided is not None:
        return decided
    both_dated = across_documents and policy != DOCUMENT
    return dates_agree(a, b, both_dated=both_dated) and same_participants(a, b, types)


def _told_apart_across(a: Cluster, b: Cluster) -> bool:
    """Whether two articles' clusters of a type merged on people are two events whatever else they share: not both
    dated to the day (two summits of 2025 with one leader in common are not one summit), or meetings naming other
    pairs (`_other_pairs`: Tokayev's call with Meloni and his talks with the Emir on one day are two meetings)."""
    if not (_precisely_dated(a) and _precisely_dated(b)):
        return True
    return a.type in PAIRED_TYPES and _other_pairs(a, b)


def _one_named_document(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters of two articles share a document named by more than its kind ("Treaty on the Junction
    Point", not "Joint Statement", "Memorandum", "Agreement on Cooperation"), or, sharing only such a kind, a person
    and each a date of its own too; clusters naming no document decide by their amounts (`same_participants`)."""
    shared = a.agreement_ids & b.agreement_ids
    if not shared:
        return not (a.agreement_ids or b.agreement_ids)
    if any(set(agreement_id.split("-")) - DOCUMENT_KIND_WORDS for agreement_id in shared):
        return True
    # a kind alone names many documents: only a date of each report (not the day of its article) says which one ("a
    # joint statement" of Yoon's talks in Astana, undated, and one of his talks in Tashkent are two)
    return bool(a.leader_ids & b.leader_ids) and bool(a.dates()) and bool(b.dates())


def _within_article(a: Cluster, b: Cluster, types: dict[str, EventType]) -> bool | None:
    """What the rules that hold within one article alone decide about two clusters (None: they do not)."""
    policy = types[a.type].merge
    if policy == PEOPLE and (
        _unnamed_on_the_same_day(a, b) or _one_stay(a, b) or _stay_told_day_by_day(a, b) or _one_side_told(a, b)
    ):
        return True
    if _one_amount(a, b, types) or _one_goal(a, b, types):
        return True
    if policy == PEOPLE and (_other_pairs(a, b) or _announced_beside_reported(a, b)):
        return False
    return None


# The statuses of a visit told as done: reported as the news, or recalled as background.
TOLD_AS_DONE = frozenset({"reported", "background"})


def _announced_beside_reported(a: Cluster, b: Cluster) -> bool:
    """Within one article: a visit every report announces, with no day of its own ("invited his counterpart to
    visit Pakistan at a convenient time", "accepted an invitation to visit"), and a visit every report tells as
    done, in other sentences: a visit to come beside the visit reported, two visits however many people they
    share.  A visit announced for a month or a year alone ("accepted the invitation to pay a state visit to Pakistan
    this year", "the state visit of President Tokayev to Azerbaijan next month") has no day of its own either.  A
    visit recalled as background is told as done too ("invited Aliyev to pay a return visit" beside "Aliyev's trip
    to Dubai last month")."""
    if a.type not in STAY_TYPES or a.sentences & b.sentences:
        return False
    for announced, other in ((a, b), (b, a)):
        told = {f.status for f in announced.frames}
        if told == {"planned"} and not _dated_to_the_day(announced):
            return {f.status for f in other.frames} <= TOLD_AS_DONE
    return False


def _dated_to_the_day(cluster: Cluster) -> bool:
    """Whether a frame of the cluster gives a day or days of its own (not a month, a year, nor a date inferred)."""
    return any(
        f.date_start
        and f.date_precision in {"day", "range"}
        and "date" not in f.inferred
        and "published" not in f.inferred
        for f in cluster.frames
    )


def _other_pairs(a: Cluster, b: Cluster) -> bool:
    """Two reports, in different sentences, each naming two people or more, neither's people all among the
    other's: two meetings of one day that share one person ("X received Y" beside "the commission co-chaired by
    Y and Z"; the same visitor received by two hosts), not one."""
    if len(a.leader_ids) < 2 or len(b.leader_ids) < 2:
        return False
    if a.sentences & b.sentences and not _counterparts_told_apart(a, b):
        return False
    return not (a.leader_ids <= b.leader_ids or b.leader_ids <= a.leader_ids)


# A meeting told as held apart from the others of its day: "separate (bilateral) talks", "met separately".
HELD_SEPARATELY = re.compile(
    r"\bseparate\s+(?:\w+\s+)?(?:talks|meetings?|consultations|sessions?)\b|\bseparately\s+(?:met|held|talked)\b"
    r"|\b(?:met|meets|meet|talked)\s+separately\b",
    re.IGNORECASE,
)
# A separate meeting is of its subject with one counterpart.
SEPARATE_PAIR = 2


def _all_told_separately(cluster: Cluster) -> bool:
    """Whether every report of a cluster tells its meeting as held separately (HELD_SEPARATELY)."""
    return all(HELD_SEPARATELY.search(f.evidence) for f in cluster.frames)


def _held_apart_from(part: Cluster, other: Cluster) -> bool:
    """Whether `part` is a meeting of two told as held separately, and `other` a gathering of more people from other
    sentences: the bilateral on a summit's sidelines is not the summit."""
    return (
        len(part.leader_ids) == SEPARATE_PAIR
        and len(other.leader_ids) > SEPARATE_PAIR
        and not part.sentences & other.sentences
        and _all_told_separately(part)
    )


def _counterparts_told_apart(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters are the meetings one trigger of one sentence told as held separately with each named
    counterpart ("held separate talks with A, B and C"): each only that sentence's, on the same trigger word."""
    frames = a.frames + b.frames
    return len({(f.doc_id, f.sentence_id) for f in frames}) == 1 and len({_trigger_word(f) for f in frames}) == 1


def _one_amount(a: Cluster, b: Cluster, types: dict[str, EventType]) -> bool:
    """Within one article: one amount of one sentence is one investment, whatever dates its clauses hold
    ("approved in December 2024 ... said last month that it still needed $4 billion ... by 2033"); not a figure
    over a period, which each period restates ("reached $1 billion in 2022 and again in 2023"), nor a goal."""
    spec = types[a.type]
    return spec.merge == AMOUNT and not spec.figure and bool(a.sentences & b.sentences) and bool(a.amounts & b.amounts)


def _one_goal(a: Cluster, b: Cluster, types: dict[str, EventType]) -> bool:
    """Within one article: a goal restated with the same amount is the one goal ("agreed to raise trade to $3 billion
    a year by 2028" ... "we have agreed to take it to three billion dollars a year"), unless both state their own
    deadlines and these differ (a goal moved from 2025 to 2030), or they name other countries (two pairs with one
    target each)."""
    if not types[a.type].goal or not a.amounts & b.amounts:
        return False
    if a.countries and b.countries and not _same_countries(a, b):
        return False
    stated_a, stated_b = a.dates(observed_only=True), b.dates(observed_only=True)
    return not stated_a or not stated_b or all(overlaps(x, y) for x in stated_a for y in stated_b)


def _one_stay(a: Cluster, b: Cluster) -> bool:
    """Within one article: two reports of a visit in one sentence, their days at most ARRIVAL_DAYS apart ("arrived
    on Tuesday for a state visit that will last until May 14"): one visit, from its first day to its last."""
    if a.type not in STAY_TYPES or not a.sentences & b.sentences:
        return False
    gap = _days_between(a, b)
    return gap is not None and gap <= ARRIVAL_DAYS


def _stay_told_day_by_day(a: Cluster, b: Cluster) -> bool:
    """Within one article: the same visitor's stay told day by day in other sentences ("arrived on Wednesday" ...
    "held talks on Thursday" ... "visited Samarkand on Friday"): one visit, when their days follow within
    ARRIVAL_DAYS and they name no other host country (countries neither holds all of: the legs of a tour, "talks
    in Ashgabat on Monday" ... "arrived in Astana on Tuesday", are visits of their own)."""
    if a.type not in STAY_TYPES or not a.leader_ids & b.leader_ids:
        return False
    if not (a.countries <= b.countries or b.countries <= a.countries):
        return False
    gap = _days_between(a, b)
    return gap is not None and 0 < gap <= ARRIVAL_DAYS


def _one_side_told(a: Cluster, b: Cluster) -> bool:
    """Within one article: a visit told, in another sentence, by the people of one side alone ("arrived in the Kazakh
    capital on Monday evening, where he was welcomed at the airport by Prime Minister Olzhas Bektenov"; "landed on
    Tuesday night and was greeted by the Speaker") beside the visit naming both sides (the visitor's talks with the
    President): one visit, when both are told as done, that one country is among the other's, their places do not
    differ and their days follow within ARRIVAL_DAYS (or one states none).  A visitor from another country ("Japarov
    arrived in Baku on Tuesday" beside Erdogan's visit to Baku) or a leg of a tour in another country names a country
    the other does not hold, and a visit announced is no visit done."""
    if a.type not in STAY_TYPES or a.sentences & b.sentences:
        return False
    if {f.status for f in a.frames} | {f.status for f in b.frames} != {"reported"}:
        return False
    if a.locations and b.locations and not a.locations & b.locations:
        return False
    one_side, both = sorted((a, b), key=lambda cluster: len(cluster.countries))
    if len(one_side.countries) != 1 or len(both.countries) < 2 or not one_side.countries < both.countries:
        return False
    gap = _days_between(a, b)
    return gap is None or gap <= ARRIVAL_DAYS


def _days_between(a: Cluster, b: Cluster) -> int | None:
    """Days from the end of the earlier cluster's date hull to the start of the later one's (negative when they
    overlap); None when either has no date."""
    hull_a, hull_b = _hull(a), _hull(b)
    if hull_a is None or hull_b is None:
        return None
    earlier, later = sorted((hull_a, hull_b))
    return (datetime.date.fromisoformat(later[0]) - datetime.date.fromisoformat(earlier[1])).days


def _hull(cluster: Cluster) -> tuple[str, str] | None:
    """A cluster's first and last stated day (None when it states no full day)."""
    dates = cluster.dates(observed_only=True)
    if not dates or not all(ISO_DAY.fullmatch(s) and ISO_DAY.fullmatch(e) for s, e in dates):
        return None
    return min(s for s, _ in dates), max(e for _, e in dates)


def _unnamed_on_the_same_day(a: Cluster, b: Cluster) -> bool:
    """Within one article: one side names no people and no place, and states a single day ("announced ... at its
    first summit on Friday"); the other is dated that day, stated or not ("Mirziyoyev hosted the meeting"): the
    article's one meeting of that day, told twice."""
    for unnamed, other in ((a, b), (b, a)):
        if unnamed.leader_ids or unnamed.locations:
            continue
        stated = set(unnamed.dates(observed_only=True))
        days = {(f.date_start, f.date_end) for f in other.frames if f.date_start}
        if len(stated) == 1 and stated == days:
            start, end = next(iter(stated))
            return start == end and bool(ISO_DAY.fullmatch(start))
    return False


def _same_countries(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters name the same countries: one's countries all among the other's (an article may name
    one more), and at least one."""
    small, large = sorted((a.countries, b.countries), key=len)
    return bool(small) and small <= large


def _recalled(cluster: Cluster, published: str) -> bool | None:
    """Whether a cluster is an event long before its article, recalled (None when nothing tells)."""
    if not published:
        return None
    # Stated dates, and the article's own day (what it reports happened today is not recalled).
    dated = [f for f in cluster.frames if f.date_end and ("date" not in f.inferred or "published" in f.inferred)]
    if not dated:
        return None
    since = datetime.date.fromisoformat(published)
    return all((since - datetime.date.fromisoformat(f.date_end)).days >= RECALLED_DAYS for f in dated)


def _precisely_dated(cluster: Cluster) -> bool:
    """Whether every date the text states for the cluster names its day(s), a week at most."""
    stated = [f for f in cluster.frames if f.date_start and "date" not in f.inferred]
    return bool(stated) and all(_days(f.date_start, f.date_end) <= MAX_DAYS_ACROSS for f in stated)


def _days(start: str, end: str) -> int:
    try:
        return (datetime.date.fromisoformat(end or start) - datetime.date.fromisoformat(start)).days + 1
    except ValueError:  # not a full ISO day: cannot tell the event apart
        return MAX_DAYS_ACROSS + 1


def merge_within(clusters: list[Cluster], types: dict[str, EventType], published: str = "") -> list[Cluster]:
    """Merge a document's clusters pairwise until nothing more merges (documents hold few frames)."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(clusters):
            for j in range(i + 1, len(clusters)):
                b = clusters[j]
                if can_merge(a, b, types=types, across_documents=False, published=published):
                    a.frames.extend(b.frames)
                    del clusters[j]
                    merged = True
                    break
            if merged:
                break
    return clusters


def absorb(clusters: list[Cluster], rules: Sequence[AbsorbRule]) -> list[Cluster]:
    """Fold clusters that are part of a larger event (talks during a visit) into it."""
    return _fold_into_hosts(clusters, lambda cluster: _absorbing_host(cluster, clusters, rules))


def _absorbing_host(cluster: Cluster, clusters: list[Cluster], rules: Sequence[AbsorbRule]) -> Cluster | None:
    """The larger event an absorb rule folds the cluster into (the visit its talks belong to), or None."""
    for rule in rules:
        if cluster.type != rule.type or not _told_by_triggers(cluster, rule.triggers):
            continue
        host = next(
            (
                other
                for other in clusters
                if other is not cluster
                and other.type == rule.into
                and _during(cluster, other)
                and _told_alike(cluster, other)
                and _part_of(cluster, other, rule.reach)
                and not _separate_with_a_guest(cluster, other)
            ),
            None,
        )
        if host:
            return host
    return None


def _separate_with_a_guest(part: Cluster, host: Cluster) -> bool:
    """Whether `part` is talks told as held separately with someone the visit does not name ("On the sidelines,
    Meloni held separate bilateral talks with Japarov"): a meeting of its own, not the visit's talks."""
    return bool(part.leader_ids - host.leader_ids) and _all_told_separately(part)


def _told_by_triggers(cluster: Cluster, triggers: Sequence[str]) -> bool:
    """Whether every sentence reporting the cluster tells it with one of `triggers` (an absorb rule's words): a frame
    of another word beside such a one in its sentence names the same talks ("held a session of official talks",
    "during the session of official talks"), while a sentence telling the cluster by another word only (a commission's
    "session", a "summit") keeps it an event of its own, and so does another act beside the talks ("A held talks with
    the president, and B separately called on him")."""
    told = {f.sentence_id for f in cluster.frames if _trigger_word(f) in triggers}
    return all(
        _trigger_word(f) in triggers or (_trigger_word(f) in SESSION_OF_TALKS and f.sentence_id in told)
        for f in cluster.frames
    )


def _fold_into_hosts(clusters: list[Cluster], host_of: Callable[[Cluster], Cluster | None]) -> list[Cluster]:
    """The clusters that `host_of` finds no host for; each other cluster's frames join its host, of the host's type
    (they are the host event now, whichever sentence first reports it)."""
    kept = []
    for cluster in clusters:
        host = host_of(cluster)
        if host is None:
            kept.append(cluster)
        else:
            host.frames.extend(replace(f, type=host.type) for f in cluster.frames)
    return kept


def _trigger_word(frame: Frame) -> str:
    """The word that announced a frame, lower-cased: the first of its trigger phrase ("received Askar Mamin")."""
    words = frame.trigger.lower().split()
    return words[0] if words else ""


def _part_of(part: Cluster, host: Cluster, reach: int) -> bool:
    """Whether talks belong to a visit by their people, else by place or by following it closely.  Talks that
    name people, none of them the visit's, are a meeting of their own (the two foreign ministers met on the
    sidelines of the state visit), however near in time and place."""
    if part.leader_ids:
        return bool(part.leader_ids & host.leader_ids)
    return bool(part.locations & host.locations) or bool(
        part.countries & host.countries and _follows(part, host, reach)
    )


def _told_alike(part: Cluster, host: Cluster) -> bool:
    """Whether the text tells the part and the host alike (reported, planned or recalled in at least one report of
    each): "The two presidents last met in Moscow on May 9" (recalled) is no part of the visit announced next.
    Talks told in the very sentence of the visit are told as it is ("paid a state visit to Azerbaijan on 22-23
    August, holding talks with Ilham Aliyev in Baku"), whatever status their own clause, undated, was given."""
    return bool({f.status for f in part.frames} & {f.status for f in host.frames}) or bool(
        part.sentences & host.sentences
    )


def _during(part: Cluster, host: Cluster) -> bool:
    """Whether every date of `part` falls within the days of `host` (an undated side always may): from the host's
    first day to its last, or, when the text gives the host single days only (the arrival), to ARRIVAL_DAYS after
    its last ("arrived on Wednesday"; "held talks on Thursday")."""
    part_dates = part.dates(observed_only=True) or part.dates()
    host_dates = host.dates(observed_only=True) or host.dates()
    if not part_dates or not host_dates:
        return True
    first, last = min(s for s, _ in host_dates), max(e for _, e in host_dates)
    if all(s == e for s, e in host_dates) and ISO_DAY.fullmatch(last):
        last = (datetime.date.fromisoformat(last) + datetime.timedelta(days=ARRIVAL_DAYS)).isoformat()
    return all(overlaps(d, (first, last)) for d in part_dates)


def _follows(part: Cluster, host: Cluster, reach: int) -> bool:
    """Whether every frame of `part` comes within `reach` sentences after the host's first report."""
    first = min(f.sentence_id for f in host.frames)
    return all(0 < f.sentence_id - first <= reach for f in part.frames)


def blocking_keys(cluster: Cluster, types: dict[str, EventType]) -> set[tuple]:
    """Keys under which a cluster may meet its twin from another document."""
    kind = cluster.type
    policy = types[kind].merge
    keys = {(kind, "report", report) for report in cluster.reports}
    if policy == DOCUMENT:
        return (
            keys
            | {(kind, "agreement", a) for a in cluster.agreement_ids}
            | {(kind, "amount", *m) for m in cluster.amounts}
        )
    if policy == AMOUNT:
        return keys | {(kind, "amount", *m) for m in cluster.amounts}
    if policy == PEOPLE:
        years = {start[:4] for start, _ in cluster.dates()}
        return keys | {(kind, leader, year) for leader in cluster.leader_ids for year in years}
    return keys


class Reprints:
    """Whether two articles report REPRINT_MIN_SENTENCES or more events in the very same words: one story
    printed twice.  One shared sentence ("The presidents set the goal of $1 billion") is a coincidence.

    In: the clusters of every document.  Out: `pair(x, y)`, asked only for the pairs reconcile compares, so an
    article reprinted N times costs N look-ups, never the N squared pairs of its copies."""

    def __init__(self, clusters: Sequence[Cluster]) -> None:
        self.reports: dict[str, set[str]] = defaultdict(set)
        for cluster in clusters:
            for frame in cluster.frames:
                self.reports[frame.doc_id].add(report_text(frame))
        self.known: dict[tuple[str, str], bool] = {}

    def pair(self, x: str, y: str) -> bool:
        """Whether documents `x` and `y` (two different ones) are one story printed twice."""
        key = (x, y) if x < y else (y, x)
        if key not in self.known:
            self.known[key] = len(self.reports[x] & self.reports[y]) >= REPRINT_MIN_SENTENCES
        return self.known[key]

    def any(self, a: Cluster, b: Cluster) -> bool:
        """Whether any article of `a` is a reprint of any article of `b`."""
        return any(self.pair(x, y) for x in a.doc_ids for y in b.doc_ids if x != y)


# A date hull spanning more months than this is not indexed by month: such a cluster meets every head.
MAX_INDEXED_MONTHS = 36
ISO_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def date_hull(cluster: Cluster) -> tuple[str, str] | None:
    """The earliest start and latest end of the dates `dates_agree` compares for `cluster`; None when undated."""
    dates = cluster.dates(observed_only=True) or cluster.dates()
    if not dates:
        return None
    return min(start for start, _ in dates), max(end for _, end in dates)


def hull_months(hull: tuple[str, str]) -> list[str] | None:
    """The months ("2020-03") a date hull touches; None when it is not plain ISO or spans too many to index."""
    start, end = hull
    if not (ISO_MONTH.match(start) and ISO_MONTH.match(end)) or end < start:
        return None
    year, month = int(start[:4]), int(start[5:7])
    last = (int(end[:4]), int(end[5:7]))
    months: list[str] = []
    while (year, month) <= last:
        months.append(f"{year:04d}-{month:02d}")
        if len(months) > MAX_INDEXED_MONTHS:
            return None
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass
class Heads:
    """The groups a block has formed so far, each by its first member (its head), indexed so that a newcomer meets
    only the heads it could merge with.

    Across documents `can_merge` is True only for a shared report (a reprint), or where `dates_agree` is and the
    type's merge policy allows: `both_dated` (every policy but DOCUMENT) wants a date on both sides; AMOUNT wants a
    shared country; SENTENCE nothing but a shared report.  Two date hulls that overlap share a month.  So heads are
    indexed by report, and by (month, facet), where a facet is a country for AMOUNT and "" otherwise; a head
    outside the newcomer's reports, months and facets can never merge with it and is skipped, which changes
    nothing that merges."""

    policy: str
    clusters: list[int] = field(default_factory=list)  # cluster index of each head, in the order they came
    by_facet: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # head numbers
    undated: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    wide: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_month: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    by_report: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    first_of_group: dict[int, int] = field(default_factory=dict)  # union-find root -> its first head number

    def facets(self, cluster: Cluster) -> set[str]:
        """What a head must share with a newcomer, besides a month, to merge with it other than as a reprint."""
        if self.policy == SENTENCE:
            return set()
        return set(cluster.countries) if self.policy == AMOUNT else {""}

    def add(self, index: int, root: int, cluster: Cluster, months: list[str] | None, dated: bool) -> None:
        """Make cluster `index` (of group `root`) a head."""
        number = len(self.clusters)
        self.clusters.append(index)
        self.first_of_group[root] = number
        for facet in self.facets(cluster):
            self.by_facet[facet].append(number)
            if not dated:
                self.undated[facet].append(number)
            elif months is None:
                self.wide[facet].append(number)
            for month in months or ():
                self.by_month[(month, facet)].append(number)
        for report in cluster.reports:
            self.by_report[report].append(number)

    def candidates(self, cluster: Cluster, months: list[str] | None, dated: bool, before: int) -> list[int]:
        """The head numbers below `before` that `cluster` could merge with, in order."""
        both_dated = self.policy != DOCUMENT
        lists: list[list[int]] = [self.by_report.get(report, []) for report in cluster.reports]
        for facet in self.facets(cluster):
            if not dated and both_dated:
                continue
            if not dated or months is None:
                lists.append(self.by_facet.get(facet, []))
                continue
            lists += [self.wide.get(facet, []), [] if both_dated else self.undated.get(facet, [])]
            lists += [self.by_month.get((month, facet), []) for month in months]
        return sorted({number for numbers in lists for number in numbers if number < before})

    def joined(self, root: int, into: int) -> None:
        """Group `root` became part of group `into`: the earlier first head of the two is the group's."""
        mine = self.first_of_group.pop(root, None)
        if mine is not None:
            self.first_of_group[into] = min(self.first_of_group.get(into, mine), mine)


def merge_across(clusters: list[Cluster], types: dict[str, EventType]) -> list[Cluster]:
    """Merge clusters of different documents that share a blocking key and agree (see `merge_groups`).

    In: the clusters of every document, in document order.  Out: the merged clusters, in the order of their first
    member."""
    return [
        Cluster([frame for index in group for frame in clusters[index].frames])
        for group in merge_groups(clusters, types)
    ]


def merge_groups(
    clusters: Sequence[Cluster],
    types: dict[str, EventType],
    reprints: Reprints | None = None,
    block_order: Callable[[tuple], Any] | None = None,
) -> list[list[int]]:
    """The clusters (by index) that are one event, each group in index order, groups in the order of their first.

    In: clusters in document order; `reprints`, built from every cluster of their documents (by default from
    `clusters`).  Blocks are taken in the order of their first cluster (its keys in sorted order); within a block,
    each cluster meets the first member (head) of every group the block has formed so far, in order, and stops at
    the first that is already its group or that it merges with: a story reprinted in N articles costs N
    comparisons, not N squared.  `Heads` skips the heads that cannot merge with it (other months), so a block of
    many distinct events costs about its size, not its square.  A subset of clusters closed under shared keys
    merges exactly as it does among all clusters (given the reprints of all of their documents); so does a subset
    closed under "shares a key and could merge" (`pipeline.closure`), given `block_order`: the blocks' order
    among all clusters (a sort key of a block's key)."""
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, cluster in enumerate(clusters):
        for key in sorted(blocking_keys(cluster, types), key=repr):
            blocks[key].append(index)
    reprints = Reprints(clusters) if reprints is None else reprints
    hulls = [date_hull(cluster) for cluster in clusters]
    months = [hull_months(hull) if hull else None for hull in hulls]
    for key in sorted(blocks, key=block_order) if block_order else list(blocks):
        members = blocks[key]
        if len(members) < 2:
            continue
        heads = Heads(types[clusters[members[0]].type].merge)
        for j in members:
            b = clusters[j]
            stop = heads.first_of_group.get(find(j), len(heads.clusters))
            for number in heads.candidates(b, months[j], hulls[j] is not None, stop):
                i = heads.clusters[number]
                a = clusters[i]
                if not (a.doc_ids & b.doc_ids) and can_merge(
                    a, b, types=types, across_documents=True, reprint=reprints.any(a, b)
                ):
                    root, into = find(j), find(i)
                    parent[root] = into
                    heads.joined(root, into)
                    break
            else:
                if stop == len(heads.clusters):
                    heads.add(j, find(j), b, months[j], hulls[j] is not None)
    groups: dict[int, list[int]] = {}
    for index in range(len(clusters)):
        groups.setdefault(find(index), []).append(index)
    return list(groups.values())


def _observed(frame: Frame) -> int:
    filled = {
        "date": bool(frame.date_start),
        "leaders": bool(frame.leader_ids),
        "location": bool(frame.location),
        "agreements": bool(frame.agreement_ids),
        "amount": frame.amount is not None,
    }
    return sum(1 for name, present in filled.items() if present and name not in frame.inferred)


def to_event(
    cluster: Cluster, sentence_bounds: dict[tuple[str, int], tuple[int, int]], types: dict[str, EventType]
) -> Event:
    """The event row of a cluster: its id, its best date, everyone and everything named, its confidence and the
    sentences reporting it."""
    frames = sorted(cluster.frames, key=lambda f: (f.doc_id, f.start_char))
    first = frames[0]
    event_id = _event_id(first)
    best_date = _best_date(frames)
    days = _stay_days(frames) if first.type in STAY_TYPES else None
    leaders, agreements = _named(frames)
    locations = Counter(f.location for f in frames if f.location)
    amount_frame = next((f for f in frames if f.amount is not None), None)
    # The frame that states most; of those, the first (an index, not frames.index: that is quadratic).
    evidence_frame = frames[max(range(len(frames)), key=lambda i: (_observed(frames[i]), -i))]
    sentences = sorted({(f.doc_id, f.sentence_id) for f in frames})
    confidence = _confidence(frames, types)
    return Event(
        event_id=event_id,
        type=first.type,
        date_start=days[0] if days else best_date.date_start if best_date else "",
        date_end=days[1] if days else best_date.date_end if best_date else "",
        date_precision="range" if days else best_date.date_precision if best_date else "",
        leader_ids=tuple(leaders),
        leaders=tuple(leaders.values()),
        countries=tuple(sorted({c for f in frames for c in f.countries})),
        location=locations.most_common(1)[0][0] if locations else "",
        agreement_ids=tuple(agreements),
        agreements=tuple(agreements.values()),
        amount=amount_frame.amount if amount_frame else None,
        currency=amount_frame.currency if amount_frame else "",
        doc_ids=tuple(sorted({f.doc_id for f in frames})),
        evidence=evidence_frame.evidence,
        mention_count=len(sentences),
        status=evidence_frame.status,
        confidence=round(confidence, 2),
        provenance=_provenance(event_id, frames, sentences, sentence_bounds),
    )


def _event_id(first: Frame) -> str:
    """The first report names the event: its sentence's text (the same in a reprint, so adding a copy of an
    article keeps ids) plus what tells apart the events of one sentence."""
    parts = (first.type, report_text(first), first.date_start, ";".join(first.agreement_ids), first.amount)
    key = "|".join(map(str, parts))
    return "E" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _best_date(frames: Sequence[Frame]) -> Frame | None:
    """The frame whose date is the event's: the most precise of those the text states, or of the inferred dates
    that refine them ("2017" -> the visit's April 18-19, 2017), never contradict them."""
    observed = [(f.date_start, f.date_end) for f in frames if f.date_start and "date" not in f.inferred]
    # Within every observed date is within the latest start and the earliest end (one pass, not one per frame).
    latest_start = max((start for start, _ in observed), default="")
    earliest_end = min((end for _, end in observed), default=None)
    dated = [
        f
        for f in frames
        if f.date_start and latest_start <= f.date_start and (earliest_end is None or f.date_end <= earliest_end)
    ] or [f for f in frames if f.date_start and "date" not in f.inferred]
    return min(
        dated,
        key=lambda f: (PRECISION_RANK.get(f.date_precision, 9), f.date_end > f.date_start, f.date_start),
        default=None,
    )


def _stay_days(frames: Sequence[Frame]) -> tuple[str, str] | None:
    """A visit's first and last day when its reports state several days of one stay ("arrived late on Tuesday" ...
    "held talks on Wednesday" ... "a state visit that will last until May 14"): from the arrival to the last day,
    told as done or to come (not recalled); None when they state one day only, or a span longer than a stay."""
    days = [
        (f.date_start, f.date_end)
        for f in frames
        if f.date_start
        and "date" not in f.inferred
        and f.status != "background"
        and ISO_DAY.fullmatch(f.date_start)
        and ISO_DAY.fullmatch(f.date_end)
    ]
    if not days:
        return None
    first, last = min(s for s, _ in days), max(e for _, e in days)
    told, ended = max(
        ((_stay_length(f.evidence), _stay_ended(f.evidence)) for f in frames if f.status != "background"),
        default=(0, False),
    )
    if told > 1 and _days(first, last) == 1 and ended:
        # "concluded his two-day state visit on Tuesday": the day told is the last, the first counted back
        first = (datetime.date.fromisoformat(last) - datetime.timedelta(days=told - 1)).isoformat()
    elif told > 1 and _days(first, last) == 1:
        # "arrived on Monday evening for a two-day official visit": from the arrival, the days it says
        last = (datetime.date.fromisoformat(first) + datetime.timedelta(days=told - 1)).isoformat()
    if first == last or _days(first, last) > MAX_DAYS_ACROSS:
        return None
    return first, last


def _stay_length(evidence: str) -> int:
    """The days a report says a visit lasts ("a two-day state visit", "his three-day official trip"); 0 when it
    says none, or dates a later day of the stay ("on the second day of his two-day visit": not counted from it)."""
    said = STAY_LENGTH.search(evidence)
    if said and LATER_DAY_OF_STAY.search(evidence):
        return 0
    return STAY_LENGTH_WORDS.get(said.group(1).lower(), 0) if said else 0


def _stay_ended(evidence: str) -> bool:
    """Whether a report tells a stay's length as it ends ("concluded his two-day state visit on Tuesday"), so that the
    day it states is the stay's last."""
    return STAY_ENDED.search(evidence) is not None


def _named(frames: Sequence[Frame]) -> tuple[dict[str, str], dict[str, str]]:
    """(leader id -> name, agreement id -> name) over the frames, in the order first named."""
    leaders: dict[str, str] = {}
    agreements: dict[str, str] = {}
    for frame in frames:
        leaders.update((i, n) for i, n in zip(frame.leader_ids, frame.leaders, strict=False) if i not in leaders)
        agreements.update(
            (i, n) for i, n in zip(frame.agreement_ids, frame.agreements, strict=False) if i not in agreements
        )
    return leaders, agreements


def _confidence(frames: Sequence[Frame], types: dict[str, EventType]) -> float:
    """How sure the event is: the best single report's score (what its own sentence states, see `frame_score`),
    plus CORROBORATION_BONUS for each further sentence reporting it, at most 1."""
    best = max(frame_score(f, types[f.type]) for f in frames)
    sentences = len({(f.doc_id, f.sentence_id) for f in frames})
    return min(1.0, best + CORROBORATION_BONUS * min(sentences - 1, CORROBORATION_MAX))


def frame_score(frame: Frame, spec: EventType) -> float:
    """CONFIDENCE_BASE plus the weighted share of the event's fields its sentence states: a participant named,
    a date and a place in the sentence itself count in full; a field taken from elsewhere (a sentence before, the
    visit it follows, the publication day) counts INFERRED_SHARE of its weight; the subject (the agreement or the
    amount) counts for types that require one or state a figure."""
    fields = {
        "leaders": bool(frame.leader_ids),
        "date": bool(frame.date_start),
        "location": bool(frame.location),
    }
    if spec.required or spec.figure:
        fields["subject"] = bool(frame.agreement_ids) or frame.amount is not None
    weights = {name: CONFIDENCE_WEIGHTS[name] for name in fields}
    stated = sum(
        weights[name] * (INFERRED_SHARE if name in frame.inferred else 1.0)
        for name, present in fields.items()
        if present
    )
    return CONFIDENCE_BASE + (1.0 - CONFIDENCE_BASE) * stated / sum(weights.values())


def _provenance(
    event_id: str,
    frames: Sequence[Frame],
    sentences: Sequence[tuple[str, int]],
    sentence_bounds: dict[tuple[str, int], tuple[int, int]],
) -> tuple[EventMention, ...]:
    """One EventMention per sentence reporting the event, with the mentions its frames drew on there."""
    drawn_on: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
    for f in frames:
        drawn_on[(f.doc_id, f.sentence_id)].update(dict.fromkeys(f.mention_ids))
    provenance = []
    for doc_id, sentence_id in sentences:
        start, end = sentence_bounds.get((doc_id, sentence_id), (0, 0))
        ids = tuple(drawn_on[(doc_id, sentence_id)])
        provenance.append(EventMention(event_id, doc_id, sentence_id, start, end, ids))
    return tuple(provenance)


def reconcile(extractions: Iterable[Extraction], *, patterns_dir: Path | None = None) -> list[Event]:
    """Every event reported by the documents, once."""
    rules = load_event_rules(Path(patterns_dir) if patterns_dir else default_patterns_dir())
    clusters: list[Cluster] = []
    sentence_bounds: dict[tuple[str, int], tuple[int, int]] = {}
    for extraction in extractions:
        doc_id = extraction.document.doc_id
        for index, bounds in enumerate(extraction.sentences):
            sentence_bounds[(doc_id, index)] = bounds
        clusters.extend(document_clusters(extraction.frames, extraction.document.published, rules))
    events = [to_event(cluster, sentence_bounds, rules.types) for cluster in merge_across(clusters, rules.types)]
    return sorted((e for e in events if anchored(e)), key=lambda e: e.event_id)


def document_clusters(frames: Iterable[Frame], published: str, rules: EventRules) -> list[Cluster]:
    """One document's frames merged within it and absorbed (talks into the visit they belong to; a law's signing
    told again as a signing into the act of signing the law)."""
    clusters = absorb(merge_within([Cluster([frame]) for frame in frames], rules.types, published), rules.absorb)
    return fold_law_signings(clusters)


def fold_law_signings(clusters: list[Cluster]) -> list[Cluster]:
    """Within one article, fold a signing that is the signing of a ratifying law told again into that act ("President
    Aliyev has signed a law on the ratification of the Agreement ..." then "The law was signed on Monday"; "The head of
    state put his signature to the document on Tuesday"): one act on one document, of type `other`, dated by the day
    the signing states.  The signing must be told as done now (not "the agreement was inked in Baku on March 11", a
    signing recalled), name no one the law's signing does not, and its days must agree with that act's stated days."""
    return _fold_into_hosts(clusters, lambda cluster: next((o for o in clusters if _same_law_signed(cluster, o)), None))


def _same_law_signed(signing: Cluster, law: Cluster) -> bool:
    """Whether `signing` (a signing) tells again the act `law` announces: the signing of a law on its document."""
    if signing.type != "signing" or law.type != "other" or "law signed" not in act_kinds(law):
        return False
    if not signing.agreement_ids or not signing.agreement_ids <= law.agreement_ids:
        return False
    if {f.status for f in signing.frames} != {"reported"} or "reported" not in {f.status for f in law.frames}:
        return False
    if not signing.leader_ids <= law.leader_ids:
        return False
    return dates_agree(signing, law, both_dated=False)


def anchored(event: Event) -> bool:
    """False for an act of type `other` with no date, no document, no amount and fewer than
    UNANCHORED_MIN_LEADERS participants: what is left is one official who spoke, noted or proposed ("Speaking
    at the session, X said ...", "X noted that ..."), a statement in passing that no table of events records.
    An act between two leaders ("X congratulated Y on assuming office") stays an event."""
    if event.type != "other" or event.date_start or event.agreement_ids or event.amount is not None:
        return True
    return len(event.leader_ids) >= UNANCHORED_MIN_LEADERS
