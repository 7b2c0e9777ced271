"""Agreement titles as canonical documents.

In: a title as written in an article ("the Agreement on Strategic Partnership (2017)"), the
sentence it stands in, and the rules in `patterns/agreements/` (word roles, aliases) and
`patterns/geo/` (country and city names).  Out: its canonical name (no leading "the", plain
quotes and spacing, or the official name from the alias table), the countries it names
(`parties`, ISO2), its year, the content words that identify it across wordings, and a
stable `agreement_id` built from type, content words, parties and year.  (Across articles,
`pipeline.link.one_id_per_document` gives every wording of one document the id of its fullest title.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..patterns import read_csv, read_jsonl, require, require_token_pattern
from .dates import YEAR_DIGITS
from .geo import load_geo

AGREEMENT_TYPES = (
    "agreement",
    "treaty",
    "convention",
    "declaration",
    "memorandum",
    "protocol",
    "joint_statement",
    "programme",
    "roadmap",
    "concept",
    "strategy",
    "resolution",
    "plan",
    "contract",
)
# The type of a head that only refers back ("the document"): its mention takes the type of the document it names.
REFERRING_TYPE = "document"
# The roles of words that carry a title on past its head (see patterns/agreements/words.csv).
LINK_ROLES = (
    "link",
    "link_proper",
    "link_period",
    "link_until",
    "link_parties",
    "link_document",
    "link_name",
    "link_route",
    "link_listed",
    "link_capital",
    "link_participle",
)
WORD_ROLES = (
    *LINK_ROLES,
    "document",
    "coordinator",
    "determiner",
    "anaphoric",
    "list_end",
    "generic",
    "stop",
    "stop_of",
    "signing",
    "headline_verb",
    "drafting",
    "listing",
)
QUOTES = '“”„‟"«»'
_YEAR = re.compile(rf"(?<!\w)({YEAR_DIGITS})(?!\d)")
_PERIOD_FIRST = re.compile(rf"^({YEAR_DIGITS}\s*[-–]\s*{YEAR_DIGITS})\s+(.+)$")
_WORD = re.compile(r"[^\W_]+")
# British and American spellings name one document: "Good-Neighbourliness" is "Good-Neighborliness".
_BRITISH_OUR = re.compile(r"(?<=\w\w)our(?=(?:s|ed|ing|liness|hood|able|ite)?$)")


@dataclass(frozen=True)
class Alias:
    canonical: str
    types: frozenset[str]
    keywords: frozenset[str]
    parties: frozenset[str]
    year: int | None
    # Every word a wording of this document may have: its canonical name's and the keywords of its rows.
    # "Treaty on Permanent Good-Neighbourliness" has a word that no wording of the 2002 treaty has.
    vocabulary: frozenset[str] = frozenset()


@dataclass(frozen=True)
class HeadRule:
    """A word that names a kind of document, as a spaCy Matcher pattern."""

    type: str
    pattern: list[dict]
    bare: bool  # the singular head alone after "a"/"the" names one document ("a joint statement")
    plural: bool  # only introduces quoted titles
    refers: bool = False  # only refers back to a document of any type named elsewhere ("the document")
    named: bool = False  # the head is itself a name, an abbreviation ("the NPT"): its words identify the document
    # refers only with words of its own that the title shares ("the minerals pact"); alone ("the deal") it names none
    described: bool = False


@dataclass(frozen=True)
class AgreementRules:
    heads: tuple[HeadRule, ...]
    not_documents: tuple[list[dict], ...]  # Matcher patterns of organisations named like documents
    document_words: frozenset[str]  # the words of the heads: they say the type, not which document
    roles: dict[str, str]  # lower-case word -> role
    aliases: tuple[Alias, ...]
    country_pattern: re.Pattern[str]  # every spelling of every country, region and city
    codes: dict[str, tuple[str, ...]]  # spelling -> ISO2 codes
    cities: frozenset[str]  # spellings of cities: "in <city>" says where a document was signed
    # Nouns that move something somewhere ("supply", "transit"): "to"/"through" + a place after them is in the title
    movements: frozenset[str] = frozenset()
    # Nouns of a named site ("deposit", "field"): "at the Djengeldi deposit" after a complement is in the title
    sites: frozenset[str] = frozenset()
    # The words of heads that refer back only by words of their own ("pact", "deal"; see HeadRule.described)
    described_words: frozenset[str] = frozenset()

    def role(self, word: str) -> str:
        return self.roles.get(word.lower(), "")


def load_agreement_rules(patterns_dir: str) -> AgreementRules:
    """The rules of `patterns/agreements/` and the place names of `patterns/geo/`, checked as they are read."""
    root = Path(patterns_dir)
    heads = _read_heads(root / "agreements" / "heads.jsonl")
    # The words of a named head ("NPT") say which document it is, not only its type.
    document_words = frozenset(word for head in heads if not head.named for word in _pattern_words(head.pattern))
    path = root / "agreements" / "not_documents.jsonl"
    not_documents = []
    for record in read_jsonl(path, required=["pattern"], optional=["comment"]):
        not_documents.append(require_token_pattern(record, path))
    path = root / "agreements" / "words.csv"
    roles = {}
    for row in read_csv(path, required=["word", "role"]):
        require(row, path, row["role"] in WORD_ROLES, f"role must be one of {', '.join(WORD_ROLES)}")
        roles[row["word"].lower()] = row["role"]
    geo = load_geo(root)
    codes, cities = geo.codes(), set(geo.places)
    spellings = sorted((s for s in codes if s), key=len, reverse=True)
    country_pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(s) for s in spellings) + r")(?![\w])")
    path = root / "agreements" / "movements.csv"
    movements = frozenset(row["word"].lower() for row in read_csv(path, required=["word"]))
    path = root / "agreements" / "sites.csv"
    sites = frozenset(row["word"].lower() for row in read_csv(path, required=["word"]))
    rules = AgreementRules(
        tuple(heads),
        tuple(not_documents),
        document_words,
        roles,
        (),
        country_pattern,
        codes,
        frozenset(cities),
        movements,
        sites,
        frozenset(word for head in heads if head.described for word in _pattern_words(head.pattern)),
    )
    aliases = _read_aliases(root / "agreements" / "aliases.csv", rules)
    return replace(rules, aliases=_with_vocabularies(aliases, rules))


def _read_heads(path: Path) -> list[HeadRule]:
    """The head words of heads.jsonl."""
    heads = []
    for record in read_jsonl(
        path, required=["type", "pattern"], optional=["bare", "plural", "refers", "named", "described", "comment"]
    ):
        refers = bool(record.get("refers"))
        require(record, path, refers or not record.get("described"), "described needs refers")
        require(
            record,
            path,
            record["type"] in AGREEMENT_TYPES or (refers and record["type"] == REFERRING_TYPE),
            f"type must be one of {', '.join(AGREEMENT_TYPES)} (or {REFERRING_TYPE} with refers)",
        )
        require_token_pattern(record, path)
        heads.append(
            HeadRule(
                record["type"],
                record["pattern"],
                bool(record.get("bare")),
                bool(record.get("plural")),
                refers,
                bool(record.get("named")),
                bool(record.get("described")),
            )
        )
    return heads


def _read_aliases(path: Path, rules: AgreementRules) -> list[Alias]:
    """The rows of aliases.csv; their keywords are read with the other rules."""
    aliases = []
    for row in read_csv(path, required=["canonical", "types", "keywords", "parties", "year"]):
        types = frozenset(t.strip() for t in row["types"].split("|"))
        require(row, path, bool(row["canonical"]), "canonical name is empty")
        require(row, path, types <= set(AGREEMENT_TYPES), f"types must be among {', '.join(AGREEMENT_TYPES)}")
        parties = frozenset(p.strip() for p in row["parties"].split(";") if p.strip())
        require(row, path, all(len(p) == 2 and p.isupper() for p in parties), "parties must be ISO2 codes")
        require(row, path, not row["year"] or row["year"].isdigit(), "year must be a number or empty")
        keywords = key_words(row["keywords"], rules, places=True)
        require(row, path, bool(keywords), "keywords must hold at least one content word")
        aliases.append(Alias(row["canonical"], types, keywords, parties, int(row["year"]) if row["year"] else None))
    return aliases


def _with_vocabularies(aliases: list[Alias], rules: AgreementRules) -> tuple[Alias, ...]:
    """The alias rows, each with the words of its canonical name and of every row of that name."""
    vocabularies: dict[str, set[str]] = {}
    for alias in aliases:
        vocabulary = vocabularies.setdefault(alias.canonical, set(key_words(alias.canonical, rules, places=True)))
        vocabulary.update(alias.keywords)
    return tuple(replace(alias, vocabulary=frozenset(vocabularies[alias.canonical])) for alias in aliases)


def _pattern_words(pattern: list[dict]) -> set[str]:
    """The literal words a Matcher pattern asks for (its LOWER / ORTH / TEXT values)."""
    words = set()
    for token in pattern:
        for key in ("LOWER", "ORTH", "TEXT"):
            value = token.get(key)
            values = value.get("IN", []) if isinstance(value, dict) else [value] if value else []
            words.update(str(v).lower() for v in values)
    return words


def canonical_name(text: str) -> str:
    """A title as a clean name: no quotes, single spaces, no leading article, period last."""
    name = " ".join(text.translate({ord(q): None for q in QUOTES}).split()).strip(" ,.;:")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    # "2018-2019 Programme of X" and "Programme of X for 2018-2019" are one name; keep the second.
    period_first = _PERIOD_FIRST.match(name)
    if period_first and " for " not in name:
        name = f"{period_first.group(2)} for {period_first.group(1)}"
    return name[:1].upper() + name[1:]


def parties_in(text: str, rules: AgreementRules, *, cities: bool = True) -> tuple[str, ...]:
    """ISO2 codes of the countries, regions and (unless `cities` is false) cities named in a text, sorted.

    A city in a title is where it was signed or what it is named after ("Paris Agreement"),
    not a party; in the sentence around it a capital often stands for its country.
    """
    found = {
        code
        for match in rules.country_pattern.finditer(text)
        if cities or match.group() not in rules.cities
        for code in rules.codes[match.group()]
    }
    return tuple(sorted(found))


def key_words(text: str, rules: AgreementRules, *, places: bool = False) -> frozenset[str]:
    """The content words that identify a document across wordings: no function, generic or (unless `places`,
    for the names of the alias table: "Paris Agreement", "Caspian Convention") country and city words."""
    plain = text.translate({ord(q): " " for q in QUOTES})
    without_places = plain if places else rules.country_pattern.sub(" ", plain)
    words = set()
    for word in _WORD.findall(without_places.lower()):
        if rules.role(word) or word in rules.document_words:
            continue
        # Plural and singular name the same thing: "State Borders" is "State Border".
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(_BRITISH_OUR.sub("or", word))
    return frozenset(words)


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def find_alias(
    type_: str,
    words: frozenset[str],
    parties: tuple[str, ...],
    year: int | None,
    rules: AgreementRules,
    *,
    strict_year: bool = False,
    name_words: frozenset[str] | None = None,
) -> Alias | None:
    """The alias row a mention fits: same type, all its keywords, its parties, its year, and (given the
    content words of its name, `name_words`) no word that no wording of the document has.

    `strict_year` is for bare mentions ("the relevant Treaty"), whose words come from the
    sentence around them: without a matching year they are too vague to resolve.
    """
    for alias in rules.aliases:
        if type_ not in alias.types or not alias.keywords <= words:
            continue
        if name_words is not None and not {w for w in name_words if not w.isdigit()} <= alias.vocabulary:
            continue  # (a year in the name is for the year test)
        if alias.parties and not alias.parties <= set(parties):
            continue
        if alias.year is not None and (year != alias.year if year is not None else strict_year):
            continue
        return alias
    return None


def alias_id(alias: Alias, rules: AgreementRules) -> str:
    """The id of an alias row's document: from its canonical name, so that rows of one name share it (its
    places only when it has no other word: "Paris Agreement")."""
    words = key_words(alias.canonical, rules) or key_words(alias.canonical, rules, places=True)
    return agreement_id_for(min(alias.types), words, tuple(sorted(alias.parties)), alias.year)


def agreement_id_for(type_: str, words: frozenset[str], parties: tuple[str, ...], year: int | None) -> str:
    """A readable id that is the same for every wording with the same type, content words, parties and year."""
    parts = [type_, *sorted(words), *(p.lower() for p in parties), str(year or "")]
    return re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")[:100]
