"""Frame people: the leaders and participants a frame gets, from its own clause (subject, speaker, source),
from a group word resolved by office or country, or from the event it continues; and the document passes that give
frames the people named elsewhere (chairs, presiding leaders, titles, country leaders, counterparts).

In: a trigger in its `_Scope` with the leader mentions of its clause; after extraction, the document's frames.
Out: a frame's leaders (`_trigger_leaders`, `_frame_leaders`) and the frames with people added by the passes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...normalize.leaders import LeaderRules, Person, leader_id_for
from ...records import Frame, LeaderMention
from ..base import rules_of, sentence_id_at, text_of
from ..leaders import SPANS_KEY as LEADERS_KEY
from .common import (
    COLLECTIVE_ROLES,
    PAIR,
    _Attached,
    _Candidate,
    _people_of,
    _root,
    _Scope,
    _Sentence,
    _span_of,
    _unique_leaders,
)
from .hosts import _collective_hosts, _group_host, _host_of, _talks_before
from .rules import ISO_DAY, EventRules, Membership
from .signatories import COUNT_WORDS

# How far before a name its title is read when the leaders step gave it none: the last TITLE_WORDS words within
# TITLE_WINDOW characters ("His Highness the Amir Sheikh" before "Tamim bin Hamad Al-Thani").
TITLE_WINDOW, TITLE_WORDS = 60, 4
# Quotation marks: opening, closing.
OPENING_QUOTES, CLOSING_QUOTES = "“«", "”»"
# Sentences back within which a meeting reported without its people takes those a sentence says chaired it.
CHAIRS_REACH = 2
# Sentences back within which a signing naming nobody continues the ceremony of a signing with its people
# ("Following the talks, the ministers signed X. In addition, a memorandum on Y was signed."): the next sentence.
CEREMONY_REACH = 1
# The dependencies naming who signed: the subject of "X signed", the agent of "was signed by X".
SIGNER_DEPS = frozenset({"nsubj", "agent"})
# What may stand between the countries of a list after "the presidents of" ("Kazakhstan, Kyrgyzstan and Tajikistan").
COUNTRY_LIST_GLUE = re.compile(r"(?:the\s+)?|,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# The same glue read forwards, before an organisation's name ("of the OTS", "Central Asia and the SCO").
LIST_GLUE_BEFORE = re.compile(r"(?:,\s*|\s+)?(?:and\s+)?(?:the\s+)?")
# Words whose phrase names a host or a time recalled, never who a later pronoun stands for ("at the invitation of
# President Aliyev"; "the first since Badawi's trip in 2008")
NOT_ANTECEDENT_HEADS = frozenset({"invitation", "since"})
# A phrase of a time recalled ("the first visit since Badawi's trip in 2008"): its leaders are of that time only
RECALLED_TIME_HEADS = frozenset({"since"})
# Who a source tells the news to ("X told reporters", "X briefed journalists"): the source takes no part in the event
REPORTING_VERBS = frozenset({"tell", "brief"})
REPORT_AUDIENCES = frozenset({"reporters", "journalists", "correspondents", "media", "press", "newsmen"})
APPOSITIVE_REACH = 20  # tokens of a title between the commas after a name ("X, senior presidential secretary, told")
# A figure attributed to a pronoun: "according to him", "in her words" (a pronoun subject, "he said", is found by
# the parse).
SAID_BY_A_PRONOUN = re.compile(r"\b(?:[Aa]ccording to (?:him|her)|[Ii]n (?:his|her) words)\b")
# A title with a country word stands for the person of that country named before ("According to the Pakistani Prime
# Minister", "according to the Kyrgyz minister"): the source who states a figure.
SAID_BY_A_TITLE = re.compile(
    r"\b[Aa]ccording to the ([A-Z][\w-]+) (?:[Pp]rime [Mm]inister|[Dd]eputy [Pp]rime [Mm]inister|[Mm]inister"
    r"|[Pp]resident|[Ll]eader|[Hh]ead of [Ss]tate)\b"
)
# The heads of a gathering told just after a deal that names nobody ("... signed 16 agreements worth SR45 billion.
# The forum was co-chaired by A and B"): the gathering opening the sentence, then the verb of its heads; the people
# after "by" lead the deals.
CHAIRED_BY = re.compile(
    r"^The\s+(?:[\w-]+\s+){0,3}(?:forum|delegation|commission|council|session|conference|meeting)\b[^.;]*?"
    r"\b(?:co-?chaired|chaired|led|headed)\s+by\b",
    re.IGNORECASE,
)
# The types whose deals a gathering's heads lead when the sentence names nobody (see `_chairs_told_after`).
CHAIRED_TYPES = {"investment"}
# Words of a group that "of <countries>" turns into those countries' leaders: "the leaders of", "the heads of state of".
HEADS_WORDS = {"leader", "leaders", "president", "presidents", "head", "heads"}
# The office whose holders a group of leaders of named countries stands for (the gazetteer's office key).
COLLECTIVE_OFFICE = "president"


def _chairs_named_before(frame: Frame, sentence: _Sentence, sentences: Sequence[_Sentence], rules: EventRules) -> Frame:
    """A meeting with no people of its own takes the people of a sentence just before (within CHAIRS_REACH) that
    says who co-chairs it ("X and Y, who co-chair the joint committee. The committee's session opened on Monday"):
    two people or more named beside a "chairs" marker."""
    if frame.type != "meeting" or frame.leader_ids:
        return frame
    for earlier in reversed(sentences[max(0, sentence.id - CHAIRS_REACH) : sentence.id]):
        chairs = _unique_leaders(earlier.leaders)
        if len(chairs) >= PAIR and _says_who_chairs(earlier, rules):
            return _with_people(frame, chairs)
    return frame


def _says_who_chairs(sentence: _Sentence, rules: EventRules) -> bool:
    """Whether a sentence holds a "chairs" marker ("co-chaired by", "who co-chair")."""
    return any(rules.markers[m.label_] == "chairs" for m in sentence.markers)


def _with_people(frame: Frame, people: Sequence[LeaderMention]) -> Frame:
    """The frame with the people it does not hold yet added after its own, and their countries."""
    new = [m for m in _unique_leaders(people) if m.leader_id not in frame.leader_ids]
    if not new:
        return frame
    return replace(
        frame,
        leader_ids=(*frame.leader_ids, *(m.leader_id for m in new)),
        leaders=tuple(dict.fromkeys((*frame.leaders, *(m.name for m in new)))),
        countries=tuple(sorted({*frame.countries, *(m.country for m in new if m.country)})),
    )


def _chairs_join_their_meeting(built: list[Frame], sentence: _Sentence, rules: EventRules) -> None:
    """Give the meeting reported just before without its people (within CHAIRS_REACH sentences) the leaders of a
    sentence saying who chaired it ("The meeting was co-chaired by X and Y", "The Belarusian part of the
    commission is chaired by X, the Uzbek part by Y"); `built` is changed in place."""
    if not sentence.leaders or not _says_who_chairs(sentence, rules):
        return
    for index in range(len(built) - 1, -1, -1):
        frame = built[index]
        if sentence.id - frame.sentence_id > CHAIRS_REACH:
            return
        if frame.type == "meeting" and not frame.leader_ids and frame.sentence_id < sentence.id:
            built[index] = _with_people(frame, sentence.leaders)
            return


def _presiding(doc: Doc, sentence: _Sentence, rules: EventRules) -> list[LeaderMention]:
    """The leaders a sentence names as presiding over a signing ("signed ... in the presence of President X and his
    Y counterpart Z", "witnessed by X"): those inside the phrase after a "presiding" marker."""
    people: list[LeaderMention] = []
    for marker in sentence.markers:
        if rules.markers[marker.label_] != "presiding":
            continue
        head = marker[-1]  # "of" / "by": its object and the names conjoined with it are the presiding people
        inside = range(head.left_edge.i, head.right_edge.i + 1)
        people += [m for m in sentence.leaders if m.start_char >= marker.end_char and _span_of(doc, m).start in inside]
    return _unique_leaders(people)


def _people_named_by_title(built: list[Frame], sentences: Sequence[_Sentence], rules: EventRules) -> list[Frame]:
    """A frame whose sentence names someone by a title alone ("A return visit of the hokim is planned", "the
    ambassador said") takes the person the article last named with that title ("regional hokim Khayrullo Bozorov")."""
    people: dict[int, list[LeaderMention]] = {}
    for sentence in sentences:
        for marker in sentence.markers:
            if rules.markers[marker.label_] != "named_before":
                continue
            person = _last_titled(sentences, sentence, marker)
            people.setdefault(sentence.id, []).extend([person] if person is not None else [])
    return _with_sentence_people(built, people)


def _with_sentence_people(built: list[Frame], people: dict[int, list[LeaderMention]]) -> list[Frame]:
    """Each frame with the people found for its sentence (sentence id -> mentions) that it does not hold yet."""
    return [_with_people(frame, people.get(frame.sentence_id, [])) for frame in built]


def _leaders_named_by_country(
    doc: Doc, built: list[Frame], sentences: Sequence[_Sentence], rules: EventRules
) -> list[Frame]:
    """ "The Kyrgyz leader attended a business forum": a "country_leader" word after "the" and a country, with no
    name after it, is the person of that country the article named last, up to that word; its sentence's frames take
    them."""
    people: dict[int, list[LeaderMention]] = {}
    for sentence in sentences:
        for marker in sentence.markers:
            if rules.markers[marker.label_] == "country_leader":
                person = _last_of_country(doc, sentences, sentence, marker, rules)
                people.setdefault(sentence.id, []).extend([person] if person is not None else [])
    return _with_sentence_people(built, people)


def _last_of_country(
    doc: Doc, sentences: Sequence[_Sentence], sentence: _Sentence, marker: Span, rules: EventRules
) -> LeaderMention | None:
    """The person of the country named right before `marker` ("the Kyrgyz leader") the article named last before it;
    None when the word is not "the" + country + it, or a name follows it ("the Kyrgyz leader Sadyr Japarov")."""
    text = text_of(doc)
    country = next((c for c in sentence.countries if 0 <= marker.start_char - c.end_char <= 1), None)
    if country is None or not text[: country.start_char].lower().endswith("the "):
        return None
    if any(0 <= m.start_char - marker.end_char <= 1 for m in sentence.leaders):
        return None
    codes = set(rules.countries[country.label_])
    named = [
        m
        for s in sentences[: sentence.id + 1]
        for m in s.leaders
        if m.country in codes and m.end_char <= marker.start_char
    ]
    return named[-1] if named else None


def _unnamed_counterparts(
    doc: Doc, built: list[Frame], sentences: Sequence[_Sentence], rules: EventRules
) -> list[Frame]:
    """ "Aliyev thanked his Kazakh counterpart", "X held talks with his Kyrgyz counterpart" with no name after it: the
    holder, on the frame's day, of the office the leader named before it holds, in the country named before the word."""
    leader_rules = rules_of(doc, LEADERS_KEY)
    joined = []
    for frame in built:
        period = _frame_period(frame)
        sentence = sentences[frame.sentence_id]
        found = [
            person.name
            for marker in sentence.markers
            if rules.markers[marker.label_] == "counterpart" and period is not None
            for person in [_counterpart(doc, sentence, marker, rules, leader_rules, period)]
            if person is not None and person.leader_id not in frame.leader_ids
        ]
        if found:
            frame = replace(
                frame,
                leader_ids=(*frame.leader_ids, *(leader_id_for(name) for name in found)),
                leaders=tuple(dict.fromkeys((*frame.leaders, *found))),
            )
        joined.append(frame)
    return joined


def _frame_period(frame: Frame) -> tuple[datetime.date, datetime.date] | None:
    """A frame's days as dates; None when it is not dated to full days."""
    if not (ISO_DAY.fullmatch(frame.date_start or "") and ISO_DAY.fullmatch(frame.date_end or frame.date_start)):
        return None
    return datetime.date.fromisoformat(frame.date_start), datetime.date.fromisoformat(
        frame.date_end or frame.date_start
    )


def _counterpart(
    doc: Doc,
    sentence: _Sentence,
    marker: Span,
    rules: EventRules,
    leader_rules: LeaderRules,
    period: tuple[datetime.date, datetime.date],
) -> Person | None:
    """The person an unnamed "<country> counterpart" stands for (None when a name follows it, no country word stands
    right before it, or no leader is named before it with an office of the gazetteer in the period)."""
    text = text_of(doc)
    if any(0 <= m.start_char - marker.end_char <= 2 for m in sentence.leaders):
        return None  # "his Turkmen counterpart Serdar Berdimuhamedov": named
    country = next((c for c in sentence.countries if 0 <= marker.start_char - c.end_char <= 1), None)
    before = [m for m in sentence.leaders if m.end_char <= marker.start_char]
    if country is None or not before or len(rules.countries[country.label_]) != 1:
        return None
    named = max(before, key=lambda m: m.start_char)
    person = next((p for p in leader_rules.people if p.leader_id == named.leader_id), None)
    offices = [o.key for o in person.offices if o.start <= period[1] and period[0] <= o.end] if person else []
    if not offices or text[marker.start_char : marker.end_char].lower().endswith("s"):
        return None
    holder, _ = leader_rules.holder(offices[0], rules.countries[country.label_][0], period)
    return holder


# Words of a ruler's style ("His Majesty", "His Highness"): written before a title ("His Majesty Sultan Haitham"), so
# they are not the title the leaders step reads for the person.
STYLE_WORDS = frozenset({"majesty", "highness"})


def _last_titled(sentences: Sequence[_Sentence], sentence: _Sentence, marker: Span) -> LeaderMention | None:
    """The last leader mention before `marker` (in its sentence or those before) whose title holds the marker's
    title word ("the hokim" -> "regional hokim Khayrullo Bozorov")."""
    word = marker.text.lower().split()[-1]
    text = marker.doc.text
    for earlier in reversed(sentences[: sentence.id + 1]):
        for mention in sorted(earlier.leaders, key=lambda m: m.start_char, reverse=True):
            # its title as the leaders step read it, else the words written right before the name ("His Highness
            # the Amir Sheikh Tamim bin Hamad Al-Thani")
            before = re.findall(r"[\w-]+", text[: mention.start_char][-TITLE_WINDOW:].lower())[-TITLE_WORDS:]
            # A style is written before the title the leaders step read ("His Majesty Sultan Haitham": role
            # "Sultan"), so a style word is looked for among the words before the name as well.
            titles = mention.role.lower().split() or before
            if mention.start_char < marker.start_char and (word in titles or (word in STYLE_WORDS and word in before)):
                return mention
    return None


def _ceremony_day(sentence: _Sentence, built: Sequence[Frame]) -> str:
    """The day of the signing ceremony a sentence reports: that of its signing frame, else of any frame of it, else
    its first date of day precision; "" when it has none."""
    own = [f for f in built if f.sentence_id == sentence.id and ISO_DAY.fullmatch(f.date_start or "")]
    own.sort(key=lambda f: f.type != "signing")
    if own:
        return own[0].date_start
    days = [d.start for d in sentence.dates if d.precision == "day" and ISO_DAY.fullmatch(d.start or "")]
    return days[0] if days else ""


def _presiding_leaders_on_each_signing(
    doc: Doc, built: list[Frame], sentences: Sequence[_Sentence], rules: EventRules
) -> list[Frame]:
    """Every signing of the day of a ceremony held "in the presence of" named leaders takes them beside its own
    signatories: press reports the documents one by one ("an MoU on ..., signed by Minister X") after saying once
    who presided, and the presiding leaders are people of each signing. Background and planned signings, and those
    of other days, are left alone."""
    presiding: dict[str, list[LeaderMention]] = {}
    for sentence in sentences:
        people = _presiding(doc, sentence, rules)
        day = _ceremony_day(sentence, built) if people else ""
        if day:
            presiding.setdefault(day, []).extend(people)
    if not presiding:
        return built
    return [
        _with_people(frame, presiding.get(frame.date_start, []))
        if frame.type == "signing" and frame.status == "reported"
        else frame
        for frame in built
    ]


def _trigger_leaders(scope: _Scope, kind: str, token: Token) -> tuple[list[LeaderMention], list[str]]:
    """(the leaders of a trigger's sentence, ["leaders"] when they come from a sentence before)."""
    doc, sentence, sentences = scope.doc, scope.sentence, scope.sentences
    stated = scope.rules.types[kind].stated_by_speaker
    # the source of a figure states it (According to Manturov, the portfolio ...); of a signing, it only tells it
    leaders = _unique_leaders([m for m in sentence.leaders if stated or not _source_of_the_report(doc, m)])
    # a leader of a time recalled gives way to the others; alone, the event may be his ("the first president to
    # visit since Hollande in 2014": Hollande's visit)
    leaders = [m for m in leaders if not _recalled_apart(doc, m, token)] or leaders
    inferred: list[str] = []
    if not leaders and scope.rules.types[kind].stated_by_speaker:
        # “Last year our trade reached $5.7 billion ...,” the President said: the speaker states the figure.
        leaders = _quoted_speaker(doc, sentence, sentences, token.idx)
    if not leaders and _told_by_a_pronoun(scope, kind, token):
        leaders = _previous_leaders(doc, sentence, sentences)
        inferred += ["leaders"] if leaders else []
    if not leaders and stated:
        leaders = _titled_source(scope)
        inferred += ["leaders"] if leaders else []
    if not leaders and _deal_of_a_gathering(sentence, kind):
        leaders = _chairs_told_after(doc, sentence, sentences)
        inferred += ["leaders"] if leaders else []
    return leaders, inferred


def _told_by_a_pronoun(scope: _Scope, kind: str, token: Token) -> bool:
    """Whether a trigger's people are those a pronoun of its sentence stands for: of an event of a known type, any
    pronoun subject (or a figure "according to him"); of an "other" event, only a pronoun doing the act itself (see
    `_pronoun_does_it`)."""
    if kind == "other":
        return _pronoun_does_it(token)
    return _has_pronoun_subject(scope.sentence, scope.doc) or _by_a_pronoun(scope, kind)


# Verbs that only tell: a pronoun subject of one is the speaker, not a party to what he tells ("He recalled that
# the agreement entered into force in 2023"; "Next month marks 33 years since ties were set up, he noted").
SAYING_VERBS = frozenset(
    {
        "say",
        "note",
        "recall",
        "add",
        "stress",
        "emphasize",
        "emphasise",
        "tell",
        "remark",
        "state",
        "explain",
        "mention",
        "underline",
        "underscore",
        "point",
        "report",
        "recount",
        "remind",
        "observe",
        "describe",
    }
)
# The pronouns that stand for one person named before (a possessive "His Highness" is a style, not a pronoun).
PERSON_PRONOUNS = frozenset({"he", "she"})


def _pronoun_does_it(token: Token) -> bool:
    """Whether a "he"/"she" is the subject of the trigger's verb or of a verb it depends on, below any verb of
    saying ("He proposed setting up a business council and invited firms to the exhibitions Uzbekistan will host in
    2025"; "that he first unveiled the Belt"); never the speaker of a reported act ("He noted that flights would
    resume")."""
    for word in (token, *token.ancestors):
        if word.lemma_.lower() in SAYING_VERBS:
            return False
        if any(c.dep_ == "nsubj" and c.lower_ in PERSON_PRONOUNS for c in word.children):
            return True
    return False


def _deal_of_a_gathering(sentence: _Sentence, kind: str) -> bool:
    """Whether a trigger may be a deal whose leaders are the heads of its gathering: an investment, or a signing of
    deals with a worth and no title (it becomes an investment: see `_unnamed_deals_are_an_investment`)."""
    return kind in CHAIRED_TYPES or (kind == "signing" and bool(sentence.money) and not sentence.agreements)


def _titled_source(scope: _Scope) -> list[LeaderMention]:
    """The person a title with a country word stands for when it is the source of a figure ("According to the
    Pakistani Prime Minister, Islamabad intends to invest ..."): the last leader of that country named before it in
    the article; else none."""
    text = text_of(scope.doc)
    found = SAID_BY_A_TITLE.search(text, scope.sentence.start, scope.sentence.end)
    if found is None:
        return []
    country = next((c for c in scope.sentence.countries if c.start_char == found.start(1)), None)
    codes = set(scope.rules.countries[country.label_]) if country is not None else set()
    named = [
        m
        for s in scope.sentences[: scope.sentence.id + 1]
        for m in s.leaders
        if m.end_char <= found.start() and m.country in codes
    ]
    return named[-1:]


def _chairs_told_after(doc: Doc, sentence: _Sentence, sentences: list[_Sentence]) -> list[LeaderMention]:
    """The people the next sentence names as heads of the gathering where a deal that names nobody was made ("The
    forum was co-chaired by A and B", "The Iranian business delegation was led by Minister X"); else none."""
    if sentence.id + 1 >= len(sentences):
        return []
    after = sentences[sentence.id + 1]
    found = CHAIRED_BY.search(text_of(doc)[after.start : after.end])
    if found is None:
        return []
    return _unique_leaders([m for m in after.leaders if m.start_char >= after.start + found.end()])


def _leaders_of_the_act(
    scope: _Scope,
    candidate: _Candidate,
    attached: _Attached,
    frame_inferred: list[str],
    date_fields: tuple[str, str, str],
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(leader ids, leader names, inferred fields) of a frame (see `_frame_leaders`); a document entering into force
    is done by no one: no group ("after the parties exchange notes") nor host event gives it people, only a leader
    its own clause names."""
    if candidate.in_force:
        return *_people_of(attached.leaders), [f for f in frame_inferred if f != "leaders"]
    return _frame_leaders(scope, candidate, attached, frame_inferred, date_fields)


def _frame_leaders(
    scope: _Scope,
    candidate: _Candidate,
    attached: _Attached,
    frame_inferred: list[str],
    date_fields: tuple[str, str, str],
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(leader ids, leader names, inferred fields) of a frame: those named; else the presidents of the countries
    a group names ("the leaders of Turkmenistan and Kazakhstan") on the frame's date; with the group "the two
    presidents" stands for; or those of the host event when it gave them."""
    frame_leaders = attached.leaders
    leader_ids, leader_names = _people_of(frame_leaders)
    sentence = scope.sentence
    roles = [scope.rules.markers[m.label_] for m in sentence.markers]
    collective = [m for m, role in zip(sentence.markers, roles, strict=True) if role in COLLECTIVE_ROLES]
    holders = _office_holders(scope, collective, date_fields) if collective and not frame_leaders else []
    group = _group_host(scope, collective) if not holders else None
    heads = _heads_of_state(scope, date_fields) if group is not None and "heads_of_state" in roles else []
    if holders:
        leader_ids = tuple(dict.fromkeys(leader_id_for(name) for name in holders))
        leader_names = tuple(dict.fromkeys(holders))
    elif heads:
        # "the presidents", "the two heads of state": the heads of state of the countries of the event the text
        # is reporting, on this frame's date (its people may be ministers: "signed by X and Y in the presence of
        # the two heads of state"), beside any named here.
        leader_ids = tuple(dict.fromkeys((*(leader_id_for(name) for name in heads), *leader_ids)))
        leader_names = tuple(dict.fromkeys((*heads, *leader_names)))
        if not frame_leaders:
            frame_inferred = [*(f for f in frame_inferred if f != "leaders"), "leaders"]
    elif group is not None:
        # "the two leaders signed": the people of the visit or meeting the text is reporting, beside any
        # named here ("in their presence, ... signed by ministers X and Y").
        leader_ids = tuple(dict.fromkeys((*group.leader_ids, *leader_ids)))
        leader_names = tuple(dict.fromkeys((*group.leaders, *leader_names)))
        if not frame_leaders:
            frame_inferred = [*(f for f in frame_inferred if f != "leaders"), "leaders"]
    elif not frame_leaders and (
        people := _people_unnamed_here(scope, candidate, collective, frame_inferred, date_fields)
    ):
        leader_ids, leader_names, frame_inferred = people
    return leader_ids, leader_names, frame_inferred


def _people_unnamed_here(
    scope: _Scope,
    candidate: _Candidate,
    collective: Sequence[Span],
    frame_inferred: list[str],
    date_fields: tuple[str, str, str],
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]] | None:
    """(leader ids, names, inferred fields) for a frame that names nobody and whose group (if any) no event told
    before stands for: as many people as the group counts, named just before ("Seated alongside Xi were Tokayev,
    Mirziyoyev, ... The six presidents also put their names to ..."); else `_people_told_before`."""
    counted = _counted_group_named_before(scope, collective)
    if counted:
        return *_people_of(counted), [*(f for f in frame_inferred if f != "leaders"), "leaders"]
    return _people_told_before(scope, candidate, frame_inferred, date_fields)


# How many sentences back the people a counted group stands for are looked for: the group names them again at once.
COUNTED_REACH = 1


def _counted_group_named_before(scope: _Scope, collective: Sequence[Span]) -> list[LeaderMention]:
    """The people a counted group ("the six presidents", "the two deputy premiers") stands for when no event told
    before has them: those named in the sentence just before, when it names exactly as many people as the group
    counts (a different number names some other group); else none."""
    counts = {COUNT_WORDS[t.lower_] for marker in collective for t in marker if t.lower_ in COUNT_WORDS}
    if len(counts) != 1 or scope.sentence.id < COUNTED_REACH:
        return []
    (count,) = counts
    for earlier in scope.sentences[scope.sentence.id - COUNTED_REACH : scope.sentence.id]:
        named = _unique_leaders([m for m in earlier.leaders if not _host_or_recalled(scope.doc, m)])
        if len(named) == count:
            return named
    return []


def _people_told_before(
    scope: _Scope, candidate: _Candidate, frame_inferred: list[str], date_fields: tuple[str, str, str]
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]] | None:
    """(leader ids, names, inferred fields) for a frame that names nobody, from before: those of the host event
    when it gave them; for a signing without a signer, those of the ceremony it continues; else None."""
    if "leaders" in frame_inferred:
        host = _host_of(scope, candidate)
        return host.leader_ids, host.leaders, frame_inferred
    if _signed_by_nobody(candidate) and (same := _same_ceremony(scope, date_fields)):
        # "the ministers signed X. In addition, a memorandum on Y was signed.": the signatories of the ceremony
        return same.leader_ids, same.leaders, [*frame_inferred, "leaders"]
    if _signed_by_they(candidate) and (talks := _talks_told_before(scope)) is not None:
        # "Anwar held talks with Mirziyoyev ... They then signed a joint statement": the people of those talks
        return talks.leader_ids, talks.leaders, [*frame_inferred, "leaders"]
    return None


