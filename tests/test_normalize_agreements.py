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
