"""One id per document across articles: the agreement ids of every stored article, linked.

In: the agreement mentions of every document (as `AgreementName`s, in doc_id and mention order: all this stage
reads, so a large archive need not be loaded whole) and the rules of `patterns/agreements/`.  Out: a map
(doc_id, agreement_id) -> (id, name) of the fullest title of the document that wording names, for the
wordings that another article names too; `renamed` applies it to one extraction (its mentions and frames).
A document named in several articles ("the Treaty on Good-Neighbourliness and Partnership" in one, "the
Good-Neighbourliness Treaty" in another) takes, in all of them, the id of its most complete title.

Grouping is near-linear: a wording meets only the groups whose first (fullest) member has all its words and a
party set that contains its parties or lies among them (many pairs of countries sign treaties of one title), and a
group is summarised (its articles, the intersection and union of its members' words, their distinct word sets,
party sets and years), so a wording is checked against what the group's members hold, not member by member: a
document named in N articles costs N checks, never N squared.  The groups are those of comparing a wording with
every member (`_same_document` on each), which a test holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .normalize.agreements import AgreementRules, key_words, load_agreement_rules
from .records import AgreementMention, Extraction, Frame

# Across articles, a shorter wording joins a fuller title only when it still says which document it is:
# "Good-Neighbourliness Treaty" (two content words) joins "Treaty on Good-Neighbourliness and Partnership",
# but "the Agreement on Cooperation" (one) could be any of hundreds.
MIN_SHARED_WORDS = 2

# Words by which a title names a further step of relations that an earlier document set up: a fuller title with one
# of them that the shorter wording lacks is the newer document ("Declaration on Strengthening Strategic Partnership
# and Deepening Allied Relations" of 2024 is not the "Declaration on Strategic Partnership" of 2022; a
# "Comprehensive Strategic Partnership" upgrades a "Strategic Partnership").  As key words (`key_words`) spell them.
STEP_WORDS = frozenset({"strengthening", "deepening", "expanding", "expansion", "enhanced", "further", "comprehensive"})

Renamed = dict[tuple[str, str], tuple[str, str]]


@dataclass(frozen=True)
class AgreementName:
    """What linking reads of one agreement mention: its article, id, type, name, parties and year."""

    doc_id: str
    agreement_id: str
    type: str
    name: str
    parties: tuple[str, ...]
    year: int | None


@dataclass(frozen=True)
class _Named:
    """One document as one article names it: the article, its id there, and what identifies it."""

    doc_id: str
    agreement_id: str
    type: str
    name: str
    words: frozenset[str]
    parties: frozenset[str]
    year: int | None
    # Every party any agreement mention of the article names (None: not known, no check).  A wording whose
    # parties lie among a fuller title's joins it only when its article names the title's other parties too:
    # "the agreement on cooperation in renewable energy" of a Kuwait-Azerbaijan article, where only Azerbaijan
    # is read, is not another article's Azerbaijan-Uzbekistan agreement of that title.
    article_parties: frozenset[str] | None = None


def _named_in_articles(a: _Named, b: _Named) -> bool:
    """Each wording's parties are among the parties the other's article names (or an article's are not known)."""
    return (b.article_parties is None or a.parties <= b.article_parties) and (
        a.article_parties is None or b.parties <= a.article_parties
    )


def _same_document(a: _Named, b: _Named) -> bool:
    """Two articles' documents are one: same type, the same content words or one a short form of the other
    (at least MIN_SHARED_WORDS of them), parties known in both and those of one among the other's, years that
    do not disagree.  Many pairs of countries sign treaties of one title ("on Allied Relations", "on Eternal
    Friendship"): without parties, two articles' titles may name two documents."""
    if a.doc_id == b.doc_id or a.type != b.type:
        return False  # within an article, the extractor has already told its documents apart
    shorter, longer = sorted((a.words, b.words), key=len)
    if not (shorter <= longer and (shorter == longer or len(shorter) >= MIN_SHARED_WORDS)):
        return False
    if any(word.isdigit() for word in longer - shorter):
        return False  # "Foreign Policy Concept for 2014-2020" is one edition; "Foreign Policy Concept" may be another
    if (longer - shorter) & STEP_WORDS:
        return False
    if not (a.parties and b.parties and (a.parties <= b.parties or b.parties <= a.parties)):
        return False
    if not _named_in_articles(a, b):
        return False
    return a.year is None or b.year is None or a.year == b.year


def agreement_names(extractions: Iterable[Extraction]) -> Iterator[AgreementName]:
    """The agreement mentions of extractions, as linking reads them."""
    for extraction in extractions:
        for mention in extraction.mentions:
            if isinstance(mention, AgreementMention):
                yield AgreementName(
                    extraction.document.doc_id, mention.agreement_id, mention.type, mention.name,
                    tuple(mention.parties), mention.year,
                )  # fmt: skip


def _named_documents(names: Iterable[AgreementName], rules: AgreementRules) -> list[_Named]:
    """Every (article, agreement_id) with content words and parties (as its first mention names it), fullest names
    first, in a fixed order.  A wording without parties never joins a group nor lets one join it (`fits`), so it is
    left out: an archive of titles named without their parties costs linking nothing (`seen` holds the ids of one
    article at a time: `names` come in doc_id order)."""
    names = list(names)
    article_parties = _article_parties(names)
    named: dict[tuple[str, str], _Named] = {}
    seen: set[tuple[str, str]] = set()
    for mention in names:
        key = (mention.doc_id, mention.agreement_id)
        if not mention.agreement_id or key in seen:
            continue
        if seen and next(iter(seen))[0] != mention.doc_id:
            seen.clear()
        seen.add(key)
        words = key_words(mention.name, rules) if mention.parties and key not in named else None
        if words:
            named[key] = _Named(
                *key, mention.type, mention.name, words, frozenset(mention.parties), mention.year,
                article_parties[mention.doc_id],
            )  # fmt: skip
    return sorted(named.values(), key=lambda n: (-len(n.words), -len(n.name), n.name, n.doc_id, n.agreement_id))


def _article_parties(names: Iterable[AgreementName]) -> dict[str, frozenset[str]]:
    """doc_id -> every party that any of the article's agreement mentions names."""
    parties: dict[str, set[str]] = {}
    for mention in names:
        parties.setdefault(mention.doc_id, set()).update(mention.parties)
    return {doc_id: frozenset(found) for doc_id, found in parties.items()}


@dataclass
class _Group:
    """Documents of several articles taken for one, with what `_same_document` asks of each member, pooled."""

    members: list[_Named]
    doc_ids: set[str] = field(default_factory=set)
    common_words: frozenset[str] = frozenset()  # in every member
    all_words: frozenset[str] = frozenset()  # in some member
    word_sets: set[frozenset[str]] = field(default_factory=set)
    party_sets: set[frozenset[str]] = field(default_factory=set)
    years: set[int | None] = field(default_factory=set)
    all_parties: frozenset[str] = frozenset()  # in some member
    named_parties: frozenset[str] | None = None  # named in every member's article (None: no article known)

    def add(self, document: _Named) -> None:
        first = not self.doc_ids
        self.members.append(document)
        self.doc_ids.add(document.doc_id)
        self.common_words = document.words if first else self.common_words & document.words
        self.all_words = self.all_words | document.words
        self.word_sets.add(document.words)
        self.party_sets.add(document.parties)
        self.years.add(document.year)
        self.all_parties = self.all_parties | document.parties
        if document.article_parties is not None:
            known = self.named_parties
            self.named_parties = document.article_parties if known is None else known & document.article_parties

    def fits(self, document: _Named) -> bool:
        """Whether `_same_document(document, member)` holds for every member, for a document with no more words
        than any member (documents come fullest first)."""
        if document.doc_id in self.doc_ids or document.type != self.members[0].type:
            return False
        if not document.words <= self.common_words:
            return False
        if len(document.words) < MIN_SHARED_WORDS and self.all_words != document.words:
            return False  # one word joins only members of that very word
        if any(word.isdigit() for word in self.all_words - document.words):
            return False
        if (self.all_words - document.words) & STEP_WORDS:
            return False
        if not document.parties or not all(
            parties and (document.parties <= parties or parties <= document.parties) for parties in self.party_sets
        ):
            return False
        if document.article_parties is not None and not self.all_parties <= document.article_parties:
            return False
        if self.named_parties is not None and not document.parties <= self.named_parties:
            return False  # `_named_in_articles` with every member
        return document.year is None or self.years <= {None, document.year}


def _cross_article_groups(documents: list[_Named]) -> list[list[_Named]]:
    """The documents (fullest first) grouped across articles: one joins the group whose every member it is,
    preferring the group with its very words; where it fits several groups and none has its words, it stays
    alone.  A group's first member has the most words, so only groups whose first one has all of a document's
    words are tried, and only those whose first one's parties contain the document's or lie among them (`fits`
    asks that of every member): an index by type, party set and word keeps a large store quick."""
    groups: list[_Group] = []
    seeded = _Seeded()
    for document in documents:
        fitting = [groups[i] for i in seeded.candidates(document) if groups[i].fits(document)]
        same = [g for g in fitting if document.words in g.word_sets]
        if len(same) == 1 or (not same and len(fitting) == 1):
            (same or fitting)[0].add(document)
            continue
        seeded.add(document, len(groups))
        group = _Group([])
        group.add(document)
        groups.append(group)
    return [group.members for group in groups]


@dataclass
class _Seeded:
    """The groups by what their first member holds: (type, party set, word) -> group numbers, and the party sets
    seen per type."""

    by_word: dict[tuple[str, frozenset[str], str], set[int]] = field(default_factory=dict)
    party_sets: dict[str, set[frozenset[str]]] = field(default_factory=dict)

    def add(self, first: _Named, number: int) -> None:
        """Group `number` starts with `first`."""
        self.party_sets.setdefault(first.type, set()).add(first.parties)
        for word in first.words:
            self.by_word.setdefault((first.type, first.parties, word), set()).add(number)

    def candidates(self, document: _Named) -> list[int]:
        """In order, the groups whose first member has all of `document`'s words and a party set that contains its
        parties or lies among them (both known): the only ones whose every member `_same_document` may match."""
        found: set[int] = set()
        mine = document.parties
        for parties in self.party_sets.get(document.type, ()):
            if mine and parties and (mine <= parties or parties <= mine):
                found |= set.intersection(
                    *(self.by_word.get((document.type, parties, w), set()) for w in document.words)
                )
        return sorted(found)


def renamed_ids(names: Iterable[AgreementName], rules: AgreementRules) -> Renamed:
    """(doc_id, agreement_id) -> (id, name) of the fullest title, for every wording linked across articles."""
    renamed: Renamed = {}
    for group in _cross_article_groups(_named_documents(names, rules)):
        if len({member.doc_id for member in group}) < 2:
            continue
        fullest = group[0]  # the fullest name comes first
        for member in group:
            renamed[(member.doc_id, member.agreement_id)] = (fullest.agreement_id, fullest.name)
    return renamed


def one_id_per_document(extractions: Sequence[Extraction], patterns_dir: str | Path) -> list[Extraction]:
    """The extractions with one agreement_id per document across articles.

    Mentions and the frames that cite them both change.  An article's mentions keep the name that article gives
    (its most complete title there); the frames, from which events are made, take the most complete title of
    all.  The same input gives the same ids.
    """
    renamed = renamed_ids(agreement_names(extractions), load_agreement_rules(str(patterns_dir)))
    return [_renamed(extraction, renamed) for extraction in extractions] if renamed else list(extractions)


def renamed_frames(doc_id: str, frames: Iterable[Frame], renamed: Renamed) -> tuple[Frame, ...]:
    """A document's frames citing the linked ids and the fullest names."""
    result = []
    for frame in frames:
        cited: dict[str, str] = {}
        for old_id, old_name in zip(frame.agreement_ids, frame.agreements, strict=False):
            new_id, new_name = renamed.get((doc_id, old_id), (old_id, old_name))
            cited.setdefault(new_id, new_name)
        result.append(replace(frame, agreement_ids=tuple(cited), agreements=tuple(cited.values())))
    return tuple(result)


def _renamed(extraction: Extraction, renamed: Renamed) -> Extraction:
    """One extraction with its agreements' ids (and its frames' names) replaced as `renamed` says."""
    doc_id = extraction.document.doc_id
    mentions = tuple(
        replace(m, agreement_id=new[0])
        if isinstance(m, AgreementMention) and (new := renamed.get((doc_id, m.agreement_id)))
        else m
        for m in extraction.mentions
    )
    return replace(extraction, mentions=mentions, frames=renamed_frames(doc_id, extraction.frames, renamed))


def renamed(extraction: Extraction, renamed_map: Renamed) -> Extraction:
    """`_renamed`, or the extraction itself when nothing links (the common case: no replace)."""
    return _renamed(extraction, renamed_map) if renamed_map else extraction
