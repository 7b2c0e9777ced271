"""Events, round five: who took part in an event, as press names them (our own sentences in several outlets' styles,
positives and negatives; none from any test split), read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event


def events_of(nlp: Language, text: str, published: str) -> list[Event]:
    document = make_document(text, published=published)
    return reconcile([extract_document(nlp(text), document=document)])


def people_of_signings(nlp: Language, text: str, published: str) -> dict[str, set[str]]:
    """Each signing's first agreement word -> the surnames of its people."""
    found = {}
    for event in events_of(nlp, text, published):
        if event.type == "signing":
            key = " ".join(event.agreements)
            found[key] = {name.split()[-1] for name in event.leaders}
    return found


@pytest.mark.parametrize(
    ("text", "published", "document", "expected"),
    [
        (  # Iranian agency style: the ceremony's presiding leaders first, then the documents one by one
            "Iran and Turkmenistan signed five documents on Tuesday in the presence of Iranian President Masoud "
            "Pezeshkian and his Turkmen counterpart Serdar Berdimuhamedov in Ashgabat. "
            "Also signed was a Memorandum of Understanding on Cooperation in the Field of Tourism.",
            "2025-10-22",
            "Tourism",
            {"Pezeshkian", "Berdimuhamedov"},
        ),
        (  # the signatories of a document keep their names beside the presiding leaders
            "Kazakhstan and Azerbaijan signed four documents on Monday in the presence of President Kassym-Jomart "
            "Tokayev and President Ilham Aliyev. The Agreement on Cooperation in the Field of Culture was signed by "
            "Foreign Minister Murat Nurtleu and Foreign Minister Jeyhun Bayramov.",
            "2024-08-21",
            "Culture",
            {"Tokayev", "Aliyev", "Nurtleu", "Bayramov"},
        ),
        (  # witnessed by: the same
            "A Memorandum of Understanding on Cooperation in Agriculture, witnessed by President Shavkat Mirziyoyev "
            "and Prime Minister Narendra Modi, was signed in New Delhi on November 18.",
            "2025-11-19",
            "Agriculture",
            {"Mirziyoyev", "Modi"},
        ),
        (  # negative: a signing of another day does not take the presiding leaders of this one
            "Uzbekistan and Turkey signed three documents on Friday in the presence of President Shavkat Mirziyoyev "
            "and President Recep Tayyip Erdogan. The Agreement on Cooperation in the Field of Energy was signed in "
            "Ankara on May 3, 2019 by Energy Minister Alisher Sultanov.",
            "2025-03-08",
            "Energy",
            {"Sultanov"},
        ),
    ],
)
def test_presiding_leaders_are_people_of_every_signing_of_that_day(
    nlp: Language, text: str, published: str, document: str, expected: set[str]
) -> None:
    found = people_of_signings(nlp, text, published)
    people = [names for agreement, names in found.items() if document in agreement]
    assert people and people[0] == expected
