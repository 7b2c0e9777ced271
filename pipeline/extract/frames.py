"""Event frames: which sentence reports which event, with what attached to it.

In: a processed spaCy `Doc` (its `doc.spans["event_triggers"]`, `["places"]`,
`["countries"]` and `["event_markers"]` written by the `press_event_cues` component) and
the document's normalized mentions (leaders, dates, money, agreements).
Out: `Frame`s, one per event trigger (or per date, where one trigger governs several
dated occurrences such as "in New York in 2017 and Cholpon-Ata in 2018"), each with the
dates, leaders, agreements, amount, place and countries attached to it.

Attachment is by clause: a mention belongs to the trigger whose clause it stands in;
else to any trigger of the sentence when its own clause has no trigger; a frame with no
date of its own takes the date of the visit or meeting just before it (a signing right
after a visit), or the nearest preceding date of the paragraph, and records that as
inferred.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, product
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..normalize.geo import load_geo
from ..normalize.leaders import LeaderRules, Person, leader_id_for
from ..patterns import default_patterns_dir, read_csv, read_jsonl, require, require_token_pattern
from ..records import (
    AgreementMention,
    DateMention,
    Document,
    Frame,
    LeaderMention,
    Mention,
    MoneyMention,
)
from .base import RuleComponent, attach_rules, rules_of, sentence_bounds, sentence_id_at, sentence_text, text_of
from .dates import counts_a_record_from, record_scope
from .leaders import SPANS_KEY as LEADERS_KEY
from .matching import AnchoredMatcher

TRIGGERS_KEY = "event_triggers"
AGREEMENTS_KEY = "agreements"  # the agreement component's rules: which words list what was signed
# Subjects that stand for the documents just named: "They included ...", "These include ..."
LISTING_PRONOUNS = {"they", "these", "those", "them"}
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
# The links a long name's parse may put between its subject word and its head noun (an apposition, an "of" phrase).
NAME_LINKS = {"appos", "prep", "pobj", "compound", "conj"}
NAME_PREPOSITIONS = {"of", "on"}  # "Commission on Trade", "Republic of Korea"; not "talks with Mirziyoyev"
# Nouns whose "of" phrase names the scene of another event ("on the sidelines of the summit").
SCENE_WORDS = {"sidelines", "sideline", "margins", "margin"}
# How far before a name its title is read when the leaders step gave it none: the last TITLE_WORDS words within
# TITLE_WINDOW characters ("His Highness the Amir Sheikh" before "Tamim bin Hamad Al-Thani").
TITLE_WINDOW, TITLE_WORDS = 60, 4
# A definite document noun ("the deal", "this contract") with an amount, this many sentences at most after a
# signing with none, is that signing's value.
DEAL_REACH = 2
DEAL_NOUNS = {"deal", "contract"}
# What a signing of unnamed documents with their worth reports ("signed 18 commercial documents worth $2.4 billion"):
# the value of the deals, not the signing of any one document (see `_unnamed_deals_are_an_investment`).
UNNAMED_DEAL_TYPE = "investment"
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
# The events a deal singled out of a story's ("The largest deal, valued at ...") is one of.
DEAL_TYPES = {"signing", "investment"}
# Nouns of offices and bodies: a trade word naming one ("Commerce Ministry", "Minister of Trade") is no trade talk.
BODY_WORDS = {"ministry", "minister", "department", "chamber", "committee", "official", "representative", "secretary"}
# Dependencies that open a clause of their own: a mention under one of them belongs to that clause.
CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "xcomp", "conj", "acl", "parataxis", "csubj", "pcomp"}
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
# How a line of a list starts: a bullet, a dash or a number ("• Agreement on ...", "2. Memorandum ...").
LIST_ITEM = re.compile(r"\s*(?:[•·●▪*\-–—]|\d{1,2}[.)])\s")
# Quotation marks: opening, closing.
OPENING_QUOTES, CLOSING_QUOTES = "“«", "”»"
# How a trade figure without an amount states its figure: a share, a multiple or a degree of the change ("up 14%",
# "by more than 10 percent", "by almost a fifth", "doubled", "1.5 times", "increased markedly").
# Words naming one direction of trade: an export or import figure is a part of the trade total.
TRADE_PART = re.compile(r"\b(?:exports?|imports?|exported|imported)\b", re.IGNORECASE)
MEASURED_CHANGE = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b)|\bby\s+(?:\w+\s+){0,2}(?:(?:a|one)\s+)?(?:fifth|third|quarter|half)\b"
    r"|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|\d(?:\.\d+)?\s+times\b"
    r"|\b(?:markedly|significantly|considerably|substantially|sharply|noticeably|steadily|rapidly)\b",
    re.IGNORECASE,
)
# Where an article prints its own date: within its first sentences (title, date line, dateline) and characters.
HEADER_SENTENCES, HEADER_CHARS = 6, 400
# Sentences back within which a visit or meeting hosts the signing or award after it.
HOST_REACH = 2
# Sentences back within which the visit or meeting was reported that a sentence's people "also took part in".
JOIN_REACH = 3
# Sentences back within which a meeting reported without its people takes those a sentence says chaired it.
CHAIRS_REACH = 2
# Sentences back within which a signing naming nobody continues the ceremony of a signing with its people
# ("Following the talks, the ministers signed X. In addition, a memorandum on Y was signed."): the next sentence.
CEREMONY_REACH = 1
# Words setting an announced act for the day the article is published (not "to date", "up to today": spans; "later
# in the evening" of an act still to come: the evening of the article's day).
SAME_DAY = re.compile(
    r"\b(?:later\s+)?today\b(?!['’]s)|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
    r"|\blater\s+in\s+the\s+(?:day|evening)\b",
    re.IGNORECASE,
)
# A year as a document's modifier: "the 2009 treaty", "a 2000 agreement" (the article within this many characters).
YEAR_ARTICLE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
YEAR_ARTICLE_REACH = 7
# A year in an apposition after a document: "the Nakhchivan Agreement, the 2009 treaty that founded ...".
APPOSED_YEAR = re.compile(
    r",\s+(?:the|a|an)\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+)?(?:treaty|agreement|accord|pact|convention|declaration|"
    r"memorandum|protocol|charter|deal)\b"
)
# The dependencies naming who signed: the subject of "X signed", the agent of "was signed by X".
SIGNER_DEPS = frozenset({"nsubj", "agent"})
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
# Sentences back within which a dated trade figure gives its period to the undated figures that follow.
PERIOD_REACH = 8
# What follows an amount that is a difference, not a figure ("$1.7 billion, or 5.9%, more than ...").
DIFFERENCE_AFTER = re.compile(r"[\s,]*(?:or\s+[\d.,]+\s*%[\s,]*)?(?:more|less|higher|lower|up|down)\b")
# What stands before an amount that is a change or a starting point ("grew by $1 billion", "from $3 billion").
STARTING_POINT = re.compile(
    r"\b(?:by|from)\s*(?:about|some|around|nearly|over|more than|less than)?\s*$", re.IGNORECASE
)
# What stands between an amount and its conversion into another currency ("450 billion rubles ($4.9 billion)").
CONVERSION_BETWEEN = re.compile(r"\s*\(\s*(?:about|some|around|approximately|nearly|roughly|or|US)?\s*")
# A dateline: at most a place name and a comma before its date ("ASTANA, October 3", "May 20"), then an agency
# in brackets or slashes at most and a dash ("(Interfax) -", "/Kabar/ --", "(nCa) —").
# A wire's tag may open the line before the city: "(ANSA) - ROME, NOV 27 - ..." (the agency, a dash, then the city).
DATELINE_BEFORE = re.compile(
    r"\s*(?:\([A-Za-z][\w .-]{0,20}\)\s*[-–—]\s*)?(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},?\s+)?"
)
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?\s*(?:--|[-–—])\s")
# Words that place an act after the meeting they govern ("following the talks", "at the end of the meeting", "on
# the results of the session"), within this many steps up from the meeting word.
AFTER_WORDS, AFTER_REACH = {"following", "after", "end", "conclusion", "results"}, 3
# Adverbs that tell an act as the next step of what was just told ("held talks on Wednesday ... The two leaders then
# witnessed the exchange of four documents"), and how many sentences back that told meeting may stand (quotes and a
# sentence on what the talks covered come between).
NEXT_STEP_WORDS, NEXT_STEP_REACH = frozenset({"then", "afterwards", "thereafter", "subsequently"}), 4
# How many items (each its own sentence) a list may run before the item read, back to the sentence introducing it.
LIST_LEAD_REACH = 8
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
# "The two countries": how many countries a sentence names together for the pair a later "of the two countries" means.
PAIR = 2
# The office whose holders a group of leaders of named countries stands for (the gazetteer's office key).
COLLECTIVE_OFFICE = "president"
# Determiners that make a noun refer back to the event already reported ("the visit", "this visit").
DEFINITE = {"the", "this"}
# Verbs telling the course of an event whose subject it is: "the visit began / ended / lasted / took place on ..."
# dates the visit itself (not another act of its sentence)
# Verbs of a leader receiving a visitor, whose object a relative clause of arrival describes
RECEIVING_VERBS = frozenset({"receive", "welcome", "greet", "host"})
COURSE_VERBS = frozenset(
    {"begin", "start", "open", "end", "close", "conclude", "last", "run", "continue", "take", "kick", "wrap"}
)
# Events a person makes by travelling to a host (an invitation names one to come).
VISIT_TYPES = {"visit"}
# Words of talks that a trip is "for": the visit's own talks, not a meeting apart (a summit or forum is one).
PURPOSE_DEPTH = 4  # links climbed from the talks word to "for": "for [the next round] of [consultations]"
TRIP_PURPOSES = {"talk", "talks", "consultation", "consultations", "negotiation", "negotiations"}
# Verbs whose object is the place visited ("will visit Islamabad", "toured Samarkand").
VISIT_VERBS = {"visit", "tour"}
# Verbs of leaving whose "for" names where the traveller goes ("will leave for Moscow tomorrow", "departed for Ankara").
DEPARTURE_VERBS = {"leave", "depart", "head"}
# Events that a definite noun names again once reported ("the visit", "the summit").
HOST_TYPES = {"visit", "meeting"}
# Marker roles naming a group by office ("the two sides"; "the presidents": heads of state, resolved by office).
COLLECTIVE_ROLES = {"collective", "heads_of_state"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Words that set two figures of a sentence against each other: a date on the far side of one is the other figure's.
CONTRAST = re.compile(r"\b(?:while|whereas|but|against|compared|versus)\b|;")
# Words that open a clause counting a period from its event ("since Tokyo launched the framework in 2004").
PERIOD_OPENERS = {"since"}
# Clauses that describe the noun they hang on ("the visit, which began on July 1"; "the meeting held in Baku").
RELATIVE_DEPS = {"relcl", "acl"}
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
# Dependencies of a verb's subject and objects: a date inside them describes a thing, not the time of the clause.
# Types whose undated reports are acts on a document only when they name it: "the sides approved the Roadmap"
# happened on the article's day, while an undated "X noted ...", "X proposed ..." is talk that dates nothing.
DOCUMENT_ACT_TYPES = frozenset({"other"})
# The roles a document plays for the verb that acts on it: approved *the Roadmap*, *the treaty* was ratified.
DOCUMENT_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Bodies of a state that sit to act on documents: "the cabinet, which met on Tuesday, approved ..." is the act.
SITTING_BODIES = frozenset(
    {"cabinet", "government", "parliament", "senate", "chamber", "assembly", "council", "majlis"}
)
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "csubj", "expl"}
# Sentences back within which "the two presidents" names the people of the visit or meeting reported.
COLLECTIVE_REACH = 6
# An undated event reported as done takes the day of the article's first dated visit, meeting or signing rather than
# the publication day when that day is at most this many days before publication (a Monday paper on Sunday's forum).
LEAD_DAYS = 3
LEAD_TYPES = {"visit", "meeting", "signing"}
# Types whose undated report takes the story's day only when it reports an act, not a running total (see
# `_reports_an_act`): an investment "presented" today, not the sum companies "have invested".
ACT_ONLY_TYPES = {"investment"}
RUNNING_TOTAL = re.compile(
    r"\b(?:so far|to date|in total|in all|already|currently|since|over the (?:past|last)|cumulative(?:ly)?)\b", re.I
)


# A share of a sum stated before ("About half of the sum, some $2.35 billion, is to be raised through loans"): a part of
# that sum, not an investment of its own.
# A share told after its amount, or a part after "of which": "pledged EUR 12 billion, with about EUR 6.4 billion of it
# earmarked for clean energy", "$2 billion, of which $500 million for roads": a part of the sum, not a sum of its own.
SHARE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?of\s+(?:it|this|that|them|the\s+(?:sum|total|amount|package|money))\b", re.IGNORECASE
)
PART_OF_WHICH = re.compile(
    r"\bof\s+which\s+(?:about|some|around|nearly|roughly|over|almost|up\s+to|more\s+than|at\s+least)?\s*$",
    re.IGNORECASE,
)
SHARE_OF_SUM = re.compile(
    r"\b(?:half|part|share|portion|rest|remainder|bulk|third|quarter|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
    r"\s+of\s+(?:the|this|that|which)\s+(?:sum|total|amount|money|package|funding|financing)\b",
    re.IGNORECASE,
)
# An amount for a purpose ("3 billion euros for transport"): where a sentence lists at least BREAKDOWN_PARTS of them,
# it breaks a sum down into its parts, none of which is an investment of its own.
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
FOR_A_PURPOSE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?for\b")
BREAKDOWN_PARTS = 2


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
    kept = _forums_told_by_their_deals(kept)
    kept = _without_parts_of_the_total_before(kept)
    kept = _visits_told_until_now(kept, document.published)
    yield from _earlier_figures_are_background(kept, document.published)


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


# The verbs press uses for putting a signature to a document, as a regex alternation.
SIGNED_VERBS = "signed|inked|endorsed|initialled|initialed"
# The signatories a listed document's own item names after it: "an agreement on X, inked by A and B;", "a memorandum
# on Y (signed by the ministers of energy A and B);", "Exchange of Notes on Z (Minister A and Minister B);".
ITEM_SIGNED_BY = re.compile(rf"\b(?:{SIGNED_VERBS}|sealed)\b[^;]*?\bby\b|^[\s,]*\(", re.I)
# An item its witnesses signed themselves: "a joint declaration ..., which they signed themselves".
ITEM_SIGNED_BY_WITNESSES = re.compile(r"\b(?:they|both)\s+(?:\w+\s+)?(?:signed|inked)\s+(?:it\s+)?themselves\b", re.I)
# The opener of a list says its people looked on: "Afterward they witnessed the exchange of four documents:", "In
# their presence, the ministers exchanged:".
LIST_WITNESSED = re.compile(r"\b(?:witness(?:ed|es)?|looked on|in (?:their|the) presence)\b", re.I)
# The items of a list of signed documents, each with its own signatories, are told apart by semicolons (a comma
# also parts the words of one item: "an agreement on X, inked by A and B"); a parenthesis closes an item.
ITEM_SEPARATORS = (";", ")")
# "The last four were signed by A and B", "The other three documents were inked by A and B": the sentence right after
# a list gives the signatories of some of its items, counted from its end, its start, or those left without.
# The counts press writes as words: of a list's items ("the last four were signed by") and of a group named by
# office ("the two deputy premiers", "the six presidents").
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ITEMS_SIGNED_AFTER = re.compile(
    rf"^\W*the\s+(last|first|other|remaining)\s+({'|'.join(COUNT_WORDS)})?\b[^.;]*?"
    r"\b(?:were|was|have been)\s+(?:signed|inked|endorsed)\b[^.;]*?\bby\b",
    re.I,
)
# How many first letters of a reference's word must start a word of the title ("nuclear" ~ "nuclear", "customs" ~
# "customs"): enough to tell words apart while letting endings differ.
MATCH_STEM = 5


@dataclass(frozen=True)
class _ListedItem:
    """A document of a list of signed documents: the indexes of its signing frames (a document "signed" and "inked"
    in one sentence has two), where its title starts and ends, and where its item runs to (the next document's
    title, or the end of the sentence)."""

    frames: tuple[int, ...]
    start: int
    end: int
    item_end: int


def _signatories_of_each_listed_item(doc: Doc, built: list[Frame], sentences: Sequence[_Sentence]) -> list[Frame]:
    """Each document of a list of signed documents whose items name their own signatories takes the people its item
    names, not those of the other items ("...: an agreement on X, inked by A and B; a memorandum on Y; ... The last
    four were signed by C and D"); an item naming nobody takes those who looked on ("they witnessed the exchange of
    four documents: ..., which they signed themselves; ...; and a programme on Z"), or, with nobody looking on, no
    one from the other items.  Lists not parted by semicolons are left alone ("an agreement and a memorandum, signed
    by A and B": A and B signed both)."""
    text = text_of(doc)
    found = list(built)
    for sentence in sentences:
        items = _listed_items(text, found, sentence)
        if len(items) < PAIR:
            continue
        own = [_item_signatories(text, sentence, item) for item in items]
        following = sentences[sentence.id + 1] if sentence.id + 1 < len(sentences) else None
        later = _signed_after_the_list(text, following, own)
        named = _signed_by_reference_after_the_list(text, sentences, sentence, items)
        own = [mine or after or told for mine, after, told in zip(own, later, named, strict=True)]
        themselves = [bool(ITEM_SIGNED_BY_WITNESSES.search(text[item.end : item.item_end])) for item in items]
        if not any(own) and not any(themselves):
            continue
        witnesses = _list_witnesses(text, sentence, items[0], found)
        signers = [witnesses if by_witnesses else people for people, by_witnesses in zip(own, themselves, strict=True)]
        for item, people in zip(items, signers, strict=True):
            others = {p.leader_id for other in signers if other is not people for p in other} - {
                p.leader_id for p in [*people, *witnesses]
            }
            for index in item.frames:
                # people the frame took from outside its sentence (the talks told before) give way to those its
                # item names as its signatories
                inferred = set(found[index].leader_ids) if people and "leaders" in found[index].inferred else set()
                keep = {p.leader_id for p in [*people, *witnesses]}
                found[index] = _with_list_people(found[index], [*people, *witnesses], others | (inferred - keep))
    return found


def _listed_items(text: str, found: Sequence[Frame], sentence: _Sentence) -> list[_ListedItem]:
    """The documents a sentence lists as signed, each with its reported signing frames, in text order; none when a
    frame holds several of its titles, or the items are not all parted by a semicolon (see ITEM_SEPARATORS)."""
    titles: dict[tuple[int, int], list[int]] = {}
    for index, frame in enumerate(found):
        if frame.type != "signing" or frame.sentence_id != sentence.id or frame.status != "reported":
            continue
        elsewhere = set(_agreements_named_elsewhere(frame))
        own = [
            _mention_bounds(mention_id)
            for mention_id in frame.mention_ids
            if mention_id.startswith(AgreementMention.id_prefix) and mention_id not in elsewhere
        ]
        if len(own) != 1:
            return []
        titles.setdefault(own[0], []).append(index)
    if len(titles) < PAIR:
        return []
    bounds = sorted(titles)
    ends = [start for start, _ in bounds[1:]] + [sentence.end]
    items = [
        _ListedItem(tuple(titles[(start, end)]), start, end, item_end)
        for (start, end), item_end in zip(bounds, ends, strict=True)
    ]
    parted = all(any(s in text[i.end : i.item_end] for s in ITEM_SEPARATORS) for i in items[:-1])
    return items if parted else []


def _mention_bounds(mention_id: str) -> tuple[int, int]:
    """(start, end) characters of a mention from its id ("A120-164")."""
    start, _, end = mention_id[1:].partition("-")
    return int(start), int(end)


def _item_signatories(text: str, sentence: _Sentence, item: _ListedItem) -> list[_Signer]:
    """The people an item names after a signing phrase of its own ("inked by A and B", "(A and B)"), up to the
    item's semicolon; none when it has no such phrase."""
    stop = text.find(";", item.end, item.item_end)
    stop = item.item_end if stop < 0 else stop
    phrase = ITEM_SIGNED_BY.search(text[item.end : stop])
    if phrase is None:
        return []
    begin = item.end + phrase.start()
    return _signers([m for m in sentence.leaders if begin <= m.start_char and m.end_char <= stop])


def _signed_after_the_list(text: str, following: _Sentence | None, own: Sequence[list[_Signer]]) -> list[list[_Signer]]:
    """Per item, the people the sentence right after the list names as its signatories ("The last four were signed
    by C and D": the last four items; "The other documents were signed by C and D": the items naming nobody);
    empty lists when it does not say so."""
    none: list[list[_Signer]] = [[] for _ in own]
    if following is None:
        return none
    said = ITEMS_SIGNED_AFTER.match(text[following.start : following.end])
    if said is None:
        return none
    people = _signers([m for m in following.leaders if m.start_char >= following.start + said.end()])
    which, count = said.group(1).lower(), COUNT_WORDS.get((said.group(2) or "").lower())
    if which in {"last", "first"} and count is None:
        return none
    if which == "last":
        chosen = set(range(len(own) - count, len(own)))
    elif which == "first":
        chosen = set(range(count))
    else:
        chosen = {index for index, mine in enumerate(own) if not mine}
    return [people if index in chosen else [] for index in range(len(own))]


# A clause after a list naming who signed one of its documents by a short reference: "Foreign Ministers A and B signed
# the program, while Energy Minister C and his Uzbek counterpart D put their names to the gas deal."; "The customs
# agreement was endorsed by E and F". The reference is "the", up to two words, and a kind of document.
DOCUMENT_REFERENCE = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){0,2}?)(agreement|protocol|memorandum|mou|program|programme|deal|accord|treaty|"
    r"declaration|plan|roadmap|contract|statement)\b",
    re.I,
)
# Words of a clause that sign: a clause naming a document and people without them tells something else.
SIGNING_WORDS = re.compile(rf"\b(?:{SIGNED_VERBS}|put their names to|put his name to)\b", re.I)
# Where one sentence's clauses part: each tells who signed one document.
CLAUSE_BREAKS = re.compile(r";|,\s+(?:while|whereas)\s+|,\s+and\s+(?=[A-Z])")
# How many sentences after a list its documents are still named back by a short reference.
REFERENCE_REACH = 2
# Kinds of documents a reference fits whatever the title calls the document.
ANY_DOCUMENT = frozenset({"deal", "accord"})


