"""Events, round eleven: investment (issue #17): who leads a deal that names nobody in its own sentence.

- The heads of the gathering told right after it ("The forum was co-chaired by A and B", "The delegation was led
  by X") lead the deals signed there.
- A title with a country word ("according to the Pakistani Prime Minister") is the source of the figure: the person
  of that country named before.

Each row is a short text of our own in the style of some outlet (Gulf and Asian agencies, government press
services), positives and negatives, read end to end (extraction, then reconcile within the article). No sentence
comes from a test split.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event

PUBLISHED = "2025-10-15"  # a Wednesday


def investments_of(nlp: Language, text: str) -> list[Event]:
    document = make_document(text, published=PUBLISHED)
    events = reconcile([extract_document(nlp(text), document=document)])
    return [e for e in events if e.type == "investment"]


@pytest.mark.parametrize(
    ("text", "amount", "leaders"),
    [
        (  # Gulf agency style: the forum's co-chairs told after the deals
            "Kazakh and Emirati companies signed 12 agreements worth $3 billion at a business forum in Abu Dhabi on "
            "Tuesday. The forum was co-chaired by Kazakh First Deputy Prime Minister Roman Sklyar and Azerbaijani "
            "Minister of Economy Mikayil Jabbarov.",
            3e9,
            {"Roman Sklyar", "Mikayil Jabbarov"},
        ),
        (  # government press service style: the delegation's head
            "A Kyrgyz-Azerbaijani business forum in Baku ended with the signing of 9 documents worth $40 million. "
            "The Kyrgyz business delegation was led by Minister of Economy and Commerce Bakyt Sydykov.",
            4e7,
            {"Bakyt Sydykov"},
        ),
        (  # negative: the next sentence tells another deal, led by its own people
            "Uzbek companies signed deals worth $200 million in Kabul. Last week, a delegation led by Minister of "
            "Economy Mikayil Jabbarov visited Baku.",
            2e8,
            set(),
        ),
        (  # negative: a deal that names its own people keeps them
            "President Shavkat Mirziyoyev said Uzbek and Saudi companies signed deals worth $5 billion. The forum was "
            "co-chaired by First Deputy Prime Minister Roman Sklyar.",
            5e9,
            {"Shavkat Mirziyoyev"},
        ),
    ],
)
def test_the_heads_of_a_gathering_lead_its_deals(nlp: Language, text: str, amount: float, leaders: set) -> None:
    found = [e for e in investments_of(nlp, text) if e.amount == amount]
    assert len(found) == 1
    assert set(found[0].leaders) == leaders


@pytest.mark.parametrize(
    ("text", "amount", "leaders"),
    [
        (  # agency style: the Prime Minister by his country
            "President Serdar Berdimuhamedov held talks with Prime Minister Shehbaz Sharif in Ashgabat on Tuesday. "
            "The sides discussed energy. According to the Pakistani Prime Minister, Islamabad intends to invest about "
            "$1 billion in the pipeline.",
            1e9,
            {"Shehbaz Sharif"},
        ),
        (  # a minister by his country, named two sentences before
            "The commission was co-chaired by Azerbaijan's Minister of Economy Mikayil Jabbarov and Kyrgyz Minister of "
            "Economy and Commerce Bakyt Sydykov. The fund was set up in 2019. "
            "According to the Kyrgyz minister, the fund will invest $30 million in new projects.",
            3e7,
            {"Bakyt Sydykov"},
        ),
        (  # negative: no one of that country is named before: not the Turkmen named before, only the visit's host
            # as any undated deal after a visit takes (round eight)
            "President Serdar Berdimuhamedov received a delegation in Ashgabat on Tuesday. According to the Pakistani "
            "Prime Minister, Islamabad intends to invest about $1 billion in the pipeline.",
            1e9,
            {"Serdar Berdimuhamedov"},
        ),
        (  # negative: a title without a country word is not resolved by this rule
            "Prime Minister Shehbaz Sharif arrived in Tashkent. Trade grew. According to the minister, Uzbek firms "
            "will invest $50 million in textiles.",
            5e7,
            {"Shehbaz Sharif"},
        ),
    ],
)
def test_a_title_with_a_country_is_the_source_of_a_figure(
    nlp: Language, text: str, amount: float, leaders: set
) -> None:
    found = [e for e in investments_of(nlp, text) if e.amount == amount]
    assert len(found) == 1
    assert set(found[0].leaders) == leaders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # European wire style: the act is the verb the infinitive completes ("used the visit to sign")
            "President Kassym-Jomart Tokayev arrived in Doha on Tuesday for a state visit. Kazakh and Qatari companies "
            "also used the visit to sign commercial deals worth nearly $18 billion.",
            [("2025-10-14", 1.8e10)],
        ),
        (  # an agreement reached, told with "agreed to"
            "President Shavkat Mirziyoyev held talks in Islamabad on Tuesday. A Pakistani textile group agreed to "
            "build a garment cluster in Jizzakh with an investment of $120 million.",
            [("2025-10-14", 1.2e8)],
        ),
        (  # with no visit told, an act "agreed to" is the story's: the article's day
            "A Turkish textile group agreed to build a garment cluster in Jizzakh with an investment of $120 million, "
            "the ministry said.",
            [(PUBLISHED, 1.2e8)],
        ),
        (  # negative: an intention in the present is no act of the day
            "Islamabad intends to invest about $1.5 billion in the section of the pipeline, the ministry said.",
            [("", 1.5e9)],
        ),
        (  # negative: a total "so far" is no act of the day, whatever verb the infinitive completes
            "Turkish companies have managed to invest $6 billion in Uzbekistan so far, the ministry said.",
            [("", 6e9)],
        ),
    ],
)
def test_an_act_told_by_the_verb_an_infinitive_completes(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.date_start or "", e.amount) for e in investments_of(nlp, text))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "amount", "has_agreement"),
    [
        (  # press service style: "Under the agreement" refers back to the document named before
            "On Tuesday the ministers signed the Agreement on the Establishment of the Kazakh-Turkish Investment "
            "Company. Under the agreement, the parties create a joint company with an authorized capital of $300 "
            "million.",
            3e8,
            True,
        ),
        (  # Gulf agency style: a relative clause on the document's name tells its money
            "The two presidents witnessed the signing of the Framework Agreement on Establishing a Joint Investment "
            "Platform, to which the Qatari fund committed USD 500 million.",
            5e8,
            True,
        ),
        (  # negative: a sum beside several documents of its clause is none of theirs
            "The sides are expected to sign an agreement on mutual visa exemption and a programme of cooperation for "
            "2026-2028, as well as trade and investment agreements worth more than $10 billion.",
            1e10,
            False,
        ),
        (  # negative: money told after a signing with no word referring back to its document
            "On Tuesday the ministers signed the Agreement on the Establishment of the Kazakh-Turkish Investment "
            "Company. Separately, Turkish textile companies will invest $200 million in Shymkent.",
            2e8,
            False,
        ),
        (  # wire style: the capital of a company the document named before founds
            "In their presence, the heads of the three railways signed an agreement on the establishment of the "
            "Caspian Transit joint venture. The company will be registered in Baku with a charter capital of $45 "
            "million.",
            4.5e7,
            True,
        ),
        (  # negative: the document named before founds nothing
            "The ministers signed an agreement on cooperation in the field of railway transport. The company will "
            "be registered in Baku with a charter capital of $45 million.",
            4.5e7,
            False,
        ),
    ],
)
def test_an_investment_names_the_document_it_belongs_to(
    nlp: Language, text: str, amount: float, has_agreement: bool
) -> None:
    found = [e for e in investments_of(nlp, text) if e.amount == amount]
    assert len(found) == 1
    assert bool(found[0].agreements) == has_agreement
