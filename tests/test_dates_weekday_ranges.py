"""Ranges of weekdays and the other date classes issue #18 left open, on our own sentences in other outlets' styles.

Each row: a sentence, its publication date, and the (start, end) a reader gives each date in it.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.extract.dates import dates
from pipeline.reconcile import reconcile


def date_values(nlp: Language, text: str, published: str) -> set[tuple[str, str]]:
    document = make_document(text, published=published)
    return {(m.start, m.end) for m in dates(nlp(text), document=document) if m.start}


WEEKDAY_RANGES = [
    # a range of weekdays is one range of days: announced, from the publication day on
    ("The forum will run from Monday to Thursday in Astana.", "2025-05-14", {("2025-05-19", "2025-05-22")}),
    (
        "President Tokayev will pay a state visit to China on Tuesday and Wednesday.",
        "2025-05-12",
        {("2025-05-13", "2025-05-14")},
    ),
    # reported: the range that ends by the publication day
    ("Talks were held Monday through Wednesday in Geneva.", "2025-05-16", {("2025-05-12", "2025-05-14")}),
    ("The ministers met on Tuesday and Wednesday in Tashkent.", "2025-05-16", {("2025-05-13", "2025-05-14")}),
    (
        "Mirziyoyev was in Dushanbe from Tuesday to Thursday, his office said.",
        "2025-05-16",
        {("2025-05-13", "2025-05-15")},
    ),
    ("The drills took place from Friday to Sunday near Lake Issyk-Kul.", "2025-05-19", {("2025-05-16", "2025-05-18")}),
    # the present: the range around the publication day ("is on a visit from Monday to Thursday", a Tuesday article)
    (
        "Kasymaliev is on an official visit to China from Monday to Thursday.",
        "2025-06-17",
        {("2025-06-16", "2025-06-19")},
    ),
    # beside an explicit day of the sentence: the range starts at the weekday nearest to it
    (
        "The session opened on March 3, 2025 and ran Monday through Wednesday.",
        "2025-06-17",
        {("2025-03-03", "2025-03-03"), ("2025-03-03", "2025-03-05")},
    ),
    # negatives: two weekdays apart are two days; two weekdays in separate clauses stay apart
    (
        "The talks were held on Monday and Thursday in Baku.",
        "2025-05-16",
        {("2025-05-12", "2025-05-12"), ("2025-05-15", "2025-05-15")},
    ),
    (
        "On Monday, Tokayev met Xi; on Thursday he flew to Beijing.",
        "2025-05-16",
        {("2025-05-12", "2025-05-12"), ("2025-05-15", "2025-05-15")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_RANGES)
def test_a_range_of_weekdays_is_one_range_of_days(nlp: Language, text: str, published: str, expected: set) -> None:
    assert date_values(nlp, text, published) == expected


def events_of(nlp: Language, text: str, published: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    document = make_document(text, published=published)
    found = reconcile([extract_document(nlp(text), document=document)])
    return sorted((e.type, e.date_start, e.date_end, e.status, e.leader_ids) for e in found)


RECORDS = [
    # a first or a superlative counted "since" a date: the reported event keeps its own day; the date is the earlier
    # event's, for background, with the people named by name only (not whoever held an office then)
    (
        "ASTANA, May 16 – Chinese President Xi Jinping arrived in Astana on Thursday on a state visit. It was the "
        "first state visit by a Chinese leader to Kazakhstan since 2011.",
        "2025-05-16",
        # "a Chinese leader" names nobody (an indefinite title), so the record's phrase is no visit of its own
        [("visit", "2025-05-15", "2025-05-15", "reported", ("xi-jinping",))],
    ),
    (
        "Erdogan arrived in Ashgabat on Friday. This is Erdogan's first visit to Turkmenistan since 2020.",
        "2025-05-16",
        [
            ("visit", "2020-01-01", "2020-12-31", "background", ("recep-tayyip-erdogan",)),
            ("visit", "2025-05-16", "2025-05-16", "reported", ("recep-tayyip-erdogan",)),
        ],
    ),
    # a record of a figure dates no earlier figure, nor the figure itself
    (
        "Trade between the two countries reached $3 billion in 2024, the highest since 2014.",
        "2025-03-16",
        [("trade_figure", "2024-01-01", "2024-12-31", "reported", ())],
    ),
    # negatives: "since" without a record starts a period; a year of its own dates the event
    (
        "President Tokayev visited Beijing in 2011 and met Hu Jintao.",
        "2025-05-16",
        [("visit", "2011-01-01", "2011-12-31", "background", ("kassym-jomart-tokayev", "hu-jintao"))],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RECORDS)
def test_a_record_since_a_date_is_counted_from_an_earlier_event(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert events_of(nlp, text, published) == expected


def test_a_record_since_a_year_resolves_no_leader_for_that_year(nlp: Language) -> None:
    text = "It was the first state visit by a Chinese leader to Kazakhstan since 2011."
    document = make_document(text, published="2025-05-16")
    leaders = {m.leader_id for m in extract_document(nlp(text), document=document).mentions if m.kind == "leaders"}
    assert "hu-jintao" not in leaders


DEPARTURES = [
    # leaving for a foreign place is a visit there, dated by the departure's own day
    (
        "Prime Minister Modi will leave for Moscow tomorrow on a two-day visit.",  # two days from tomorrow
        "2025-07-07",
        [("visit", "2025-07-08", "2025-07-09", "planned", ("narendra-modi",))],
    ),
    (
        "President Aliyev will leave for Ankara on Monday.",
        "2025-07-09",
        [("visit", "2025-07-14", "2025-07-14", "planned", ("ilham-aliyev",))],
    ),
    (
        "Tokayev left for Beijing on Sunday.",
        "2025-07-08",
        [("visit", "2025-07-06", "2025-07-06", "reported", ("kassym-jomart-tokayev",))],
    ),
    # negatives: home, or the traveller's own country, is no visit
    ("The President will leave for home tomorrow.", "2025-07-07", []),
    (
        "President Tokayev left for Astana on Friday after the summit in Dushanbe.",
        "2025-07-07",
        [("meeting", "2025-07-04", "2025-07-04", "background", ("kassym-jomart-tokayev",))],
    ),
    (
        "The Uzbek leader headed for Tashkent after the talks.",
        "2025-07-07",
        [("meeting", "2025-07-07", "2025-07-07", "reported", ("shavkat-mirziyoyev",))],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DEPARTURES)
def test_leaving_for_a_foreign_place_is_a_visit_and_for_home_none(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert events_of(nlp, text, published) == expected


def test_leaving_for_a_place_locates_the_visit_there(nlp: Language) -> None:
    text = "Pezeshkian is leaving for Moscow tomorrow, where he and Vladimir Putin are expected to sign a treaty."
    document = make_document(text, published="2025-01-16")
    found = reconcile([extract_document(nlp(text), document=document)])
    assert [(e.type, e.location, e.date_start) for e in found if e.type == "visit"] == [
        ("visit", "Moscow", "2025-01-17")
    ]


STAYS = [
    # a visit begun days before publication and told on to lately is the news, reported
    (
        "Xi arrived in Astana on Monday on a state visit. On Wednesday, Xi and Tokayev signed the Treaty on Eternal "
        "Friendship.",
        "2025-06-19",
        "reported",
    ),
    # negative: a visit of days before publication that nothing after it continues stays background
    ("Xi arrived in Astana on Monday on a state visit.", "2025-06-19", "background"),
]


@pytest.mark.parametrize(("text", "published", "expected"), STAYS)
def test_a_visit_told_day_by_day_until_lately_is_reported(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    found = [e for e in events_of(nlp, text, published) if e[0] == "visit" and e[1] == "2025-06-16"]
    assert [e[3] for e in found] == [expected]


WHEN_CLAUSES = [
    # an event recalled by a when-clause or a who-clause takes the clause's own date
    (
        "The agreement was signed in June 2024, when Putin paid a state visit to Pyongyang.",
        "2025-05-16",
        {("signing", "2024-06-01", "2024-06-30"), ("visit", "2024-06-01", "2024-06-30")},
    ),
    (
        "Tokayev, who was on an official visit to Tashkent on August 14-15, signed five agreements.",
        "2025-09-16",
        {("visit", "2025-08-14", "2025-08-15")},
    ),
    # a clause without a date of its own happened when its when-clause says
    (
        "The roadmap, adopted when Mirziyoyev visited Astana on 22 December 2022, set a target of $10 billion.",
        "2025-05-16",
        {("signing", "2022-12-22", "2022-12-22"), ("visit", "2022-12-22", "2022-12-22")},
    ),
    (
        "The sides signed the memorandum when Tokayev visited Tashkent on 14 August.",
        "2025-12-16",
        {("signing", "2025-08-14", "2025-08-14"), ("visit", "2025-08-14", "2025-08-14")},
    ),
    # negative: a when-clause of a condition gives no date; the clause's own date stays
    (
        "The treaty was signed last year and will take effect when both parliaments ratify it.",
        "2025-05-16",
        {("signing", "2024-01-01", "2024-12-31")},
    ),
    # negative: a fronted date sets the when-clause and its main clause alike, no other date
    (
        "In June 2024, when Putin visited Pyongyang, the sides also discussed trade.",
        "2025-05-16",
        {("visit", "2024-06-01", "2024-06-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WHEN_CLAUSES)
def test_an_event_recalled_by_a_when_clause_takes_its_date(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert {e[:3] for e in events_of(nlp, text, published)} == expected
