"""The command line: help, exit codes, and a batch with bad documents that still writes the good ones."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export import COLUMNS

ARTICLE = (
    "President of Kyrgyzstan Sooronbay Jeenbekov paid an official visit to Astana on December 25-26, 2017. "
    "The Agreement on the Demarcation of the Kazakh-Kyrgyz State Border was signed during the visit. "
    "Trade between the two countries reached $1.1 billion in 2017."
)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "run" in capsys.readouterr().out


def test_run_help_names_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    assert "corpus/" in out and "outputs/" in out and "--model" in out


def test_missing_input_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("press-events: input not found") and "\n" not in err


def test_unknown_model_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--model", "no_such_model_xyz"]) == 2
    assert "spaCy model 'no_such_model_xyz' is not installed" in capsys.readouterr().err


def test_bad_documents_fail_alone_and_the_batch_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (inputs / "feed.jsonl").write_text('{"id": "f1", "text": "' + ARTICLE + '"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "3 failed" in captured.out
    assert "the file is empty" in captured.err and "line 2: not valid JSON" in captured.err
    for name, columns in COLUMNS.items():
        with (out / f"{name}.csv").open(encoding="utf-8") as handle:
            assert handle.readline().strip().split(",") == columns
    documents = {row["doc_id"]: row for row in read(out / "documents.csv")}
    assert documents["good"]["status"] == "ok" and documents["f1"]["status"] == "ok"
    assert documents["empty"]["status"] == "error" and documents["empty"]["message"] == "the file is empty"
    assert documents["image"]["message"] == "the file is binary, not text"
    assert {row["doc_id"] for row in read(out / "money.csv")} == {"good", "f1"}
    assert not list(out.glob(".*.tmp")), "no temporary files are left behind"


def test_mentions_point_into_the_document_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(out), "--quiet"]) == 0
    for kind in ("leaders", "dates", "money", "agreements"):
        for row in read(out / f"{kind}.csv"):
            assert ARTICLE[int(row["start_char"]) : int(row["end_char"])] == row["text"]


def test_rerun_is_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(first), "--quiet"]) == 0
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(second), "--quiet", "--full"]) == 0
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(second), "--quiet"]) == 0  # incremental
    for name in COLUMNS:
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes(), name


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc, which nobody (not even root) can write")
def test_unwritable_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", "/proc/press-events/out"]) == 2
    assert "cannot write to the output folder /proc/press-events/out" in capsys.readouterr().err


def test_output_path_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "taken").write_text("a file, not a folder")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "taken")]) == 2
    assert "cannot write to the output folder" in capsys.readouterr().err


def test_python_dash_m_pipeline_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("press-events ")


def test_documents_csv_says_encoding_and_dateline_place(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    story = "Talks in the capital\n\nASTANA, October 3 (Kazinform) – President Kassym-Jomart Tokayev held talks."
    (inputs / "wire.txt").write_bytes((story + " The Akorda («Акорда») hosted them.").encode("cp1251"))
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    (row,) = csv.DictReader((tmp_path / "out" / "documents.csv").open(encoding="utf-8"))
    assert row["dateline_place"] == "Astana"
    assert row["encoding"] not in ("", "utf-8")


@pytest.mark.parametrize(("options", "title"), [([], "'=HYPERLINK"), (["--raw-csv"], "=HYPERLINK")])
def test_cells_a_spreadsheet_would_run_as_formulas_are_defused(tmp_path: Path, options: list, title: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    headline = '=HYPERLINK("http://example.invalid/x","Tokayev in Tashkent")'
    body = "-President Kassym-Jomart Tokayev visited Tashkent on 12 May 2024."
    (inputs / "@story.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet", *options]) == 0
    (document,) = csv.DictReader((out / "documents.csv").open(encoding="utf-8"))
    assert document["title"].startswith(title)
    assert document["doc_id"] == ("@story" if options else "'@story")
    contexts = {row["context"] for row in csv.DictReader((out / "dates.csv").open(encoding="utf-8"))}
    assert contexts == {body if options else "'" + body}
