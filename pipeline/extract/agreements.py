"""Agreement mentions: named treaties, agreements, statements and other documents.

In: a processed spaCy `Doc` (tagged, parsed) and its `Document`; the rules in
`patterns/agreements/` (document heads as token patterns, word roles, aliases, organisations
named like documents) and `patterns/geo/`.  Out: the component `press_agreements` writes one
span per named document to `doc.spans["agreements"]` (label: the document type); the
generator `agreements` turns them into `AgreementMention`s whose `name`, `agreement_id`,
`parties` and `year` are shared by every wording of the same document in the article.

A title is a head word ("Agreement", "joint statement") widened to the left over the
capitalised words and quoted name before it ("the “Central Asia-2040” Concept") and to
the right over its complement ("on the Regime of the Kazakh-Turkmen State Border", "for
expanding trade for 2025-2027", "on Good-Neighbourliness, Friendship and Cooperation"), up to
where the clause goes on (a verb, a date, a city, a stop word such as "in the presence of",
parties named only generically, another document).  Quoted titles that follow a document
word ("the Resolutions ... “Zone of peace ...”") are titles of that type.

A lowercase title ("the agreement on cooperation in veterinary medicine") is a document
when it opens an item of a list (bullets, numbers, a colon or semicolons) or when a signing,
adoption or ratification verb governs it; a document word with no title is one only as what
was signed ("signed a contract").  A title nested in another by a link ("the Protocol on
amendments to the Agreement on X") is a document too.  "The treaty", "the transport
agreement" and other definite mentions with no title take the id of the document of their
type named nearest (the one whose words they share, if any); with none, they are dropped.
Within an article, a shorter wording in another sentence joins the fuller title whose words
include its own, and every wording of a document takes its most complete title as its name.
Well-known treaties and their short forms ("the NPT", "the Caspian Convention") take their
official title from `aliases.csv`; across articles, `pipeline.link.one_id_per_document`
gives one document one id.

Also part of a title: a quoted complement that opens with a link ("the Agreement «On ...»"),
the year a programme runs to ("until 2030"), and in an item of a list, a purpose ("Plan of
measures to develop ..."). A lowercase title is specific too when "and" joins it to a
capitalised document, or a signing word stands before it in the headline ("sign agreement on
...").  "The Treaty" alone refers to a document named elsewhere, or to none.

Also part of a title: a chain of places joined by spaced dashes before a noun ("the Termez – Kabul – Peshawar
railway"), where a moving thing or worker comes from ("Cherries Exported from Kyrgyzstan to China"), a hyphenated
modifier ("future-oriented"), a common noun's possessive ("of the commission's meeting") and a capitalised name the
parse makes part of a lowercase document word ("the Fresh Wind programme of ...").  A signing participle right after
a lowercase title ("the memorandum on X signed in June 2024") makes it specific.

A headline's verb ("Kazakhstan, Qatar Sign Joint Declaration on ...") is no part of the name after it. A lowercase
title that is drafted, prepared, negotiated or proposed ("discussed a draft agreement on the avoidance of double
taxation") names a document too, without "draft" in its name (it is not signed: frames decide signings).  Also part
of a title: a plural possessive ("seafarers’ diplomas") and "at" + a named production site (`sites.csv`) that a word
of the complement governs ("a contract launching the production phase at the Djengeldi deposit"), and "to amend" +
the amended document ("a Protocol to amend the Convention for ..."); a date or a year after "of" is not ("the
Agreement on the Eurasian Economic Union of 29 May 2014").  A list's item may open with a capitalised modifier
("• Intergovernmental agreement on ...") or be numbered within one sentence ("(1) a treaty on extradition, (2)
...").  After a plural document word, titles in single quotation marks are quoted titles too ("memoranda on
'Cooperation in Education' and 'Youth Exchanges'").

Press's short words "pact" and "deal" refer back only with words of their own ("the minerals pact", "the gas deal"),
to the titled document of any type that shares them; "the deal" alone names none.  A year may stand before a
back-reference's words ("the 2008 double taxation agreement").  Bodies that generic parties own are part of a title
("between the two countries’ Ministries of Justice").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..normalize.agreements import (
    LINK_ROLES,
    QUOTES,
    REFERRING_TYPE,
    AgreementRules,
    HeadRule,
    agreement_id_for,
    alias_id,
    canonical_name,
    find_alias,
    key_words,
    load_agreement_rules,
    parties_in,
    years_in,
)
from ..normalize.dates import YEAR_DIGITS
from ..patterns import default_patterns_dir
from ..records import AgreementMention, Document
from .base import RuleComponent, attach_rules, capitalised, rules_of, sentence_of, span_fields, span_text, text_of
from .matching import AnchoredMatcher

SPANS_KEY = "agreements"
LINKS = LINK_ROLES
# Links that join a place to a title that moves something: "for the Supply of Wheat to Azerbaijan", "through Iran".
ROUTE_LINKS = ("link_route", "link_document")
# "from" (a link_name word) joins where a moving thing comes from: "Fresh Cherries Exported from Kyrgyzstan to China".
ORIGIN_LINKS = ("link_name",)
PERIOD_LINKS = ("link_period", "link_until")
# Between a document word and the quoted titles it introduces only a short modifier may stand
# ("the Resolutions initiated by Turkmenistan at the UN “...”"), not a clause ("a statement saying that “...”").
QUOTE_GAP_TOKENS = 8
CLAUSE_TAGS = {"VB", "VBD", "VBG", "VBP", "VBZ", "MD", "PRP", "WDT", "WP"}
FINITE_TAGS = {"VBD", "VBP", "VBZ", "MD"}
BARE = "bare"
# Verbs whose quoted complement after a document word is what someone calls it, not its title.
CALLING_VERBS = {"call", "describe", "dub", "term", "hail", "label"}
# Entities that may act in a clause after a list: "..., Kazakhstan and Russia signed", "..., and Tokayev said".
ACTOR_ENTITIES = {"GPE", "LOC", "NORP", "ORG", "PERSON"}
# "the treaty", "the transport agreement": a lowercase document word that refers back to a document
# named elsewhere in the article; it takes that document's id, or is dropped when there is none.
ANAPHOR = "anaphor"
# A title that opens an item of a list (kb_id of its span): two items of a list are two documents.
LISTED = "listed"
# The span id of one item of a list of documents sharing one plural head ("signed agreements on X and on Y"):
# this prefix, then the head in the singular, which names each item ("Agreement on Y").
SHARED_HEAD = "shared:"
# Plurals whose singular is not the word without its "s".
IRREGULAR_SINGULARS = {"memoranda": "memorandum", "treaties": "treaty"}
DEFINITE = {"the", "this", "that", "said"}
# Entities that never start the name of a lowercase document: "the Tokayev programme" names whose it is, not its title.
# Entity types of a proper noun before a document word that say whose it is or where it was signed, not which one
# it is ("the Tashkent agreement"); nationalities are found by the gazetteer: the parse reads names as NORP too.
PARTY_ENTITIES = {"GPE", "LOC", "PERSON"}
NAME_BEFORE_ENTITIES = {"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
# Roles of words that join or quantify, never part of a capitalised name before a head ("Framework Agreement",
# "Currency Exchange Agreement" are names, though "framework" and "exchange" have roles of their own).
GRAMMAR_ROLES = (*LINKS, "coordinator", "determiner", "anaphoric", "list_end")
# The number of a list item is at most a few tokens: "12.", "(3)", "b)".
ITEM_NUMBER_TOKENS = 3
# What ends an item of a list of documents written in one sentence.
ITEM_ENDS = {";", ".", "!", "?"}
# Dashes written between spaced names of a route ("the Termez – Mazar-i-Sharif – Kabul – Peshawar railway").
CHAIN_DASHES = {"–", "—", "-"}
# What makes the generic parties before it owners of a named body ("the two countries’ Ministries of Justice").
POSSESSIVE_MARKS = {"'", "’", "'s", "’s"}
BULLETS = {"•", "–", "—", "-", "*", "·", "▪", "●", "○", "◦", "‣"}
# How many words before the document word "to" may join: "to the Intergovernmental Agreement on ...".
DOCUMENT_PHRASE_TOKENS = 4
# An item of a list inside a title ("on Investments, Economic and Technical Assistance") is a short
# noun phrase; a longer stretch after a comma is the clause going on.
ENUMERATION_ITEM_TOKENS = 5
# How far before an untitled document word its article may stand with the words that introduce it: "a $ 1.2
# trillion won contract" is six tokens; further off, the article belongs to another noun.
INTRODUCTION_TOKENS = 7
# The longest "to" + verb phrase that names an untitled document's project ("to build a 330-megawatt small nuclear
# plant in the Jizzakh region" is 13 tokens); longer, it is a clause of its own.
PURPOSE_TOKENS = 16
# Verbs that, as "to" + verb right after an untitled document word, say which project the document is for ("signed
# a contract to build a small nuclear plant in the Jizzakh region"); "an agreement to boost cooperation" says nothing
# of which document it is.  (Kept out of words.csv: a word's role there also takes it out of documents' ids.)
PURPOSE_VERBS = frozenset(
    [
        "build",
        "construct",
        "rebuild",
        "reconstruct",
        "finance",
        "supply",
        "deliver",
        "purchase",
        "buy",
        "modernise",
        "modernize",
        "operate",
    ]
)
# Words that open another clause after a project's description.
PURPOSE_ENDS = {"while", "which", "that", "as", "whereas", "when", "where", "after", "before"}
# A short abbreviation in brackets inside a title: "Abu Dhabi Developmental Holding Company (ADQ) and ..."
ABBREVIATION_TOKENS = 3
# How far up the parse a document word may stand from the signing verb that makes it specific:
# "signed [a memorandum]", "[an agreement] ... and [a programme] were signed", "the signing of [the treaty]".
# Signing words that stand in names as nouns ("the Information Exchange Agreement", "the Signing Protocol"): before
# a capitalised head they are part of its name, not a headline's verb.
SIGNING_NOUNS = {"exchange", "signing"}
# The number of an item of a list written in one sentence: "(1)", "(12)"; "1." or "2)" there may be other things.
INLINE_ITEM_NUMBER = re.compile(r"\(\d{1,2}\)")
# An ordinal written in digits ("10th", "21st"): a meeting's or a century's number, not a date.
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$", re.IGNORECASE)
# Single quotation marks, which some outlets put around titles ('Cooperation in Education'); also apostrophes.
SINGLE_QUOTES = {"'", "‘", "’"}
# The apostrophe of a plural possessive ("seafarers’ diplomas"), straight or curly.
APOSTROPHES = {"'", "’"}
SIGNING_HOPS = 4
SIGNING_DEPS = {"dobj", "nsubjpass", "nsubj", "conj", "appos", "pobj", "prep", "attr", "oprd"}
# A document word with no title is one document only as what was signed: "signed [a contract]",
# "[the contract] was signed", "the signing of [a memorandum]", "a treaty and [a contract] were signed".
BARE_SIGNING_HOPS = 3
BARE_SIGNING_DEPS = {"dobj", "nsubjpass", "conj", "pobj", "prep"}
# Heads whose purpose ("to" + a verb) belongs to the title outside lists too: "a joint action plan to speed up trade",
# "a roadmap to double trade by 2030"; an agreement "to boost trade" is what it is for, said by the clause.
PURPOSE_HEADS = {"plan", "roadmap", "road-map", "map", "programme", "program"}
# Words before the year a plan aims at: "by 2030", "until 2030".
TARGET_LINKS = {"by", "until", "till", "through"}
# "The leaders put their names to [a joint declaration]", "set their signatures to": the idiom of signing.
SIGNATURE_VERBS = {"put", "set", "affix"}
# "enter into force", "come into effect", "take effect": only a specific, signed document takes legal force, so a
# lowercase title that is the subject of these is one ("an agreement on ... would enter into force on January 1")
IN_FORCE_VERBS = {"enter", "come", "take"}
FORCE_NOUNS = {"force", "effect"}
# how far after its verb "force"/"effect" may stand ("enter into force", "come fully into effect")
IN_FORCE_TOKENS = 3
SIGNATURE_NOUNS = {"signature", "name", "autograph"}
# Nouns of prepositions of many words ending in "to": "with respect to", "with regard to", "in relation to".
PHRASE_NOUNS = {"respect", "regard", "relation", "reference"}
# "among them an agreement on ...": the pronoun stands for the documents signed just before.
AMONG_PRONOUNS = {"them", "which", "these", "those"}
# How far before the document word "among" may stand: "Also among the 11 documents signed on Monday was [an ...]".
AMONG_TOKENS = 10
# Plural nouns of documents that are not heads of titles themselves: "among the documents", "among the deals".
DOCUMENT_PLURALS = {"document", "deal", "pact", "paper", "accord"}
# A date entity says when a document was signed ("in 1997", "last week"), unless it is part of a name
# ("Alliance in the 21st Century"): only these words make it a date of the clause.
_WHEN = re.compile(
    r"\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|week|month|year|quarter|"
    r"\bhalf\b|today|tomorrow|yesterday|\bago\b|\blast\b|\bnext\b|\bthis\b",
    re.IGNORECASE,
)
_YEAR_TOKEN = re.compile(YEAR_DIGITS)
_PAST = re.compile(r"\b(?:last|ago|yesterday|today|earlier)\b", re.IGNORECASE)
_DESIGNATION = re.compile(r"\d[\d/.\-]*")
NUMBER_SIGNS = {"no", "no.", "№", "nr", "nr."}


class AgreementFinder(RuleComponent):
    """Finds the titles of named documents; writes them to doc.spans["agreements"]."""

    def __init__(self, nlp: Language, patterns_dir: str | None) -> None:
        self.vocab = nlp.vocab
        self.load_if_present(Path(patterns_dir) if patterns_dir else default_patterns_dir())

    def load(self, patterns_dir: Path) -> None:
        self.rules = load_agreement_rules(str(patterns_dir))
        self.heads = AnchoredMatcher(self.vocab)
        for number, head in enumerate(self.rules.heads):
            self.heads.add(str(number), [head.pattern])
        self.not_documents = AnchoredMatcher(self.vocab)
        for pattern in self.rules.not_documents:
            self.not_documents.add("not_document", [pattern])

    def __call__(self, doc: Doc) -> Doc:
        self.require_rules()
        doc.spans[SPANS_KEY] = self.find(doc)
        attach_rules(doc, SPANS_KEY, self.rules)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        """Every title in the doc, longest first where two overlap, organisations left out."""
        matches = [(self.rules.heads[int(doc.vocab.strings[m])], s, e) for m, s, e in self.heads(doc)]
        reader = TitleReader(doc, self.rules, head_starts={s for _, s, _ in matches})
        titles = [title for head, start, end in matches for title in self.titles_at(reader, head, start, end)]
        return self.kept(doc, reader, titles)

    def titles_at(self, reader: TitleReader, head: HeadRule, start: int, end: int) -> list[Span]:
        """The titles a head word doc[start:end] stands in: its own title, the quoted titles it introduces,
        a titleless document it names as what was signed, or a reference back ("the treaty"); or none."""
        doc = reader.doc
        if head.refers:
            return self.reference_titles(reader, head, start, end)
        if head.named:
            # "the NPT": the abbreviation is the name; "the NPT Review Conference" names a meeting
            name_follows = end < len(doc) and doc[end].is_alpha and capitalised(doc[end])
            return [] if name_follows else [Span(doc, start, end, label=head.type)]
        bounds = None if head.plural else reader.title(start, end, bare=head.bare)
        if bounds is None or bounds == (start, end):
            quoted = reader.quoted_titles(end, single=head.plural)
            if quoted:
                return [Span(doc, s, e, label=head.type) for s, e in quoted]
        if bounds == (start, end) and not head.bare and reader.definite_only(start):
            # "Under the Treaty, ...": a head word alone after "the" refers to a document named elsewhere; it is
            # no name ("the relevant Treaty" is kept: its sentence may say which one; see `_read`)
            return [Span(doc, start, end, label=head.type, span_id=ANAPHOR)]
        if bounds:
            # A head with no title around it ("the relevant Treaty") is marked: context must identify it.
            bare = BARE if bounds == (start, end) else ""
            listed = LISTED if reader.listed(bounds[0]) else ""
            return [Span(doc, *bounds, label=head.type, span_id=bare, kb_id=listed)]
        if head.plural:
            prefix, shared = _singular(doc[start:end].text), reader.shared_head_items(start, end)
            return [Span(doc, s, e, label=head.type, span_id=SHARED_HEAD + prefix, kb_id=LISTED) for s, e in shared]
        if signed := reader.signed_document(start, end):
            # "signed a contract", "adopted a joint declaration": named by its words, which say only the type
            return [Span(doc, *signed, label=head.type, span_id=BARE)]
        if anaphor := reader.anaphor(start, end):
            return [Span(doc, *anaphor, label=head.type, span_id=ANAPHOR)]
        return []

    def reference_titles(self, reader: TitleReader, head: HeadRule, start: int, end: int) -> list[Span]:
        """The reference back a referring head doc[start:end] stands in ("the document", "the minerals pact"), or
        none: a described head alone ("the deal") has no words of its own to say which document it is."""
        anaphor = reader.anaphor(start, end)
        if anaphor is None or (head.described and anaphor[0] + 1 == start):
            return []
        return [Span(reader.doc, *anaphor, label=head.type, span_id=ANAPHOR)]

    def kept(self, doc: Doc, reader: TitleReader, titles: list[Span]) -> list[Span]:
        """The titles that stay: the longest of overlapping ones, titles nested in them by a link, no organisation."""
        excluded = [(s, e) for _, s, e in self.not_documents(doc)]
        kept = filter_spans(titles)
        # "the Protocol on amendments to the Agreement on X" names two documents: the Agreement is one too.
        kept_bounds = {(t.start, t.end) for t in kept}
        nested = [
            t
            for t in titles
            if (t.start, t.end) not in kept_bounds
            and not t.id_
            and any(o.start < t.start and t.end <= o.end for o in kept)
            and reader.nested(t.start)
        ]
        return [
            title
            for title in sorted(kept + filter_spans(nested), key=lambda t: (t.start, t.end))
            if not any(title.start <= s and e <= title.end for s, e in excluded)
        ]


@Language.factory("press_agreements", default_config={"patterns_dir": None})
def make_agreement_finder(nlp: Language, name: str, patterns_dir: str | None) -> AgreementFinder:
    return AgreementFinder(nlp, patterns_dir)


@dataclass
class _Complement:
    """What reading a complement has found so far: where it ends, whether a capital names something in it,
    the last link read and whether nothing but that link has been read since."""

    end: int
    capital: bool = False
    phrase_link: str = ""
    after_link: bool = False
    listed: bool = False  # the title opens an item of a list of documents
    movement: bool = False  # a noun that moves something ("supply", "transit") stands in the complement


@dataclass
class TitleReader:
    """Reads where a title starts and ends around a head word, token by token."""

    doc: Doc
    rules: AgreementRules
    head_starts: set[int] = field(default_factory=set)
    entities: dict[int, Span] = field(default_factory=dict)  # token index -> the entity it stands in

    def __post_init__(self) -> None:
        self.entities = {i: entity for entity in self.doc.ents for i in range(entity.start, entity.end)}

    def role(self, token: Token) -> str:
        role = self.rules.role(token.text)
        if role == "link_route" and capitalised(token) and not token.is_sent_start:
            return ""  # a word of a title-cased title ("Harmonisation of Through Tariffs"), not the route's link
        return role

    def entity_of(self, token: Token) -> Span | None:
        return self.entities.get(token.i)

    def title(self, start: int, end: int, *, bare: bool) -> tuple[int, int] | None:
        """(start, end) of the title around the head doc[start:end], or None if it names no document."""
        doc = self.doc
        sent = sentence_of(doc[start])
        name_follows = end < sent.end and self._is_word(doc[end]) and capitalised(doc[end]) and not self.role(doc[end])
        if name_follows and not self._designation_end(end, sent.end):
            return None  # the head modifies a name ("Treaty Organization"): not a document
        listed = self._listed(start, sent.start)
        # A capital at the start of a sentence says nothing about being a title, unless it opens a list item.
        named = capitalised(doc[start]) and (start > sent.start or listed)
        left = self._title_start(start, sent.start, named=named)
        right, has_complement, capital_inside = self._title_end(end, sent.end, listed=listed)
        before = doc[left - 1] if left > sent.start else None
        determined = before is not None and self.role(before) in ("determiner", "anaphoric")
        if named and (has_complement or left < start or determined):
            return left, right
        if listed and (has_complement or bare):
            return left, right  # "• Agreement on international combined transport of goods;"
        if (
            has_complement
            and (capital_inside or self._specific(doc[end - 1], right, sent.end))
            and self._has_content(end, right)
        ):
            # "the agreement on the Demarcation of State Borders"; "signed a memorandum on tourism exchanges"
            return left, right
        if bare and determined and self._is_singular(doc[end - 1]):
            return start, end  # "a joint statement"
        return None

    def _title_start(self, start: int, sent_start: int, *, named: bool) -> int:
        """Where the title of the head at doc[start] starts: over the name before a capitalised head, over the
        modifiers of a lowercase one, but not over what is said of its state ("a draft agreement on ...")."""
        left = (
            self._prefix_start(start, sent_start)
            if named
            else self._name_before(self.modifier_start(start, sent_start), start, sent_start)
        )
        while left < start and self.role_of_lemma(self.doc[left]) == "drafting":
            left += 1
        if not named and left > sent_start and self._item_first_modifier(self.doc[left - 1], start):
            left -= 1  # "• Intergovernmental agreement on ...": the item's first word, capitalised as such
        return left

    def _title_end(self, end: int, limit: int, *, listed: bool) -> tuple[int, bool, bool]:
        """Where the title of the head doc[...:end] ends, whether anything follows the head in it, and whether a
        capital names something in it: the complement, then a plan's purpose ("a joint action plan to speed up
        trade") or, in an item of a list, any document's."""
        right, has_complement, capital_inside = self._complement_end(end, limit, listed=listed)
        purpose_end = self._listed_purpose_end(right, limit, listed=listed or self._plan_with_purpose(end - 1))
        return purpose_end, has_complement or purpose_end > right, capital_inside

    def _plan_with_purpose(self, head: int) -> bool:
        """A plan's purpose is part of its title, except in the headline, which sums the story up ("Kazakhstan,
        Kyrgyzstan approve roadmap to bring trade to $3 bln" names the Roadmap its body titles in full)."""
        doc = self.doc
        if doc[head].lower_ not in PURPOSE_HEADS:
            return False
        return any("\n" in t.text or "\n" in t.whitespace_ for t in doc[:head])

    def _listed_purpose_end(self, right: int, limit: int, *, listed: bool) -> int:
        """In an item of a list of documents, a purpose ("Plan of measures to develop the border infrastructure for
        2024-2026") belongs to the title: it runs to the item's end.  Elsewhere "to" + verb is the clause going on."""
        doc = self.doc
        if not listed or right + 1 >= limit or doc[right].lower_ != "to" or doc[right + 1].tag_ != "VB":
            return right
        k = right + 2
        while k < limit and doc[k].text not in ITEM_ENDS and not self._line_starts_at(k) and not self._purpose_ends(k):
            k += 1
        while k > right + 2 and (doc[k - 1].is_punct or doc[k - 1].is_space or self.role(doc[k - 1]) in LINKS):
            k -= 1  # "... to double trade | on Monday": the link before a date of the clause is the clause's too
        return k

    def _purpose_ends(self, k: int) -> bool:
        """The purpose of a plan ends where the clause goes on: a comma, a bracket, a finite verb, a relative word or
        a date of the clause ("an action plan to lift trade to $1 billion by 2030, the ministers said", "a work plan
        to boost trade turnover on Monday"); the year it aims at ("by 2030") or its period ("for 2024-2026") belongs to
        it."""
        token = self.doc[k]
        if token.text in {",", "(", ":", "—"} or token.tag_ in FINITE_TAGS | {"WDT", "WP"}:
            return True
        if not self._is_when(token):
            return False
        entity = self.entity_of(token)
        first = entity.start if entity is not None else k
        before = self.doc[first - 1] if first > 0 else token
        return not (before.lower_ in TARGET_LINKS or self.role(before) in PERIOD_LINKS)

    def definite_only(self, start: int) -> bool:
        """Only "the" stands before the head at doc[start], after no other word of a title."""
        return start > 0 and self.doc[start - 1].lower_ == "the" and self.role(self.doc[start - 1]) == "determiner"

    def nested(self, start: int) -> bool:
        """A capitalised title that a link and "the" join to the title around it: "... to the Agreement on X"; or a
        lowercase one that a document link joins: "a protocol amending the visa waiver agreement for ..."."""
        doc = self.doc
        return (
            start >= 2
            and (capitalised(doc[start]) or self.role(doc[start - 2]) == "link_document")
            and doc[start - 1].lower_ == "the"
            and self.role(doc[start - 2]) in LINKS
        )

    def anaphor(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of "the treaty", "the transport agreement": a definite lowercase head with no title."""
        doc = self.doc
        sent = sentence_of(doc[start])
        if capitalised(doc[start]) or not self._is_singular(doc[end - 1]):
            return None
        if end < sent.end and (self._complement_end(end, sent.end)[1] or doc[end].text in QUOTES):
            return None  # a complement that did not make a title ("the agreement on what was discussed")
        left = self.modifier_start(start, sent.start)
        if left > sent.start + 1 and left < start and _signing_year(doc[left - 1]):
            left -= 1  # "the 2008 double taxation agreement": the year it was signed stands before its words
        if left > sent.start and doc[left - 1].lower_ in DEFINITE:
            return left - 1, end
        return None

    def signed_document(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of a singular document word with no title that a signing verb governs: "signed a
        contract", "the contract for which was signed", "a memorandum of understanding was signed"."""
        doc = self.doc
        token = doc[end - 1]
        if not self._is_singular(token) or (end < len(doc) and doc[end].text in QUOTES):
            return None
        signed = self._signing_clause(token, end)
        if not (signed or self._governed_by_signing(token, BARE_SIGNING_HOPS, BARE_SIGNING_DEPS)):
            return None
        sent = sentence_of(token)
        right, has_complement, _ = self._complement_end(end, sent.end)
        # Only a complement that names nothing ("of understanding") belongs to a document word with no title.
        named_nothing = has_complement and not self._has_content(end, right)
        right = right if named_nothing and not parties_in(span_text(doc[end:right]), self.rules) else end
        return self.modifier_start(start, sent.start), right

    def listed(self, start: int) -> bool:
        """The title starting at doc[start] opens an item of a list of documents."""
        return self._listed(start, sentence_of(self.doc[start]).start)

    def _listed(self, start: int, sent_start: int) -> bool:
        """The head opens an item of a list: after a bullet, a number, a colon or a semicolon, or a line's start."""
        doc = self.doc
        i = start
        while i > sent_start and (self.role(doc[i - 1]) == "determiner" or self._is_modifier(doc[i - 1], start)):
            i -= 1
        if i > sent_start and self._item_first_modifier(doc[i - 1], start):
            i -= 1  # "• Intergovernmental agreement on ...": the item's first word
        if i == 0:
            return False  # the article's first words are its headline
        previous = doc[i - 1]
        if self.role(previous) == "coordinator" and i - 2 > sent_start and doc[i - 2].text == ";":
            previous = doc[i - 2]  # "...; and a memorandum on education": the last item of a semicolon list
        if previous.text in BULLETS or previous.text in {":", ";"}:
            return True
        k = i
        while k > 0 and i - k < ITEM_NUMBER_TOKENS and _item_number_part(doc[k - 1]):
            k -= 1
        if k < i and any(t.like_num or len(t.text) == 1 for t in doc[k:i]) and self._line_starts_at(k):
            return True  # "1. Memorandum of Understanding on ...", "(2) Agreement on ...", "b) Protocol ..."
        if INLINE_ITEM_NUMBER.fullmatch(doc[k:i].text):
            return True  # "The documents are: (1) a treaty on extradition, (2) an agreement on ...": numbered in a line
        # The first word of a line, no article before it: a heading or a list without bullets.
        return i == start and self._line_starts_at(i)

    def _item_first_modifier(self, token: Token, head_start: int) -> bool:
        """A modifier of the head capitalised only as the first word of an item, after a bullet, a colon, a semicolon
        or a line's start ("• Intergovernmental agreement on ...", "– Action plan of ..."); not a name."""
        doc = self.doc
        before = doc[token.i - 1] if token.i > 0 else None
        opens_item = before is None or before.text in BULLETS | {":", ";"} or self._line_starts_at(token.i)
        return (
            opens_item
            and token.is_title
            and token.is_alpha
            and token.dep_ in ("amod", "compound")
            and token.i < token.head.i <= head_start
            and token.ent_type_ not in NAME_BEFORE_ENTITIES  # the parse may read the item's first words as an ORG
            and not self.role(token)
            and token.i not in self.head_starts
        )

    def _line_starts_at(self, i: int) -> bool:
        previous = self.doc[i - 1] if i > 0 else None
        return previous is None or "\n" in previous.text or "\n" in previous.whitespace_

    def _is_modifier(self, token: Token, head_start: int) -> bool:
        """A lowercase word that modifies the head ("intergovernmental agreement", "loan agreement")."""
        return (
            token.dep_ in ("amod", "compound")
            and token.i < token.head.i <= head_start  # "strategic" in "strategic partnership agreement" too
            and token.is_alpha
            and token.is_lower
            and self.role(token) in ("", "drafting")  # "a draft agreement on ...", "the proposed treaty on ..."
            and token.i not in self.head_starts  # "joint" in "a joint declaration", not another document
            and not (token.i > 0 and _glued(self.doc[token.i - 1]))  # "year" of "a five-year contract": half a word
        )

    def _name_before(self, left: int, start: int, sent_start: int) -> int:
        """Widen a lowercase head's title to the left over a capitalised name the parse makes part of it: "the Fresh
        Wind programme of economic cooperation", "the Middle Corridor joint venture agreement"; not over a person, a
        place, a date or the first word of the sentence ("Kazakhstan agreement", "Tokayev programme")."""
        doc = self.doc
        i = left
        while i > sent_start and self._name_word(doc[i - 1], left, start):
            i -= 1
        # A name that reaches the sentence's first word may start before it was capitalised as a title: left out whole
        return left if i == sent_start and i < left else i

    def _name_word(self, token: Token, left: int, start: int) -> bool:
        return (
            capitalised(token)
            and token.is_alpha
            and token.dep_ == "compound"
            and token.i < token.head.i <= start
            and token.ent_type_ not in NAME_BEFORE_ENTITIES
            and token.text not in self.rules.codes
            and not self.role(token)
        )

    def modifier_start(self, start: int, sent_start: int) -> int:
        """Widen a lowercase head to the left over its lowercase modifiers."""
        i = start
        while i > sent_start:
            if self._is_modifier(self.doc[i - 1], start):
                i -= 1
            elif hyphenated := self._hyphenated_modifier_start(i - 1, sent_start):
                i = hyphenated
            else:
                break
        return i

    def _hyphenated_modifier_start(self, last: int, sent_start: int) -> int | None:
        """Start of a hyphenated lowercase word of words that ends at doc[last] and modifies the head: "a
        production-sharing agreement", "the free-trade agreement"; not a number's ("a five-year contract", "a
        2-billion deal"), which says how long or how much."""
        doc = self.doc
        k = last
        while k - 2 >= sent_start and _glued(doc[k - 1]):
            k -= 2
        parts = [doc[j] for j in range(k, last + 1, 2)]
        if k == last or not all(p.is_alpha and p.is_lower and not p.like_num and not self.role(p) for p in parts):
            return None
        return k if doc[last].dep_ in ("amod", "compound") and doc[last].head.i > last else None

    def _specific(self, token: Token, right: int, limit: int) -> bool:
        """A lowercase document word whose title ends at doc[right] is a specific document: signed, adopted or
        ratified, or coordinated with a capitalised document ("the Treaty on X and the agreement on the
        demarcation of ...", "the agreement on gas supply and the Joint Statement on ...")."""
        return (
            self._signed(token)
            or self._signed_after(token, right, limit)
            or self._signing_clause(token, right)
            or self._listed_among(token)
            or self._amended_by_document(token)
            or self._coordinated_with_document(token)
            or self._document_after(right, limit)
            or self._signed_in_headline(token)
            or self._drafted(token)
            or self._dated(token)
            or _takes_force(token)
        )

    def _dated(self, token: Token) -> bool:
        """A year as the first modifier of the document word, after an article: "set up under a 1992 agreement on
        economic cooperation", "the 2015 treaty on ...": the document of that year, a specific one."""
        doc = self.doc
        sent_start = sentence_of(token).start
        k = self.modifier_start(token.i, sent_start) - 1
        return (
            k > sent_start
            and bool(_YEAR_TOKEN.fullmatch(doc[k].text))
            and doc[k - 1].lower_ in ("a", "an", "the")
            and k + 1 in self.head_starts | {token.i}
        )

    def _drafted(self, token: Token) -> bool:
        """A drafting word makes the document specific though not signed: a modifier ("a draft agreement on the
        avoidance of double taxation", "the proposed treaty on ...") or a verb that governs it ("agreed to prepare a
        memorandum on cooperation in tourism", "negotiating an agreement on ...")."""
        doc = self.doc
        modifiers = doc[self.modifier_start(token.i, sentence_of(token).start) : token.i]
        if any(self.role_of_lemma(t) == "drafting" for t in modifiers):
            return True
        for _ in range(SIGNING_HOPS):
            if token.dep_ not in SIGNING_DEPS or token.head is token:
                return False
            token = token.head
            if self.role_of_lemma(token) == "drafting":
                return True
        return False

    def _signed_after(self, token: Token, right: int, limit: int) -> bool:
        """A signing participle right after the title, maybe after a comma, hangs on a word of it: "the memorandum on
        critical minerals supply chains signed in June 2024", "a memorandum of understanding on ..., inked by the
        ministers".  The parse often hangs it on the complement's last noun, not on the document word."""
        doc = self.doc
        k = right + 1 if right < limit and doc[right].text == "," else right
        if k >= limit or doc[k].tag_ != "VBN" or self.role_of_lemma(doc[k]) != "signing":
            return False
        return token.i <= doc[k].head.i < right

    def _signing_clause(self, token: Token, right: int) -> bool:
        """A relative clause of signing hangs on the document word, on a word of its title doc[token.i:right] or on
        the words the parse set beside it: "the contract for which was signed", "the memorandum on the exchange of
        practices, which the governments had signed", "the partnership treaty the two countries signed in 2008"."""
        doc = self.doc
        words = [*doc[token.i : max(right, token.i + 1)], *(c for c in token.children if c.dep_ == "appos")]
        return any(
            c.dep_ in ("relcl", "acl") and self.role_of_lemma(c) == "signing" for word in words for c in word.children
        )

    def _amended_by_document(self, token: Token) -> bool:
        """The document word stands after "the" and a document link ("amending", "to") that a document just before
        opens: "a protocol amending the agreement on the avoidance of double taxation", "the Protocol on amendments
        to the agreement on air services" - the amended document is a specific one."""
        doc = self.doc
        k = self.modifier_start(token.i, sentence_of(token).start)
        if k < 3 or doc[k - 1].lower_ != "the" or self.role(doc[k - 2]) != "link_document":
            return False
        return any(h in self.head_starts for h in range(max(0, k - 2 - DOCUMENT_PHRASE_TOKENS), k - 2))

    def _listed_among(self, token: Token) -> bool:
        """The document word stands after "among" and what it picks from, how press singles out one of the documents
        just said to be signed: "signed seven pacts, among them an agreement on ...", "Among them is an agreement on
        ...", "Also among the 11 documents was a memorandum on ..."."""
        doc = self.doc
        k = token.i
        while k > 0 and (self.role(doc[k - 1]) == "determiner" or self._is_modifier(doc[k - 1], token.i)):
            k -= 1
        sent_start = sentence_of(token).start
        for i in range(k - 1, max(sent_start, k - AMONG_TOKENS) - 1, -1):
            word = doc[i]
            if word.lower_ in ("among", "amongst"):
                return i + 1 < k and self._picks_from_documents(doc[i + 1 : k])
            if not self._among_filler(word):
                return False
        return False

    def _among_filler(self, word: Token) -> bool:
        """A word that may stand between "among" and the document it picks: what it picks from ("them", "the 11
        documents signed on Monday"), "is"/"was", "also", a comma."""
        return (
            word.lower_ in AMONG_PRONOUNS
            or word.lemma_ == "be"
            or word.pos_ in ("ADV", "NUM", "DET", "ADJ", "NOUN", "PROPN", "ADP", "PUNCT")
            or self.role_of_lemma(word) == "signing"
        )

    def _picks_from_documents(self, words: Span) -> bool:
        """What "among" picks from: a pronoun for documents named before, or a plural noun of documents."""
        return any(
            w.lower_ in AMONG_PRONOUNS
            or (w.tag_ == "NNS" and (w.lemma_ in DOCUMENT_PLURALS or w.lower_ in self.rules.document_words))
            for w in words
        )

    def _document_after(self, right: int, limit: int) -> bool:
        """ "and" or a comma at doc[right], then a capitalised document: the parse may join "and" elsewhere."""
        doc = self.doc
        if right >= limit or not (self.role(doc[right]) == "coordinator" or doc[right].text == ","):
            return False
        following = self._next_content(right + 1, limit)
        k = following.i if following is not None else limit
        while k < limit and (capitalised(doc[k]) or doc[k].tag_ == "POS") and k not in self.head_starts:
            k += 1
        return k < limit and k in self.head_starts and capitalised(doc[k])

    def _signed_in_headline(self, token: Token) -> bool:
        """A signing word right before the document word in the headline, the text's first line: headlines drop
        tense and articles ("Kazakhstan, Uzbekistan sign agreement on water use") and the tagger may read "sign"
        as a noun that modifies the document word."""
        doc = self.doc
        k = token.i - 1
        while k >= 0 and (self.role(doc[k]) == "determiner" or self._is_modifier(doc[k], token.i)):
            k -= 1
        if k < 0 or self.role_of_lemma(doc[k]) != "signing":
            return False
        return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[:k])

    def _coordinated_with_document(self, token: Token) -> bool:
        """The parse joins the word by "and" or commas to a named document: one list of signed documents ("the
        Cooperation Plan for 2024-2028, an agreement on ..., a protocol on ... and an agreement on ...") holds
        specific documents only.  Named: a capitalised document word, or one whose complement names something
        ("an agreement between KTZ Express and ADY Container on ...")."""
        return any(self._named_document(p) for p in _conjuncts(token) if p is not token) or self._in_list_of_named(
            token
        )

    def _in_list_of_named(self, token: Token) -> bool:
        """The document word stands in a list of documents (items after commas and "and", no verb between them)
        with a named document: "Among them are a contract for the supply of ..., an agreement between KTZ Express
        and ADY Container on ..."; the parse often breaks such lists apart."""
        doc = self.doc
        sent = sentence_of(token)
        for other in sorted(self.head_starts):
            if not sent.start <= other < sent.end or other == token.i:
                continue
            low, high = sorted((other, token.i))
            between = doc[low + 1 : high]
            if any(t.tag_ in FINITE_TAGS or t.text in ITEM_ENDS | {":"} for t in between):
                continue
            if any(t.text == "," or self.role(t) == "coordinator" for t in between) and (
                self._named_document(doc[other]) or self._signed_with_title(doc[other])
            ):
                return True
        return False

    def _signed_with_title(self, token: Token) -> bool:
        """A lowercase document word with a complement that a signing verb governs ("signed an agreement on visa
        exemption, a memorandum on tourism and ..."): the list it opens is one of signed documents, each specific.
        """
        if token.lower_ not in self.rules.document_words or token.i not in self.head_starts:
            return False
        return self._complement_end(token.i + 1, sentence_of(token).end)[1] and self._signed(token)

    def _named_document(self, token: Token) -> bool:
        if token.lower_ not in self.rules.document_words or token.i not in self.head_starts:
            return False
        if capitalised(token):
            return True
        sent = sentence_of(token)
        return self._complement_end(token.i + 1, sent.end)[2]

    def _signed(self, token: Token) -> bool:
        """A signing, adoption or ratification verb (or noun) governs the document word."""
        return self._governed_by_signing(token, SIGNING_HOPS, SIGNING_DEPS)

    def _governed_by_signing(self, token: Token, hops: int, deps: set[str]) -> bool:
        """Up to `hops` steps up the parse over `deps` stands a signing word, or a verb whose complement is one
        ("[an agreement] is expected to be signed", "the sides agreed to sign [the treaty]")."""
        for _ in range(hops):
            if token.dep_ not in deps or token.head is token:
                return False
            token = token.head
            if (
                self.role_of_lemma(token) == "signing"
                or any(c.dep_ == "xcomp" and self.role_of_lemma(c) == "signing" for c in token.children)
                or _puts_signature(token)
            ):
                return True
            if self.role_of_lemma(token) == "listing":
                # "the documents signed include [an agreement]": what lists it was signed
                listers = [token.head, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
                return any(
                    self.role_of_lemma(t) == "signing" or any(self.role_of_lemma(c) == "signing" for c in t.children)
                    for t in listers
                )
        return False

    def role_of_lemma(self, token: Token) -> str:
        return self.rules.role(token.lemma_) or self.rules.role(token.text)

    def _has_content(self, start: int, end: int) -> bool:
        """The complement doc[start:end] says which document it is: a content word besides the parties."""
        return bool(key_words(span_text(self.doc[start:end]), self.rules))

    def shared_head_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """The items of a list of documents that share the signed plural head doc[start:end], each opened by the
        same link word after a comma or "and": "signed MoUs on renewable energy, on higher education and on customs
        cooperation" (three), "agreements on X and on Y" (two); none for one item ("agreements on trade") or with
        no signing ("talks on agreements on X and on Y")."""
        doc = self.doc
        limit = sentence_of(doc[start]).end
        if end >= limit or self.role(doc[end]) not in LINKS or not self._signed(doc[end - 1]):
            return []
        link = doc[end].lower_
        starts = [end] + [
            k
            for k in range(end + 2, limit)
            if doc[k].lower_ == link and (doc[k - 1].text == "," or self.role(doc[k - 1]) == "coordinator")
        ]
        items = []
        for first, following in zip(starts, [*starts[1:], limit], strict=True):
            item_end, has_complement, _ = self._complement_end(first, following)
            if not has_complement:
                break
            items.append((first, item_end))
            if item_end < following - 2 or (following < limit and doc[item_end].text not in (",", "and")):
                break  # the clause goes on after this item: the list ends here
        return items if len(items) > 1 else []

    def quoted_titles(self, end: int, *, single: bool = False) -> list[tuple[int, int]]:
        """The quoted titles a document word at doc[...:end] introduces, as (start, end) inside the quotes; in single
        quotation marks too when `single` (after a plural: "memoranda on 'Cooperation in Education' and ...")."""
        doc = self.doc
        sent = sentence_of(doc[end - 1])
        j = end
        while j < sent.end and not self._opens_quote(j, single=single):
            token = doc[j]
            if j - end >= QUOTE_GAP_TOKENS or token.tag_ in CLAUSE_TAGS or token.text in ".!?;:":
                return []
            if token.lower_ == "as":
                return []  # "described the treaty as “a new landmark”": what it is called, not its title
            j += 1
        if doc[end - 1].head.lemma_.lower() in CALLING_VERBS:
            return []  # "called the roadmap “the backbone of our work”"
        titles = []
        while j < len(doc) and self._opens_quote(j, single=single):
            k = j + 1
            while k < len(doc) and not self._closes_quote(k) and "\n" not in doc[k].text:
                k += 1
            if k >= len(doc) or not self._closes_quote(k):
                break
            inner_start, inner_end = j + 1, k
            while inner_end > inner_start and (doc[inner_end - 1].is_punct or doc[inner_end - 1].is_space):
                inner_end -= 1
            # A quotation that starts with a verb or a pronoun is what someone said: the treaty "opens a new page".
            if inner_end > inner_start and doc[inner_start].tag_ not in FINITE_TAGS | {"PRP", "WDT", "WP"}:
                titles.append((inner_start, inner_end))
            j = k + 1
            while j < len(doc) and (doc[j].text in {",", ";"} or self.role(doc[j]) == "coordinator"):
                j += 1
        return titles

    def _opens_quote(self, j: int, *, single: bool) -> bool:
        """A quotation mark opens a quoted title at doc[j]: a double one, or a single one before a capital (memoranda on
        'Cooperation in Education' and 'Youth Exchanges'), never an apostrophe glued to the word before."""
        doc = self.doc
        token = doc[j]
        if token.text in QUOTES:
            return True
        glued_before = j > 0 and not doc[j - 1].whitespace_
        opens = token.text in SINGLE_QUOTES and not glued_before
        return single and opens and j + 1 < len(doc) and capitalised(doc[j + 1])

    def _closes_quote(self, k: int) -> bool:
        """A quotation mark closes a quoted title at doc[k]: a double one, or a single one glued to the word before and
        followed by no lowercase noun (a possessive is: "workers' rights")."""
        doc = self.doc
        token = doc[k]
        if token.text in QUOTES:
            return True
        following = doc[k + 1] if k + 1 < len(doc) else None
        owned = following is not None and following.is_lower and following.pos_ == "NOUN"
        return token.text in SINGLE_QUOTES and k > 0 and not doc[k - 1].whitespace_ and not owned

    def _prefix_start(self, start: int, sent_start: int) -> int:
        """Widen a capitalised head to the left over the name before it ("UN General Assembly Resolution")."""
        doc = self.doc
        i = start
        while i > sent_start:
            previous = doc[i - 1]
            if previous.text in QUOTES:
                if not previous.whitespace_:
                    break  # "“Memorandum on ...”": a mark glued to the head opens the title's own quote
                window = range(i - 2, max(sent_start, i - 10) - 1, -1)
                opening = next((k for k in window if doc[k].text in QUOTES), None)
                if opening is None or opening == i - 2:
                    break
                i = opening
            elif (
                (_glued(previous) and i - 1 > sent_start)
                or self._joins_name_words(previous, sent_start)
                or (self._joins_format(previous) and i - 1 > sent_start)
                or (
                    (capitalised(previous) or previous.like_num)
                    and self.role(previous) not in GRAMMAR_ROLES
                    and not self._headline_verb(previous)
                    and previous.ent_type_ != "PERSON"
                    and previous.pos_ != "PUNCT"
                )
            ):
                i -= 1
            else:
                break
        return i

    def _headline_verb(self, token: Token) -> bool:
        """A verb as a headline writes it before the document ("Uzbekistan, Oman Issue Joint Statement", "Kazakhstan,
        Qatar Sign Joint Declaration on ..."): the name of the document starts after it.  Signing words that are as
        often nouns in names ("the Information Exchange Agreement") do not stop it."""
        role = self.role(token)
        return role == "headline_verb" or (role == "signing" and token.lower_ not in SIGNING_NOUNS)

    def _joins_format(self, token: Token) -> bool:
        """A "+" between two names or numbers, as press names a format of talks ("Central Asia + Japan",
        "C5+1"): part of one name, not a sum or a list."""
        doc = self.doc
        if token.text != "+" or not 0 < token.i < len(doc) - 1:
            return False
        before, after = doc[token.i - 1], doc[token.i + 1]
        return all((capitalised(t) and t.is_alpha) or t.like_num for t in (before, after))

    def _joins_name_words(self, token: Token, sent_start: int) -> bool:
        """An "and" between two capitalised words of one name ("Partnership and Cooperation Agreement")."""
        if self.role(token) != "coordinator" or token.i - 1 <= sent_start or token.i + 1 >= len(self.doc):
            return False
        before, after = self.doc[token.i - 1], self.doc[token.i + 1]
        return capitalised(before) and capitalised(after) and self.role(before) not in GRAMMAR_ROLES

    def _complement_end(self, i: int, limit: int, *, listed: bool = False) -> tuple[int, bool, bool]:
        """Where the complement after a head ending at doc[i] ends; whether there is one; whether it has a capital.

        The complement goes on through link words and what they join (nouns, names, numbers, a gerund
        right after a link: "for expanding trade"), lists of nouns ("Good-Neighbourliness, Friendship
        and Cooperation"), a bracketed abbreviation and a possessive ("Kazakhstan's Ministry of Energy"),
        and stops where the clause goes on: a verb, a date, a city, other punctuation, another document,
        "and other ...", a stop word ("in the presence of").  The capital counts only when it is not
        a place or a generic word: "with the Chinese side" names no document.
        """
        doc = self.doc
        if designated := self._designation_end(i, limit):
            return designated, True, True  # "Resolution 70/57", "Resolution No. 2231": the number completes it
        if quoted := self._quoted_complement_end(i, limit):
            return quoted, True, True  # the Agreement «On cooperation in the field of education»
        if i >= limit or self.role(doc[i]) not in LINKS:
            return i, False, False
        state = _Complement(end=i, listed=listed)
        j: int | None = i
        while j is not None and j < limit:
            j = self._complement_step(state, j, i, limit)
        return state.end, state.end > i, state.capital

    def _complement_step(self, state: _Complement, j: int, i: int, limit: int) -> int | None:
        """Reads doc[j] into the complement that starts at doc[i]: the next index to read, or None where it stops."""
        doc = self.doc
        token = doc[j]
        role = self.role(token)
        if self._stops(token):
            return None
        if role and j + 1 < limit and _glued(doc[j + 1]):
            state.end = j + 1  # "in-depth", "on-site": a link word glued to a word by a hyphen is part of a word
            return j + 1
        if role in (*LINKS, "coordinator", "list_end", "anaphoric"):
            return j + 1 if self._grammar_word_continues(state, role, j, limit) else None
        if role == "determiner" or token.tag_ == "PRP$":
            return j + 1
        if token.tag_ == "POS" and j > i and (capitalised(doc[j - 1]) or self._common_possessive(j, limit)):
            return j + 1  # "Kazakhstan's Ministry of Energy", "the protocol of the commission's meeting"
        if self._plural_possessive(j, limit):
            state.end = j + 2  # "on recognition of seafarers’ diplomas": the owned noun, whatever its tag
            return j + 2
        if token.is_punct or token.is_space:
            step = self._punctuation_step(j, limit, state.end)
            if step is None:
                return None
            following, state.end, quoted = step
            state.capital = state.capital or quoted
            return following
        return j + 1 if self._word_continues(state, token, limit) else None

    def _plural_possessive(self, j: int, limit: int) -> bool:
        """An apostrophe glued to a plural common noun before the noun it owns ("of seafarers’ diplomas", "on
        workers' rights"); a closing quote stands before a verb, a comma or "and" instead."""
        doc = self.doc
        previous = doc[j - 1]
        return (
            doc[j].text in APOSTROPHES
            and not previous.whitespace_
            and previous.tag_ == "NNS"
            and previous.lower_.endswith("s")
            and j + 1 < limit
            and (self._owned_noun(doc[j + 1]) or self._owned_body(previous, doc[j + 1]))
        )

    def _owned_body(self, owner: Token, token: Token) -> bool:
        """A capitalised body that generic parties own: "the two countries’ Ministries of Justice"."""
        return self.role(owner) == "generic" and token.is_alpha and capitalised(token)

    def _owned_noun(self, token: Token) -> bool:
        """The word after a plural possessive: a lowercase noun, which the tagger, misled by the apostrophe, may
        read as a verb in -s ("seafarers’ diplomas"); not a participle or a word of the grammar of titles."""
        return (
            token.is_alpha
            and token.is_lower
            and not self.role(token)
            and (self._nominal(token) or token.tag_ == "VBZ")
            and not self._stops(token)
        )

    def _common_possessive(self, j: int, limit: int) -> bool:
        """ "'s" at doc[j] between a common noun and the noun it owns: "of the commission's meeting"."""
        doc = self.doc
        following = doc[j + 1] if j + 1 < limit else None
        return (
            doc[j - 1].pos_ == "NOUN"
            and following is not None
            and self._nominal(following)
            and not self._stops(following)
            and not (following.like_num and following.tag_ == "CD")  # an ordinal may: "the committee's seventh session"
        )

    def _grammar_word_continues(self, state: _Complement, role: str, j: int, limit: int) -> bool:
        """Whether the complement goes on over a link or "and" at doc[j]; "and other ..." ends it."""
        if role == "link_document" and j > 0 and self.doc[j - 1].lower_ in PHRASE_NOUNS:
            role = "link"  # "with respect to taxes on income": a preposition of many words, not a document link
        if role in LINKS:
            following = self._next_content(j + 1, limit)
            if following is None:
                return False
            if not (self._link_continues(role, following) or self._route_continues(state, role, following, limit)):
                return False
            if role == "link_listed" and not state.listed and not self._site_continues(following):
                return False  # outside a list, only a named site the complement's words hang on (sites.csv)
            state.phrase_link, state.after_link = role, True
            return True
        if role == "coordinator":
            if self._gerunds_coordinated(j, limit):
                state.after_link = True  # the second gerund reads as the first did: "on producing and servicing"
                return True
            return self._coordination_continues(j + 1, limit)
        return False  # list_end, anaphoric

    def _punctuation_step(self, j: int, limit: int, end: int) -> tuple[int, int, bool] | None:
        """How the complement goes on over the punctuation at doc[j]: (next index, end, whether a quoted name
        stands in it), or None where the punctuation ends it."""
        token = self.doc[j]
        if _glued(token) and end == j:
            return j + 1, end, False
        if token.text in QUOTES and self._opens_inner_quote(j) and (closing := self._closing_quote(j, limit)):
            return closing + 1, closing + 1, True  # a quoted name inside the title: the “North-South” Corridor
        if token.text == "," and (list_end := self._listed_places_end(j, limit) or self._enumeration_end(j, limit)):
            return list_end, list_end, False
        if token.text == "(" and (closing := self._abbreviation_end(j, limit)):
            return closing + 1, end, False  # kept only if the title goes on after it
        if token.text in CHAIN_DASHES and end == j and (chain_end := self._place_chain_end(j, limit)):
            return chain_end, chain_end, False  # "the Termez – Mazar-i-Sharif – Kabul railway"
        return None

    def _opens_inner_quote(self, j: int) -> bool:
        """Whether the quotation mark at doc[j] can open a quoted name inside a title: a space stands before it
        ("the “North-South” Corridor"). A mark glued to the word before closes a quote instead, the one that
        holds the whole title in a list of quoted titles ("“Memorandum on X”, “Memorandum on Y” and ...")."""
        return j == 0 or bool(self.doc[j - 1].whitespace_) or self.doc[j - 1].is_punct

    def _place_chain_end(self, dash: int, limit: int) -> int | None:
        """End of a chain of names joined by spaced dashes that modifies the noun after it ("of the Termez –
        Mazar-i-Sharif – Kabul – Peshawar railway", "along the Baku – Tbilisi – Kars line"), or None: a dash that
        opens an aside or a new clause ("the Treaty on Friendship – Tokayev said ...") ends the title."""
        doc = self.doc
        if not capitalised(doc[dash - 1]):
            return None
        k = dash
        while k < limit and doc[k].text in CHAIN_DASHES:
            name_start = k + 1
            k = name_start
            while k < limit and (capitalised(doc[k]) or (k > name_start and (_glued(doc[k]) or _glued(doc[k - 1])))):
                if doc[k].ent_type_ == "PERSON" or k in self.head_starts:
                    return None
                k += 1
            if k == name_start:
                return None
        # the chain is a compound modifier only when a common noun closes it: "... Peshawar railway"
        closing = doc[k] if k < limit else None
        if closing is not None and closing.is_lower and closing.pos_ == "NOUN":
            return k
        return k if self._pair_name(dash, name_start, k) else None

    def _pair_name(self, dash: int, name_start: int, end: int) -> bool:
        """Two countries joined by a spaced dash open a capitalised name that goes on after the second one: "the
        Vietnam – Kazakhstan Strategic Partnership", "the China – Central Asia Summit"; not "the Treaty on Friendship
        – Kazakhstan's president said" (no capitalised noun of the name after the country)."""
        doc = self.doc
        countries = (doc[dash - 1], doc[name_start])
        if not all(t.ent_type_ in ("GPE", "NORP", "LOC") or t.text in self.rules.codes for t in countries):
            return False
        tail = doc[name_start + 1 : end]
        named = any(
            t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "PERSON") and t.text not in self.rules.codes
            for t in tail
        )
        return named and doc[end - 1].ent_type_ != "PERSON"

    def _word_continues(self, state: _Complement, token: Token, limit: int) -> bool:
        """Whether a word joins the complement (moving its end), or says the clause goes on."""
        j = token.i
        if self._name_year(token):
            state.end = j + 1  # "the Concept of Regional Security 2030": the year is part of the name
            return True
        if self._joins_format(token):
            return True  # "of the Central Asia + Japan Dialogue": the word after it moves the end
        if self._is_when(token) and not (state.phrase_link in PERIOD_LINKS and self._period(token)):
            return False  # "in 1997", "last week": when it was signed; "for 2025-2027" is the period itself
        if state.after_link and (token.tag_ == "VBG" or (token.pos_ == "ADV" and self._gerund_follows(j, limit))):
            state.end = j + 1  # "for expanding trade", "on further deepening the partnership"
            return True
        if state.end == j and token.dep_ == "prt" and self.doc[j - 1].tag_ == "VBG":
            state.end = j + 1  # the particle of its gerund: "on setting up a joint faculty", "on carrying out"
            return True
        if self._nominal(token) or self._compound_first_part(token, limit):
            state.end = j + 1
            state.after_link = False
            state.movement = state.movement or token.lemma_.lower() in self.rules.movements
            state.capital = state.capital or (capitalised(token) and not self._place_or_generic(token))
            return True
        return False

    def _compound_first_part(self, token: Token, limit: int) -> bool:
        """The first part of a hyphenated word whose last part is nominal ("future-oriented", "well-known"): the
        tagger may read it as an adverb, but the word is one modifier of the noun phrase."""
        j = token.i
        return token.is_alpha and j + 2 < limit and _glued(self.doc[j + 1]) and self._nominal(self.doc[j + 2])

    def _quoted_complement_end(self, i: int, limit: int) -> int | None:
        """End of a quoted complement right after the head, as official titles are written in the region's press
        (the Agreement «On cooperation in ...», the Memorandum "On mutual understanding ..."), or None."""
        doc = self.doc
        if i + 1 >= limit or doc[i].text not in QUOTES or self.role(doc[i + 1]) not in LINKS:
            return None
        closing = next((k for k in range(i + 2, limit) if doc[k].text in QUOTES), None)
        return closing + 1 if closing is not None else None

    def _designation_end(self, i: int, limit: int) -> int | None:
        """End of the number that designates a document right after its head ("70/57", "No. 2231"), or None."""
        doc = self.doc
        j = i
        if j < limit and doc[j].lower_ in NUMBER_SIGNS:
            j += 1
            if j < limit and doc[j].text == ".":
                j += 1
        return j + 1 if j < limit and _DESIGNATION.fullmatch(doc[j].text) else None

    def _nominal(self, token: Token) -> bool:
        """A word that can stand in a noun phrase of a title (the tagger's verbs that modify a noun included)."""
        return (
            capitalised(token)
            or token.like_num
            or token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            or (token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i)
        )

    def _place_or_generic(self, token: Token) -> bool:
        return token.text in self.rules.codes or self.role(token) == "generic"

    def _gerund_follows(self, j: int, limit: int) -> bool:
        return j + 1 < limit and self.doc[j + 1].tag_ == "VBG"

    def _name_year(self, token: Token) -> bool:
        """A year that ends a capitalised name ("Security 2030"), not a date of the clause ("May 2030")."""
        doc = self.doc
        if not _YEAR_TOKEN.fullmatch(token.text) or token.i == 0:
            return False
        previous = doc[token.i - 1]
        if not capitalised(previous) or previous.ent_type_ in ("DATE", "TIME") or previous.text in self.rules.codes:
            return False
        return token.i + 1 >= len(doc) or not (doc[token.i + 1].like_num or doc[token.i + 1].ent_type_ == "DATE")

    def _period(self, token: Token) -> bool:
        """A date after "for" that is the period a document covers: "for 2025-2027", "for the next five years"."""
        if token.like_num:
            return True
        entity = self.entity_of(token)
        k = entity.start - 1 if entity is not None else token.i - 1
        while k > 0 and self.role(self.doc[k]) == "determiner":
            k -= 1
        return self.role(self.doc[k]) in PERIOD_LINKS and not _PAST.search(entity.text if entity else token.text)

    def _is_when(self, token: Token) -> bool:
        """A date or time of the clause: an entity that names a year, month, day or relative time."""
        if token.ent_type_ not in ("DATE", "TIME"):
            return False
        entity = self.entity_of(token)
        return entity is None or bool(_WHEN.search(entity.text))

    def _closing_quote(self, opening: int, limit: int) -> int | None:
        window = range(opening + 2, min(limit, opening + 10))
        return next((k for k in window if self.doc[k].text in QUOTES), None)

    def _next_content(self, j: int, limit: int) -> Token | None:
        while j < limit and (self.role(self.doc[j]) == "determiner" or self.doc[j].tag_ == "PRP$"):
            j += 1
        return self.doc[j] if j < limit else None

    def _link_continues(self, role: str, following: Token) -> bool:
        """Whether a link word joins what follows it to the title."""
        if self.role(following) in ("list_end", "anaphoric") or self._stop_in_phrase(following):
            return False
        if self._amount_of_document(following):
            return False  # "the loan agreement of 7.5 million dinars": how much, not which document
        if role == "link_document":
            # "a Protocol to amend the Convention for ...": "to" + a verb that links a document, then the document
            verb_link = self.role(following) == "link_document" and following.i + 1 < len(self.doc)
            after = self._next_content(following.i + 1, len(self.doc)) if verb_link else None
            return self._document_follows(following) or (after is not None and self._document_follows(after))
        if role == "link" and self.doc[following.i - 1].lower_ == "of" and self._date_of_signing(following):
            return False  # "the Agreement on the Eurasian Economic Union of 29 May 2014": when, not which
        if role in ("link_route", "link_name", "link_listed", "link_capital"):
            return self._name_link_continues(role, following)
        if role == "link_participle":
            return self._participle_continues(following)
        if role == "link_parties":
            return (self._is_word(following) or following.text in QUOTES) and not self._generic_parties(following)
        if role == "link":
            return self._is_word(following) or following.text in QUOTES
        return self._time_or_place_link_continues(role, following)

    def _site_continues(self, following: Token) -> bool:
        """ "at" joins a named site to the title where it hangs on a word of the complement: "a contract launching
        the production phase at the Djengeldi deposit", "an agreement on expanding production at the Kashagan
        field"; not where it hangs on the document word or the verb ("signed a memorandum at the Djengeldi deposit",
        "signed the Treaty at the Kremlin"), nor before a city or a lowercase place."""
        doc = self.doc
        link = doc[following.i - 1]
        while link.i > 0 and self.role(link) == "determiner":
            link = doc[link.i - 1]
        owner = link.head
        if owner.i >= link.i or owner.i in self.head_starts or owner.lower_ in self.rules.document_words:
            return False
        if not (owner.pos_ in ("NOUN", "PROPN") or owner.tag_ == "VBG") or not capitalised(following):
            return False
        k = following.i
        while k < len(doc) and capitalised(doc[k]) and doc[k].lemma_.lower() not in self.rules.sites:
            k += 1
        return k < len(doc) and k > following.i and doc[k].lemma_.lower() in self.rules.sites

    def _date_of_signing(self, following: Token) -> bool:
        """A date or a year right after "of" says when a document was signed ("of 29 May 2014", "of 1993"), not an
        ordinal of a meeting or a century ("of the 10th meeting", "of the 21st Century")."""
        doc = self.doc
        day_of_date = following.i + 1 < len(doc) and doc[following.i + 1].ent_type_ == "DATE"  # "29" of "29 May"
        return (
            following.like_num
            and (following.ent_type_ == "DATE" or day_of_date or re.fullmatch(YEAR_DIGITS, following.text) is not None)
            and not ORDINAL.search(following.text)
        )

    def _time_or_place_link_continues(self, role: str, following: Token) -> bool:
        """Whether "until", "for" or "in" (link_until, link_period, link_proper) joins what follows: a period or the
        year a programme runs to, a name or a noun phrase, but not a date or a city of the clause."""
        if role == "link_until":
            # "Plan of Joint Actions until 2030": a year the title runs to; "extend the Agreement until 2030" and
            # "implement the Roadmap until the end of the year" say how long, of the verb
            link = self.doc[following.i - 1]
            return self.role(link) == "link_until" and link.head.pos_ not in ("VERB", "AUX") and following.like_num
        if role == "link_period":
            # "for 2025-2027", "for the next five years", "for expanding trade", "for Cooperation"
            return self._is_word(following) and (
                following.ent_type_ == "DATE" or self._nominal(following) or following.tag_ == "VBG"
            )
        # link_proper ("in"): a name, but not a date or a city, which say when and where it was signed;
        # or a lowercase noun phrase ("in civil matters", "in the field of energy", "in combating ...").
        if self._is_when(following):
            return False
        if not capitalised(following):
            return (
                following.tag_ == "VBG"
                or (self._nominal(following) and not following.like_num)
                or (
                    following.ent_type_ == "DATE"  # "in the 21st Century"
                )
            )
        name_end = following.i + 1
        while name_end < len(self.doc) and (capitalised(self.doc[name_end]) or _glued(self.doc[name_end])):
            name_end += 1
        return self.doc[following.i : name_end].text not in self.rules.cities

    def _name_link_continues(self, role: str, following: Token) -> bool:
        """Whether "from" (link_name) or "at" (link_listed) joins what follows to the title: a name or noun phrase
        that is no place, date or generic party ("from Visa Requirements", "at the Belarusian National Technical
        University"; not "from Kazakhstan", "from 2025", "at the two sides").  "to"/"through" + a place join only
        a title that moves something (`_route_continues`); "at" only in an item of a list (`_grammar_word_continues`).
        """
        if role == "link_route" or not self._is_word(following) or self._is_when(following):
            return False
        if self._place_end(following.i, len(self.doc)) is not None or self.role(following) == "generic":
            return False
        if role == "link_listed":
            return capitalised(following)
        if role == "link_capital":
            return capitalised(following) and following.ent_type_ != "PERSON"
        return capitalised(following) or (self._nominal(following) and not following.like_num)

    def _amount_of_document(self, following: Token) -> bool:
        """A sum after a link: money anywhere, or an amount the tagger calls a quantity right after the document word
        ("the loan agreement of 12 million dinars"); "the supply of 200,000 tonnes of wheat" names what moves."""
        if following.ent_type_ == "MONEY":
            return True
        link = self.doc[following.i - 1] if following.i > 0 else following
        before = self.doc[link.i - 1] if link.i > 0 else link
        return (
            following.like_num
            and following.ent_type_ in ("QUANTITY", "CARDINAL")
            and before.lower_ in self.rules.document_words
        )

    def _participle_continues(self, following: Token) -> bool:
        """Whether a participle that says what the document does ("establishing", "regulating") joins what follows:
        it must stand right after the document word or a link ("an agreement establishing the Business Council",
        not "the agreement on trade creating jobs") and lead a noun phrase that is no possessive pronoun's ("a
        declaration confirming their commitment")."""
        doc = self.doc
        link = next((k for k in range(following.i - 1, -1, -1) if self.role(doc[k]) == "link_participle"), None)
        if link is None or link == 0:
            return False
        before = doc[link - 1]
        # "a memorandum of understanding establishing ...": the head's own "of" phrase may stand between
        head_phrase = link >= 3 and doc[link - 2].lower_ == "of" and doc[link - 3].lower_ in self.rules.document_words
        if before.lower_ not in self.rules.document_words and self.role(before) not in LINKS and not head_phrase:
            return False  # right after a link it is a gerund of the complement: "on regulating the employment of"
        if any(t.tag_ in ("PRP", "PRP$") for t in doc[link + 1 : following.i + 1]):
            return False
        return self._is_word(following) and (self._nominal(following) or following.tag_ == "VBG")

    def _route_continues(self, state: _Complement, role: str, following: Token, limit: int) -> bool:
        """ "to Azerbaijan", "through Iran" after a title that moves something ("the supply of wheat") is where it
        goes: part of the title."""
        place = self._place_end(following.i, limit) is not None or following.ent_type_ in ("GPE", "LOC")
        return role in (*ROUTE_LINKS, *ORIGIN_LINKS) and state.movement and place

    def _stops(self, token: Token) -> bool:
        """A stop word of the clause ("in the presence of"); capitalised, it is part of a name ("the Framework")."""
        role = self.role(token)
        if role == "stop_of":
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            role = "stop" if following is not None and following.lower_ == "of" else ""
        return role == "stop" and not capitalised(token)

    def _stop_in_phrase(self, first: Token) -> bool:
        """A stop word heads the noun phrase that starts at `first`: "for the first time", "in the presence of".

        After a noun it stands outside the phrase ("of atomic energy worth $5 billion"): the title takes the
        phrase and stops at the word itself.
        """
        doc = self.doc
        k = first.i
        while k < len(doc) and k - first.i < DOCUMENT_PHRASE_TOKENS and self._nominal(doc[k]):
            if self._stops(doc[k]):
                return True
            if doc[k].pos_ in ("NOUN", "PROPN"):
                return False
            k += 1
        return False

    def _document_follows(self, first: Token) -> bool:
        """A document word stands in the noun phrase that starts at `first`: "the transit agreement", "the Charter"."""
        doc = self.doc
        k = first.i
        while k < len(doc) and k - first.i < DOCUMENT_PHRASE_TOKENS and (self._nominal(doc[k]) or _glued(doc[k])):
            if k in self.head_starts or self.role(doc[k]) == "document":
                return True
            k += 1
        return False

    def _hyphen_first(self, k: int) -> bool:
        """doc[k] is the first half of a hyphenated word ("state-backed"), not a word of its own."""
        return k + 1 < len(self.doc) and _glued(self.doc[k + 1])

    def _generic_parties(self, first: Token) -> bool:
        """Parties named only by generic words ("the two states", "both sides"), which no title ends with."""
        doc = self.doc
        k = first.i
        while k < len(doc) and self.role(doc[k]) in ("generic", "determiner") and not self._hyphen_first(k):
            k += 1
        if k == first.i:
            return False
        if k < len(doc) and (doc[k].tag_ == "POS" or doc[k].text in POSSESSIVE_MARKS):
            return False  # "between the two countries’ Ministries of Justice": the bodies they own are named
        if k < len(doc) and self.role(doc[k]) in LINKS:
            # "between the two countries on mutual protection of investments": the title goes on after them
            following = self._next_content(k + 1, len(doc))
            return (
                following is None or self._is_when(following) or not self._link_continues(self.role(doc[k]), following)
            )
        return k >= len(doc) or not (capitalised(doc[k]) or self._nominal(doc[k]))

    def _gerunds_coordinated(self, j: int, limit: int) -> bool:
        """ "and" at doc[j] joins two actions of one complement: a gerund after a gerund ("on producing and servicing
        locomotives") or a gerund that takes the same "of" as the noun before it ("on the creation and running of the
        Alliance"); a gerund that opens a clause of its own ("..., and opening new flights") has neither."""
        doc = self.doc
        k = j + 1
        while k < limit and doc[k].tag_ == "RB":
            k += 1  # "on deepening and comprehensively expanding the partnership"
        if j == 0 or k >= limit or doc[k].tag_ != "VBG":
            return False
        if doc[j - 1].tag_ == "VBG":
            return True
        return doc[j - 1].pos_ == "NOUN" and k + 1 < limit and doc[k + 1].lower_ == "of"

    def _coordination_continues(self, j: int, limit: int) -> bool:
        """After "and": the title goes on with a name or noun phrase that is not another document."""
        following = self._next_content(j, limit)
        if following is None or self.role(following) in ("list_end", "anaphoric") or self._stops(following):
            return False
        k = following.i
        # "and Tokayev's Program of reforms": a possessive stands inside the noun phrase before another document
        while k < limit and (capitalised(self.doc[k]) or self.doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "PART")):
            if k in self.head_starts:
                return False
            k += 1
        if k < limit and k in self.head_starts:
            return False  # "a joint communiqué and the Concept ...": "and" + modifiers + another document
        return capitalised(following) or following.pos_ in ("NOUN", "ADJ")

    def _enumeration_end(self, comma: int, limit: int) -> int | None:
        """End of a list of short noun phrases after a comma that closes with "and" ("X, Y and Z").

        None when what follows the comma is not such a list: a clause ("..., Kazakhstan and Russia
        signed"), another document, a date or a city.
        """
        doc = self.doc
        j = comma
        while j < limit and doc[j].text == ",":
            if j + 1 < limit and self.role(doc[j + 1]) == "coordinator":
                j += 1  # "X, Y, and Z"
                break
            item_end = self._item_end(j + 1, limit)
            if item_end is None:
                return None
            j = item_end
        if j >= limit or self.role(doc[j]) != "coordinator":
            return None
        final_end = self._item_end(j + 1, limit)
        if final_end is None:
            return None
        after = final_end
        while after < limit and doc[after].tag_ in ("RB", "RBR"):
            after += 1  # "..., Tokayev and Mirziyoyev also discussed"
        if after < limit and doc[after].tag_ in FINITE_TAGS and (j == comma + 1 or self._names_actor(j + 1, limit)):
            # ", and officials said": "and" right after the first comma, then a verb, joins clauses, not a list
            return None  # "..., Kazakhstan and Russia signed": the last item acts; "X, Friendship and Cooperation was"
        return final_end

    def _names_actor(self, j: int, limit: int) -> bool:
        """The noun phrase at doc[j] names a country, a body or a person, which may act in a clause."""
        following = self._next_content(j, limit)
        return following is not None and (
            self._place_end(following.i, limit) is not None
            or following.ent_type_ in ACTOR_ENTITIES
            or self.role(following) == "generic"
        )

    def _item_end(self, j: int, limit: int) -> int | None:
        """End of one short noun phrase of a list, or None if none starts at doc[j]."""
        doc = self.doc
        k = j
        while k < limit and (self.role(doc[k]) == "determiner" or doc[k].tag_ == "PRP$"):
            k += 1
        first = k
        while k < limit and k - first < ENUMERATION_ITEM_TOKENS:
            token = doc[k]
            ends_item = self.role(token) in GRAMMAR_ROLES or self._stops(token)
            if token.ent_type_ == "PERSON":
                return None  # "..., Tokayev and Mirziyoyev": people, not part of a title
            if k in self.head_starts or self._is_when(token) or ends_item or token.text in self.rules.cities:
                return None if k == first or k in self.head_starts else k
            if _glued(token) or (self._nominal(token) and not token.is_punct):
                k += 1
            else:
                break
        return k if k > first else None

    def _abbreviation_end(self, opening: int, limit: int) -> int | None:
        """The closing bracket of "(ADQ)" when the title goes on after it; else None."""
        doc = self.doc
        window = range(opening + 1, min(limit, opening + ABBREVIATION_TOKENS + 2))
        closing = next((k for k in window if doc[k].text == ")"), None)
        if closing is None or closing == opening + 1 or closing + 1 >= limit:
            return None
        if not all(capitalised(t) or t.like_num or _glued(t) for t in doc[opening + 1 : closing]):
            return None
        after = doc[closing + 1]
        return closing if self.role(after) in (*LINKS, "coordinator") else None

    def _listed_places_end(self, comma: int, limit: int) -> int | None:
        """End of a list of countries or places after a comma ("of Kazakhstan, Turkmenistan and Uzbekistan")."""
        j = comma
        while j < limit and self.doc[j].text == ",":
            name_end = self._place_end(j + 1, limit)
            if name_end is None:
                return None
            j = name_end
            if j < limit and self.role(self.doc[j]) == "coordinator":
                final_end = self._place_end(j + 1, limit)
                if final_end is not None and final_end < limit and self.doc[final_end].tag_ in FINITE_TAGS:
                    return None  # "..., Kazakhstan and Russia signed": the places begin a clause
                return final_end
        return None

    def _place_end(self, j: int, limit: int) -> int | None:
        k = j
        while k < limit and (capitalised(self.doc[k]) or (k > j and _glued(self.doc[k]))):
            k += 1
        return k if k > j and self.doc[j:k].text in self.rules.codes else None

    def _is_word(self, token: Token) -> bool:
        return not (token.is_punct or token.is_space)

    def _is_singular(self, token: Token) -> bool:
        return token.tag_ not in ("NNS", "NNPS")


