"""Which document a signing stands for, round seven: a relative clause on a document ("the Agreement on X, which was
signed in 2023") is the act on that document, not on one named before; a sentence that lists, by a pronoun, the
documents whose signing the sentence before reports ("They included ...") gives that signing its documents, one
event each.  Sentences are our own, in several outlets' styles; each rule has sentences it must NOT fire on."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def signings(nlp: Language, text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.date_start, e.agreements) for e in events_of(nlp, text, published) if e.type == "signing")


RELATIVE = [
    (
        "Pakistan's cabinet on Tuesday ratified the Joint Declaration on Strategic Partnership. The cabinet also"
        " ratified the Agreement on International Road Transport between Pakistan and Kazakhstan, which was signed"
        " in Astana in June 2023.",
        "2026-02-05",
        [("2023-06-01", ("Agreement on International Road Transport between Pakistan and Kazakhstan",))],
    ),
    (
        "Parliament approved the Treaty on Allied Relations. Deputies then backed the Agreement on Visa-Free Travel"
        " between Uzbekistan and Azerbaijan, which was signed in Baku in May 2024.",
        "2024-11-20",
        [("2024-05-01", ("Agreement on Visa-Free Travel between Uzbekistan and Azerbaijan",))],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RELATIVE)
def test_a_relative_clause_signs_the_document_it_stands_on(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert signings(nlp, text, published) == expected


LISTED_NEXT = [
    (
        "Following the talks, the presidents witnessed the signing of a number of documents. They included the"
        " Agreement on Air Services between Kazakhstan and Oman; an agreement on cooperation in tourism; and a"
        " memorandum of understanding on education.",
        "2026-02-05",
        [
            ("2026-02-05", ("Agreement on Air Services between Kazakhstan and Oman",)),
            ("2026-02-05", ("Agreement on cooperation in tourism",)),
            ("2026-02-05", ("Memorandum of understanding on education",)),
        ],
    ),
    # the subject of the listing sentence is not the documents: nothing is listed
    (
        "The presidents witnessed the signing of several documents. The talks included the Agreement on Air Services"
        " between Kazakhstan and Oman; an agreement on cooperation in tourism.",
        "2026-02-05",
        [],
    ),
    ("The talks covered energy and transport. They included a discussion of the Agreement on Air Services.", "", []),
    # "Among them are ...", even where the items hold words of events of their own ("a contract")
    (
        "On Friday, the companies signed a package of 12 commercial agreements. Among them are a contract for the"
        " supply of wheat to Azerbaijan, an agreement between KTZ Express and ADY Container on feeder services, and an"
        " investment agreement on the construction of a grain terminal.",
        "2025-11-14",
        [
            ("2025-11-14", ("Agreement between KTZ Express and ADY Container on feeder services",)),
            ("2025-11-14", ("Contract for the supply of wheat to Azerbaijan",)),
            ("2025-11-14", ("Investment agreement on the construction of a grain terminal",)),
        ],
    ),
    (
        "The ministers signed several documents on Friday. Among the guests were the authors of the Agreement"
        " on Trade.",
        "2025-11-14",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTED_NEXT)
def test_a_pronoun_lists_the_documents_just_signed(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signings(nlp, text, published) == expected
