"""Frame assembly: the entry point `frames`, which walks a document sentence by sentence, attaches to each
trigger what its clause holds (dates, leaders, agreements, amount, place, countries) and builds its `Frame`s, then
runs the document passes of the other modules in order.

In: a processed spaCy `Doc`, its `Document` and normalized mentions.
Out: the `Frame`s of the document, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...records import AgreementMention, DateMention, Document, Frame, LeaderMention, Mention, MoneyMention
from ..base import rules_of, sentence_bounds, sentence_id_at, sentence_text, text_of
from ..leaders import SPANS_KEY as LEADERS_KEY
from .amounts import (
    _conversions,
    _deadline_of_a_target,
    _forums_told_by_their_deals,
    _Group,
    _groups,
    _listed_amount,
    _one_event_per_amount,
    _one_event_per_money_mention,
    _planned_figure_is_a_target,
    _states_a_figure,
    _unnamed_deals_are_an_investment,
    _value_of_the_deal_signed,
    _without_parts_of_the_total_before,
    _year_earlier,
)
from .background import (
    _earlier_figures_are_background,
    _header_day,
    _starts_period,
    _visits_told_until_now,
    event_status,
    told_as_past,
)
from .common import (
    TARGET_TYPE,
    VISIT_TYPES,
    _announced,
    _Attached,
    _Candidate,
    _closest,
    _in_clause,
    _is_summary,
    _root,
    _Scope,
    _Sentence,
    _subject_of,
    clause_head,
)
from .dates import _frame_date, _trigger_dates, _usable_dates
from .people import (
    LOCATIVE_PREPOSITIONS,
    _chairs_join_their_meeting,
    _chairs_named_before,
    _leaders_named_by_country,
    _leaders_of_the_act,
    _one_meeting_per_counterpart,
    _people_named_by_title,
    _presiding_leaders_on_each_signing,
    _trigger_leaders,
    _unnamed_counterparts,
)
from .precision import (
    _acts_at_a_meeting,
    _candidates,
    _events_a_record_counts_from,
    _holds_no_public_event,
    _in_the_phrase_of,
    _joining_the_host,
    _link_labels,
    _not_an_event,
    _not_reported_here,
    _sentence_roles,
    _sitting_of_the_acting_body,
    _the_event_reported,
    _told_by_a_link,
    _under_link_label,
    _with_listed_documents,
    _without_general_words,
    _without_meetings_of_a_recalled_visit,
    _without_recalled_settings,
    _without_the_talks_a_trip_is_for,
)
from .rules import COUNTRIES_KEY, MARKERS_KEY, PLACES_KEY, RULES_KIND, TRIGGERS_KEY, EventRules
from .signatories import _listed_documents_signed_in_their_own_items, _signatories_of_each_listed_item

# Verbs whose object is the place visited ("will visit Islamabad", "toured Samarkand").
VISIT_VERBS = {"visit", "tour"}
# Verbs of leaving whose "for" names where the traveller goes ("will leave for Moscow tomorrow", "departed for Ankara").
DEPARTURE_VERBS = {"leave", "depart", "head"}


def _locative(doc: Doc, places: Sequence[Span]) -> list[Span]:
    """Places that say where something happened ("in Astana", "to Tashkent"), not who acted ("Baku agreed")."""
    located = []
    for place in places:
        token = place.root
        while token.dep_ == "conj" and token.head.i != token.i:  # "in New York ... and Cholpon-Ata"
            token = token.head
        before = doc[place.start - 1].lower_ if place.start else ""
        if token.head.lower_ in LOCATIVE_PREPOSITIONS or before in LOCATIVE_PREPOSITIONS or _place_visited(token):
            located.append(place)
    return located


def _place_visited(token: Token) -> bool:
    """Whether a place is what a verb of visiting takes as its object ("to visit Islamabad", "toured Samarkand"):
    the place of the visit, with no preposition."""
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_ in VISIT_VERBS


def frames(doc: Doc, *, document: Document, mentions: Sequence[Mention]) -> Iterator[Frame]:
    """Event frames of one document, in text order."""
    rules = rules_of(doc, RULES_KIND)
    bounds = sentence_bounds(doc)
    sentences = [_Sentence(i, start, end) for i, (start, end) in enumerate(bounds)]
    if not sentences:
        return
    for mention in mentions:
        bucket = {
            "dates": sentences[mention.sentence_id].dates,
            "leaders": sentences[mention.sentence_id].leaders,
            "money": sentences[mention.sentence_id].money,
            "agreements": sentences[mention.sentence_id].agreements,
        }[mention.kind]
        bucket.append(mention)
    for key, attribute in (
        (PLACES_KEY, "places"),
        (COUNTRIES_KEY, "countries"),
        (MARKERS_KEY, "markers"),
        (TRIGGERS_KEY, "triggers"),
    ):
        for span in doc.spans[key]:
            getattr(sentences[sentence_id_at(doc, span.start_char)], attribute).append(span)

    if not document.published:
        # The article's day from its header or dateline ("22 July 2024, 15:40"; "Khujand, March 31, 2025 /Kabar/")
        # when ingest found no publication date: what dates the news it reports and tells background from it.
        day = _header_day(sentences)
        document = replace(document, published=day, published_precision="day") if day else document
    built: list[Frame] = []
    for sentence in sentences:
        new = _sentence_frames(doc, document, sentence, sentences, rules, built)
        built.extend(_chairs_named_before(frame, sentence, sentences, rules) for frame in new)
        _chairs_join_their_meeting(built, sentence, rules)
    built = _presiding_leaders_on_each_signing(doc, built, sentences, rules)
    built = _people_named_by_title(built, sentences, rules)
    built = _unnamed_counterparts(doc, built, sentences, rules)
    built = _leaders_named_by_country(doc, built, sentences, rules)
    built = _signatories_of_each_listed_item(doc, built, sentences)
    built = _listed_documents_signed_in_their_own_items(built)
    kept = _one_event_per_money_mention([frame for frame in built if not _is_summary(frame, rules.types)])
    kept = [_unnamed_deals_are_an_investment(frame) for frame in kept if _states_a_figure(frame)]
    kept = [_deadline_of_a_target(_planned_figure_is_a_target(frame)) for frame in kept]
    kept = _forums_told_by_their_deals(kept)
    kept = _without_parts_of_the_total_before(kept)
    kept = _visits_told_until_now(kept, document.published)
    yield from _earlier_figures_are_background(kept, document.published)


def _sentence_frames(
    doc: Doc,
    document: Document,
    sentence: _Sentence,
    sentences: list[_Sentence],
    rules: EventRules,
    earlier: list[Frame],
) -> list[Frame]:
    """The frames of one sentence: its candidate triggers (match), each read in its clause (attach, build)."""
    if _not_reported_here(doc, document, sentence, rules):
        return []
    roles = _sentence_roles(doc, sentence, sentences, rules)
    dates = _usable_dates(doc, sentence, rules)
    candidates = _candidates(doc, sentence, rules, roles, dates, document.published)
    if not candidates:
        return []
    candidates = [
        c
        for c in _without_general_words(candidates, doc, sentence)
        if not _going_home(doc, sentence, rules, c) and not _holds_no_public_event(c)
    ]
    candidates = [c for c in candidates if not _sitting_of_the_acting_body(c, candidates)]
    trigger_clauses = {clause_head(c.token).i for c in candidates}
    candidates = _with_listed_documents(doc, sentence, sentences, candidates)
    result: list[Frame] = []
    anchors: list[Token] = []  # the trigger of each frame in `result`
    for candidate in candidates:
        scope = _Scope(doc, document, sentence, sentences, rules, earlier + result, candidates, trigger_clauses)
        found = _frames_for_trigger(scope, candidate, dates)
        result.extend(found)
        anchors.extend(candidate.token for _ in found)
    result, anchors = _without_recalled_settings(result, anchors)
    result, anchors = _without_the_talks_a_trip_is_for(result, anchors)
    result, anchors = _the_event_reported(result, anchors, earlier)
    result, anchors = _value_of_the_deal_signed(result, anchors, earlier, sentence)
    result, anchors = _one_meeting_per_counterpart(sentence, result, anchors)
    result = _one_event_per_amount(doc, sentence, result, anchors, rules)
    result = _acts_at_a_meeting(result, anchors)
    result += _events_a_record_counts_from(doc, sentence, result, anchors)
    if "joined" in roles:
        result = _joining_the_host(result, earlier, sentence)
    result = _without_meetings_of_a_recalled_visit(result)
    if _under_link_label(doc.text, sentence, _link_labels(rules)):
        result = _told_by_a_link(result)
    return result


def _frames_for_trigger(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> list[Frame]:
    """The frames of one trigger: what its clause holds (attach), split into events (group), each built (build)."""
    attached = _attach(scope, candidate, dates)
    groups, pairs = _groups(scope, candidate, attached)
    frames = []
    for (group_agreements, group_dates), amount in pairs:
        date = group_dates[0] if group_dates else None
        frames.extend(_build(scope, candidate, attached, groups, group_agreements, date, amount))
    return frames


def _going_home(doc: Doc, sentence: _Sentence, rules: EventRules, candidate: _Candidate) -> bool:
    """Whether a departure goes to the traveller's own country ("Tokayev left for Astana after the summit", "the Uzbek
    leader headed for Tashkent"): the end of a trip, no visit, and no trigger whose clause the others must leave alone.
    "Will leave for Moscow tomorrow" is one."""
    token = candidate.token
    if candidate.kind not in VISIT_TYPES or token.lemma_ not in DEPARTURE_VERBS:
        return False
    travellers = [
        m for m in sentence.leaders if (root := _root(doc, m.start_char, m.end_char)) and _subject_of(root, token)
    ]
    own = {m.country for m in travellers if m.country}
    goes_to = {rules.places[p.label_][1] for p in _destinations(sentence, token)}
    return bool(own and goes_to) and goes_to <= own


def _destinations(sentence: _Sentence, token: Token) -> list[Span]:
    """The places a verb of leaving is for ("will leave for Moscow", "departed for Ankara"); none for another verb."""
    if token.lemma_ not in DEPARTURE_VERBS:
        return []
    return [
        p
        for p in sentence.places
        if p.root.dep_ == "pobj" and p.root.head.lower_ == "for" and p.root.head.head.i == token.i
    ]


def _attach(scope: _Scope, candidate: _Candidate, dates: list[DateMention]) -> _Attached:
    """The dates, leaders, agreements, amounts, places and countries a trigger's clause holds."""
    doc, sentence, rules = scope.doc, scope.sentence, scope.rules
    clause = clause_head(candidate.token)
    dates, frame_dates = _trigger_dates(scope, candidate, dates)
    leaders, inferred = _trigger_leaders(scope, candidate.kind, candidate.token)
    agreements = _trigger_agreements(scope, candidate)
    if candidate.agreement is not None:  # "the Agreement on X (2017)" speaks of X alone
        agreements, frame_dates = [candidate.agreement], [candidate.date]
    # "3 trillion yen ($19 billion)": the conversion restates the amount before it; it is never an event's own.
    converted = _conversions(doc, sentence.money)
    money = (
        [m for m in _in_clause(doc, sentence.money, clause, scope.trigger_clauses) if m not in converted]
        if candidate.kind in {"signing", "trade_figure", "trade_target", "investment"}
        else []
    )
    located = _locative(doc, sentence.places)
    places = _in_clause(doc, located, clause, scope.trigger_clauses)
    if candidate.kind in VISIT_TYPES:  # "will leave for Moscow": where the departure is for
        places += [p for p in _destinations(sentence, candidate.token) if p not in places]
    announced = _announced(scope, clause)
    countries = _countries(sentence, leaders, places, rules) | _bodies_countries(doc, sentence)
    return _Attached(dates, frame_dates, leaders, inferred, agreements, money, places, announced, countries)