def _signed_by_reference_after_the_list(
    text: str, sentences: Sequence[_Sentence], sentence: _Sentence, items: Sequence[_ListedItem]
) -> list[list[_Signer]]:
    """Per item, the people a clause of the next sentences (within REFERENCE_REACH) says signed it, naming it by a
    short reference that fits its title alone ("the nuclear protocol", "the gas deal", "the program"); empty lists
    for the others."""
    found: list[list[_Signer]] = [[] for _ in items]
    titles = [text[item.start : item.end].lower() for item in items]
    for after in sentences[sentence.id + 1 : sentence.id + 1 + REFERENCE_REACH]:
        begin = after.start
        for clause_end in [
            *(m.start() for m in CLAUSE_BREAKS.finditer(text, after.start, after.end)),
            after.end,
        ]:
            clause = text[begin:clause_end]
            people = _signers([m for m in after.leaders if begin <= m.start_char and m.end_char <= clause_end])
            references = list(DOCUMENT_REFERENCE.finditer(clause))
            begin = clause_end
            if not people or len(references) != 1 or not SIGNING_WORDS.search(clause):
                continue
            fits = [i for i, title in enumerate(titles) if _reference_fits(references[0], title)]
            if len(fits) == 1:
                found[fits[0]] = found[fits[0]] or people
    return found