def _talks_told_before(scope: _Scope) -> Frame | None:
    """The event "they" who signed stand for: see `_talks_before`."""
    return _talks_before(scope.earlier, scope.sentence)


def _signed_by_they(candidate: _Candidate) -> bool:
    """A signing whose subject is the pronoun "they" ("They then signed a joint statement"), which stands for the
    people of the talks just told, as "the two leaders" does."""
    return candidate.kind == "signing" and any(
        c.dep_ == "nsubj" and c.lower_ == "they" for c in candidate.token.children
    )


def _signed_by_nobody(candidate: _Candidate) -> bool:
    """A signing that says nobody signed ("a memorandum ... was signed", "the signing of a protocol followed"), not
    one with a subject or an agent of its own ("the Saudi Fund for Development signed a loan agreement")."""
    return candidate.kind == "signing" and not any(c.dep_ in SIGNER_DEPS for c in candidate.token.children)


def _same_ceremony(scope: _Scope, date_fields: tuple[str, str, str]) -> Frame | None:
    """The signing with people told just before (within CEREMONY_REACH sentences) with the same dates as a signing
    that names nobody ("In addition, a memorandum ... was signed"): the ceremony it continues, else None."""
    if not date_fields[0]:
        return None
    for frame in reversed(scope.earlier):
        if scope.sentence.id - frame.sentence_id > CEREMONY_REACH:
            return None
        if frame.sentence_id == scope.sentence.id or frame.type != "signing":
            continue
        if frame.leader_ids and (frame.date_start, frame.date_end) == date_fields[:2]:
            return frame
    return None