# The types an agreement of the trigger's clause (or the one "the agreement" refers back to) belongs to: what is
# signed or acted on, and the money a deal puts into projects ("Under the agreement, the parties create a company
# with a capital of $500 mln": that agreement's investment).
DOCUMENT_KINDS = frozenset({"signing", "other", "investment"})


def _trigger_agreements(scope: _Scope, candidate: _Candidate) -> list[AgreementMention]:
    """The agreements a signing or act stands for: those of its clause, the list it opens, else the document the
    sentence refers back to."""
    doc, sentence, kind, token = scope.doc, scope.sentence, candidate.kind, candidate.token
    clause = clause_head(token)
    agreements = _in_clause(doc, sentence.agreements, clause, scope.trigger_clauses) if kind in DOCUMENT_KINDS else []
    if kind == "investment" and len(agreements) > 1:
        # "expected to sign an agreement on visa exemption and a programme ..., as well as trade and investment
        # agreements worth more than $10 billion": a sum beside several documents is none of theirs
        agreements = []
    if candidate.listed:
        agreements = [a for a in agreements if a.start_char < token.idx] + list(candidate.listed)
    modified = _modified_agreement(sentence, token)
    if modified is not None:
        # "the Treaty ..., signed in Baku in 1997, and the Declaration ..., adopted in 2022": each participle is
        # the act on the document it follows, not on the other one
        agreements = [modified, *_unclaimed_listed(scope, candidate, modified)]
    described = _described_agreement(sentence, clause) if kind in DOCUMENT_KINDS and not agreements else None
    if described is not None:
        # "a Framework Agreement on a Joint Investment Platform, to which QIA committed USD 500 million": the money
        # a relative clause on a document's name tells is that document's
        agreements = [described]
    if kind == "investment" and not agreements and (founding := _founding_document(scope)) is not None:
        agreements = [founding]
    if kind == TARGET_TYPE:
        # "adopted an action plan to lift bilateral trade to $1 billion by 2030": the goal the document's title sets
        # or the document its purpose infinitive follows ("signed a roadmap to increase mutual trade to ...")
        agreements = [a for a in sentence.agreements if _sets_the_goal(doc, a, token)]
    if kind == "signing" and not agreements and (member := _one_of_those_signed(scope, token)) is not None:
        # "ratified the agreement on health care, one of 14 documents signed in the presence of ...", "It was one of
        # the documents signed in May 2023": the document the set signed then holds
        agreements = [member]
    if kind in DOCUMENT_KINDS and not agreements and candidate.agreement is None:
        # "The parliament ratified the treaty": the document named last before, the one the text is about.
        antecedent = _antecedent_document(sentence, scope.sentences, scope.rules)
        agreements = [antecedent] if antecedent is not None else []
    return _outermost(agreements)


