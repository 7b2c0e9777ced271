"""Hosts: the visit or meeting a signing, award or other act was done at, found sentences back, and the
groups of leaders ("the two presidents") that name the people of that event.

In: a trigger `_Candidate` in its `_Scope` and the frames built so far.
Out: the hosting frame (`_host_of`, `_host_event`), the collective or chaired host of a group word
(`_group_host`, `_collective_hosts`), and the talks before a list of documents (`_talks_before`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Frame
from ..base import sentence_text, text_of
from .common import (
    COLLECTIVE_ROLES,
    HOST_TYPES,
    LIST_ITEM,
    PAIR,
    VISIT_CEREMONY_DAYS,
    VISIT_TYPES,
    _announced,
    _Candidate,
    _is_summary,
    _Scope,
    _Sentence,
    clause_head,
)
from .rules import ISO_DAY, EventType

# Sentences back within which a visit or meeting hosts the signing or award after it.
HOST_REACH = 2
# Sentences back within which a dated signing of unnamed documents dates the documents listed after it.
SUMMARY_REACH = 4
# A signing told with a count of the documents signed ("sealed four cooperation documents on Tuesday", "signed 37
# agreements and MoUs", "put their signatures to an action plan and three further documents"): the lead of a story
# whose list of documents comes a few sentences later, with the day the lead gives them even when the lead also names
# one of them.  Number words up to twenty; larger counts are written in digits.
COUNTED_DOCUMENTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|a\s+dozen|dozens\s+of)\s+(?:[\w-]+\s+){0,2}"
    r"(?:documents|agreements|accords|memorand(?:a|ums)|MoUs|deals|instruments|contracts)\b",
    re.IGNORECASE,
)
# Words that place an act after the meeting they govern ("following the talks", "at the end of the meeting", "on
# the results of the session"), within this many steps up from the meeting word.
AFTER_WORDS, AFTER_REACH = {"following", "after", "end", "conclusion", "results"}, 3
# Words press uses interchangeably for the talks of two leaders or delegations.
TALKS_WORDS = frozenset({"talks", "negotiations"})
# "after the talks" told without a verb of its own ("The intergovernmental documents signed after the talks were:",
# "Documents signed following the negotiations include"): the definite talks the story reported, which spaCy's cues
# leave without a meeting trigger of their own.
AFTER_THE_TALKS = re.compile(
    r"\b(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of)\s+(?:the|their|these|today's|the\s+day's)\s+"
    rf"({'|'.join(sorted(TALKS_WORDS))})\b",
    re.IGNORECASE,
)
# Days after a visit's end within which an article still reports it (a weekly's or a wire's round-up of the visit):
# its talks host the documents the article says were signed after them.
STORY_DAYS = 7
# Adverbs that tell an act as the next step of what was just told ("held talks on Wednesday ... The two leaders then
# witnessed the exchange of four documents"), and how many sentences back that told meeting may stand (quotes and a
# sentence on what the talks covered come between).
NEXT_STEP_WORDS, NEXT_STEP_REACH = frozenset({"then", "afterwards", "thereafter", "subsequently"}), 4
# How many items (each its own sentence) a list may run before the item read, back to the sentence introducing it.
LIST_LEAD_REACH = 8
# Sentences back within which "the two presidents" names the people of the visit or meeting reported.
COLLECTIVE_REACH = 6


def _host_of(scope: _Scope, candidate: _Candidate) -> Frame | None:
    """The visit or meeting hosting a signing or award of the sentence (further back for a listed document); the
    meeting it says it followed ("Following the talks, ... signed") wherever the text reported it."""
    reach = COLLECTIVE_REACH if candidate.listed else HOST_REACH
    after = _after_a_meeting(scope)
    if after is not None:
        named = _reported_meeting(scope, after, announced=_announced(scope, clause_head(candidate.token)))
        if named is not None and "published" in named.inferred and candidate.kind == "signing":
            # "on Monday put their signatures to ... three further documents. [...] The documents signed after the
            # talks were:": the day the lead states beats the article's day the talks only inherit
            named = _counted_signing_before(scope.earlier, scope.sentence, max(SUMMARY_REACH, reach)) or named
        if named is not None:
            return _visit_begun_after(scope.earlier, named) or named
    chaired = _chaired_host(scope)
    if chaired is not None:
        return chaired  # "signed in the presence of the two co-chairs": at the meeting they co-chaired
    step = _meeting_stepped_from(scope, candidate)
    if step is not None:
        return step  # "held talks on Wednesday ... The two leaders then witnessed the exchange of four documents:"
    headline = _signing_told_just_before(scope) if candidate.listed else None
    if headline is not None:
        return headline  # "... adopted a Joint Declaration. Among the documents exchanged in their presence were:"
    roles = {scope.rules.markers[m.label_] for m in scope.sentence.markers}
    host = _host_event(
        scope.earlier,
        scope.sentence,
        roles=roles,
        types=scope.rules.types,
        kind=candidate.kind,
        reach=reach,
        text=text_of(scope.doc),
    )
    if host is not None and _recalled_in_passing(scope, host, after):
        host = None  # the story's day dates it (`_date_of_the_story`)
    ceremony = _ceremony_in_visit(scope.earlier, scope.sentence, host) if candidate.kind == "signing" else None
    if _announced(scope, clause_head(candidate.token)):
        return _announced_host(scope, ceremony or host)  # "The sides are expected to sign ...": at the visit to come
    found = ceremony or host
    # "Yoon invited Mirziyoyev to a summit next year. The documents signed after the talks were:": a meeting to
    # come hosts no act told as done ("the documents to be signed during the visit" are still to come)
    done = not _to_be_done(candidate.token)
    return None if done and found is not None and _to_come(found, scope.document.published) else found


# Auxiliaries of an act still to come ("the documents to be signed", "which will be signed").
TO_COME_AUXILIARIES = frozenset({"to", "will", "shall", "would", "'ll"})


def _to_be_done(verb: Token) -> bool:
    """Whether a verb tells its act as still to come by an auxiliary of its own ("to be signed", "will sign")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in TO_COME_AUXILIARIES for c in verb.children)


