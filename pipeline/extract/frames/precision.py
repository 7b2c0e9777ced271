"""Precision filters: the triggers of a sentence that report no event of their own and are dropped before
any frame is built (recalled settings, general words, held events that are no public event, talks a trip is for,
a sitting body, a link to a reported event), and the frame that is no event after all (`_not_an_event`).

In: the trigger candidates of one sentence (`_Candidate`s) and the frames built so far.
Out: the candidates kept, the candidates listed for a sentence (`_candidates`), and whether a built frame is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...records import AgreementMention, DateMention, Document, Frame, LeaderMention, MoneyMention
from ..base import text_of
from .amounts import _Group, _part_of_a_sum
from .background import _summary
from .common import (
    ACT_ONLY_TYPES,
    DEFINITE,
    DOCUMENT_ARGUMENT_DEPS,
    HOST_TYPES,
    PERIOD_OPENERS,
    RELATIVE_DEPS,
    TARGET_TYPE,
    VISIT_TYPES,
    _Attached,
    _Candidate,
    _dated_as,
    _governs,
    _people_of,
    _root,
    _Scope,
    _Sentence,
    _subject_of,
    clause_head,
)
from .dates import _record_scope_of
from .people import _has_it_subject
from .rules import NOT_AN_EVENT, EventRules
from .signatories import _listed_agreements

# The links a long name's parse may put between its subject word and its head noun (an apposition, an "of" phrase).
NAME_LINKS = {"appos", "prep", "pobj", "compound", "conj"}
NAME_PREPOSITIONS = {"of", "on"}  # "Commission on Trade", "Republic of Korea"; not "talks with Mirziyoyev"
# Nouns whose "of" phrase names the scene of another event ("on the sidelines of the summit").
SCENE_WORDS = {"sidelines", "sideline", "margins", "margin"}
# Nouns of offices and bodies: a trade word naming one ("Commerce Ministry", "Minister of Trade") is no trade talk.
BODY_WORDS = {"ministry", "minister", "department", "chamber", "committee", "official", "representative", "secretary"}
# Sentences back within which the visit or meeting was reported that a sentence's people "also took part in".
JOIN_REACH = 3
# A year as a document's modifier: "the 2009 treaty", "a 2000 agreement" (the article within this many characters).
YEAR_ARTICLE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
YEAR_ARTICLE_REACH = 7
# A year in an apposition after a document: "the Nakhchivan Agreement, the 2009 treaty that founded ...".
APPOSED_YEAR = re.compile(
    r",\s+(?:the|a|an)\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+)?(?:treaty|agreement|accord|pact|convention|declaration|"
    r"memorandum|protocol|charter|deal)\b"
)
# Verbs of a leader receiving a visitor, whose object a relative clause of arrival describes
RECEIVING_VERBS = frozenset({"receive", "welcome", "greet", "host"})
# Verbs telling the course of an event whose subject it is: "the visit began / ended / lasted / took place on ..."
# dates the visit itself (not another act of its sentence)
COURSE_VERBS = frozenset(
    {"begin", "start", "open", "end", "close", "conclude", "last", "run", "continue", "take", "kick", "wrap"}
)
PURPOSE_DEPTH = 4  # links climbed from the talks word to "for": "for [the next round] of [consultations]"
# Words of talks that a trip is "for": the visit's own talks, not a meeting apart (a summit or forum is one).
TRIP_PURPOSES = {"talk", "talks", "consultation", "consultations", "negotiation", "negotiations"}
# Bodies of a state that sit to act on documents: "the cabinet, which met on Tuesday, approved ..." is the act.
SITTING_BODIES = frozenset(
    {"cabinet", "government", "parliament", "senate", "chamber", "assembly", "council", "majlis"}
)


# The types an undated act takes the day of the meeting it was done at: acts told once (not a sum over time, not a
# figure measured over a period).
ACTS_AT_A_MEETING = frozenset({"other", "signing", "award", "investment"})


def _acts_at_a_meeting(found: list[Frame], anchors: Sequence[Token]) -> list[Frame]:
    """Undated acts told as done at a meeting their own clause names ("At the opening session, Tokayev handed the
    chairmanship over to Japarov", "the $3.7 billion he offered at the inaugural summit, held in Xi'an on May 18-19,
    2023"), dated by that meeting when the sentence dates it (by its own date or the article's): the act was done
    there, and is recalled when the meeting is.  Acts of other types, planned acts, and acts whose clause names no
    meeting of the sentence are left as they are."""
    if len(anchors) != len(found):
        return found
    meetings = [(f, a) for f, a in zip(found, anchors, strict=True) if f.type == "meeting" and f.status != "planned"]
    meetings = [(f, a) for f, a in meetings if f.date_start]
    if not meetings:
        return found
    dated = []
    for frame, anchor in zip(found, anchors, strict=True):
        at = [m for m, a in meetings if frame.status == "reported" and _names_the_meeting(anchor, a)]
        if frame.type in ACTS_AT_A_MEETING and not frame.date_start and at:
            meeting = at[0]
            inferred = tuple(dict.fromkeys((*frame.inferred, *meeting.inferred, "date")))
            frame = replace(_dated_as(frame, meeting), inferred=inferred)
        dated.append(frame)
    return dated


def _names_the_meeting(act: Token, meeting: Token) -> bool:
    """Whether a meeting's trigger stands in the act's own clause, below its verb ("At the opening session, X handed
    ...": "session" hangs from "handed"), or in the clause that tells the act's noun ("the financing he offered at the
    summit": "offered" describes "financing"); never the act's trigger itself."""
    if meeting.i == act.i:
        return False
    verb, where = clause_head(act), clause_head(meeting)
    return (verb in meeting.ancestors and where == verb) or (where.dep_ in {"relcl", "acl"} and where.head == act)


def _events_a_record_counts_from(
    doc: Doc, sentence: _Sentence, found: Sequence[Frame], anchors: Sequence[Token]
) -> list[Frame]:
    """The earlier visit or meeting a first one is counted from ("the first state visit to Kazakhstan since 2011",
    "his first since October 2018"), when the phrase of "since" names no event itself: one of the type of the trigger
    just before "since", dated by the record's date, for background, with the people of the sentence named by their
    name (not "a Chinese leader", whoever held the office then), and no place, document or amount of the new one."""
    made = []
    for date in sentence.dates:
        scope = _record_scope_of(doc, date)
        # "since Tokyo launched the framework in 2004": a clause tells an event of its own, whatever its type
        if scope is None or scope.lower_ not in PERIOD_OPENERS or any(_governs(scope, a) for a in anchors):
            continue
        if _since_an_occasion(scope, date):
            continue
        opener = min(scope.i, *(t.i for t in scope.subtree))
        before = [(f, a) for f, a in zip(found, anchors, strict=True) if a.i < opener and f.type in HOST_TYPES]
        if not before:
            continue
        frame, _ = max(before, key=lambda pair: pair[1].i)
        named = [m for m in sentence.leaders if m.leader_id in frame.leader_ids and _named(m)]
        leader_ids, names = _people_of(named)
        made.append(
            replace(
                frame,
                date_start=date.start,
                date_end=date.end,
                date_precision=date.precision,
                leader_ids=leader_ids,
                leaders=names,
                location="",
                agreement_ids=(),
                agreements=(),
                amount=None,
                currency="",
                mention_ids=(date.mention_id, *(m.mention_id for m in named)),
                status="background",
            )
        )
    return made


def _since_an_occasion(since: Token, date: DateMention) -> bool:
    """Whether a record's "since" names an occasion of another kind by a common noun ("the first state visit hosted by
    the leader since his inauguration on March 19", "since the pandemic in 2020"): the record counts from that
    occasion, no earlier event of the trigger's type; not a date ("since October 2018") nor a person ("since Francois
    Mitterrand in 1994"), which stand for the last such event."""
    objects = [c for c in since.children if c.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and not date.start_char <= o.idx < date.end_char for o in objects)


def _named(leader: LeaderMention) -> bool:
    """Whether a leader's mention names the person ("Mr. Mirziyoyev"), not only an office ("a Chinese leader")."""
    surname = leader.name.split()[-1].lower() if leader.name else ""
    return bool(surname) and surname in leader.text.lower()


def _without_recalled_settings(found: list[Frame], anchors: list[Token]) -> tuple[list[Frame], list[Token]]:
    """Drop a recalled meeting that only sets the scene of another event of the sentence: its noun stands in a
    phrase of that event's word ("received the same order at the Samarkand summit in 2022", "last visited Astana
    in November 2023 for the summit of the OTS", "was signed at an extraordinary summit in Ankara"). A summit the
    article reports stays an event ("the treaty was signed at the summit held in Astana on Tuesday")."""
    others = {anchor.i: frame.type for frame, anchor in zip(found, anchors, strict=True)}
    kept = [
        (frame, anchor)
        for frame, anchor in zip(found, anchors, strict=True)
        if not (
            frame.type == "meeting"
            and frame.status == "background"
            and anchor.dep_ == "pobj"
            and anchor.head.dep_ == "prep"
            and others.get(anchor.head.head.i, "meeting") != "meeting"
        )
    ]
    return [frame for frame, _ in kept], [anchor for _, anchor in kept]


def _without_the_talks_a_trip_is_for(found: list[Frame], anchors: list[Token]) -> tuple[list[Frame], list[Token]]:
    """Drop a meeting that is only the purpose of a visit of the sentence: its noun, a word of talks (TRIP_PURPOSES),
    follows "for" after the visit's word ("flew on to Astana on Monday for talks with Tokayev", "invited him to visit
    Tashkent for the next round of consultations"): the talks of a visit are the visit. A summit or forum a trip is
    for stays an event of its own ("arrived in Khujand for the trilateral summit")."""
    visits = {anchor.i for frame, anchor in zip(found, anchors, strict=True) if frame.type in VISIT_TYPES}
    kept = [
        (frame, anchor)
        for frame, anchor in zip(found, anchors, strict=True)
        if not (
            frame.type == "meeting"
            and anchor.lemma_.lower() in TRIP_PURPOSES
            and (purpose := _purpose_of(anchor)) is not None
            and purpose.i in visits
        )
    ]
    return [frame for frame, _ in kept], [anchor for _, anchor in kept]


def _purpose_of(token: Token) -> Token | None:
    """The word a "for" phrase holding the token hangs on ("visit Tashkent for the next round of consultations" ->
    visit), climbing its object and "of" links; None when the token stands in no "for" phrase."""
    for _ in range(PURPOSE_DEPTH):
        if token.dep_ not in {"pobj", "prep"} or token.head is token:
            return None
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "for":
            return token.head
    return None


def _the_event_reported(
    found: list[Frame], anchors: list[Token], earlier: Sequence[Frame]
) -> tuple[list[Frame], list[Token]]:
    """A visit or meeting named by a definite noun with no date of its own ("during the visit", "preparations for
    the visit", "on the sidelines of the summit", "at the end of the meeting") is the one of its type the article
    reports (the latest it does not recall for background): that event's frame, with its date, place and people,
    and the people named here. One that sets the scene of another act ("On the sidelines of the visit, ...") is no
    frame of its own: the event told before, or, when it names nobody, the one the article tells after."""
    kept = []
    for frame, anchor in zip(found, anchors, strict=True):
        undated = not frame.date_start or "date" in frame.inferred
        definite = anchor.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in anchor.children)
        scene = frame.type in HOST_TYPES and definite and _sets_the_scene(anchor)
        if scene and (_reported_host(earlier, frame.type) or not frame.leader_ids):
            # "On the sidelines of the visit, X announced ... as of January 15": the visit told again, or told
            # later in the article (an unnamed "the visit" is the one the article reports somewhere)
            continue
        if _the_visit_dated_by_another_act(frame, anchor, earlier) or _arrival_of_the_received(frame, anchor, found):
            continue
        host = _reported_host(earlier, frame.type) if frame.type in HOST_TYPES and undated and definite else None
        kept.append((_joined(frame, host) if host is not None else frame, anchor))
    return [frame for frame, _ in kept], [anchor for _, anchor in kept]


def _the_visit_dated_by_another_act(frame: Frame, anchor: Token, earlier: Sequence[Frame]) -> bool:
    """True for "the visit" / "the trip" / "the current visit" (a definite noun naming no visitor of its own) in a
    sentence whose date matches no visit told before, while the article has reported a visit: the visit it
    reports, told again, and the date is that of another act of the sentence ("The visit was prepared on Friday
    in a telephone conversation ...", "... discussed the visit by telephone on March 4", "The trip had first been
    pencilled in for 25-27 April", "The visit comes days after a decree was issued on Thursday").  No frame of its
    own: the visit is the host already told, and a call or meeting of the sentence keeps its own frame."""
    if frame.type not in VISIT_TYPES or anchor.pos_ != "NOUN" or not frame.date_start or "date" in frame.inferred:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in anchor.children) or _names_its_visitor(anchor):
        return False
    if anchor.dep_ == "nsubj" and anchor.head.lemma_ in COURSE_VERBS:
        return False  # "The tour began on Sunday in Samarkand": the visit's own day
    if _reported_host(earlier, frame.type) is None:
        return False
    told = [(f.date_start, f.date_end or f.date_start) for f in earlier if f.type in VISIT_TYPES and f.date_start]
    own = (frame.date_start, frame.date_end or frame.date_start)
    return not any(start <= own[1] and own[0] <= end for start, end in told)