# What stands between a document's name and the goal it sets: its purpose infinitive ("a roadmap to increase trade").
PURPOSE_TO = re.compile(r"\s+to\s+")


def _sets_the_goal(doc: Doc, agreement: AgreementMention, token: Token) -> bool:
    """Whether a trade target's trigger word stands inside the document's name or right after it as its purpose."""
    if agreement.start_char <= token.idx < agreement.end_char:
        return True
    return (
        agreement.end_char <= token.idx
        and PURPOSE_TO.fullmatch(text_of(doc)[agreement.end_char : token.idx]) is not None
    )


# Nouns of a set of documents a signing participle describes ("one of 14 documents signed in ...").
DOCUMENT_SET_NOUNS = frozenset({"documents", "agreements", "accords", "deals", "instruments", "memorandums", "pacts"})
# Pronouns standing for the document the sentence before named ("It was one of the documents signed in May 2023").
DOCUMENT_PRONOUNS = frozenset({"it", "this", "that"})


def _one_of_those_signed(scope: _Scope, token: Token) -> AgreementMention | None:
    """The document a signing participle tells as one of a set signed ("the agreement on health care, one of 14
    documents signed when ...": the agreement the appositive "one" stands beside; "It was one of the documents signed
    in May 2023": the last agreement of the sentence before, which "it" stands for); None for any other participle."""
    noun = token.head
    if token.dep_ != "acl" or noun.lower_ not in DOCUMENT_SET_NOUNS or noun.dep_ != "pobj":
        return None
    one = noun.head.head
    if noun.head.lower_ != "of" or one.lower_ != "one":
        return None
    sentence = scope.sentence
    if one.dep_ in {"appos", "npadvmod"}:
        # the document the appositive follows, right before its comma (the parser may hang "one" on the verb)
        text = text_of(scope.doc)
        return next((a for a in sentence.agreements if text[a.end_char : one.idx].strip() == ","), None)
    subject = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
    if one.dep_ != "attr" or subject is None or subject.lower_ not in DOCUMENT_PRONOUNS or sentence.id == 0:
        return None
    before = scope.sentences[sentence.id - 1].agreements
    return before[-1] if before else None


