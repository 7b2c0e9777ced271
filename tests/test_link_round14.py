"""Round fourteen, linking across articles (pipeline.link): a wording whose parties lie among a fuller title's
joins it only when its own article names the title's other parties too, so that a signing keeps its own
agreement ("no signing lost to its agreement").

Each row is two articles, in the styles of the dev articles (our own sentences): the agreement mentions each
article's extractor reads (title, parties), and whether the first article's wording takes the second's id."""

from __future__ import annotations

import pytest

from pipeline.link import AgreementName, _Named, _named_in_articles, _same_document, renamed_ids
from pipeline.normalize.agreements import load_agreement_rules
from pipeline.patterns import default_patterns_dir

RULES = load_agreement_rules(str(default_patterns_dir()))

Mention = tuple[str, str, tuple[str, ...]]  # (type, name, parties)

CASES: list[tuple[str, list[Mention], list[Mention], bool]] = [
    (
        # "The documents signed after the talks were: an agreement on cooperation in the field of renewable energy,
        # inked by Al-Sabah and Azerbaijan's energy minister; ..." (Kuwait read in no mention of the article)
        "a Kuwait-Azerbaijan list item is not another article's Azerbaijan-Uzbekistan agreement",
        [("agreement", "Agreement on cooperation in the field of renewable energy", ("AZ",))],
        [
            (
                "agreement",
                "Agreement between the Government of the Republic of Azerbaijan and the Government of the "
                "Republic of Uzbekistan on cooperation in the field of renewable energy",
                ("AZ", "UZ"),
            )
        ],
        False,
    ),
    (
        # "Tokyo and Tashkent signed a memorandum of cooperation in the field of critical minerals."
        "a Japan-Uzbekistan memorandum is not India's of the same field",
        [("memorandum", "Memorandum of cooperation in the field of critical minerals", ("UZ",))],
        [("memorandum", "MoU on cooperation in the field of critical and rare earth minerals", ("IN", "UZ"))],
        False,
    ),
    (
        # "Officials of Kuwait's fund and Dushanbe signed the agreement on the avoidance of double taxation."
        "a double taxation agreement of another Gulf state stays its own",
        [("agreement", "Agreement on the avoidance of double taxation", ("TJ",))],
        [("agreement", "Agreement on the Avoidance of Double Taxation", ("QA", "TJ"))],
        False,
    ),
    (
        # "Mirziyoyev recalled the Treaty on Allied Relations, signed during his visit to Baku." in an article whose
        # other documents name Azerbaijan and Uzbekistan
        "a short title joins the fuller one when its article names the other party",
        [
            ("treaty", "Treaty on Allied Relations", ("UZ",)),
            ("agreement", "Agreement on the Uzbek-Azerbaijani Investment Company", ("AZ", "UZ")),
        ],
        [
            (
                "treaty",
                "Treaty on Allied Relations between the Republic of Uzbekistan and the Republic of Azerbaijan",
                ("AZ", "UZ"),
            )
        ],
        True,
    ),
    (
        # "Relations were raised to a strategic level with the Declaration on Strategic Partnership signed by Aliyev
        # and Japarov" beside an article reading only Kyrgyzstan in the title but Azerbaijan elsewhere
        "a two-country wording joins the same wording when the other article names both",
        [
            ("declaration", "Declaration on Strategic Partnership", ("KG",)),
            ("memorandum", "Memorandum on trade between Azerbaijan and Kyrgyzstan", ("AZ", "KG")),
        ],
        [("declaration", "Declaration on Strategic Partnership", ("AZ", "KG"))],
        True,
    ),
    (
        # "The treaty on the junction point of the state borders of the three countries takes effect today."
        "a trilateral treaty read with two parties joins it when the article names the third",
        [
            ("treaty", "Treaty on the Junction Point of the State Borders of the three countries", ("TJ", "UZ")),
            ("agreement", "Agreement on the Kambarata HPP-1 project", ("KG", "TJ", "UZ")),
        ],
        [
            (
                "treaty",
                "Treaty on the junction point of the state borders of Kyrgyzstan, Tajikistan and Uzbekistan",
                ("KG", "TJ", "UZ"),
            )
        ],
        True,
    ),
    (
        # "During the visit, the two leaders signed the Declaration on Strategic Partnership between Kazakhstan and
        # Azerbaijan." beside "... the Declaration on Strengthening Strategic Partnership and Deepening Allied
        # Relations, signed last year": a further step is a newer document
        "a declaration on strengthening a partnership is not the declaration that set it up",
        [("declaration", "Declaration on Strategic Partnership between Kazakhstan and Azerbaijan", ("AZ", "KZ"))],
        [
            (
                "declaration",
                "Declaration on Strengthening Strategic Partnership and Deepening Allied Relations",
                ("AZ", "KZ"),
            )
        ],
        False,
    ),
    (
        # "the two leaders adopted a Declaration on Comprehensive Strategic Partnership"
        "a comprehensive strategic partnership upgrades a strategic partnership",
        [("declaration", "Declaration on Strategic Partnership", ("KZ", "UZ"))],
        [("declaration", "Declaration on Comprehensive Strategic Partnership", ("KZ", "UZ"))],
        False,
    ),
    (
        # "the Declaration on Strengthening Strategic Partnership, signed in Astana" named shorter in another article
        "the step word in both wordings still links",
        [("declaration", "Declaration on Strengthening Strategic Partnership", ("KZ", "UZ"))],
        [("declaration", "Declaration on Strengthening Strategic Partnership and Allied Relations", ("KZ", "UZ"))],
        True,
    ),
    (
        "the same parties link as before",
        [("treaty", "Treaty on Eternal Friendship", ("KZ", "UZ"))],
        [("treaty", "Treaty on Eternal Friendship between Kazakhstan and Uzbekistan", ("KZ", "UZ"))],
        True,
    ),
]


