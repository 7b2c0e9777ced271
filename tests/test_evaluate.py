"""Scoring against gold: name matching, per-kind matching rules, optional items, gold checks,
floors, agreement with tools/score.py, and the `press-events eval` command.

In: hand-written gold documents and output folders (CSV rows with the contract's columns),
plus our articles (tests/gold/articles/, gold in tests/gold/dev.json and test.json) run
through the session's pipeline.  Out: asserts on matched / gold / predicted counts, the
error and floor messages, and figures identical to score.py's.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import write_output

from pipeline.cli import main
from pipeline.evaluate import (
    KINDS,
    GoldError,
    Score,
    evaluate,
    floor_problem,
    floors_from,
    load_floors,
    load_gold,
    render_csv,
    render_table,
    similar,
)

GOLD_DIR = Path(__file__).parent / "gold"
OWN_ARTICLES = GOLD_DIR / "articles"
ALIYEV = {"aliyev-state-visit-astana-2022"}
SCORE_PY = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"


def write_gold(path: Path, *docs: dict[str, Any]) -> Path:
    path.write_text(json.dumps({"version": 1, "docs": list(docs)}), encoding="utf-8")
    return path


def scores(gold_path: Path, out: Path) -> dict[str, Score]:
    return evaluate(load_gold(gold_path), out).overall


@pytest.mark.parametrize(
    ("gold_name", "output_name", "same"),
    [
        ("Kassym-Jomart Tokayev", "Kasym-Zhomart Tokayev", True),
        ("Gurbanguly Berdimuhamedov", "Gunbanguly Berdimuhamedov", True),
        ("Emomali Rahmon", "Rahmon Emomali", True),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
        ("Ilham Aliyev", "Ilham Aliev", True),
        ("Shavkat Mirziyoyev", "Shavkat Mirziyoev", True),
        # a part is not its whole, and a relative is not the person
        ("Kassym-Jomart Tokayev", "Tokayev", False),
        ("Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov", False),
        ("Nursultan Nazarbayev", "Nazarbayev", False),
    ],
)
def test_leader_names_match_across_transliterations(gold_name: str, output_name: str, same: bool) -> None:
    assert (similar(gold_name, output_name) >= 0.9) is same


def test_each_kind_matches_by_its_own_fields(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "gold.json",
        {
            "id": "a",
            "leaders": [{"name": "Ilham Aliyev"}, {"name": "Vladimir Putin"}],
            "dates": [
                {"text": "12-13 October 2022", "start": "2022-10-12", "end": "2022-10-13"},
                {"text": "sometime", "start": None, "end": None},
            ],
            "money": [{"text": "more than $1 billion", "amount": 1e9, "currency": "USD", "qualifier": "more than"}],
            "agreements": [
                {"text": "the Baku Declaration", "canonical": "Declaration on Strategic Partnership"},
            ],
            "events": [
                {"type": "visit", "date_start": "2022-10-12", "date_end": "2022-10-13", "leaders": ["Ilham Aliyev"]}
            ],
        },
    )
    out = write_output(
        tmp_path / "out",
        leaders=[{"doc_id": "a", "name": "Ilham Aliev"}, {"doc_id": "a", "name": "Ilham Aliyev"}],
        dates=[
            {"doc_id": "a", "start": "2022-10-12", "end": "2022-10-13"},
            {"doc_id": "a", "start": "2022-10-12", "end": "2022-10-13"},
            {"doc_id": "a", "start": "2022-10-13", "end": ""},
        ],
        money=[
            {"doc_id": "a", "amount": "1000000000", "currency": "usd", "qualifier": "More than"},
            {"doc_id": "a", "amount": "1000000000", "currency": "USD", "qualifier": ""},
        ],
        agreements=[{"doc_id": "a", "name": "Baku Declaration"}],
        events=[
            {"event_id": "E1", "type": "visit", "date_start": "2022-10-13", "leaders": "Ilham Aliev", "doc_ids": "a"}
        ],
    )
    overall = scores(gold, out)
    # both spellings are kept apart in the output, but one gold leader takes only one of them
    assert overall["leaders"] == Score(matched=1, gold=2, predicted=2)
    # repeats count once; an unresolved gold date is not scored; a single day is (start, start)
    assert overall["dates"] == Score(matched=1, gold=1, predicted=2)
    # the qualifier must agree; currency case does not matter
    assert overall["money"] == Score(matched=1, gold=1, predicted=2)
    # an agreement matches by any annotated span, not only by its canonical name
    assert overall["agreements"] == Score(matched=1, gold=1, predicted=1)
    assert overall["events"] == Score(matched=1, gold=1, predicted=1)


@pytest.mark.parametrize(
    ("predicted_dates", "expected"),
    [
        ([], Score(0, 1, 0)),  # the optional year is missing: no cost
        ([("2040-01-01", "2040-12-31")], Score(1, 2, 1)),  # the optional one matched: it counts as gold and match
        ([("2024-06-01", "2024-06-30"), ("2040-01-01", "2040-12-31")], Score(2, 2, 2)),  # found: it counts
    ],
)
def test_optional_items_never_cost(tmp_path: Path, predicted_dates: list[tuple[str, str]], expected: Score) -> None:
    gold = write_gold(
        tmp_path / "gold.json",
        {
            "id": "a",
            "dates": [
                {"text": "June 2024", "start": "2024-06-01", "end": "2024-06-30"},
                {"text": "2040", "start": "2040-01-01", "end": "2040-12-31", "optional": True},
            ],
        },
    )
    out = write_output(tmp_path / "out", dates=[{"doc_id": "a", "start": s, "end": e} for s, e in predicted_dates])
    assert scores(gold, out)["dates"] == expected


def test_an_event_counts_in_every_document_that_reports_it(tmp_path: Path) -> None:
    event = {"type": "signing", "agreements": ["Treaty on Eternal Friendship"]}
    gold = write_gold(tmp_path / "gold.json", {"id": "a", "events": [event]}, {"id": "b", "events": [event]})
    out = write_output(
        tmp_path / "out",
        events=[{"event_id": "E1", "type": "signing", "agreements": "Treaty on Eternal Friendship", "doc_ids": "a;b"}],
    )
    per_doc = evaluate(load_gold(gold), out).per_doc
    assert per_doc["a"]["events"] == per_doc["b"]["events"] == Score(1, 1, 1)
    assert evaluate(load_gold(gold), out, only={"b"}).overall["events"] == Score(1, 1, 1)


@pytest.mark.parametrize(
    ("gold_text", "message"),
    [
        ('{"docs": [{"leaders": []}]}', 'docs[0]: every document needs an "id"'),
        ('{"docs": [{"id": "x", "leaders": [{"role": "President"}]}]}', "document 'x': leaders[0] lacks name"),
        ('{"docs": [{"id": "x", "money": [{"amount": null, "currency": "USD"}]}]}', "money[0] has no numeric amount"),
        ('{"docs": [{"id": "x"}, {"id": "x"}]}', "document 'x': the id appears twice"),
        ('{"docs": [\n{"id": "x",}]}', ":2: not valid JSON"),
        ('[{"id": "x"}]', 'expected an object with a "docs" list'),
    ],
)
def test_a_bad_gold_file_says_where(tmp_path: Path, gold_text: str, message: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(gold_text, encoding="utf-8")
    with pytest.raises(GoldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_gold(path)


def test_a_drop_names_the_kind_the_figures_and_the_documents_that_lost_matches(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "gold.json",
        {"id": "a", "money": [{"amount": 5e9, "currency": "USD"}, {"amount": 3e9, "currency": "USD"}]},
        {"id": "b", "money": [{"amount": 1e6, "currency": "EUR"}]},
    )
    full = [
        {"doc_id": "a", "amount": "5000000000", "currency": "USD"},
        {"doc_id": "a", "amount": "3000000000", "currency": "USD"},
        {"doc_id": "b", "amount": "1000000", "currency": "EUR"},
    ]
    floors = floors_from(evaluate(load_gold(gold), write_output(tmp_path / "before", money=full)))
    assert floors["kinds"]["money"] == {"f1": 1.0, "floor": 0.99}
    worse = evaluate(load_gold(gold), write_output(tmp_path / "after", money=full[1:]))
    problem = floor_problem(worse, floors, "money")
    assert problem == (
        "money: F1 dropped to 0.800, below its floor 0.990 (recorded F1 1.000); documents that lost matches: a (2 -> 1)"
    )
    assert floor_problem(worse, floors, "dates") is None


def test_csv_report_has_overall_and_per_document_rows(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.json", {"id": "a", "leaders": [{"name": "Sadyr Japarov"}]})
    out = write_output(tmp_path / "out", leaders=[{"doc_id": "a", "name": "Sadyr Zhaparov"}])
    rows = list(csv.DictReader(render_csv(evaluate(load_gold(gold), out)).splitlines()))
    assert [(r["doc_id"], r["kind"]) for r in rows] == [("ALL", k) for k in KINDS] + [("a", k) for k in KINDS]
    assert rows[0] == {
        "doc_id": "ALL",
        "kind": "leaders",
        "precision": "1.0",
        "recall": "1.0",
        "f1": "1.0",
        "matched": "1",
        "gold": "1",
        "predicted": "1",
    }


def score_py_json(gold: Path, out: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(out), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"the yardstick {SCORE_PY} is not on this machine")
@pytest.mark.parametrize("split", ["dev", "test"])
def test_figures_agree_with_score_py_on_a_real_output(split: str, gold_articles_out: Path) -> None:
    gold = GOLD_DIR / f"{split}.json"
    assert evaluate(load_gold(gold), gold_articles_out).to_json() == score_py_json(gold, gold_articles_out)


@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"the yardstick {SCORE_PY} is not on this machine")
def test_figures_agree_with_score_py_on_optional_and_repeated_items(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "gold.json",
        {
            "id": "a",
            "leaders": [
                {"name": "Sadyr Japarov"},
                {"name": "Sadyr Japarov"},
                {"name": "Akylbek Japarov", "optional": True},
            ],
            "money": [{"amount": 2.5e6, "currency": "EUR", "qualifier": "about"}],
            "agreements": [
                {"text": "the Roadmap", "canonical": "Roadmap for 2024-2026"},
                {"text": "this roadmap", "canonical": "Roadmap for 2024-2026"},
                {"text": "the Concept", "canonical": "Concept of Foreign Policy", "optional": True},
            ],
            "events": [{"type": "trade_figure", "amount": 2.5e6}, {"type": "visit", "leaders": ["Sadyr Japarov"]}],
        },
        {"id": "b"},
    )
    out = write_output(
        tmp_path / "out",
        leaders=[{"doc_id": "a", "name": "Sadyr Zhaparov"}, {"doc_id": "a", "name": "Akylbek Zhaparov"}],
        money=[{"doc_id": "a", "amount": "2500000", "currency": "EUR", "qualifier": "about"}],
        agreements=[{"doc_id": "a", "name": "Roadmap"}, {"doc_id": "b", "name": "Concept of Foreign Policy"}],
        events=[{"event_id": "E2", "type": "trade_figure", "amount": "2500000", "doc_ids": "a;b"}],
    )
    assert evaluate(load_gold(gold), out).to_json() == score_py_json(gold, out)


def test_eval_command_prints_and_gates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_gold(tmp_path / "gold.json", {"id": "a", "money": [{"amount": 7e6, "currency": "KZT"}]})
    good = write_output(tmp_path / "good", money=[{"doc_id": "a", "amount": "7000000", "currency": "KZT"}])
    floors = tmp_path / "floors.json"
    assert main(["eval", str(gold), str(good), "--write-floors", str(floors)]) == 0
    assert "money        1.000  1.000  1.000      1      1" in capsys.readouterr().out
    assert main(["eval", str(gold), str(good), "--format", "json", "--floors", str(floors)]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["money"]["f1"] == 1.0
    bad = write_output(tmp_path / "bad")
    assert main(["eval", str(gold), str(bad), "--floors", str(floors)]) == 1
    assert "below floor: money: F1 dropped to 0.000" in capsys.readouterr().err


def test_eval_command_runs_the_pipeline_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, articles = tmp_path / "out", tmp_path / "articles"
    articles.mkdir()
    shutil.copy(OWN_ARTICLES / "aliyev-state-visit-astana-2022.txt", articles)
    gold = write_gold(
        tmp_path / "gold.json", *[d for d in load_gold(GOLD_DIR / "dev.json")["docs"] if d["id"] in ALIYEV]
    )
    assert main(["eval", str(gold), str(out), "--run", str(articles), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {r["doc_id"] for r in rows} == {"ALL", "aliyev-state-visit-astana-2022"}
    assert (out / "events.csv").is_file()


@pytest.mark.parametrize(
    "arguments",
    [
        ["eval", "{tmp}/no-gold.json", "{tmp}"],
        ["eval", "{gold}", "{tmp}/no-such-folder"],
        ["eval", "{gold}"],
    ],
)
def test_eval_command_bad_usage_exits_2(tmp_path: Path, arguments: list[str]) -> None:
    gold = write_gold(tmp_path / "gold.json", {"id": "a"})
    assert main([a.format(tmp=tmp_path, gold=gold) for a in arguments]) == 2


def test_eval_splits_prints_each_split_side_by_side_and_gates_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(OWN_ARTICLES / "aliyev-state-visit-astana-2022.txt", articles)
    aliyev = next(d for d in load_gold(GOLD_DIR / "dev.json")["docs"] if d["id"] in ALIYEV)
    write_gold(tmp_path / "dev.json", aliyev)
    write_gold(tmp_path / "test.json", {**aliyev, "leaders": [{"name": "Vladimir Putin"}]})
    splits = tmp_path / "splits.json"
    entry = {"inputs": ["articles"]}
    splits.write_text(
        json.dumps(
            {
                "splits": {
                    "dev": {**entry, "gold": "dev.json", "floors": "floors-dev.json"},
                    "test": {**entry, "gold": "test.json", "floors": "floors-test.json", "blind": True},
                }
            }
        ),
        encoding="utf-8",
    )
    assert main(["eval", "--splits", str(splits), "--write-floors"]) == 0
    header, leaders = capsys.readouterr().out.splitlines()[:2]
    assert header.split() == ["F1", "dev", "test"]
    assert leaders.split() == ["leaders", "1.000", "0.000"]
    assert load_floors(tmp_path / "floors-test.json")["kinds"]["leaders"]["f1"] == 0.0
    # A lower figure on one split fails that split's floor, and says which split.
    write_gold(tmp_path / "dev.json", {**aliyev, "leaders": [{"name": "Vladimir Putin"}]})
    assert main(["eval", "--splits", str(splits)]) == 1
    assert "below floor: dev: leaders: F1 dropped to 0.000" in capsys.readouterr().err
    assert main(["eval", "--splits", str(splits), str(tmp_path / "dev.json")]) == 2
    assert main(["eval", "--splits", str(tmp_path / "missing.json")]) == 2


def test_event_status_is_compared_on_matched_events_without_touching_f1(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "gold.json",
        {
            "id": "a",
            "events": [
                {"type": "visit", "date_start": "2024-05-12", "status": "reported"},
                {"type": "meeting", "date_start": "2024-06-01", "status": "planned"},
                {"type": "signing", "date_start": "2017-04-18", "status": "background"},  # not found
            ],
        },
    )
    out = write_output(
        tmp_path / "out",
        events=[
            {"event_id": "E1", "type": "visit", "date_start": "2024-05-12", "doc_ids": "a", "status": "reported"},
            {"event_id": "E2", "type": "meeting", "date_start": "2024-06-01", "doc_ids": "a", "status": "reported"},
        ],
    )
    evaluation = evaluate(load_gold(gold), out)
    assert (evaluation.status.agreed, evaluation.status.compared) == (1, 2)
    assert evaluation.overall["events"] == Score(2, 3, 2)
    assert "event status: 1 of 2 matched events agree (0.500)" in render_table(evaluation)


def test_each_missed_event_is_put_down_to_what_alone_stops_its_match(tmp_path: Path) -> None:
    treaty = "Treaty on Eternal Friendship"
    gold = write_gold(
        tmp_path / "gold.json",
        {
            "id": "a",
            "agreements": [{"text": treaty, "canonical": treaty}],
            "events": [
                {"type": "visit", "date_start": "2024-05-12", "leaders": ["Shavkat Mirziyoyev"]},  # matched
                {"type": "meeting", "date_start": "2024-06-01"},  # our meeting is dated a week later
                {"type": "signing", "date_start": "2024-05-12", "agreements": [treaty]},  # our signing names another
                {"type": "trade_figure", "amount": 5e9, "date_start": "2023-01-01", "date_end": "2023-12-31"},
                {"type": "award", "leaders": ["Ilham Aliyev"], "date_start": "2024-05-13"},  # no award at all
            ],
        },
    )
    out = write_output(
        tmp_path / "out",
        events=[
            {
                "event_id": "E1",
                "type": "visit",
                "date_start": "2024-05-12",
                "leaders": "Shavkat Mirziyoyev",
                "doc_ids": "a",
            },
            {"event_id": "E2", "type": "meeting", "date_start": "2024-06-08", "doc_ids": "a"},
            {"event_id": "E3", "type": "signing", "date_start": "2024-05-12", "agreements": "Road Map", "doc_ids": "a"},
            {"event_id": "E4", "type": "trade_figure", "amount": "4e9", "date_start": "2022-01-01", "doc_ids": "a"},
            {"event_id": "E5", "type": "investment", "amount": "1e9", "doc_ids": "a"},
        ],
    )
    evaluation = evaluate(load_gold(gold), out)
    assert dict(evaluation.misses) == {"date": 1, "agreement": 1, "several fields": 1, "no event of the type": 1}
    assert dict(evaluation.extras) == {"meeting": 1, "signing": 1, "trade_figure": 1, "investment": 1}
    table = render_table(evaluation)
    assert "gold events missed (4), by what alone stops a match: no event of the type 1, date 1," in table
    assert "events matching no gold event (4), by type: investment 1, meeting 1, signing 1, trade_figure 1" in table