# The capital a company is founded with ("an authorized capital of $500 mln", "a charter capital of US$ 30 million",
# "Its authorised capital is"): money put in under the document establishing the company.
CAPITAL = re.compile(r"\b(?:authori[sz]ed|charter|registered|initial|statutory)\s+capital\b", re.IGNORECASE)
# A document's name that says it founds something: "Agreement on the Establishment of the ... Investment Company".
FOUNDING = re.compile(r"\b(?:establishment|establishing|creation|founding|incorporation)\b", re.IGNORECASE)


def _founding_document(scope: _Scope) -> AgreementMention | None:
    """The document founding the company whose capital an investment states ("The company will be registered in
    Astana with a charter capital of US$ 30 million" after "signed an agreement on the establishment of the Middle
    Corridor joint venture"): the last agreement named up to the sentence whose name says it founds something;
    else None (no capital stated, or no such document named before)."""
    if not CAPITAL.search(sentence_text(scope.doc, scope.sentence.id)):
        return None
    for earlier in reversed(scope.sentences[: scope.sentence.id + 1]):
        founding = [a for a in earlier.agreements if FOUNDING.search(a.name or a.text)]
        if founding:
            return founding[-1]
    return None


def _described_agreement(sentence: _Sentence, clause: Token) -> AgreementMention | None:
    """The agreement whose name a relative clause describes ("the Framework Agreement ..., to which QIA committed
    USD 500 million", "an agreement, under which China will provide ..."): in, the sentence and the trigger's
    clause head; out, the agreement the clause hangs on, else None."""
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    return next((a for a in sentence.agreements if a.start_char <= noun.idx < a.end_char), None)


