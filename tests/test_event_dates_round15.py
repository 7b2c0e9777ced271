"""Event dates, round fifteen (issue #17): the day an event takes when the page or the text tells it.

- the page's own stamp anchors every weekday and "yesterday" of the story; stamps that were missed left whole
  articles without event days: a comma after the month ("January, 16, 2025 - 19:42"), a clock time before a date
  with no space after its comma ("Published: 07:36 PM,Apr 22,2025"), a weekday and commas inside a field of a line of
  fields ("National | Friday, 10, November, 2023"), an ISO date on a bulleted byline line ("  • 2024-10-31");

Our own sentences and page heads in the styles of several outlets (newspaper, wire, agency), positives and negatives.
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

from pipeline.ingest import find_published


def dated(nlp: Language, text: str, published: str, kind: str) -> list[tuple[str, str]]:
    """The (start, end) of the events of one type read from a text, sorted."""
    return sorted((e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == kind)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Leaders meet in Baku\n\nPolitics\nMarch, 4, 2024 - 10:15\n\nBAKU - The talks opened.", ("2024-03-04", "day")),
        ("Leaders meet\n\nPublished: 09:10 AM,Jun 3,2024 | EDITED : 10:00 AM,Jun 3,2024\n\nT.", ("2024-06-03", "day")),
        ("Leaders meet\n\nWorld | Monday, 3, June, 2024\n\nThe presidents met.", ("2024-06-03", "day")),
        ("Leaders meet\n\nnews\n\n  • By A.Bold\n  • 2024-06-03\n  • 120\n\nThey met.", ("2024-06-03", "day")),
        # negatives: a date inside a sentence, or a bullet of a list of dates in the body, is no stamp
        ("Leaders meet\n\nThe presidents met in Baku on March 4, 2024 and talked.", ("", "")),
        ("Leaders meet\n\n" + "Body line.\n" * 12 + "  • 2024-06-03\n", ("", "")),
    ],
)
def test_page_stamps_of_round15_outlets(head: str, expected: tuple[str, str]) -> None:
    assert find_published(head) == expected