def _heads_of_state(scope: _Scope, date_fields: tuple[str, str, str]) -> list[str]:
    """The presidents, in office on the frame's date (else the article's), of the countries of the people of the
    event "the presidents" refers to: the first of `_collective_hosts` whose people come from two countries or
    more, each with a president in the gazetteer."""
    period = _period(scope, date_fields)
    if period is None:
        return []
    # Where each person comes from, wherever the article names them (a joined event's people come from elsewhere).
    country = {m.leader_id: m.country for s in scope.sentences for m in s.leaders if m.country}
    leader_rules = rules_of(scope.doc, LEADERS_KEY)
    for group in _collective_hosts(scope.earlier, scope.sentence):
        codes = list(dict.fromkeys(country[i] for i in group.leader_ids if i in country))
        people = [leader_rules.holder(COLLECTIVE_OFFICE, code, period)[0] for code in codes]
        if len(codes) >= 2 and all(people):
            return [p.name for p in people if p is not None]
    return []


def _period(scope: _Scope, date_fields: tuple[str, str, str]) -> tuple[datetime.date, datetime.date] | None:
    """The frame's days (else the article's), as dates; None when not full days."""
    start, end = date_fields[0] or scope.document.published, date_fields[1] or scope.document.published
    if not (ISO_DAY.fullmatch(start or "") and ISO_DAY.fullmatch(end or "")):
        return None
    return datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)


