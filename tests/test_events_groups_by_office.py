"""Groups named by office ("the ministers", "the Presidents of the two countries"): whose people they are.

Each row is a short article of our own in some outlet's style (not from any test split), read end to end
(extraction, then reconcile within the article): the people of the event the row is about.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile

SUMMIT = (
    "ASTANA, March 16 (Kazinform) - President Kassym-Jomart Tokayev, President Shavkat Mirziyoyev and President "
    "Sadyr Japarov held a consultative meeting of the heads of state of Central Asia in Astana on March 15. "
)


@pytest.mark.parametrize(
    ("text", "trigger_text", "people"),
    [
        (  # ministers described by their portfolio are not the presidents of the summit before them
            SUMMIT + "Separately, on March 12 the Ministers of Internal Affairs of Kazakhstan, Kyrgyzstan and "
            "Uzbekistan held their first meeting in Cholpon-Ata, where the parties agreed to meet every year.",
            "Ministers of Internal Affairs",
            set(),
        ),
        (  # "the ministers" are never the presidents of a summit
            SUMMIT + "At a meeting in Tashkent in 2024, the ministers adopted a joint statement on water.",
            "the ministers adopted",
            set(),
        ),
        (  # "the Presidents of the two countries" are the people of the visit reported
            "ASHGABAT, October 3 (TDH) - President Serdar Berdimuhamedov held talks with President Kassym-Jomart "
            "Tokayev, who arrived in Ashgabat on a state visit on October 2. The Joint Statement adopted by the "
            "Presidents of the two countries was signed on October 3.",
            "Joint Statement adopted",
            {"Serdar Berdimuhamedov", "Kassym-Jomart Tokayev"},
        ),
    ],
)
def test_a_group_named_by_office_is_whom_its_office_says(
    nlp: Language, text: str, trigger_text: str, people: set[str]
) -> None:
    document = make_document(text, published="2025-03-16" if "ASTANA" in text else "2025-10-03")
    events = reconcile([extract_document(nlp(text), document=document)])
    about = [e for e in events if trigger_text.split()[-1] in e.evidence and trigger_text.split()[0] in e.evidence]
    assert about, [e.evidence for e in events]
    assert set(about[0].leaders) == people
