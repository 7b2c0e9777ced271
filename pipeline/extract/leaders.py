"""Leader mentions: named people and offices, resolved to canonical leaders.

In: a processed spaCy `Doc` and its `Document`.  Out: one `LeaderMention` per occurrence of a
leader (every spelling, with its own offsets), all occurrences of a person sharing
`leader_id` and canonical `name`, with the `role` written beside it, `country`, `source`
(`gazetteer` or `title_pattern`) and `confidence`.

The component `press_leaders` only matches: it writes to `doc.spans["leaders"]` the titles
(label `title`: "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan", "Uzbek
leader", "Minister of Investment, Industry and Trade", "Deputy Prime Ministers"), the titles
of honour (label `honorific`: "Leader of the Nation") and the capitalised name candidates
(label `name`: particles kept inside, "Ursula von der Leyen"; words of address left out,
"Sheikh"), a run of capitalised words being split where a gazetteer spelling fits best.
`leaders()` then decides who each span denotes: a gazetteer person (spelling-tolerant, the
document's or the sentence's date picking among namesakes; a weak surname such as "Khan"
alone only with a title or after the full name), a person introduced by a title (at least a
first name and a surname; a plural title introduces each person of the list after it; their
later surname-only mentions linked to them), the bearer of a title of honour at the time, or,
for a title standing alone ("the President of Turkmenistan", "the German chancellor"), the
office's holder at the article's date.  Names with no title, no gazetteer entry, or an
occupation that is not a leader's (analyst, poet, businessman, CEO ...) are not emitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from pathlib import Path

from rapidfuzz import fuzz
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..normalize.leaders import (
    GLUED_INITIALS,
    Candidate,
    Honorific,
    LeaderRules,
    Person,
    canonical_spelling,
    in_office_during,
    leader_id_for,
    load_leader_rules,
    overlap_days,
    period_of,
    published_period,
)
from ..patterns import default_patterns_dir
from ..records import Document, LeaderMention
from .base import RuleComponent, attach_rules, capitalised, mention_fields, rules_of, sentence_of, span_text, text_of
from .dates import counts_a_record_from

SPANS_KEY = "leaders"
TITLE, NAME, HONORIFIC = "title", "name", "honorific"
MAX_NAME_WORDS = 7  # Hamdan bin Mohammed bin Rashid Al Maktoum: particles count as words
NAME_WORDS_CACHED = 100_000  # words whose name-likeness LeaderFinder remembers before it starts afresh
OCCUPATION_WINDOW = 3  # tokens before a name in which "ethnographer", "analyst" ... disqualify it
ROLE_ALONE_SHARE = 0.75  # a role alone resolves only to someone in office for most of the period
CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "ccomp", "parataxis"})  # heads of clauses a year may stand in
# "the Vietnamese leader", "the Chinese leader": where a ruling party's general secretary is in office, the
# press means him, above the head of state; elsewhere the word names the head of state (titles.csv: president)
GENERIC_LEADER_WORDS = frozenset({"leader"})
PARTY_LEADER = "party_leader"
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
INITIAL = re.compile(r"[A-Z]\.")  # one initial of a given name, G. in "G. Kishan Reddy"
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # "the XXI Forum": a numeral, never a name (it folds to "xi")
COUNTRY_WORDS = 3  # the most words a country's name takes (United Arab Emirates), read beside a name
POSTING_LINKS = frozenset({"in"})  # links.csv country_link words that tell where an envoy serves, not an office
DICTIONARY_PHRASE_WORDS = 3  # capitalised dictionary words that are a headline's phrase, not a name
# The last word of an institution's name: dictionary words ending in one are the institution (the Afghanistan |
# Railway Authority, Kazakhstan's | Investment Agency), never a person, however few they are (Frank Field is one)
INSTITUTION_NOUNS = frozenset(
    {"authority", "agency", "committee", "commission", "council", "corporation", "company", "bank", "fund", "bureau"}
)
HEAD_OF_STATE = "president"  # the office (titles.csv key) a bare surname names first among namesakes in office
HEAD_OF_STATE_SHARE = 0.8  # the confidence of that choice: sure of the office, not that the press meant it
MIN_INTRODUCED_WORDS = 2  # a person a title introduces is named in full (first name and surname), not "June"
APPOSITIVE_TOKENS = 30  # how far after "Name," a title closing an appositive may stand
GIVEN_NAME_CUTOFF = 85  # folded similarity (0-100) of a word to a person's given name (Zhaparov Sadyr: Sadyr)
EXACT_SCORE = 100  # a spelling of the gazetteer as listed (folded)
FULL_NAME_SCORE = 95  # folded similarity (0-100) at which a title word and the words after it spell a person's name
NAME_TAIL_WORDS = 2  # a name after a portfolio list, when nothing else tells where it starts: first name and surname
# Arabic "son of" / "daughter of": a given name always stands before them, so a title that is also a given name
# (Sultan, Amir) right before one is that name (Dr Sultan bin Saad Al Muraikhi), never the title (Sultan Haitham)
PATRONYMIC_LINKS = frozenset({"bin", "bint", "ibn"})


@dataclass(frozen=True)
class _Landmarks:
    """What bounds a title in one doc, by token: where countries and places (`countries`) and state bodies
    (`bodies`) start, mapped to where they end, and where title words start (`head_starts`)."""

    doc: Doc
    countries: dict[int, int]
    bodies: dict[int, int]
    head_starts: frozenset[int] = frozenset()


class LeaderFinder(RuleComponent):
    """Finds leader titles and capitalised name candidates; writes them to doc.spans["leaders"]."""

    def __init__(self, nlp: Language, patterns_dir: str | None) -> None:
        self.nlp = nlp
        self.load_if_present(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load(self, patterns_dir: Path) -> None:
        nlp = self.nlp
        self.rules = load_leader_rules(str(patterns_dir))
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add(TITLE, [nlp.make_doc(phrase) for phrase in self.rules.titles])
        self.country_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.country_matcher.add("country", [nlp.make_doc(spelling) for spelling in self.rules.countries])
        self.body_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.body_matcher.add("body", [nlp.make_doc(phrase) for phrase in self.rules.bodies])
        self.place_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.place_matcher.add("place", [nlp.make_doc(spelling) for spelling in self.rules.places])
        self.common_words = _common_words(nlp)
        self.honorific_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.honorific_matcher.add(HONORIFIC, [nlp.make_doc(h.title) for h in self.rules.honours])
        # Word (orth id) -> whether it may be part of a name.  That depends on the word alone (its text,
        # and is_stop, a flag of the word), and the run scan asks it of every token of every article.
        self.name_words: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        self.require_rules()
        doc.spans[SPANS_KEY] = self.find(doc)
        attach_rules(doc, SPANS_KEY, self.rules)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        countries = _longest_from(self.country_matcher(doc))
        bodies = _longest_from(self.body_matcher(doc))
        honorifics = filter_spans(
            [
                Span(doc, s, e, HONORIFIC)
                for _, s, e in self.honorific_matcher(doc)
                if self._capitalised_as_written(doc[s:e])
            ]
        )
        in_honorific = {i for span in honorifics for i in range(span.start, span.end)}
        heads = self._heads(_Landmarks(doc, countries, bodies))
        head_starts = {head.start for head in heads}
        marks = _Landmarks(doc, self._anchors(doc, head_starts), bodies, frozenset(head_starts))
        titles = filter_spans(
            [
                Span(
                    doc,
                    self._title_start(marks, head),
                    self._title_end(marks, head),
                    TITLE,
                )
                for head in heads
            ]
        )
        # An honorific (Leader of the Nation) is no title of its own.
        titles = [t for t in titles if not any(i in in_honorific for i in range(t.start, t.end))]
        in_title = {i for title in titles for i in range(title.start, title.end)} | in_honorific
        in_title |= _address_phrase_tokens(doc, self.rules)
        in_country = {i for start, end in countries.items() for i in range(start, end)}
        names = []
        tokens = _TokenTable(doc)
        for run in self._runs(doc, tokens, in_title):
            while run and run[0] in in_country:
                run = run[1:]
            while run and run[-1] in in_country:
                run = run[:-1]
            names += [
                Span(doc, start, end, NAME)
                for start, end in self._split(tokens, run)
                if not self._dictionary_phrase(doc, start, end)
            ]
        return sorted(titles + names + honorifics, key=lambda span: (span.start, span.end))

    def _capitalised_as_written(self, span: Span) -> bool:
        """An honorific in capitals where its title has them: "the leader of the nation" is no honorific."""
        for honour in self.rules.honours:
            words = honour.title.split()
            if len(words) == len(span) and all(
                not w[:1].isupper() or t.text[:1].isupper() for w, t in zip(words, span, strict=True)
            ):
                return True
        return False

    def _title_start(self, marks: _Landmarks, head: Span) -> int:
        """Extend a title leftwards over modifiers, country words and a state body or portfolio.

        First president, Kazakh President, Economy Minister, Foreign Ministry spokesperson.
        """
        doc, countries, bodies = marks.doc, marks.countries, marks.bodies
        start = head.start
        country_before: dict[int, int] = {}
        for begin, end in countries.items():  # the longest country ending there (South Korea, not Korea)
            country_before[end] = min(begin, country_before.get(end, begin))
        body_before: dict[int, int] = {}
        for begin, end in bodies.items():  # the longest body ending there (Ministry of External Affairs)
            body_before[end] = min(begin, body_before.get(end, begin))
        while start > 0 and not doc[start].is_sent_start:
            previous = doc[start - 1]
            if previous.lower_ in self.rules.modifiers:
                start -= 1
            elif start in country_before:
                start = country_before[start]
            elif start in body_before and (capitalised(doc[body_before[start]]) or start == head.start):
                # a body in lower case only right before the title word (foreign ministry spokeswoman Mao Ning)
                start = body_before[start]
            elif previous.lower_ in ("'s", "’s") and start - 1 in country_before:
                start = country_before[start - 1]
            elif previous.ent_type_ == "NORP" and previous.ent_iob_ != "O" and previous.text[:1].isupper():
                start = _entity_start(doc, start - 1)  # a nationality no country row lists (the Latvian president)
            elif (
                previous.lower_ in ("'s", "’s")
                and start - 1 in body_before
                and capitalised(doc[body_before[start - 1]])
            ):
                start = body_before[start - 1]  # the European Union's Special Representative
            else:
                break
        return start

    def _title_end(self, marks: _Landmarks, head: Span) -> int:
        """Extend a title rightwards over its complement: of Foreign Affairs of the Republic of Kazakhstan.

        The complement is link words (of, the, for, under ...) each followed by capitalised words.
        A country or a state body closes it unless a further link follows (so the name after
        "President of Kazakhstan" is not swallowed); a new title or a person's name closes it too.
        """
        sentence_end = sentence_of(head[0]).end
        end = self._complement_end(marks, head.end, sentence_end)
        # A portfolio written as a list (Minister of Investment, Industry and Trade) is one title.
        while end > head.end:
            listed = self._list_end(marks, end, sentence_end)
            if listed == end:
                break
            end = self._complement_end(marks, listed, sentence_end)
        return _without_posting(marks.doc, head.end, end, sentence_end)

    def _list_end(self, marks: _Landmarks, end: int, sentence_end: int) -> int:
        """Where a list of portfolios after a complement ends (", Tourism and Handicrafts"); `end` when none follows.

        The items are joined by commas and the last one follows "and": without that "and", the
        comma separates the title from a name.  An item is a run of capitalised words (Youth
        Affairs); the last one ends where the name after it begins (see `_last_item_end`).
        """
        doc = marks.doc
        j = end
        while j < sentence_end and doc[j].text == ",":
            item = self._item_words(marks, j + 1, sentence_end)
            if not item or item[-1][1] >= sentence_end or doc[item[-1][1]].text not in (",", "and"):
                return end
            j = item[-1][1]
        if j == end or j >= sentence_end or doc[j].lower_ != "and":
            return end
        last = self._last_item_end(marks, j + 1, sentence_end)
        return last if last is not None else end

    def _item_words(self, marks: _Landmarks, j: int, sentence_end: int) -> list[tuple[int, int]]:
        """The capitalised words (start, end) of a portfolio from token j; none where a person, country or title starts.

        A person is no portfolio (President of the Republic, Tokayev and Mirziyoyev), whatever NER says.
        """
        doc, countries, head_starts = marks.doc, marks.countries, marks.head_starts
        words: list[tuple[int, int]] = []
        k = j
        while k < sentence_end and capitalised(doc[k]) and doc[k].text not in ("(", ")"):
            if k in countries or k in head_starts or (not words and self.rules.candidates(doc[k].text)):
                break
            if doc[k].ent_type_ == "PERSON" and not self._person_starts_early(doc, k, sentence_end):
                break
            end = k + 1
            while end + 1 < sentence_end and doc[end].text == "-" and _glued(doc, end):
                end += 2  # Vice-Premier, Salehi-Amiri: one word
            words.append((k, end))
            k = end
        return words

    def _person_starts_early(self, doc: Doc, k: int, sentence_end: int) -> bool:
        """NER starts a person at token k one dictionary word early, a portfolio's (Migration and Employment |
        Gulnora Hasanzoda): the word opens the entity and name words of it follow."""
        return (
            _starts_person(doc[k])
            and k + 1 < sentence_end
            and doc[k + 1].ent_iob_ == "I"
            and self._common(doc[k].text)
            and not self._common(doc[k + 1].text)
        )

    def _last_item_end(self, marks: _Landmarks, j: int, sentence_end: int) -> int | None:
        """The end of the last portfolio of a list, which the name after it usually follows without a mark.

        A state body is the item; else the item ends where NER starts a person, or where the rest
        is a gazetteer name; else the last NAME_TAIL_WORDS words are the name (Special Initiatives
        | Ahsan Iqbal), and a shorter run leaves one word to the item (Handicrafts | Reza Salehi-Amiri).
        """
        doc, bodies = marks.doc, marks.bodies
        if j in bodies:
            return bodies[j]
        words = self._item_words(marks, j, sentence_end)
        if not words:
            return None
        if words[-1][1] < sentence_end and _starts_person(doc[words[-1][1]]):
            # NER says where the person starts (Aerospace Industry | Zhaslan Madiyev), less a first name it left
            # to the item (Economy and Commerce Daniyar | Amangeldiev).
            return self._name_tail_start(marks, words[0][0], words[-1][1])
        for index in range(1, len(words)):
            rest = span_text(doc[words[index][0] : words[-1][1]])
            if _starts_person(doc[words[index][0]]) or (index < len(words) - 1 and self.rules.candidates(rest)):
                return words[index - 1][1]
        if len(words) > NAME_TAIL_WORDS + 1:
            return words[-NAME_TAIL_WORDS - 1][1]
        return words[0][1]

    def _complement_end(self, marks: _Landmarks, end: int, sentence_end: int) -> int:
        """The end of the link words and capitalised words that follow a title from token `end`."""
        doc, countries, bodies = marks.doc, marks.countries, marks.bodies
        links = self.rules.links["link"] | self.rules.links["country_link"] | self.rules.links["body_link"]
        start = end
        while end < sentence_end and doc[end].lower_ in links:
            j = end
            while j < sentence_end and doc[j].lower_ in links:
                j += 1
            if self._complement_stops(marks, start, end, j, sentence_end):
                break
            if j in countries or j in bodies:
                end = countries.get(j) or bodies[j]
                end = bodies.get(end, end)  # a body of that country (the UAE Armed Forces)
                if end + 1 < sentence_end and doc[end].lower_ in ("'s", "’s") and end + 1 in bodies:
                    end = bodies[end + 1]  # a spokesman for China's foreign ministry
                end = self._unit_end(doc, end, sentence_end)
                continue
            run_end = _run_end(marks, j, end, sentence_end)
            end = self._unit_end(doc, self._name_tail_start(marks, j, run_end), sentence_end)
        while end > start and doc[end - 1].lower_ in links and doc[end - 1].text != ")":
            end -= 1
        return end

    def _complement_stops(self, marks: _Landmarks, start: int, end: int, j: int, sentence_end: int) -> bool:
        """The link words [end, j) after a complement begun at `start` do not continue it with the words at j."""
        doc, countries, bodies, head_starts = marks.doc, marks.countries, marks.bodies, marks.head_starts
        country_links = self.rules.links["country_link"]
        # A country or a state body is one even where NER starts a person with it (Ambassador to Uzbekistan
        # Yu Jun; Senate of Oliy Majlis Tanzila Narbayeva).
        if (
            j >= sentence_end
            or not _in_capitalised_run(doc[j])
            or j in head_starts
            or doc[j].ent_type_ in ("DATE", "TIME")  # on Tuesday, on March 5: when, not which office
            or (_starts_person(doc[j]) and j not in countries and j not in bodies)
        ):
            return True
        if j not in countries and any(doc[k].lower_ in country_links for k in range(end, j)):
            return True
        # Minister of State at the Ministry of Foreign Affairs; not the President at the Forum.
        if j not in bodies and any(doc[k].lower_ in self.rules.links["body_link"] for k in range(end, j)):
            return True
        # "And" and a country that has a title of its own start another title: the Armenian Prime
        # Minister | and the Azerbaijani President, the Indian Prime Minister | and Pakistan's.
        return end == start and doc[end].lower_ == "and" and j in countries and _own_title(marks, countries[j])

    def _heads(self, marks: _Landmarks) -> list[Span]:
        """The title words of the doc (President, Deputy Prime Ministers), longest first, that are no part of a name.

        A title word inside a hyphenated name is no title (Nur-Sultan), nor one between two name words (see
        `_inside_a_name`).
        """
        doc = marks.doc
        heads = filter_spans(
            [
                doc[s:e]
                for _, s, e in self.title_matcher(doc)
                if not (_glued(doc, s) or (e < len(doc) and _glued(doc, e)))
            ]
        )
        return [head for head in heads if not self._inside_a_name(marks, head)]

    def _inside_a_name(self, marks: _Landmarks, head: Span) -> bool:
        """A one-word title that is also a name, between two name words: part of the name (Abdulaziz Sultan
        Al-Rumaihi), or before "bin" (Sultan bin Saad Al Muraikhi); before a name only it is a title (Sultan
        Haitham, the Omani Sultan Haitham).
        """
        doc, countries, bodies = marks.doc, marks.countries, marks.bodies
        if len(head) != 1 or not self.rules.titles[head[0].lower_].also_name or head.end >= len(doc):
            return False
        if self._opens_a_full_name(doc, head.start) or self._closes_a_full_name(doc, head.start):
            return True
        if doc[head.end].lower_ in PATRONYMIC_LINKS:
            return True
        if head.start == 0:
            return False
        before, after = doc[head.start - 1], doc[head.end]
        if head[0].is_sent_start or after.is_sent_start or any(before.i in range(s, e) for s, e in countries.items()):
            return False
        if any(before.i in range(s, e) for s, e in bodies.items()) or before.lower_ in self.rules.titles:
            return False
        return self._is_name_word(doc, before.orth) and self._is_name_word(doc, after.orth)

    def _opens_a_full_name(self, doc: Doc, start: int) -> bool:
        """The word at `start` and the name words after it spell a gazetteer person's full name: a title that is
        also a given name is that name (Amir Khan Muttaqi, Sultan Ahmed Al Jaber), never the title (the Amir).
        """
        end = start + 1
        while end < len(doc) and end - start < MAX_NAME_WORDS and not doc[end].is_sent_start:
            if not (self._is_name_word(doc, doc[end].orth) or doc[end].text in self.rules.particles):
                break
            end += 1
        if end - start < MIN_INTRODUCED_WORDS:
            return False
        found = self.rules.candidates(doc[start:end].text)
        return bool(found) and found[0].score >= FULL_NAME_SCORE and not found[0].by_one_word

    def _closes_a_full_name(self, doc: Doc, start: int) -> bool:
        """The name words before `start` and the word there spell a gazetteer person's full name: a title that is
        also a surname is that surname (Mervyn King), never the title (King Salman).
        """
        first = start
        while first > 0 and start - first < MAX_NAME_WORDS - 1 and not doc[first].is_sent_start:
            if not self._is_name_word(doc, doc[first - 1].orth) or doc[first - 1].lower_ in self.rules.titles:
                break
            first -= 1
        for begin in range(first, start):
            found = self.rules.candidates(doc[begin : start + 1].text)
            if found and found[0].score >= FULL_NAME_SCORE and not found[0].by_one_word:
                return True
        return False

    def _anchors(self, doc: Doc, head_starts: set[int]) -> dict[int, int]:
        """start -> end of the countries and places that close a title's complement.

        A city or region closes it as a country does (Mayor of Tashkent | Shavkat Umurzakov), unless an
        English word other than a title goes on with it into an organisation's name (the Almaty Investment
        Company; but the Almaty Mayor).
        """
        places = [(m, s, e) for m, s, e in self.place_matcher(doc) if e in head_starts or not self._goes_on(doc, e)]
        return _longest_from(places + self.country_matcher(doc))

    def _goes_on(self, doc: Doc, i: int) -> bool:
        """Token i is a capitalised English word in the same sentence (Investment), no name's first word."""
        return i < len(doc) and not doc[i].is_sent_start and doc[i].text[:1].isupper() and self._common(doc[i].text)

    def _unit_end(self, doc: Doc, end: int, sentence_end: int) -> int:
        """After a place, the lower-case word of its administrative unit (Akim of Almaty region, Sughd region)."""
        while end < sentence_end and doc[end].text in self.rules.links["unit"]:
            end += 1
        return end

    def _name_tail_start(self, marks: _Landmarks, start: int, end: int) -> int:
        """Where a person's name starts in the run of capitalised words [start, end) closing a title; `end` when none.

        NER often takes a portfolio and the name after it for one organisation (the State Committee for
        Investments Sanjar Kambarov), or starts the person one word late (Economy and Commerce Daniyar |
        Amangeldiev).  The name starts after the last English word of the run that a word of no dictionary
        follows (Investments | Sanjar Kambarov, Economic Diplomacy | Mehdi Safari): at least NAME_TAIL_WORDS
        words where nothing capitalised follows the run, any number where NER's person goes on after it.
        An organisation's name ends in an English word (the Asian Development Bank) and is never split.
        Without a dictionary, nothing is.
        """
        doc, countries, bodies = marks.doc, marks.countries, marks.bodies
        person_next = end < len(doc) and _starts_person(doc[end])
        capitalised_next = end < len(doc) and _in_capitalised_run(doc[end])
        if not self.common_words or end in countries or (capitalised_next and not person_next):
            return end
        words = _words_of(doc, start, end)
        if not all(doc[a].text[:1].isupper() for a, _ in words):
            return end  # a parenthesis: an abbreviation, not a name
        common = [self._common(span_text(doc[a:b])) for a, b in words]
        first = next((k + 1 for k in range(len(words) - 2, -1, -1) if common[k] and not common[k + 1]), None)
        if first is None or len(words) - first < (1 if person_next else NAME_TAIL_WORDS):
            return end
        if any(i in countries or i in bodies for i in range(words[first][0], end)):
            return end
        return words[first][0]

    def _dictionary_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """Words of the dictionary, each of them, capitalised as a headline writes every word (Kyrgyz President |
        Hold Official Talks Session, Uzbek President | Concludes State Visit): a phrase, no person's name.  Two
        words may be a name (Frank Field), so only DICTIONARY_PHRASE_WORDS or more are a phrase, or fewer that end in an
        institution's noun (Railway Authority)."""
        words = _words_of(doc, start, end)
        if not all(self._common(span_text(doc[a:b])) for a, b in words):
            return False
        return len(words) >= DICTIONARY_PHRASE_WORDS or doc[end - 1].lower_ in INSTITUTION_NOUNS

    def _common(self, word: str) -> bool:
        """An English word of the dictionary (investments, safety), in any of its forms, not a name."""
        lower = word.lower()
        forms = {
            lower,
            lower[:-1] if lower.endswith("s") else lower,
            lower[:-3] + "y" if lower.endswith("ies") else lower,
        }
        return bool(forms & self.common_words)

    def _runs(self, doc: Doc, tokens: _TokenTable, excluded: set[int]) -> Iterator[list[int]]:
        """Maximal runs of capitalised words (hyphenated ones kept whole) within a sentence."""
        run: list[int] = []
        for i, orth in enumerate(tokens.orth):
            name_like = i not in excluded and (
                self._is_name_word(doc, orth) or self._titled_surname(doc, tokens, i, excluded)
            )
            glued = bool(run) and i not in excluded and (tokens.glued[i] or self._particle(doc, tokens, i))
            if run and (tokens.new_sentence(i) or not (name_like or glued)):
                yield _trim_glue(tokens, run)
                run = []
            # A particle may open a name too (von der Leyen said ...).
            opening = not run and i not in excluded and self._inner_particle(doc, tokens, i)
            if name_like or (run and glued) or opening:
                run.append(i)
        if run:
            yield _trim_glue(tokens, run)

    def _titled_surname(self, doc: Doc, tokens: _TokenTable, i: int, titles: set[int]) -> bool:
        """A capitalised English word of no name (He, An, Or) right after a title and before a name word, within a
        sentence: a Chinese or Korean surname (Vice Premier He Lifeng), never the pronoun."""
        word = doc.vocab[tokens.orth[i]]
        return (
            i - 1 in titles
            and not tokens.new_sentence(i)
            and word.is_stop
            and word.text[:1].isupper()
            and word.text.isalpha()
            and i + 1 < len(doc)
            and not tokens.new_sentence(i + 1)
            and self._is_name_word(doc, tokens.orth[i + 1])
        )

    def _particle(self, doc: Doc, tokens: _TokenTable, i: int) -> bool:
        """A particle that continues the name before it: inside it (von der) or closing it (uulu)."""
        return doc.vocab[tokens.orth[i]].text in self.rules.closing_particles or self._inner_particle(doc, tokens, i)

    def _inner_particle(self, doc: Doc, tokens: _TokenTable, i: int) -> bool:
        """A lower-case particle before a name word (Ursula von der Leyen, Mansour bin Zayed, von der Leyen)."""
        if doc.vocab[tokens.orth[i]].text not in self.rules.particles:
            return False
        j = i + 1
        while j < len(doc) and doc.vocab[tokens.orth[j]].text in self.rules.particles:
            j += 1
        if j + 1 < len(doc) and j in tokens.hyphens and tokens.glued[j]:
            j += 1  # a particle hyphenated to the name word (Abdel Fattah el-Sisi)
        return j < len(doc) and not tokens.sent_start[j] and self._is_name_word(doc, tokens.orth[j])

    def _is_name_word(self, doc: Doc, orth: int) -> bool:
        known = self.name_words.get(orth)
        if known is None:
            if len(self.name_words) >= NAME_WORDS_CACHED:  # memory stays flat however many articles a worker reads
                self.name_words.clear()
            known = self.name_words[orth] = self._name_word(doc.vocab[orth])
        return known

    def _name_word(self, word: Lexeme) -> bool:
        text = GLUED_INITIALS.sub("", word.text)  # A.Aripov is a surname with its initial
        lower = word.lower_
        return (
            len(text) > 1
            and text[0].isupper()
            and text.replace("'", "").replace("’", "").isalpha()
            and not word.is_stop
            and lower not in self.rules.modifiers
            and lower not in self.rules.occupations
            and (lower not in self.rules.titles or self.rules.titles[lower].also_name)
            and lower not in self.rules.address_words
            and not ROMAN_NUMERAL.fullmatch(text)
        )

    def _given_name(self, person: Person, tokens: _TokenTable, word: tuple[int, int]) -> bool:
        """The word is the person's given name (or a close spelling of it)."""
        given = self.rules.fold(person.name.split()[0])
        return fuzz.ratio(self.rules.fold(tokens.text(*word)), given) >= GIVEN_NAME_CUTOFF

    def _split(self, tokens: _TokenTable, run: list[int]) -> list[tuple[int, int]]:
        """Split a run of capitalised words where a gazetteer spelling fits best (Dear | Shavkat Miromonovich)."""
        if not run:
            return []
        words = _words(tokens, run)
        best: tuple[float, int, int, int] | None = None  # score, number of words, first word, last word
        for first in range(len(words)):
            for last in range(first, min(len(words), first + MAX_NAME_WORDS)):
                text = tokens.text(words[first][0], words[last][1])
                found = self.rules.candidates(text)
                # A surname right after another unmatched name word belongs to someone else (Mehriban Aliyeva).
                # So does a near spelling of a full name (Chang | Lih Kang is not Li Qiang).
                if not found or ((found[0].by_one_word or found[0].score < EXACT_SCORE) and first > 0):
                    continue
                # A name never starts right after a particle: Khaled bin | Mohamed bin Zayed is the son, named in full.
                if first > 0 and tokens.text(*words[first - 1]) in self.rules.particles:
                    continue
                # A family name written first (Wang) followed by another given name is someone else (Wang Xiaoyu),
                # and so is a near spelling of a surname followed by another name word (Laziz Kudratov: not Aziz).
                # A surname followed by another name word is someone else's first name (Aziz Abdukhakimov), unless
                # that word is the person's given name, written after the surname (Japarov Sadyr).
                followed = last + 1 < len(words)
                if followed and all(
                    c.by_one_word
                    and (
                        c.person.family_first
                        or c.score < 100
                        or not self._given_name(c.person, tokens, words[last + 1])
                    )
                    for c in found
                ):
                    continue
                key = (found[0].score, last - first + 1, first, last)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is None:
            return [(words[0][0], words[-1][1])]
        _, _, first, last = best
        # A lineage going on after the spelling is the same person's (Mohammed bin Salman | bin Abdulaziz Al Saud).
        if last + 1 < len(words) and tokens.text(*words[last + 1]) in self.rules.particles:
            last = len(words) - 1
        before = [i for i in run if i < words[first][0]]
        after = [i for i in run if i >= words[last][1]]
        return [*self._split(tokens, before), (words[first][0], words[last][1]), *self._split(tokens, after)]