def _office_holders(scope: _Scope, collective: Sequence[Span], date_fields: tuple[str, str, str]) -> list[str]:
    """The leaders, in office on the frame's date (else the article's), of the countries and organisations a group
    names right after it: "the leaders of Turkmenistan and Kazakhstan", "the presidents of Kazakhstan, Kyrgyzstan and
    Tajikistan" (their presidents), "the leaders of the Organization of Turkic States" (who represents each member on
    that day: `organisations.csv`); a country without a president in the gazetteer names nobody."""
    doc = scope.doc
    period = _period(scope, date_fields)
    if period is None:
        return []
    leader_rules = rules_of(doc, LEADERS_KEY)
    names = []
    for marker in collective:
        if not text_of(doc).startswith(" of ", marker.end_char) or not any(t.lower_ in HEADS_WORDS for t in marker):
            continue  # "the ministers of Kazakhstan and Uzbekistan" are not their presidents
        for codes, offices in _named_members(scope, marker.end_char + len(" of "), period[0]):
            person, _ = leader_rules.holder(offices[0], codes[0], period) if len(codes) == 1 else (None, 0.0)
            names += [person.name] if person is not None else []
    return names


Members = Iterator[tuple[tuple[str, ...], tuple[str, ...]]]


def _named_members(scope: _Scope, position: int, day: datetime.date) -> Members:
    """(ISO2 codes, offices) of each country or organisation member listed from `position` on ("Kazakhstan, Kyrgyzstan
    and Tajikistan", "the OTS", "Central Asia and China"): a country stands for its president; an organisation for
    each state that is a member on `day`, by the office that represents it."""
    text = text_of(scope.doc)
    countries = sorted(scope.sentence.countries, key=lambda c: c.start_char)
    if _pair_at(scope, position):
        # "the presidents of the two countries": of the two the article last named together
        yield from (((code,), (COLLECTIVE_OFFICE,)) for code in _pair_named_before(scope))
        return
    while True:
        at = LIST_GLUE_BEFORE.match(text, position).end()
        organisation = _organisation_at(scope.rules, text, at)
        if organisation is not None:
            name, members = organisation
            for member in members:
                if member.start <= day and (member.end is None or day < member.end):
                    yield (member.country,), (member.office,)
            position = at + len(name)
            continue
        country = next((c for c in countries if c.start_char >= position), None)
        if country is None or not COUNTRY_LIST_GLUE.fullmatch(text[position : country.start_char]):
            return
        yield scope.rules.countries[country.label_], (COLLECTIVE_OFFICE,)
        position = country.end_char


