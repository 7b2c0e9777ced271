"""Amounts, investment and trade figures: which amount of a sentence a frame states, how one trigger splits
over several amounts, and the document passes over figures (one event per money mention, deals told as an
investment or a forum's outcome, parts of a trade total).

In: a trigger in its `_Scope` with the money mentions of its sentence; after extraction, the document's frames.
Out: the groups of agreements and dates per amount (`_groups`), an amount's own date, a year-earlier figure, and
the frames after the figure passes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise, product

from spacy.tokens import Doc, Token

from ...records import AgreementMention, DateMention, Frame, MoneyMention
from ..base import text_of
from .common import (
    DEAL_NOUNS,
    DEFINITE,
    TARGET_TYPE,
    _Attached,
    _Candidate,
    _closest,
    _gap,
    _outside,
    _root,
    _Scope,
    _Sentence,
    _span_of,
    clause_head,
)
from .dates import _described_noun
from .rules import ISO_DAY, EventRules

# A definite document noun ("the deal", "this contract") with an amount, this many sentences at most after a
# signing with none, is that signing's value.
DEAL_REACH = 2
# What a signing of unnamed documents with their worth reports ("signed 18 commercial documents worth $2.4 billion"):
# the value of the deals, not the signing of any one document (see `_unnamed_deals_are_an_investment`).
UNNAMED_DEAL_TYPE = "investment"
# The deadline a trade goal states right after its trigger ("to lift trade to $1 billion by 2030", "to $5 billion a
# year by the end of 2027"): within this many characters, with no sentence break or clause boundary between.
TARGET_DEADLINE_REACH = 60
TARGET_DEADLINE = re.compile(
    rf"[^.;:,]{{0,{TARGET_DEADLINE_REACH}}}?\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE
)
# A count of deals and what they are worth: "27 commercial agreements worth", "18 commercial documents with a combined
# value of", "about 150 business documents worth", "13 documents worth nearly"; or investment agreements with their
# worth, counted or not.
COUNTED_DEALS_WORTH = re.compile(
    r"\b\d+\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|contracts|deals|memorand(?:a|ums)|accords)\b"
    r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+))?\s+(?:worth|valued|with\s+(?:a\s+)?(?:combined|total)\s+value)\b"
    # investment agreements with their worth, counted or not ("investment agreements worth $470 million were signed")
    r"|\binvestment\s+(?:agreements|deals|contracts|accords)\s+(?:worth|valued)\b",
    re.IGNORECASE,
)
# Deals, documents or agreements with their worth ("signed deals worth", "yielded agreements worth US$1.8 billion",
# "concluded more than 30 commercial deals valued at"): the outcome of a business forum told as money.
DEALS_WORTH = re.compile(
    r"\b(?:documents|agreements|contracts|deals|memorand(?:a|ums)|accords)\b(?:\s+[\w-]+){0,3}?\s+(?:worth|valued)\b",
    re.IGNORECASE,
)
# The trigger word of a business or investment forum.
FORUM_WORD = re.compile(r"\bforums?\b", re.IGNORECASE)
# Words naming one direction of trade: an export or import figure is a part of the trade total.
TRADE_PART = re.compile(r"\b(?:exports?|imports?|exported|imported)\b", re.IGNORECASE)
# How a trade figure without an amount states its figure: a share, a multiple or a degree of the change ("up 14%",
# "by more than 10 percent", "by almost a fifth", "doubled", "1.5 times", "increased markedly").
MEASURED_CHANGE = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b)|\bby\s+(?:\w+\s+){0,2}(?:(?:a|one)\s+)?(?:fifth|third|quarter|half)\b"
    r"|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|\d(?:\.\d+)?\s+times\b"
    r"|\b(?:markedly|significantly|considerably|substantially|sharply|noticeably|steadily|rapidly)\b",
    re.IGNORECASE,
)
# What follows an amount that is a difference, not a figure ("$1.7 billion, or 5.9%, more than ...").
DIFFERENCE_AFTER = re.compile(r"[\s,]*(?:or\s+[\d.,]+\s*%[\s,]*)?(?:more|less|higher|lower|up|down)\b")
# What stands before an amount that is a change or a starting point ("grew by $1 billion", "from $3 billion").
STARTING_POINT = re.compile(
    r"\b(?:by|from)\s*(?:about|some|around|nearly|over|more than|less than)?\s*$", re.IGNORECASE
)
# What stands between an amount and its conversion into another currency ("450 billion rubles ($4.9 billion)").
CONVERSION_BETWEEN = re.compile(r"\s*\(\s*(?:about|some|around|approximately|nearly|roughly|or|US)?\s*")
# What stands between an amount put into something and the size of what receives it ("would contribute $400m to a
# $500m joint fund", "will put $300 million into a $1 billion fund"): the later amount sizes the fund, the earlier is
# the money given; only with an article, never "from $200 million to $700 million" (a change) or "by $1bn to $3bn".
RECIPIENT_BETWEEN = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:to|into|in)\s+(?:a|an|the)\s*")
# Words that set two figures of a sentence against each other: a date on the far side of one is the other figure's.
CONTRAST = re.compile(r"\b(?:while|whereas|but|against|compared|versus)\b|;")


# A share told after its amount, or a part after "of which": "pledged EUR 12 billion, with about EUR 6.4 billion of it
# earmarked for clean energy", "$2 billion, of which $500 million for roads": a part of the sum, not a sum of its own.
SHARE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?of\s+(?:it|this|that|them|the\s+(?:sum|total|amount|package|money))\b", re.IGNORECASE
)
PART_OF_WHICH = re.compile(
    r"\bof\s+which\s+(?:about|some|around|nearly|roughly|over|almost|up\s+to|more\s+than|at\s+least)?\s*$",
    re.IGNORECASE,
)
# A share of a sum stated before ("About half of the sum, some $2.35 billion, is to be raised through loans"): a part of
# that sum, not an investment of its own.
SHARE_OF_SUM = re.compile(
    r"\b(?:half|part|share|portion|rest|remainder|bulk|third|quarter|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
    r"\s+of\s+(?:the|this|that|which)\s+(?:sum|total|amount|money|package|funding|financing)\b",
    re.IGNORECASE,
)
# "up 19.6% on $2.67 bn in the same period last year", "against $1.1 billion a year earlier", "lower than the RM426.1
# million recorded the previous year": written right after an amount, the comparison dates that figure one year before
# the period the sentence states for the current one.
YEAR_EARLIER_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?:(?:recorded|registered|posted|seen|reported)\s+)?"
    r"(?:(?:in|during|for|over)\s+the\s+(?:same|corresponding|like|comparable)\s+"
    r"period\s+(?:of\s+)?(?:last|the\s+previous|the\s+preceding|a)\s+year|a\s+year\s+(?:earlier|ago|before)"
    r"|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)
# What may stand between an amount and the period written in its own phrase: a conversion in parentheses, a participle
# of recording ("$620 million registered in 2023", "RM426.1 million (US$94 million) recorded the previous year") and a
# preposition of time; the period so written is that figure's own (see `_date_of_amount`).
PERIOD_OF_AMOUNT = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:recorded|registered|posted|reported|logged|seen|achieved|reached)\s+)?"
    r"(?:(?:in|during|for|over)\s+)?",
    re.IGNORECASE,
)
# An amount for a purpose ("3 billion euros for transport"): where a sentence lists at least BREAKDOWN_PARTS of them,
# it breaks a sum down into its parts, none of which is an investment of its own.
FOR_A_PURPOSE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?for\b")
BREAKDOWN_PARTS = 2


def _one_event_per_money_mention(found: list[Frame]) -> list[Frame]:
    """An amount a signing took for its document (a listed memorandum "valued at $1.5 billion") is not also an
    investment or figure of its own: drop the other frames holding that amount mention.  A goal the document sets in
    its title ("adopted an action plan to lift bilateral trade to $1 billion by 2030") is an event of its own, a trade
    target (TARGET_TYPE), and stays beside the signing."""
    signed = {
        m
        for f in found
        if f.type == "signing" and f.amount is not None
        for m in f.mention_ids
        if m.startswith(MoneyMention.id_prefix)
    }
    return [
        f
        for f in found
        if f.type in ("signing", TARGET_TYPE) or f.amount is None or not any(m in signed for m in f.mention_ids)
    ]


def _forums_told_by_their_deals(found: list[Frame]) -> list[Frame]:
    """A business forum that a sentence tells only as the setting of the deals signed there ("At a business forum in
    Tashkent on Wednesday, firms signed deals worth $1.4 billion"; "a business forum held in Dushanbe ended with the
    signing of 13 documents worth $150 million") is reported as those deals, an investment, not as a meeting too:
    drop the forum's meeting frame when its sentence holds such an investment.  A forum told with no worth of deals
    ("some 150 companies took part in a business forum"; "13 documents were concluded at a business forum") stays a
    meeting, and so do other meetings of the sentence ("talks", "summit")."""
    told = {
        f.sentence_id
        for f in found
        if f.type == "investment" and f.amount is not None and DEALS_WORTH.search(f.evidence)
    }
    return [f for f in found if not (f.type == "meeting" and f.sentence_id in told and FORUM_WORD.search(f.trigger))]


def _unnamed_deals_are_an_investment(frame: Frame) -> Frame:
    """A signing that names no document but counts the deals and states what they are worth ("companies signed 27
    commercial agreements worth $4.6 billion", "the forum ended with the signing of 13 documents worth $150 million")
    reports a business package: an investment (UNNAMED_DEAL_TYPE), money put into projects. A signing of a named
    document, or of documents not counted ("contracts were signed for a total of $1.2 billion"), stays a signing."""
    if frame.type != "signing" or frame.agreement_ids or frame.amount is None:
        return frame
    if not COUNTED_DEALS_WORTH.search(frame.evidence):
        return frame  # "contracts were signed for a total of $1.2 billion": the signing, with its value
    return replace(frame, type=UNNAMED_DEAL_TYPE)


def _planned_figure_is_a_target(frame: Frame) -> Frame:
    """A trade figure with an amount told as still to come ("Tokayev wants it at $3 billion by 2030", "the two sides
    want annual trade to touch $2 billion by 2030", status planned) states a figure not yet reached: a goal, a trade
    target (TARGET_TYPE). A figure reached ("trade reached $1.5 billion in January-October") stays a figure."""
    if frame.type != "trade_figure" or frame.amount is None or frame.status != "planned":
        return frame
    return replace(frame, type=TARGET_TYPE)


def _deadline_of_a_target(frame: Frame) -> Frame:
    """A trade target dated by the deadline its goal states ("an action plan to lift bilateral trade to $1 billion by
    2030": 2030), where the frame took another date (one of its context, or none because the deadline stands inside
    a document's title).  Only a "by YEAR" within TARGET_DEADLINE_REACH characters after the trigger counts."""
    if frame.type != TARGET_TYPE:
        return frame
    at = frame.evidence.find(frame.trigger)
    found = TARGET_DEADLINE.match(frame.evidence, at + len(frame.trigger)) if at >= 0 else None
    if found is None or frame.date_start[:4] == found.group(1):
        return frame
    year = found.group(1)
    return replace(frame, date_start=f"{year}-01-01", date_end=f"{year}-12-31", date_precision="year")


def _states_a_figure(frame: Frame) -> bool:
    """False for a trade figure that states none: with no amount, a trade figure is one only when it measures a
    change that happened ("grew by 32%", "by almost a fifth", "doubled"); "trade reached a record", "exports should
    grow", "we can reach it in 2027" state no figure, and a goal without an amount is no figure at all."""
    if frame.type != "trade_figure" or frame.amount is not None:
        return True
    return frame.status != "planned" and MEASURED_CHANGE.search(frame.evidence) is not None


def _without_parts_of_the_total_before(found: list[Frame]) -> list[Frame]:
    """Drop the export and import figures that break down the trade total stated in the sentence before ("trade
    totalled $25.6 bln. Exports came to $12.1 bln, and imports to $13.5 bln."): a part, in the total's currency, with
    no period and no change of its own, restates the total's figure. A part that measures its own change ("Exports grew
    by 9.7% to $12.6 billion"), names its own period, or is counted in another currency is a figure of its own."""
    totals = [
        f for f in found if f.type == "trade_figure" and f.amount is not None and not TRADE_PART.search(f.evidence)
    ]
    return [f for f in found if not any(_breaks_down(f, total) for total in totals)]


def _breaks_down(part: Frame, total: Frame) -> bool:
    """Whether `part` is an export or import share of `total`, told in the sentence right after it."""
    if part.type != "trade_figure" or part.amount is None or total.amount is None:
        return False
    if "date" not in part.inferred or MEASURED_CHANGE.search(part.evidence) or not TRADE_PART.search(part.evidence):
        return False
    return part.sentence_id == total.sentence_id + 1 and part.currency == total.currency and part.amount < total.amount


def _value_of_the_deal_signed(
    found: list[Frame], anchors: list[Token], earlier: list[Frame], sentence: _Sentence
) -> tuple[list[Frame], list[Token]]:
    """ "The deal, valued at about 10 billion yen, ...", "The contract is worth $1.2 billion": a definite document noun
    with an amount and no title in a sentence after a signing with none is that signing's value, not an investment of
    its own. The signing (within DEAL_REACH sentences before) takes the amount; `earlier` is changed in place."""
    kept = []
    for frame, anchor in zip(found, anchors, strict=True):
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in anchor.children)
        signing = None
        if frame.type == "investment" and frame.amount is not None and definite and not sentence.agreements:
            signing = _last_signing_without_amount(earlier, sentence.id) if anchor.lemma_ in DEAL_NOUNS else None
        if signing is None:
            kept.append((frame, anchor))
            continue
        index, host = signing
        earlier[index] = replace(host, amount=frame.amount, currency=frame.currency)
    return [frame for frame, _ in kept], [anchor for _, anchor in kept]


def _last_signing_without_amount(earlier: Sequence[Frame], sentence_id: int) -> tuple[int, Frame] | None:
    """The last signing of the sentences just before (within DEAL_REACH), if it holds no amount: (its index, it)."""
    for index in range(len(earlier) - 1, -1, -1):
        frame = earlier[index]
        if sentence_id - frame.sentence_id > DEAL_REACH:
            return None
        if frame.type == "signing" and frame.sentence_id < sentence_id:
            return (index, frame) if frame.amount is None else None
    return None


def _one_event_per_amount(
    doc: Doc, sentence: _Sentence, found: list[Frame], anchors: list[Token], rules: EventRules
) -> list[Frame]:
    """One amount is one event of one type: of the frames of different types holding the same amount, keep the
    one whose trigger stands nearest to it ("trade reached $5 billion" is a figure, not also a target); a figure's
    verb whose subject is the trigger of the rival ("investments ... have exceeded $150 million") measures that."""
    kept = []
    for index, frame in enumerate(found):
        rivals = [
            i
            for i, other in enumerate(found)
            if frame.amount is not None and other.amount == frame.amount and other.type != frame.type
        ]
        if any(_measures(found, anchors, index, i, rules) for i in rivals):
            continue  # "investments ... have exceeded $150 million": the figure's subject says what it measures
        if rivals and not any(_measures(found, anchors, i, index, rules) for i in rivals):
            money = next((m for m in sentence.money if m.amount == frame.amount), None)
            if money is not None:
                distance = {i: _gap(anchors[i], _span_of(doc, money)) for i in [index, *rivals]}
                if any((distance[i], i) < (distance[index], index) for i in rivals):
                    if _names_its_document(frame):
                        kept.append(_without_amount(frame, money))
                    continue
        kept.append(frame)
    return kept


def _names_its_document(frame: Frame) -> bool:
    """A signing of a named document: an event whatever amount the sentence gives to another of its events."""
    return frame.type == "signing" and bool(frame.agreement_ids)


def _without_amount(frame: Frame, money: MoneyMention) -> Frame:
    """The frame without the amount a nearer event took ("are expected to sign an agreement on visa exemption and a
    programme of cooperation, as well as trade and investment agreements worth more than $10 billion": the two
    documents are signed; the $10 billion is the deals' worth, not theirs)."""
    mention_ids = tuple(m for m in frame.mention_ids if m != money.mention_id)
    return replace(frame, amount=None, currency="", mention_ids=mention_ids)


def _measures(found: Sequence[Frame], anchors: Sequence[Token], figure: int, subject: int, rules: EventRules) -> bool:
    """True when frame `figure` is a figure whose verb has the trigger of frame `subject` for its subject
    ("investments ... have exceeded $150 million"): the amount measures the subject's event, not the figure."""
    verb, noun = anchors[figure], anchors[subject]
    return rules.types[found[figure].type].figure and noun.head == verb and noun.dep_ in {"nsubj", "nsubjpass"}


_Group = tuple[list[AgreementMention], list[DateMention]]


def _groups(scope: _Scope, candidate: _Candidate, attached: _Attached) -> tuple[list[_Group], Iterable]:
    """(the groups of a trigger's agreements and dates, each paired with its amount).

    One frame per agreement for signings; one per date where a trigger governs several dates; one per figure
    where a trade verb governs several ("China ($6.2 billion), followed by Russia ($5.3 billion)"), each with
    the date nearest to it.
    """
    doc, kind, token = scope.doc, candidate.kind, candidate.token
    clause = clause_head(token)
    agreements, frame_dates = attached.agreements, attached.frame_dates
    elsewhere = scope.trigger_clauses - {clause.i}
    figures = (
        _figures(doc, _outside(doc, scope.sentence.money, elsewhere)) if scope.rules.types[kind].split_by_amount else []
    )
    groups: list[_Group]
    # the amount nearest the trigger among those stating a figure: never the starting point of "from $250 million
    # to $1 billion", a difference ("by $1 billion") or a conversion, while the clause has another amount
    stated = _figures(doc, attached.money) or attached.money
    amounts: list[MoneyMention | None] = [_closest(stated, token) if stated else None]
    if len(figures) > 1:
        near = _outside(doc, attached.dates, elsewhere)
        groups = [(agreements, [d] if (d := _date_of_amount(doc, near, f)) else []) for f in figures]
    elif kind == "signing" and len(agreements) > 1:
        groups = [([a], [d] if (d := _closest(frame_dates, a)) else []) for a in agreements]
        if len(stated) > 1:
            # "a loan agreement for X worth 38.2 billion yen, and a loan agreement for Y worth 21.5 billion yen":
            # each document with the amount written after it, before the next document.
            return groups, [(group, _amount_after(group[0][0], agreements, stated)) for group in groups]
    elif len(frame_dates) > 1 and scope.rules.types[kind].goal and len(attached.money) <= 1:
        # "trade up 14% in Q1, $30 bln target by 2030": one amount is one goal, due by the latest date
        groups = [(agreements, [max(frame_dates, key=lambda d: (d.end or d.start, d.start))])]
    elif len(frame_dates) > 1 and kind != "signing":
        groups = [(agreements, [d]) for d in frame_dates]
        if len(attached.money) > 1:
            # "rose from 34 billion euros in 2012 to 48 billion euros in 2022": each date with the amount beside it.
            return groups, [(group, _closest(attached.money, group[1][0])) for group in groups]
    else:
        groups = [(agreements, frame_dates[:1])]
    pairs = zip(groups, figures, strict=True) if len(figures) > 1 else product(groups, amounts)
    return groups, pairs


def _amount_after(
    agreement: AgreementMention, agreements: Sequence[AgreementMention], amounts: Sequence[MoneyMention]
) -> MoneyMention | None:
    """The first amount written after a document and before the next document of the sentence (None if none)."""
    following = [a.start_char for a in agreements if a.start_char >= agreement.end_char]
    limit = min(following, default=None)
    after = [m for m in amounts if m.start_char >= agreement.end_char and (limit is None or m.start_char < limit)]
    return min(after, key=lambda m: m.start_char) if after else None


def _date_of_amount(doc: Doc, dates: Sequence[DateMention], amount: MoneyMention) -> DateMention | None:
    """The date of a figure among a sentence's: one on its side of a contrast ("In January-November, trade reached
    $12.3 billion, while in 2022 it was $8.9 billion": not the 2022 written right after it), then one of the clause
    its amount stands in, the nearest of those; else the nearest of all."""
    text = text_of(doc)
    between = {
        id(d): (d.end_char, amount.start_char) if d.end_char <= amount.start_char else (amount.end_char, d.start_char)
        for d in dates
    }
    beside = [d for d in dates if not CONTRAST.search(text, *between[id(d)])]
    dates = beside or list(dates)
    root = _root(doc, amount.start_char, amount.end_char)
    # "13.2 per cent lower than the RM426.1 million recorded the previous year", "the $620 million registered in
    # 2023": the period written in the amount's own phrase, or in a clause describing it, is that figure's own,
    # whatever date the sentence's main clause gives the other figure.
    own = [
        d
        for d in dates
        if (d.start_char >= amount.end_char and PERIOD_OF_AMOUNT.fullmatch(text, amount.end_char, d.start_char))
        or (root is not None and _described_noun(doc, d) == root.i)
    ]
    if own:
        return _closest(own, amount)
    if root is not None:
        clause = clause_head(root).i
        same = [d for d in dates if (r := _root(doc, d.start_char, d.end_char)) and clause_head(r).i == clause]
        if same:
            return _closest(same, amount)
    return _closest(dates, amount)


def _year_earlier(
    doc: Doc, amount: MoneyMention | None, date: DateMention | None, date_fields: tuple[str, str, str]
) -> tuple[str, str, str]:
    """The date fields of a figure, moved one year back when "in the same period last year" (YEAR_EARLIER_AFTER)
    follows its amount while its date is the period written before it: the comparison figure of "reached $3.2 bn in
    January-October 2025, up 19.6% on $2.67 bn in the same period last year" is of January-October 2024.  A date the
    frame took from the comparison itself ("a year earlier", dated by the dates step) is kept as it is."""
    if amount is None or date is None or date.end_char > amount.start_char:
        return date_fields
    if not YEAR_EARLIER_AFTER.match(text_of(doc), amount.end_char):
        return date_fields
    return (_a_year_before(date_fields[0]), _a_year_before(date_fields[1]), date_fields[2])


def _a_year_before(iso: str) -> str:
    """An ISO day one year earlier (February 29 becomes February 28); anything else unchanged."""
    if not ISO_DAY.fullmatch(iso):
        return iso
    day = datetime.date.fromisoformat(iso)
    return day.replace(
        year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day
    ).isoformat()


def _part_of_a_sum(scope: _Scope, amount: MoneyMention) -> bool:
    """Whether an amount is a part of a sum, not a sum of its own: a share of the sum ("half of the sum, some $2.35
    billion", "about EUR 6.4 billion of it", "of which $500 million"), or one of the parts a sentence breaks a sum
    into ("would include 3 billion euros for transport, 2.5 billion euros for raw materials and 6.4 billion euros for
    water")."""
    text = text_of(scope.doc)
    if SHARE_OF_SUM.search(text, scope.sentence.start, amount.start_char):
        return True
    if SHARE_AFTER.match(text, amount.end_char) or PART_OF_WHICH.search(text, scope.sentence.start, amount.start_char):
        return True
    figures = _figures(scope.doc, scope.sentence.money)
    parts = [m for m in figures if FOR_A_PURPOSE.match(text, m.end_char)]
    return amount in parts and len(parts) >= BREAKDOWN_PARTS


def _listed_amount(scope: _Scope, agreement: AgreementMention) -> MoneyMention | None:
    """The amount a listed document is worth, stated in its own list item after it ("- A memorandum on food
    security projects valued at about Dh5.5 billion ($1.5 billion);"): the first figure after the title."""
    if agreement.sentence_id == scope.sentence.id:
        return None  # a list within the signing's sentence: its amounts are the clause's
    item = scope.sentences[agreement.sentence_id]
    after = [m for m in _figures(scope.doc, item.money) if m.start_char >= agreement.end_char]
    return after[0] if after else None


def _amounts_after_another(doc: Doc, money: Sequence[MoneyMention], between: re.Pattern[str]) -> list[MoneyMention]:
    """The amounts whose gap from the amount just before them is all `between` matches."""
    text = text_of(doc)
    ordered = sorted(money, key=lambda m: m.start_char)
    return [
        mention
        for before, mention in pairwise(ordered)
        if between.fullmatch(text[before.end_char : mention.start_char])
    ]


def _conversions(doc: Doc, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """The amounts restating the amount just before them in another currency ("450 billion rubles ($4.9 billion)")."""
    return _amounts_after_another(doc, money, CONVERSION_BETWEEN)


def _recipient_sizes(doc: Doc, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """The amounts sizing what receives the amount just before them ("$400m to a $500m joint fund")."""
    return _amounts_after_another(doc, money, RECIPIENT_BETWEEN)


def _figures(doc: Doc, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """The amounts that state a figure: not a conversion of the amount before, not a difference ("by $1 billion"),
    not the size of what receives the amount before ("$400m to a $500m fund")."""
    text = text_of(doc)
    kept = []
    converted = _conversions(doc, money) + _recipient_sizes(doc, money)
    for mention in sorted(money, key=lambda m: m.start_char):
        if mention in converted:
            continue
        if DIFFERENCE_AFTER.match(text, mention.end_char) or STARTING_POINT.search(
            text[max(0, mention.start_char - 40) : mention.start_char]
        ):
            continue
        kept.append(mention)
    return kept
