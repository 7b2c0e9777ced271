"""Events, round nine: the day of a signing is not the past of a noun a relative clause describes.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Central Asian agency style: the anniversary's relative clause dates the ties, not the adoption
            "DUSHANBE, May 4 (Asia-Plus) - The declaration is being adopted as the two nations celebrate the 30th "
            "anniversary of their diplomatic ties, which date back to January 7, 1993.",
            "!1993-01-07",
        ),
        (  # Gulf wire style: what a company did once is its own past
            "The agreement was signed by officials of the two sides as they visited the plant, which opened in "
            "March 2015.",
            "!2015-03-01",
        ),
        (  # negative: the signing's own clause gives its day
            "The agreement, which was signed on 2 May, covers trade.",
            "2025-05-02",
        ),
        (  # negative, Belarusian agency style: a relative clause on a noun of the signing's own clause dates it
            "MINSK, 4 May (BelTA) – A memorandum on trade was signed by Khodjaev and Karankevich following the 14th "
            "meeting of the intergovernmental commission, which took place in Minsk yesterday.",
            "2025-05-03",
        ),
    ],
)
def test_a_relative_clause_on_another_noun_does_not_date_a_signing(nlp: Language, text: str, expected: str) -> None:
    """`expected` is the day every signing bears, or, after "!", a day none bears."""
    days = [e.date_start for e in events_of(nlp, text, "2025-05-04") if e.type == "signing"]
    assert days
    if expected.startswith("!"):
        assert expected[1:] not in days
    else:
        assert set(days) == {expected}