def _pair_at(scope: _Scope, at: int) -> bool:
    """Whether a "pair" marker ("the two countries", "both countries") starts at character `at` of the sentence."""
    return any(m.start_char == at and scope.rules.markers[m.label_] == "pair" for m in scope.sentence.markers)


def _pair_named_before(scope: _Scope) -> list[str]:
    """The two countries the article last named together, up to the sentence being read: those of the nearest
    sentence naming exactly two ("trade between Uzbekistan and Azerbaijan"); none when no sentence does."""
    for sentence in reversed(scope.sentences[: scope.sentence.id + 1]):
        codes = {code for span in sentence.countries for code in scope.rules.countries[span.label_]}
        if len(codes) == PAIR:
            return sorted(codes)
    return []


def _organisation_at(rules: EventRules, text: str, at: int) -> tuple[str, tuple[Membership, ...]] | None:
    """The longest organisation name of `organisations.csv` written at `at` (a whole word), with its members."""
    for name in rules.organisations:  # longest first (see load_organisations)
        if text.startswith(name, at) and not text[at + len(name) : at + len(name) + 1].isalnum():
            return name, rules.organisations[name]
    return None


def _source_of_the_report(doc: Doc, mention: LeaderMention) -> bool:
    """Whether a leader is named only as the source of what the sentence reports ("according to Park Chun-sup, a
    presidential secretary"; "..., Park Chun-sup told reporters"): who gives the news takes no part in its event."""
    root = _root(doc, mention.start_char, mention.end_char)
    if root is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return _tells_reporters(doc, _span_of(doc, mention).end)


