"""Date mentions.

In: a processed spaCy `Doc` (NER run) and its `Document` (for the publication date).
Out: `DateMention`s with ISO `start`/`end`, `precision` and `resolved_with` (see
`pipeline.normalize.dates`), including dates whose year cannot be known (empty `start`/`end`,
`resolved_with="unresolved"`).  The component `press_dates` writes the candidate spans to
`doc.spans["dates"]`: the date expressions of `patterns/dates/` found anywhere in the text,
plus those found inside spaCy's DATE entities (and the years that end a name after "of"); where two overlap, the
longer wins.  Resolving them (`dates`) also reads what lies around a span: a year written after the dates it is
coordinated with ("January and February 2024"), a wire dateline's day for an article without a publication date,
and the fiscal year of the country a text reports ("2024-25" in Indian or Pakistani press; fiscal_years.csv).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..normalize.dates import (
    TWO_DIGIT_YEAR_CENTURY,
    DateGrammar,
    DateValue,
    FiscalYear,
    anchors_a_partial_date,
    resolve_date,
)
from ..patterns import default_patterns_dir
from ..records import DateMention, Document
from .base import RuleComponent, attach_rules, rules_of, sentence_id_at, sentence_of, span_fields, text_of

try:  # the parser behind `re`, to read an expression's structure (Python 3.11+, then 3.10)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

SPANS_KEY = "dates"
# An explicit day or month this many sentences back can anchor a partial date when the
# article has no publication date ("On March 14, 2018 ... On March 16 ...").
ANCHOR_SENTENCES = 2
# "The first state visit since 2011", "the highest since 2014": a first or a superlative this many tokens or fewer
# before "since" makes what "since" governs the point a record is counted from, not the date of the event.
FIRST_SINCE_TOKENS = 15
# Words that open what a record is counted from.
RECORD_OPENERS = {"since"}
# Words that make a record (with any superlative adjective or adverb but the quantifiers).
FIRSTS = {"first"}
NOT_SUPERLATIVES = {"most", "least"}


def find_date_spans(text: str, ner_spans: list[tuple[int, int]], grammar: DateGrammar) -> list[tuple[int, int]]:
    """Character offsets of date expressions: standalone ones anywhere, the others inside NER DATE spans."""
    found: list[tuple[int, int]] = []
    scan = _GatedScan(text)
    for expression in grammar.expressions:
        if expression.standalone:
            found += scan.spans(expression.regex)
        for start, end in ner_spans:
            found += [(start + s, start + e) for s, e in (m.span() for m in expression.regex.finditer(text[start:end]))]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return sorted(
        span for span in kept if not _is_metadata(text, span[0], grammar) and not _is_number(text, span, grammar)
    )


# Gated scanning.  `re` tries an expression at every character of the text unless it starts
# with fixed text, and most date expressions start with optional words or a lookbehind: a
# finditer over a whole article costs up to 1 ms per expression.  But every match of most
# expressions contains some fixed text: a run of digits, a month name, a word like "year".
# A "gate" regex for that text (one that `re` scans fast) runs once over the article; the
# expression is then searched only in windows that start as far before a gate hit as its
# longest match and end at the hit.  Each window search is given the text beyond the window
# as far as the expression can read (lookaheads included), so it finds exactly what finditer
# finds there, and it goes on from the end of the previous match as finditer does.  Lengths
# are counted in characters plus characters per character of the text's longest whitespace
# run (for \s*).  The gate and the lengths are read from the compiled regex, so they follow
# any edit of expressions.jsonl or words.csv; an expression with unbounded matches, no fixed
# text, or only a slow gate (several case-insensitive words) is scanned whole, as before.

_SPACE_RUNS = re.compile(r"\s\s+")
_SPACE = re.compile(r"\s")
_DIGIT_RUN = re.compile(r"\d+")
_DIGITS = ("", False)  # the atom "a run of digits"; the others are (fixed text, ignores case)
_MAX_STRINGS = 100
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", None)

_Atom = tuple[str, bool]
_Size = tuple[int, int]  # characters, characters per character of the longest whitespace run


@dataclass(frozen=True)
class _Gate:
    hits: re.Pattern[str]  # fixed text one of which every match contains
    length: _Size  # of the longest match
    reach: _Size  # how far past where a match is tried the regex may read


class _GatedScan:
    """One text, searched expression by expression; expressions with the same gate share its hits."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.space = max(map(len, _SPACE_RUNS.findall(text)), default=1)
        self.hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    def spans(self, regex: re.Pattern[str]) -> list[tuple[int, int]]:
        """The spans of `regex.finditer(text)`, searched only near the hits of its gate if it has one."""
        gate = _gate(regex)
        if gate is None:
            return [m.span() for m in regex.finditer(self.text)]
        length = gate.length[0] + gate.length[1] * self.space
        reach = gate.reach[0] + gate.reach[1] * self.space
        if gate.hits not in self.hits:
            self.hits[gate.hits] = [m.span() for m in gate.hits.finditer(self.text)]
        windows: list[list[int]] = []  # where a match can start: it contains a hit's text, which starts inside the hit
        for start, end in self.hits[gate.hits]:
            if windows and start - length <= windows[-1][1]:
                windows[-1][1] = end
            else:
                windows.append([max(0, start - length), end])
        found: list[tuple[int, int]] = []
        resume = 0
        for start, end in windows:
            start = max(start, resume)
            while start < end and (match := regex.search(self.text, start, end + reach)) and match.start() < end:
                found.append(match.span())
                start = resume = match.end()
        return found