def _signing_year(token: Token) -> bool:
    """A year written as a modifier of a document word ("the 2008 double taxation agreement")."""
    return bool(_YEAR_TOKEN.fullmatch(token.text))


def _puts_signature(token: Token) -> bool:
    """ "put their signatures / names to [a declaration]": the press idiom for signing."""
    return token.lemma_.lower() in SIGNATURE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SIGNATURE_NOUNS for c in token.children
    )


def _takes_force(token: Token) -> bool:
    """The document word is the subject of a verb of taking legal force: "an agreement on mutual visa exemption ...
    would enter into force on January 1", "the protocol on ... came into effect", "the treaty on ... takes effect"."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in IN_FORCE_VERBS:
        return False
    after = verb.doc[verb.i + 1 : verb.i + 1 + IN_FORCE_TOKENS]
    return any(t.lower_ in FORCE_NOUNS for t in after)


def _conjuncts(token: Token) -> list[Token]:
    """Every word of the coordination the parse puts `token` in (itself included): "X, Y and Z"."""
    root = token
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    members, queue = [], [root]
    while queue:
        member = queue.pop()
        members.append(member)
        queue.extend(c for c in member.children if c.dep_ == "conj")
    return members


def _item_number_part(token: Token) -> bool:
    """A piece of the number of a list item: "1", ".", ")", "(", "b"."""
    text = token.text
    return (
        text in {".", ")", "("} or token.like_num or (len(text) == 1 and text.isalpha()) or text.rstrip(".)").isdigit()
    )


def _glued(token: Token) -> bool:
    """A hyphen inside a word ("Kazakh-Turkmen", "good-neighbourliness")."""
    doc = token.doc
    return (
        token.text in {"-", "–"}
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


@dataclass
class _Reading:
    """One title, read: what identifies the document it names."""

    span: Span
    name: str
    words: frozenset[str]
    parties: tuple[str, ...]
    year: int | None
    alias_name: str = ""
    alias_id: str = ""
    titled_parties: bool = False  # the parties come from the title itself, not from its sentence


# What stands right after a title and gives its year: "(1997)", "(October 2021)", "of 1994", "dated 2019".
_YEAR_AFTER = re.compile(rf"\s*(?:\(([^)]{{0,40}})\)|(?:of|dated)\s+({YEAR_DIGITS})\b)")
# A year that a target or a term runs to: "by 2030", "until 2030", "through the end of 2027".
_TARGET_YEAR = re.compile(rf"\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?{YEAR_DIGITS}\b", re.IGNORECASE)
# Where an item of a list of documents ends: the next semicolon or line break.
_ITEM_END = re.compile(r"[;\n]")


def _year(span: Span, sentence_years: list[int]) -> int | None:
    """The year right after the title ("(1997)", "of 1994"), a year the title starts with, or the sentence's one
    year."""
    after = _YEAR_AFTER.match(text_of(span.doc)[span.end_char : span.end_char + 45])
    if after and years_in(after.group(1) or after.group(2) or ""):
        return years_in(after.group(1) or after.group(2))[0]
    leading = re.match(rf"({YEAR_DIGITS})\s+[A-Z]", span.text)
    if leading:
        return int(leading.group(1))
    return sentence_years[0] if len(set(sentence_years)) == 1 else None


def _sentence_around(span: Span) -> tuple[int, int]:
    """(start_char, end_char) of the span's sentence, cut at line breaks: a heading is never part of it."""
    text, sent = text_of(span.doc), sentence_of(span[0])
    start = max(sent.start_char, text.rfind("\n", 0, span.start_char) + 1)
    line_end = text.find("\n", span.end_char)
    return start, min(sent.end_char, line_end) if line_end >= 0 else sent.end_char