def names_of(doc_id: str, mentions: list[Mention]) -> list[AgreementName]:
    return [
        AgreementName(doc_id, f"a{i}", kind, name, parties, None) for i, (kind, name, parties) in enumerate(mentions)
    ]


@pytest.mark.parametrize(("case", "first", "second", "linked"), CASES, ids=[c[0] for c in CASES])
def test_a_wording_joins_a_fuller_title_only_when_its_article_names_its_parties(
    case: str, first: list[Mention], second: list[Mention], linked: bool
) -> None:
    renamed = renamed_ids(names_of("d1", first) + names_of("d2", second), RULES)
    assert (renamed.get(("d1", "a0"), ("a0",))[0] == renamed.get(("d2", "a0"), ("a0",))[0] and bool(renamed)) is linked


def named(doc_id: str, parties: set[str], article: set[str] | None) -> _Named:
    article_parties = None if article is None else frozenset(article)
    words = frozenset({"allied", "relation"})
    return _Named(doc_id, "a", "treaty", "T", words, frozenset(parties), None, article_parties)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (named("d1", {"UZ"}, {"UZ", "AZ"}), named("d2", {"AZ", "UZ"}, {"AZ", "UZ"}), True),
        (named("d1", {"UZ"}, {"UZ"}), named("d2", {"AZ", "UZ"}, {"AZ", "UZ"}), False),  # d1 never names AZ
        (named("d1", {"UZ"}, None), named("d2", {"AZ", "UZ"}, {"AZ", "UZ"}), True),  # article unknown: no check
        (named("d1", {"AZ", "UZ"}, {"AZ", "UZ"}), named("d2", {"UZ"}, {"UZ", "KZ"}), False),  # d2 never names AZ
    ],
)
def test_same_document_asks_each_article_to_name_the_others_parties(a: _Named, b: _Named, same: bool) -> None:
    assert _named_in_articles(a, b) is same
    assert _same_document(a, b) is same
