"""Event dates, round fifteen (issue #17): the day an event takes when the page or the text tells it.

- the page's own stamp anchors every weekday and "yesterday" of the story; stamps that were missed left whole
  articles without event days: a comma after the month ("January, 16, 2025 - 19:42"), a clock time before a date
  with no space after its comma ("Published: 07:36 PM,Apr 22,2025"), a weekday and commas inside a field of a line of
  fields ("National | Friday, 10, November, 2023"), an ISO date on a bulleted byline line ("  • 2024-10-31");
- a visit whose length is told as it ends ("concluded his two-day state visit on Tuesday", "wrapped up a three-day
  trip on Saturday") ends on that day, counted back; one told as it begins ("arrived on Monday for a two-day visit")
  starts on it;
- an act told as the next step ("held talks on Wednesday. ... The two leaders then witnessed the exchange of four
  documents:" and the list) takes the day of the meeting just told, not the day of the lead; "then" after its verb
  ("companies committed then to projects") is "at that time", no step;
- a participle on the object of a dated act ("Aripov on Thursday signed a government resolution approving the
  Roadmap") acts that day.

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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the day told is the last of the stay
            "President Tokayev concluded his two-day state visit to Mongolia on Tuesday with a joint declaration.",
            "2024-10-31",
            [("2024-10-28", "2024-10-29")],
        ),
        (  # wire style, a three-day trip wrapped up
            "Prime Minister Anwar Ibrahim wrapped up a three-day official visit to Kazakhstan on Saturday.",
            "2024-05-19",
            [("2024-05-16", "2024-05-18")],
        ),
        (  # negative: the length told from the arrival still counts forward
            "President Mirziyoyev arrived in Rome on Monday for a two-day state visit.",
            "2024-06-05",
            [("2024-06-03", "2024-06-04")],
        ),
    ],
)
def test_stay_told_as_it_ends(nlp: Language, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert dated(nlp, text, published, "visit") == expected


NEXT_STEP_LIST = (
    "President Sheikh Mohamed concluded a two-day state visit to Kazakhstan on Thursday after the two countries "
    "signed a trade agreement.\n\nSheikh Mohamed held talks with President Kassym-Jomart Tokayev in Astana on "
    "Wednesday.\n\nThe two leaders {adverb}witnessed the exchange of two documents:\n\n• a memorandum of "
    "understanding on co-operation in critical minerals, signed by the ministers of energy;\n• a memorandum on "
    "artificial intelligence, signed by the ministers of digital affairs."
)


@pytest.mark.parametrize(
    ("adverb", "expected"),
    [
        ("then ", ["2026-11-25", "2026-11-25"]),  # the next step of the talks told on Wednesday
        ("afterwards ", ["2026-11-25", "2026-11-25"]),
        ("", ["2026-11-26", "2026-11-26"]),  # negative: no step told, the lead's ceremony dates the list
    ],
)
def test_listed_documents_as_the_next_step(nlp: Language, adverb: str, expected: list[str]) -> None:
    events = events_of(nlp, NEXT_STEP_LIST.format(adverb=adverb), "2026-11-27")
    listed = [e for e in events if e.type == "signing" and "memorandum" in " ".join(e.agreements).lower()]
    assert len(listed) == 2
    assert all([e.date_start, e.date_end] == expected for e in listed)


def test_then_after_its_verb_is_no_next_step(nlp: Language) -> None:
    text = (
        "The emir paid a state visit to Uzbekistan on June 5-6. In Samarkand on June 6 the sides signed 15 documents. "
        "Qatari companies also committed then to Uzbek projects worth more than $12bn. "
        "The two leaders held talks in Doha on Monday."
    )
    investments = [(e.date_start, e.date_end) for e in events_of(nlp, text, "2023-10-03") if e.type == "investment"]
    assert ("2023-10-02", "2023-10-02") not in investments


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (  # the resolution signed on Thursday approves the roadmap that day
            "On Thursday, Aripov signed a government resolution approving the Roadmap for the implementation of "
            "agreements reached during the visit.",
            "2023-11-10",
            "other",
            [("2023-11-09", "2023-11-09")],
        ),
        (  # negative: the participle's own date wins
            "On Thursday, the ministers signed a protocol ratifying the Agreement on Air Services in 2019.",
            "2023-11-10",
            "signing",
            [("2023-11-09", "2023-11-09")],
        ),
    ],
)
def test_act_of_a_document_done_that_day(
    nlp: Language, text: str, published: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    assert dated(nlp, text, published, kind) == expected