def _reference_fits(reference: re.Match[str], title: str) -> bool:
    """Whether a short reference ("the nuclear protocol") fits a document's title: the title holds its kind of
    document (any kind for "deal", "accord") and a word starting as each of its other words does."""
    kind = reference.group(2).lower()
    kinds = {kind, "program", "programme"} if kind.startswith("program") else {kind}
    if kind not in ANY_DOCUMENT and not any(re.search(rf"\b{k}\b", title) for k in kinds):
        return False
    words = re.findall(r"[\w-]+", title)
    return all(any(w.startswith(r.lower()[:MATCH_STEM]) for w in words) for r in reference.group(1).split())


def _list_witnesses(text: str, sentence: _Sentence, first: _ListedItem, found: Sequence[Frame]) -> list[_Signer]:
    """Who looked on as a list of documents was signed: the people its opener names (before the first document),
    or, when the opener says someone looked on without naming them ("they witnessed the exchange of four
    documents:"), the people of the talks or visit told just before; else nobody."""
    named = _signers([m for m in sentence.leaders if m.end_char <= first.start])
    if named or not LIST_WITNESSED.search(text[sentence.start : first.start]):
        return named
    host = _talks_before([frame for frame in found if frame.sentence_id < sentence.id], sentence)
    return [_Signer(i, name, "") for i, name in zip(host.leader_ids, host.leaders, strict=True)] if host else []


