"""Events, round sixteen: precision of awards (a guard of honour is a ceremony of welcome, no award).

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import types_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: the guest "was presented a guard of honour" on arrival: a welcome, no award
            "On Monday the Turkmen president was presented a guard of honour at Vnukovo airport.",
            [],
        ),
        (  # agency style: "received a guard of honor"
            "Mirziyoyev received a guard of honor at the Presidential Palace on Tuesday.",
            [],
        ),
        (  # state-media style: "was given a guard of honour by the armed forces"
            "The Emir was given a ceremonial guard of honour by the armed forces on 12 May.",
            [],
        ),
        (  # negative: a decoration presented stays an award
            "On Tuesday, Rahmon presented the Kazakh leader with the Order of Ismoili Somoni.",
            ["award"],
        ),
        (  # negative: a medal handed over stays an award
            "Tokayev handed the Dostyk Medal to his Malaysian counterpart on 3 June.",
            ["award"],
        ),
        (  # negative: an honour received (an order) stays an award
            "The Kyrgyz president received the Order of Friendship from his host on Wednesday.",
            ["award"],
        ),
    ],
)
def test_a_guard_of_honour_is_no_award(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, published="2025-06-01") == expected
