"""Leader names as canonical people, and who held an office when.

In: the rule files in `patterns/leaders/` (the gazetteer of people and their offices, title
words, state bodies, occupations, words of address, name particles, transliteration folding, link words) plus the shared
country and place names of `patterns/geo/` (read by `geo.load_geo`); then a name as written, or an office, a country
and a period.  Out: the gazetteer people a name may denote (scored, spelling-tolerant), the
one of several that was in office during a period, the holder of an office at a date, and
a stable `leader_id` for a person who is not in the gazetteer.  No spaCy here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from ..patterns import PatternError, read_csv, read_jsonl, require
from .geo import load_geo

FULL_NAME_CUTOFF = 85.0  # folded similarity (0-100) for a name of two or more words
SINGLE_WORD_CUTOFF = 85.0  # for one word: a surname or a one-word alias
SHORT_WORD = 5  # one word shorter than this (Xi, Gul, Li) must match exactly
# In a name of several words, the first and the last word must each come this close (0-100) too: a long shared
# family name (bin Zayed Al Nahyan) must not make Saif bin Zayed Al Nahyan Khalifa bin Zayed Al Nahyan.
END_WORD_CUTOFF = 75.0
# The last word (the surname) must come closer still: transliterations of one surname fold to within a letter or two
# (Tokaev/Tokayev 92, Tleuberdi/Tileuberdi 95), while two namesakes' surnames differ more (Ahmadov/Asadov 77).
LAST_WORD_CUTOFF = 85.0
# A surname written with letters before another's whole (Kazimov, Nazimov: azimov; Salimov: alimov) is another
# family name: transliteration changes letters inside a name, never prefixes a consonant to it.  A vowel alone
# before it (ierlan/erlan once y folds to i) is still a spelling of the same name.
PREFIX_VOWELS = frozenset("aeiou")
# Russian-style family names: the masculine ending takes an "a" for a woman (Akilov, Akilova; Karimov, Karimova),
# who is another person than the man of the gazetteer.
MASCULINE_SURNAME_ENDINGS = ("ov", "ev", "in")
# Nor does it change a surname's first consonant into another (Nazimov is not Kazimov), except for these pairs that
# two scripts write for one sound: Ukrainian h for Russian g (Herashchenko), c and k (Cavusoglu, Kavusoglu).
VARIANT_INITIALS = frozenset({frozenset("gh"), frozenset("ck")})
NEEDS = frozenset({"country", "body"})
LINK_ROLES = frozenset({"link", "country_link", "body_link", "separator", "article", "unit", "indefinite"})
NON_LETTERS = re.compile(r"[^a-z ]+")
REPEATED_LETTER = re.compile(r"(.)\1+")
GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?=[A-Z][a-z])")  # A. or A.B. written onto a surname: A.Aripov
LINEAGE_LINKS = frozenset({"bin", "ibn", "bint"})  # "son of" / "daughter of" in an Arabic name
ADDRESS_TOKEN = re.compile(r"\w+|[^\w\s]")  # a word or a sign, as spaCy splits "Dato' Sri" (Dato, ', Sri)


@dataclass(frozen=True)
class Office:
    key: str
    country: str
    start: date
    end: date  # date.max while in office


@dataclass(frozen=True)
class Honorific:
    """A title of honour that names one person during a period (Leader of the Nation, 2010-2023: Nazarbayev)."""

    title: str  # as written in people.jsonl; matched ignoring case
    leader_id: str
    country: str
    start: date
    end: date  # date.max while it is borne


@dataclass(frozen=True)
class Person:
    leader_id: str
    name: str
    country: str
    offices: tuple[Office, ...]
    family_first: bool = False  # the family name is written first (Xi Jinping), so it opens the name
    weak_surname: bool = False  # the surname is also a common word or name (May, Khan): alone it needs support
    # so common a surname (Hasanov) that only a title of an office the person held supports it
    office_only: bool = False


@dataclass(frozen=True)
class TitleWord:
    office: str  # an office key of people.jsonl, or "" when the title names no single office
    needs: frozenset[str]  # what the title must also say to mark a leader: "country", "body" (any of them)
    group: bool = False  # a plural title (Deputy Prime Ministers): every name of the list after it holds it
    also_name: bool = False  # one word that is also a name (Sultan): between two name words it is part of the name


@dataclass(frozen=True)
class Modifier:
    ordinal: int | None
    not_holder: bool  # former, deputy: the person does not hold the office itself


@dataclass(frozen=True)
class Candidate:
    """A gazetteer person a written name may denote."""

    person: Person
    score: float  # 0-100
    by_one_word: bool  # matched through a surname or a one-word alias, not a full name


CANDIDATES_CACHED = 50_000


@dataclass(frozen=True)
class LeaderRules:
    people: tuple[Person, ...]
    aliases: tuple[str, ...]  # folded spellings, parallel to alias_owners
    alias_owners: tuple[int, ...]  # index into people
    titles: dict[str, TitleWord]  # lower-case phrase -> title
    modifiers: dict[str, Modifier]
    bodies: dict[str, str]  # phrase -> ISO2 or ""
    occupations: frozenset[str]
    address_words: frozenset[str]  # lower-case words of address that stand before a name but are no part of it
    # Words of address of several tokens, or cased, matched token by token as written (Tan Sri, Dato' Sri, HE):
    # each of their words alone may be a name (Tan Cheng Bock, Sri Mulyani Indrawati, He Lifeng).
    address_phrases: frozenset[tuple[str, ...]]
    particles: frozenset[str]  # lower-case words inside a name (von der, bin, al)
    closing_particles: frozenset[str]  # lower-case words that close a name (uulu, kyzy)
    weak_surnames: frozenset[str]  # folded surnames that alone name nobody unless introduced or titled (May, Hague)
    honours: tuple[Honorific, ...]  # titles of honour bound to a person and a period
    complete_offices: frozenset[tuple[str, str]]  # (country, office) whose every holder is listed: ordinals count
    countries: dict[str, str]  # every spelling of a single country -> ISO2
    places: frozenset[str]
    links: dict[str, frozenset[str]]  # role -> words
    folding: tuple[tuple[str, str], ...]
    # Written name -> its candidates: an article repeats names, and each word run is tried at several lengths.
    _found: dict[str, tuple[Candidate, ...]] = field(default_factory=dict, compare=False, repr=False)

    def fold(self, name: str) -> str:
        return fold(name, self.folding)

    def candidates(self, written: str) -> tuple[Candidate, ...]:
        """The gazetteer people whose spellings come closest to `written`, best first (ties kept)."""
        found = self._found.get(written)
        if found is None:
            if len(self._found) >= CANDIDATES_CACHED:  # memory stays flat however many articles a worker reads
                self._found.clear()
            # Uzbek and Russian-language press glue initials to the surname (A.Aripov): the surname is looked up,
            # and the initial must be the person's (M.Jabbarov is not Sadyr Japarov).
            initials = GLUED_INITIALS.match(written)
            found = tuple(
                c
                for c in self._closest(GLUED_INITIALS.sub("", written))
                if not initials or c.person.name[:1] == initials.group()[0]
            )
            self._found[written] = found
        return found

    @cached_property
    def _aliases_of_kind(self) -> dict[bool, tuple[tuple[str, ...], tuple[int, ...]]]:
        """one word? -> the aliases of that kind and their owners, split once per gazetteer.

        A one-word query only ever meets one-word aliases and a longer one only longer ones, so
        comparing each query with the other kind too was wasted work.  Each half keeps the order
        of `aliases`, so equal scores still come out in the same order.
        """
        kinds = {}
        for one_word in (True, False):
            kept = [i for i, alias in enumerate(self.aliases) if (" " not in alias) == one_word]
            kinds[one_word] = (tuple(self.aliases[i] for i in kept), tuple(self.alias_owners[i] for i in kept))
        return kinds

    def _closest(self, written: str) -> list[Candidate]:
        query = self.fold(written)
        if not query:
            return []
        one_word = " " not in query
        cutoff = SINGLE_WORD_CUTOFF if one_word else FULL_NAME_CUTOFF
        if one_word and len(query) < SHORT_WORD:
            cutoff = 100.0
        # A one-word query only ever meets one-word aliases; a full name never matches a bare surname.
        aliases, owners = self._aliases_of_kind[one_word]
        best: dict[int, Candidate] = {}
        for alias, score, index in process.extract(query, aliases, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            if not one_word and not _same_ends(query, alias):
                continue
            if one_word and _other_surname(query, alias):
                continue
            person_index = owners[index]
            if person_index not in best or best[person_index].score < score:
                best[person_index] = Candidate(self.people[person_index], score, one_word)
        if not best:
            return []
        top = max(c.score for c in best.values())
        return [c for c in best.values() if c.score >= top - 0.5]

    def holder(
        self, office: str, country: str, period: tuple[date, date] | None, *, ordinal: int | None = None
    ) -> tuple[Person | None, float]:
        """Who held an office of a country: the nth holder ever, or the one in office during the period."""
        holders = sorted(
            ((o.start, p) for p in self.people for o in p.offices if o.key == office and o.country == country),
            key=lambda pair: pair[0],
        )
        if ordinal:
            if (country, office) not in self.complete_offices:
                return None, 0.0  # the gazetteer does not reach back to the first holder
            distinct = list(dict.fromkeys(p for _, p in holders))
            return (distinct[ordinal - 1], 1.0) if ordinal <= len(distinct) else (None, 0.0)
        if period is None:
            return None, 0.0
        return in_office_during([p for _, p in holders], period, office=office)


def _other_surname(query: str, alias: str) -> bool:
    """One folded word holds the other whole at its end after a consonant (nazimov/azimov), the two start with
    different consonants (nazimov/kazimov), or one is the other's feminine form (akilova/akilov): two people."""
    if query[0] != alias[0] and not {query[0], alias[0]} & PREFIX_VOWELS:
        return frozenset((query[0], alias[0])) not in VARIANT_INITIALS
    short, long = sorted((query, alias), key=len)
    if long == short + "a" and short.endswith(MASCULINE_SURNAME_ENDINGS):
        return True
    if short == long or not long.endswith(short):
        return False
    return any(letter not in PREFIX_VOWELS for letter in long[: len(long) - len(short)])