@dataclass(frozen=True)
class _Signer:
    """A person of a listed document: leader id, name and country ("" when the event told before gave only a name)."""

    leader_id: str
    name: str
    country: str


def _signers(mentions: Sequence[LeaderMention]) -> list[_Signer]:
    """The people of leader mentions, each once, in text order."""
    return [_Signer(m.leader_id, m.name, m.country or "") for m in _unique_leaders(mentions)]


def _with_list_people(frame: Frame, people: Sequence[_Signer], others: set[str]) -> Frame:
    """The frame without the people of other items (leader ids `others`) and with `people` added after those it
    keeps, each once; their countries are added to its own."""
    kept = [_Signer(i, name, "") for i, name in zip(frame.leader_ids, frame.leaders, strict=False) if i not in others]
    unique = list({person.leader_id: person for person in [*people, *kept]}.values())
    return replace(
        frame,
        leader_ids=tuple(person.leader_id for person in unique),
        leaders=tuple(dict.fromkeys(person.name for person in unique)),
        countries=tuple(sorted({*frame.countries, *(person.country for person in unique if person.country)})),
    )


def _agreements_named_elsewhere(frame: Frame) -> list[str]:
    """The ids of the agreement mentions a frame took from outside its own sentence (the documents of a list it
    opens, "The documents exchanged at the ceremony were:")."""
    named = []
    for mention_id in frame.mention_ids:
        if mention_id.startswith(AgreementMention.id_prefix):
            start, _, end = mention_id[len(AgreementMention.id_prefix) :].partition("-")
            if not (frame.start_char <= int(start) and int(end) <= frame.end_char):
                named.append(mention_id)
    return named


