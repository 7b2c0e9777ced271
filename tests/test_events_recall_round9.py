"""Events, round nine: events the press tells without the usual words (issue #17, "events not found at all").

Meetings without "meet" (a leader receiving the head of a body, leaders who "sat down together"), visits without
"visit" (a leader who "came to" a city, a person "expected in" a city), trade figures "put at" or "was" an amount,
acts that start a building (a foundation stone, a groundbreaking, construction that began) and investment agreements
counted with their worth.  Each row is a short text of our own in the style of some outlet (not from any test split),
positives and negatives (nouns in passing, figures of speech, goals), read end to end (extraction, then reconcile).
"""

from __future__ import annotations

import pytest
from conftest import types_of
from spacy.language import Language

PUBLISHED = "2025-03-26"


def _types(nlp: Language, text: str) -> list[str]:
    return types_of(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # news agency style: a title without a name
            "On Monday, President Rahmon received Acting Director General of the Kuwait Fund for Arab Economic "
            "Development Waleed Al-Bahar.",
            ["meeting"],
        ),
        (  # presidential press service style
            "President Tokayev received the governor of the People's Bank of China Pan Gongsheng in Akorda on Tuesday.",
            ["meeting"],
        ),
        (  # wire style: leaders who sat down together met
            "The two presidents last sat down together in September on the sidelines of the UN General Assembly.",
            ["meeting"],
        ),
        (  # newspaper style
            "Prime Minister Sharif sat down with President Shavkat Mirziyoyev in Tashkent on Tuesday.",
            ["meeting"],
        ),
        (  # broadcaster style: leaders who spoke by phone held a telephone conversation
            "President Tokayev spoke on the phone with President Putin on Tuesday.",
            ["meeting"],
        ),
        (  # tabloid-wire style: the verb alone
            "Erdogan phoned Aliyev on Monday.",
            ["meeting"],
        ),
        (  # negative: a phone number is no call
            "Phone numbers of the embassy in Astana were published on its website on Monday.",
            [],
        ),
        (  # a city hosting the heads of state hosts their meeting (planned, beside a planned visit)
            "I would like to reaffirm my invitation for you to pay a state visit to Tajikistan in October, when "
            "Dushanbe will also host the CIS heads of state.",
            ["meeting", "visit"],
        ),
        (  # negative: hosting a dinner for the visiting leaders is part of their visit
            "Tokayev hosted a dinner for the visiting leaders.",
            [],
        ),
        (  # negative: a report received from a director is no meeting
            "President Tokayev received a report from the director of the fund on Tuesday.",
            [],
        ),
        (  # negative: sitting down with the press is no meeting of parties
            "After the ceremony the minister sat down with reporters for a short interview.",
            [],
        ),
    ],
)
def test_meetings_told_without_meet(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: a figure "put at" an amount, beside an investment stock
            "It put two-way trade at $2.5 billion last year, while accumulated South Korean investment in the "
            "country stands at more than $7.5 billion.",
            ["investment", "trade_figure"],
        ),
        (  # statistics office style: trade "was" an amount, a second figure with its own verb
            "Retail trade turnover in the first half of the year was 145.3 trillion soums, up 7.1% year on year, "
            "while exports reached $3.6 billion.",
            ["trade_figure", "trade_figure"],
        ),
        (  # a change measured without a number
            "Trade between the two countries grew by almost half last year.",
            ["trade_figure"],
        ),
        (  # negative: a target is a goal, not a figure
            "The trade target is $1 billion, the minister said.",
            ["trade_target"],
        ),
        (  # negative: a share of trade is no trade figure
            "The share of trade with Russia is 20 percent of the total, the minister said on Tuesday.",
            [],
        ),
        (  # negative: trade in passing, with no figure
            "The sides discussed cooperation in trade, energy and transport.",
            [],
        ),
    ],
)
def test_trade_figures_put_at_or_stated_with_be(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # regional news style: the foundation of a facility
            "President Aliyev and President Erdogan laid the foundation of the Igdir-Nakhchivan gas pipeline in "
            "September 2023.",
            ["other"],
        ),
        (  # state agency style: a foundation stone
            "The two leaders laid the foundation stone of a new school in Aghdam on Friday.",
            ["other"],
        ),
        (  # a groundbreaking recalled with its year
            "The groundbreaking for TAPI took place in December 2015 near the city of Mary.",
            ["other"],
        ),
        (  # construction as subject
            "Construction of the railway officially began on December 27 in Jalal-Abad.",
            ["other"],
        ),
        (  # border reopened
            "The Kyzyl-Bel and Kairagach checkpoints reopened on March 13.",
            ["other"],
        ),
        (  # negative: the figurative foundation
            "The two leaders laid the foundation for long-term strategic cooperation.",
            [],
        ),
        (  # negative: a groundbreaking agreement is a signing, not a groundbreaking
            "The sides signed a groundbreaking agreement on energy in Astana on Tuesday.",
            ["signing"],
        ),
    ],
)
def test_acts_that_start_a_building(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # gulf agency style: investment agreements counted with their worth
            "The fourth meeting of the Business Council produced more than ten investment agreements valued at more "
            "than $12 billion.",
            ["investment"],  # the meeting names no people: no event of its own
        ),
        (  # business daily style: the value of a deal put at an amount
            "Transport Minister Marat Karabayev put the value of the deal last July at about 2 billion tenge.",
            ["investment"],
        ),
        (  # explainer style: an investment put at an amount stays an investment beside a trade word
            "The three governments put the total investment at $4.7 billion, while trade between China and "
            "Kyrgyzstan grew.",
            ["investment"],
        ),
        (  # investment agreements with their worth, not counted: the investment, not a signing
            "During President Sisi's visit to Uzbekistan in September 2018, investment agreements worth $470 million "
            "were signed.",
            ["investment", "visit"],
        ),
        (  # a package of agreements signed is their signing, with its worth
            "A package of agreements worth over $3.4 billion was signed in Tashkent on Tuesday.",
            ["signing"],
        ),
        (  # negative: a support package approved by a government stays money put into something
            "The government approved a support package of $500 million for farmers.",
            ["investment"],
        ),
        (  # a project's cost put at an amount is an investment even beside a trade word
            "Uzbekistan first proposed the corridor in December 2018, when its cost was put at $5 billion and trade "
            "was small.",
            ["investment"],
        ),
        (  # negative: an investment agreement without an amount is no investment
            "The meeting also covered the draft investment agreements prepared by the ministries.",
            [],
        ),
    ],
)
def test_investment_agreements_worth(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # kuna style: an official who called on a leader met him
            "On Tuesday, Foreign Minister Al-Yahya called on President Rahmon at Bayan Palace.",
            ["meeting"],
        ),
        (  # embassy style
            "Ambassador Li Ming paid a courtesy call on President Rahmon on Tuesday.",
            ["meeting"],
        ),
        (  # gulf agency style
            "President Rahmon was granted an audience by the Emir of Kuwait on Sunday.",
            ["meeting"],
        ),
        (  # wire style: a videoconference
            "President Tokayev and President Xi Jinping held a videoconference on Wednesday.",
            ["meeting"],
        ),
        (  # a conversation on the sidelines
            "Tokayev and Erdogan had a brief conversation on the sidelines of the SCO summit in Astana on Wednesday.",
            ["meeting"],
        ),
        (  # negative: taking part via videoconference is no meeting of its own
            "President Putin took part via videoconference in a ceremony to launch construction of the school in "
            "Dushanbe on Monday.",
            ["other"],
        ),
        (  # negative: calling on someone to do something is a demand, not a meeting
            "President Zelensky called on President Vladimir Putin to agree to a ceasefire on Tuesday.",
            [],
        ),
        (  # negative: an audience of listeners is no audience granted
            "The audience applauded the speech of Foreign Minister Saidov at the university on Monday.",
            [],
        ),
    ],
)
def test_meetings_told_as_calls_audiences_and_conversations(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # presidential press service style: signed into law is an act on the document, not its signing
            "President Tokayev signed into law the ratification of the Agreement on Investment Protection with "
            "Hungary on Monday.",
            ["other"],
        ),
        (  # ministry style: into effect
            "The Agreement on Visa-Free Travel between Uzbekistan and Malaysia came into effect on March 1.",
            ["other"],
        ),
        (  # state agency style: a facility put into operation
            "The new terminal of the Navoi airport was put into operation on Tuesday in the presence of President "
            "Mirziyoyev.",
            ["other"],
        ),
        (  # parliament news style: a treaty denounced
            "Parliament denounced the Agreement on Military Cooperation with Moldova on Wednesday.",
            ["other"],
        ),
        (  # negative: denouncing an attack is no act on a document
            "Aliyev denounced the terrorist attack in Moscow on Friday.",
            [],
        ),
    ],
)
def test_acts_on_documents_and_facilities(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # development bank style
            "The Asian Development Bank will provide financing of $500 million for the railway, the bank said on "
            "Monday.",
            ["investment"],
        ),
        (  # negative: financing as a modifier, no amount
            "The ministers discussed financing mechanisms for joint projects.",
            [],
        ),
        (  # negative: a funding gap beside a trade figure is no investment
            "Trade reached $1.2 billion last year, and the sides discussed the funding gap.",
            ["trade_figure"],
        ),
    ],
)
def test_financing_with_an_amount(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # issue style: the figure and the goal it could be raised to, one event each
            "Mutual trade reached $800 million last year, and this figure could be raised to $3 billion.",
            ["trade_figure", "trade_target"],
        ),
        (  # business daily style: expected to reach
            "Trade between the two countries is expected to reach $2 billion by 2027.",
            ["trade_target"],
        ),
        (  # quoted minister, wire style
            "Bilateral trade could reach $1 billion in the next three years, the minister said.",
            ["trade_target"],
        ),
        (  # negative: a document expected to take effect is no trade goal
            "The Foreign Ministry said the agreement is expected to take effect on July 1, 2025, and trade is growing.",
            ["other"],
        ),
        (  # negative: a modal in another clause leaves the figure a figure
            "Exports to China reached $3 billion in 2024, which could help the economy.",
            ["trade_figure"],
        ),
    ],
)
def test_trade_goals_stated_as_possibility(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # state media style: money provided with its scale word
            "China will provide $100 million to Kyrgyzstan for the construction of schools, Xi said on Tuesday.",
            ["investment"],
        ),
        (  # wire style: a promise in grants is one investment, not two
            "Xi promised 1.5 billion yuan (around $209 million) in grants this year.",
            ["investment"],
        ),
        (  # business daily style: a joint venture with its worth
            "Uzbekistan and Hungary launched a joint venture worth $50 million in Tashkent on Tuesday.",
            ["investment"],
        ),
        (  # a leader heading to a capital (the talks there are part of the visit)
            "President Tokayev will head to Moscow on Thursday for talks with Putin.",
            ["visit"],
        ),
        (  # negative: goods provided by weight are no money, the trade figure stays
            "Kazakhstan provided 100 tonnes of wheat to Afghanistan, while trade reached $1 billion in 2024.",
            ["trade_figure"],
        ),
        (  # negative: goods counted in millions of tonnes are no money either
            "Kazakhstan provided 2 million tonnes of oil to Kyrgyzstan, and trade reached $1 billion in 2024.",
            ["trade_figure"],
        ),
        (  # negative: a joint venture without an amount
            "The ministers discussed a joint venture for car assembly.",
            [],
        ),
        (  # negative: goods heading to a country are no visit
            "Kazakh grain exports headed to Iran rose by 20% last year.",
            ["trade_figure"],
        ),
    ],
)
def test_money_provided_and_leaders_heading_somewhere(nlp: Language, text: str, expected: list[str]) -> None:
    assert _types(nlp, text) == expected
