"""Linking agreement ids across articles (pipeline.link): the indexed grouping groups exactly as comparing a
wording with every member of a group, and a document named in many articles costs checks linear in them."""

from __future__ import annotations

import random

import pytest

from pipeline import link
from pipeline.link import AgreementName, _cross_article_groups, _Named, _same_document, renamed_ids
from pipeline.normalize.agreements import key_words, load_agreement_rules
from pipeline.patterns import default_patterns_dir

WORDS = ["allied", "relation", "friendship", "eternal", "border", "state", "2020", "partnership", "trade", "deepening"]
PARTIES = [frozenset(), frozenset({"KZ"}), frozenset({"KZ", "UZ"}), frozenset({"UZ"}), frozenset({"KZ", "RU"})]


def reference_groups(documents: list[_Named]) -> list[list[_Named]]:
    """The grouping before the index by group summary: every member compared."""
    groups: list[list[_Named]] = []
    seeded: dict[tuple[str, str], set[int]] = {}
    for document in documents:
        candidates = set.intersection(*(seeded.get((document.type, w), set()) for w in document.words))
        fitting = [groups[i] for i in sorted(candidates) if all(_same_document(document, m) for m in groups[i])]
        same = [g for g in fitting if any(member.words == document.words for member in g)]
        if len(same) == 1 or (not same and len(fitting) == 1):
            (same or fitting)[0].append(document)
            continue
        for word in document.words:
            seeded.setdefault((document.type, word), set()).add(len(groups))
        groups.append([document])
    return groups


def random_named(rng: random.Random, number: int) -> _Named:
    words = frozenset(rng.sample(WORDS, rng.choice([1, 1, 2, 2, 3, 4])))
    return _Named(
        doc_id=f"d{rng.randrange(12)}",
        agreement_id=f"a{number}",
        type=rng.choice(["treaty", "treaty", "agreement"]),
        name=" ".join(sorted(words)),
        words=words,
        parties=rng.choice(PARTIES),
        year=rng.choice([None, None, 2020, 2021]),
        article_parties=rng.choice([None, frozenset({"KZ", "UZ"}), frozenset({"KZ", "UZ", "RU"}), frozenset({"KZ"})]),
    )


@pytest.mark.parametrize("seed", range(40))
def test_the_indexed_grouping_groups_exactly_as_comparing_every_member(seed: int) -> None:
    rng = random.Random(seed)
    documents = sorted(
        (random_named(rng, n) for n in range(rng.randrange(5, 60))),
        key=lambda n: (-len(n.words), -len(n.name), n.name, n.doc_id, n.agreement_id),
    )
    assert _cross_article_groups(documents) == reference_groups(documents)


@pytest.fixture
def fits_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a wording is checked against a group (`_Group.fits`), as a one-item list the test may reset."""
    calls = [0]
    fits = link._Group.fits

    def counted(self: link._Group, document: _Named) -> bool:
        calls[0] += 1
        return fits(self, document)

    monkeypatch.setattr(link._Group, "fits", counted)
    return calls


def test_a_document_named_in_many_articles_costs_checks_linear_in_them(fits_calls: list[int]) -> None:
    counts = []
    for n in (500, 2000):
        fits_calls[0] = 0
        words = frozenset({"good", "neighbourliness", "partnership"})
        named = [_Named(f"d{i:05d}", "t", "treaty", "T", words, frozenset({"KZ", "UZ"}), None) for i in range(n)]
        (group,) = _cross_article_groups(named)
        assert len(group) == n
        counts.append(fits_calls[0])
    assert counts[1] <= 4 * counts[0] + 10


def test_one_title_signed_by_many_pairs_costs_checks_linear_in_its_articles(fits_calls: list[int]) -> None:
    """A title that many different pairs of countries sign ("on Strategic Partnership") is many documents: a
    wording meets only the groups whose parties it could share, not every group of its words."""
    counts = []
    words = frozenset({"strategic", "partnership"})
    for n in (500, 2000):
        fits_calls[0] = 0
        named = [_Named(f"d{i:05d}", "t", "treaty", "T", words, frozenset({f"P{i}", f"Q{i}"}), None) for i in range(n)]
        assert len(_cross_article_groups(named)) == n
        counts.append(fits_calls[0])
    assert counts[1] <= 4 * counts[0] + 10


def reference_renamed(names: list[AgreementName], rules: object) -> dict:
    """`renamed_ids` as it was before wordings without parties were left out: every wording grouped."""
    named: dict[tuple[str, str], _Named] = {}
    article_parties: dict[str, set[str]] = {}
    for m in names:
        article_parties.setdefault(m.doc_id, set()).update(m.parties)
    for m in names:
        key = (m.doc_id, m.agreement_id)
        if m.agreement_id and key not in named and (words := key_words(m.name, rules)):
            article = frozenset(article_parties[m.doc_id])
            named[key] = _Named(*key, m.type, m.name, words, frozenset(m.parties), m.year, article)
    documents = sorted(named.values(), key=lambda n: (-len(n.words), -len(n.name), n.name, n.doc_id, n.agreement_id))
    renamed = {}
    for group in _cross_article_groups(documents):
        if len({member.doc_id for member in group}) > 1:
            for member in group:
                renamed[(member.doc_id, member.agreement_id)] = (group[0].agreement_id, group[0].name)
    return renamed


@pytest.mark.parametrize("seed", range(20))
def test_wordings_named_without_parties_are_left_out_without_changing_what_links(seed: int) -> None:
    rules = load_agreement_rules(str(default_patterns_dir()))
    rng = random.Random(seed)
    names = []
    for doc in range(30):
        for _ in range(rng.randrange(4)):
            words = rng.sample(["Allied Relations", "Eternal Friendship", "Border", "Strategic Partnership"], 2)
            names.append(
                AgreementName(
                    f"d{doc:02d}",
                    f"a{rng.randrange(3)}",  # a document may name one id twice, with and without parties
                    "treaty",
                    "Treaty on " + " and ".join(words),
                    tuple(rng.choice(PARTIES)),
                    rng.choice([None, 2020]),
                )
            )
    expected = reference_renamed(names, rules)
    assert renamed_ids(names, rules) == expected
    assert len(expected) > 3
