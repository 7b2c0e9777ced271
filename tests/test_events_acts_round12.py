"""Events, round twelve: acts on documents (ratification, entry into force) and what is said in a telephone call.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2026-11-27"  # a Friday: "on Tuesday" is 2026-11-24


def _acts(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(type, date) of every event of a text, sorted."""
    return sorted((e.type, e.date_start) for e in events_of(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency style: ratified a document signed earlier (a participle on its noun): both acts
            "On Tuesday the Milli Majlis ratified the agreement on mutual recognition of driving licences, signed in "
            "Bishkek last April.",
            [("other", "2026-11-24"), ("signing", "2026-04-01")],
        ),
        (  # wire style: a relative clause tells the earlier signing
            "Separately, the State Duma on Tuesday ratified an agreement with Tashkent on cooperation in "
            "information security that was signed last year.",
            [("other", "2026-11-24"), ("signing", "2025-01-01")],
        ),
        (  # "approved the law ratifying the agreement ..., which was signed in"
            "On Thursday the Senate approved the law ratifying the agreement on the readmission of persons, which "
            "was signed in Astana in May 2025.",
            [("other", "2026-11-26"), ("signing", "2025-05-01")],
        ),
        (  # negative: an act on no document (a project launched under it) adds nothing beside the earlier signing
            "Both sides launched the project under the agreement signed in Baku in 2021.",
            [("signing", "2021-01-01")],
        ),
        (  # negative: reviewing the agreements signed earlier is no act on them
            "The ministers reviewed the implementation of the agreements signed in Tashkent in 2019.",
            [],
        ),
    ],
)
def test_an_act_on_a_document_signed_earlier(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _acts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an entry into force to come is not dated by the earlier act of the paragraph, and no one takes part
            "On Tuesday the parliament ratified the agreement on visa exemption, signed in Baku last April. The "
            "document will enter into force after the parties exchange notes.",
            ("", ()),
        ),
        (  # its own date stays
            "On Tuesday the parliament ratified the treaty. The document will enter into force on January 1.",
            ("2027-01-01", ()),
        ),
    ],
)
def test_an_entry_into_force_to_come(nlp: Language, text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    planned = [e for e in events_of(nlp, text, PUBLISHED) if e.type == "other" and e.status == "planned"]
    assert [(e.date_start, e.leaders) for e in planned] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # what a leader did "when" in a call is what was said in it
            "In December 2022, the two leaders spoke by phone, when Tokayev congratulated Sheikh Tamim on hosting the "
            "FIFA World Cup.",
            ["meeting"],
        ),
        (  # the call named as a noun, the when-clause on its date
            "The visit had been agreed in a phone call on September 9, when the Amir congratulated Rahmon on his "
            "country's Independence Day.",
            ["meeting", "visit"],
        ),
        (  # negative: an act in the when-clause of a meeting in person stays an act of its own
            "The presidents met in Tashkent on May 3, when Mirziyoyev congratulated Tokayev on his birthday.",
            ["meeting", "other"],
        ),
        (  # negative: an act on a document in the when-clause of a call stays
            "The ministers spoke by phone on Monday, when the parliament ratified the agreement on visa exemption.",
            ["meeting", "other"],
        ),
    ],
)
def test_what_is_said_in_a_call(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(e.type for e in events_of(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # newspaper style: the cabinet's sitting, in a relative clause on it, is the day and place of its act
            "Separately, the federal cabinet, which met in Islamabad on Tuesday with the prime minister in the "
            "chair, approved the ratification of the Agreement on Air Services between Pakistan and Azerbaijan.",
            [("other", "2026-11-24", "Islamabad")],
        ),
        (  # a government that met on a day and approved a draft agreement
            "The government, which met on Monday, approved the draft agreement on visa exemption with Oman.",
            [("other", "2026-11-23", "")],
        ),
        (  # negative: a delegation that met a leader is a meeting, whatever it did after
            "The delegation, which met with Tokayev on Tuesday, launched the project.",
            [("meeting", "2026-11-24", "")],
        ),
    ],
)
def test_the_sitting_of_the_body_that_acted(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted((e.type, e.date_start, e.location) for e in events_of(nlp, text, PUBLISHED)) == expected
