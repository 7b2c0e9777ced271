"""Events, round eight: investment (issue #17): deals and money put into projects, dated and typed as press
reports them.

Each row is a short text of our own in the style of some outlet (wire agencies of Europe, Asia, the Gulf;
government press services), positives and negatives, read end to end (extraction, then reconcile within the
article).  No sentence comes from a test split.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event

PUBLISHED = "2025-10-15"  # a Wednesday


def events_of(nlp: Language, text: str, kind: str) -> list[Event]:
    document = make_document(text, published=PUBLISHED)
    events = reconcile([extract_document(nlp(text), document=document)])
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # European wire style: deals struck during a visit are dated by the visit
            "French President Emmanuel Macron arrived in Astana on Monday for an official visit. French and Kazakh "
            "companies signed contracts worth $2 billion during the visit.",
            [("2025-10-13", 2e9)],
        ),
        (  # Asian agency style: deals concluded at talks reported just before
            "ISLAMABAD (APP) - Uzbek President Shavkat Mirziyoyev held talks with Prime Minister Shehbaz Sharif in "
            "Islamabad on Tuesday. Businesses of the two countries concluded deals worth $1.5 billion.",
            [("2025-10-14", 1.5e9)],
        ),
        (  # negative: a deal with a date of its own keeps it
            "Kazakh President Kassym-Jomart Tokayev arrived in Paris on Monday. Kazakh companies signed contracts "
            "worth $2 billion in March, the ministry said.",
            [("2025-03-01", 2e9)],
        ),
    ],
)
def test_deals_struck_during_a_visit_take_its_date(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.date_start, e.amount) for e in events_of(nlp, text, "investment"))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a project will cost is the money put into it
        ("The new terminal at Aktau port will cost about $500 million, the minister said.", [5e8]),
        ("The 523-kilometre railway is estimated to cost $4.7 billion.", [4.7e9]),
        ("The bridge was built at a cost of 30 billion tenge.", [3e10]),
        # money to be spent on a project
        ("Turkish Airlines plans to spend $200 million on a maintenance hub in Tashkent.", [2e8]),
        ("Kazakhstan will spend 12 billion tenge on new schools in Turkistan region, the akimat said.", [1.2e10]),
        # negatives: a loss with an object, spending with nothing it goes on, costs as a noun of prices
        ("The 2022 unrest cost the economy $2 billion, the central bank said.", []),
        ("Chinese tourists spent $1 billion in Georgia last year.", []),
        ("Fuel costs rose by 20 percent while trade reached $3 billion.", []),
    ],
)
def test_a_project_s_cost_is_an_investment(nlp: Language, text: str, expected: list) -> None:
    assert sorted(e.amount for e in events_of(nlp, text, "investment")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: an approval told as the main act of a meeting stays an act beside the meeting
            "ASTANA, October 14. The prime ministers of Kazakhstan and Uzbekistan, Olzhas Bektenov and Abdulla "
            "Aripov, approved the Roadmap for 2025-2026 on industrial cooperation at the fifth meeting of the "
            "intergovernmental council.",
            [("2025-10-14", "Roadmap for 2025-2026 on industrial cooperation")],
        ),
        (  # government press style: undated, the act is the article's day
            "The co-chairs also approved the Programme of Economic Cooperation for 2025-2030 and agreed to hold "
            "the next meeting of the commission in Baku.",
            [("2025-10-15", "Programme of Economic Cooperation for 2025-2030")],
        ),
        (  # a parliament's act on a treaty
            "TASHKENT (Dunyo) - The Senate approved the Agreement on Visa-Free Travel between the Republic of "
            "Uzbekistan and the Republic of Kazakhstan.",
            [
                (
                    "2025-10-15",
                    "Agreement on Visa-Free Travel between the Republic of Uzbekistan and the Republic of Kazakhstan",
                )
            ],
        ),
        # negatives: talk with no document dates nothing and is no event
        ("The minister noted that cooperation in energy is growing.", []),
        ("The Uzbek side proposed to expand the localisation of buses, the statement said.", []),
    ],
)
def test_an_act_on_a_document_is_dated_and_kept_beside_its_meeting(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.date_start, *e.agreements) for e in events_of(nlp, text, "other"))
    assert found == expected