@lru_cache(maxsize=256)
def _gate(regex: re.Pattern[str]) -> _Gate | None:
    """The gate of an expression, read from its parsed regex; None if it must be scanned whole."""
    parsed = sre_parse.parse(regex.pattern, regex.flags)
    sizes = _sizes(parsed)
    atoms = _atoms(parsed, bool(parsed.state.flags & re.IGNORECASE))
    if sizes is None or atoms is None or _cost(atoms)[0] or parsed.getwidth()[0] == 0:
        return None
    return _Gate(re.compile("|".join(_render(atom) for atom in sorted(atoms))), *sizes)


def _render(atom: _Atom) -> str:
    text, ignores_case = atom
    if atom == _DIGITS:
        return r"\d+"
    return f"(?i:{re.escape(text)})" if ignores_case else re.escape(text)  # no group: `re` scans words fast


def _cost(atoms: frozenset[_Atom]) -> tuple[bool, float]:
    """Whether the gate is slow to scan, then a guess of how often its atoms occur.  `re` scans fast
    for one atom or for case-sensitive words; for several other atoms, it tries each at every character."""
    slow = len(atoms) > 1 and any(atom == _DIGITS or atom[1] for atom in atoms)
    return slow, sum(1 / 16 if a == _DIGITS else (4 if a[1] else 8) ** -len(a[0]) for a in atoms)


def _ignores_case(ignores_case: bool, subpattern: tuple) -> bool:
    _, added, removed, _ = subpattern
    return bool((ignores_case or added & re.IGNORECASE) and not removed & re.IGNORECASE)


def _strings(items: list, ignores_case: bool) -> set[str] | None:
    """The few fixed strings a parsed sequence can match (its assertions aside), or None."""
    strings = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            options = {chr(value) for _, value in av}
        elif op is sre.BRANCH:
            alternatives = [_strings(alternative, ignores_case) for alternative in av[1]]
            options = None if None in alternatives else set().union(*alternatives)
        elif op is sre.SUBPATTERN and _ignores_case(ignores_case, av) == ignores_case:
            options = _strings(av[3], ignores_case)
        elif op in _REPEATS and av[1] == 1:
            options = _strings(av[2], ignores_case)
            options = options | {""} if options is not None and av[0] == 0 else options
        else:
            return None
        if options is None or len(strings) * len(options) > _MAX_STRINGS:
            return None
        strings = {a + b for a in strings for b in options}
    return strings


def _as_atoms(strings: set[str], ignores_case: bool) -> frozenset[_Atom]:
    atoms = {_DIGITS if _DIGIT_RUN.fullmatch(text) else (text, ignores_case) for text in strings}
    # A text that contains another one is found by the other's hit.
    return frozenset(a for a in atoms if a == _DIGITS or not any(b not in (a, _DIGITS) and b[0] in a[0] for b in atoms))