def _sentence_years(span: Span, titles: list[Span]) -> list[int]:
    """Years written in a title's sentence outside every other title and what follows it: the parenthesis or
    "of 1994" after a title, and the rest of another item of a list ("...; the Protocol to the Agreement of 1994;")."""
    start, end = _sentence_around(span)
    whole = text_of(span.doc)
    text = list(whole[start:end])
    for title in titles:
        after = _YEAR_AFTER.match(whole[title.end_char : title.end_char + 45])
        blank_end = title.end_char + (after.end() if after else 0)
        if title.kb_id_ == LISTED and title != span:
            item_end = _ITEM_END.search(whole, title.end_char, end)
            blank_end = max(blank_end, item_end.start() if item_end else end)
        blank_start = max(0, title.start_char - start)
        blank_end = min(len(text), max(0, blank_end - start))
        text[blank_start:blank_end] = " " * max(0, blank_end - blank_start)
    # "to $10 billion by 2030", "in force until 2030": a target or a term, not when a document was signed
    return years_in(_TARGET_YEAR.sub(lambda m: " " * len(m.group()), "".join(text)))


def _singular(head: str) -> str:
    """A plural document word in the singular, capitalised as a title's head: "MoUs" -> "MoU", "memoranda" ->
    "Memorandum", "joint statements" -> "Joint statement"."""
    *before, last = head.split()
    singular = IRREGULAR_SINGULARS.get(last.lower()) or (last[:-1] if last.lower().endswith("s") else last)
    return _capitalised(" ".join([*before, singular]))