def _same_ends(query: str, alias: str) -> bool:
    """The first words and the last words of two folded names of several words are close spellings."""
    first, last = query.split(), alias.split()
    return fuzz.ratio(first[0], last[0]) >= END_WORD_CUTOFF and fuzz.ratio(first[-1], last[-1]) >= LAST_WORD_CUTOFF


@lru_cache(maxsize=65536)
def fold(name: str, folding: tuple[tuple[str, str], ...]) -> str:
    """Lower-case ASCII words with transliteration variants folded (Berdimuhamedow == Berdymukhammedov)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = NON_LETTERS.sub(" ", text)
    for written, folded in folding:
        text = text.replace(written, folded)
    # A function, not the template r"\1": `re` prepares a template again on every call, which took twice as long.
    text = REPEATED_LETTER.sub(lambda repeat: repeat[1], text)
    return " ".join(text.split())


def leader_id_for(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def canonical_spelling(written: str) -> str:
    """A name as written, on one line, with words in capitals (KOISHYBAYEV) in title case, and an Arabic lineage
    cut to the father's name (Faisal bin Thani bin Faisal Al-Thani -> Faisal bin Thani Al-Thani)."""
    words = " ".join(written.split()).split(" ")
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in _father_only(words))


def _father_only(words: list[str]) -> list[str]:
    """The words of a name without the grandfathers' links of an Arabic lineage: English press names a Gulf official
    by given name, father and family (Mohammed bin Abdulrahman Al Thani), whatever longer form an agency wrote
    (Mohammed bin Abdulrahman bin Jassim Al Thani), or a prince by given name and father alone (Abdulaziz bin Salman
    for Abdulaziz bin Salman bin Abdulaziz).  Each "bin X" after the first is dropped."""
    kept: list[str] = []
    links = 0
    skip = False
    for k, word in enumerate(words):
        if skip:
            skip = False
            continue
        if word.lower() in LINEAGE_LINKS and 0 < k < len(words) - 1:
            links += 1
            if links > 1:
                skip = True  # the grandfather's name after the link goes with it
                continue
        kept.append(word)
    return kept