def _atoms(items: list, ignores_case: bool) -> frozenset[_Atom] | None:
    """The cheapest set of atoms one of which every match of a parsed sequence contains, or None."""
    choices: list[frozenset[_Atom] | None] = []
    run = {""}  # the strings of the fixed parts just before, one after the other
    for op, av in [*items, (None, None)]:
        if op in _ZERO_WIDTH:
            continue
        strings = _strings([(op, av)], ignores_case) if op is not None else None
        fixed = strings is not None and "" not in strings
        if fixed and len(run) * len(strings) <= _MAX_STRINGS:
            run = {a + b for a in run for b in strings}
            continue
        if run != {""}:
            choices.append(_as_atoms(run, ignores_case))
        run = strings if fixed else {""}
        if op is sre.SUBPATTERN:
            choices.append(_atoms(av[3], _ignores_case(ignores_case, av)))
        elif op is _ATOMIC_GROUP:
            choices.append(_atoms(av, ignores_case))
        elif op is sre.BRANCH:
            alternatives = [_atoms(alternative, ignores_case) for alternative in av[1]]
            choices.append(None if None in alternatives else frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            choices.append(_atoms(av[2], ignores_case))
        elif op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            choices.append(frozenset([_DIGITS]))
    return min((choice for choice in choices if choice), key=_cost, default=None)


def _sizes(items: list) -> tuple[_Size, _Size] | None:
    """The longest match of a parsed sequence and how far past its start it may read; None if unbounded."""
    length = reach = (0, 0)
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            part: tuple[_Size, _Size] | None = ((1, 0), (1, 0))
        elif op is sre.AT:
            part = ((0, 0), (2, 0))  # "$" looks at the next two characters
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = _sizes(av[1])
            part = inner and ((0, 0), inner[1])
        elif op is sre.SUBPATTERN or op is _ATOMIC_GROUP:
            part = _sizes(av[3] if op is sre.SUBPATTERN else av)
        elif op is sre.BRANCH:
            parts = [_sizes(alternative) for alternative in av[1]]
            part = None if None in parts else (_max(p[0] for p in parts), _max(p[1] for p in parts))
        elif op in _REPEATS and av[1] == sre.MAXREPEAT:
            part = ((0, 1), (1, 1)) if _is_space(av[2]) else None  # a whitespace run, and the character after it
        elif op in _REPEATS:
            inner = _sizes(av[2])
            part = inner and ((av[1] * inner[0][0], av[1] * inner[0][1]), _add(inner[1], inner[0], av[1]))
        else:
            part = None
        if part is None:
            return None
        reach = _max([reach, _add(length, part[1])])
        length = _add(length, part[0])
    return length, reach


def _add(a: _Size, b: _Size, times: int = 1) -> _Size:
    return a[0] + times * b[0], a[1] + times * b[1]


def _max(sizes) -> _Size:
    sizes = list(sizes)
    return max(s[0] for s in sizes), max(s[1] for s in sizes)


def _is_space(items: list) -> bool:
    """Whether a parsed item matches whitespace only."""
    if len(items) != 1:
        return False
    op, av = items[0]
    entries = av if op is sre.IN else [(op, av)]
    return all(
        (kind is sre.LITERAL and _SPACE.match(chr(value))) or (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
        for kind, value in entries
    )


def _is_metadata(text: str, start: int, grammar: DateGrammar) -> bool:
    """A date after a label such as "Created at :" on its line describes the page, not the news."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(grammar.metadata_label and grammar.metadata_label.search(text[line_start:start]))


def _is_number(text: str, span: tuple[int, int], grammar: DateGrammar) -> bool:
    """A bare number after "No." names a document or an item ("Decree No. 2020"): it is no year."""
    start, end = span
    before = text[max(0, start - 20) : start]
    return bool(text[start:end].isdigit() and grammar.number_label and grammar.number_label.search(before))


class DateFinder(RuleComponent):
    """Matches date expressions (standalone, or inside NER DATE entities) and writes them as spans."""

    def __init__(self, patterns_dir: str | None) -> None:
        self.load_if_present(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load(self, patterns_dir: Path) -> None:
        self.grammar = DateGrammar(patterns_dir)

    def __call__(self, doc: Doc) -> Doc:
        self.require_rules()
        ner = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "DATE"] + _years_of_names(doc)
        matches = find_date_spans(text_of(doc), ner, self.grammar)
        spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in matches]
        doc.spans[SPANS_KEY] = [_without_conjunction(span) for span in spans if span is not None]
        attach_rules(doc, SPANS_KEY, self.grammar)
        return doc


# A named document, body or event whose name ends in "of" and a year ("the Treaty of Friendship ... of 1993", "the
# Agreement on Eternal Friendship of 1996"): NER takes the year into the name; it is the date of the thing named.
NAME_LABELS = frozenset({"LAW", "ORG", "EVENT", "WORK_OF_ART"})
YEAR_OF_A_NAME = re.compile(r"\bof\s+((?:1[6-9]|20)\d\d)$")


def _years_of_names(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the years that end NER names after "of", to be read as NER DATE spans are."""
    found = []
    for ent in doc.ents:
        match = YEAR_OF_A_NAME.search(ent.text) if ent.label_ in NAME_LABELS else None
        if match:
            found.append((ent.start_char + match.start(1), ent.start_char + match.end(1)))
    return found


# What may follow a month that "that" determines ("construction began that June, with ...", "met that June and
# agreed"): after a conjunction "that", a clause goes on instead ("said that November trade rose").
AFTER_A_DATE = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ"})


def _without_conjunction(span: Span) -> Span:
    """A span without a leading "that" that is a conjunction: right after a verb, with a clause going on after the
    date ("officials said that November trade rose": the month is November, not "that November", the month of a
    year the text spoke of).  The words around say it, not the parser's reading of "that", which varies."""
    if len(span) < 2 or span[0].lower_ != "that" or span.start == 0:
        return span
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span.doc[span.start - 1].pos_ in ("VERB", "AUX") and after is not None and after.pos_ not in AFTER_A_DATE:
        return span[1:]
    return span


@Language.factory("press_dates", default_config={"patterns_dir": None})
def make_date_finder(nlp: Language, name: str, patterns_dir: str | None) -> DateFinder:
    return DateFinder(patterns_dir)


def _speaks_of_past(span: Span) -> bool:
    return any(token.tag_ in ("VBD", "VBN") for token in sentence_of(span[0]))


def _caption_weekday(span: Span, grammar: DateGrammar) -> bool:
    """Whether a weekday stands in a sentence with no verb at all: a photo caption ("Putin and Mirziyoyev at the
    Kremlin on Thursday."), which shows what has been, so the past weekday.  A headline's month and day ("Summit
    of Turkic states: November 6, Bishkek") may announce, so only weekdays."""
    sentence = sentence_of(span[0])
    weekdays = grammar.values["weekday"]
    return any(t.lower_ in weekdays for t in span) and not any(t.pos_ in ("VERB", "AUX") for t in sentence)


PAST_TAGS = ("VBD", "VBN")
FINITE_PRESENT_TAGS = ("VBZ", "VBP")
# The tense of a simple present of holding an event ("Baku hosts the conference in November", "the forum opens in
# May"): the timetable's present, which names what is coming, for a month; a day or a weekday keeps the plain
# present, since a headline tells the past in it ("Tokayev holds talks with Putin on Tuesday").
SCHEDULED = "scheduled"
# A weekday in the present tense is the nearest one: back at most this many days (three back beats four ahead).
PRESENT_WEEKDAY_DAYS = 3
DAYS_OF_A_WEEK = 7
# A weekday alone, maybe with its part of the day ("Tuesday", "Tuesday afternoon"); not "last Tuesday", "next Friday".
WEEKDAY_ALONE = re.compile(r"(?i)(?:on\s+)?[a-z]+day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?")
# A day of the month or a weekday in a date span: what keeps a scheduled tense from meaning a coming date.
DAY_IN_SPAN = re.compile(r"(?<![\d-])\d{1,2}(?:st|nd|rd|th)?(?![\d-])")


def _tense_of(
    span: Span,
    announcement: set[str],
    decision: frozenset[str] = frozenset(),
    prospective: frozenset[str] = frozenset(),
    retrospective: frozenset[str] = frozenset(),
    occasion: frozenset[str] = frozenset(),
) -> str:
    """ "future", "past", "present", `SCHEDULED` or "": the tense of the clause the date stands in.

    An announcement word between the date and the nearest verb before it makes it future
    ("preparations for the state visit ... in August", "the upcoming summit in May").  Else
    walks up from the date to the verbs that govern it: the first announcement word ("will",
    "expected", "preparations"; words.csv) makes it future; an infinitive counts as future only
    when an announcement word governs it ("were instructed to finalise ... by January 10", not
    "flew to Bishkek to attend the summit on Friday"), and a decision word ("agree", "decide")
    only through such an infinitive or a noun ("agreed on a visit in March", not "the deal was
    agreed in March"), and a passive infinitive of holding an event ("prospective": "to be held on 22 October")
    whatever governs it; the first past verb makes it past; a
    present-tense verb makes it present ("runs until December 15"), which prefers neither.
    Only the clause's own verbs count, so a "said" after an announced date does not make it
    past; "" (no verb governs the date) leaves the choice to the sentence's verbs.  A preposition
    that looks back ("retrospective": "the first talks since the May 10 launch") makes it past
    whatever verb governs it, since what it leads to has already begun.
    """

    def announces(token) -> bool:
        return token.lower_ in announcement or token.lemma_.lower() in announcement

    if _announced_before(span, announces, occasion):
        return "future"
    token = span.root
    through_noun = False  # whether the walk passed a noun outside the date ("agreed on a visit in March")
    through_occasion = False  # whether it passed a reported exchange ("preparations for the visit in a call on Oct. 9")
    while True:
        announced = announces(token) and not (through_occasion and token.pos_ == "NOUN")
        if announced or (through_noun and _decides(token, decision) and not _pluperfect(token)):
            return "future"
        through_occasion = through_occasion or (token not in span and token.lemma_.lower() in occasion)
        if token.dep_ == "prep" and token.lower_ in retrospective:
            return "past"
        if token.pos_ in ("NOUN", "PROPN") and token not in span:
            through_noun = True
        if token.pos_ in ("VERB", "AUX"):
            tense = _tense_of_verb(token, announces, decision, prospective)
            if tense:
                return tense
        if token.head.i == token.i:
            return ""
        token = token.head


def _announced_before(span: Span, announces: Callable[[Token], bool], occasion: frozenset[str] = frozenset()) -> bool:
    """Whether the phrase before the date, back to its nearest verb, announces it, even where the parse
    hangs the date on another verb: "discussed preparations for the visit ... in August".  A noun of a reported
    exchange on the way ("occasion": "discussed preparations for the visit on the telephone on Tuesday") tells
    whose time the date is: the exchange's, so nothing before it announces the date."""
    sentence_start = sentence_of(span[0]).start
    for token in reversed(span.doc[sentence_start : span.start]):
        if token.lemma_.lower() in occasion or token.lower_ in occasion:  # "... in a phone call on Oct. 9": the call's
            return False
        if announces(token) and not _names_a_document(token):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


# What follows an announcing noun that announces what comes after it ("preparations for the visit", "plans to meet").
ANNOUNCING_LINKS = frozenset({"for", "to", "of"})


def _names_a_document(token: Token) -> bool:
    """An announcing noun that names a thing rather than what is announced: "approved the plan in late October"
    (a document), unlike "preparations for the visit in August" and "plans to meet in May"."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.pos_ == "NOUN" and following not in ANNOUNCING_LINKS


def _tense_of_verb(
    verb: Token, announces: Callable[[Token], bool], decision: frozenset[str], prospective: frozenset[str] = frozenset()
) -> str:
    """ "future", "past", "present", or "" (a verb that says none: an infinitive nothing announces, a
    gerund) for a verb that governs a date."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(announces(child) for child in auxiliaries):
        return "future"
    # an infinitive, active or passive ("planned to be held on 12 November": "held" is no past)
    if verb.tag_ in ("VB", "VBN") and any(child.lower_ == "to" for child in auxiliaries):
        if _announced_in_the_past(verb.head, announces):  # "was planned to be held on 12 November": either side of now
            return "present"
        if announces(verb.head) or _decides(verb.head, decision) or _is_prospective(verb, auxiliaries, prospective):
            return "future"
        return ""
    if _is_present_passive(verb, auxiliaries):  # "is held", "are slated": no past
        return "present"
    if verb.tag_ in FINITE_PRESENT_TAGS and not auxiliaries and verb.lemma_.lower() in prospective:
        return SCHEDULED  # "the conference, which opens in November": a coming month (see `_prefers_future`)
    if verb.tag_ in PAST_TAGS or any(child.tag_ in PAST_TAGS for child in auxiliaries):
        return "past"
    if verb.tag_ in FINITE_PRESENT_TAGS:
        return "present"
    return ""


def _prefers_past(tense: str, span: Span, grammar: DateGrammar, anchor: date | None) -> bool:
    """Whether a date is read as a past one: in the past tense; with no verb governing it, in a sentence that speaks
    of the past or a caption; a lone weekday in the present that fell at most `PRESENT_WEEKDAY_DAYS` before the anchor
    ("the trip follows phone talks on Tuesday", "the leaders shake hands ahead of their talks on Thursday" published
    on a Friday: the present of a report tells this week's news, the nearest day, which is behind), unless the verb is
    one of holding an event (`SCHEDULED`: "the summit opens on Wednesday" is the coming one)."""
    if tense == "past":
        return True
    if not tense:
        return _speaks_of_past(span) or _caption_weekday(span, grammar)
    if tense != "present" or anchor is None:  # the timetable's present ("opens on Wednesday") looks ahead
        return False
    weekdays = grammar.values["weekday"]
    named = [token.lower_ for token in span if token.lower_ in weekdays]
    if len(named) != 1 or DAY_IN_SPAN.search(span.text) or not WEEKDAY_ALONE.fullmatch(span.text):
        return False
    days_back = (anchor.weekday() - int(grammar.value("weekday", named[0]))) % DAYS_OF_A_WEEK
    return days_back <= PRESENT_WEEKDAY_DAYS


def _prefers_future(tense: str, span: Span, grammar: DateGrammar) -> bool:
    """Whether a date is read as a coming one: announced, or a month without its day in the timetable's present
    ("the conference, which opens in the capital in November", published in January, is next November, not the
    November of an earlier date of the text)."""
    if tense != SCHEDULED:
        return tense == "future"
    weekdays = grammar.values["weekday"]
    return not DAY_IN_SPAN.search(span.text) and not any(token.lower_ in weekdays for token in span)


def _is_prospective(verb: Token, auxiliaries: list[Token], prospective: frozenset[str]) -> bool:
    """A passive infinitive of holding an event ("the conference, to be held on 22 October", "the summit to be
    hosted by Baku"): a coming event even after a past verb ("were invited to ..."), which an active infinitive
    ("flew to Bishkek to attend the summit on Friday") or another verb ("the first to be received") is not."""
    passive = any(child.dep_ == "auxpass" and child.lemma_.lower() == "be" for child in auxiliaries)
    return passive and verb.lemma_.lower() in prospective


def _announced_in_the_past(head: Token, announces: Callable[[Token], bool]) -> bool:
    """Whether an announcement word governing an infinitive is itself past ("was planned to", "had been scheduled
    to"): the plan was made before, so the day may have come and gone; it prefers neither past nor future."""
    if not announces(head) or head.tag_ not in PAST_TAGS:
        return False
    return head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)


# How far around a date a word that makes it recurring is looked for ("held annually in September").
HABITUAL_WINDOW = 25


# "The first eight months" (or "three quarters") without a year are the year's when nothing after them says whose
# they are: "the first six months of the programme", "the first three months after the launch", "his first six
# months in office" count from something else, and are no date.
OPEN_COUNT = re.compile(r"(?i)first\s+\S+\s+(?:months|quarters)")
OPEN_COUNT_CLAIMED = re.compile(r"(?i)\s+(?:of|after|since|following|from|in\s+office|on\s+the\s+job)\b")
# Before them, a duration or an owner says the same: "for the first two months", "in its first six months".
OPEN_COUNT_OWNED = re.compile(r"(?i)\b(?:for|his|her|its|their)\s+(?:the\s+)?$")
# How far before the phrase its owner is looked for.
OPEN_COUNT_BEFORE = 12


def _counts_from_something_else(text: str, span: Span, value: DateValue) -> bool:
    """Whether a yearless "first N months" is followed by what they are the first months of, or is a duration or
    someone's ("for the first two months", "in its first six months")."""
    if value.resolved_with == "explicit" or not OPEN_COUNT.search(span.text):
        return False
    before = text[max(0, span.start_char - OPEN_COUNT_BEFORE) : span.start_char]
    return OPEN_COUNT_CLAIMED.match(text, span.end_char) is not None or OPEN_COUNT_OWNED.search(before) is not None


def _is_habitual(text: str, span: Span, grammar: DateGrammar) -> bool:
    """A yearless date right after or before "annually", "every year", "each" recurs: it is no date."""
    before = text[max(0, span.start_char - HABITUAL_WINDOW) : span.start_char]
    after = text[span.end_char : span.end_char + HABITUAL_WINDOW]
    return bool(grammar.habitual_before.search(before) or grammar.habitual_after.search(after))


# Nouns a season word can name a time span with ("the winter season", "the spring session"):
# after them the season is still a date; before any other noun it is a kind of thing.
SEASON_TIME_NOUNS = frozenset({"season", "period", "month", "session", "semester", "quarter", "term", "campaign"})


def _is_season_attribute(span: Span, value: DateValue) -> bool:
    """A season or year without its year written that modifies a noun after it ("winter electricity", "summer
    pastures", "year-end results") names a kind of thing, not a date; "the winter season", "in summer" and "by
    year-end" stay dates.  A season word the parser reads as a verb ("prices may fall") is none either."""
    if value.precision not in ("season", "year") or value.resolved_with == "explicit":
        return False
    word = span[-1]
    if value.precision == "season" and word.pos_ in ("VERB", "AUX") and len(span) == 1:
        return True
    if value.precision == "year" and word.lower_ == "year":  # "Last year trade exceeded $11 billion": still dated
        return False
    return (
        word.dep_ in ("compound", "amod")
        and word.head.i > word.i
        and word.head.pos_ in ("NOUN", "PROPN")
        and word.head.lemma_.lower() not in SEASON_TIME_NOUNS
    )


def _decides(token: Token, decision: frozenset[str]) -> bool:
    return token.lower_ in decision or token.lemma_.lower() in decision


def _pluperfect(verb: Token) -> bool:
    """Whether a verb is in the past perfect ("had prepared the ground ... in a telephone conversation on
    Wednesday"): a decision told as done before the story's time, so a noun it governs dates no coming event."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _is_present_passive(verb, auxiliaries: list) -> bool:
    """A participle whose auxiliaries are all a present "is"/"are" ("the forum is held", "is slated for"):
    present, not past; "has been signed" (a form of "have") stays past."""
    return (
        verb.tag_ == "VBN"
        and bool(auxiliaries)
        and all(aux.tag_ in FINITE_PRESENT_TAGS and aux.lemma_.lower() == "be" for aux in auxiliaries)
    )


def counts_a_record_from(token: Token) -> bool:
    """Whether a token (a date's root) stands in what a "since" governs after a first or a superlative ("the first
    state visit by a Chinese leader since 2011", "for the first time since 2019", "his first since October 2018",
    "the highest since 2014", "the first French president there since Mitterrand in 1994"): the point a record is
    counted from, not the date of the event, nor the time that says who held an office."""
    return record_scope(token) is not None


def record_scope(token: Token) -> Token | None:
    """The head of what the record's "since" governs, when a token stands in it (see `counts_a_record_from`): the
    "since" of a phrase ("since 2011"), the verb of a clause ("since Merkel traveled there in 2010"); else None."""
    sentence = sentence_of(token)
    for since in (t for t in sentence if t.lower_ in RECORD_OPENERS and t.i < token.i):
        scope = since.head if since.dep_ == "mark" else since
        if not (scope.i == token.i or any(a.i == scope.i for a in token.ancestors)):
            continue
        before = token.doc[max(since.i - FIRST_SINCE_TOKENS, sentence.start) : since.i]
        if any(_makes_a_record(word) for word in before):
            return scope
    return None


def _makes_a_record(token: Token) -> bool:
    """Whether a token is a first or a superlative ("first", "highest", "largest"), the words of a record."""
    if token.lower_ in FIRSTS:
        return True
    return token.tag_ in {"JJS", "RBS"} and token.lower_ not in NOT_SUPERLATIVES


# A text reports a country's figures (and its fiscal years) when that country's cue words occur in it at least this
# often, and more often than any other country's: one passing "India" in a Central Asian story is not enough.
MIN_FISCAL_CUES = 2
# A year pair: written short ("2024-25") it is a fiscal year in such a text; written long ("2024-2025"), only after
# a fiscal word.  A single year is a fiscal year only after a fiscal word ("FY2025", "fiscal 2024").
YEAR_PAIR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[-–/]\s*(?P<year2>(?:19|20)?\d\d)")
SINGLE_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)")
# "FY25": a fiscal year written with two digits, read as "FY2025" is.
SHORT_FISCAL_YEAR = re.compile(r"(?-i:FY)['’]?(?P<yy>\d\d)$")
FISCAL_WORD = re.compile(r"(?i)(?:\b(?:fiscal|financial)(?:\s+year)?|(?-i:\bFY))\s*$")
# How far before a year its fiscal word is looked for ("fiscal year ", "FY ").
FISCAL_WORD_BEFORE = 16


def fiscal_year_of_text(text: str, grammar: DateGrammar) -> FiscalYear | None:
    """The fiscal year of the country whose figures a text reports (see patterns/dates/fiscal_years.csv), or None
    when it reports none of those countries' (its fiscal years are then calendar years)."""
    counts = [(len(fiscal.cues.findall(text)), fiscal) for fiscal in grammar.fiscal_years]
    counts = [(count, fiscal) for count, fiscal in counts if count >= MIN_FISCAL_CUES]
    if not counts:
        return None
    best = max(count for count, _ in counts)
    leaders = [fiscal for count, fiscal in counts if count == best]
    return leaders[0] if len(leaders) == 1 else None


def as_fiscal_year(text: str, span: Span, value: DateValue, fiscal: FiscalYear | None) -> DateValue:
    """A year pair or year that names a fiscal year ("2024-25", "FY2025", "fiscal year 2024-2025") as that fiscal
    year of the text's country (from its first month to the month before it a year on); any other value as it is."""
    if fiscal is not None and value.start and value.precision == "quarter":
        return _as_fiscal_quarter(span.text, value, fiscal)
    if fiscal is None or not value.start or value.precision not in ("year", "range"):
        return value
    head = text[max(0, span.start_char - FISCAL_WORD_BEFORE) : span.start_char]
    written = SHORT_FISCAL_YEAR.sub(lambda m: f"FY{TWO_DIGIT_YEAR_CENTURY + int(m['yy'])}", span.text.strip())
    pair, single = YEAR_PAIR.search(written), SINGLE_YEAR.search(written)
    year = pair if pair and pair.end() == len(written) else single if single and single.end() == len(written) else None
    if year is None:
        return value
    marked = FISCAL_WORD.search(head + " " + written[: year.start()]) is not None  # "FY2025": the word in the span
    if year is pair:
        first, second = int(pair["year"]), pair["year2"]
        following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if following != first + 1 or not (marked or len(second) == 2):
            return value
    elif marked:
        first = int(year["year"]) - (1 if fiscal.named_by == "end" else 0)
    else:
        return value
    start = date(first, fiscal.first_month, 1)
    end = date(first + 1, fiscal.first_month, 1) - timedelta(days=1)
    return DateValue(start.isoformat(), end.isoformat(), "range", value.resolved_with)


# "Q3 FY25", "Q2FY2024": a quarter of a fiscal year, written short.
FISCAL_QUARTER = re.compile(r"Q(?P<quarter>[1-4])\s*(?-i:FY)\s*['’]?(?P<year>\d{4}|\d{2})$")
MONTHS_OF_A_QUARTER = 3


def _as_fiscal_quarter(written: str, value: DateValue, fiscal: FiscalYear) -> DateValue:
    """A quarter of a fiscal year ("Q3 FY25") as the months it is in the text's country's fiscal year (India's Q3
    FY25 is October-December 2024); any other quarter ("Q3 2025", "the third quarter") as it is."""
    match = FISCAL_QUARTER.search(written.strip())
    if match is None:
        return value
    year = int(match["year"]) if len(match["year"]) == 4 else TWO_DIGIT_YEAR_CENTURY + int(match["year"])
    first_year = year - (1 if fiscal.named_by == "end" else 0)
    month = fiscal.first_month + MONTHS_OF_A_QUARTER * (int(match["quarter"]) - 1)
    start = date(first_year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    after = date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1)
    return DateValue(start.isoformat(), (after - timedelta(days=1)).isoformat(), "quarter", value.resolved_with)


# Without a publication date, the explicit day of a wire dateline dates the story as a publication date would
# ("Jeddah, Muharram 21, 1444, Aug 19, 2022, SPA --"; "SHUSHA, 16th September, 2025 (WAM) --"): a day written in
# full near the start of one of the article's first lines (after the headline, a byline).
DATELINE_LINES = 8
DATELINE_CHARS = 60
# What stands before a dateline's day on its line: a place and perhaps another calendar's date, as capitalised words,
# numbers and bracketed names ("Jeddah, Muharram 21, 1444, ", "Tashkent [Uzbekistan], "), never a sentence's
# lowercase words ("The talks opened in Tashkent on March 14, 2018" is a lead, not a dateline).
_DATELINE_WORD = r"(?:[A-Z][\w'’.-]*|\d+|\[[^\]\n]*\]|\([^)\n]*\))"
# A lead opens with a preposition or an article ("On 14 May, the President ...", "In Tashkent on 5 March"): no place.
_LEAD_WORDS = r"(?:On|In|At|By|From|Since|Until|During|As|Before|After|Between|For|Over|The|A|An)\b"
DATELINE_PREFIX = re.compile(rf"(?!{_LEAD_WORDS}){_DATELINE_WORD}(?:[\s,.:/–—-]+{_DATELINE_WORD})*[\s,.:/–—-]+")


def dateline_day(doc: Doc, grammar: DateGrammar) -> date | None:
    """The explicit day written near the start of one of the doc's first non-blank lines, or None."""
    text = doc.text
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:DATELINE_LINES]
    if not lines:
        return None
    for span in doc.spans[SPANS_KEY]:
        if span.start_char >= lines[-1].end():
            break
        line_start = text.rfind("\n", 0, span.start_char) + 1
        prefix = text[line_start : span.start_char]
        if len(prefix) > DATELINE_CHARS or not DATELINE_PREFIX.fullmatch(prefix):
            continue
        value = resolve_date(span.text, grammar=grammar)
        if value and value.resolved_with == "explicit" and value.precision == "day":
            return date.fromisoformat(value.start)
    return None


