"""Frame dates: which date mentions a trigger's own clause gives it, and the date a frame takes from its
context when its clause gives none (the visit or meeting that hosts it, the story's day, the paragraph before).

In: a trigger `_Candidate` in its `_Scope`, the sentence's usable date mentions, and the hosts found by `hosts`.
Out: the dates attached to a trigger (`_trigger_dates`, `_usable_dates`) and the frame's date with whether it was
inferred (`_frame_date`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...records import DateMention, Document, Frame, Mention
from ..base import sentence_text, text_of
from ..dates import counts_a_record_from, record_scope
from .background import _in_dateline, _on_publication_day, _term_of_a_document
from .common import (
    ACT_ONLY_TYPES,
    DEAL_NOUNS,
    DEFINITE,
    DOCUMENT_ARGUMENT_DEPS,
    HOST_TYPES,
    PERIOD_OPENERS,
    RELATIVE_DEPS,
    VISIT_TYPES,
    _aside,
    _Attached,
    _Candidate,
    _governs,
    _in_clause,
    _root,
    _Scope,
    _Sentence,
    clause_head,
)
from .hosts import _host_of
from .rules import ISO_DAY, EventRules

# The events a deal singled out of a story's ("The largest deal, valued at ...") is one of.
DEAL_TYPES = {"signing", "investment"}
# Words setting an announced act for the day the article is published (not "to date", "up to today": spans; "later
# in the evening" of an act still to come: the evening of the article's day).
SAME_DAY = re.compile(
    r"\b(?:later\s+)?today\b(?!['’]s)|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
    r"|\blater\s+in\s+the\s+(?:day|evening)\b",
    re.IGNORECASE,
)
# Sentences back within which a dated trade figure gives its period to the undated figures that follow.
PERIOD_REACH = 8
# Words that open a relative clause saying where or when its noun's event happened ("... to Samarkand, where the
# leaders signed"; "the talks, during which the sides agreed"): what the clause reports takes the noun's time.
ADVERBIAL_RELATIVES = {"where", "when", "whereupon"}
RELATIVE_PREPOSITIONS = {"during", "at"}
# Clauses up through which a clause without a date of its own looks for the one that sets its time (a conjunct of a
# "where" clause: "where the leaders elevated ties ... and signed a joint statement").
GOVERNING_STEPS = 3
# The arguments of a verb whose noun a participle clause describes as acting ("signed a government resolution approving
# the Roadmap", "adopted a decree ratifying the treaty"): the document done on the verb's day does its act that day.
ACTING_DOCUMENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Types whose undated reports are acts on a document only when they name it: "the sides approved the Roadmap"
# happened on the article's day, while an undated "X noted ...", "X proposed ..." is talk that dates nothing.
DOCUMENT_ACT_TYPES = frozenset({"other"})
# Dependencies of a verb's subject and objects: a date inside them describes a thing, not the time of the clause.
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "csubj", "expl"}
# An undated event reported as done takes the day of the article's first dated visit, meeting or signing rather than
# the publication day when that day is at most this many days before publication (a Monday paper on Sunday's forum).
LEAD_DAYS = 3
LEAD_TYPES = {"visit", "meeting", "signing"}
RUNNING_TOTAL = re.compile(
    r"\b(?:so far|to date|in total|in all|already|currently|since|over the (?:past|last)|cumulative(?:ly)?)\b", re.I
)


def _usable_dates(doc: Doc, sentence: _Sentence, rules: EventRules, *, figures: bool = True) -> list[DateMention]:
    """Resolved dates that can date an event: not part of a title, not a point of comparison (unless it is the only
    date and a figure's, see `_dates_a_figure`); for `figures`,
    not the start of the period a figure covers ("since 2005": the date of an investment begun then)."""
    roles = {"reference", "period_start"} if figures else {"reference"}
    references = [m for m in sentence.markers if rules.markers[m.label_] in roles]
    usable, compared = [], []
    for date in sentence.dates:
        if not date.start:
            continue
        if any(a.start_char <= date.start_char and date.end_char <= a.end_char for a in sentence.agreements):
            continue
        if _term_of_a_document(doc, sentence, date):
            continue
        if _in_dateline(doc, sentence, date):
            continue
        if any(m.start_char < date.end_char and date.start_char - 2 <= m.end_char for m in references) or (
            LEVEL_OF_A_DATE.match(text_of(doc), date.end_char)
        ):
            compared += [date] if _dates_a_figure(doc, sentence, date) else []
            continue
        root = _root(doc, date.start_char, date.end_char)
        if root is not None and counts_a_record_from(root):  # "the first state visit since 2011"
            continue
        usable.append(date)
    # "This is 29.7% more than in the same period last year, when the figure was $159.1 mln": the point of comparison
    # dates the figure of its when-clause, in a sentence with no date of its own (beside one, it stays a comparison).
    return _most_precise(usable or compared)


# "more than double last year's level", "twice the 2024 figure": a date owning a level or a figure is the point a
# figure or goal is measured against, not its own date.
LEVEL_OF_A_DATE = re.compile(r"['’]s?\s+(?:levels?|figures?)\b|\s+(?:levels?|figures?)\b")


def _record_dates(doc: Doc, sentence: _Sentence, trigger: Token) -> list[DateMention]:
    """The dates a record is counted from ("since 2011" after "the first state visit") that stand in the same phrase
    or clause of "since" as the trigger ("since Moon Jae-in's visit in April 2019"): that earlier event's own."""
    found = []
    for date in sentence.dates:
        scope = _record_scope_of(doc, date)
        if scope is not None and _governs(scope, trigger):
            found.append(date)
    return found


def _record_scope_of(doc: Doc, date: DateMention) -> Token | None:
    """What the "since" of a record governs, when a resolved date stands in it (`record_scope`); else None."""
    root = _root(doc, date.start_char, date.end_char) if date.start else None
    return record_scope(root) if root is not None else None


def _dates_a_figure(doc: Doc, sentence: _Sentence, date: DateMention) -> bool:
    """Whether an amount stands in a relative clause on the date ("29.7% more than in the same period last year, when
    the figure was $159.1 mln"): a point of comparison that is that figure's own date."""
    for money in sentence.money:
        root = _root(doc, money.start_char, money.end_char)
        head = clause_head(root) if root is not None else None
        if head is not None and head.dep_ == "relcl" and date.start_char <= head.head.idx < date.end_char:
            return True
    return False


def _most_precise(dates: Sequence[DateMention]) -> list[DateMention]:
    """Drop a date that contains another one of the list ("2017" beside "November 2017"), unless it is a span of
    days written out around a day of its own ("signed on August 15 by ... Mishustin, who was on a visit on August
    14-15": the visit's days and the signing's day are two events' dates, not one date said twice)."""
    kept = []
    for date in dates:
        inside = any(
            other is not date
            and not (date.precision == "range" and other.precision == "day")
            and date.start <= other.start
            and other.end <= date.end
            and (other.start, other.end) != (date.start, date.end)
            for other in dates
        )
        if not inside and all((k.start, k.end) != (date.start, date.end) for k in kept):
            kept.append(date)
    return kept


def _trigger_dates(
    scope: _Scope, candidate: _Candidate, dates: list[DateMention]
) -> tuple[list[DateMention], list[DateMention]]:
    """(the sentence's dates the trigger can see, those of its own clause or of its twins' clauses)."""
    doc, sentence, token = scope.doc, scope.sentence, candidate.token
    clause = clause_head(token)
    if not scope.rules.types[candidate.kind].figure:
        dates = _usable_dates(doc, sentence, scope.rules, figures=False)
    # "the first trip since Moon Jae-in's visit in April 2019": the point of a record dates what stands in it alone
    dates = dates + _record_dates(doc, sentence, token)
    dates = _without_asides(scope, candidate, dates)
    # "the state visit ..., which began on July 1": a relative clause on a trigger noun dates that trigger alone.
    others = {c.token.i for c in scope.candidates if c is not candidate}
    described = {id(d): _described_noun(doc, d) for d in dates}
    # "the Kremlin had announced the trip on Monday": the day of the announcing is not the day of the trip.
    announcing = _announcing_days(scope, candidate, dates)
    own = [d for d in _own_relative_dates(doc, dates, described, token, others) if d not in announcing]
    # "flew home on Wednesday with a treaty signed ...": the day of leaving is not the day of what was carried home.
    leaving = _departure_days(doc, clause, dates) + announcing
    seen = [d for d in dates if d not in leaving]
    free = [
        d
        for d in seen
        if described[id(d)] not in others
        and not _opens_period(doc, d, clause)
        and not _describes_another_noun(doc, d, clause, described[id(d)], others)
    ]
    # "..., the ministry said on Friday": the day of the saying dates an event only when nothing else does.
    saying = _saying_dates(scope, clause, free)
    frame_dates = own or _in_clause(doc, [d for d in free if d not in saying], clause, scope.trigger_clauses)
    if candidate.kind in LISTED_OCCASION_TYPES:
        frame_dates = frame_dates + _listed_occasions(doc, frame_dates, seen)
    return dates, (
        frame_dates
        or _restated_time_dates(doc, clause, seen)
        # "the memorandum, signed when Sheikh Mohamed visited Baku in January 2024, and the agreement concluded in
        # July": a when-clause hanging on the trigger's own verb dates it before a twin's date does.
        or _when_clause_dates(doc, clause, seen)
        or _twin_dates(scope, candidate, seen)
        or _governing_dates(doc, clause, seen)
        or _setting_dates(scope, clause, seen)
        or _deadline_dates(scope, candidate, dates)
        or _in_clause(doc, saying, clause, scope.trigger_clauses)
    )


# The types of an occasion told over and over in one list of places and years ("met in Baku in 2014, in Ashgabat in
# 2015 and in Ankara in 2021"): one event per date of the list.
LISTED_OCCASION_TYPES = frozenset({"visit", "meeting"})
# What joins one "in PLACE in DATE" of such a list to the date before it: a comma or "and", then "in" a place of a
# few words (perhaps "again"), then "in" or "on" the next date.
LISTED_OCCASION = re.compile(r"(?:,|,?\s+and)\s+in\s+[A-Z][^,;.()]{0,40}?\s+(?:again\s+)?(?:in|on)\s+")


def _listed_occasions(doc: Doc, frame_dates: list[DateMention], dates: list[DateMention]) -> list[DateMention]:
    """The dates listed after a trigger's last date, each after "in PLACE" ("met in Baku in 2014, in Ashgabat in
    2015, in Baku again in 2017 and in Ankara in 2021"): in, the trigger's own dates and the sentence's; out, the
    further dates of the list, in order (none when the trigger has no date or nothing follows so)."""
    if not frame_dates:
        return []
    text = text_of(doc)
    found: list[DateMention] = []
    last = max(frame_dates, key=lambda d: d.end_char)
    for date in sorted(dates, key=lambda d: d.start_char):
        if date.start_char >= last.end_char and LISTED_OCCASION.fullmatch(text, last.end_char, date.start_char):
            found.append(date)
            last = date
    return found


# Nouns of a time that restate a date before them ("in 1995, the year Rahmon paid his first visit").
TIME_NOUNS = frozenset({"year", "month", "day"})


def _restated_time_dates(doc: Doc, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The date a time noun restates when the trigger's clause is a relative clause on it ("established relations
    in 1995, the year Rahmon paid his first visit"): in, the trigger's clause head and the sentence's dates; out,
    the date ending just before that noun (only a comma and its article between), else none."""
    time = clause.head
    if clause.dep_ != "relcl" or time.lemma_.lower() not in TIME_NOUNS:
        return []
    start = time.left_edge.idx  # "the year": the phrase opens at its article
    before = text_of(doc)[:start]
    return [d for d in dates if d.end_char <= start and before[d.end_char :].strip() in {",", ""}]


# Verbs of leaving a place, and the words that make them a going home ("flew home", "returned from Astana", "left
# Baku"): the day of leaving ends a trip; it is not the day of an act the sentence tells as done before it.
LEAVING_VERBS = frozenset({"fly", "leave", "depart", "return", "head"})
HOMEWARD_WORDS = frozenset({"home", "back", "from"})
# The links of an act told as done on the way out ("left ... after signing", "before flying home, signed"), whose day
# the leaving may well share.
ADVERBIAL_CLAUSE_DEPS = frozenset({"advcl", "pcomp"})


def _departure_days(doc: Doc, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The dates standing in the clause of a verb of leaving, for a trigger of another clause that is no adverbial
    of it ("Xi flew home from Kazakhstan on Wednesday with a treaty signed ...", "returned home on Friday with a
    dozen agreements signed in Tashkent"): the day of the going home, not of the signing carried home.  A verb of
    going to a place ("flew to Baku on Monday to sign") leaves its day to the act it goes for."""
    if clause.dep_ in ADVERBIAL_CLAUSE_DEPS:
        return []  # "left Ashgabat on Thursday after signing ...": the day may well be the signing's too
    found = []
    for date in dates:
        root = _root(doc, date.start_char, date.end_char)
        head = clause_head(root) if root is not None else None
        if head is None or head.i == clause.i or head.lemma_ not in LEAVING_VERBS:
            continue
        homeward = any(c.lower_ in HOMEWARD_WORDS for c in head.children)
        if homeward or (head.lemma_ == "leave" and any(c.dep_ == "dobj" for c in head.children)):
            found.append(date)
    return found


def _announcing_days(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> list[DateMention]:
    """The dates in the clause of a verb announcing the event its object names ("Ushakov had announced the trip on
    Monday", "Akorda, which confirmed the visit on Tuesday"): in, the trigger and the sentence's dates; out, the
    single days by the article's day standing in that verb's clause when the trigger is a noun it takes as object
    (none for any other trigger).  The day an event is made known is not the day it is held; a range or a day to
    come ("announced the visit on May 26-27") may well be the event's own."""
    doc, rules, token = scope.doc, scope.rules, candidate.token
    verb = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in DOCUMENT_ARGUMENT_DEPS or verb.i == token.i:
        return []
    announcing = {
        root.i
        for m in scope.sentence.markers
        if rules.markers[m.label_] == "announcing" and (root := _root(doc, m.start_char, m.end_char)) is not None
    }
    if verb.i not in announcing:
        return []
    published = scope.document.published
    return [
        d
        for d in dates
        if d.precision == "day"
        and bool(published)
        and d.end <= published
        and (root := _root(doc, d.start_char, d.end_char)) is not None
        and clause_head(root).i == verb.i
    ]


def _without_asides(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> list[DateMention]:
    """The dates without those in parentheses that hold a trigger of their own ("(in 2023 it stood at $6 billion)"):
    such a date is that trigger's alone."""
    doc, sentence, token = scope.doc, scope.sentence, candidate.token
    others = [c.token.idx for c in scope.candidates if c is not candidate]
    return [
        d
        for d in dates
        if not (
            _aside(doc, sentence, d.start_char, token.idx)
            and any(_aside(doc, sentence, d.start_char, o) is False for o in others)
        )
    ]


def _saying_dates(scope: _Scope, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The dates standing in the clause of a verb of saying other than the trigger's own ("approved the roadmap at the
    meeting held yesterday, the press service said on Friday"; "Tokayev told reporters on Monday that ..."): the day the
    news was given out, which is not the day of the event it tells."""
    doc, rules = scope.doc, scope.rules
    verbs = {
        root.i
        for m in scope.sentence.markers
        if rules.markers[m.label_] == "reporting" and (root := _root(doc, m.start_char, m.end_char)) is not None
    }
    return [
        d
        for d in dates
        if (root := _root(doc, d.start_char, d.end_char)) is not None
        and (head := clause_head(root)).i in verbs
        and head.i != clause.i
    ]


# The words that make a date a deadline ("reach $1 billion by 2026").
DEADLINE_WORDS = frozenset({"by"})
# How many words up from a date its deadline word may stand: "2026" -> "of" -> "end" -> "by" in "by the end of 2026".
DEADLINE_STEPS = 4


def _deadline_dates(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> list[DateMention]:
    """The deadlines of a goal's sentence when its own clause has no date ("set the task of bringing trade to $1 bln,
    and we intend to reach this level by 2026"): a goal is dated by when it is to be met, wherever the sentence says
    it, not by a date of the paragraph before."""
    if not scope.rules.types[candidate.kind].goal:
        return []
    doc = scope.doc
    return [d for d in dates if (root := _root(doc, d.start_char, d.end_char)) and _after_deadline_word(doc, root)]


def _after_deadline_word(doc: Doc, token: Token) -> bool:
    """Whether a date's word hangs on a deadline preposition, directly or through the nouns of a phrase ("by 2026",
    "by the end of 2026"), before any verb."""
    for _ in range(DEADLINE_STEPS):
        if token.dep_ == "prep" and token.lower_ in DEADLINE_WORDS:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return False


# The prepositions that set an act at a meeting or visit wherever they stand ("approved the roadmap at the meeting held
# yesterday", "signed during the talks held on Monday"); any preposition does when fronted ("After the talks on ...").
SETTING_PREPOSITIONS = frozenset({"at", "during"})
# How many links of a noun phrase ("of", compounds) lead from the noun a relative clause describes to the setting noun.
SETTING_PHRASE_STEPS = 4


def _setting_dates(scope: _Scope, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The dates of the meeting or visit a fronted adverbial sets a clause at, given in the clause that describes it
    ("At a business forum organised by the CII on Tuesday, companies concluded deals worth $2.2 billion"; "During the
    talks held in Ankara on Monday, the sides agreed ..."), or that "at" or "during" sets it at after the verb
    ("approved the roadmap at the meeting of the council held yesterday"): the act took place at that event, on its
    day.  A noun that
    reports no meeting or visit ("At a plant built in 2015, ...") sets no time."""
    doc = scope.doc
    hosts = {span.root.i for span in scope.sentence.triggers if scope.rules.triggers[span.label_].type in HOST_TYPES}
    settings = {
        noun.i
        for verb in _with_gerunds(clause)
        for prep in verb.children
        if prep.dep_ == "prep" and (prep.i < clause.i or prep.lower_ in SETTING_PREPOSITIONS)
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.i in hosts
    }
    return [
        d
        for d in dates
        if (root := _root(doc, d.start_char, d.end_char))
        and (head := clause_head(root)).dep_ in RELATIVE_DEPS
        and _noun_of_phrase(head.head, settings)
    ]


def _with_gerunds(clause: Token) -> list[Token]:
    """A clause's verb and the gerunds of its prepositions ("approved the roadmap on expanding trade at the meeting
    ..."), on which a parser often hangs a phrase that belongs to the verb."""
    gerunds = [g for prep in clause.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pcomp"]
    return [clause, *gerunds]


def _noun_of_phrase(noun: Token, heads: set[int]) -> bool:
    """Whether a noun is one of `heads` or stands in its phrase through "of" and compounds ("the 13th meeting of the
    Intergovernmental Council held yesterday": "held" describes "Council", in the phrase of "meeting")."""
    for _ in range(SETTING_PHRASE_STEPS):
        if noun.i in heads:
            return True
        if noun.dep_ not in {"pobj", "compound"} or noun.head.i == noun.i:
            return False
        noun = noun.head
        if noun.dep_ == "prep":
            if noun.lower_ != "of":
                return False
            noun = noun.head
    return False


def _twin_dates(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> list[DateMention]:
    """The dates of the clauses of the sentence's other triggers of the same type ("grew by 50% in 2018, exceeding
    $3 billion": verbs of one type in one sentence share its dates)."""
    doc, sentence, token = scope.doc, scope.sentence, candidate.token
    twins = {clause_head(c.token).i for c in scope.candidates if c.kind == candidate.kind and c is not candidate}
    return [
        d
        for d in dates
        if (root := _root(doc, d.start_char, d.end_char))
        and clause_head(root).i in twins
        and not _aside(doc, sentence, d.start_char, token.idx)  # "(in 2023 it stood at $6 billion)"
    ]


# The words that open a clause saying when the clause it hangs on happened ("adopted when Mirziyoyev visited Astana
# on 22 December 2022").
WHEN_WORDS = frozenset({"when"})


def _when_clause_dates(doc: Doc, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a when-clause hanging on a clause without its own ("The roadmap, adopted when Mirziyoyev visited
    Astana on 22 December 2022, ..."): that clause happened then."""
    whens = [c for c in clause.children if c.dep_ == "advcl" and any(w.lower_ in WHEN_WORDS for w in c.children)]
    return [
        d
        for d in dates
        if (root := _root(doc, d.start_char, d.end_char)) and any(clause_head(root).i == w.i for w in whens)
    ]


def _governing_dates(doc: Doc, clause: Token, dates: list[DateMention]) -> list[DateMention]:
    """The dates a clause without its own takes from the clause that sets its time: a date fronted before the verb
    of the clause it is conjoined to ("In 2018, the sides inked 25 agreements and set up a council"; "During the visit
    in spring 2018, ..."), any date of the clause whose place or event a "where"/"during which" clause describes
    ("Last year, X made a state visit to Samarkand, where the leaders signed a joint statement"), the date of a verb
    whose object a participle describes ("signed on Thursday a resolution approving the Roadmap").  A date after the
    first verb ("trade grew in 2023 and will reach ...") sets no time for the conjoined clause."""
    head = clause
    for _ in range(GOVERNING_STEPS):
        if head.dep_ == "conj":
            head, fronted = clause_head(head.head), True
        elif (head.dep_ == "relcl" and _adverbial_relative(head)) or _acts_by_a_document_of(head):
            head, fronted = clause_head(head.head), False
        else:
            return []
        found = [
            d
            for d in dates
            if (root := _root(doc, d.start_char, d.end_char))
            and clause_head(root).i == head.i
            and (not fronted or (d.end_char <= head.idx and _adverbial(root, head)))
        ]
        if found:
            return found
    return []


def _acts_by_a_document_of(verb: Token) -> bool:
    """Whether a clause is a present participle on the object of another verb, telling what the thing done does
    ("Aripov signed a government resolution approving the Roadmap": the approving is done by the signing, that day)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ACTING_DOCUMENT_DEPS


def _adverbial(token: Token, verb: Token) -> bool:
    """Whether a token stands in an adverbial of the verb ("Last year, ..."; "During the visit in 2018, ..."), not in
    its subject or object ("the March summit recognised ... and supported ...")."""
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.dep_ not in ARGUMENT_DEPS


def _adverbial_relative(verb: Token) -> bool:
    """Whether a relative clause says where or when its noun's event took place ("where the leaders signed", "during
    which the sides agreed"), not what the noun is or did ("the treaty, which created ...")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ADVERBIAL_RELATIVES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in RELATIVE_PREPOSITIONS
            and any(grand.lower_ == "which" for grand in child.children)
        ):
            return True
    return False


def _describes_another_noun(doc: Doc, date: DateMention, clause: Token, noun: int | None, others: set[int]) -> bool:
    """Whether a date stands in a relative clause saying what a noun of another clause than the trigger's is or did
    ("adopted as the nations celebrate their ties, which date back to January 7, 1993"): that noun's own past, not
    the day of the trigger.  A clause saying where or when its noun's event took place ("the summit, where ...") is
    left to `_governing_dates`; one on a noun of the trigger's own clause ("signed following the meeting of the
    commission, which took place yesterday") or in the phrase of another trigger may well date the trigger."""
    if noun is None or _noun_of_phrase(doc[noun], others) or clause_head(doc[noun]).i == clause.i:
        return False
    root = _root(doc, date.start_char, date.end_char)
    head = clause_head(root) if root is not None else None
    return head is not None and head.i != clause.i and not _adverbial_relative(head) and not _governs(head, clause)


def _opens_period(doc: Doc, date: DateMention, clause: Token) -> bool:
    """Whether a date stands in another clause than the trigger's, one that "since" opens ("the first summit since
    Tokyo launched the framework in 2004"): the start of a period the event is counted from, not its date."""
    root = _root(doc, date.start_char, date.end_char)
    if root is None:
        return False
    head = clause_head(root)
    return head.i != clause.i and any(c.dep_ == "mark" and c.lower_ in PERIOD_OPENERS for c in head.children)


def _own_relative_dates(
    doc: Doc, dates: list[DateMention], described: dict[int, int | None], token: Token, others: set[int]
) -> list[DateMention]:
    """The dates of the relative clauses that tell a trigger's own event: those on its noun ("the state visit, which
    began on July 1"), unless the clause tells another trigger's act ("the entry into force on Nov 1 of the Treaty
    signed last year, which the Senate ratified in August": the signing's and the ratification's days, not the
    entry's); and those of the clause the trigger itself opens ("which the Senate ratified in August": the
    ratification's own day, whatever noun the parser reads the clause on).  `described` maps id(date) to the
    noun its clause describes; `others` are the other triggers' token indices."""
    return [
        d
        for d in dates
        if (described[id(d)] == token.i and not _dates_another_trigger(doc, d, others))
        or (described[id(d)] is not None and _dates_another_trigger(doc, d, {token.i}))
    ]


def _dates_another_trigger(doc: Doc, date: DateMention, others: set[int]) -> bool:
    """Whether a date stands in the clause of another trigger of the sentence (`others`: their token indices)."""
    root = _root(doc, date.start_char, date.end_char)
    return root is not None and clause_head(root).i in others


def _described_noun(doc: Doc, mention: Mention) -> int | None:
    """The noun a mention's relative or participial clause describes ("the visit, which began on July 1" ->
    visit), as a token index; None when its clause describes no noun."""
    root = _root(doc, mention.start_char, mention.end_char)
    if root is None:
        return None
    head = clause_head(root)
    return head.head.i if head.dep_ in RELATIVE_DEPS and head.head.i != head.i else None


def _frame_date(
    scope: _Scope, candidate: _Candidate, attached: _Attached, date: DateMention | None, location: str
) -> tuple[tuple[str, str, str], str, list[str]]:
    """(date fields, location, inferred fields) of a frame: its own date, else the visit's it belongs to, the
    paragraph's, the report's period, or the article's day."""
    spec = scope.rules.types[candidate.kind]
    frame_inferred = list(attached.inferred)
    date_fields = (date.start, date.end, date.precision) if date else ("", "", "")
    if date is None and (deals := _deals_singled_out(scope, candidate)) is not None:
        # "The largest deal, valued at 780 billion tenge, ...": one of the deals reported before, signed on their day
        # (more precise than the visit they were signed during).
        date_fields = (deals.date_start, deals.date_end, deals.date_precision)
        frame_inferred.append("date")
    elif date is None and spec.inherits_from_visit:
        # A list of documents signed comes a few sentences after the visit it closes.
        host = _host_of(scope, candidate)
        if host is not None:
            if host.date_start:
                date_fields = _day_after_late_arrival(host, scope, attached.announced) or (
                    host.date_start,
                    host.date_end,
                    host.date_precision,
                )
                frame_inferred.append("date")
            if not attached.leaders and host.leader_ids:
                frame_inferred.append("leaders")
            if not location and host.location:
                location = host.location
                frame_inferred.append("location")
    elif date is None and (context := _date_from_context(scope, candidate, attached)) is not None:
        date_fields = context
        frame_inferred.append("date")
    if not date_fields[0] and _set_for_today(scope, candidate, attached):
        # "Later today, the presidents are to sign ...": planned for the article's own day
        date_fields = (scope.document.published, scope.document.published, "day")
        frame_inferred += ["date", "published"]
    if not date_fields[0] and (story := _date_of_the_story(scope, candidate, attached)) is not None:
        date_fields, inferred = story
        frame_inferred += inferred
    return date_fields, location, frame_inferred


# Words of a visit's report that tell its arrival came late in the day ("arrived late on Wednesday", "arrived in
# Ashgabat on Monday evening", "landed on Tuesday night", "arrived yesterday evening", "on the evening of May 12"):
# nothing of the visit is held that evening, so what follows the arrival (talks, documents signed) is on the morrow.
LATE_IN_THE_DAY = re.compile(
    r"\blate\s+(?:on\s+)?(?:\w+day|yesterday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
    r"|\b(?:\w+day|yesterday|last)\s+(?:evening|night)\b"
    r"|\b(?:the\s+)?(?:evening|night)\s+of\b",
    re.IGNORECASE,
)
# How far before a date its arrival verb may stand ("arrived in the Kazakh capital late on Tuesday"), within its clause.
ARRIVAL_REACH = 60
# arrived, arriving, arrival, landed, landing; "flew into Moscow", "flew in on Monday evening"
ARRIVAL_VERB = r"\b(?:(?:arriv|land)\w*|fl(?:ew|ies|y|ying|own)\s+in(?:to)?)\b"
ARRIVAL_BEFORE = re.compile(rf"{ARRIVAL_VERB}[^.;:!?]*$", re.IGNORECASE)
ARRIVED_LATE = re.compile(rf"{ARRIVAL_VERB}[^.;:!?]{{0,{ARRIVAL_REACH}}}?(?:{LATE_IN_THE_DAY.pattern})", re.IGNORECASE)


def _day_after_late_arrival(host: Frame, scope: _Scope, announced: bool) -> tuple[str, str, str] | None:
    """The day after the host's, when the host is a visit whose sentence tells an arrival late in its single day
    ("Macron, who arrived late on Wednesday, held talks ... The two presidents adopted a joint statement": Thursday);
    None for any other host, for an act told in the arrival's own sentence ("arrived on Tuesday evening and signed
    ... the same evening"), or when the day after comes after the article's day and the act is told as done."""
    if host.type not in VISIT_TYPES or host.sentence_id == scope.sentence.id or not ARRIVED_LATE.search(host.evidence):
        return None
    return _morrow((host.date_start, host.date_end, host.date_precision), scope.document, announced)


def _arrival_late_on(text: str, date: DateMention) -> bool:
    """Whether a date is the day of an arrival told late in that day: an arrival verb before it in its clause
    ("who arrived late on Wednesday", "arrived in Ashgabat on Monday evening", "landed yesterday evening")."""
    before = text[max(0, date.start_char - ARRIVAL_REACH) : date.start_char]
    told = before + text[date.start_char : date.end_char + len(" evening")]
    return bool(ARRIVAL_BEFORE.search(before)) and bool(LATE_IN_THE_DAY.search(told))


def _morrow(fields: tuple[str, str, str], document: Document, announced: bool) -> tuple[str, str, str] | None:
    """The day after a single day; None for any other date, or when the day after comes after the article's day
    and the act is told as done (an article of the arrival's own evening: what it tells as done was done that
    day)."""
    start, end, precision = fields
    if precision != "day" or start != end or not ISO_DAY.fullmatch(start):
        return None
    morrow = (datetime.date.fromisoformat(start) + datetime.timedelta(days=1)).isoformat()
    if not announced and document.published and morrow > document.published:
        return None
    return (morrow, morrow, "day")


def _date_from_context(scope: _Scope, candidate: _Candidate, attached: _Attached) -> tuple[str, str, str] | None:
    """An undated frame's date from around it: the paragraph's previous date, or for a trade figure the period the
    report speaks of; None when neither applies."""
    kind, sentence = candidate.kind, scope.sentence
    if _set_for_today(scope, candidate, attached):
        return None  # "arrived on Tuesday. He will call on the president later in the evening": the article's day
    if _announcing_days(scope, candidate, sentence.dates):
        return None  # "The ministry first announced the trip on Monday.": a trip told again, dated by what it names
    previous = _previous_date_in_paragraph(scope.doc, sentence, scope.sentences, scope.rules)
    if previous is not None and (
        _visit_to_come_after(kind, attached.announced, previous, scope.document)
        or _act_on_a_document_to_come_after(kind, attached, previous, scope.document)
    ):
        previous = None  # "held talks on 14 May. X invited Y to visit Pakistan": the visit to come is not on 14 May
    if previous is not None:
        fields = (previous.start, previous.end, previous.precision)
        if _arrival_late_on(text_of(scope.doc), previous):
            return _morrow(fields, scope.document, attached.announced) or fields
        return fields
    return _reporting_period(scope.earlier, sentence, attached.dates) if kind == "trade_figure" else None


# What a visit holds after its arrival, so takes the morrow of an arrival told late in the day.
MORROW_OF_ARRIVAL_TYPES = frozenset({"meeting", "signing", "investment", "award"})


def _date_of_the_story(
    scope: _Scope, candidate: _Candidate, attached: _Attached
) -> tuple[tuple[str, str, str], list[str]] | None:
    """ "ASTANA, October 3 - ... held talks": an undated event the article reports happened on its day, as (date
    fields, inferred fields); None for any other."""
    kind, spec = candidate.kind, scope.rules.types[candidate.kind]
    if not (
        spec.dated_by_publication
        and (kind not in DOCUMENT_ACT_TYPES or bool(attached.agreements))
        and _on_publication_day(
            scope.document, scope.sentence, attached.announced, scope.doc, _dates_of_a_plan(scope, candidate)
        )
        and _reports_an_act(scope, candidate)
    ):
        return None
    lead = _lead_day(scope)
    if lead is not None:
        # "... signed 16 agreements on Sunday. The company also signed ...": the day the story is about; the morrow of
        # a lead telling a late arrival ("flew into Moscow on Wednesday evening ... After the talks, ... signed") for
        # what is held during the visit (talks, signings), not for the visit itself nor an act of another kind
        held = kind in MORROW_OF_ARRIVAL_TYPES
        fields = _day_after_late_arrival(lead, scope, attached.announced) if held else None
        return fields or (lead.date_start, lead.date_end, lead.date_precision), ["date"]
    published = scope.document.published
    return (published, published, "day"), ["date", "published"]  # "published": the weakest date, never to merge on


def _dates_of_a_plan(scope: _Scope, candidate: _Candidate) -> list[DateMention]:
    """The dates after the article's day standing in the clause of another trigger of the sentence ("The sides also
    approved the Roadmap and agreed to hold the next meeting in Tashkent in the second half of the year"): the time
    of an event to come, which leaves an act told as done in the same sentence undated by it."""
    doc, published = scope.doc, scope.document.published
    clause = clause_head(candidate.token).i
    others = scope.trigger_clauses - {clause}
    return [
        d
        for d in scope.sentence.dates
        if published
        and d.start > published
        and (root := _root(doc, d.start_char, d.end_char)) is not None
        and clause_head(root).i in others
    ]


def _act_on_a_document_to_come_after(kind: str, attached: _Attached, date: DateMention, document: Document) -> bool:
    """Whether an act on a document the text announces ("The document will enter into force after the parties
    exchange notes", "it is to be ratified") lies after a date of another sentence ending by the article's day ("...
    ratified the agreement, signed in Bishkek last April"): that date is the day of an act already done, not of the
    act to come, which stays undated."""
    published = document.published
    on_a_document = kind in DOCUMENT_ACT_TYPES and bool(attached.agreements)
    return on_a_document and attached.announced and bool(published) and bool(date.end) and date.end <= published


def _visit_to_come_after(kind: str, announced: bool, date: DateMention, document: Document) -> bool:
    """Whether a visit the text announces ("will visit", "invited ... to visit") lies after a date of another
    sentence: that date ends by the article's day, so it is the day of something already done."""
    published = document.published
    return kind in VISIT_TYPES and announced and bool(published) and bool(date.end) and date.end <= published


def _set_for_today(scope: _Scope, candidate: _Candidate, attached: _Attached) -> bool:
    """Whether a sentence sets the signing, meeting or visit it announces for the article's own day ("Later today,
    ... are to sign", "will be signed this afternoon", "He will call on the president later in the evening"), in an
    article dated to the day, with no date of its own."""
    document, sentence = scope.document, scope.sentence
    if candidate.kind not in LEAD_TYPES or not attached.announced or sentence.dates:
        return False
    if not document.published or document.published_precision != "day":
        return False
    return SAME_DAY.search(sentence_text(scope.doc, sentence.id)) is not None


def _deals_singled_out(scope: _Scope, candidate: _Candidate) -> Frame | None:
    """The latest earlier signing or investment with an amount and a date of its own, when the trigger is a deal
    singled out of those by a superlative ("The largest deal, valued at ...", "The biggest contract, worth ..."):
    one of the deals the story reported, made on their day.  None for any other trigger, or when no deals came
    before."""
    token = candidate.token
    if token.lemma_ not in DEAL_NOUNS or not any(c.tag_ == "JJS" for c in token.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return None
    for frame in reversed(scope.earlier):
        stated = frame.date_start and "date" not in frame.inferred
        if frame.type in DEAL_TYPES and frame.amount is not None and stated:
            return frame
    return None


def _reports_an_act(scope: _Scope, candidate: _Candidate) -> bool:
    """Whether an undated event of a type that may state a running total (ACT_ONLY_TYPES) reports an act of the story:
    its verb in the simple past ("presented a pipeline of projects worth $500 million"), with no word of a running
    total ("so far", "to date", "since"); "have invested $1.5 billion", "is estimated at", "was established with a
    capital of" state a sum over time, which no day dates.  True for the other types."""
    if candidate.kind not in ACT_ONLY_TYPES:
        return True
    verb = clause_head(candidate.token)
    while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        # "agreed to set up a plant with an investment of", "used the visit to sign deals worth": the act is the verb
        # the infinitive completes
        verb = verb.head
    simple_past = verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return simple_past and not RUNNING_TOTAL.search(sentence_text(scope.doc, scope.sentence.id))


def _lead_day(scope: _Scope) -> Frame | None:
    """The first frame of the article dated by its own sentence to one day within LEAD_DAYS before publication: the
    day the story reports ("signed 16 agreements on Sunday" in a Monday paper), which an undated event of the same
    story shares rather than the publication day."""
    published = scope.document.published
    if not ISO_DAY.fullmatch(published or ""):
        return None
    for frame in scope.earlier:
        if frame.date_precision != "day" or "date" in frame.inferred or frame.type not in LEAD_TYPES:
            continue
        gap = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(frame.date_start)).days
        return frame if 0 < gap <= LEAD_DAYS else None
    return None


def _reporting_period(
    earlier: Sequence[Frame], sentence: _Sentence, dates: Sequence[DateMention]
) -> tuple[str, str, str] | None:
    """The latest period of the dated trade figures shortly before: what an undated figure of a statistics report
    ("Exports grew to $12.6 billion") covers, not the comparison beside it.  None when the sentence has a date
    the figure could take (`dates`) or one not resolved."""
    if dates or any(not d.start for d in sentence.dates):
        return None
    dated = [
        f
        for f in earlier
        if f.type == "trade_figure"
        and f.date_start
        and "date" not in f.inferred
        and sentence.id - f.sentence_id <= PERIOD_REACH
    ]
    latest = max(dated, key=lambda f: (f.date_end, f.sentence_id), default=None)
    return (latest.date_start, latest.date_end, latest.date_precision) if latest else None


def _previous_date_in_paragraph(
    doc: Doc, sentence: _Sentence, sentences: list[_Sentence], rules: EventRules
) -> DateMention | None:
    paragraph_start = text_of(doc).rfind("\n", 0, sentence.start) + 1
    for earlier in reversed(sentences[: sentence.id]):
        if earlier.end <= paragraph_start:
            break
        usable = _usable_dates(doc, earlier, rules)
        if usable:
            return usable[-1]
    return None