def _read(span: Span, titles_in_sentence: list[Span], rules: AgreementRules) -> _Reading:
    shared = span.id_.removeprefix(SHARED_HEAD) if span.id_.startswith(SHARED_HEAD) else ""
    name = canonical_name(f"{shared} {span.text}" if shared else span.text)
    if span.id_ == BARE and (modifiers := _proper_modifiers(span, rules)) is not None:
        name = canonical_name(span.doc[modifiers.start : span.end].text)  # "Kulob-Kalaikhumb road loan agreement"
    words = frozenset() if span.id_ in (BARE, ANAPHOR) else key_words(name, rules)
    if not words and span.id_ not in (BARE, ANAPHOR) and _named_after_place(span, rules):
        words = key_words(name, rules, places=True)  # "the Astana Declaration" is not "the Xi'an Declaration"
    sentence = text_of(span.doc)[slice(*_sentence_around(span))]
    own_parties = parties_in(span.text, rules, cities=False)
    parties = own_parties or parties_in(sentence, rules)
    year = _year(span, _sentence_years(span, titles_in_sentence))
    # A bare "the relevant Treaty" is identified by what its sentence says about it; a name by its words,
    # places included ("the Paris Agreement", "the Caspian Convention").
    name_words = key_words(name, rules, places=True) if span.id_ not in (BARE, ANAPHOR) else frozenset()
    context_words = name_words or key_words(sentence, rules)
    alias = find_alias(
        span.label_,
        context_words,
        parties,
        year,
        rules,
        strict_year=not name_words,
        name_words=words if name_words else None,
    )
    reading = _Reading(span, name, words, parties, year, titled_parties=bool(own_parties))
    if alias:
        reading.alias_name = alias.canonical
        reading.alias_id = alias_id(alias, rules)
    return reading


