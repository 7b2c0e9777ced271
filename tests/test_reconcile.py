"""Reconcile: frames describing one real-world event become one row; different events stay apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_extraction as extraction
from conftest import make_frame as frame

from pipeline.extract.frames import event_types, load_event_types
from pipeline.patterns import PatternError, default_patterns_dir
from pipeline.reconcile import reconcile
from pipeline.records import Frame
from pipeline.review.charts import EVENT_COLOURS

SPA = "agreement-on-strategic-partnership-kz-tm"


def test_one_signing_reported_by_three_articles_is_one_event() -> None:
    events = reconcile(
        [
            extraction(
                "a",
                frame(
                    "a",
                    3,
                    "signing",
                    agreement_ids=(SPA,),
                    agreements=("SPA",),
                    date_start="2017-01-01",
                    date_end="2017-12-31",
                    date_precision="year",
                ),
            ),
            extraction(
                "b",
                frame(
                    "b",
                    7,
                    "signing",
                    agreement_ids=(SPA,),
                    agreements=("SPA",),
                    date_start="2017-04-18",
                    date_end="2017-04-19",
                    date_precision="range",
                    leader_ids=("gurbanguly",),
                    leaders=("Gurbanguly Berdimuhamedov",),
                ),
            ),
            extraction(
                "c",
                frame(
                    "c",
                    0,
                    "signing",
                    agreement_ids=(SPA,),
                    agreements=("SPA",),
                    date_start="2017-01-01",
                    date_end="2017-12-31",
                    date_precision="year",
                ),
            ),
        ]
    )
    assert len(events) == 1
    (event,) = events
    assert event.doc_ids == ("a", "b", "c")
    assert (event.date_start, event.date_end, event.date_precision) == ("2017-04-18", "2017-04-19", "range")
    assert event.leaders == ("Gurbanguly Berdimuhamedov",)
    assert event.mention_count == 3
    assert [(p.doc_id, p.sentence_id) for p in event.provenance] == [("a", 3), ("b", 7), ("c", 0)]


def test_signings_of_different_agreements_in_one_sentence_stay_apart() -> None:
    events = reconcile(
        [
            extraction(
                "a",
                frame("a", 1, "signing", agreement_ids=("demarcation",), agreements=("Demarcation",)),
                frame("a", 1, "signing", agreement_ids=("regime",), agreements=("Regime",)),
            )
        ]
    )
    assert sorted(e.agreements for e in events) == [("Demarcation",), ("Regime",)]


def test_talks_during_a_visit_are_the_visit() -> None:
    leader = {"leader_ids": ("tokayev",), "leaders": ("Kassym-Jomart Tokayev",)}
    events = reconcile(
        [
            extraction(
                "a",
                frame("a", 0, "visit", location="Tashkent", **leader),
                frame("a", 1, "meeting", trigger="talks", **leader),
                frame("a", 5, "meeting", trigger="talks", location="Tashkent", **leader),
            )
        ]
    )
    assert [(e.type, e.mention_count) for e in events] == [("visit", 3)]


def test_a_summit_is_not_absorbed_by_a_visit() -> None:
    leader = {"leader_ids": ("tokayev",), "leaders": ("Kassym-Jomart Tokayev",)}
    events = reconcile(
        [extraction("a", frame("a", 0, "visit", **leader), frame("a", 4, "meeting", trigger="summit", **leader))]
    )
    assert sorted(e.type for e in events) == ["meeting", "visit"]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({"date_start": "2018-03-15", "date_end": "2018-03-15"}, True),
        ({}, True),  # undated within a document: same leader, same type
        ({"date_start": "2019-03-15", "date_end": "2019-03-15"}, False),
        ({"location": "Bishkek"}, False),  # another city is another visit
        ({"leader_ids": ("mirziyoyev",), "leaders": ("Shavkat Mirziyoyev",)}, False),  # another visitor
    ],
)
def test_visits_merge_within_a_document_only_when_compatible(second: dict, merged: bool) -> None:
    leader = {"leader_ids": ("rahmon",), "leaders": ("Emomali Rahmon",)}
    first = frame("a", 0, "visit", date_start="2018-03-14", date_end="2018-03-15", location="Astana", **leader)
    events = reconcile([extraction("a", first, frame("a", 2, "visit", **{**leader, **second}))])
    assert (len(events) == 1) is merged


def test_undated_events_never_merge_across_documents() -> None:
    leader = {"leader_ids": ("tokayev",), "leaders": ("Kassym-Jomart Tokayev",)}
    events = reconcile(
        [extraction("a", frame("a", 0, "visit", **leader)), extraction("b", frame("b", 0, "visit", **leader))]
    )
    assert len(events) == 2


def test_the_same_trade_target_in_two_articles_is_one_event() -> None:
    target = {
        "amount": 5e9,
        "currency": "USD",
        "date_start": "2020-01-01",
        "date_end": "2020-12-31",
        "date_precision": "year",
        "countries": ("KZ", "UZ"),
    }
    events = reconcile(
        [
            extraction("a", frame("a", 4, "trade_target", **target)),
            extraction("b", frame("b", 9, "trade_target", **target)),
        ]
    )
    assert len(events) == 1 and events[0].doc_ids == ("a", "b")


def test_other_events_do_not_merge_across_documents() -> None:
    dated = {"date_start": "2018-01-01", "date_end": "2018-12-31", "date_precision": "year"}
    events = reconcile(
        [extraction("a", frame("a", 0, "other", **dated)), extraction("b", frame("b", 0, "other", **dated))]
    )
    assert len(events) == 2


def test_event_ids_are_stable_and_confidence_reflects_inference() -> None:
    observed = frame(
        "a",
        0,
        "award",
        leader_ids=("x",),
        leaders=("X",),
        date_start="2021-10-14",
        date_end="2021-10-14",
        date_precision="day",
    )
    inferred = replace(observed, inferred=("date",))
    first = reconcile([extraction("a", observed)])
    again = reconcile([extraction("a", observed)])
    guessed = reconcile([extraction("a", inferred)])
    assert first[0].event_id == again[0].event_id == guessed[0].event_id
    assert first[0].confidence > guessed[0].confidence


@pytest.mark.parametrize(
    ("dates", "merged"),
    [
        ({"date_start": "2025-06-17", "date_end": "2025-06-17", "date_precision": "day"}, True),
        ({"date_start": "2025-06-16", "date_end": "2025-06-17", "date_precision": "range"}, True),
        ({"date_start": "2025-01-01", "date_end": "2025-12-31", "date_precision": "year"}, False),  # a year holds many
        ({"date_start": "2025-01-01", "date_end": "2026-12-31", "date_precision": "range"}, False),
    ],
)
def test_meetings_merge_across_documents_only_on_their_days(dates: dict, merged: bool) -> None:
    leaders = {"leader_ids": ("xi", "tokayev"), "leaders": ("Xi Jinping", "Kassym-Jomart Tokayev")}
    events = reconcile(
        [
            extraction("a", frame("a", 0, "meeting", **leaders, **dates)),
            extraction(
                "b",
                frame(
                    "b", 3, "meeting", **leaders, date_start="2025-06-17", date_end="2025-06-17", date_precision="day"
                ),
            ),
        ]
    )
    assert (len(events) == 1) is merged


def test_a_recalled_visit_is_not_the_visit_reported() -> None:
    leader = {"leader_ids": ("erdogan",), "leaders": ("Recep Tayyip Erdogan",)}
    recalled = frame(
        "a", 9, "visit", date_start="2023-11-01", date_end="2023-11-30", date_precision="month", status="background"
    )
    today = {"date_start": "2026-05-13", "date_end": "2026-05-13", "inferred": ("date", "published")}
    recalling = extraction("a", frame("a", 0, "visit", **leader, **today), replace(recalled, **leader))
    published = replace(recalling, document=replace(recalling.document, published="2026-05-13"))
    assert len(reconcile([published])) == 2


def test_one_shared_sentence_does_not_make_two_articles_one_story() -> None:
    target = {"amount": 1e9, "currency": "USD", "date_start": "2024-01-01", "date_end": "2024-12-31"}
    same_words = {"evidence": "The presidents have set the goal of bringing the figure to $1 billion."}
    events = reconcile(
        [
            extraction("a", frame("a", 4, "trade_target", **target, **same_words, countries=("AZ", "KZ"))),
            extraction("b", frame("b", 9, "trade_target", **target, **same_words, countries=("AZ", "UZ"))),
        ]
    )
    assert len(events) == 2  # the same words, but the targets of two pairs of countries


def test_a_reprinted_story_is_one_set_of_events() -> None:
    sentences = [f"Sentence {i} of the wire story, word for word." for i in range(2)]
    dated = {"date_start": "2025-04-04", "date_end": "2025-04-04", "date_precision": "day"}
    events = reconcile(
        [
            extraction("a", *(frame("a", i, "other", evidence=text, **dated) for i, text in enumerate(sentences))),
            extraction("b", *(frame("b", i, "other", evidence=text, **dated) for i, text in enumerate(sentences))),
        ]
    )
    assert sorted(e.doc_ids for e in events) == [("a", "b"), ("a", "b")]


TYPES_TABLE = default_patterns_dir() / "events" / "types.csv"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("signing,agreements|amount,", "signing,agreements|leaders,", "required may hold only agreements, amount"),
        ("visit,,no,", "visit,,maybe,", "inherits_from_visit must be yes or no"),
        (",people,#0072B2", ",leaders,#0072B2", "merge must be one of people, amount, document, sentence"),
        (",people,#0072B2", ",people,blue", "colour must be #RRGGBB"),
        ("meeting,,", "visit,,", "duplicate type 'visit'"),
    ],
)
def test_a_malformed_event_type_fails_at_load_with_file_and_line(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    lines = TYPES_TABLE.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if old in line and not line.startswith("#"))
    lines[number] = lines[number].replace(old, new, 1)
    path = tmp_path / "types.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(PatternError) as raised:
        load_event_types(path)
    assert f"types.csv:{number + 1}: " in str(raised.value)
    assert problem in str(raised.value)


def test_every_event_type_is_one_row_read_by_frames_reconcile_and_the_review() -> None:
    types = event_types()
    assert list(types) == [
        "visit",
        "meeting",
        "signing",
        "trade_figure",
        "trade_target",
        "award",
        "investment",
        "election",
        "other",
    ]
    assert {name: spec.colour for name, spec in types.items()} == EVENT_COLOURS
    assert types["signing"].required == ("agreements", "amount") and types["signing"].inherits_from_visit
    assert types["trade_figure"].never_background and not types["trade_target"].never_background
    assert {name for name, spec in types.items() if spec.merge == "people"} == {"visit", "meeting", "award", "election"}


TOKAYEV = {"leader_ids": ("kassym-jomart-tokayev",), "leaders": ("Kassym-Jomart Tokayev",)}
DAY = {"date_start": "2025-06-17", "date_end": "2025-06-17", "date_precision": "day"}


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [
        (  # a participant, a date and a place in one sentence beat the same fields assembled from inferences
            frame("a", 1, "meeting", **TOKAYEV, **DAY, location="Astana"),
            frame("a", 1, "meeting", **TOKAYEV, **DAY, location="Astana", inferred=("leaders", "date", "location")),
        ),
        (  # a date stated beats the publication day standing in for it
            frame("a", 1, "meeting", **TOKAYEV, **DAY),
            frame("a", 1, "meeting", **TOKAYEV, **DAY, inferred=("date", "published")),
        ),
        (  # every field stated beats a field missing
            frame("a", 1, "visit", **TOKAYEV, **DAY, location="Astana"),
            frame("a", 1, "visit", **TOKAYEV, **DAY),
        ),
        (  # a signing naming its document beats one of an amount only, as much as its type allows
            frame("a", 1, "signing", **TOKAYEV, **DAY, agreement_ids=(SPA,), agreements=("Agreement",)),
            frame("a", 1, "signing", **DAY, agreement_ids=(SPA,), agreements=("Agreement",), inferred=("date",)),
        ),
    ],
)
def test_confidence_rises_with_what_one_sentence_states(stronger: Frame, weaker: Frame) -> None:
    strong, weak = reconcile([extraction("a", stronger)])[0], reconcile([extraction("a", weaker)])[0]
    assert strong.confidence > weak.confidence


def test_confidence_of_a_fully_stated_event_is_one_and_a_second_report_raises_a_guess() -> None:
    full = frame("a", 1, "visit", **TOKAYEV, **DAY, location="Astana")
    assert reconcile([extraction("a", full)])[0].confidence == 1.0
    guess = frame("a", 1, "meeting", **TOKAYEV, **DAY, inferred=("date", "published"))
    again = frame("a", 2, "meeting", **TOKAYEV, **DAY, inferred=("date", "published"))
    once, twice = reconcile([extraction("a", guess)])[0], reconcile([extraction("a", guess, again)])[0]
    assert twice.mention_count == 2 and twice.confidence > once.confidence
