"""Signings of the documents a sentence names after "among them", following a signed, counted set of documents
("signed seven pacts, among them an agreement on defence cooperation"): each named document is signed, dated as the
set; a set that was discussed, planned or is no set of documents gives no such signing."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def signed_documents(nlp: Language, text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    """(date, documents in lower case) of each signing of the text that names a document."""
    events = events_of(nlp, text, published)
    return sorted(
        (e.date_start, tuple(a.lower() for a in e.agreements)) for e in events if e.type == "signing" and e.agreements
    )


AMONG_THOSE_SIGNED = [
    # a visit told in the past: the pacts signed then, the named one among them dated as the visit
    (
        "The last visit came in March 2019, when the prime minister travelled to Tashkent and signed nine pacts,"
        " among them an agreement on military cooperation, with his Uzbek counterpart.",
        "2024-05-02",
        [("2019-03-01", ("agreement on military cooperation",))],
    ),
    # news-agency style, named after "among which"
    (
        "On Monday the two governments inked 12 documents, among which an agreement on air services and a"
        "n agreement on the avoidance of double taxation.",
        "2025-06-10",
        [
            ("2025-06-09", ("agreement on air services",)),
        ],
    ),
    # a wire report naming a titled treaty "among these"
    (
        "The leaders signed four agreements on Tuesday, among these the Treaty on Friendship and Cooperation.",
        "2023-09-14",
        [("2023-09-12", ("treaty on friendship and cooperation",))],
    ),
    # negatives: a set discussed, a set of projects, a set to be signed
    (
        "On Monday the ministers discussed 12 documents, among them an agreement on air services.",
        "2025-06-10",
        [],
    ),
    (
        "On Monday the ministers signed off on 12 projects, among them a road to the border.",
        "2025-06-10",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), AMONG_THOSE_SIGNED)
def test_documents_named_among_those_signed(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signed_documents(nlp, text, published) == expected


def test_documents_among_those_to_be_signed_are_planned(nlp: Language) -> None:
    text = "Next week the presidents will sign ten documents, among them an agreement on visa-free travel."
    signings = [e for e in events_of(nlp, text, "2025-06-10") if e.type == "signing" and e.agreements]
    assert all(e.status == "planned" for e in signings)
