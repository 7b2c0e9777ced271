"""Batch runs: incremental re-runs, rule changes, kill -9 recovery, and the same outputs from every engine."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import time
from multiprocessing import get_context
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT

from pipeline import engines
from pipeline.batch import ProgressBar, count_documents, run
from pipeline.cli import main
from pipeline.store import STORE_NAME

ARTICLES = {
    # our own
    "berlin": "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on 3 March 2023.\n"
    "The two leaders signed the Treaty on Franco-German Cooperation and Integration.\n"
    "Trade between the two countries reached €180 billion in 2022.",
    "tokyo": "Prime Minister Narendra Modi visited Tokyo on 28 October 2018.\n"
    "Japan pledged $4.5 billion in investment over five years.",
    "nairobi": "President William Ruto received President Samia Suluhu Hassan in Nairobi on 4 May 2021.\n"
    "They agreed to raise bilateral trade to $1 billion by 2025.",
}


def corpus_article(chars: int = 0) -> str:
    """The first corpus article, whole or cut to its first paragraphs of about `chars` characters."""
    text = sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8")
    return text[: text.rfind("\n", 0, chars)] if chars else text


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "in", {**ARTICLES, "corpus": corpus_article()})


def test_a_rerun_extracts_only_new_and_changed_documents(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run([inputs], out, workers=1)
    assert (first.extracted, first.reused) == (4, 0)
    written = outputs(out)
    assert b"Narendra Modi" in written["leaders.csv"]

    again = run([inputs], out, workers=1)
    assert (again.extracted, again.reused) == (0, 4)
    assert outputs(out) == written

    (inputs / "tokyo.txt").write_text(ARTICLES["tokyo"].replace("28 October", "29 October"), encoding="utf-8")
    write_articles(inputs, {"ankara": "President Recep Tayyip Erdogan visited Baku on 15 June 2021."})
    changed = run([inputs], out, workers=1)
    assert (changed.extracted, changed.reused) == (2, 3)
    assert b"2018-10-29" in (out / "dates.csv").read_bytes() and b"ankara" in (out / "documents.csv").read_bytes()

    full = run([inputs], out, workers=1, full=True)
    assert (full.extracted, full.reused) == (5, 0)


def test_deleted_inputs_leave_only_with_prune(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([inputs], out, workers=1)
    (inputs / "nairobi.txt").unlink()
    kept = run([inputs], out, workers=1)
    assert kept.documents == 4 and b"nairobi" in (out / "documents.csv").read_bytes()
    pruned = run([inputs], out, workers=1, prune=True)
    assert (pruned.pruned, pruned.documents) == (1, 3) and b"nairobi" not in (out / "documents.csv").read_bytes()


def test_a_changed_rule_file_extracts_everything_again(inputs: Path, tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    out = tmp_path / "out"
    run([inputs], out, workers=1, patterns_dir=patterns)
    written = outputs(out)
    rule_file = next(p for p in sorted(patterns.rglob("*.jsonl")) if p.stat().st_size)
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rerun = run([inputs], out, workers=1, patterns_dir=patterns)
    assert (rerun.extracted, rerun.reused) == (4, 0)
    assert outputs(out) == written, "a blank line changes the fingerprint, not the results"


def test_a_document_whose_extraction_raises_fails_alone(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = engines.extract_document

    def fragile(doc, *, document):
        if document.doc_id == "tokyo":
            raise RuntimeError("a bug met by one article")
        return real(doc, document=document)

    monkeypatch.setattr(engines, "extract_document", fragile)
    out = tmp_path / "out"
    summary = run([inputs], out, workers=1)
    assert (summary.ok, summary.failed) == (3, 1)
    assert "a bug met by one article" in summary.failures[0]
    monkeypatch.setattr(engines, "extract_document", real)
    # A failure is not taken from the store: the next run tries the document again.
    retried = run([inputs], out, workers=1)
    assert (retried.extracted, retried.reused, retried.failed) == (1, 3, 0)


def test_two_workers_write_the_same_outputs_as_one(inputs: Path, tmp_path: Path) -> None:
    # Enough documents for the pool to start (more than a batch per worker).
    variants = {f"{name}-{i}": f"Report {i}.\n{text}" for i in range(10) for name, text in ARTICLES.items()}
    write_articles(inputs, variants)
    run([inputs], tmp_path / "one", workers=1)
    summary = run([inputs], tmp_path / "two", workers=2)
    assert summary.extracted == 4 + len(variants) > 2 * engines.BATCH_SIZE
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")


def test_dask_local_cluster_writes_the_same_outputs_as_the_local_engine(inputs: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    run([inputs], tmp_path / "local", workers=1)
    summary = run([inputs], tmp_path / "dask", engine="dask", workers=2)
    assert summary.extracted == 4
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")


def stored_rows(store: Path) -> int:
    try:
        with sqlite3.connect(store) as connection:
            return connection.execute("SELECT count(*) FROM extractions").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def children(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_killed_mid_batch_loses_nothing_committed(tmp_path: Path, workers: int) -> None:
    total = 48
    article = corpus_article(chars=2000)
    inputs = write_articles(tmp_path / "in", {f"copy-{i:03d}": f"Copy {i}.\n{article}" for i in range(total)})
    out = tmp_path / "killed"
    # A forked `press-events run`: the same code as this test process, however the working tree changes meanwhile.
    arguments = ["run", str(inputs), "--out", str(out), "--workers", str(workers)]
    killed = get_context("fork").Process(target=main, args=(arguments,))
    killed.start()
    deadline = time.monotonic() + 120
    while stored_rows(out / STORE_NAME) == 0 and killed.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    orphans = children(killed.pid)
    assert len(orphans) >= workers or workers == 1, "the pool's workers are running"
    os.kill(killed.pid, signal.SIGKILL)
    killed.join()
    assert killed.exitcode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in orphans) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in orphans if Path(f"/proc/{pid}").exists()], "pool workers exit with their parent"
    committed = stored_rows(out / STORE_NAME)
    assert 0 < committed < total, "killed after the first batch was committed and before the last"

    rerun = run([inputs], out, workers=1)
    assert (rerun.extracted, rerun.reused) == (total - committed, committed)
    run([inputs], tmp_path / "uninterrupted", workers=1)
    assert outputs(out) == outputs(tmp_path / "uninterrupted")


def test_the_progress_bar_counts_documents_and_rate() -> None:
    stream = io.StringIO()
    bar = ProgressBar(10, stream=stream, every_seconds=0)
    bar.advance(4)
    assert (
        stream.getvalue().startswith("\r4/10 documents")
        and "docs/s" in stream.getvalue()
        and "ETA" in stream.getvalue()
    )
    bar.close()
    assert stream.getvalue().endswith("\r")


def test_jsonl_lines_count_as_documents(tmp_path: Path) -> None:
    write_articles(tmp_path, {"a": ARTICLES["tokyo"]})
    (tmp_path / "feed.jsonl").write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n', encoding="utf-8")
    assert count_documents([tmp_path]) == 3


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert "\r" not in captured.err
    assert "4 extracted, 0 reused from the store" in captured.out
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_cli_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "0"]) == 2
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--scheduler", "tcp://localhost:8786"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_a_malformed_rule_file_stops_a_pool_run_with_its_file_and_line(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    rule_file = next(p for p in sorted(patterns.rglob("*.jsonl")) if p.stat().st_size)
    lines = len(rule_file.read_text(encoding="utf-8").splitlines())
    with rule_file.open("a", encoding="utf-8") as handle:
        handle.write('{"broken": \n')
    arguments = ["run", str(inputs), "--out", str(tmp_path / "out"), "--workers", "2", "--patterns", str(patterns)]
    assert main(arguments) == 2
    assert f"{rule_file}:{lines + 1}:" in capsys.readouterr().err


def test_a_repeated_id_never_replaces_the_first_article_and_runs_stay_the_same(tmp_path: Path) -> None:
    """A JSONL id repeated 16+ lines later (past a store batch) and a file named like a record."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    records = [{"id": "story", "text": ARTICLES["berlin"]}]
    records += [{"id": f"filler-{n:02d}", "text": ARTICLES["tokyo"] + f" Note {n}."} for n in range(17)]
    records += [{"id": "story", "text": corpus_article()}]
    (inputs / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (inputs / "story.txt").write_text(ARTICLES["nairobi"], encoding="utf-8")
    out = tmp_path / "out"
    results = []
    for _ in range(3):
        summary = run([inputs], out, workers=1)
        results.append((summary.failed, outputs(out)))
    assert results[0] == results[1] == results[2]
    documents = {row["doc_id"]: row for row in csv.DictReader((out / "documents.csv").open(encoding="utf-8"))}
    assert documents["story"]["status"] == "ok" and documents["story"]["path"].endswith("feed.jsonl:1")
    later = [row for doc_id, row in documents.items() if doc_id.startswith("story@")]
    assert [row["status"] for row in later] == ["error", "error"]
    assert all("duplicate doc_id 'story'" in row["message"] for row in later)
    leaders = {row["doc_id"] for row in csv.DictReader((out / "leaders.csv").open(encoding="utf-8"))}
    assert "story" in leaders