def _outermost(agreements: list[AgreementMention]) -> list[AgreementMention]:
    """The agreements not named inside another's title: "signed a protocol amending the Agreement on X" signed the
    protocol, not the agreement it amends."""
    return [
        a
        for a in agreements
        if not any(
            o is not a
            and o.start_char <= a.start_char
            and a.end_char <= o.end_char
            and (o.start_char, o.end_char) != (a.start_char, a.end_char)
            for o in agreements
        )
    ]


def _unclaimed_listed(scope: _Scope, candidate: _Candidate, modified: AgreementMention) -> list[AgreementMention]:
    """The documents of the list a participle trigger carries that no other trigger of the sentence acts on as its
    own, when the participle acts on one item of that list ("witnessed the exchange of three documents: a joint
    declaration ..., which they signed themselves; a memorandum ..., signed by A; and a program of ..."): the
    participle signs its own item, and the items told without a participle of their own stay signed with the list;
    none when the participle's document is not one of the list it carries."""
    bounds = {(a.start_char, a.end_char) for a in candidate.listed}
    if (modified.start_char, modified.end_char) not in bounds:
        return []
    claimed = {(modified.start_char, modified.end_char)}
    for other in scope.candidates:
        if other is not candidate and (own := _modified_agreement(scope.sentence, other.token)) is not None:
            claimed.add((own.start_char, own.end_char))
    return [a for a in candidate.listed if (a.start_char, a.end_char) not in claimed]


def _modified_agreement(sentence: _Sentence, token: Token) -> AgreementMention | None:
    """The agreement a participle trigger modifies ("the Treaty on Friendship, signed in 1997"): the one holding
    the word the participle hangs on; None for any other trigger (an -ing word says what the document does:
    "a memorandum establishing a partnership").  A relative clause on the document is the same: "the Agreement on
    X, which was signed in Astana in June 2023"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "..., signed in Tashkent last July and ratified by the Parliament": both on the document
    # a participle the tagger took for a past tense ("the Treaty signed in Singapore", VBD) is one all the same
    subjects = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    participle = token.dep_ == "acl" and (token.tag_ == "VBN" or (token.tag_ == "VBD" and not subjects))
    relative = token.dep_ == "relcl" and any(
        c.tag_ == "WDT" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children
    )
    if not (participle or relative):
        return None
    head = token.head
    found = next((a for a in sentence.agreements if a.start_char <= head.idx < a.end_char), None)
    return found or _only_document_in_the_phrase(sentence, head)


def _only_document_in_the_phrase(sentence: _Sentence, noun: Token) -> AgreementMention | None:
    """The one document named in a noun's phrase, which a clause read on that noun describes ("the entry into force
    on Nov 1 of the Treaty signed in Singapore last year": "signed" is read on "entry"); None for none or several."""
    doc = noun.doc
    inside = [
        a
        for a in sentence.agreements
        if (root := _root(doc, a.start_char, a.end_char)) is not None and _in_the_phrase_of(root, noun)
    ]
    return inside[0] if len(inside) == 1 else None