def _meeting_stepped_from(scope: _Scope, candidate: _Candidate) -> Frame | None:
    """The meeting an act told as its next step follows ("Sheikh Mohamed held talks with Tokayev on Wednesday. [...]
    The two leaders then witnessed the exchange of four documents"): the latest meeting reported with a day of its
    own within NEXT_STEP_REACH sentences before; None when the act's verb has no such adverb or none is told."""
    verbs = [clause_head(candidate.token)]
    item = LIST_ITEM.match(text_of(scope.doc), scope.sentence.start) is not None
    lead = _list_lead(scope) if item else None
    if lead is not None:
        verbs.append(lead.root)  # "The two leaders then witnessed the exchange of four documents:" then the items
    # before its verb ("then witnessed"): after it, "then" is "at that time" ("Qatari companies also committed then")
    if not any(
        c.dep_ == "advmod" and c.lower_ in NEXT_STEP_WORDS and c.i < verb.i for verb in verbs for c in verb.children
    ):
        return None
    told = lead.start if lead is not None else candidate.token.sent.start
    for frame in reversed(scope.earlier):
        if frame.start_char >= scope.doc[told].idx:
            continue  # the act itself, or the items told before it in its list
        if scope.sentence.id - frame.sentence_id > NEXT_STEP_REACH + LIST_LEAD_REACH:
            return None
        if frame.type == "meeting" and frame.status == "reported" and frame.date_precision == "day":
            return frame if "date" not in frame.inferred else None
    return None


def _list_lead(scope: _Scope) -> Span | None:
    """The sentence introducing the list a listed item belongs to: the nearest before it, within LIST_LEAD_REACH
    sentences, that ends in a colon ("The two leaders then witnessed the exchange of four documents:"); None if none."""
    text = text_of(scope.doc)
    for sentence in reversed(scope.sentences[max(0, scope.sentence.id - LIST_LEAD_REACH) : scope.sentence.id]):
        if text[sentence.start : sentence.end].rstrip().endswith(":"):
            return scope.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return None


