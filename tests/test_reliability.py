"""What a failure leaves behind: a full disk, a corrupt or unwritable store, Ctrl-C, a rule file in the
wrong encoding, a killed run's temporary files.  Each gives one clear line and a known exit code, and
never a mix of old and new outputs."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import CORPUS, make_document

from pipeline import batch, export
from pipeline.batch import OutputLock
from pipeline.cli import main
from pipeline.ingest import read_documents
from pipeline.patterns import default_patterns_dir
from pipeline.store import STORE_NAME, Store

STORY = "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Tashkent on 12 May 2024."


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[2], folder / "article.txt")
    return folder


def csvs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_a_full_disk_leaves_the_previous_outputs_whole(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    before = csvs(out)
    (inputs / "second.txt").write_text(STORY, encoding="utf-8")
    real = export.write_temp

    def fills_the_disk(table, path: Path) -> Path:
        if path.name == "agreements.csv":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(table, path)

    monkeypatch.setattr(export, "write_temp", fills_the_disk)
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 2
    assert "disk full while writing outputs" in capsys.readouterr().err
    assert csvs(out) == before
    assert not list(out.glob(".*.tmp"))


def test_a_corrupt_store_is_set_aside_and_rebuilt(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    before = csvs(out)
    (out / STORE_NAME).write_bytes(b"this is no database" * 100)
    for side in out.glob(f"{STORE_NAME}-*"):
        side.unlink()
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    assert "the store was not readable, so it was set aside" in capsys.readouterr().err
    assert len(list(out.glob(f"{STORE_NAME}.corrupt-*"))) == 1
    assert csvs(out) == before


def test_a_store_that_cannot_be_written_is_one_line_and_exit_2(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def read_only(self, connection_args=None):
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        return connection

    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    monkeypatch.setattr(Store, "_open", read_only)
    assert main(["run", str(inputs), "--out", str(out), "--quiet", "--full"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("press-events: cannot write to the store") and "readonly" in error
    assert "Traceback" not in error


def test_ctrl_c_says_what_was_committed_and_a_rerun_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(20):  # more than one batch of the store's commits
        (inputs / f"story-{n}.txt").write_text(STORY.replace("12 May", f"{n + 1} May"), encoding="utf-8")
    real = batch.extract_all

    def interrupted_after_one_batch(documents, settings, **options):
        for number, extracted in enumerate(real(documents, settings, **options)):
            if number == 1:
                raise KeyboardInterrupt
            yield extracted

    monkeypatch.setattr(batch, "extract_all", interrupted_after_one_batch)
    out = tmp_path / "out"
    code = main(["run", str(inputs), "--out", str(out), "--quiet", "--workers", "1"])
    error = capsys.readouterr().err
    assert code == 130
    assert "interrupted:" in error and "run the same command again" in error
    committed = int(error.split("interrupted: ")[1].split()[0])
    monkeypatch.setattr(batch, "extract_all", real)
    summary = batch.run([inputs], out, workers=1)
    assert 0 < committed < 20
    assert (summary.reused, summary.extracted) == (committed, 20 - committed)


def test_a_rule_file_in_another_encoding_names_the_file_and_line(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(default_patterns_dir(), patterns)
    corrections = patterns / "corrections.csv"
    text = corrections.read_text(encoding="utf-8") + "reject_mention,,leaders,Señor Muñoz,,,,,,a reviewer's row\n"
    corrections.write_bytes(text.encode("cp1252"))
    line = text.count("\n")
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--patterns", str(patterns)]) == 2
    assert f"corrections.csv:{line}: not UTF-8" in capsys.readouterr().err


def test_a_killed_runs_temporary_files_are_cleaned_and_files_follow_the_umask(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".leaders.csv.x1y2z3.tmp"
    stale.write_text("half a table", encoding="utf-8")
    someone_elses = out / ".notes.tmp"
    someone_elses.write_text("not ours", encoding="utf-8")
    previous = os.umask(0o022)
    try:
        assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    finally:
        os.umask(previous)
    assert not stale.exists() and someone_elses.exists()
    assert {oct((out / f"{name}.csv").stat().st_mode & 0o777) for name in export.COLUMNS} == {"0o644"}


def test_markdown_front_matter_gives_title_date_and_url(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    front = '---\ntitle: "Tokayev in Tashkent"\ndate: 2024-05-13\nurl: https://example.invalid/a\n---\n'
    (inputs / "note.md").write_text(front + "\n" + STORY + "\n", encoding="utf-8")
    (document,) = read_documents([inputs])
    assert (document.title, document.published, document.url) == (
        "Tokayev in Tashkent",
        "2024-05-13",
        "https://example.invalid/a",
    )
    assert "---" not in document.text and "2024-05-13" not in document.text


@pytest.mark.parametrize(
    ("published", "message"),
    [
        ("sometime last spring", "the publication date 'sometime last spring' could not be read"),
        ("2199-01-01", "the publication date 2199-01-01 is in the future"),
    ],
)
def test_a_publication_date_that_cannot_be_right_is_left_empty_and_said(
    tmp_path: Path, published: str, message: str
) -> None:
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "a", "text": STORY, "published": published}) + "\n")
    (document,) = read_documents([tmp_path])
    assert (document.status, document.published) == ("ok", "")
    assert message in document.message


def test_a_pipe_named_on_the_command_line_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    assert main(["run", str(fifo), "--out", str(tmp_path / "out")]) == 2
    assert "is not a regular file" in capsys.readouterr().err


def test_a_reused_document_takes_the_path_its_input_has_now(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    moved = tmp_path / "moved"
    shutil.copytree(inputs, moved)
    assert main(["run", str(moved), "--out", str(out), "--quiet", "--prune"]) == 0
    (row,) = csv.DictReader((out / "documents.csv").open(encoding="utf-8"))
    assert row["path"] == (moved / "article.txt").as_posix()


def test_an_overlong_document_fails_alone_with_the_limit_named(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = (STORY + "\n") * 300
    (inputs / "dump.txt").write_text(dump, encoding="utf-8")
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--max-chars", "20000"]) == 1
    error = capsys.readouterr().err
    assert f"dump.txt: the document has {len(dump):,} characters, more than the limit of 20,000 (--max-chars)" in error
    assert "article.txt" not in error


def test_a_second_run_on_one_output_folder_says_who_holds_it(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out):
        assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert f"another press-events run (pid {os.getpid()}, started" in error and "another --out" in error
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0


def test_a_long_document_is_parsed_in_pieces_with_the_same_mentions(nlp, tmp_path: Path) -> None:
    """Pieces cut at paragraph breaks give the mentions, offsets and events of one whole parse."""
    from pipeline.extract import extract_document
    from pipeline.nlp import parse, pieces_of

    paragraphs = [
        STORY.replace("12 May", f"{n % 28 + 1} May").replace("Tashkent", ["Tashkent", "Astana", "Bishkek"][n % 3])
        for n in range(60)
    ]
    text = "\n\n".join(paragraphs)
    pieces = pieces_of(text, size=1000)
    assert "".join(pieces) == text and len(pieces) > 5 and all(p.endswith("\n\n") for p in pieces[:-1])
    document = make_document(text, published="2024-06-01")
    whole = extract_document(nlp(text), document=document)
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr("pipeline.nlp.CHUNK_CHARS", 1000)
    try:
        chunked = extract_document(parse(nlp, text), document=document)
    finally:
        monkeypatch.undo()
    assert chunked.mentions == whole.mentions
    assert chunked.frames == whole.frames