@Language.factory("press_leaders", default_config={"patterns_dir": None})
def make_leader_finder(nlp: Language, name: str, patterns_dir: str | None) -> LeaderFinder:
    return LeaderFinder(nlp, patterns_dir)


def _longest_from(matches: list[tuple[int, int, int]]) -> dict[int, int]:
    """start token -> end token of the longest match starting there."""
    longest: dict[int, int] = {}
    for _, start, end in matches:
        longest[start] = max(end, longest.get(start, end))
    return longest


def _common_words(nlp: Language) -> frozenset[str]:
    """The English words of the pipeline's lemmatizer index (nouns, adjectives, verbs, adverbs); none without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part in ("noun", "adj", "verb", "adv") for word in index.get(part, []))


def _words_of(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) token offsets of the words from start to end, a hyphenated word (Renaud-Basso) being one."""
    words: list[tuple[int, int]] = []
    for i in range(start, end):
        if words and _glued(doc, i) and words[-1][1] == i:
            words[-1] = (words[-1][0], i + 1)
        else:
            words.append((i, i + 1))
    return words


def _run_end(marks: _Landmarks, j: int, end: int, sentence_end: int) -> int:
    """The end of the capitalised words (and state bodies) from token j, before a country or a person NER starts."""
    doc, countries, bodies = marks.doc, marks.countries, marks.bodies
    while j < sentence_end and (_in_capitalised_run(doc[j]) or _glued(doc, j)) and j not in countries:
        if j in bodies:
            j = bodies[j]
        elif j > end and _starts_person(doc[j]):
            break
        else:
            j += 1
    return j