def _recalled_in_passing(scope: _Scope, host: Frame, after: str | None) -> bool:
    """Whether a host found for an undated act is a visit or meeting the text only recalls ("first set when Putin
    visited Tashkent in May 2024") where the act follows "the talks" ("After the talks, the two presidents signed
    ...") or comes after an event the story reports ("... signed a joint statement. Officials then exchanged eleven
    more documents"): the act belongs to the story, not to the occasion recalled in passing.  Only a host recalled
    by its month or year: one told with its day ("He held talks with Xi on Monday") is part of the story."""
    if host.status != "background" or host.date_precision == "day":
        return False
    return after is not None or any(f.status == "reported" and f.sentence_id > host.sentence_id for f in scope.earlier)


# How many sentences back an announced signing looks for the announced visit or meeting it is to close ("will pay a
# state visit on January 23-25 ... The sides are expected to sign ...": a few paragraphs of a preview).
ANNOUNCED_HOST_REACH = 6


def _signing_told_just_before(scope: _Scope) -> Frame | None:
    """The signing the sentence right before reports as done, with a day, when there is one: a list of documents
    ("Among the documents exchanged in their presence were:", "Other documents signed include:") goes on from the
    headline document of that sentence ("After their talks, the two leaders adopted a Joint Declaration ..."), signed
    at the same ceremony.  None when the sentence before reports no such signing."""
    for frame in reversed(scope.earlier):
        if frame.sentence_id != scope.sentence.id - 1:
            continue
        if frame.type == "signing" and frame.status == "reported" and frame.date_precision == "day":
            return frame
    return None


def _announced_host(scope: _Scope, host: Frame | None) -> Frame | None:
    """The host of an announced signing ("The sides are expected to sign ...", "the documents to be signed during it"):
    the latest visit or meeting the text announces with a date, within ANNOUNCED_HOST_REACH sentences, unless the host
    found is a visit the text reports (the signings still to come of a visit under way); else the host found."""
    if host is not None and host.type in VISIT_TYPES and host.status == "reported":
        return host
    for frame in reversed(scope.earlier):
        if scope.sentence.id - frame.sentence_id > ANNOUNCED_HOST_REACH:
            break
        if frame.type in HOST_TYPES and frame.status == "planned" and frame.date_start:
            return frame
    return host


def _after_a_meeting(scope: _Scope) -> str | None:
    """The word (lower case) of the meeting the sentence places its acts after ("Following the talks" -> "talks",
    "After the commission meeting", "At the end of the negotiations", "On the results of the session"); None when it
    names none."""
    for span in scope.sentence.triggers:
        if scope.rules.triggers[span.label_].type != "meeting":
            continue
        if any(a.lower_ in AFTER_WORDS for a in list(span.root.ancestors)[:AFTER_REACH]):
            return span.root.lower_
    told = AFTER_THE_TALKS.search(sentence_text(scope.doc, scope.sentence.id))
    return told.group(1).lower() if told else None


def _reported_meeting(scope: _Scope, word: str = "", *, announced: bool = False) -> Frame | None:
    """The meeting a sentence says its acts followed: the latest reported before under the same word ("held talks
    ... On Saturday, they had an informal meeting ... Following the talks, ...": the talks, even when only the
    article's day dates them), else the latest with a date of its own; never one recalled as background (save talks
    on a day of a visit the story reports, `_held_during_visit`) or dated by inference from another event. For an
    act told as done (not `announced`), one announced for later ("the first summit is to be held next year") only
    when no meeting held is reported before it, and never one set for after the article's day."""
    reported = [
        f
        for f in scope.earlier
        if f.type == "meeting"
        and f.date_start
        and (f.status == "reported" or _held_during_visit(f, scope.earlier, scope.document.published))
    ]
    for frame in reversed(reported):
        own_day = "date" not in frame.inferred or "published" in frame.inferred
        if word and _same_word(_trigger_word(frame), word) and own_day:
            return _with_its_people(frame, scope.earlier)
    meetings = [
        frame
        for frame in scope.earlier
        if frame.type == "meeting"
        and frame.date_start
        and "date" not in frame.inferred
        and (frame.status != "background" or _held_during_visit(frame, scope.earlier, scope.document.published))
    ]
    held = [frame for frame in meetings if frame.status != "planned"]
    if not announced:
        # a meeting set for after the article's day hosts no act told as done ("signed after the talks" in a story
        # that also announces "a summit next year")
        meetings = [frame for frame in meetings if not _to_come(frame, scope.document.published)]
    chosen = meetings if announced else held or meetings
    return _with_its_people(chosen[-1], scope.earlier) if chosen else None