def _arrival_of_the_received(frame: Frame, anchor: Token, found: Sequence[Frame]) -> bool:
    """True for an arrival told in a relative clause on the person a leader receives, beside that reception's
    meeting ("X received Y, who has arrived in Ashgabat to co-chair the commission", "... Y, who arrived in Astana
    for the 21st meeting of the commission"): the clause says who is received, and the reception is the event of
    the sentence, not a visit of its own.  A visit noun ("who is on a working visit") still names its visit."""
    if frame.type not in VISIT_TYPES or anchor.lemma_ != "arrive" or anchor.dep_ not in RELATIVE_DEPS:
        return False
    received = anchor.head
    while received.dep_ in {"appos", "compound", "conj"} and received.head != received:
        received = received.head
    receiving = received.head if received.dep_ in {"dobj", "pobj"} else None
    if receiving is not None and receiving.pos_ == "ADP":
        receiving = receiving.head
    welcome = receiving is not None and receiving.lemma_ in RECEIVING_VERBS
    return welcome and any(other.type == "meeting" for other in found)


def _names_its_visitor(anchor: Token) -> bool:
    """True when a visit noun names whose visit it is: a possessive ("Japarov's visit"), "of" a name ("the visit
    of Hero-Arkadag to Turkistan") or a named subject of its verb ("Mirziyoyev paid the first presidential visit"),
    so it may be another visit than the one the article reports."""
    if anchor.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in anchor.head.children):
        return True
    for child in anchor.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
    return False


