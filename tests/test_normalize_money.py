"""Money normalization: text of an amount -> amount, currency, qualifier and bounds.

In: amount texts and sentences (forms from the corpus and from other outlets).  Out: asserts on
`parse_money`, `find_money` and `parse_number`, and that a broken rule file fails with file:line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.extract.money import find_money, parse_money
from pipeline.normalize.money import load_money_rules, parse_number
from pipeline.patterns import PatternError, default_patterns_dir

B = 1e9
M = 1e6


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier"),
    [
        ("$563 million", 563 * M, "USD", ""),
        ("$237.2 million", 237.2 * M, "USD", ""),
        ("$668.0 million", 668 * M, "USD", ""),
        ("US$250 million", 250 * M, "USD", ""),
        ("US $250 million", 250 * M, "USD", ""),
        ("$ 11.7 million", 11.7 * M, "USD", ""),
        ("563 million US dollars", 563 * M, "USD", ""),
        ("563 million U.S. dollars", 563 * M, "USD", ""),
        ("USD 120 million", 120 * M, "USD", ""),
        ("120 million USD", 120 * M, "USD", ""),
        ("up to one billion US dollars", 1 * B, "USD", "up to"),
        ("twenty-five million dollars", 25 * M, "USD", ""),
        ("two hundred fifty million euros", 250 * M, "EUR", ""),
        ("one and a half billion dollars", 1.5 * B, "USD", ""),
        ("more than $1.1 billion", 1.1 * B, "USD", "more than"),
        ("exceeding $3 billion", 3 * B, "USD", "more than"),
        ("over $5bn", 5 * B, "USD", "over"),
        ("about $2 billion", 2 * B, "USD", "about"),
        ("around 300 million euros", 300 * M, "EUR", "about"),
        ("nearly 3.5 billion US dollars", 3.5 * B, "USD", "nearly"),
        ("almost $700 million", 700 * M, "USD", "nearly"),
        ("less than $1 million", 1 * M, "USD", "less than"),
        ("at least $40 million", 40 * M, "USD", "at least"),
        ("not less than 10 billion rubles", 10 * B, "RUB", "at least"),
        ("€40 million", 40 * M, "EUR", ""),
        ("EUR 40m", 40 * M, "EUR", ""),
        ("40m euros", 40 * M, "EUR", ""),
        ("£3.2bn", 3.2 * B, "GBP", ""),
        ("1.2 trillion tenge", 1.2e12, "KZT", ""),
        ("KZT 2.3 bn", 2.3 * B, "KZT", ""),
        ("500 mln tenge", 500 * M, "KZT", ""),
        ("5 000 ₸", 5000, "KZT", ""),
        ("$1.5 bln", 1.5 * B, "USD", ""),
        ("450 million manat", 450 * M, "TMT", ""),
        ("20 million Azerbaijani manats", 20 * M, "AZN", ""),
        ("2 trillion soums", 2e12, "UZS", ""),
        ("5 billion sum", 5 * B, "UZS", ""),
        ("300 million som", 300 * M, "KGS", ""),
        ("100 million somoni", 100 * M, "TJS", ""),
        ("10 billion rubles", 10 * B, "RUB", ""),
        ("10 billion roubles", 10 * B, "RUB", ""),
        ("5 billion yuan", 5 * B, "CNY", ""),
        ("1,250.5 million dollars", 1250.5 * M, "USD", ""),
        ("1 250,5 million tenge", 1250.5 * M, "KZT", ""),
        ("$1,250,000", 1_250_000, "USD", ""),
        ("3,5 billion tenge", 3.5 * B, "KZT", ""),
        # qualifiers from verbs and adverbs
        ("exceeded $2.4 billion", 2.4 * B, "USD", "more than"),
        ("exceeds 170 million Azerbaijani manats", 170 * M, "AZN", "more than"),
        ("exceed $1 billion", 1 * B, "USD", "more than"),
        ("surpassed $5 billion", 5 * B, "USD", "more than"),
        ("topped 13 billion dollars", 13 * B, "USD", "more than"),
        ("tops $30.5 billion", 30.5 * B, "USD", "more than"),
        ("as much as 8 billion dollars", 8 * B, "USD", "up to"),
        ("some 96 million U.S. dollars", 96 * M, "USD", "about"),
        ("roughly 34 billion yuan", 34 * B, "CNY", "about"),
        ("approximately $1 billion", 1 * B, "USD", "about"),
        ("no less than $500 million", 500 * M, "USD", "at least"),
        ("not exceed $5 million", 5 * M, "USD", "up to"),
        ("not to exceed 2 billion tenge", 2 * B, "KZT", "up to"),
        # currencies and forms of the region's partners
        ("Dh22.4 billion", 22.4 * B, "AED", ""),
        ("about Dh5.5 billion", 5.5 * B, "AED", "about"),
        ("AED 3 billion", 3 * B, "AED", ""),
        ("2 billion dirhams", 2 * B, "AED", ""),
        ("10 billion Saudi riyals", 10 * B, "SAR", ""),
        ("SR45 billion", 45 * B, "SAR", ""),  # Saudi press writes the riyal SR
        ("about SR18.7 billion", 18.7 * B, "SAR", "about"),
        ("5 billion Qatari riyals", 5 * B, "QAR", ""),
        ("300 million lari", 300 * M, "GEL", ""),
        ("50 billion forints", 50 * B, "HUF", ""),
        ("2 million Bahraini dinars", 2 * M, "BHD", ""),
        ("500 billion won", 500 * B, "KRW", ""),
        ("3 trillion yen", 3e12, "JPY", ""),
        ("2 billion renminbi", 2 * B, "CNY", ""),
        ("about Rs 8,300 crore", 8300 * 1e7, "INR", "about"),
        ("over Rs 2,500 crore", 2500 * 1e7, "INR", "over"),
        ("Rs 75 lakh", 75 * 1e5, "INR", ""),
        ("TL 143 billion", 143 * B, "TRY", ""),
        ("45 trln Uzbek soums", 45e12, "UZS", ""),
        ("2.5 trillion tenge", 2.5e12, "KZT", ""),
        ("C$ 12 million", 12 * M, "CAD", ""),
        ("$ 8.4 million", 8.4 * M, "USD", ""),
        # sub-units, alone and after their currency
        ("50 US cents", 0.5, "USD", ""),
        ("30 pence", 0.3, "GBP", ""),
        ("thirteen dollars and forty-five cents", 13.45, "USD", ""),
        ("13 dollars and 45 cents", 13.45, "USD", ""),
    ],
)
def test_amount_currency_and_qualifier(text: str, amount: float, currency: str, qualifier: str) -> None:
    value = parse_money(text)
    assert value is not None, text
    assert value["amount"] == pytest.approx(amount)
    assert (value["currency"], value["qualifier"]) == (currency, qualifier)


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("$1-2 billion", 1 * B, 2 * B, "USD"),
        ("$1–2 billion", 1 * B, 2 * B, "USD"),
        ("$1 billion-$2 billion", 1 * B, 2 * B, "USD"),
        ("between $1 billion and $2 billion", 1 * B, 2 * B, "USD"),
        ("between 1 and 2 billion dollars", 1 * B, 2 * B, "USD"),
        ("1-2 billion dollars", 1 * B, 2 * B, "USD"),
        ("$30-40m", 30 * M, 40 * M, "USD"),
        ("$500 million-1.5 billion", 500 * M, 1.5 * B, "USD"),
    ],
)
def test_range_gives_bounds_and_lower_bound_as_amount(text: str, low: float, high: float, currency: str) -> None:
    value = parse_money(text)
    assert value is not None, text
    assert (value["amount"], value["amount_min"], value["amount_max"]) == pytest.approx((low, low, high))
    assert value["currency"] == currency


@pytest.mark.parametrize(
    ("text", "amount_min", "amount_max"),
    [
        ("$5 billion", 5 * B, 5 * B),
        ("more than $1.1 billion", 1.1 * B, None),
        ("up to one billion US dollars", None, 1 * B),
        ("about $2 billion", None, None),
    ],
)
def test_qualifier_sets_which_bound_is_known(text: str, amount_min: float | None, amount_max: float | None) -> None:
    value = parse_money(text)
    assert value is not None
    assert (value["amount_min"], value["amount_max"]) == (amount_min, amount_max)


@pytest.mark.parametrize(
    "text",
    [
        "1.5 billion cubic meters",
        "1.3 million tons",
        "28%",
        "19 percent",
        "-27.7 percent",
        "400 companies",
        "2018",
        "in 2018 dollars",
        "a total sum of",
        "40m",
        "40 m",
        "five years",
        "some 500 companies",
        "$5 million tenge",  # two currencies for one number: not trusted
        "5 million Canadian",
        "exceeded 3,500 projects",
        "topped 45 percent",
        "as much as 2 million tons",
        "Rs",
        "TL",
        "8,300 crore",  # no currency: a count
    ],
)
def test_not_money(text: str) -> None:
    assert parse_money(text) is None
    assert list(find_money(text)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2023, it reached a new high of $563 million, representing a 28% increase from the previous year.",
            ["$563 million"],
        ),
        (
            "For comparison, the trade turnover grew by almost 50% in 2018, exceeding $3 billion.",
            ["exceeding $3 billion"],
        ),
        (
            "In 2023, the volume of cargo transportation increased by 20% and amounted to 1.3 million tons.",
            [],
        ),
        ("Trade grew from $1 billion to $2 billion in two years.", ["$1 billion", "$2 billion"]),
        ("Gas exports reached 1.5 billion cubic meters worth $300 million.", ["$300 million"]),
        ("The project will cost between $1 billion and 2020 prices apply.", ["$1 billion"]),
        ("The budget allocated 1.2 trillion tenge, a total sum of which goes to roads.", ["1.2 trillion tenge"]),
        ("Uzbekistan spent 5 billion sum on schools in 2019.", ["5 billion sum"]),
        ("Trade reached $3.6 billion\n\n-27.7 percent", ["$3.6 billion"]),
        ("The Canadian firm invested C$5 million, not $5 million.", ["C$5 million", "$5 million"]),
        # a converted amount in brackets is a second amount of its own
        (
            "Mutual trade totaled 450 billion rubles ($4.9 billion) last year.",
            ["450 billion rubles", "$4.9 billion"],
        ),
        ("Trade exceeded $3.4 billion, up 12 percent, and 1.2 million tons of cargo.", ["exceeded $3.4 billion"]),
        ("The top $5 billion deals were signed.", ["$5 billion"]),
        ("It cost 5 dollars and 3 euros.", ["5 dollars", "3 euros"]),
    ],
)
def test_find_money_in_sentences(sentence: str, expected: list[str]) -> None:
    assert [sentence[m.start : m.end] for m in find_money(sentence)] == expected


@pytest.mark.parametrize(
    ("digits", "value"),
    [
        ("700.5", 700.5),
        ("1,250.5", 1250.5),
        ("1 250,5", 1250.5),
        ("1\u00a0250,5", 1250.5),
        ("1,250", 1250),
        ("1,250,000", 1_250_000),
        ("1,25", 1.25),
        ("1.250,5", 1250.5),
        ("1,2,3", None),
    ],
)
def test_parse_number_reads_both_thousands_conventions(digits: str, value: float | None) -> None:
    parsed = parse_number(digits)
    assert (float(parsed) if parsed is not None else None) == value


@pytest.mark.parametrize(
    ("file", "bad_line", "problem"),
    [
        ("currencies.csv", "dollars,usd,suffix,", "ISO 4217"),
        ("currencies.csv", "dollars,USD,middle,", "position"),
        ("scales.csv", "million,lots,loose,", "positive number"),
        ("scales.csv", "m,1e6,snug,", "spacing"),
        ("qualifiers.csv", "roughly,approximately,none,", "qualifier must be"),
        ("number_words.csv", "one,1,divide,", "role"),
        ("ranges.csv", ",between,", "joiner is empty"),
        ("contexts.csv", "florins,AWG,Aruba,", "not in currencies.csv"),
        ("contexts.csv", "manat,AZN,,", "cues is empty"),
    ],
)
def test_broken_rule_file_fails_with_file_and_line(tmp_path: Path, file: str, bad_line: str, problem: str) -> None:
    shutil.copytree(default_patterns_dir() / "money", tmp_path / "money")
    path = tmp_path / "money" / file
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, bad_line]) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=rf"{file}:{len(lines) + 1}: .*{problem}"):
        load_money_rules(str(tmp_path))


def test_rules_from_another_folder_are_used(tmp_path: Path) -> None:
    shutil.copytree(default_patterns_dir() / "money", tmp_path / "money")
    with (tmp_path / "money" / "currencies.csv").open("a", encoding="utf-8") as handle:
        handle.write("ngultrum,BTN,suffix,\n")
    assert parse_money("20 million ngultrum") is None
    value = parse_money("20 million ngultrum", rules=load_money_rules(str(tmp_path)))
    assert value is not None
    assert value["currency"] == "BTN"
