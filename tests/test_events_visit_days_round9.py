"""Visits over days, round nine: a visit whose arrival came late in the day ("who arrived late on Wednesday", "arrived
on Monday evening", "landed on Tuesday night") holds nothing that evening, so the documents signed after it, with no
day of their own, are of the day after; an arrival in the morning or in the day, an act with a day of its own, and an
article of the arrival's own evening keep the day written.  Our own sentences in the styles of several outlets (wire,
agency, ministry release, business daily), positives and negatives."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def signing_days(nlp: Language, text: str, published: str) -> list[tuple[str, str]]:
    return sorted({(e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == "signing"})


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # wire: "who arrived late on Wednesday", the documents of the next sentence are Thursday's
            "Macron, who arrived late on Wednesday, held talks with the Uzbek leader in the morning. The two "
            "presidents adopted a joint statement on strategic partnership.",
            "2023-11-02",
            [("2023-11-02", "2023-11-02")],
        ),
        (  # agency: "arrived in Ashgabat on Monday evening"
            "President Pezeshkian arrived in Ashgabat on Monday evening for an official visit. The two leaders signed "
            "a Memorandum of Understanding on cooperation in the field of energy.",
            "2025-10-21",
            [("2025-10-21", "2025-10-21")],
        ),
        (  # ministry release: "landed on Tuesday night"
            "The Prime Minister landed in Baku on Tuesday night. The sides signed an Agreement on cooperation in the "
            "field of tourism.",
            "2025-05-14",
            [("2025-05-14", "2025-05-14")],
        ),
        (  # negative: an arrival in the morning, the documents the same day
            "The President arrived in Astana on Monday morning for a state visit. The two leaders signed an Agreement "
            "on cooperation in the field of education.",
            "2025-06-17",
            [("2025-06-16", "2025-06-16")],
        ),
        (  # negative: an arrival told with no time of day
            "The Emir arrived in Tashkent on Monday on an official visit. The two leaders signed an Agreement on "
            "cooperation in the field of culture.",
            "2025-06-17",
            [("2025-06-16", "2025-06-16")],
        ),
        (  # negative: the article of the arrival's own evening: what it tells as signed was signed that day
            "The President arrived in Dushanbe late on Thursday. The two ministers signed an Agreement on cooperation "
            "in the field of tourism.",
            "2024-07-04",
            [("2024-07-04", "2024-07-04")],
        ),
        (  # negative: a meeting late on Wednesday is no arrival; the signing after it is that day's
            "The ministers met late on Wednesday in Astana. They signed an Agreement on cooperation in the field of "
            "customs.",
            "2025-03-07",
            [("2025-03-05", "2025-03-05")],
        ),
    ],
)
def test_documents_after_a_late_arrival_are_of_the_next_day(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert signing_days(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # business daily: the signing states its own day
            "Xi arrived in Dushanbe on Thursday evening. On Friday, the two leaders signed an Agreement on cooperation "
            "in the field of trade.",
            "2024-07-06",
            [("2024-07-05", "2024-07-05")],
        ),
        (  # a signing on the evening of the arrival, stated as such
            "The President arrived in Baku on Tuesday evening and the two sides signed an Agreement on cooperation in "
            "the field of transport the same evening.",
            "2025-05-14",
            [("2025-05-13", "2025-05-13")],
        ),
    ],
)
def test_a_signing_with_a_day_of_its_own_keeps_it(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signing_days(nlp, text, published) == expected


def visit_days(nlp: Language, text: str, published: str) -> list[tuple[str, str]]:
    return sorted(
        (e.date_start, e.date_end)
        for e in events_of(nlp, text, published)
        if e.type == "visit" and e.status != "background"
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency: the arrival and the stay's last day in one sentence
            "The Turkish leader arrived in the Kazakh capital late on Tuesday for a state visit that will last until "
            "May 14.",
            "2026-05-13",
            [("2026-05-12", "2026-05-14")],
        ),
        (  # wire: the stay told day by day, the talks of the next day part of the visit
            "Xi arrived in Astana on Monday on a state visit. On Tuesday, Xi held talks with Kassym-Jomart Tokayev in "
            "Astana.",
            "2025-06-18",
            [("2025-06-16", "2025-06-17")],
        ),
        (  # negative: one day stated, one day reported
            "Japarov arrived in Baku on Wednesday on a state visit.",
            "2024-04-25",
            [("2024-04-24", "2024-04-24")],
        ),
        (  # negative: a visit of a month recalled beside the visit reported keeps its own month
            "Xi arrived in Dushanbe on Thursday for a state visit. Rahmon visited China in May last year.",
            "2024-07-05",
            [("2024-07-04", "2024-07-04")],
        ),
    ],
)
def test_a_visit_spans_the_days_its_reports_state(nlp: Language, text: str, published: str, expected: list) -> None:
    assert visit_days(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency: "arrived ... on Monday evening for a two-day official visit"
            "President Pezeshkian arrived in Ashgabat on Monday evening for a two-day official visit.",
            "2025-10-21",
            [("2025-10-20", "2025-10-21")],
        ),
        (  # ministry release: "a three-day state visit starting Monday"
            "President Tokayev will pay a three-day state visit to Hungary starting Monday.",
            "2025-06-14",
            [("2025-06-16", "2025-06-18")],
        ),
        (  # negative: the second day of the stay is no first day to count from
            "On Wednesday, the second day of his two-day visit to Baku, Japarov laid a wreath at the Alley of Honour.",
            "2024-04-25",
            [("2024-04-24", "2024-04-24")],
        ),
        (  # negative: a one-day visit, no span
            "Prime Minister Sharif paid a one-day working visit to Tashkent on Tuesday.",
            "2025-02-26",
            [("2025-02-25", "2025-02-25")],
        ),
    ],
)
def test_a_visit_told_by_its_length_spans_its_days(nlp: Language, text: str, published: str, expected: list) -> None:
    assert visit_days(nlp, text, published) == expected
