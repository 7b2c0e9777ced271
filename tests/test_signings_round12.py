"""Signings, round twelve: one event per listed document.

- A list opener ("The documents exchanged at the ceremony were:") whose items each tell their own signing ("- an
  agreement on visa exemption, signed by the two foreign ministers;") makes no second event for those documents:
  the item's signing is the event, dated by the day the opener states when the item has none of its own.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import events_of
from spacy.language import Language


def _signings(nlp: Language, text: str, published: str) -> Counter[str]:
    """How many signing events name each document (by the first of its agreements' names, lower case)."""
    events = events_of(nlp, text, published)
    return Counter(e.agreements[0].lower() for e in events if e.type == "signing" and e.agreements)


LISTS_WITH_SIGNERS = [
    (  # Indonesian agency style: a lead with the day, the visit begun the day before, then the list with signers
        "Jakarta (ANTARA) - Indonesia and Kazakhstan sealed three cooperation documents here on Wednesday, as Kazakh "
        "Foreign Minister Murat Nurtleu wrapped up a two-day official visit to the capital.\n\n"
        "Nurtleu, who arrived on Tuesday, held talks with his Indonesian counterpart Sugiono at the Foreign Affairs "
        "Ministry, with both sides seeking ways to lift trade.\n\n"
        "The documents exchanged at the ceremony were:\n"
        "- an agreement on visa exemption for holders of diplomatic and service passports, signed by the two "
        "foreign ministers;\n"
        "- a memorandum of understanding on cooperation in halal product assurance, signed by Sugiono and Nurtleu;\n"
        "- a plan of consultations between the two foreign ministries for 2026-2027, inked by Sugiono and Nurtleu.",
        "2026-03-05",
    ),
    (  # the same with numbered items and "initialled by"
        "Jakarta - Indonesia and Uzbekistan signed two documents on Wednesday, as Uzbek Foreign Minister Bakhtiyor "
        "Saidov ended a visit to Jakarta.\n\n"
        "Saidov, who arrived on Tuesday, held talks with Sugiono on trade and transport.\n\n"
        "The documents signed at the ceremony were:\n"
        "1. an agreement on cooperation in the field of tourism, signed by Sugiono and Saidov;\n"
        "2. a memorandum of understanding on cooperation in pharmaceuticals, signed by Sugiono and Saidov.",
        "2026-03-05",
    ),
]


@pytest.mark.parametrize(("text", "published"), LISTS_WITH_SIGNERS)
def test_a_listed_document_with_its_own_signers_is_one_signing(nlp: Language, text: str, published: str) -> None:
    counts = _signings(nlp, text, published)
    assert counts, "every listed document is still signed"
    assert all(n == 1 for n in counts.values()), counts


def test_a_list_without_signers_keeps_one_signing_per_document(nlp: Language) -> None:
    """Negative: items that tell no signing of their own still are the opener's signings, one each."""
    text = (
        "ASTANA - Kazakhstan and Italy held the tenth session of their intergovernmental commission on Monday.\n\n"
        "The following documents were signed at the end of the session:\n"
        "- an agreement on cooperation in the field of tourism;\n"
        "- a memorandum of understanding on cooperation in pharmaceuticals."
    )
    counts = _signings(nlp, text, "2026-03-03")
    assert len(counts) == 2 and all(n == 1 for n in counts.values()), counts


def test_the_day_the_opener_states_dates_the_items(nlp: Language) -> None:
    """The opener's own day ("The documents signed on Wednesday were:") stays the day of each item's signing."""
    text = (
        "Jakarta - Uzbek Foreign Minister Bakhtiyor Saidov arrived in Jakarta on Tuesday for a three-day visit.\n\n"
        "The documents signed on Wednesday were:\n"
        "- an agreement on cooperation in the field of tourism, signed by Sugiono and Saidov;\n"
        "- a memorandum of understanding on cooperation in pharmaceuticals, signed by Sugiono and Saidov."
    )
    events = [e for e in events_of(nlp, text, "2026-03-06") if e.type == "signing" and e.agreements]
    assert len(events) == 2, events
    assert {e.date_start for e in events} == {"2026-03-04"}, events