def _indefinite(span: Span) -> bool:
    """ "a"/"an" introduces the title: a document not named before."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an")


def _named_after_place(span: Span, rules: AgreementRules) -> bool:
    """The title opens with the place it is named after: "the Astana Declaration", "the Bishkek Declaration"."""
    words = [t for t in span if t.text not in QUOTES and rules.role(t.text) != "determiner"]
    return bool(words) and capitalised(words[0]) and bool(rules.country_pattern.match(span.doc.text, words[0].idx))


def _compatible(a: _Reading, b: _Reading) -> bool:
    """Two readings may name one document: same type, parties and years that do not disagree, and words
    that are the same or, in different sentences, one a shorter form of the other ("Memorandum of
    Understanding on a strategic partnership" ~ "... on a Strategic Partnership on Sustainable ...")."""
    if a.alias_id or b.alias_id:
        return a.alias_id == b.alias_id
    if a.span.label_ != b.span.label_:
        return False
    if a.words != b.words:
        shorter = a.words < b.words or b.words < a.words
        one_list = a.span.kb_id_ == b.span.kb_id_ == LISTED
        if not shorter or one_list or sentence_of(a.span[0]).start == sentence_of(b.span[0]).start:
            return False  # two titles in one sentence or one list are two documents
        short, full = (a, b) if a.words < b.words else (b, a)
        if short.span.start > full.span.start and _indefinite(short.span):
            return False  # "... signed a Declaration on Strategic Partnership" after a fuller title: another one
    pa, pb = set(a.parties), set(b.parties)
    if a.titled_parties and b.titled_parties and min(len(pa), len(pb)) > 1 and pa != pb:
        # "Treaty between Kyrgyzstan and Tajikistan on X" is not the treaty "of Kyrgyzstan, Tajikistan and Uzbekistan":
        # titles that name all their parties name the same ones when they name one document ("an agreement with
        # Azerbaijan" names one party of two, the other is who signed it)
        return False
    parties_agree = pa <= pb or pb <= pa
    return parties_agree and (a.year is None or b.year is None or a.year == b.year)


def _group_titles(readings: list[_Reading]) -> list[list[_Reading]]:
    """Titles grouped by document: a title joins the group with its very words, else the one group it fits."""
    groups: list[list[_Reading]] = []
    for reading in readings:
        fitting = [g for g in groups if all(_compatible(reading, member) for member in g)]
        same = [g for g in fitting if any(member.words == reading.words for member in g)]
        if same or len(fitting) == 1:
            (same or fitting)[0].append(reading)
        else:
            groups.append([reading])
    return groups


def _antecedent(reading: _Reading, groups: list[list[_Reading]], rules: AgreementRules) -> list[_Reading] | None:
    """The titled document a definite bare mention refers to: the nearest of its type before it, else after it.

    Words before the document word choose among them: "the transport agreement" is the "Agreement on
    international combined transport of goods", not the agreement named last.
    """
    start = reading.span.start
    candidates = _candidates(reading, groups, rules)
    before = [g for g in candidates if any(m.span.start < start for m in g)]
    if before:
        spoken_of = _spoken_of_before(reading, before, rules)
        if spoken_of is not None:
            return spoken_of
        return max(before, key=lambda g: max(m.span.start for m in g if m.span.start < start))
    after = [g for g in candidates if all(m.span.start > start for m in g) and _may_precede(reading, g)]
    return min(after, key=lambda g: min(m.span.start for m in g)) if after else None


def _spoken_of_before(reading: _Reading, before: list[list[_Reading]], rules: AgreementRules) -> list[_Reading] | None:
    """The one document the sentence before a bare mention speaks of in other words, when no title stands in the
    mention's sentence or the one before: "The visa waiver deal was inked by ... The Cabinet had approved the draft
    agreement" is the visa agreement, not the agreement titled last.  None when none or several fit."""
    sent = sentence_of(reading.span[0])
    if sent.start == 0:
        return None
    previous = sentence_of(sent.doc[sent.start - 1])
    if any(previous.start <= m.span.start < sent.end for g in before for m in g):
        return None  # a title close by: the nearest one
    said = key_words(previous.text, rules)
    fitting = [g for g in before if said & set().union(*(m.words for m in g))]
    return fitting[0] if len(fitting) == 1 else None


def _candidates(reading: _Reading, groups: list[list[_Reading]], rules: AgreementRules) -> list[list[_Reading]]:
    """The titled documents a bare mention may refer to: of its type, those sharing its words if any do, and of
    those, when a project or a body is named before it, the ones whose title names it too."""
    any_type = reading.span.label_ == REFERRING_TYPE  # "the document"
    candidates = [g for g in groups if g[0].words and (any_type or g[0].span.label_ == reading.span.label_)]
    own_words = key_words(reading.name, rules)
    sharing = [g for g in candidates if own_words & set().union(*(m.words for m in g))]
    # "the minerals pact": a word that says only "some document" must share its other words with the title
    described = any_type and reading.span[-1].lower_ in rules.described_words
    candidates = sharing if sharing or described else candidates
    modifiers = _proper_modifiers(reading.span, rules)
    if modifiers is not None:
        names = {t.lower_ for t in modifiers if t.pos_ == "PROPN"}
        # "the Kulob-Kalaikhumb road loan agreement", "the AFD agreement": named after a project or a body, it is
        # the document whose title names that too, never merely the agreement named last
        candidates = [g for g in candidates if any(_names_in(names, m.span) for m in g)]
    return candidates


def _proper_modifiers(span: Span, rules: AgreementRules) -> Span | None:
    """The proper nouns right before a mention, after its article, that name what the document is for: "Kulob-
    Kalaikhumb" in "the Kulob-Kalaikhumb road loan agreement", "AFD" in "the AFD agreement"; None when there are
    none or they name a party ("the Kazakh-Uzbek agreement" says whose it is, not which)."""
    doc, i = span.doc, span.start - 1
    if span[0].tag_ == "DT":
        return None
    while i >= 0 and (doc[i].pos_ == "PROPN" or (doc[i].text in CHAIN_DASHES and i + 1 < span.start)):
        i -= 1
    names = doc[i + 1 : span.start]
    if not names or names[0].pos_ != "PROPN" or i < 0 or doc[i].tag_ != "DT":
        return None  # only inside the mention's own noun phrase: "told KUNA the protocol" names no project
    if any(t.ent_type_ in PARTY_ENTITIES or parties_in(t.text, rules) for t in names if t.pos_ == "PROPN"):
        return None
    return names


# What may follow a title in brackets and name it too: "the French Development Agency (AFD) group".
_BRACKET_AFTER = re.compile(r"\s*\(([^)]{1,40})\)")


def _names_in(names: set[str], span: Span) -> bool:
    """Whether a title, or an abbreviation in brackets right after it, holds one of the proper nouns ("Loan Agreement
    for the Kulob-Kalaikhumb Road", "the French Development Agency (AFD)")."""
    text = text_of(span.doc)
    bracket = _BRACKET_AFTER.match(text, span.end_char)
    words = set(re.findall(r"\w+", f"{span.text} {bracket.group(1) if bracket else ''}".lower()))
    return bool(names & words)


def _may_precede(reading: _Reading, group: list[_Reading]) -> bool:
    """Whether a mention may name a document titled only after it: not when its sentence dates it to a year the
    title does not give ("the intergovernmental agreement signed in Moscow in 2019" before the agreements signed
    today are listed): that is an earlier document recalled in passing."""
    return reading.year is None or any(m.year == reading.year for m in group)


def _only_titled(reading: _Reading, groups: list[list[_Reading]], rules: AgreementRules) -> list[_Reading] | None:
    """The titled document a new bare mention ("signed a joint statement") is, when the article titles exactly one
    document of its type, only after the mention, and its words hold the mention's own ("the Joint Statement of
    China and Tajikistan on ..."): press first says what was signed, then gives its title.  With two titled
    documents of the type, or a mention whose words the title lacks ("a loan agreement" beside "the Agreement on
    Investment Cooperation"), it stays a document of its own."""
    own_words = key_words(reading.name, rules)
    titled = [g for g in groups if g[0].words and g[0].span.label_ == reading.span.label_]
    if len(titled) != 1 or any(m.words and m.span.start < reading.span.start for m in titled[0]):
        return None  # "a Joint Statement" after one was titled is another one
    if not own_words <= set().union(*(m.words for m in titled[0])):
        return None
    parties = set(reading.parties)
    if not all(parties <= set(m.parties) or set(m.parties) <= parties for m in titled[0]):
        return None
    return titled[0]


def _same_bare(a: _Reading, b: _Reading) -> bool:
    """Two titleless mentions of one type name one document unless their words differ: "a joint statement" ~
    "the joint presidential statement", but "a loan agreement" is not "a strategic partnership agreement"."""
    wa, wb = set(a.name.lower().split()), set(b.name.lower().split())
    return a.span.label_ == b.span.label_ and (wa <= wb or wb <= wa)


def _title_case(name: str, rules: AgreementRules) -> str:
    """ "memorandum of understanding" as "Memorandum of Understanding": link and function words stay lower case."""
    words = name.split(" ")
    return " ".join(
        w if i and rules.role(w) in (*LINKS, "coordinator", "determiner") else _capitalised(w)
        for i, w in enumerate(words)
    )


# What press puts between "a"/"an" and an untitled document word to say which document it is, when no title follows:
# a sum ("a $100 million loan agreement", "a 1.2 trillion won contract"), a term ("a five-year contract", "a 10-year
# deal") or a comparison with a document just named ("a similar memorandum").  Such an introduction is the best name
# the article gives the document (and how a reader would cite it); an adjective that only classifies ("a new
# agreement", "a bilateral memorandum") is not, and the name stays the plain document word.
_INTRODUCING_WORDS = re.compile(
    r"^(?:similar|(?:(?:US)?[$€£¥₩]\s?|(?:US|USD|EUR)\s)?\d[\d.,]*(?:\s?(?:million|billion|trillion|mln|bln|bn|m))?"
    r"(?:\s(?:dollars?|euros?|won|yen|yuan|soms?|tenge|manats?|rubles?|roubles?|riyals?|dirhams?))?"
    r"|(?:\w+)[-‑](?:year|month))$",
    re.IGNORECASE,
)


def _introduced_as(group: list[_Reading], rules: AgreementRules) -> str:
    """The name an untitled document is introduced by: its sum, term or comparison kept before the document word
    ("$100 million Loan Agreement" for "signed a $100 million loan agreement to finance ...", "Similar Memorandum" for
    "signed a similar memorandum with Kazakhstan"), else the project it is for ("Contract to build a small nuclear
    plant in the Jizzakh region"); "" when its first indefinite mention says no such thing."""
    for reading in sorted(group, key=lambda r: r.span.start):
        span = reading.span
        doc, i = span.doc, span.start - 1
        while i >= 0 and doc[i].lower_ not in ("a", "an") and span.start - i <= INTRODUCTION_TOKENS:
            i -= 1
        if i < 0 or doc[i].lower_ not in ("a", "an"):
            continue
        words = text_of(doc)[doc[i].idx + len(doc[i].text) : span.start_char].strip()
        if words and _INTRODUCING_WORDS.match(words):
            return _capitalised(f"{words} {_title_case(reading.name, rules)}")
        purpose = _purpose_after(span)
        if purpose:
            return f"{_title_case(reading.name, rules)} {purpose}"
        return ""
    return ""


def _capitalised(name: str) -> str:
    """A name with its first letter in upper case, the rest as written."""
    return name[:1].upper() + name[1:]


def _purpose_after(span: Span) -> str:
    """ "to" + a project verb right after a document word, up to where the clause goes on (a comma, a clause word,
    a date, a signing participle): "to build a 330-megawatt small nuclear plant in the Jizzakh region"; ""
    otherwise, or when the phrase runs longer than a project's description does."""
    doc = span.doc
    if (
        span.end + 1 >= len(doc)
        or doc[span.end].lower_ != "to"
        or doc[span.end + 1].lemma_.lower() not in PURPOSE_VERBS
    ):
        return ""
    end = span.end + 2
    while end < len(doc) and end - span.end <= PURPOSE_TOKENS:
        token = doc[end]
        if (
            (token.is_punct and token.text not in CHAIN_DASHES)
            or token.tag_ in CLAUSE_TAGS
            or token.ent_type_ == "DATE"
        ):
            break
        if token.lower_ in PURPOSE_ENDS or (token.dep_ == "cc" and end + 1 < len(doc) and doc[end + 1].pos_ == "VERB"):
            break  # "..., which", "while ...", "and signed ...": the clause goes on ("Bukhara and Navoi" does not)
        end += 1
    if end - span.end > PURPOSE_TOKENS or end == span.end + 2:
        return ""
    while end > span.end + 2 and doc[end - 1].tag_ in ("IN", "CC", "DT", "TO"):
        end -= 1  # "to purchase 40 locomotives from Alstom | on Tuesday": the link belongs to the date
    return doc[span.end : end].text


def _refers_back(span: Span) -> bool:
    """The mention names a document the article names elsewhere: after "the" ("the transport agreement",
    "The Foreign Ministry program"), or with no article at all, as headlines write ("approve roadmap");
    "a joint statement" introduces a new one."""
    i = span.start
    while i > 0 and span.doc[i - 1].dep_ in ("amod", "compound") and span.doc[i - 1].is_alpha:
        i -= 1
    before = span.doc[i - 1] if i > 0 else None
    if span[0].lower_ in DEFINITE or (before is not None and before.lower_ in DEFINITE | {"relevant"}):
        return True
    return before is None or not (before.tag_ in ("DT", "CD", "PRP$", "WP$") or before.like_num)


def agreements(doc: Doc, *, document: Document) -> Iterator[AgreementMention]:
    """The agreement mentions of a doc's titles, every wording of one document under one id and name."""
    rules = rules_of(doc, SPANS_KEY)
    titles = list(doc.spans[SPANS_KEY])
    readings = [
        _read(t, [o for o in titles if sentence_of(o[0]).start == sentence_of(t[0]).start], rules) for t in titles
    ]
    for group in _documents(readings, rules):
        yield from _mentions_of(group, rules, document)


def _documents(readings: list[_Reading], rules: AgreementRules) -> list[list[_Reading]]:
    """The readings grouped by the document they name: titled ones by their words, then titleless ones joining
    the document they refer back to or grouping among themselves; references to nothing are dropped."""
    groups = _group_titles([r for r in readings if r.words or r.alias_id])
    bare_groups: list[list[_Reading]] = []
    for reading in readings:
        if reading.words or reading.alias_id:
            continue
        # "the treaty", "The Joint Declaration": the document named before; "a joint statement" is a new one.
        # A title with no content words ("Memorandum of Understanding") is a short form of the titled one.
        # An item of a list is a document of its own, however short its title.
        listed = reading.span.kb_id_ == LISTED
        refers_back = not listed and (reading.span.id_ not in (BARE, ANAPHOR) or _refers_back(reading.span))
        antecedent = _antecedent(reading, groups, rules) if refers_back else None
        if antecedent is None and not listed and reading.span.id_ == BARE:
            antecedent = _only_titled(reading, groups, rules)
        if antecedent is not None:
            antecedent.append(reading)
        elif reading.span.id_ == ANAPHOR:
            continue  # "the agreement" with nothing to refer to says nothing
        else:
            group = next((g for g in bare_groups if all(_same_bare(reading, member) for member in g)), None)
            if group is None:
                bare_groups.append([reading])
            else:
                group.append(reading)
    return groups + bare_groups


def _mentions_of(group: list[_Reading], rules: AgreementRules, document: Document) -> Iterator[AgreementMention]:
    """One mention per reading of a document, all with its id, its most complete name, parties and year."""
    first = group[0]
    named = [r for r in group if r.words]
    fullest = max(named, key=lambda r: len(r.name)) if named else first
    if first.alias_name:
        name = first.alias_name
    elif named:
        name = fullest.name  # the most complete title seen
    else:
        # A bare document word is named in its plainest form: "Joint Statement", not "Joint presidential statement".
        name = _title_case(min((r.name for r in group), key=len), rules)
    plain_name = name
    if not named and not first.alias_name:
        name = _introduced_as(group, rules) or name  # "a $100 million loan agreement", "a similar memorandum"
    # The sentences of "the treaty", "the document" speak of other things too: the titles say more.
    sources = named if any(r.parties or r.year for r in named) else group
    parties = tuple(sorted({p for r in sources for p in r.parties}))
    year = next((r.year for r in sources if r.year is not None), None)
    words = fullest.words or key_words(plain_name, rules)  # "Loan Agreement" is not "Partnership Agreement"
    agreement_id = first.alias_id or agreement_id_for(first.span.label_, words, parties, year)
    for reading in sorted(group, key=lambda r: r.span.start):
        yield AgreementMention(
            **span_fields(reading.span, document),
            agreement_id=agreement_id,
            name=name,
            type=first.span.label_ if reading.span.label_ == REFERRING_TYPE else reading.span.label_,
            parties=parties,
            year=year,
        )