def _of_the_story(visit: Frame, published: str) -> bool:
    """Whether a visit is the one the article reports: told as reported, or as background only for having ended a
    few days (up to STORY_DAYS) before the article."""
    if visit.status == "reported":
        return True
    if visit.status != "background" or not ISO_DAY.fullmatch(published or "") or not ISO_DAY.fullmatch(visit.date_end):
        return False
    ended = datetime.date.fromisoformat(published) - datetime.date.fromisoformat(visit.date_end)
    return ended.days <= STORY_DAYS


def _to_come(frame: Frame, published: str) -> bool:
    """Whether a frame is announced for after the article's day."""
    return frame.status == "planned" and bool(published) and frame.date_start > published


def _held_during_visit(meeting: Frame, earlier: Sequence[Frame], published: str) -> bool:
    """Whether a meeting dated to a day of its own falls within the days of a visit the text reports, ended within
    STORY_DAYS of the article ("oversaw the signing of deals during Yoon's state visit on June 13-15 ... The two
    presidents held talks on June 14" in a paper of June 17): part of the story, though its age alone makes it
    background."""
    if meeting.date_precision != "day" or "date" in meeting.inferred:
        return False
    return any(
        f.type in VISIT_TYPES
        and _of_the_story(f, published)
        and "date" not in f.inferred
        and f.date_start < f.date_end
        and f.date_start <= meeting.date_start <= f.date_end
        for f in earlier
    )


def _same_word(told: str, word: str) -> bool:
    """Whether a meeting's word and the word an act follows name the same meeting ("held talks ... signed following
    the negotiations")."""
    return told == word or {told, word} <= TALKS_WORDS


def _trigger_word(frame: Frame) -> str:
    """The last word of a frame's trigger, lower case ("held talks" -> "talks")."""
    words = frame.trigger.lower().split()
    return words[-1] if words else ""


def _with_its_people(meeting: Frame, earlier: Sequence[Frame]) -> Frame:
    """A meeting reported without its people, with those the next sentence names for it and no other date ("The
    meeting was co-chaired by X and Y")."""
    if meeting.leader_ids:
        return meeting
    for frame in earlier:
        undated = not frame.date_start or "date" in frame.inferred
        if frame.type == meeting.type and frame.sentence_id == meeting.sentence_id + 1 and undated and frame.leader_ids:
            return replace(meeting, leader_ids=frame.leader_ids, leaders=frame.leaders)
    return meeting


def _talks_before(earlier: Sequence[Frame], sentence: _Sentence) -> Frame | None:
    """The event "they" who signed or looked on stand for: the latest talks of several named leaders among
    `_collective_hosts` (not a visit told since: "He was greeted at the airport by the Speaker"), else the first."""
    hosts = _collective_hosts(earlier, sentence)
    return next((f for f in hosts if f.type == "meeting"), next(iter(hosts), None))


