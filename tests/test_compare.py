"""The diff of two output folders and the `press-events diff` command.

In: output folders: one from our own test article run through the session's pipeline, and
small hand-written ones with the contract's columns.  Out: asserts on the rows reported
added, removed and changed (by key, not by position), the summary and CSV reports, and the
exit codes 0 (no change), 1 (changes), 2 (missing folder).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from conftest import make_document, write_output
from spacy.language import Language

from pipeline.cli import main
from pipeline.compare import FolderError, compare_folders, render_csv, render_summary
from pipeline.export import write_outputs
from pipeline.extract import extract_document
from pipeline.reconcile import reconcile

ARTICLE = (
    "President of Azerbaijan Ilham Aliyev paid a state visit to Astana on 12-13 October 2022. "
    "The two presidents signed the Declaration on Strategic Partnership. "
    "Trade between the two countries reached $300 million last year."
)
ALIYEV = {
    "doc_id": "a",
    "mention_id": "L0-12",
    "text": "Ilham Aliyev",
    "start_char": "0",
    "end_char": "12",
    "name": "Ilham Aliyev",
}
VISIT = {"event_id": "E1", "type": "visit", "leaders": "Ilham Aliyev", "doc_ids": "a", "evidence": "paid a visit"}


@pytest.fixture(scope="module")
def real_out(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    document = make_document(ARTICLE, doc_id="aliyev-visit", published="2022-10-14")
    extractions = [extract_document(nlp(document.text), document=document)]
    out = tmp_path_factory.mktemp("real-out")
    write_outputs(out, extractions, reconcile(extractions))
    return out


def test_a_folder_against_a_copy_of_itself_has_no_changes(real_out: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(real_out, copy)
    diff = compare_folders(real_out, copy)
    assert diff.unchanged
    assert render_summary(diff) == "no changes"
    assert main(["diff", str(real_out), str(copy)]) == 0


def test_a_vanished_mention_file_shows_every_row_removed(real_out: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(real_out, copy)
    with (real_out / "money.csv").open(encoding="utf-8") as handle:
        money_rows = len(list(csv.DictReader(handle)))
    (copy / "money.csv").unlink()
    money = next(t for t in compare_folders(real_out, copy).tables if t.name == "money")
    assert (len(money.removed), len(money.added), len(money.changed)) == (money_rows, 0, 0)
    assert main(["diff", str(real_out), str(copy)]) == 1


@pytest.mark.parametrize(
    ("new_leaders", "added", "removed", "changed"),
    [
        ([ALIYEV], 0, 0, {}),
        ([{**ALIYEV, "country": "AZ"}], 0, 0, {"country": ("", "AZ")}),
        # other offsets are another mention, even with the same text
        ([{**ALIYEV, "start_char": "40", "end_char": "52"}], 1, 1, {}),
        ([ALIYEV, {**ALIYEV, "start_char": "40", "end_char": "52"}], 1, 0, {}),
        ([], 0, 1, {}),
    ],
)
def test_mentions_are_keyed_by_document_and_offsets(
    tmp_path: Path, new_leaders: list[dict[str, str]], added: int, removed: int, changed: dict[str, tuple[str, str]]
) -> None:
    old = write_output(tmp_path / "old", leaders=[ALIYEV])
    new = write_output(tmp_path / "new", leaders=new_leaders)
    leaders = next(t for t in compare_folders(old, new).tables if t.name == "leaders")
    assert (len(leaders.added), len(leaders.removed)) == (added, removed)
    assert [c.cells for c in leaders.changed] == ([changed] if changed else [])


def test_events_are_keyed_by_event_id_whatever_their_order(tmp_path: Path) -> None:
    signing = {"event_id": "E2", "type": "signing", "doc_ids": "a", "evidence": "signed the Declaration"}
    old = write_output(tmp_path / "old", events=[VISIT, signing])
    reordered = write_output(tmp_path / "reordered", events=[signing, VISIT])
    assert compare_folders(old, reordered).unchanged
    moved = write_output(tmp_path / "moved", events=[{**VISIT, "date_start": "2022-10-12"}, signing])
    events = next(t for t in compare_folders(old, moved).tables if t.name == "events")
    assert [change.key for change in events.changed] == [("E1",)]
    assert events.changed[0].cells == {"date_start": ("", "2022-10-12")}


def test_repeated_keys_keep_every_row(tmp_path: Path) -> None:
    old = write_output(tmp_path / "old", leaders=[ALIYEV, ALIYEV])
    new = write_output(tmp_path / "new", leaders=[ALIYEV])
    leaders = next(t for t in compare_folders(old, new).tables if t.name == "leaders")
    assert len(leaders.removed) == 1 and not leaders.added


def test_summary_and_csv_say_what_moved(tmp_path: Path) -> None:
    old = write_output(tmp_path / "old", leaders=[ALIYEV], events=[VISIT])
    new = write_output(tmp_path / "new", leaders=[{**ALIYEV, "country": "AZ"}], events=[{**VISIT, "event_id": "E9"}])
    summary = render_summary(compare_folders(old, new))
    assert summary.splitlines() == [
        "leaders.csv: +0 -0 ~1",
        "  ~ doc_id=a start_char=0 end_char=12 \"Ilham Aliyev\": country: '' -> 'AZ'",
        "events.csv: +1 -1 ~0",
        '  + event_id=E9 "paid a visit"',
        '  - event_id=E1 "paid a visit"',
    ]
    rows = list(csv.DictReader(render_csv(compare_folders(old, new)).splitlines()))
    assert [(r["file"], r["change"], r["key"], r["column"], r["new"]) for r in rows if r["change"] == "changed"] == [
        ("leaders.csv", "changed", "doc_id=a start_char=0 end_char=12", "country", "AZ")
    ]
    assert {(r["file"], r["change"]) for r in rows} == {
        ("leaders.csv", "changed"),
        ("events.csv", "added"),
        ("events.csv", "removed"),
    }
    report = tmp_path / "diff.csv"
    assert main(["diff", str(old), str(new), "--csv", str(report)]) == 1
    assert report.read_text(encoding="utf-8").startswith("file,change,key,column,old,new\n")


def test_summary_lists_at_most_the_limit(tmp_path: Path) -> None:
    old = write_output(tmp_path / "old")
    new = write_output(tmp_path / "new", leaders=[{**ALIYEV, "start_char": str(i)} for i in range(5)])
    lines = render_summary(compare_folders(old, new), limit=2).splitlines()
    assert lines[0] == "leaders.csv: +5 -0 ~0" and lines[-1] == "  + … and 3 more" and len(lines) == 4


def test_a_missing_folder_is_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = write_output(tmp_path / "out")
    with pytest.raises(FolderError):
        compare_folders(existing, tmp_path / "missing")
    assert main(["diff", str(existing), str(tmp_path / "missing")]) == 2
    assert "output folder not found" in capsys.readouterr().err
