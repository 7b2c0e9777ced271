"""The article's own day and what is news against it: a frame's status (reported, background, planned)
and the publication day read from a header or dateline.

In: frames with their dates, the document's publication day, the sentences of its header.
Out: `event_status` of a frame, the header day (`_header_day`), whether a date sits in the dateline or names a
document's term, the document passes that turn earlier trade figures into background and tell a visit up to now.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ...records import DateMention, Document, Frame, Mention
from ..base import sentence_text, text_of
from .common import VISIT_TYPES, _people_of, _Sentence
from .rules import ISO_DAY, EventRules, EventType

# An event dated this many days or more before its article's publication is background to the news: press
# reports what happened today or yesterday (on dev, reported events end 0-2 days before, background ones 2+).
BACKGROUND_DAYS = 3
# A visit goes on this many days after the days the text gives it (a state visit lasts two or three days): a reported
# act of its visitor in its host country within them tells the visit up to lately, as reported news.
STAY_DAYS = 2
# A goal whose deadline passed this many days or more before its article is background ("$1 billion by 2020").
GOAL_BACKGROUND_DAYS = 120
# A trade figure whose period ended this many days or more before the latest figure of its article is a
# comparison ("in 2022 as a whole it was $8.9 billion"), background to the latest one.
FIGURE_BACKGROUND_DAYS = 180
# Where an article prints its own date: within its first sentences (title, date line, dateline) and characters.
HEADER_SENTENCES, HEADER_CHARS = 6, 400
# A dateline: at most a place name and a comma before its date ("ASTANA, October 3", "May 20"), then an agency
# in brackets or slashes at most and a dash ("(Interfax) -", "/Kabar/ --", "(nCa) —").
# A wire's tag may open the line before the city: "(ANSA) - ROME, NOV 27 - ..." (the agency, a dash, then the city).
DATELINE_BEFORE = re.compile(
    r"\s*(?:\([A-Za-z][\w .-]{0,20}\)\s*[-–—]\s*)?(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},?\s+)?"
)
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?\s*(?:--|[-–—])\s")


# "the Programme of Cooperation of 2025-2027", "the Action Plan for 2026-2028": the years a document runs for, written
# right after its name, are its term, not the day of any event of the sentence.
TERM_AFTER_NAME = re.compile(r"\s+(?:of|for)\s+")


# "an agreement on the transit of gas through 2035", "a supply contract until 2030": the year a document runs to,
# right after its name, is the end of its term, whatever its length.
TERM_END_AFTER_NAME = re.compile(r"\s+(?:through|until|till|up\s+to)\s+")


def _term_of_a_document(doc: Doc, sentence: _Sentence, date: DateMention) -> bool:
    """Whether a date of several years follows a document's name with "of" or "for" (TERM_AFTER_NAME), or any date
    follows it with "through" or "until" (TERM_END_AFTER_NAME)."""
    if not (date.start and date.end):
        return False
    text = text_of(doc)
    if any(TERM_END_AFTER_NAME.fullmatch(text, a.end_char, date.start_char) for a in sentence.agreements):
        return True
    if date.start[:4] == date.end[:4]:
        return False
    return any(TERM_AFTER_NAME.fullmatch(text, a.end_char, date.start_char) for a in sentence.agreements)


def _header_day(sentences: Sequence[_Sentence]) -> str:
    """The first full date (a day) in an article's first lines, where press prints its date and dateline."""
    for sentence in sentences[:HEADER_SENTENCES]:
        for date in sentence.dates:
            if date.precision == "day" and date.start and date.start_char < HEADER_CHARS:
                return date.start
    return ""


def _starts_period(date: DateMention, sentence: _Sentence, rules: EventRules) -> bool:
    """Whether a date follows a period-start marker ("since 2005")."""
    return any(
        rules.markers[m.label_] == "period_start" and m.start_char < date.end_char and date.start_char - 2 <= m.end_char
        for m in sentence.markers
    )


def _visits_told_until_now(found: list[Frame], published: str) -> list[Frame]:
    """A visit begun BACKGROUND_DAYS or more before publication that the article goes on to tell day by day up to
    lately ("Xi arrived in Astana on Monday" ... "the treaty was signed on Tuesday" ... published Thursday) is the
    news, reported: some reported act of its people, or between its countries, falls within STAY_DAYS after its days."""
    reported = [f for f in found if f.status == "reported" and ISO_DAY.fullmatch(f.date_start)]
    kept = []
    for frame in found:
        if frame.type in VISIT_TYPES and frame.status == "background" and _told_until_now(frame, reported):
            frame = replace(frame, status="reported")
        kept.append(frame)
    return kept


def _told_until_now(visit: Frame, reported: Sequence[Frame]) -> bool:
    """Whether a reported act of one of the visit's people, or between its countries, falls within STAY_DAYS after
    its days."""
    if visit.date_precision not in ("day", "range") or not ISO_DAY.fullmatch(visit.date_start):
        return False
    start, end = datetime.date.fromisoformat(visit.date_start), datetime.date.fromisoformat(visit.date_end)
    if (end - start).days > STAY_DAYS:  # days of a stay, not a week or a month it fell in
        return False
    last = (end + datetime.timedelta(days=STAY_DAYS)).isoformat()
    return any(
        visit.date_start <= other.date_start <= last
        and (bool(set(visit.leader_ids) & set(other.leader_ids)) or set(visit.countries) <= set(other.countries))
        for other in reported
    )


