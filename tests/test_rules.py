"""Components own their rules: every extractor reads the rules of the component that matched the doc,
and a malformed rule file stops a run before any document is read, with file:line and exit 2."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from conftest import make_document

from pipeline.cli import main
from pipeline.extract import extract_mentions
from pipeline.extract.base import RulesMissing
from pipeline.extract.dates import dates
from pipeline.nlp import build_nlp, check_rules
from pipeline.patterns import PatternError, default_patterns_dir

SENTENCE = "The Kazakh and Uzbek presidents met in Tashkent on 5 Septembre 2024."


@pytest.fixture
def patterns_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "patterns"
    shutil.copytree(default_patterns_dir(), folder)
    return folder


def add_month_word(patterns: Path, word: str, month: int) -> None:
    with (patterns / "dates" / "words.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([word, "month", str(month), ""])


def test_a_month_word_of_another_rules_folder_reaches_the_date_normalizer(patterns_copy: Path) -> None:
    add_month_word(patterns_copy, "Septembre", 9)
    nlp = build_nlp(patterns_dir=patterns_copy)
    found = [(m.text, m.start, m.end) for m in dates(nlp(SENTENCE), document=make_document(SENTENCE))]
    assert found == [("5 Septembre 2024", "2024-09-05", "2024-09-05")]


def test_run_with_patterns_writes_dates_of_that_folder(patterns_copy: Path, tmp_path: Path) -> None:
    add_month_word(patterns_copy, "Septembre", 9)
    article = tmp_path / "in" / "summit.txt"
    article.parent.mkdir()
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(article.parent), "--out", str(out), "--patterns", str(patterns_copy), "--quiet"]) == 0
    rows = list(csv.DictReader((out / "dates.csv").open(encoding="utf-8")))
    assert [(r["text"], r["start"]) for r in rows] == [("5 Septembre 2024", "2024-09-05")]


def test_a_rebuilt_pipeline_reads_the_rule_file_as_it_is_now(patterns_copy: Path) -> None:
    before = build_nlp(patterns_dir=patterns_copy)
    add_month_word(patterns_copy, "Septembre", 9)
    after = build_nlp(patterns_dir=patterns_copy)
    document = make_document(SENTENCE)
    assert [m.text for m in dates(before(SENTENCE), document=document)] == []
    assert [m.text for m in dates(after(SENTENCE), document=document)] == ["5 Septembre 2024"]


def test_an_extractor_without_its_component_says_which_it_needs(nlp) -> None:
    doc = nlp.make_doc(SENTENCE)
    doc.spans["dates"] = []
    with pytest.raises(RulesMissing, match="press_dates"):
        list(dates(doc, document=make_document(SENTENCE)))


def test_two_pipelines_with_different_rules_each_keep_their_own(nlp, patterns_copy: Path) -> None:
    add_month_word(patterns_copy, "Septembre", 9)
    other = build_nlp(patterns_dir=patterns_copy)
    document = make_document(SENTENCE)
    assert [m.text for m in extract_mentions(other(SENTENCE), document=document) if m.kind == "dates"] == [
        "5 Septembre 2024"
    ]
    assert [m.text for m in extract_mentions(nlp(SENTENCE), document=document) if m.kind == "dates"] == []


def replace_line(path: Path, old: str, new: str) -> int:
    """Replace the first line containing `old`; return its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if old in line and not line.startswith(("//", "#")))
    lines[number] = lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("events/triggers.jsonl", '"LOWER"', '"LOWR"', "not a spaCy token pattern: [0 -> LOWR]"),
        ("agreements/heads.jsonl", '"LOWER"', '"LOWERCASE"', "not a spaCy token pattern"),
        ("agreements/not_documents.jsonl", '{"IN":', '{"AMONG":', "not a spaCy token pattern"),
        ("leaders/titles.csv", "head of state,president,", "head of state,presdent,", "unknown office 'presdent'"),
        ("leaders/people.jsonl", '"office": "president"', '"office": "presidnet"', "unknown office 'presidnet'"),
    ],
)
def test_a_malformed_rule_fails_at_load_with_file_and_line(
    patterns_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], file: str, old: str, new: str, problem: str
) -> None:
    line = replace_line(patterns_copy / file, old, new)
    with pytest.raises(PatternError, match=r"\S+:\d+: ") as raised:
        check_rules(patterns_copy)
    assert f"{file}:{line}: " in str(raised.value)
    assert problem in str(raised.value)
    # The CLI says so before it reads any document: exit 2 and no output folder.
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(article.parent), "--out", str(out), "--patterns", str(patterns_copy)]) == 2
    assert f"{file}:{line}: " in capsys.readouterr().err
    assert not (out / "documents.csv").exists()


def test_a_pipeline_saved_with_to_disk_loads_with_its_rules(patterns_copy: Path, tmp_path: Path) -> None:
    """Like spaCy's SpanRuler: the components write their rules beside the model and read them back,
    even when the folder the pipeline was built from is gone."""
    import spacy

    add_month_word(patterns_copy, "Septembre", 9)
    built = build_nlp(patterns_dir=patterns_copy)
    built.to_disk(tmp_path / "model")
    shutil.rmtree(patterns_copy)
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == built.pipe_names
    text = SENTENCE + " Trade reached $1.2 billion; the Agreement on Trade was signed by Kassym-Jomart Tokayev."
    document = make_document(text)
    found = [(m.kind, m.text) for m in extract_mentions(loaded(text), document=document)]
    assert found == [(m.kind, m.text) for m in extract_mentions(built(text), document=document)]
    assert ("dates", "5 Septembre 2024") in found and ("money", "$1.2 billion") in found


def test_a_component_without_rules_says_so_when_it_runs(tmp_path: Path) -> None:
    nlp = build_nlp()
    finder = nlp.get_pipe("press_money")
    finder.load_if_present(tmp_path / "nowhere")
    finder.loaded = False
    with pytest.raises(PatternError, match="rules folder not found"):
        finder(nlp.make_doc("Trade reached $1.2 billion."))


def test_an_edited_publication_rule_is_read_again_in_the_same_process(tmp_path: Path, patterns_copy: Path) -> None:
    from pipeline.ingest import find_published

    # a form neither a row nor the last-resort fallback reads (a date in a sentence is no stamp)
    text = "Talks in Astana\nThe note was issued on 12/05/2024 by the ministry.\n\nThe presidents met."
    assert find_published(text, patterns_copy) == ("", "")
    rule = {"name": "issued", "regex": r"issued on (?P<date>\d\d/\d\d/\d{4})", "where": "start", "precision": "day"}
    with (patterns_copy / "ingest" / "published.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(rule) + "\n")
    assert find_published(text, patterns_copy) == ("2024-05-12", "day")
