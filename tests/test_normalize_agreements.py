"""Agreement names, parties, content words and aliases from strings, and strict loading of the rule files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.normalize.agreements import (
    AgreementRules,
    agreement_id_for,
    canonical_name,
    find_alias,
    key_words,
    load_agreement_rules,
    parties_in,
)
from pipeline.patterns import PatternError, default_patterns_dir


@pytest.fixture(scope="module")
def rules() -> AgreementRules:
    return load_agreement_rules(str(default_patterns_dir()))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Agreement on Strategic Partnership", "Agreement on Strategic Partnership"),
        (
            "the “Central Asia-2040” Concept of regional cooperation",
            "Central Asia-2040 Concept of regional cooperation",
        ),
        ("The role and importance of a policy of neutrality", "Role and importance of a policy of neutrality"),
        ("agreement on the  Demarcation\nof State Borders", "Agreement on the Demarcation of State Borders"),
        (
            "2018-2019 Programme of Cooperation between the Ministries of Foreign Affairs",
            "Programme of Cooperation between the Ministries of Foreign Affairs for 2018-2019",
        ),
        ("Programme of Cooperation for 2018-2019", "Programme of Cooperation for 2018-2019"),
        ("Kazakhstan 2050 Strategy", "Kazakhstan 2050 Strategy"),
        ("a «Road Map» for trade", "Road Map for trade"),
    ],
)
def test_canonical_name(text: str, name: str) -> None:
    assert canonical_name(text) == name


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Agreement on the Demarcation of the Kazakh-Kyrgyz State Border", ("KG", "KZ")),
        ("Agreement between the Republic of Kazakhstan and Turkmenistan", ("KZ", "TM")),
        ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ("KG", "KZ", "TJ", "TM", "UZ")),
        ("Memorandum between Georgia and Türkiye", ("GE", "TR")),
        ("strategic partnership between Ashgabat and Nur-Sultan", ("KZ", "TM")),
        ("Convention on the Status of the Caspian Sea", ()),
        ("Turkmenbashi port and Kazakhstani goods", ("KZ", "TM")),
    ],
)
def test_parties_in(rules: AgreementRules, text: str, parties: tuple[str, ...]) -> None:
    assert parties_in(text, rules) == parties


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Strategic Partnership Agreement between the Republic of Kazakhstan and Turkmenistan",
            "Agreement on Strategic Partnership",
        ),
        (
            "Agreement on the Demarcation of State Borders",
            "Agreement on the Demarcation of the Kazakh-Kyrgyz State Border",
        ),
        ("Treaty on the Non-Proliferation of Nuclear Weapons", "Treaty on the Non-Proliferation of Nuclear Weapon"),
        ("Programme between the Foreign Ministries", "Programme between the foreign ministry"),
    ],
)
def test_wordings_of_one_document_share_content_words(rules: AgreementRules, first: str, second: str) -> None:
    assert key_words(first, rules) == key_words(second, rules)


def test_content_words_leave_out_document_words_and_countries(rules: AgreementRules) -> None:
    words = key_words("Joint Statement of the Presidents of the Republic of Kazakhstan and Uzbekistan", rules)
    assert words == {"president"}


@pytest.mark.parametrize(
    ("type_", "words", "parties", "year", "strict", "expected"),
    [
        ("agreement", "strategic partnership", ("KZ", "TM"), 2017, False, True),
        ("agreement", "strategic partnership", ("KZ", "TM"), None, False, True),
        ("treaty", "formalized strategic partnership", ("KZ", "TM"), None, True, False),
        ("treaty", "formalized strategic partnership", ("KZ", "TM"), 2017, True, True),
        ("agreement", "strategic partnership", ("CN", "KZ"), 2017, False, False),
        ("agreement", "strategic partnership", ("KZ", "TM"), 2019, False, False),
        ("joint_statement", "strategic partnership", ("KZ", "TM"), 2017, False, False),
    ],
)
def test_find_alias(
    rules: AgreementRules,
    type_: str,
    words: str,
    parties: tuple[str, ...],
    year: int | None,
    strict: bool,
    expected: bool,
) -> None:
    alias = find_alias(type_, key_words(words, rules), parties, year, rules, strict_year=strict)
    assert (alias is not None) == expected


def test_agreement_id_is_the_same_for_the_same_key_and_readable() -> None:
    a = agreement_id_for("agreement", frozenset({"strategic", "partnership"}), ("KZ", "TM"), 2017)
    b = agreement_id_for("agreement", frozenset({"partnership", "strategic"}), ("KZ", "TM"), 2017)
    assert a == b == "agreement-partnership-strategic-kz-tm-2017"


def _copy_patterns(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(default_patterns_dir(), target)
    return target


@pytest.mark.parametrize(
    ("file", "line", "problem"),
    [
        ("heads.jsonl", '{"type": "treatise", "pattern": [{"LOWER": "treatise"}]}', "type must be one of"),
        ("heads.jsonl", '{"type": "treaty", "pattern": "treaty"}', "pattern must be"),
        ("heads.jsonl", '{"type": "treaty", "pattern": [{"LOWER": "pact"}], "plural": true, "x": 1}', "unknown key"),
        ("heads.jsonl", '{"type": "document", "pattern": [{"LOWER": "paper"}]}', "type must be one of"),
        ("words.csv", "whereof,preposition", "role must be one of"),
        ("aliases.csv", "Some Treaty,treatise,some words,KZ,2017", "types must be among"),
        ("aliases.csv", "Some Treaty,treaty,some words,Kazakhstan,2017", "parties must be ISO2 codes"),
        ("aliases.csv", "Some Treaty,treaty,the of,KZ,2017", "at least one content word"),
        ("not_documents.jsonl", '{"pattern": []}', "pattern must be"),
    ],
)
def test_malformed_rule_files_fail_with_file_and_line(tmp_path: Path, file: str, line: str, problem: str) -> None:
    root = _copy_patterns(tmp_path)
    path = root / "agreements" / file
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    last_line = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(PatternError, match=rf"{file}:{last_line}: .*{problem}"):
        load_agreement_rules(str(root))


def _mention(doc_id: str, agreement_id: str, name: str, parties: tuple[str, ...] = (), year: int | None = None):
    from pipeline.records import AgreementMention

    return AgreementMention(
        doc_id=doc_id,
        text=name,
        start_char=0,
        end_char=len(name),
        sentence_id=0,
        context=name,
        agreement_id=agreement_id,
        name=name,
        type=agreement_id.split("-")[0],
        parties=parties,
        year=year,
    )


def _extraction(doc_id: str, *mentions):
    from pipeline.records import Document, Extraction, Frame

    document = Document(doc_id=doc_id, path=f"{doc_id}.txt", text="", sha256="", language="en")
    frame = Frame(
        type="signing",
        doc_id=doc_id,
        sentence_id=0,
        start_char=0,
        end_char=1,
        trigger="signed",
        evidence="",
        agreement_ids=tuple(m.agreement_id for m in mentions),
        agreements=tuple(m.name for m in mentions),
    )
    return Extraction(document=document, mentions=tuple(mentions), frames=(frame,))


# One document named in two articles, in the wordings different outlets give it (our own titles).
ACROSS_ARTICLES = [
    # a short form and the full title, the parties named in both articles
    (
        ("treaty-good-neighbourliness-az-kz", "Good-Neighbourliness Treaty", ("AZ", "KZ"), None),
        (
            "treaty-good-neighbourliness-partnership-az-kz",
            "Treaty on Good-Neighbourliness and Partnership",
            ("AZ", "KZ"),
            2005,
        ),
        True,
    ),
    # British and American spelling
    (
        ("treaty-good-neighborliness-partnership-kz", "Treaty on Good-Neighborliness and Partnership", ("KZ",), None),
        ("treaty-good-neighbourliness-partnership-kz", "Treaty on Good-Neighbourliness and Partnership", ("KZ",), None),
        True,
    ),
    # one title, two pairs of countries: two treaties
    (
        ("treaty-allied-relation-kz-uz", "Treaty on Allied Relations", ("KZ", "UZ"), None),
        ("treaty-allied-relation-tj-uz", "Treaty on Allied Relations", ("TJ", "UZ"), None),
        False,
    ),
    # parties unknown in one article: the title alone does not say which pair signed it
    (
        ("treaty-allied-relation", "Treaty on Allied Relations", (), None),
        ("treaty-allied-relation-tj-uz", "Treaty on Allied Relations", ("TJ", "UZ"), None),
        False,
    ),
    # a single shared word says little: "the Agreement on Cooperation"
    (
        ("agreement-cooperation-kz-uz", "Agreement on Cooperation", ("KZ", "UZ"), None),
        ("agreement-cooperation-tourism-kz-uz", "Agreement on Cooperation in Tourism", ("KZ", "UZ"), None),
        False,
    ),
    # a period names one edition of a programme
    (
        ("concept-foreign-policy-kz", "Foreign Policy Concept", ("KZ",), None),
        ("concept-2014-2020-foreign-policy-kz", "Foreign Policy Concept for 2014-2020", ("KZ",), None),
        False,
    ),
    # different years: two documents
    (
        ("treaty-friendship-eternal-kz-uz-1998", "Treaty on Eternal Friendship", ("KZ", "UZ"), 1998),
        ("treaty-friendship-eternal-kz-uz-2022", "Treaty on Eternal Friendship", ("KZ", "UZ"), 2022),
        False,
    ),
]


@pytest.mark.parametrize(("first", "second", "same"), ACROSS_ARTICLES)
def test_one_id_per_document_across_articles(first: tuple, second: tuple, same: bool) -> None:
    from pipeline.link import one_id_per_document

    a, b = _mention("article-a", *first), _mention("article-b", *second)
    out = one_id_per_document([_extraction("article-a", a), _extraction("article-b", b)], default_patterns_dir())
    (ma,), (mb,) = (e.mentions for e in out)
    assert (ma.agreement_id == mb.agreement_id) == same
    assert (ma.name, mb.name) == (a.name, b.name)  # each article keeps its own wording in its mentions
    if same:
        fullest = max((a, b), key=lambda m: len(m.name))
        assert ma.agreement_id == fullest.agreement_id
        assert out[0].frames[0].agreement_ids == (fullest.agreement_id,)
        assert out[0].frames[0].agreements == out[1].frames[0].agreements == (fullest.name,)


def test_one_id_per_document_is_deterministic_and_keeps_documents_of_one_article_apart() -> None:
    from pipeline.link import one_id_per_document

    first = _extraction(
        "article-a",
        _mention("article-a", "treaty-allied-relation-kz-uz", "Treaty on Allied Relations", ("KZ", "UZ")),
        _mention(
            "article-a",
            "treaty-allied-partnership-relation-strategic-kz-uz",
            "Treaty on Strategic Partnership and Allied Relations",
            ("KZ", "UZ"),
        ),
    )
    second = _extraction(
        "article-b", _mention("article-b", "treaty-allied-relation-kz", "Treaty on Allied Relations", ("KZ",))
    )
    runs = [one_id_per_document(order, default_patterns_dir()) for order in ([first, second], [second, first])]
    ids = [sorted(m.agreement_id for e in run for m in e.mentions) for run in runs]
    assert ids[0] == ids[1]
    assert len({m.agreement_id for m in runs[0][0].mentions}) == 2