def _earlier_figures_are_background(found: list[Frame], published: str) -> list[Frame]:
    """Mark background the trade figures of periods long before the article's latest figure (one it can report:
    not after its publication)."""
    ends = [
        f.date_end
        for f in found
        if f.type == "trade_figure"
        and f.date_end
        and "date" not in f.inferred
        and not (published and f.date_end > published)
    ]
    if not ends:
        return found
    latest = datetime.date.fromisoformat(max(ends))
    marked = []
    for frame in found:
        is_figure = frame.type == "trade_figure" and frame.date_end and frame.status == "reported"
        if is_figure and (latest - datetime.date.fromisoformat(frame.date_end)).days >= FIGURE_BACKGROUND_DAYS:
            frame = replace(frame, status="background")
        marked.append(frame)
    return marked


def _on_publication_day(
    document: Document, sentence: _Sentence, announced: bool, doc: Doc, elsewhere: Sequence[DateMention] = ()
) -> bool:
    """Whether an event the text gives no date for can take the article's day: reported, not announced, in a
    sentence with no date of its own (resolved or not; a date inside a document's title is the title's; one of
    `elsewhere`, what another event of the sentence holds, is not), in an article dated to the day."""
    own = [
        d
        for d in sentence.dates
        if d not in elsewhere
        and not any(_inside(d, a) for a in sentence.agreements)
        and not _in_dateline(doc, sentence, d)
        and not _term_of_a_document(doc, sentence, d)  # "an agreement on gas transit through 2035": the title's
    ]
    return bool(document.published) and document.published_precision == "day" and not announced and not own


def _in_dateline(doc: Doc, sentence: _Sentence, date: DateMention) -> bool:
    """Whether a date is the dateline that opens a sentence ("May 20 (Interfax) - Trade rose ...", "Ashgabat,
    5 April 2025 (nCa) — The EU announced ..."): the day the wire filed the story, not the day of its events."""
    text = text_of(doc)
    before = text[sentence.start : date.start_char]
    return bool(DATELINE_BEFORE.fullmatch(before) and DATELINE_AFTER.match(text, date.end_char, sentence.end))


def _inside(mention: Mention, outer: Mention) -> bool:
    """Whether a mention stands within another ("2025-2027" in "the Program of cooperation for 2025-2027")."""
    return outer.start_char <= mention.start_char and mention.end_char <= outer.end_char


def _summary(
    kind: str,
    document: Document,
    sentence: _Sentence,
    trigger: str,
    date: DateMention,
    leaders,
    doc: Doc,
    spec: EventType,
) -> Frame:
    """A frame that only dates what follows (a signing of unnamed documents): a host, never an event."""
    leader_ids, names = _people_of(leaders)
    return Frame(
        type=kind,
        doc_id=document.doc_id,
        sentence_id=sentence.id,
        start_char=sentence.start,
        end_char=sentence.end,
        trigger=trigger,
        evidence=sentence_text(doc, sentence.id),
        date_start=date.start,
        date_end=date.end,
        date_precision=date.precision,
        leader_ids=leader_ids,
        leaders=names,
        # "concluded a framework agreement in March" (recalled): no host of the documents the article reports
        status=event_status(
            spec, announced=False, date_fields=(date.start, date.end, date.precision), published=document.published
        ),
    )


# A date told as past by its own words ("last month", "two years ago", "the previous week"): no event it dates is
# announced, whatever future word the sentence holds elsewhere ("Aliyev's trip to Dubai last month, where delegates
# settled on Baku for the next round").
TOLD_AS_PAST = re.compile(r"\b(?:last|ago|previous|past)\b", re.IGNORECASE)


def told_as_past(date: DateMention | None, published: str) -> bool:
    """Whether a date mention's own words tell it as past (TOLD_AS_PAST) and it ends before the ISO day `published`."""
    if date is None or not (date.end and published) or not TOLD_AS_PAST.search(date.text):
        return False
    return date.end < published


def event_status(
    spec: EventType,
    *,
    announced: bool,
    date_fields: tuple[str, str, str],
    published: str,
    ongoing: bool = False,
    inferred: bool = False,
) -> str:
    """Whether the article reports an event of type `spec`, announces it, or recalls it as background.

    `ongoing`: the date starts a period that runs to now ("have invested $6 billion since 2005"), reported.
    A goal is dated by its deadline: planned until the deadline is long past; a date `inferred` from around
    it is no deadline.
    """
    if spec.goal and inferred:
        return "planned"
    start, end, _ = date_fields
    if announced or (published and start and start > published):
        return "planned"
    if not (published and end) or spec.never_background or ongoing:
        return "planned" if spec.goal else "reported"
    days_before = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(end)).days
    if days_before >= (GOAL_BACKGROUND_DAYS if spec.goal else BACKGROUND_DAYS):
        return "background"
    return "planned" if spec.goal else "reported"