def _host_event(
    earlier: Sequence[Frame],
    sentence: _Sentence,
    *,
    roles: set[str],
    types: dict[str, EventType],
    kind: str = "",
    reach: int = HOST_REACH,
    text: str = "",
) -> Frame | None:
    """The visit (or meeting) a signing or award belongs to: just before it, or named by "during the visit".

    Of those in reach, the latest with a date (else the latest).  A dated signing of unnamed documents shortly before
    ("signed 11 documents on Wednesday"), or one with a count of the documents signed within the reach of a list
    ("sealed four documents on Tuesday ... The documents exchanged were:"), comes first, unless it is
    recalled as background ("builds on a framework agreement concluded in March"): an earlier deal hosts no later one.
    """
    lead = _signing_that_dates(earlier, sentence, types, reach) if kind == "signing" else None
    if lead is not None:
        return lead
    hosts = [frame for frame in earlier if frame.type in {"visit", "meeting"}]
    if "during_visit" in roles:
        # "during the visit" is the visit the article reports, not one it recalls ("set up in 2019 when then
        # President Moon made a state visit. Seventeen documents were signed during the visit")
        hosts = [frame for frame in hosts if frame.status != "background"] or hosts
    else:
        hosts = [frame for frame in hosts if sentence.id - frame.sentence_id <= reach]
        # a visit recalled in passing beside the one reported ("flew in on Tuesday for a state visit, the first since
        # Moon's visit in April 2019") hosts nothing told after; one recalled in a sentence of its own may
        reported = {frame.sentence_id for frame in hosts if frame.status != "background"}
        if kind == "signing":
            reported |= _recalled_beside_a_visit(hosts, text)
        hosts = [
            frame
            for frame in hosts
            if frame.status != "background" or frame.sentence_id == sentence.id or frame.sentence_id not in reported
        ]
    # "will hold talks ... and meet ...": a meeting without a day says none; the one before it may
    dated = [frame for frame in hosts if frame.date_start]
    return (dated or hosts or [None])[-1]


def _signing_that_dates(
    earlier: Sequence[Frame], sentence: _Sentence, types: dict[str, EventType], reach: int
) -> Frame | None:
    """The earlier signing that dates the documents of a sentence: a dated signing of unnamed documents within
    SUMMARY_REACH sentences, or one counting the documents signed on a day of its own within `reach` (a list's), the
    nearest first; never one recalled as background.  None when there is none."""
    for frame in reversed(earlier):
        if sentence.id - frame.sentence_id > max(SUMMARY_REACH, reach):
            return None
        if frame.status == "background":
            continue
        near = sentence.id - frame.sentence_id <= SUMMARY_REACH
        if (near and _is_summary(frame, types)) or _counts_documents_on_its_day(frame):
            return frame
    return None


def _recalled_beside_a_visit(hosts: Sequence[Frame], text: str) -> set[int]:
    """The sentences of visits recalled as background after a dated visit the same paragraph reports ("The tour
    opened on Thursday in Samarkand. The visit returned the one the Uzbek president made to Rome in June 2023."): an
    aside on the visit reported, which hosts no signing told next.  A recalled visit that opens a paragraph of its own
    ("The turning point came on Oct. 25, 2017, when Mirziyoyev paid ... In Ankara, the two presidents signed ...") is
    not one."""
    asides: set[int] = set()
    for recalled in hosts:
        if recalled.status != "background":
            continue
        paragraph_start = text.rfind("\n", 0, recalled.start_char) + 1
        if any(
            frame.type in VISIT_TYPES
            and frame.status == "reported"
            and frame.date_start
            and paragraph_start <= frame.start_char
            and frame.sentence_id < recalled.sentence_id
            for frame in hosts
        ):
            asides.add(recalled.sentence_id)
    return asides


def _visit_begun_after(earlier: Sequence[Frame], meeting: Frame) -> Frame | None:
    """The latest visit the text reports with a day of its own, told with or after a meeting that began before the
    visit ("Xi arrived in Dushanbe on Thursday evening for a state visit after attending the SCO summit in Astana
    on July 3-4. After talks at the Presidential Palace, the two signed ..."): the talks an act followed are those of
    that visit, not the meeting before it.  None when no such visit is told."""
    if not meeting.date_start:
        return None
    visits = [
        frame
        for frame in earlier
        if frame.type in VISIT_TYPES
        and frame.sentence_id >= meeting.sentence_id
        and not _told_after_in_its_sentence(frame, meeting)
        and frame.status == "reported"
        and "date" not in frame.inferred
        and meeting.date_start < frame.date_start
    ]
    return visits[-1] if visits else None