# Two dates joined by "and", "or" or a comma share the year written after the second: "in January and February
# 2024", "on 5 March and 7 April 2024", "in May and June last year" (the first is of 2024, of last year).
COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s+(?:(?:in|on)\s+)?")
SHARED_YEAR = re.compile(
    r"(?:,?\s*(?:of\s+)?(?<![^\s,])(?:1[6-9]|20)\d\d|\s+(?:of\s+)?(?:the\s+)?(?:last|this|next|current|coming|previous)\s+year)$",
    re.IGNORECASE,
)
# Written with a year of its own or none to share: a span that has one ("March 2019 and July") keeps what it says.
# A year written with two digits after a fiscal or quarter mark counts too ("Q3 FY25", "3Q25", "H1'25").
HAS_YEAR = re.compile(r"(?i)\b(?:1[6-9]|20)\d\d\b|\byear\b|(?:FY|[1-4][QH]|[QH][1-4])\s*['’]?\d\d\b")


def texts_with_shared_years(doc: Doc) -> dict[int, str]:
    """For each date span (by index) whose year is written only after the dates it is coordinated with, its text with
    that year ("January" of "January and February 2024" -> "January 2024"; also along a list: "January, February
    and March 2024"); the others are left out.  A bare year after "and" is a date of its own ("signed on 5 March,
    and in 2024 ratified"), no year to share."""
    spans = list(doc.spans[SPANS_KEY])
    texts: dict[int, str] = {}
    for index in reversed(range(len(spans) - 1)):
        first, second = spans[index], spans[index + 1]
        joint = doc.text[first.end_char : second.start_char]
        second_text = texts.get(index + 1, second.text)
        shared = SHARED_YEAR.search(second_text)
        if shared and shared.start() > 0 and COORDINATION.fullmatch(joint) and not HAS_YEAR.search(first.text):
            tail = shared.group(0)
            texts[index] = first.text + (tail if tail.startswith(",") else " " + tail.strip())
    return texts