def _listed_documents_signed_in_their_own_items(found: list[Frame]) -> list[Frame]:
    """One signing per listed document: a document of a list ("The documents exchanged at the ceremony were:")
    whose own item tells its signing ("- an agreement on visa exemption, signed by the two foreign ministers;") is
    the item's event, not also one of the line opening the list (the two may be dated apart when the opener takes
    the day of the visit and the item the day of the lead).  The opener's frame for it goes; a day the opener
    states itself (not one it inferred) passes to the item when the item only inferred its own."""
    own = _signed_in_own_sentence(found)
    kept = list(found)
    dropped: set[int] = set()
    for index, frame in enumerate(found):
        listed = _agreements_named_elsewhere(frame) if frame.type == "signing" else []
        items = [own.get(mention_id) for mention_id in listed]
        if not listed or any(item is None or item == index for item in items):
            continue
        dropped.add(index)
        if frame.date_start and "date" not in frame.inferred:
            for item in items:
                if "date" in kept[item].inferred or not kept[item].date_start:
                    kept[item] = _dated_as(kept[item], frame)
    return [frame for index, frame in enumerate(kept) if index not in dropped]


def _signed_in_own_sentence(found: list[Frame]) -> dict[str, int]:
    """Agreement mention id -> the index of the first signing whose own sentence names that mention."""
    own: dict[str, int] = {}
    for index, frame in enumerate(found):
        if frame.type == "signing" and frame.agreement_ids:
            elsewhere = set(_agreements_named_elsewhere(frame))
            for mention_id in frame.mention_ids:
                if mention_id.startswith(AgreementMention.id_prefix) and mention_id not in elsewhere:
                    own.setdefault(mention_id, index)
    return own