def overlap_days(office: Office, period: tuple[date, date]) -> int:
    start, end = max(office.start, period[0]), min(office.end, period[1])
    return (end - start).days + 1 if start <= end else 0


def in_office_during(
    people: list[Person], period: tuple[date, date], *, office: str | None = None
) -> tuple[Person | None, float]:
    """Of several people, the one in (any, or the given) office for most of the period, with a confidence.

    The confidence is the share of the period that person covers among all of them, so a
    father handing over to his son within the period yields the one who held it longer,
    with less confidence.  Nobody in office: the one whose office ended closest before.
    """
    if not people:
        return None, 0.0

    def days(person: Person) -> int:
        return sum(overlap_days(o, period) for o in person.offices if office is None or o.key == office)

    covered = {person: days(person) for person in dict.fromkeys(people)}
    total = sum(covered.values())
    if total:
        best = max(covered, key=lambda p: covered[p])
        return best, covered[best] / total
    ended = [
        (o.end, p) for p in covered for o in p.offices if o.end <= period[0] and (office is None or o.key == office)
    ]
    if ended:
        return max(ended, key=lambda pair: pair[0])[1], 0.5
    return None, 0.0


def period_of(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def published_period(published: str, precision: str) -> tuple[date, date] | None:
    """The span of time a publication date stands for: a day, its month or its year."""
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published or "")
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if not month or precision == "year":
        return period_of(year)
    if not day or precision == "month":
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(next_month.toordinal() - 1)
    return date(year, month, day), date(year, month, day)