def _sets_the_scene(anchor: Token) -> bool:
    """True for an event noun after "on the sidelines of", "on the margins of": the scene of another event of the
    sentence, whose date and people are that event's."""
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in SCENE_WORDS


def _reported_host(earlier: Sequence[Frame], kind: str) -> Frame | None:
    """The latest event of a type the article reports (not recalled for background), dated and with people."""
    hosts = [f for f in earlier if f.type == kind and f.status != "background" and f.date_start and f.leader_ids]
    return hosts[-1] if hosts else None


def _not_reported_here(doc: Doc, document: Document, sentence: _Sentence, rules: EventRules) -> bool:
    """True for a sentence that reports no event of its own: the article's headline (its lead restates what
    happened, with the date, place and people the headline leaves out).  A "Read also:" line is the headline of
    another story: it keeps only the events its own words date or size (see `_told_by_a_link`)."""
    return _in_headline(doc.text, document.title, sentence)


def _without_meetings_of_a_recalled_visit(frames: list[Frame]) -> list[Frame]:
    """The frames of a sentence less the meetings that only tell what a visit it recalls held: with a recalled
    (background) visit dated by the sentence's own words ("X last visited China in May, when he attended the summit",
    "his first since October 2018, when he held talks with Modi"), a meeting with no date of its own is that visit's
    programme, not an event apart (it would take a date from elsewhere, often the day of publication)."""
    recalled = any(
        f.type == "visit" and f.status == "background" and f.date_start and "date" not in f.inferred for f in frames
    )
    if not recalled:
        return frames
    return [f for f in frames if f.type != "meeting" or (f.date_start and "date" not in f.inferred)]


