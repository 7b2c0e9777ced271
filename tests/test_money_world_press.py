"""Money as the press of partner countries beyond the region writes it (issue #18): currency signs,
codes and words of Malaysia, Indonesia, Thailand, Vietnam, the Gulf, Korea, Japan, Turkey, the Caucasus,
Central Europe and others, abbreviated scales, and a converted amount in brackets.

In: sentences of our own in those outlets' styles.  Out: every (amount, currency) `find_money` reads,
and nothing where a two-letter abbreviation or a number is not money.
"""

from __future__ import annotations

import pytest

from pipeline.extract.money import find_money
from pipeline.normalize.money import currency_in_context, load_money_rules

B, M, T = 1e9, 1e6, 1e12
RULES = load_money_rules()

WORLD_PRESS = [
    # Malaysia and Indonesia
    ("Bilateral trade reached RM369.8 million last year.", [(369.8 * M, "MYR")]),
    ("Malaysia approved investments worth RM 1.2 billion.", [(1.2 * B, "MYR")]),
    ("The deal is valued at 5 billion ringgit.", [(5 * B, "MYR")]),
    ("Exports rose to Rp 12.5 trillion in 2023.", [(12.5 * T, "IDR")]),
    ("a project worth 3 trillion rupiah", [(3 * T, "IDR")]),
    ("Indonesia and Malaysia signed IDR 2 trillion deals.", [(2 * T, "IDR")]),
    # mainland South-East Asia, Singapore, Taiwan, the Philippines
    ("Thailand allocated 20 billion baht to the railway.", [(20 * B, "THB")]),
    ("Thailand invested ฿5 billion.", [(5 * B, "THB")]),
    ("Vietnam's exports hit 15 trillion dong.", [(15 * T, "VND")]),
    ("Vietnam invested VND 5 trillion.", [(5 * T, "VND")]),
    ("Singapore invested S$2 billion.", [(2 * B, "SGD")]),
    ("Taiwan exported NT$40 billion.", [(40 * B, "TWD")]),
    ("The Philippines allotted ₱2 billion.", [(2 * B, "PHP")]),
    ("Manila allotted 2 billion pesos.", [(2 * B, "PHP")]),
    ("Mexico's budget adds 2 billion pesos.", [(2 * B, "MXN")]),
    # the Gulf
    ("The contract is worth Dh3.67 billion.", [(3.67 * B, "AED")]),
    ("Trade stood at AED 12 bn last year.", [(12 * B, "AED")]),
    ("Qatar committed QR 2.5 billion to the fund.", [(2.5 * B, "QAR")]),
    ("Kuwait gave KD 30 million.", [(30 * M, "KWD")]),
    ("Bahrain gave BD 10 million.", [(10 * M, "BHD")]),
    ("Oman invested RO 5 million.", [(5 * M, "OMR")]),
    # East Asia: Japan's sign is the yen unless the text names China
    ("Korea pledged ₩1.5 trillion to the programme.", [(1.5 * T, "KRW")]),
    ("Japan will provide ¥50 billion in loans.", [(50 * B, "JPY")]),
    ("Chinese firms invested ¥3 billion in the park.", [(3 * B, "CNY")]),
    # Turkey, the Caucasus, Europe
    ("Turkey earmarked ₺4 billion.", [(4 * B, "TRY")]),
    ("a grant of 100 million dram", [(100 * M, "AMD")]),
    ("Armenia allocated ֏300 million.", [(300 * M, "AMD")]),
    ("Georgia allocated ₾300 million.", [(300 * M, "GEL")]),
    ("Poland allocated 5 billion złoty.", [(5 * B, "PLN")]),
    ("Romania pledged 2 billion lei.", [(2 * B, "RON")]),
    ("Israel invested NIS 1 billion.", [(1 * B, "ILS")]),
    ("South Africa invested 2.5 billion rand.", [(2.5 * B, "ZAR")]),
    ("Brazil invested R$10 billion.", [(10 * B, "BRL")]),
    # South Asia and Africa
    ("Bangladesh allocated Tk 500 crore.", [(5 * B, "BDT")]),
    ("Nigeria invested 5 billion naira.", [(5 * B, "NGN")]),
    ("Kenya invested KSh 5 billion.", [(5 * B, "KES")]),
    # spaced and abbreviated forms, and a converted amount in brackets: both amounts are kept
    ("The fund holds US$ 1.2bn.", [(1.2 * B, "USD")]),
    ("The deal is RM369.8 million (US$78.5 million).", [(369.8 * M, "MYR"), (78.5 * M, "USD")]),
    # Malaysian scale words, Gulf and Turkish forms, converted amounts with their own qualifier
    ("Malaysia's exports rose to RM369.8mil last year.", [(369.8 * M, "MYR")]),
    ("The project is worth RM1.2bil.", [(1.2 * B, "MYR")]),
    ("Saudi firms signed deals worth SR3.75bn.", [(3.75 * B, "SAR")]),
    ("Turkey spent 4 billion TL.", [(4 * B, "TRY")]),
    ("The Qatari side pledged 2 billion riyals.", [(2 * B, "QAR")]),
    ("Japan lent 10 billion yen (US$68 million).", [(10 * B, "JPY"), (68 * M, "USD")]),
    ("Korea offered ₩1.5 trillion (US$1.1 billion).", [(1.5 * T, "KRW"), (1.1 * B, "USD")]),
    ("Uzbekistan allocated 1.5 trillion soums ($120 million).", [(1.5 * T, "UZS"), (120 * M, "USD")]),
    # not money: a two-letter abbreviation without a number, a bare "R" (a road, a grade), volumes
    ("Route 5 connects RM areas.", []),
    ("The 300 MW plant opened in the R2 zone.", []),
    ("He met 20 SR officials.", []),
    ("the plant produces 1.5 bln cubic metres of gas", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WORLD_PRESS)
def test_world_press_amounts(sentence: str, expected: list[tuple[float, str]]) -> None:
    # A currency sign or word two countries share takes the one the sentence names (contexts.csv).
    found = find_money(sentence, rules=RULES)
    got = [(round(a.amount, 2), currency_in_context(a, sentence, sentence, rules=RULES)) for a in found]
    assert got == [(round(amount, 2), currency) for amount, currency in expected]


def test_approximate_converted_amount_is_about() -> None:
    found = find_money("The deal is worth RM369.8 million (approx. US$78.5 million).", rules=RULES)
    assert [(a.currency, a.qualifier) for a in found] == [("MYR", ""), ("USD", "about")]