def _tells_reporters(doc: Doc, i: int) -> bool:
    """Whether the words from token i, after a name, are "told reporters", an appositive between commas allowed
    ("Park Chun-sup, senior presidential secretary, told reporters")."""
    if i < len(doc) and doc[i].text == ",":
        closing = next((k for k in range(i + 1, min(len(doc), i + APPOSITIVE_REACH)) if doc[k].text == ","), None)
        i = closing + 1 if closing is not None else i
    return i + 1 < len(doc) and doc[i].lemma_ in REPORTING_VERBS and doc[i + 1].lower_ in REPORT_AUDIENCES


# The pronouns by which a sentence names a person told before, possessives and objects included.
PRONOUNS = PERSON_PRONOUNS | {"his", "her", "him"}
LOCATIVE_PREPOSITIONS = {"in", "to", "at", "into", "near", "from"}


def _has_pronoun_subject(sentence: _Sentence, doc: Doc) -> bool:
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in PRONOUNS and t.dep_ in {"nsubj", "nsubjpass", "poss"} for t in span)


def _by_a_pronoun(scope: _Scope, kind: str) -> bool:
    """Whether a figure a speaker states is told as said by a pronoun ("According to him, Turkish companies have
    invested over $6.5 billion"): the person named just before states it."""
    text = text_of(scope.doc)[scope.sentence.start : scope.sentence.end]
    return scope.rules.types[kind].stated_by_speaker and bool(SAID_BY_A_PRONOUN.search(text))