def dates(doc: Doc, *, document: Document, grammar: DateGrammar | None = None) -> Iterator[DateMention]:
    """Every date span of the doc, resolved in text order against the dates before it.

    What a date without its year (or a weekday) is resolved against, in order: an explicit day
    earlier in its own sentence (for a weekday: "On March 5, 2019 ... on Thursday" is March 7),
    then the publication date (which ingest reads from the article's stamp, else from its wire
    dateline), then, for an article without one, the explicit day of its dateline (`dateline_day`, as if it were
    the publication date), else an explicit date of the last sentences.
    `resolved_with` says which: explicit, context (the text, the dateline included) or document_date.  A date without
    its year beside a word that makes it recur ("annually in September") is no date and is left out.
    The grammar is the one `press_dates` matched with, unless one is given.
    """
    grammar = grammar or rules_of(doc, SPANS_KEY)
    published = date.fromisoformat(document.published) if document.published else dateline_day(doc, grammar)
    dated_by_dateline = published is not None and not document.published
    announcement = set(grammar.values["announcement"])
    decision = frozenset(grammar.values["decision"])
    prospective = frozenset(grammar.values["prospective"])
    retrospective = frozenset(grammar.values["retrospective"])
    occasion = frozenset(grammar.values["occasion"])
    fiscal = fiscal_year_of_text(doc.text, grammar)
    earlier: list[DateValue] = []
    anchors: list[tuple[int, date]] = []  # (sentence index, explicit day or month) when unpublished
    days: dict[int, date] = {}  # sentence index -> the latest explicit single day written in it
    shared_years = texts_with_shared_years(doc)
    for index, span in enumerate(doc.spans[SPANS_KEY]):
        sentence = sentence_id_at(doc, span.start_char)
        anchor, source = published, "document_date"
        if published is None:
            nearby = [(i, day) for i, day in anchors if sentence - i <= ANCHOR_SENTENCES]
            anchor, source = (nearby[-1][1], "context") if nearby else (None, "context")
        tense = _tense_of(span, announcement, decision, prospective, retrospective, occasion)
        value = resolve_date(
            shared_years.get(index, span.text),
            anchor=anchor,
            anchor_source=source,
            earlier=tuple(earlier),
            prefer_past=_prefers_past(tense, span, grammar, anchor),
            prefer_future=_prefers_future(tense, span, grammar),
            sentence_day=days.get(sentence),
            grammar=grammar,
        )
        if value is None or (value.resolved_with != "explicit" and _is_habitual(doc.text, span, grammar)):
            continue
        value = as_fiscal_year(doc.text, span, value, fiscal)
        if (dated_by_dateline and value.resolved_with == "document_date") or index in shared_years:
            value = replace(value, resolved_with="context")  # the text's own date (a dateline, a year shared)
        if _is_season_attribute(span, value) or _counts_from_something_else(doc.text, span, value):
            continue
        if value.start:
            earlier.append(value)
            if anchors_a_partial_date(value):
                anchors.append((sentence, date.fromisoformat(value.start)))
            if value.resolved_with == "explicit" and value.precision == "day":
                days[sentence] = date.fromisoformat(value.start)
        yield DateMention(**span_fields(span, document), **asdict(value))