def _entity_start(doc: Doc, i: int) -> int:
    """The first token of the named entity token i stands in."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _without_posting(doc: Doc, start: int, end: int, sentence_end: int) -> int:
    """A title's end without the place of its posting (the Uzbek leader | in Astana, met ...), unless a name
    follows it (Egypt's ambassador in Tashkent, Tamer Hammad; Ambassador in Astana Yasuhiro Kawakami)."""
    posting = next((i for i in range(end - 1, start - 1, -1) if doc[i].lower_ in POSTING_LINKS), None)
    if posting is None or (end < sentence_end and (doc[end].text == "," or capitalised(doc[end]))):
        return end
    return posting


def _own_title(marks: _Landmarks, i: int) -> bool:
    """A title (or a possessive, Pakistan's ...) starts at token i, right after a country."""
    return i < len(marks.doc) and (i in marks.head_starts or marks.doc[i].lower_ in ("'s", "’s"))


def _in_capitalised_run(token: Token) -> bool:
    """A capitalised word, or a bracket, which goes on a run of them: Ministry of Foreign Affairs (MFA)."""
    return capitalised(token) or token.text in ("(", ")")


def _glued(doc: Doc, i: int) -> bool:
    """A hyphen inside a word (Kassym-Jomart), or the word part after it."""
    token = doc[i]
    if token.text == "-":
        return not doc[i - 1].whitespace_ and i + 1 < len(doc) and not token.whitespace_
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


class _TokenTable:
    """The token facts the scan for name runs reads, taken from a doc once.

    The scan visits every token of the article and splits each run at every length; through
    `doc[i]`, which builds a new Token each time, and `Span.text`, which joins its tokens
    again, that was most of the component's time.  The doc's text is the one `text_of` keeps,
    which the sentence index and the later extractors build anyway.
    """

    def __init__(self, doc: Doc) -> None:
        self.orth, self.start_char, lengths, sent_starts = doc.to_array([ORTH, IDX, LENGTH, SENT_START]).T.tolist()
        self.end_char = [start + length for start, length in zip(self.start_char, lengths, strict=True)]
        self.doc_text = text_of(doc)
        self.sent_start = [start == 1 for start in sent_starts]  # as `token.is_sent_start` (-1: no, 0: unset)
        hyphen = doc.vocab.strings["-"]
        self.hyphens = {i for i, orth in enumerate(self.orth) if orth == hyphen}
        # Only a hyphen or the word part after one can be glued, so only those need the full test.
        self.glued = [False] * len(doc)
        for i in self.hyphens | {h + 1 for h in self.hyphens if h + 1 < len(doc)}:
            self.glued[i] = _glued(doc, i)

    def new_sentence(self, i: int) -> bool:
        """Token i starts a sentence, unless only a space parts it from the word before.

        The parser now and then starts a sentence inside a name (Yu | Jun); a sentence needs a
        mark or a line break before it.
        """
        if not self.sent_start[i] or i == 0:
            return self.sent_start[i]
        between = self.doc_text[self.end_char[i - 1] : self.start_char[i]]
        before = self.doc_text[self.end_char[i - 1] - 1 : self.end_char[i - 1]]
        return "\n" in between or not before.isalpha()

    def text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, without building the Span and joining its tokens."""
        return self.doc_text[self.start_char[start] : self.end_char[end - 1]]


def _trim_glue(tokens: _TokenTable, run: list[int]) -> list[int]:
    while run and run[-1] in tokens.hyphens:
        run = run[:-1]
    return run


def _words(tokens: _TokenTable, run: list[int]) -> list[tuple[int, int]]:
    """(start, end) token offsets of the words of a run, a hyphenated word being one."""
    words: list[tuple[int, int]] = []
    for i in run:
        if words and (i in tokens.hyphens or i - 1 in tokens.hyphens) and words[-1][1] == i:
            words[-1] = (words[-1][0], i + 1)
        else:
            words.append((i, i + 1))
    return words


def _starts_person(token: Token) -> bool:
    return token.ent_iob_ == "B" and token.ent_type_ == "PERSON"


@dataclass(frozen=True)
class TitleReading:
    """What a title says: the office, the country, whether it marks a leader at all."""

    office: str
    country: str
    ordinal: int | None
    not_holder: bool  # former, deputy ...
    leader: bool
    governed: bool  # stands inside another phrase (an Institute under the President of ...)
    group: bool = False  # a plural title: each name of the list after it holds it
    ruler: bool = False  # a one-word ruler's title that is also a name (King, Emir, Amir, Sultan)
    generic: bool = False  # "leader": the country's leader, who in a one-party state is the party's leader


@dataclass(frozen=True)
class Resolution:
    leader_id: str
    name: str
    country: str
    source: str
    confidence: float


def read_title(title: Span, rules: LeaderRules) -> TitleReading:
    lowers = [t.lower_ for t in title]
    head = max(
        (
            (i, j)
            for i in range(len(lowers))
            for j in range(i + 1, len(lowers) + 1)
            if _written(title, i, j).lower() in rules.titles
        ),
        key=lambda ij: (ij[1] - ij[0], -ij[0]),
    )
    word = rules.titles[_written(title, *head).lower()]
    bodies = _phrases(title, rules.bodies)
    country = next((code for _, code in _phrases(title, rules.countries)), "")
    country = country or next((code for _, code in bodies if code), "")
    modifiers = [rules.modifiers[w] for w in lowers[: head[0]] if w in rules.modifiers]
    leader = not word.needs or ("country" in word.needs and bool(country)) or ("body" in word.needs and bool(bodies))
    before = title.doc[title.start - 1] if title.start > 0 else None
    if before is not None and before.lower_ in rules.links["article"]:
        before = title.doc[title.start - 2] if title.start > 1 else None  # "The Minister ..." opens the text
    governed = before is not None and before.lower_ in rules.links["link"] - {"and"}
    return TitleReading(
        # A title that a state body makes a leader's names that body's head, not the office (the head of the
        # Russian Foreign Ministry is no president).
        office="" if bodies and "body" in word.needs else word.office,
        country=country,
        ordinal=next((m.ordinal for m in modifiers if m.ordinal), None),
        not_holder=any(m.not_holder for m in modifiers),
        leader=leader,
        governed=governed,
        group=word.group,
        ruler=word.also_name,
        generic=_written(title, *head).lower() in GENERIC_LEADER_WORDS,
    )


def _phrases(span: Span, table: dict[str, str]) -> list[tuple[str, str]]:
    """The longest entries of a phrase table found in a span, left to right, with their values."""
    found = []
    i = 0
    while i < len(span):
        j = next((j for j in range(len(span), i, -1) if _written(span, i, j) in table), None)
        if j is None:
            i += 1
        else:
            text = _written(span, i, j)
            found.append((text, table[text]))
            i = j
    return found


def _written(span: Span, i: int, j: int) -> str:
    """The words i to j of a span as written, on one line: Secretary-General, People's, Prime Minister."""
    return " ".join(span[i:j].text.split())


def _reference_period(doc: Doc, document: Document) -> tuple[date, date] | None:
    """The article's date; without one, the latest year the article mentions that is not yet to come.

    Targets ("by 2051") name years after the article; they say nothing about who is in office.
    """
    period = published_period(document.published, document.published_precision)
    if period:
        return period
    years = [int(y) for y in YEAR.findall(text_of(doc)) if int(y) <= date.today().year]
    return period_of(max(years)) if years else None


def _sentence_period(span: Span, document_period: tuple[date, date] | None) -> tuple[date, date] | None:
    """The latest past year the span's clause names, else the article's date: who was in office then.

    A year in another clause says when something else happened: "The Kazakh president called the trip historic
    ... their diplomatic ties, which date back to January 7, 1993" names the president at the article's date.  A
    year a record is counted from ("the first visit by a Chinese leader since 2011") says nothing of who is in office.
    """
    sentence = sentence_of(span[0])
    clause = _clause_of(span.root)
    years = [
        int(token.text)
        for token in sentence
        if YEAR.fullmatch(token.text)
        and (clause is None or _clause_of(token) in (clause, None))
        and not counts_a_record_from(token)
    ]
    if document_period:
        years = [y for y in years if y <= document_period[1].year]
    return period_of(max(years)) if years else document_period


def _clause_of(token: Token) -> int | None:
    """The index of the head of the clause a token stands in: the sentence's root, or the verb of the relative,
    adverbial or complement clause (which date back to 1993; signed in 1998) that holds it; None without a parse.
    """
    if not token.doc.has_annotation("DEP"):
        return None
    while token.dep_ not in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token.i


def _pairs(spans: list[Span], rules: LeaderRules) -> dict[int, Span]:
    """name span start -> the title written beside it (President X; X, Deputy Minister ...; X – Director ...)."""
    if not spans:
        return {}
    doc = spans[0].doc
    titles = {span.start: span for span in spans if span.label_ == TITLE}
    title_ends = {span.end: span for span in spans if span.label_ == TITLE}
    name_starts = {span.start for span in spans if span.label_ == NAME}
    # where each name opens, its words of address included (Foreign Minister | Datuk Seri Mohamad Hasan)
    name_starts |= {
        _address_start(doc, span.start, rules, initials=len(span) > 1) for span in spans if span.label_ == NAME
    }
    paired = {}
    for name in (span for span in spans if span.label_ == NAME):
        # Words of address may stand between: Minister of Energy Prince | Abdulaziz bin Salman.
        # An initial stands before a full name only (G. Kishan Reddy); "M. Jabbarov" alone may not take the title,
        # or a near spelling of another surname would (Japarov).
        address = _address_start(doc, name.start, rules, initials=len(name) > 1)
        opening = next((i for i in (name.start, address) if i in title_ends), None)
        title = title_ends[opening] if opening is not None else _title_after(name, titles, name_starts, rules)
        # The Ambassador of Malaysia, Dato' Ahmad Rozian: words of address may follow the comma too.
        comma = address - 1
        before = title_ends.get(comma)
        if title is None and before is not None and doc[comma].text == ",":
            title = None if read_title(before, rules).governed else before
        if title is not None:
            paired[name.start] = title
    return _share_group_titles(paired, spans, rules)


def _title_after(name: Span, titles: dict[int, Span], name_starts: set[int], rules: LeaderRules) -> Span | None:
    """The title written after a name and a separator (X, Deputy Minister ...; X – Director ...), if any."""
    doc = name.doc
    j = name.end
    # A hyphen glued to the name is part of a word (Nur-Sultan), not a dash before a title.
    if j >= len(doc) or doc[j].text not in rules.links["separator"] or _glued(doc, j):
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in rules.links["article"]:
        j += 1
    # In a list (Tokayev, President Mirziyoyev and ...) the title belongs to the name after it.
    if j in titles and titles[j].end not in name_starts:
        return titles[j]
    return _appositive_title(doc, j, titles, rules) if doc[name.end].text == "," else None


def _address_start(doc: Doc, start: int, rules: LeaderRules, *, initials: bool = False) -> int:
    """Where the words of address before the name at token `start` begin (Sheikh, Prince, Mr., Tan Sri), and with
    `initials` the initials of a given name (G.); `start` if none."""
    i = start
    while i > 0:
        if doc[i - 1].lower_ in rules.address_words or (
            doc[i - 1].text == "." and i > 1 and doc[i - 2].lower_ in rules.address_words
        ):
            i -= 1
        elif phrase := _address_phrase_before(doc, i, rules):
            i -= phrase
        elif initials and INITIAL.fullmatch(doc[i - 1].text):
            i -= 1  # an initial before the name as Indian and Turkmen press write it (Minister G. Kishan Reddy)
        else:
            break
    return i


def _address_phrase_before(doc: Doc, end: int, rules: LeaderRules) -> int:
    """The number of tokens of the longest phrase of address (Tan Sri, Dato' Sri, HE) ending at token `end`, or 0."""
    lengths = [
        len(phrase)
        for phrase in rules.address_phrases
        if len(phrase) <= end and _written_at(doc, end - len(phrase), phrase)
    ]
    return max(lengths, default=0)


def _written_at(doc: Doc, start: int, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens from `start` are the phrase's, as written."""
    return tuple(t.text for t in doc[start : start + len(phrase)]) == phrase


def _address_phrase_tokens(doc: Doc, rules: LeaderRules) -> set[int]:
    """The tokens of every phrase of address in the doc: no name includes them (Tan Sri | Muhyiddin Yassin)."""
    firsts = {phrase[0] for phrase in rules.address_phrases}
    tokens: set[int] = set()
    for token in doc:
        if token.text in firsts:
            for phrase in rules.address_phrases:
                if _written_at(doc, token.i, phrase):
                    tokens.update(range(token.i, token.i + len(phrase)))
    return tokens


def _appositive_title(doc: Doc, j: int, titles: dict[int, Span], rules: LeaderRules) -> Span | None:
    """A title that ends an appositive starting at token j: Ding Xuexiang, a member of the Standing Committee
    of the Political Bureau and Chinese vice premier, ...

    The appositive runs to the next comma and holds no verb (Tokayev, who met the President of
    Uzbekistan, is not that President), no other person and no occupation that is not a leader's
    (a political scientist and former minister); the title follows its "and".
    """
    end = min(len(doc), j + APPOSITIVE_TOKENS)
    found = None
    for k in range(j, end):
        token = doc[k]
        if token.text in (",", ";", ":") or (token.is_sent_start and k > j):
            break
        if token.pos_ in ("VERB", "AUX", "PRON") or token.ent_type_ == "PERSON":
            return None
        # The person's own title closes a list of offices (... and Chinese vice premier); a title after
        # "to the" or "of the" is someone else's (an adviser to the President).
        if k in titles and k > j and doc[k - 1].lower_ == "and":
            found = titles[k]
    else:
        return None
    words = f" {' '.join(t.lower_ for t in doc[j:k])} "
    if any(f" {occupation} " in words for occupation in rules.occupations):
        return None
    return found if found is not None and found.end == k else None


def _share_group_titles(paired: dict[int, Span], spans: list[Span], rules: LeaderRules) -> dict[int, Span]:
    """A plural title before a list of names is each name's title (Deputy Prime Ministers A, B and C)."""
    names = [span for span in spans if span.label_ == NAME]
    shared = dict(paired)
    listed: set[int] = set()  # names that hold a group title through the list, not by standing right after it
    for previous, name in pairwise(names):
        title = shared.get(previous.start)
        if name.start in shared or title is None or not read_title(title, rules).group:
            continue
        right_after = title.end == previous.start or (
            title.end + 1 == previous.start and name.doc[title.end].text == ","
        )
        if not right_after and previous.start not in listed:
            continue
        between = [t.lower_ for t in name.doc[previous.end : name.start]]
        if between in ([","], ["and"], [",", "and"]):
            shared[name.start] = title
            listed.add(name.start)
    return shared


def _unsupported_alone(
    name: Span, found: Sequence[Candidate], reading: TitleReading | None, named_in_full: set[str]
) -> bool:
    """One word that only may be a gazetteer person, with nothing to support it.

    A weak surname (May, Hague, Khan), or a near spelling of a surname that NER does not take
    for a person (Touching is not Turchin), names someone only with a leader title beside it
    or when the article names that person in full.
    """
    if not found[0].by_one_word:
        return False
    weak = all(c.person.weak_surname for c in found)
    near = found[0].score < 100 and not any(t.ent_type_ == "PERSON" for t in name)
    office_only = weak and all(c.person.office_only for c in found)
    if not (weak or near) or (reading is not None and reading.leader and (not office_only or _held(found, reading))):
        return False
    return not any(c.person.leader_id in named_in_full for c in found)


def _held(found: Sequence[Candidate], reading: TitleReading) -> bool:
    """A namesake held the office the title beside an office-only surname names (weak_surnames.csv): "Foreign
    Minister Hasanov" supports the foreign minister of that name, "Defence Minister Hasanov" or "Deputy Minister
    Hasanov" nobody of the gazetteer (the surname is too common to be the gazetteer's without the office), nor does
    "Deputy Foreign Minister Hasanov": a deputy's title names the office but not its holder."""
    return (
        bool(reading.office)
        and not reading.not_holder
        and any(o.key == reading.office for c in found for o in c.person.offices)
    )


def _not_a_leader(name: Span, title: Span | None, rules: LeaderRules) -> bool:
    """The name is a place, or an occupation that is not a leader's stands just before it or in its title."""
    written = span_text(name)
    if written in rules.places or written in rules.countries:
        return True
    doc = name.doc
    window = doc[max(sentence_of(name[0]).start, name.start - OCCUPATION_WINDOW) : name.start]
    words = [t.lower_ for t in window] + ([t.lower_ for t in title] if title is not None else [])
    joined = " ".join(words)
    return any(f" {occupation} " in f" {joined} " for occupation in rules.occupations)


def _pick(
    candidates: Sequence[Candidate], period: tuple[date, date] | None, seen: set[str], *, office: str = ""
) -> tuple[Person, float]:
    """Of namesakes, the one already named in full in this article, else the one in office at the time.

    With a title beside the name (President Berdimuhamedov), "in office" means in that office.
    """
    people = [c.person for c in candidates]
    if len(people) == 1:
        return people[0], round(candidates[0].score / 100, 2)
    named = [p for p in people if p.leader_id in seen]
    if len(named) == 1:
        return named[0], 0.9
    person, share = None, 0.0
    if period and office:
        person, share = in_office_during(named or people, period, office=office)
    if period and person is None:
        person, share = _the_head_of_state(named or people, period)
    if period and person is None:
        person, share = in_office_during(named or people, period)
    if person is None:
        return people[0], 0.3
    return person, round(0.5 + 0.4 * share, 2)


def _the_head_of_state(people: list[Person], period: tuple[date, date]) -> tuple[Person | None, float]:
    """Of namesakes all in some office at the time, the one then president, when exactly one is: a bare surname
    names the head of state before a relative in another office ("Berdimuhamedov flew into Beijing" in 2026 is
    Serdar, the president, not his father who chairs the People's Council); else (None, 0.0)."""
    presidents = [p for p in people if any(o.key == HEAD_OF_STATE and overlap_days(o, period) for o in p.offices)]
    return (presidents[0], HEAD_OF_STATE_SHARE) if len(presidents) == 1 else (None, 0.0)


@dataclass
class _Article:
    """What deciding who each span denotes reads: the spans, the title beside each name, the article's date."""

    doc: Doc
    document: Document
    rules: LeaderRules
    spans: list[Span]
    paired: dict[int, Span]  # name start -> the title written beside it
    readings: dict[int, TitleReading]  # name start -> what that title says
    period: tuple[date, date] | None  # the article's date (see _reference_period)
    named_in_full: set[str] = field(default_factory=set)  # leader ids named in full so far


def leaders(doc: Doc, *, document: Document) -> Iterator[LeaderMention]:
    """Who each span of doc.spans["leaders"] denotes: named people, then titles of honour, then titles alone."""
    article = _read_article(doc, document)
    resolved = _resolve_names(article)
    yield from _name_mentions(article, resolved)
    yield from _honorific_mentions(article)
    yield from _role_alone_mentions(article, resolved)


def _read_article(doc: Doc, document: Document) -> _Article:
    rules = rules_of(doc, SPANS_KEY)
    spans = sorted(doc.spans[SPANS_KEY], key=lambda s: (s.start, s.end))
    paired = _pairs(spans, rules)
    readings = {start: read_title(title, rules) for start, title in paired.items()}
    return _Article(doc, document, rules, spans, paired, readings, _reference_period(doc, document))


def _resolve_names(article: _Article) -> dict[int, Resolution]:
    """name start -> who the name denotes; names that denote nobody are left out.

    Full names and titled names first, so that surnames anywhere in the article can link to them.
    """
    resolved: dict[int, Resolution] = {}
    introduced: dict[str, Resolution] = {}  # folded full name or surname -> a person this article introduced
    names = [span for span in article.spans if span.label_ == NAME]
    later = [name for name in names if not _resolve_first(article, name, resolved, introduced)]
    for name in later:
        _resolve_later(article, name, resolved, introduced)
    return resolved


def _resolve_first(
    article: _Article, name: Span, resolved: dict[int, Resolution], introduced: dict[str, Resolution]
) -> bool:
    """Resolve a full gazetteer name, or a person a title introduces; False to leave the name for later."""
    rules = article.rules
    found = rules.candidates(span_text(name))
    if not found and canonical_spelling(span_text(name)) != span_text(name):
        # a lineage written in full is looked up as press shortens it (Mohammed bin Salman bin Abdulaziz Al Saud)
        found = rules.candidates(canonical_spelling(span_text(name)))
    reading = article.readings.get(name.start)
    if found and not found[0].by_one_word:
        resolved[name.start] = _from_gazetteer(article, name, found)
        article.named_in_full.add(resolved[name.start].leader_id)
        return True
    if (
        reading
        and reading.leader
        and not found
        and len(span_text(name).split()) >= MIN_INTRODUCED_WORDS
        and not _not_a_leader(name, article.paired[name.start], rules)
    ):
        canonical = canonical_spelling(span_text(name))
        resolved[name.start] = Resolution(leader_id_for(canonical), canonical, reading.country, "title_pattern", 0.8)
        for key in (rules.fold(canonical), rules.fold(canonical.split()[-1])):
            introduced.setdefault(key, resolved[name.start])
        return True
    return False


def _resolve_later(
    article: _Article, name: Span, resolved: dict[int, Resolution], introduced: dict[str, Resolution]
) -> None:
    """Resolve a surname or a one-word name: to a person the article introduced, else to the gazetteer."""
    rules = article.rules
    written = span_text(name)
    local = introduced.get(rules.fold(written))
    found = rules.candidates(written)
    if local is not None:
        resolved[name.start] = replace(local, confidence=0.75)
    elif given := _by_given_name(article, name, resolved):
        if len(given) == 1:  # two people of the article with that given name: it names neither, nor a namesake
            resolved[name.start] = replace(given[0], confidence=0.7)
    elif (
        found
        and not _not_a_leader(name, article.paired.get(name.start), rules)
        and not _unsupported_alone(name, found, article.readings.get(name.start), article.named_in_full)
    ):
        resolved[name.start] = _from_gazetteer(article, name, found)


def _by_given_name(article: _Article, name: Span, resolved: dict[int, Resolution]) -> list[Resolution]:
    """The people named in full before a one-word name whose given name it is: the press calls a leader by the
    given name after the full name (Shehbaz after Shehbaz Sharif; Sheikh Mohamed after Sheikh Mohamed bin Zayed Al
    Nahyan), before any namesake of the gazetteer."""
    if len(_words_of(name.doc, name.start, name.end)) != 1:
        return []
    if any(span.label_ == NAME and span.end == name.start for span in article.spans):
        return []  # a given name written after the surname is the same mention (Zhaparov Sadyr)
    key = article.rules.fold(span_text(name))
    named = {
        r.leader_id: r
        for start, r in resolved.items()
        if start < name.start
        and len(r.name.split()) >= MIN_INTRODUCED_WORDS
        and article.rules.fold(r.name.split()[0]) == key
    }
    return list(named.values())


def _from_gazetteer(article: _Article, name: Span, found: Sequence[Candidate]) -> Resolution:
    reading = article.readings.get(name.start)
    office = reading.office if reading and reading.leader and not reading.not_holder else ""
    period = _sentence_period(name, article.period)
    found = _of_regnal_number(name, _of_country_beside(article, name, found))
    person, confidence = _pick(found, period, article.named_in_full, office=office)
    return Resolution(person.leader_id, person.name, person.country, "gazetteer", confidence)


def _of_country_beside(article: _Article, name: Span, found: Sequence[Candidate]) -> Sequence[Candidate]:
    """Of namesakes, those of the country written right before the name or after it ("Jordan's King Abdullah",
    "Saudi King Abdullah", "King Abdullah II of Jordan"); all of them when no such country names one."""
    country = _country_beside(name, article.rules.countries)
    of_country = [c for c in found if c.person.country == country]
    return of_country if country and of_country else found


def _country_beside(name: Span, countries: dict[str, str]) -> str:
    """The ISO2 code of a country written just before a name (Jordan's, Saudi) or just after it (of Jordan,
    after a regnal number); "" when none is."""
    doc = name.doc
    end = name.start - 1 if name.start and doc[name.start - 1].lower_ in ("'s", "’s") else name.start
    for start in range(max(0, end - COUNTRY_WORDS), end):
        if code := countries.get(doc[start:end].text):
            return code
    after = name.end + 1 if name.end < len(doc) and ROMAN_NUMERAL.fullmatch(doc[name.end].text) else name.end
    if after < len(doc) and doc[after].lower_ == "of":
        for stop in range(after + 1 + COUNTRY_WORDS, after + 1, -1):
            if stop <= len(doc) and (code := countries.get(doc[after + 1 : stop].text)):
                return code
    return ""


def _of_regnal_number(name: Span, found: Sequence[Candidate]) -> Sequence[Candidate]:
    """Of namesakes, the one whose name holds the regnal number written after the name (King Abdullah II is not
    King Abdullah of Saudi Arabia); all of them when no number follows or none holds it."""
    doc = name.doc
    if name.end >= len(doc) or not ROMAN_NUMERAL.fullmatch(doc[name.end].text):
        return found
    numbered = [c for c in found if doc[name.end].text in c.person.name.split()]
    return numbered or found


def _name_mentions(article: _Article, resolved: dict[int, Resolution]) -> Iterator[LeaderMention]:
    """A mention for each resolved name, with the title beside it as its role when that marks a leader."""
    for name in (span for span in article.spans if span.label_ == NAME and span.start in resolved):
        reading = article.readings.get(name.start)
        role = " ".join(span_text(article.paired[name.start]).split()) if reading and reading.leader else ""
        yield _mention(article.doc, article.document, name, resolved[name.start], role)


def _honorific_mentions(article: _Article) -> Iterator[LeaderMention]:
    """A mention for each title of honour whose bearer is clear (see _bearer)."""
    rules = article.rules
    for span in (s for s in article.spans if s.label_ == HONORIFIC):
        bearer = _bearer(span, rules, _sentence_period(span, article.period), article.doc)
        if bearer is not None:
            person = next(p for p in rules.people if p.leader_id == bearer.leader_id)
            resolution = Resolution(person.leader_id, person.name, person.country, "gazetteer", 0.9)
            yield _mention(article.doc, article.document, span, resolution, " ".join(span_text(span).split()))


def _role_alone_mentions(article: _Article, resolved: dict[int, Resolution]) -> Iterator[LeaderMention]:
    """A title standing alone (the President of Turkmenistan) names its holder at the time, when that is clear;
    without a country (the Head of State), only the one holder of that office the article has already named.
    """
    rules = article.rules
    resolved_ids = {r.leader_id for r in resolved.values()}
    named = [p for p in rules.people if p.leader_id in resolved_ids]
    titled = {title.start for title in article.paired.values()}
    for title in (s for s in article.spans if s.label_ == TITLE and s.start not in titled):
        reading = read_title(title, rules)
        if not (reading.leader and reading.office) or reading.not_holder or _indefinite(title, rules):
            continue
        person, share = _holder(rules, reading, _sentence_period(title, article.period), named)
        if person is not None and share >= ROLE_ALONE_SHARE:
            resolution = Resolution(person.leader_id, person.name, person.country, "gazetteer", round(0.6 * share, 2))
            yield _mention(article.doc, article.document, title, resolution, " ".join(span_text(title).split()))


def _indefinite(title: Span, rules: LeaderRules) -> bool:
    """An indefinite word stands right before the title (by a German chancellor): it names nobody in particular."""
    return title.start > 0 and title.doc[title.start - 1].lower_ in rules.links["indefinite"]


def _holder(
    rules: LeaderRules, reading: TitleReading, period: tuple[date, date] | None, named: list[Person]
) -> tuple[Person | None, float]:
    """Who holds the office a title alone names: of its country, from the gazetteer; else of the people named."""
    if reading.country and reading.generic and not reading.ordinal:
        party_leader, share = rules.holder(PARTY_LEADER, reading.country, period)
        if party_leader is not None:
            return party_leader, share
    if reading.country:
        return rules.holder(reading.office, reading.country, period, ordinal=reading.ordinal)
    if reading.ruler:
        # the Amir, the King: a monarch, never the president the article named (shared office key "president")
        return None, 0.0
    holders = [
        p for p in named if period and any(o.key == reading.office and overlap_days(o, period) for o in p.offices)
    ]
    return (holders[0], 0.9) if len(holders) == 1 and not reading.ordinal else (None, 0.0)


def _bearer(span: Span, rules: LeaderRules, period: tuple[date, date] | None, doc: Doc) -> Honorific | None:
    """Who an honorific names: its one bearer; of several, the one whose country the sentence, else the
    article, names most; else the one who bore it at the time.  Still several: nobody.
    """
    written = " ".join(span_text(span).lower().split())
    bearers = [h for h in rules.honours if h.title.lower() == written]
    if len({h.leader_id for h in bearers}) > 1:
        for context in (span_text(sentence_of(span[0])), text_of(doc)):
            named = {
                code: sum(context.count(w) for w, c in rules.countries.items() if c == code)
                for code in {h.country for h in bearers}
            }
            most = max(named.values())
            if most and list(named.values()).count(most) == 1:
                bearers = [h for h in bearers if named[h.country] == most]
                break
    if len({h.leader_id for h in bearers}) > 1 and period is not None:
        bearers = [h for h in bearers if h.start <= period[1] and period[0] <= h.end]
    return bearers[0] if len({h.leader_id for h in bearers}) == 1 else None


def _mention(doc: Doc, document: Document, span: Span, resolution: Resolution, role: str) -> LeaderMention:
    return LeaderMention(
        **mention_fields(doc, document, span.start_char, span.end_char),
        leader_id=resolution.leader_id,
        name=resolution.name,
        role=role,
        country=resolution.country,
        source=resolution.source,
        confidence=resolution.confidence,
    )
