"""Round 16, the date an event takes (issue #17): a when-clause hanging on the event's own verb dates it before the
date of a conjoined twin ("signed when X visited Baku in January 2024, and ... concluded in July"), on our own
sentences in the styles of several outlets (positives and negatives)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def dated(nlp: Language, text: str, published: str) -> list[tuple[str, str, str]]:
    return sorted((e.type, e.date_start, e.date_end) for e in events_of(nlp, text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # news agency style: a participle with its when-clause, then a conjoined twin with a month of its own
            "The treaty builds on the road map signed when Tokayev visited Tashkent in March 2023, and on the energy "
            "deal concluded in Astana in May.",
            "2025-10-01",
            [
                ("signing", "2023-03-01", "2023-03-31"),
                ("signing", "2025-05-01", "2025-05-31"),
                ("visit", "2023-03-01", "2023-03-31"),
            ],
        ),
        (  # Gulf daily style
            "The new accord builds on the Memorandum of Understanding on Energy Cooperation, signed when the Emir "
            "visited Astana in October 2022, and on the investment agreement concluded in Doha in June.",
            "2025-09-10",
            [
                ("signing", "2022-10-01", "2022-10-31"),
                ("signing", "2025-06-01", "2025-06-30"),
                ("visit", "2022-10-01", "2022-10-31"),
            ],
        ),
        (  # negative: a twin with no when-clause of its own keeps the twin's date
            "Mirziyoyev visited Baku in August 2022 and signed the Declaration on Strengthening Strategic Partnership.",
            "2025-03-01",
            [("signing", "2022-08-01", "2022-08-31"), ("visit", "2022-08-01", "2022-08-31")],
        ),
        (  # negative: a date of the event's own clause wins over its when-clause
            "The protocol was signed in Astana on 14 May 2024, when the prime ministers met for the intergovernmental "
            "council.",
            "2025-03-01",
            [("meeting", "2024-05-14", "2024-05-14"), ("signing", "2024-05-14", "2024-05-14")],
        ),
    ],
)
def test_a_when_clause_on_the_events_own_verb_dates_it_before_a_twin(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)