def _dated_as(frame: Frame, source: Frame) -> Frame:
    """The frame with the date and the status of `source` (the opener of its list, the meeting it was done at)."""
    return replace(
        frame,
        date_start=source.date_start,
        date_end=source.date_end,
        date_precision=source.date_precision,
        status=source.status,
    )


def _one_event_per_money_mention(found: list[Frame]) -> list[Frame]:
    """An amount a signing took for its document (a listed memorandum "valued at $1.5 billion") is not also an
    investment or figure of its own: drop the other frames holding that amount mention."""
    signed = {
        m
        for f in found
        if f.type == "signing" and f.amount is not None
        for m in f.mention_ids
        if m.startswith(MoneyMention.id_prefix)
    }
    return [f for f in found if f.type == "signing" or f.amount is None or not any(m in signed for m in f.mention_ids)]


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


def _is_summary(frame: Frame, types: dict[str, EventType]) -> bool:
    """A signing frame with no document and no amount: kept while the document is read, to date its list."""
    return bool(types[frame.type].required) and not frame.agreement_ids and frame.amount is None


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
    result = _one_event_per_amount(doc, sentence, result, anchors, rules)
    result = _acts_at_a_meeting(result, anchors)
    result += _events_a_record_counts_from(doc, sentence, result, anchors)
    if "joined" in roles:
        result = _joining_the_host(result, earlier, sentence)
    result = _without_meetings_of_a_recalled_visit(result)
    if _under_link_label(doc.text, sentence, _link_labels(rules)):
        result = _told_by_a_link(result)
    return result


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
        if any(a.start_char <= span.start_char and span.end_char <= a.end_char for a in sentence.agreements):
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
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
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


def _list_end(text: str, colon: int) -> int:
    """Where a list opened by the colon at `colon` ends: the rest of its line, then the list lines after it."""
    line_end = text.find("\n", colon)
    end = len(text) if line_end < 0 else line_end
    position = end
    while position < len(text):
        next_line = text.find("\n", position + 1)
        line = text[position + 1 : len(text) if next_line < 0 else next_line]
        if line.strip() and not LIST_ITEM.match(line):
            break
        end = position + 1 + len(line.rstrip()) if line.strip() else end
        position = len(text) if next_line < 0 else next_line
    return end