def _told_after_in_its_sentence(visit: Frame, meeting: Frame) -> bool:
    """Whether a visit told in the meeting's own sentence comes after the meeting there ("held talks in Tashkent on
    June 14 and flew to Samarkand the following day"): the next leg of the trip, not the visit the meeting began
    before ("arrived in Dushanbe for a state visit after attending the SCO summit")."""
    if visit.sentence_id != meeting.sentence_id:
        return False
    at_visit, at_meeting = visit.evidence.find(visit.trigger), meeting.evidence.find(meeting.trigger)
    return 0 <= at_meeting < at_visit


def _counted_signing_before(earlier: Sequence[Frame], sentence: _Sentence, reach: int) -> Frame | None:
    """The latest signing within `reach` sentences before that tells a count of the documents signed with a day of
    its own (see `_counts_documents_on_its_day`), not recalled as background; None when there is none."""
    for frame in reversed(earlier):
        if sentence.id - frame.sentence_id > reach:
            return None
        if frame.status != "background" and _counts_documents_on_its_day(frame):
            return frame
    return None


def _counts_documents_on_its_day(frame: Frame) -> bool:
    """Whether a signing tells, with a day of its own, a count of the documents signed ("Indonesia and Uzbekistan
    sealed four cooperation documents here on Tuesday"): the documents listed after it were signed that day, not on
    the day of an arrival told between ("Saidov, who arrived on Monday, held talks ...")."""
    stated = frame.date_precision == "day" and "date" not in frame.inferred
    return frame.type == "signing" and stated and bool(COUNTED_DOCUMENTS.search(frame.evidence))


def _ceremony_in_visit(earlier: Sequence[Frame], sentence: _Sentence, host: Frame | None) -> Frame | None:
    """The signing ceremony (or the visitor's talks, `_talks_of_the_visitor`) told with a day of its own within
    SUMMARY_REACH sentences before, on a later day of the visit hosting a signing ("X and Y on Friday signed the Joint
    Statement ... X arrived on Thursday evening on an official visit. In the presence of the leaders, 15 documents
    were exchanged"): the documents were exchanged at that ceremony, not on the day the visit began.  None when no
    such ceremony was told.  The reach counts from the visit's sentence when that is nearer: the lead that tells the
    ceremony ("on Wednesday ... signed 37 agreements") often stands right before the arrival ("who landed on Tuesday
    on a two-day state visit"), paragraphs above the list."""
    if host is None or host.type not in VISIT_TYPES or host.date_precision != "day" or host.status != "reported":
        return None
    first = datetime.date.fromisoformat(host.date_start)
    told_from = min(sentence.id, host.sentence_id)
    for frame in reversed(earlier):
        if told_from - frame.sentence_id > SUMMARY_REACH:
            return None
        stated = frame.date_precision == "day" and "date" not in frame.inferred
        if not (frame.type == "signing" or _talks_of_the_visitor(frame, host)) or not stated:
            continue
        if frame.status != "reported":
            continue
        if 0 < (datetime.date.fromisoformat(frame.date_start) - first).days <= VISIT_CEREMONY_DAYS:
            return frame
    return None


def _talks_of_the_visitor(frame: Frame, visit: Frame) -> bool:
    """Whether a frame is talks of the visiting leader with another ("landed in the Uzbek capital on Sunday for a
    two-day state visit ... documents agreed on Monday after Putin and Mirziyoyev held talks"): on a later day of the
    visit, they are where its documents were exchanged, not the day of the arrival."""
    shared = set(frame.leader_ids) & set(visit.leader_ids)
    return frame.type == "meeting" and len(frame.leader_ids) >= PAIR and bool(shared)


def _group_host(scope: _Scope, collective: Sequence[Span]) -> Frame | None:
    """The event whose people a group named by office in this sentence stands for (None: no group, or one
    described so that it names people the article does not)."""
    if not collective or _described(scope, collective):
        return None
    return _collective_host(scope, collective)


