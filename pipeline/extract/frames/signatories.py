"""Lists of signed documents and their signatories: a list of documents (one item a line, or listed by
name after "they included"), who signed each item, and each listed document signed in its own item.

In: the document's sentences and the frames built so far.
Out: the signing frames of a list with the signatories of each item (`_signatories_of_each_listed_item`), the
listed documents signed in their own items, and the agreements a list names (`_listed_agreements`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ...records import AgreementMention, Frame, LeaderMention
from ..agreements import AMONG_PRONOUNS
from ..base import rules_of, text_of
from .common import LIST_ITEM, PAIR, _dated_as, _Sentence, _unique_leaders
from .hosts import _talks_before

AGREEMENTS_KEY = "agreements"  # the agreement component's rules: which words list what was signed
# Subjects that stand for the documents just named: "They included ...", "These include ..."
LISTING_PRONOUNS = {"they", "these", "those", "them"}


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
    among = _agreements_among_those_signed(text, sentence)
    if own < 0 and among:
        return among
    if own < 0:
        # a sentence that lists by a pronoun ("They included ...") may hold words of its own items ("a contract")
        return _agreements_listed_next(doc, following) if same_line else []
    end = _list_end(text, own)
    return [a for s in sentences[sentence.id :] if s.start < end for a in s.agreements if own < a.start_char < end]


# A signing of a counted set of documents that names some of them after "among them" in the same sentence: "signed
# seven pacts, among them an agreement on defence cooperation", "inked 15 documents, among which a memorandum on ...",
# "concluded several agreements, among these the Treaty on ...". The verb must sign (not "discussed", "will sign" is
# left to the frame's status; an exchange is no lead), and the set is one of documents (not "projects", "issues").
AMONG_THOSE_SIGNED = re.compile(
    rf"\b(?:{SIGNED_VERBS}|concluded)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:documents|pacts|agreements|deals|accords|papers|memoranda|memorandums|MoUs|treaties|protocols)\s*,?\s+"
    rf"among\s+(?:{'|'.join(sorted(AMONG_PRONOUNS))})\b",
    re.I,
)


def _agreements_among_those_signed(text: str, sentence: _Sentence) -> list[AgreementMention]:
    """The agreements a sentence names after "among them" following a signed set of documents ("signed seven pacts,
    among them an agreement on X and a programme on Y"); none when it has no such phrase."""
    said = AMONG_THOSE_SIGNED.search(text, sentence.start, sentence.end)
    if said is None:
        return []
    return [a for a in sentence.agreements if a.start_char >= said.end()]


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