def _date(value: str, path: Path, record: dict, *, open_end: bool = False) -> date:
    if open_end and not value:
        return date.max
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise PatternError(path, record.get("_line"), f"'{value}' is not an ISO date (YYYY-MM-DD)") from None


def _honours(record: dict, path: Path, leader_id: str) -> list[Honorific]:
    """The titles of honour of one people.jsonl record (its "honorifics": [{"title", "from", "to"}]), checked."""
    found = []
    for item in record.get("honorifics", []):
        keys = set(item) if isinstance(item, dict) else set()
        require(record, path, {"title", "from"} <= keys <= {"title", "from", "to"}, "bad honorific keys")
        title = " ".join(str(item["title"]).split())
        require(record, path, len(title.split()) > 1, "an honorific is a phrase; one word is an alias")
        start = _date(item["from"], path, record)
        end = _date(item.get("to", ""), path, record, open_end=True)
        require(record, path, start <= end, "honorific ends before it starts")
        found.append(Honorific(title, leader_id, record["country"], start, end))
    return found


def _is_iso2(code: object) -> bool:
    return isinstance(code, str) and len(code) == 2 and code.isalpha() and code.isupper()


def _unknown_office(office: str, office_keys: frozenset[str]) -> str:
    return f"unknown office {office!r}; the offices in leaders/offices.csv are {', '.join(sorted(office_keys))}"