def _listed_agreements(doc: Doc, sentence: _Sentence, sentences: list[_Sentence]) -> list[AgreementMention]:
    """The agreements of the list a sentence opens with a colon ("the following documents were signed:").

    A colon ending the sentence, or ending the next one ("... 22 more documents. Among them are:"), opens a
    list: the rest of the colon's line and every following line that starts as a list item.
    """
    text = text_of(doc)
    own = text.rfind(":", sentence.start, sentence.end)
    following = sentences[sentence.id + 1] if sentence.id + 1 < len(sentences) else None
    same_line = following is not None and "\n" not in text[sentence.end : following.start]
    if own < 0 and same_line and not following.triggers:
        own = text.rfind(":", following.start, following.end)
        if own >= 0 and text[own + 1 : following.end].strip():
            own = -1  # a colon inside the next sentence is its own matter, not a list
    if own < 0:
        # a sentence that lists by a pronoun ("They included ...") may hold words of its own items ("a contract")
        return _agreements_listed_next(doc, following) if same_line else []
    end = _list_end(text, own)
    return [a for s in sentences[sentence.id :] if s.start < end for a in s.agreements if own < a.start_char < end]


def _agreements_listed_next(doc: Doc, following: _Sentence) -> list[AgreementMention]:
    """The agreements of a next sentence that lists the documents just named by a pronoun: "... witnessed the
    signing of a number of agreements. They included the Agreement on X; an agreement on Y; ...", "These include
    ...", "Among them are ..."; none where its subject names something else ("The talks included ...")."""
    if not following.agreements:
        return []
    roles = rules_of(doc, AGREEMENTS_KEY)
    span = doc.char_span(following.start, following.end, alignment_mode="expand")
    root = next((t for t in span if t.dep_ == "ROOT"), None) if span is not None else None
    if root is None:
        return []
    if roles.role(root.lemma_.lower()) == "listing":
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        listed = bool(subjects) and all(c.lower_ in LISTING_PRONOUNS for c in subjects)
    else:
        # "Among them are a contract ..., an agreement ...": "among" + the pronoun before the verb "be"
        among = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < root.i]
        listed = root.lemma_ == "be" and any(g.lower_ in LISTING_PRONOUNS for a in among for g in a.children)
    return list(following.agreements) if listed else []


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