def _has_it_subject(sentence: _Sentence, doc: Doc) -> bool:
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and any(t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass", "dobj"} for t in span)


def _previous_leaders(doc: Doc, sentence: _Sentence, sentences: list[_Sentence], reach: int = 2) -> list[LeaderMention]:
    """Who a pronoun of the sentence ("He", "His tour") stands for: the last leader named in the sentences before,
    but not one named only as the host whose invitation someone follows, or in a time recalled ("since Tun Abdullah
    Ahmad Badawi's trip in 2008").  A pronoun closing a quote of several sentences ('"... by 2030," he remarked')
    counts its reach from the sentence the quote opens in: the quoted sentences name the speaker no more than one."""
    opened = _quote_opened_in(doc, sentence, sentences)
    for earlier in reversed(sentences[max(0, opened.id - reach) : opened.id]):
        candidates = [m for m in earlier.leaders if not _host_or_recalled(doc, m)]
        if candidates:
            return _unique_leaders(candidates)[-1:]
    return []


# A quote closed and attributed to a pronoun: '..., by 2030," he remarked', '...” she said'.
QUOTE_CLOSED_BY_A_PRONOUN = re.compile(r"[\"”]\s*,?\s*(?:he|she)\s+[a-z]+", re.IGNORECASE)
# How many sentences back a quote's opening is looked for: a quoted statement is a few sentences, not a speech.
QUOTE_REACH = 4


def _quote_opened_in(doc: Doc, sentence: _Sentence, sentences: list[_Sentence]) -> _Sentence:
    """The sentence the quote a pronoun closes opens in ('"The PTA should help. We want ... by 2030," he remarked':
    the one with "The PTA"); the sentence itself when its pronoun closes no quote, or the quote opens in it."""
    text = text_of(doc)
    closing = QUOTE_CLOSED_BY_A_PRONOUN.search(text, sentence.start, sentence.end)
    if closing is None or _opens_a_quote(text[sentence.start : closing.start()]):
        return sentence
    for earlier in reversed(sentences[max(0, sentence.id - QUOTE_REACH) : sentence.id]):
        if _opens_a_quote(text[earlier.start : earlier.end]):
            return earlier
    return sentence


def _opens_a_quote(text: str) -> bool:
    """Whether a stretch of text opens a quote it does not close: a last opening curly mark after the last closing
    one, or an odd count of straight marks."""
    if "“" in text:
        return text.rfind("“") > text.rfind("”")
    return text.count('"') % 2 == 1


def _recalled_apart(doc: Doc, mention: LeaderMention, trigger: Token) -> bool:
    """Whether a leader and a trigger stand on two sides of a time recalled ("the first visit by the Uzbek leader
    since Tun Abdullah Ahmad Badawi's trip in 2008"): the leader of another era takes no part in today's visit,
    nor today's leader in that era's trip."""
    root = _root(doc, mention.start_char, mention.end_char)
    return root is not None and _recalled_time(root) != _recalled_time(trigger)


def _recalled_time(token: Token) -> int | None:
    """The word opening the time recalled that a token stands in (its index), if any."""
    return next((a.i for a in (token, *token.ancestors) if a.lower_ in RECALLED_TIME_HEADS), None)


def _host_or_recalled(doc: Doc, mention: LeaderMention) -> bool:
    """Whether a leader is named inside a phrase that a word of NOT_ANTECEDENT_HEADS governs (at the invitation of
    President Aliyev; since Badawi's trip in 2008)."""
    root = _root(doc, mention.start_char, mention.end_char)
    return root is not None and any(a.lower_ in NOT_ANTECEDENT_HEADS for a in root.ancestors)


def _quoted_speaker(doc: Doc, sentence: _Sentence, sentences: list[_Sentence], at: int) -> list[LeaderMention]:
    """The leader quoted when a sentence stands inside a quotation of its paragraph: named after the closing
    mark (“...,” the Kazakh President said) or before the opening one (Tokayev said: “...); when the trigger (at
    offset `at`) stands inside the quote and a pronoun or bare title speaks it, the leader named just before."""
    text = text_of(doc)
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    paragraph_end = text.find("\n", sentence.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    span = _quotation(text, paragraph_start, paragraph_end, sentence)
    if span is None:
        return []
    opening, closing = span
    around = [m for s in sentences if s.end > paragraph_start and s.start < paragraph_end for m in s.leaders]
    after = [
        m
        for m in around
        if closing < m.start_char and sentence_id_at(doc, m.start_char) == sentence_id_at(doc, closing)
    ]
    before = [
        m for m in around if m.end_char <= opening and sentence_id_at(doc, m.start_char) == sentence_id_at(doc, opening)
    ]
    if not after and not before and opening < at < closing and SPEAKER_AFTER_QUOTE.match(text, closing + 1):
        # '"My brother and I agreed to raise it to $5 billion. I believe we can get there sooner," he said': the
        # speaker a pronoun or a bare title stands for is the one named just before the quote opens.
        return _previous_leaders(doc, sentences[sentence_id_at(doc, opening)], sentences, QUOTED_SPEAKER_REACH)
    return _unique_leaders(after[:1] or before[-1:])


# Sentences back from a quote's opening within which the speaker a pronoun or bare title stands for is named: the
# one just before ("Zelensky noted that ... “This is not the ceiling. We want ...,” the head of state said"); further
# back, the last name is as often a signatory or host as the speaker, whose own name the leaders step may have missed.
QUOTED_SPEAKER_REACH = 1
# A quote's speaker written as a pronoun or a title without a name right after the closing mark ('..." he said',
# '...,” the head of state said', '...," the Pakistani minister added').
SPEAKER_AFTER_QUOTE = re.compile(
    r"[\s,]*(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:head\s+of\s+state|head\s+of\s+government|president|"
    r"prime\s+minister|premier|minister|leader|chancellor|emir|amir|king|sultan))\s+"
    r"(?:said|added|noted|stressed|remarked|continued|emphasi[sz]ed|explained|stated|declared|underlined)\b",
    re.IGNORECASE,
)


def _quotation(text: str, start: int, end: int, sentence: _Sentence) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation of the paragraph [start, end) the sentence stands in, if any:
    curly marks by their kind, straight ones (") by pairs."""
    opening = max(text.rfind(q, start, sentence.end) for q in OPENING_QUOTES)
    if opening >= 0 and not any(q in text[opening : sentence.start] for q in CLOSING_QUOTES):
        closings = [i for q in CLOSING_QUOTES if (i := text.find(q, max(opening, sentence.start), end)) >= 0]
        return (opening, min(closings)) if closings else None
    marks = [i for i in range(start, end) if text[i] == '"']
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening <= sentence.start < closing or sentence.start <= opening < sentence.end:
            return opening, closing
    return None


# "held separate talks with A, B and C", "met separately with A and B": one meeting of the subject with each.
SEPARATE_WORDS = frozenset({"separate", "separately"})
WITH_WORDS = frozenset({"with"})
# The fewest counterparts that make a split: with one there is nothing to split.
LEAST_COUNTERPARTS = 2


def _meeting_heads(trigger: Token) -> list[Token]:
    """The meeting word, and the verb it is the object of ("held separate talks with"), whose words tell the talks."""
    return [trigger] + ([trigger.head] if trigger.dep_ in {"dobj", "obj", "nsubjpass"} else [])


def _told_as_separate(trigger: Token) -> bool:
    """Whether the meeting word or its verb says the talks were held apart ("separate talks", "met separately")."""
    heads = _meeting_heads(trigger)
    return any(child.lower_ in SEPARATE_WORDS for head in heads for child in head.children)


def _counterparts_with(trigger: Token, leaders: Sequence[LeaderMention]) -> list[LeaderMention]:
    """The leaders named after "with" on the meeting word or its verb, in text order."""
    heads = _meeting_heads(trigger)
    spans = [
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for head in heads
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in WITH_WORDS
    ]
    return [m for m in leaders if any(start <= m.start_char and m.end_char <= end for start, end in spans)]


def _one_meeting_per_counterpart(
    sentence: _Sentence, result: list[Frame], anchors: list[Token]
) -> tuple[list[Frame], list[Token]]:
    """Meetings told as held separately with several named counterparts, split into one meeting of the subject with
    each ("Meloni held separate bilateral talks with Japarov, Rahmon and Berdimuhamedow": three meetings). Talks
    held with several people jointly, or separately with a group nobody names one by one, stay one meeting."""
    frames: list[Frame] = []
    kept: list[Token] = []
    for frame, anchor in zip(result, anchors, strict=True):
        pieces = _split_by_counterpart(sentence, frame, anchor)
        frames.extend(pieces)
        kept.extend(anchor for _ in pieces)
    return frames, kept


def _split_by_counterpart(sentence: _Sentence, frame: Frame, anchor: Token) -> list[Frame]:
    """One frame per counterpart named after "with" (the frame itself when it is no separate meeting)."""
    if frame.type != "meeting" or not _told_as_separate(anchor):
        return [frame]
    counterparts = _unique_leaders(_counterparts_with(anchor, sentence.leaders))
    counterpart_ids = {m.leader_id for m in counterparts}
    hosts = [(i, n) for i, n in zip(frame.leader_ids, frame.leaders, strict=True) if i not in counterpart_ids]
    if len(counterparts) < LEAST_COUNTERPARTS or not hosts:
        return [frame]
    host_countries = {m.country for m in sentence.leaders if m.leader_id in dict(hosts) and m.country}
    return [
        replace(
            frame,
            leader_ids=tuple(i for i, _ in hosts) + (other.leader_id,),
            leaders=tuple(n for _, n in hosts) + (other.name,),
            countries=tuple(sorted(host_countries | ({other.country} if other.country else set()))) or frame.countries,
        )
        for other in counterparts
    ]
