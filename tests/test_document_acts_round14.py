"""Events, round fourteen: acts on documents (issue #17).  Each act on a named document is an `other` event with that
document, dated by its own date: a document that enters into force ("the agreement ..., signed in 2024, entered into
force in May", "the entry into force on Nov 1 of the Treaty"), beside the document's earlier signing and ratification
told in clauses on it; a cabinet or a council clearing a document ("had on Wednesday cleared the protocol", "was
cleared by the Guardian Council on March 2"); a president approving a document by decree.  Negatives: clearing what
is no document ("cleared the way", "cleared the project"), and a signing or a ratification keeps its own day.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), read end to end
(extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2026-11-27"  # a Friday: "on Wednesday" is 2026-11-25, "on Thursday" 2026-11-26


def _acts(nlp: Language, text: str) -> list[tuple[str, str, str, bool]]:
    """(type, status, date, names a document) of every `other` and `signing` event of a text, sorted."""
    found = events_of(nlp, text, PUBLISHED)
    return sorted((e.type, e.status, e.date_start, bool(e.agreements)) for e in found if e.type in {"other", "signing"})


ROWS = [
    (  # entry into force of a document told with its earlier signing in a participle on it
        "He recalled that the agreement on the avoidance of double taxation, signed during the visit of the"
        " president in March 2024, entered into force in May 2025.",
        ("other", "background", "2025-05-01", True),
    ),
    (  # signed and ratified in participles on the document, entered into force in the main clause: three acts
        "The ministry noted that an agreement on cooperation in the field of culture, signed in Baku last July and"
        " ratified by the parliament in June, entered into force on Thursday.",
        ("other", "reported", "2026-11-26", True),
    ),
    (  # the entry into force as a noun, the document in its phrase (26 days before the article: background)
        "The two ministers welcomed the entry into force on Nov 1 of the Bilateral Investment Treaty signed in"
        " Astana last year, which the Senate ratified in August.",
        ("other", "background", "2026-11-01", True),
    ),
    (  # the ratification in a relative clause on the noun keeps its own month
        "The two ministers welcomed the entry into force on Nov 1 of the Bilateral Investment Treaty signed in"
        " Astana last year, which the Senate ratified in August.",
        ("other", "background", "2026-08-01", True),
    ),
    (  # the signing in a participle keeps its own year and its document
        "The two ministers welcomed the entry into force on Nov 1 of the Bilateral Investment Treaty signed in"
        " Astana last year, which the Senate ratified in August.",
        ("signing", "background", "2025-01-01", True),
    ),
    (  # an entry into force to come is planned, dated by its own month
        "The minister also said the agreement on mutual visa exemption for holders of diplomatic passports, signed"
        " in Baku in 2023, would enter into force next month.",
        ("other", "planned", "2026-12-01", True),
    ),
    (  # a conditional entry into force of the framework agreement named before: planned, undated
        "The three ministers signed the framework agreement on a feasibility study for the railway in Kabul in July"
        " 2025. Tashkent is to inform Kabul that its internal procedures are complete, so that the framework"
        " agreement can enter into force.",
        ("other", "planned", "", True),
    ),
    (  # a cabinet clearing a document it names
        "The Union Cabinet, chaired by the Prime Minister, had on Wednesday cleared the protocol amending the"
        " Convention for the Avoidance of Double Taxation.",
        ("other", "reported", "2026-11-25", True),
    ),
    (  # a council clearing the document of the sentence before
        "The Free Trade Agreement between Iran and the Eurasian Economic Union came into force on May 15. The accord"
        " was signed in St. Petersburg in December 2023 and was cleared by Iran's Guardian Council on March 2.",
        ("other", "background", "2026-03-02", True),
    ),
    (  # a president approving by decree the document that follows
        "In February 2023, President Aliyev approved by decree the memorandum on the exchange of government"
        " practices, which the two governments had signed in Baku.",
        ("other", "background", "2023-02-01", True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_act_on_a_named_document_is_an_event_of_its_own(
    nlp: Language, text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in _acts(nlp, text)


NO_ACT = [
    # clearing what is no document
    "The Kyrgyz Cabinet of Ministers had cleared the way for the talks on Tuesday.",
    "The Cabinet of Ministers had cleared the project on Tuesday.",
    "Rescue teams cleared the road to the border crossing on Tuesday.",
    "The shipment was cleared by customs officers on Tuesday.",
    # cleared for signing is a permission, no act (and no signing)
    "The labour agreement was cleared for signing by the government on Friday.",
]


@pytest.mark.parametrize("text", NO_ACT)
def test_clearing_no_document_is_no_act(nlp: Language, text: str) -> None:
    assert [a for a in _acts(nlp, text) if a[0] == "other"] == []