def load_leader_rules(patterns_dir: str) -> LeaderRules:
    """The rules of `patterns/leaders/` and `patterns/geo/`, each file checked as it is read (file:line errors)."""
    root = Path(patterns_dir) / "leaders"
    path = root / "transliteration.csv"
    folding = tuple((row["written"], row["folded"]) for row in read_csv(path, required=["written", "folded"]))
    path = root / "offices.csv"
    office_keys = frozenset(row["office"] for row in read_csv(path, required=["office", "description"]))
    path = root / "weak_surnames.csv"
    weak_rows = read_csv(path, required=["word"], optional=["office_only"])
    for row in weak_rows:
        require(row, path, row.get("office_only", "") in ("", "yes"), "office_only must be yes or empty")
    weak_surnames = frozenset(fold(row["word"], folding) for row in weak_rows)
    office_only = frozenset(fold(row["word"], folding) for row in weak_rows if row.get("office_only") == "yes")
    gazetteer = _gazetteer(root / "people.jsonl", office_keys, folding, weak_surnames, office_only)
    particles, closing = _particles(root / "particles.csv")
    geo = load_geo(patterns_dir)
    return LeaderRules(
        people=tuple(gazetteer.people),
        aliases=tuple(gazetteer.aliases),
        alias_owners=tuple(gazetteer.owners),
        titles=_titles(root / "titles.csv", office_keys),
        modifiers=_modifiers(root / "modifiers.csv"),
        bodies=_bodies(root / "bodies.csv"),
        occupations=_lower_words(root / "occupations.csv"),
        address_words=_lower_words(root / "address_words.csv"),
        address_phrases=_address_phrases(root / "address_phrases.csv"),
        particles=particles,
        closing_particles=closing,
        weak_surnames=weak_surnames,
        honours=tuple(gazetteer.honours),
        complete_offices=_complete_offices(root / "complete_offices.csv", office_keys),
        countries=geo.single_countries(),  # a region (Central Asia) is no leader's country
        places=frozenset(geo.places),
        links=_links(root / "links.csv"),
        folding=folding,
    )


@dataclass
class _Gazetteer:
    """people.jsonl as read: the people, their titles of honour, and every folded spelling with its owner."""

    people: list[Person] = field(default_factory=list)
    honours: list[Honorific] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)  # index into people, parallel to aliases


def _gazetteer(
    path: Path,
    office_keys: frozenset[str],
    folding: tuple[tuple[str, str], ...],
    weak_surnames: frozenset[str],
    office_only: frozenset[str],
) -> _Gazetteer:
    """Each person of people.jsonl with their offices, spellings (name, surname, aliases) and titles of honour."""
    found = _Gazetteer()
    seen: set[str] = set()
    for record in read_jsonl(
        path,
        required=["name", "country", "offices"],
        optional=["id", "aliases", "surname", "honorifics", "comment"],
    ):
        require(record, path, isinstance(record["name"], str) and record["name"].strip() != "", "name is empty")
        require(record, path, _is_iso2(record["country"]), "country must be an ISO2 code")
        offices = _offices(record, path, office_keys)
        leader_id = record.get("id") or leader_id_for(record["name"])
        require(record, path, leader_id not in seen, f"id {leader_id} is used twice")
        seen.add(leader_id)
        extra = record.get("aliases", [])
        require(record, path, isinstance(extra, list) and all(isinstance(a, str) for a in extra), "bad aliases")
        surname = record.get("surname") or record["name"].split()[-1]
        for spelling in dict.fromkeys(fold(s, folding) for s in [record["name"], surname, *extra]):
            found.aliases.append(spelling)
            found.owners.append(len(found.people))
        family_first = surname == record["name"].split()[0] and " " in record["name"]
        folded = fold(surname, folding)
        person = Person(
            leader_id,
            record["name"],
            record["country"],
            offices,
            family_first,
            weak_surname=folded in weak_surnames,
            office_only=folded in office_only,
        )
        found.people.append(person)
        found.honours += _honours(record, path, leader_id)
    return found


def _offices(record: dict, path: Path, office_keys: frozenset[str]) -> tuple[Office, ...]:
    """The offices of one people.jsonl record ({"office", "from", "to", "country"}), checked."""
    require(record, path, isinstance(record["offices"], list), "offices must be a list")
    offices = []
    for office in record["offices"]:
        require(record, path, isinstance(office, dict), "each office must be an object")
        keys = set(office) if isinstance(office, dict) else set()
        require(record, path, {"office", "from"} <= keys <= {"office", "from", "to", "country"}, "bad office keys")
        require(record, path, office["office"] in office_keys, _unknown_office(office["office"], office_keys))
        country = office.get("country", record["country"])
        require(record, path, _is_iso2(country), "office country must be an ISO2 code")
        start = _date(office["from"], path, record)
        end = _date(office.get("to", ""), path, record, open_end=True)
        require(record, path, start <= end, "office ends before it starts")
        offices.append(Office(office["office"], country, start, end))
    return tuple(offices)