def _subject_of(token: Token, verb: Token) -> bool:
    """Whether a token is the subject of a verb, or one of its conjoined subjects ("X and Y left for ...")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == verb.i


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
        or _twin_dates(scope, candidate, seen)
        or _governing_dates(doc, clause, seen)
        or _when_clause_dates(doc, clause, seen)
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
# How many days after a visit's first day a signing ceremony told with a day of its own may be one of that visit (a
# state visit lasts two or three days); a ceremony further off is another occasion.
VISIT_CEREMONY_DAYS = 3
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
        leaders = _quoted_speaker(doc, sentence, sentences)
    if not leaders and kind != "other" and (_has_pronoun_subject(sentence, doc) or _by_a_pronoun(scope, kind)):
        leaders = _previous_leaders(doc, sentence, sentences)
        inferred += ["leaders"] if leaders else []
    if not leaders and stated:
        leaders = _titled_source(scope)
        inferred += ["leaders"] if leaders else []
    if not leaders and _deal_of_a_gathering(sentence, kind):
        leaders = _chairs_told_after(doc, sentence, sentences)
        inferred += ["leaders"] if leaders else []
    return leaders, inferred


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
    if kind in DOCUMENT_KINDS and not agreements and candidate.agreement is None:
        # "The parliament ratified the treaty": the document named last before, the one the text is about.
        antecedent = _antecedent_document(sentence, scope.sentences, scope.rules)
        agreements = [antecedent] if antecedent is not None else []
    return _outermost(agreements)


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
                announced=attached.announced,
                date_fields=date_fields,
                published=document.published,
                ongoing=date is not None and _starts_period(date, sentence, scope.rules),
                inferred="date" in frame_inferred,
            ),
        )
    ]


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
    return ceremony or host


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
    return None


def _reported_meeting(scope: _Scope, word: str = "", *, announced: bool = False) -> Frame | None:
    """The meeting a sentence says its acts followed: the latest reported before under the same word ("held talks
    ... On Saturday, they had an informal meeting ... Following the talks, ...": the talks, even when only the
    article's day dates them), else the latest with a date of its own; never one recalled as background or dated by
    inference from another event. For an act told as done (not `announced`), one announced for later ("the first
    summit is to be held next year") only when no meeting held is reported before it."""
    reported = [f for f in scope.earlier if f.type == "meeting" and f.status == "reported" and f.date_start]
    for frame in reversed(reported):
        own_day = "date" not in frame.inferred or "published" in frame.inferred
        if word and _trigger_word(frame) == word and own_day:
            return _with_its_people(frame, scope.earlier)
    meetings = [
        frame
        for frame in scope.earlier
        if frame.type == "meeting"
        and frame.date_start
        and "date" not in frame.inferred
        and frame.status != "background"
    ]
    held = [frame for frame in meetings if frame.status != "planned"]
    chosen = meetings if announced else held or meetings
    return _with_its_people(chosen[-1], scope.earlier) if chosen else None


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


def _people_of(mentions: Sequence[LeaderMention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(leader ids, names) of leader mentions, each once, in the order the text names them."""
    return tuple(dict.fromkeys(m.leader_id for m in mentions)), tuple(dict.fromkeys(m.name for m in mentions))


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


def _talks_before(earlier: Sequence[Frame], sentence: _Sentence) -> Frame | None:
    """The event "they" who signed or looked on stand for: the latest talks of several named leaders among
    `_collective_hosts` (not a visit told since: "He was greeted at the airport by the Speaker"), else the first."""
    hosts = _collective_hosts(earlier, sentence)
    return next((f for f in hosts if f.type == "meeting"), next(iter(hosts), None))


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


def _outside(doc: Doc, items: Sequence, clauses: set[int]) -> list:
    """Items that do not stand in one of the given clauses (those of the sentence's other triggers)."""
    return [i for i in items if (root := _root(doc, i.start_char, i.end_char)) and clause_head(root).i not in clauses]


def _conversions(doc: Doc, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """The amounts restating the amount just before them in another currency ("450 billion rubles ($4.9 billion)")."""
    text = text_of(doc)
    ordered = sorted(money, key=lambda m: m.start_char)
    return [
        mention
        for before, mention in pairwise(ordered)
        if CONVERSION_BETWEEN.fullmatch(text[before.end_char : mention.start_char])
    ]


def _figures(doc: Doc, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """The amounts that state a figure: not a conversion of the amount before, not a difference ("by $1 billion")."""
    text = text_of(doc)
    kept = []
    converted = _conversions(doc, money)
    for mention in sorted(money, key=lambda m: m.start_char):
        if mention in converted:
            continue
        if DIFFERENCE_AFTER.match(text, mention.end_char) or STARTING_POINT.search(
            text[max(0, mention.start_char - 40) : mention.start_char]
        ):
            continue
        kept.append(mention)
    return kept


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


def _unique_leaders(leaders: Sequence[LeaderMention]) -> list[LeaderMention]:
    seen, unique = set(), []
    for leader in leaders:
        if leader.leader_id and leader.leader_id not in seen:
            seen.add(leader.leader_id)
            unique.append(leader)
    return unique


PRONOUNS = {"he", "she", "his", "her", "him"}
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
        and frame.status == "reported"
        and "date" not in frame.inferred
        and meeting.date_start < frame.date_start
    ]
    return visits[-1] if visits else None


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
    """The signing ceremony told with a day of its own within SUMMARY_REACH sentences before, on a later day of the
    visit hosting a signing ("X and Y on Friday signed the Joint Statement ... X arrived on Thursday evening on an
    official visit. In the presence of the leaders, 15 documents were exchanged"): the documents were exchanged at that
    ceremony, not on the day the visit began.  None when no such ceremony was told.  The reach counts from the visit's
    sentence when that is nearer: the lead that tells the ceremony ("on Wednesday ... signed 37 agreements") often
    stands right before the arrival ("who landed on Tuesday on a two-day state visit"), paragraphs above the list."""
    if host is None or host.type not in VISIT_TYPES or host.date_precision != "day" or host.status != "reported":
        return None
    first = datetime.date.fromisoformat(host.date_start)
    told_from = min(sentence.id, host.sentence_id)
    for frame in reversed(earlier):
        if told_from - frame.sentence_id > SUMMARY_REACH:
            return None
        stated = frame.date_precision == "day" and "date" not in frame.inferred
        if frame.type != "signing" or not stated or frame.status != "reported":
            continue
        if 0 < (datetime.date.fromisoformat(frame.date_start) - first).days <= VISIT_CEREMONY_DAYS:
            return frame
    return None


def _quoted_speaker(doc: Doc, sentence: _Sentence, sentences: list[_Sentence]) -> list[LeaderMention]:
    """The leader quoted when a sentence stands inside a quotation of its paragraph: named after the closing
    mark (“...,” the Kazakh President said) or before the opening one (Tokayev said: “...)."""
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
    return _unique_leaders(after[:1] or before[-1:])


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


def _aside(doc: Doc, sentence: _Sentence, char: int, anchor: int) -> bool:
    """Whether `char` stands inside parentheses of the sentence that do not hold `anchor` too."""
    text = text_of(doc)
    opening = text.rfind("(", sentence.start, char)
    if opening < 0 or text.rfind(")", opening, char) >= 0:
        return False
    closing = text.find(")", char, sentence.end)
    return not (opening < anchor < (closing if closing >= 0 else sentence.end))


def _antecedent_document(sentence: _Sentence, sentences: list[_Sentence], rules: EventRules) -> AgreementMention | None:
    """The agreement a sentence refers back to ("the document", "the treaty"): the last one named before it."""
    if not any(rules.markers[m.label_] == "document_reference" for m in sentence.markers):
        return None
    for earlier in reversed(sentences[: sentence.id]):
        if earlier.agreements:
            return earlier.agreements[-1]
    return None


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
