"""Money extraction on parsed text: the `press_money` component and the `money()` generator.

In: real sentences (corpus sentences and sentences of other outlets) run through the
session's pipeline.  Out: asserts on the mentions found (text, amount, currency, qualifier),
their offsets, and the spans the component writes to `doc.spans["money"]`.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.money import SPANS_KEY, money
from pipeline.records import MoneyMention

B = 1e9
M = 1e6


def mentions(nlp: Language, text: str) -> list[MoneyMention]:
    return list(money(nlp(text), document=make_document(text)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # corpus sentences
        (
            "The trade turnover for the first half of 2024 amounted to $237.2 million.",
            [("$237.2 million", 237.2 * M, "USD", "")],
        ),
        (
            "It was not by chance that the parties plan to increase trade turnover to $5 billion by 2020 "
            "regardless of any internal political agendas. For comparison, the trade turnover grew by almost 50% "
            "in 2018, exceeding $3 billion.",
            [("$5 billion", 5 * B, "USD", ""), ("exceeding $3 billion", 3 * B, "USD", "more than")],
        ),
        (
            "Over the past 13 years, direct investment from Kazakhstan to Central Asia amounted to more than "
            "$1.1 billion.",
            [("more than $1.1 billion", 1.1 * B, "USD", "more than")],
        ),
        (
            "In 2023, the volume of cargo transportation between Turkmenistan and Kazakhstan increased by 20% and "
            "amounted to 1.3 million tons.",
            [],
        ),
        (
            "As an outcome of two state visits, 27 bilateral documents of various levels were signed and two "
            "business forums were held with the participation of 400 companies.",
            [],
        ),
        # other outlets, other currencies and spellings
        (
            "The sides signed contracts worth up to one billion US dollars during the visit.",
            [("up to one billion US dollars", 1 * B, "USD", "up to")],
        ),
        (
            "The republican budget will allocate 1.2 trillion tenge to the programme, and KZT 2.3 bn more in 2025.",
            [("1.2 trillion tenge", 1.2e12, "KZT", ""), ("KZT 2.3 bn", 2.3 * B, "KZT", "")],
        ),
        (
            "Turkmenistan exported 1.5 billion cubic meters of gas worth 450 million manat.",
            [("450 million manat", 450 * M, "TMT", "")],
        ),
        (
            "The EBRD lent EUR 40m to the Kyrgyz utility and 300 million som came from the state.",
            [("EUR 40m", 40 * M, "EUR", ""), ("300 million som", 300 * M, "KGS", "")],
        ),
        (
            "Investments of $1-2 billion are expected, and between $1 billion and $2 billion more by 2030.",
            [("$1-2 billion", 1 * B, "USD", ""), ("between $1 billion and $2 billion", 1 * B, "USD", "")],
        ),
        (
            "A total sum of 2 trillion soums was spent, while Tajikistan spent 100 million somoni.",
            [("2 trillion soums", 2e12, "UZS", ""), ("100 million somoni", 100 * M, "TJS", "")],
        ),
        (
            "Gazprom paid 10 billion rubles and Chinese banks lent 5 billion yuan, some $2.1 bln in all.",
            [
                ("10 billion rubles", 10 * B, "RUB", ""),
                ("5 billion yuan", 5 * B, "CNY", ""),
                ("some $2.1 bln", 2.1 * B, "USD", "about"),
            ],
        ),
        (
            "Turnover reached 1 250,5 million tenge, or 1,250.5 million by the other count.",
            [("1 250,5 million tenge", 1250.5 * M, "KZT", "")],
        ),
        # a shared currency word takes the country its sentence, else its article, names
        (
            "Trade between Azerbaijan and Uzbekistan reached 167.6 million manat in January-May.",
            [("167.6 million manat", 167.6 * M, "AZN", "")],
        ),
        (
            "The portfolio of the Uzbek-Azerbaijani company exceeds 170 million manats (100 million US dollars).",
            [
                ("exceeds 170 million manats", 170 * M, "AZN", "more than"),
                ("100 million US dollars", 100 * M, "USD", ""),
            ],
        ),
        (
            "In Ashgabat, a poultry complex worth 154 million manats (44 million US dollars) is nearing completion.",
            [("154 million manats", 154 * M, "TMT", ""), ("44 million US dollars", 44 * M, "USD", "")],
        ),
        (
            "Pakistan approved projects worth Rs 12 billion for the Islamabad corridor.",
            [("Rs 12 billion", 12 * B, "PKR", "")],
        ),
        (
            "India and Uzbekistan discussed credit lines of about Rs 8,300 crore.",
            [("about Rs 8,300 crore", 8300 * 1e7, "INR", "about")],
        ),
        (
            "Qatar signed deals worth 5 billion riyals in Doha.",
            [("5 billion riyals", 5 * B, "QAR", "")],
        ),
    ],
)
def test_money_mentions(nlp: Language, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    found = mentions(nlp, sentence)
    assert [(m.text, m.currency, m.qualifier) for m in found] == [(t, c, q) for t, _, c, q in expected]
    assert [m.amount for m in found] == pytest.approx([a for _, a, _, _ in expected])


def test_shared_currency_word_takes_the_country_the_article_names(nlp: Language) -> None:
    # The sentence names no country; the article names Azerbaijan more than Turkmenistan.
    text = (
        "Azerbaijan and Uzbekistan held talks in Baku. Azerbaijan's exports grew. "
        "Turnover rose to 363.1 million manat this year."
    )
    assert [(m.text, m.currency) for m in mentions(nlp, text)] == [("363.1 million manat", "AZN")]


def test_turnover_table_without_labels_yields_each_amount(nlp: Language) -> None:
    # The layout of a table whose labels were lost in extraction (koishybayev-central-asia-new-stage-2018).
    text = (
        "and the countries of Central Asia\n\n\n\n\n\n$700.5 million\n\n$668.0 million\n\n$758.4 million\n\n\n"
        "$1.6 billion\n\n$1.5 billion\n\n$1.98 billion\n\n\n-27.7 percent\n\n-2.4 percent\n\n+18.4 percent\n"
    )
    found = mentions(nlp, text)
    assert [m.amount for m in found] == pytest.approx([700.5 * M, 668 * M, 758.4 * M, 1.6 * B, 1.5 * B, 1.98 * B])
    assert {m.currency for m in found} == {"USD"}


def test_offsets_spans_and_context(nlp: Language) -> None:
    text = "Kazakhstan and Turkmenistan trade grew. In 2023, it reached a new high of $563 million, up 28%."
    doc = nlp(text)
    found = list(money(doc, document=make_document(text)))
    assert len(found) == 1
    mention = found[0]
    assert text[mention.start_char : mention.end_char] == mention.text == "$563 million"
    assert mention.sentence_id == 1
    assert mention.context.startswith("In 2023")
    assert [span.text for span in doc.spans[SPANS_KEY]] == ["$563 million"]


def test_amount_ending_inside_a_token_keeps_exact_offsets(nlp: Language) -> None:
    text = "They agreed a $1bn+ package."  # spaCy keeps "1bn+" as one token
    doc = nlp(text)
    found = list(money(doc, document=make_document(text)))
    assert [span.text for span in doc.spans[SPANS_KEY]] == ["$1bn+"]
    assert [(m.text, m.amount) for m in found] == [("$1bn", 1 * B)]
    assert text[found[0].start_char : found[0].end_char] == "$1bn"