def _described(scope: _Scope, collective: Sequence[Span]) -> bool:
    """Ministers described by their portfolio right where they are named ("the Ministers of Internal Affairs of
    Kazakhstan and Kyrgyzstan"): people the article does not name, never those of another event ("the ministers
    of the two countries" and "the Presidents of Kazakhstan" are not described so)."""
    text = text_of(scope.doc)
    country_starts = {country.start_char for country in scope.sentence.countries}
    for marker in collective:
        at = marker.end_char + len(" of ")
        described = "minister" in marker.text.lower() and text.startswith(" of ", marker.end_char)
        if described and text[at : at + 1].isupper() and at not in country_starts:
            return True
    return False


def _collective_host(scope: _Scope, collective: Sequence[Span]) -> Frame | None:
    """Who "the two presidents" are: the first of `_collective_hosts`; "the co-chairs" are those of the first
    whose sentence says who chaired it ("the commission, co-chaired by X and Y"), when one does.  "The ministers"
    are the people of an event that has a minister among them, never the presidents of a summit."""
    chaired = _chaired_host(scope)
    hosts = _collective_hosts(scope.earlier, scope.sentence)
    if any("minister" in marker.text.lower() for marker in collective):
        # "The ministers put their signatures under the Protocol": the ministers who acted just before, whatever
        # the act ("X and Y exchanged the instruments of ratification"), else those of a visit or meeting.
        acts = [f for f in scope.earlier if len(f.leader_ids) >= PAIR and f.type not in {"visit", "meeting"}]
        recent = [f for f in reversed(acts) if 0 < scope.sentence.id - f.sentence_id <= HOST_REACH]
        hosts = [host for host in [*recent, *hosts] if _has_a_minister(scope, host)]
    elif not hosts:
        # No visit or talks of two named leaders told before: the first act the article reports of two leaders
        # ("Putin hosted Mirziyoyev in the Kremlin on Thursday ... After the talks, the two presidents signed").
        hosts = [f for f in scope.earlier if f.status == "reported" and f.type == "other" and len(f.leader_ids) >= PAIR]
    return chaired or next(iter(hosts), None)


def _has_a_minister(scope: _Scope, host: Frame) -> bool:
    """Whether one of an event's people is called a minister where its sentence names them."""
    people = set(host.leader_ids)
    return any(
        "minister" in mention.role.lower()
        for mention in scope.sentences[host.sentence_id].leaders
        if mention.leader_id in people
    )


def _chaired_host(scope: _Scope) -> Frame | None:
    """For a sentence naming "the (two) co-chairs": the first of `_collective_hosts` whose sentence says who chaired
    it ("the commission, co-chaired by X and Y"); None for other sentences or when none does."""
    rules = scope.rules
    if not any(
        rules.markers[m.label_] in COLLECTIVE_ROLES and "chair" in m.text.lower() for m in scope.sentence.markers
    ):
        return None
    hosts = _collective_hosts(scope.earlier, scope.sentence)
    chaired = (
        f for f in hosts if any(rules.markers[m.label_] == "chairs" for m in scope.sentences[f.sentence_id].markers)
    )
    return next(chaired, None)


def _collective_hosts(earlier: Sequence[Frame], sentence: _Sentence) -> list[Frame]:
    """The events a group named by office may refer to, best first: the visits and meetings of several named
    leaders shortly before, latest first (ones the article reports, not ones it recalls, unless recalled in this
    sentence), else the first such event of the article (the one its lead reports)."""
    groups = [f for f in earlier if f.type in {"visit", "meeting"} and len(f.leader_ids) >= 2]
    # An earlier event recalled for background is not who "the co-chairs" are, unless recalled in this sentence.
    current = [f for f in groups if f.status != "background" or f.sentence_id == sentence.id]
    groups = current or groups
    recent = [f for f in groups if sentence.id - f.sentence_id <= COLLECTIVE_REACH]
    return [*reversed(recent), *groups[:1]] if recent else groups[:1]
