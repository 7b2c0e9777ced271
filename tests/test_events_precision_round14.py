"""Round 14, events precision: rules that remove an event the text does not report.

- A line that links to another story ("Read also: X arrives in Y", "Related: ...", "READ MORE: ...", or "Read also:"
  alone above the headline) keeps only the events its own words date or size: an undated headline would be dated to
  this article's day, which is not the other story's.
- The talks a trip is "for" ("flew on to Astana for talks with Tokayev") are the visit's talks, no meeting apart.
- A meeting with no date of its own in a sentence recalling a dated visit ("X last visited China in May, when he
  attended the summit") is that visit's programme, not an event apart.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.records import Frame

PUBLISHED = "2025-10-15"
LEAD = "Kyrgyz President Sadyr Japarov held talks with Tajik President Emomali Rahmon in Dushanbe on Tuesday."


def frames_of(nlp: Language, text: str) -> list[Frame]:
    """The frames extracted from a text published on PUBLISHED."""
    document = make_document(text, published=PUBLISHED)
    return list(extract_document(nlp(text), document=document).frames)


def frames_on_line(nlp: Language, text: str, line: str) -> list[tuple[str, str]]:
    """(type, date_start) of the frames whose evidence lies in the given line of the text."""
    return sorted((f.type, f.date_start) for f in frames_of(nlp, text) if f.evidence.strip() and f.evidence in line)


@pytest.mark.parametrize(
    ("link_line", "expected"),
    [
        # Another story's headline about a trip: no event of its own (it would be dated to this article's day).
        ("Read also: Sadyr Japarov arrives in Khujand for trilateral summit", []),
        ("Related: Kyrgyzstan, Russia to sign over 10 documents during Putin's visit", []),
        ("READ MORE: Tokayev arrives in Doha on state visit", []),
        ("See also: Mirziyoyev leaves for Beijing on state visit", []),
        ("Read also:\nSerdar Berdimuhamedov arrives in Astana on a state visit", []),
        ("Related\n\nRahmon arrives in Bishkek on a state visit", []),
        # Negative: a linked headline that states an amount keeps its event (the gold keeps such figures).
        (
            "Read also: Uzbekistan and Türkiye aim to raise trade to $5 billion",
            [("trade_target", "")],
        ),
        # Negative: the same words in the body of the story, with no link label, report the visit.
        (
            "Sadyr Japarov arrived in Khujand on Monday for the trilateral summit.",
            [("meeting", "2025-10-13"), ("visit", "2025-10-13")],
        ),
        # Negative: "related" inside a sentence is no label.
        ("Related talks were held by Sadyr Japarov in Khujand on Monday.", [("meeting", "2025-10-13")]),
    ],
)
def test_a_link_to_another_story_reports_no_undated_event(nlp: Language, link_line: str, expected: list) -> None:
    text = f"{LEAD}\n\n{link_line}\n\nThe two sides discussed water and energy."
    headline = link_line.rsplit("\n", 1)[-1]
    assert frames_on_line(nlp, text, headline) == expected


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        # The talks or summit a recalled visit held are that visit: no meeting of their own.
        ("Mirziyoyev last visited China in May this year, when he attended the first China-Central Asia summit.", 0),
        ("Li paid an official visit to Kyrgyzstan in October 2023, when he also attended a meeting of SCO heads.", 0),
        # Negative: a meeting the sentence dates itself stays.
        ("The two presidents last met in Moscow on May 9, when Japarov attended the Victory Day parade.", 1),
        # Negative: with no recalled visit in the sentence, the meeting reported stays.
        ("Japarov held talks with Rahmon in Dushanbe on Tuesday.", 1),
    ],
)
def test_a_meeting_of_a_recalled_visit_is_that_visit(nlp: Language, sentence: str, meetings: int) -> None:
    found = [f for f in frames_of(nlp, sentence) if f.type == "meeting"]
    assert len(found) == meetings


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        # The talks a trip is for are the visit's own talks: no meeting apart.
        ("Scholz flew on to Astana on Monday for talks with Tokayev at the Akorda.", 0),
        ("Saidov invited Jaishankar to visit Tashkent for the next round of consultations.", 0),
        ("The minister will travel to Baku next week for negotiations on the pipeline.", 0),
        # Negative: talks the sentence reports in a clause of their own stay a meeting.
        ("Japarov thanked Rahmon for the talks held in Dushanbe on Monday.", 1),
        # Negative: with no visit in the sentence, "for talks" is no trip's purpose (the meeting and its talks).
        ("The two presidents met in Astana on Monday for talks on energy.", 2),
    ],
)
def test_the_talks_a_trip_is_for_are_the_visit(nlp: Language, sentence: str, meetings: int) -> None:
    found = [f for f in frames_of(nlp, sentence) if f.type == "meeting"]
    assert len(found) == meetings