def _link_labels(rules: EventRules) -> tuple[str, ...]:
    """The labels that put another story's headline on a line ("Read also", "Related"): markers of role "link"."""
    return tuple(phrase for phrase, role in rules.markers.items() if role == "link")


def _under_link_label(text: str, sentence: _Sentence, labels: Sequence[str]) -> bool:
    """True when the sentence's line is the headline of another story: the line opens with a link label and a colon
    ("Read also: X arrives in Y"), or the line before it (blank lines aside) is a link label alone ("Read also:")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line = text[line_start : sentence.end].strip().lower()
    if any(line.startswith(label) and line[len(label) :].lstrip().startswith(":") for label in labels):
        return True
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip().lower().rstrip(":").strip()
    return before in labels


def _told_by_a_link(frames: list[Frame]) -> list[Frame]:
    """The events a link line tells with words of its own: a date it states or an amount ("... sign agreements worth
    $2.7 billion (14.11.2023)"). A headline that states neither ("Read also: X arrives in Khujand for the summit")
    would be dated to this article's day, which is not the other story's; the article's own lines tell its events."""
    return [f for f in frames if f.amount is not None or (f.date_start and "date" not in f.inferred)]


def _in_headline(text: str, title: str, sentence: _Sentence) -> bool:
    """True when the sentence lies within the first line of the text and that line is the article's title: a line
    with no closing full stop that the story follows (ingest takes the first line as the title when none is given)."""
    title = title.strip()
    if not title:
        return False
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    line = text[first:line_end].strip().lstrip("#").strip()
    if not line.startswith(title) or line.endswith((".", "!", "?")) or not text[line_end:].strip():
        return False  # a first line that ends a sentence, or the whole text, is the story itself (no title given)
    return sentence.end <= line_end


def _joining_the_host(found: list[Frame], earlier: Sequence[Frame], sentence: _Sentence) -> list[Frame]:
    """The meetings of a sentence saying its people joined an event ("X also took part in the talks", "Y also
    attended"): the visit or meeting reported just before (within JOIN_REACH sentences, with a date of its own),
    with them among its people; a meeting dated otherwise than the host, or with no host, stays as it is."""
    host = None
    for frame in reversed(earlier):
        if sentence.id - frame.sentence_id > JOIN_REACH:
            break
        stated = frame.date_start and "date" not in frame.inferred
        if frame.type in {"visit", "meeting"} and stated and frame.status != "background":
            host = frame
            break
    if host is None:
        return found
    return [_joined(frame, host) if _may_join(frame, host) else frame for frame in found]


def _may_join(frame: Frame, host: Frame) -> bool:
    """Whether a meeting frame may be the host event: undated by its own sentence, or dated as the host."""
    undated = not frame.date_start or "date" in frame.inferred
    return frame.type == "meeting" and (
        undated or (frame.date_start, frame.date_end) == (host.date_start, host.date_end)
    )


def _joined(frame: Frame, host: Frame) -> Frame:
    """A frame of the host event: its type, date, place and status, its people followed by the frame's own."""
    return replace(
        _dated_as(frame, host),
        type=host.type,
        leader_ids=tuple(dict.fromkeys((*host.leader_ids, *frame.leader_ids))),
        leaders=tuple(dict.fromkeys((*host.leaders, *frame.leaders))),
        countries=tuple(sorted({*host.countries, *frame.countries})),
        location=host.location or frame.location,
        inferred=tuple(dict.fromkeys((*frame.inferred, "date"))),
    )


def _sentence_roles(doc: Doc, sentence: _Sentence, sentences: list[_Sentence], rules: EventRules) -> set[str]:
    """The marker roles of a sentence, with those of the sentence before when it speaks of its trade ("it")."""
    roles = {rules.markers[m.label_] for m in sentence.markers if not _names_a_body(m, rules)}
    if "trade" not in roles and sentence.id > 0 and ("figure" in roles or _has_it_subject(sentence, doc)):
        # "In 2023, it reached $563 million", "raise the figure to $1 billion": the trade of the sentence before.
        roles |= {rules.markers[m.label_] for m in sentences[sentence.id - 1].markers}
    elif "trade" not in roles and sentence.id > 0 and _goal_of_the_trade_before(sentence, sentences, rules):
        # "... taking annual trade to $2 billion by 2030. In 2018 the leaders had set a target of $1 billion by 2020"
        roles.add("trade")
    return roles


def _goal_of_the_trade_before(sentence: _Sentence, sentences: list[_Sentence], rules: EventRules) -> bool:
    """Whether a sentence states a goal ("a target of $1 billion") with an amount and no word of investment, right
    after a sentence that states a goal for trade: the goal is that trade's."""
    kinds = {rules.triggers[span.label_].type for span in sentence.triggers}
    before = sentences[sentence.id - 1]
    before_kinds = {rules.triggers[span.label_].type for span in before.triggers}
    trade_before = any(rules.markers[m.label_] == "trade" for m in before.markers)
    return (
        bool(sentence.money)
        and "trade_target" in kinds
        and "investment" not in kinds
        and trade_before
        and ("trade_target" in before_kinds)
    )


def _names_a_body(marker: Span, rules: EventRules) -> bool:
    """True for a trade word naming an office or body ("Commerce ministry officials", "the Minister of Trade"): it
    does not make the sentence about trade."""
    if rules.markers[marker.label_] != "trade":
        return False
    token = marker.root
    named = token.head if token.dep_ == "compound" else token.head.head if token.dep_ == "pobj" else None
    return named is not None and named.lemma_.lower() in BODY_WORDS


def _candidates(
    doc: Doc, sentence: _Sentence, rules: EventRules, roles: set[str], dates: list[DateMention], published: str = ""
) -> list[_Candidate]:
    """The triggers of a sentence that can be events here: the trigger words whose needs the sentence meets, a
    parenthesised date after a title, else a trade amount with no verb."""
    candidates: list[_Candidate] = []
    for span in sentence.triggers:
        rule = rules.triggers[span.label_]
        if rule.type == NOT_AN_EVENT:
            continue
        if "trade" in rule.needs and "trade" not in roles:
            continue
        if "money" in rule.needs and not sentence.money:
            continue
        if rule.type != TARGET_TYPE and any(
            a.start_char <= span.start_char and span.end_char <= a.end_char for a in sentence.agreements
        ):
            continue  # a word of a document's title ("Agreement ... on establishing a joint platform") names no event
        candidates.append(
            _Candidate(
                rule.type, span.root, span.text, own_event=rule.own_event, in_force=rule.in_force, call=rule.call
            )
        )
    # "X (2017)", "the 2009 Treaty on X", "X, the 2009 treaty that ..." date the document X: a signing even without
    # a verb saying so.
    for agreement in sentence.agreements:
        # every date of the sentence: a year that opens a title ("the 2001 Treaty on X") is no usable date of it
        for date in [*dates, *(d for d in sentence.dates if d not in dates)]:
            if _names_the_year_of(doc, agreement, date, published, sentence.agreements):
                root = _root(doc, agreement.start_char, agreement.end_char)
                if root is not None:
                    candidates.append(_Candidate("signing", root, f"({date.text})", agreement, date))
    if not candidates and "trade" in roles and sentence.money:
        # "China kept first place with $6.22 billion, followed by Russia ($5.31 billion)": trade figures need no verb.
        root = _root(doc, sentence.start, sentence.end)
        if root is not None:
            candidates.append(_Candidate("trade_figure", root, root.text))
    return candidates


def _names_the_year_of(
    doc: Doc, agreement: AgreementMention, date: DateMention, published: str, others: Sequence[AgreementMention] = ()
) -> bool:
    """Whether a date is the year a document was signed as press writes it beside the name: "X (2017)"; a year
    before the publication year as its modifier, "the 2009 treaty", "a 2000 agreement", "the 2017 Treaty on X"; or
    in an apposition after it, "the Nakhchivan Agreement, the 2009 treaty that founded ..."."""
    text = text_of(doc)
    if text[agreement.end_char : agreement.end_char + 2] == " (" and date.start_char == agreement.end_char + 2:
        return True
    if _dated_by_of(text, agreement, date, published) and not any(
        o is not agreement and o.end_char == agreement.end_char for o in others
    ):
        return True  # not of names ending together: "ratified the protocol amending the Agreement on X of 2010"
    if date.precision != "year" or not date.start or not published or date.start[:4] >= published[:4]:
        return False  # "the 2030 Agenda", "the 2025 agreement" of a 2025 article: no year of a signing before
    before = text[max(0, date.start_char - YEAR_ARTICLE_REACH) : date.start_char]
    modifier = YEAR_ARTICLE.search(before) is not None and (
        date.end_char + 1 == agreement.start_char or agreement.start_char <= date.start_char < agreement.start_char + 1
    )
    apposition = APPOSED_YEAR.match(text, agreement.end_char)
    return modifier or (apposition is not None and apposition.start(1) == date.start_char)


# "the Treaty on the Fundamentals of Relations of January 13, 1993", "the Agreement on Trade of 12 May 2010": the day,
# month or year written after a document's name with "of" is the day it was signed.
OF_A_DATE = re.compile(r"\s+of\s+")
SIGNING_DAY_PRECISIONS = frozenset({"day", "month", "year"})


def _dated_by_of(text: str, agreement: AgreementMention, date: DateMention, published: str) -> bool:
    """Whether a date follows a document's name with "of" and ends before the article's day ("the Treaty ... of
    January 13, 1993"): the day it was signed.  A period ("the Programme of 2024-2028") or a date to come is none."""
    if date.precision not in SIGNING_DAY_PRECISIONS or not date.end or not published or date.end >= published:
        return False
    return OF_A_DATE.fullmatch(text, agreement.end_char, date.start_char) is not None


# "hold" and "host" as acts of their own: a public event held or hosted ("Days of Tajik Culture will be held",
# "COP29, which Baku will host", "the exhibitions Uzbekistan will host in 2025"). Holding anything else is no act of
# its own: people held in a camp, a meeting held (the meeting is its own trigger; "the fourth was held"), a clause the
# parser hung on the wrong noun ("the participation of X in the Meeting ..., held in Tashkent").
HOLDING_VERBS = frozenset({"hold", "host"})
# Nouns (lemmas) of public events that are no meeting of leaders; a proper name (COP29, the International Conference
# "Oil and Gas of Turkmenistan") may be one too, and is left as before.
HELD_EVENT_NOUNS = frozenset(
    {
        "celebration", "championship", "competition", "concert", "conference", "congress", "contest", "day",
        "election", "exhibition", "expo", "fair", "festival", "game", "olympiad", "referendum", "tournament", "week",
    }
)  # fmt: skip
# Head words (lemmas, lowercase) of the names of leaders' gatherings, which are meetings of their own when held or
# hosted ("the India-Central Asia Dialogue", "the Informal Summit of the Organization of Turkic States").
HELD_MEETING_NAMES = frozenset({"dialogue", "summit", "meeting", "session", "talks"})


def _holds_no_public_event(candidate: _Candidate) -> bool:
    """Whether an `other` candidate of "hold" or "host" holds no public event (see HOLDING_VERBS): in, a candidate;
    out, True when the thing held (its object, its passive subject, or the noun its clause hangs on) is found and is
    neither a word of HELD_EVENT_NOUNS nor a proper name.  A proper name whose head is a meeting word ("the fifth
    India-Central Asia Dialogue, which Uzbekistan will host") is that meeting, an event of its own: True."""
    verb = candidate.token
    if candidate.kind != "other" or verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    held = _thing_held(verb)
    if held is None:
        return False
    if held.lemma_.lower() in HELD_MEETING_NAMES:
        return True
    return held.pos_ != "PROPN" and held.lemma_.lower() not in HELD_EVENT_NOUNS


def _thing_held(verb: Token) -> Token | None:
    """The thing a holding verb holds: its object or passive subject ("held elections", "the forum was held"), or the
    noun its relative clause or participle hangs on ("COP29, which Baku will host", "the Meeting ..., held in
    Tashkent"); None when the parse shows none (an infinitive "invited to the Conference, to be held in ...")."""
    if verb.dep_ in RELATIVE_DEPS and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if (scheduled := _scheduled_thing(verb)) is not None:
        return scheduled
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return None


# Words a "to be held" infinitive hangs on when it tells when a gathering is due ("the summit, due to be held in
# Samarkand next month", "the session, scheduled to be held in Ashgabat", "the summit, which is set to be held").
SCHEDULING_WORDS = frozenset({"due", "set", "schedule", "expect", "slate", "plan"})
# Links climbed from the scheduling word to the noun it describes: an adjective or participle on the noun (amod,
# acl), or the predicate of a relative clause on it ("which is due": acomp, then relcl).
SCHEDULED_LINKS = frozenset({"amod", "acl", "acomp", "relcl"})
SCHEDULED_STEPS = 2


def _scheduled_thing(verb: Token) -> Token | None:
    """The noun a "to be held" infinitive is scheduled for ("the second Central Asia-GCC summit, due to be held in
    Samarkand": summit); None unless the verb is the infinitive of a scheduling word (SCHEDULING_WORDS) hanging on a
    noun."""
    word = verb.head
    if verb.dep_ != "xcomp" or word.lemma_.lower() not in SCHEDULING_WORDS:
        return None
    token = word
    for _ in range(SCHEDULED_STEPS):
        if token.dep_ not in SCHEDULED_LINKS or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"}:
            return token
    return None


def _without_general_words(candidates: list[_Candidate], doc: Doc, sentence: _Sentence) -> list[_Candidate]:
    """Drop a general action word that governs, or is governed within its clause by, a specific trigger: it
    describes that event ("The signing ... completed the process"), not another one.  An act on a document the
    sentence names ("approved the Roadmap ... at the 13th meeting") is no general word beside a meeting or visit:
    it stays beside the meeting it happened at; beside a signing ("adopted the Statement ... and approved the
    Programme") it is the same adoption told twice.  A trigger naming an event of its own ("established diplomatic
    relations in 1995, the year Rahmon paid his first visit") stays: it describes no other event."""
    return [
        c
        for c in candidates
        if c.kind != "other"
        or c.own_event
        or not (_describes_a_specific(doc, sentence, c, candidates) or _said_in_a_call(doc, sentence, c, candidates))
    ]


def _sitting_of_the_acting_body(meeting: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether a meeting is told in a relative clause on the subject of an act of the sentence ("the federal
    cabinet, which met in Islamabad on Tuesday, approved the ratification of X"): the sitting at which the body
    acted, whose day and place are the act's, not a meeting of its own."""
    token = meeting.token
    if meeting.kind != "meeting" or token.dep_ not in RELATIVE_DEPS or token.head.dep_ != "nsubj":
        return False
    if token.head.lemma_.lower() not in SITTING_BODIES:
        return False
    return any(c.kind == "other" and clause_head(c.token).i == token.head.head.i for c in candidates)


def _said_in_a_call(doc: Doc, sentence: _Sentence, general: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether a general act is told in a "when" clause of a sentence reporting a telephone conversation ("spoke by
    phone in December 2022, when Tokayev congratulated Sheikh Tamim", "agreed in a phone call on September 9, when
    the Amir congratulated Rahmon"): what was said in the call, not an act of its own.  An act on a document the
    sentence names stays."""
    token = general.token
    clauses = [
        token,
        *token.ancestors,
    ]  # "when Tokayev congratulated Sheikh Tamim on hosting the World Cup": hosting too
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for clause in clauses for c in clause.children):
        return False
    calls = [c for c in candidates if c.kind == "meeting" and c.call]
    return bool(calls) and not _acts_on_a_document(doc, sentence, token)


def _describes_a_specific(doc: Doc, sentence: _Sentence, general: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether a general candidate describes a specific trigger of the sentence (see `_without_general_words`)."""
    acts = _acts_on_a_document(doc, sentence, general.token, in_force=general.in_force)
    specific = [
        c.token
        for c in candidates
        if c.kind != "other" and (not acts or (c.kind == "signing" and not _earlier_signing_of_its_document(c.token)))
    ]
    return any(_describes(general.token, s) for s in specific)


def _earlier_signing_of_its_document(signing: Token) -> bool:
    """Whether a signing is told in a clause on a document's noun ("ratified the agreement on X, signed in Bishkek
    last April", "... an agreement ... that was signed last year"): the document's earlier signing, an event of its
    own beside the act on it, which that act does not describe."""
    return signing.pos_ == "VERB" and signing.dep_ in RELATIVE_DEPS and signing.head.pos_ in {"NOUN", "PROPN"}


def _acts_on_a_document(doc: Doc, sentence: _Sentence, token: Token, *, in_force: bool = False) -> bool:
    """Whether an action word takes a document of the sentence as its object or passive subject ("approved the
    Roadmap for 2025-2027", "the treaty was ratified"): in, a verb token; out, True when a document mention's
    root hangs on it as one of DOCUMENT_ARGUMENT_DEPS.  A document entering into force (`in_force`) is also the
    active subject of its verb ("the agreement ..., signed in 2024, entered into force in May") or stands in the
    phrase of its noun ("the entry into force on Nov 1 of the Treaty")."""
    for agreement in sentence.agreements:
        root = _root(doc, agreement.start_char, agreement.end_char)
        if root is None:
            continue
        if root.head.i == token.i and root.dep_ in DOCUMENT_ARGUMENT_DEPS:
            return True
        if root.dep_ == "dobj" and _object_after_its_means(root, token):
            return True
        if in_force and (_subject_of(root, token) or _in_the_phrase_of(root, token)):
            return True
    return False


def _object_after_its_means(root: Token, verb: Token) -> bool:
    """Whether a verb's object follows the means it is done by and was read as that noun's object ("approved by
    decree the memorandum on X": "memorandum" hangs on "decree", whose "by" hangs on "approved")."""
    means = root.head
    return means.dep_ == "pobj" and means.head.head.i == verb.i and means.head.dep_ in {"agent", "prep"}


def _in_the_phrase_of(token: Token, noun: Token) -> bool:
    """Whether a token hangs below a noun through prepositions and nouns alone, no verb between ("the entry into
    force on Nov 1 of the Treaty": "Treaty" is in the phrase of "entry")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    for ancestor in token.ancestors:
        if ancestor.i == noun.i:
            return True
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _with_listed_documents(
    doc: Doc, sentence: _Sentence, sentences: list[_Sentence], candidates: list[_Candidate]
) -> list[_Candidate]:
    """Give the last signing of a sentence the documents of the list it opens ("signed 22 more documents. Among
    them are: - the Agreement ...")."""
    listed = _listed_agreements(doc, sentence, sentences)
    signings = [c for c in candidates if c.kind == "signing" and c.agreement is None]
    if not (listed and signings):
        return candidates
    last = max(signings, key=lambda c: c.token.i)
    return [replace(c, listed=tuple(listed)) if c is last else c for c in candidates]


def _describes(general: Token, specific: Token) -> bool:
    """Whether a general action word is about a specific trigger's event ("the Meeting ... held on March 15")."""
    return (
        _governs(general, specific)
        or clause_head(general).i == specific.i
        or (general.head.i == specific.i and general.dep_ != "conj")  # "the Meeting ..., held on March 15"
        or (specific.head.i == general.i and specific.dep_ != "conj")
        or _subject_of_complement(general, specific)
        or _relative_of_its_phrase(general, specific)
    )


def _relative_of_its_phrase(general: Token, specific: Token) -> bool:
    """Whether the general word opens a relative clause on the specific trigger's noun or on a noun of its name:
    "the next meeting of the Commission on Trade and Cooperation, which is planned to be held in Bishkek": the
    planning and the holding are that meeting's (the clause hangs on the last noun of the name, not on "meeting")."""
    clause = general
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # "which is planned to be held": the holding too
        clause = clause.head
    owner = clause.head
    if clause.dep_ != "relcl" or specific.pos_ not in {"NOUN", "PROPN"}:
        return False  # a clause on a noun of a verb's phrase ("invited him to COP29, which Baku will host") is not it
    return _heads_the_phrase(specific, owner)


def _subject_of_complement(general: Token, specific: Token) -> bool:
    """Whether the specific trigger is the subject of the verb the general word complements: "the next meeting is
    scheduled to be held in Tashkent", "the summit is expected to take place": the holding is the meeting."""
    if general.dep_ != "xcomp":
        return False
    subjects = [c for c in general.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_heads_the_phrase(subject, specific) for subject in subjects)


def _heads_the_phrase(head: Token, word: Token) -> bool:
    """Whether `word` is `head` itself, or a word of the name `head` heads, reached through NAME_LINKS: "the first
    Central Asia – Republic of Korea Summit", parsed with "Asia" as the subject and "Summit" under "Republic of";
    "the meeting of the Commission on Trade and Cooperation", with "Cooperation" under "meeting"."""
    token = word
    while token.i != head.i:
        if token.dep_ not in NAME_LINKS or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ not in NAME_PREPOSITIONS:
            return False  # "talks with Mirziyoyev, who has opened up the economy": a person of it, not its name
        token = token.head
    return True


def _not_an_event(
    scope: _Scope,
    candidate: _Candidate,
    attached: _Attached,
    groups: list[_Group],
    group_agreements: list[AgreementMention],
    date: DateMention | None,
    amount: MoneyMention | None,
) -> list[Frame] | None:
    """What stands for a group that is no event (nothing, or a summary that only dates the documents listed
    next); None when the group is an event: it holds something, and what its type requires."""
    kind, spec = candidate.kind, scope.rules.types[candidate.kind]
    observed = {
        "dates": date is not None,
        "leaders": bool(attached.leaders) and "leaders" not in attached.inferred,
        "amount": amount is not None,
        "agreements": bool(group_agreements),
    }
    if not any(observed.values()):
        return []
    if kind in ACT_ONLY_TYPES and amount is not None and _part_of_a_sum(scope, amount):
        return []
    if spec.required and not any(observed[need] for need in spec.required):
        if kind == "signing" and date is not None and not groups[0][0]:
            # "signed 11 documents on Wednesday": no event of its own, but the day of the documents listed next.
            sentence = scope.sentence
            return [_summary(kind, scope.document, sentence, candidate.text, date, attached.leaders, scope.doc, spec)]
        return []
    return None