def _complete_offices(path: Path, office_keys: frozenset[str]) -> frozenset[tuple[str, str]]:
    complete_offices = set()
    for row in read_csv(path, required=["country", "office"], optional=["comment"]):
        require(row, path, _is_iso2(row["country"]), "country must be an ISO2 code")
        require(row, path, row["office"] in office_keys, _unknown_office(row["office"], office_keys))
        complete_offices.add((row["country"], row["office"]))
    return frozenset(complete_offices)


def _titles(path: Path, office_keys: frozenset[str]) -> dict[str, TitleWord]:
    titles = {}
    for row in read_csv(path, required=["phrase", "office", "needs", "group"], optional=["also_name"]):
        needs = frozenset(n.strip() for n in row["needs"].split("|") if n.strip())
        also_name = row.get("also_name", "")
        require(row, path, also_name in ("", "yes"), "also_name must be yes or empty")
        require(row, path, not also_name or " " not in row["phrase"].strip(), "also_name is for one-word titles")
        require(row, path, needs <= NEEDS, f"needs may hold only {', '.join(sorted(NEEDS))}")
        known = not row["office"] or row["office"] in office_keys
        require(row, path, known, _unknown_office(row["office"], office_keys))
        require(row, path, row["group"] in ("", "yes"), "group must be yes or empty")
        require(row, path, not (row["group"] and row["office"]), "a group names no single office")
        titles[row["phrase"].lower()] = TitleWord(row["office"], needs, row["group"] == "yes", also_name == "yes")
    return titles


def _modifiers(path: Path) -> dict[str, Modifier]:
    modifiers = {}
    for row in read_csv(path, required=["word", "ordinal", "not_holder"]):
        require(row, path, row["ordinal"] == "" or row["ordinal"].isdigit(), "ordinal must be a number or empty")
        require(row, path, row["not_holder"] in ("", "yes"), "not_holder must be yes or empty")
        ordinal = int(row["ordinal"]) if row["ordinal"] else None
        modifiers[row["word"].lower()] = Modifier(ordinal, row["not_holder"] == "yes")
    return modifiers


def _bodies(path: Path) -> dict[str, str]:
    bodies = {}
    for row in read_csv(path, required=["phrase", "country"]):
        require(row, path, row["country"] == "" or _is_iso2(row["country"]), "country must be ISO2 or empty")
        bodies[row["phrase"]] = row["country"]
    return bodies


def _lower_words(path: Path) -> frozenset[str]:
    """The lower-cased `word` column of a one-column word list (occupations, words of address)."""
    return frozenset(row["word"].lower() for row in read_csv(path, required=["word"]))


def _address_phrases(path: Path) -> frozenset[tuple[str, ...]]:
    """The `phrase` column of address_phrases.csv as token texts ("Dato' Sri" -> Dato, ', Sri), as spaCy splits them."""
    phrases = set()
    for row in read_csv(path, required=["phrase"], optional=["comment"]):
        tokens = tuple(ADDRESS_TOKEN.findall(row["phrase"]))
        require(row, path, bool(tokens), "phrase is empty")
        phrases.add(tokens)
    return frozenset(phrases)


def _particles(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The particles inside a name (von der, bin) and those that close one (uulu, kyzy)."""
    particles, closing = set(), set()
    for row in read_csv(path, required=["word", "where"]):
        require(row, path, row["word"].islower() and row["word"].isalpha(), "a particle is one lower-case word")
        require(row, path, row["where"] in ("inner", "after"), "where must be inner or after")
        (particles if row["where"] == "inner" else closing).add(row["word"])
    return frozenset(particles), frozenset(closing)


def _links(path: Path) -> dict[str, frozenset[str]]:
    links: dict[str, set[str]] = {role: set() for role in LINK_ROLES}
    for row in read_csv(path, required=["word", "role"]):
        require(row, path, row["role"] in LINK_ROLES, f"role must be one of {', '.join(sorted(LINK_ROLES))}")
        links[row["role"]].add(row["word"].lower())
    return {role: frozenset(words) for role, words in links.items()}