def _build(
    scope: _Scope,
    candidate: _Candidate,
    attached: _Attached,
    groups: list[_Group],
    group_agreements: list[AgreementMention],
    date: DateMention | None,
    amount: MoneyMention | None,
) -> list[Frame]:
    """The frame of one group of a trigger (none when it holds nothing, or lacks what its type requires; a
    summary when it only dates the documents listed next)."""
    kind = candidate.kind
    instead = _not_an_event(scope, candidate, attached, groups, group_agreements, date, amount)
    if instead is not None:
        return instead
    if amount is None and candidate.listed and len(group_agreements) == 1:
        amount = _listed_amount(scope, group_agreements[0])
    place = _closest(attached.places, date if date and len(groups) > 1 else candidate.token)
    location = scope.rules.places[place.label_][0] if place is not None else ""
    date_fields, location, frame_inferred = _frame_date(scope, candidate, attached, date, location)
    date_fields = _year_earlier(scope.doc, amount, date, date_fields)
    leader_ids, leader_names, frame_inferred = _leaders_of_the_act(
        scope, candidate, attached, frame_inferred, date_fields
    )
    mentions = (*([date] if date else []), *attached.leaders, *group_agreements, *([amount] if amount else []))
    mention_ids = [m.mention_id for m in mentions]
    sentence, document = scope.sentence, scope.document
    return [
        Frame(
            type=kind,
            doc_id=document.doc_id,
            sentence_id=sentence.id,
            start_char=sentence.start,
            end_char=sentence.end,
            trigger=candidate.text,
            evidence=sentence_text(scope.doc, sentence.id),
            date_start=date_fields[0],
            date_end=date_fields[1],
            date_precision=date_fields[2],
            leader_ids=leader_ids,
            leaders=leader_names,
            countries=tuple(sorted(set(attached.countries) | {c for m in attached.leaders if (c := m.country)})),
            location=location,
            agreement_ids=tuple(dict.fromkeys(a.agreement_id for a in group_agreements)),
            agreements=tuple(dict.fromkeys(a.name for a in group_agreements)),
            amount=amount.amount if amount else None,
            currency=amount.currency if amount else "",
            mention_ids=tuple(dict.fromkeys(mention_ids)),
            inferred=tuple(frame_inferred),
            status=event_status(
                scope.rules.types[kind],
                announced=attached.announced and not told_as_past(date, document.published),
                date_fields=date_fields,
                published=document.published,
                ongoing=date is not None and _starts_period(date, sentence, scope.rules),
                inferred="date" in frame_inferred,
            ),
        )
    ]


def _antecedent_document(sentence: _Sentence, sentences: list[_Sentence], rules: EventRules) -> AgreementMention | None:
    """The agreement a sentence refers back to ("the document", "the treaty"): the last one named before it."""
    if not any(rules.markers[m.label_] == "document_reference" for m in sentence.markers):
        return None
    for earlier in reversed(sentences[: sentence.id]):
        if earlier.agreements:
            return earlier.agreements[-1]
    return None


def _bodies_countries(doc: Doc, sentence: _Sentence) -> set[str]:
    """The countries of the state bodies whose names tell them (patterns/leaders/bodies.csv: "the Jogorku Kenesh
    approved the treaty" is Kyrgyzstan acting), named as written in the sentence."""
    text = doc.text[sentence.start : sentence.end]
    bodies = rules_of(doc, LEADERS_KEY).bodies
    return {code for phrase, code in bodies.items() if code and re.search(rf"\b{re.escape(phrase)}\b", text)}


def _countries(
    sentence: _Sentence, leaders: Sequence[LeaderMention], places: Sequence[Span], rules: EventRules
) -> set[str]:
    codes = {leader.country for leader in leaders if leader.country}
    codes |= {rules.places[place.label_][1] for place in places}
    for span in sentence.countries:
        codes |= set(rules.countries[span.label_])
    codes.discard("")
    return codes
