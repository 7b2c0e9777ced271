"""Saved news web pages (tests/fixtures/html/: 12 templates of real kinds of news sites, written by us):
the article's main text, title, date and URL are read, and nothing from menus, related news,
comments, ads or footers reaches the extracted leaders, dates or events."""

from __future__ import annotations

import csv
import html
import json
import shutil
from pathlib import Path

import pytest

from pipeline.batch import run
from pipeline.ingest import read_documents

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def documents() -> dict:
    return {d.doc_id: d for d in read_documents([FIXTURES])}


@pytest.fixture(scope="module")
def pages_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = tmp_path_factory.mktemp("pages")
    for name in PAGES:
        shutil.copy(FIXTURES / f"{name}.html", pages)
    out = tmp_path_factory.mktemp("pages-out")
    run([pages], out, full=True)
    return out


def rows(out: Path, table: str, doc_id: str) -> list[dict[str, str]]:
    with (out / f"{table}.csv").open(encoding="utf-8") as handle:
        return [
            row for row in csv.DictReader(handle) if doc_id in (row.get("doc_id"), *row.get("doc_ids", "").split(";"))
        ]


def test_there_are_fixtures_of_many_kinds() -> None:
    assert len({expected(name)["kind"] for name in PAGES}) >= 10


@pytest.mark.parametrize("name", PAGES)
def test_main_text_and_metadata(name: str, documents: dict) -> None:
    document, want = documents[name], expected(name)
    assert document.status == "ok", document.message
    assert document.title == html.unescape(want["title"])
    assert document.published == (want["published"] or "")
    if want["url"]:
        assert document.url == want["url"]
    for sentence in want["body_must_contain"]:
        assert sentence in document.text
    for boilerplate in want["body_must_not_contain"]:
        assert boilerplate not in document.text


@pytest.mark.parametrize("name", PAGES)
def test_no_mention_comes_from_boilerplate(name: str, pages_out: Path) -> None:
    want = expected(name)
    leaders = {row["name"] for row in rows(pages_out, "leaders", name)}
    assert not leaders & set(want["boilerplate_leaders"])
    dates = {row["text"] for row in rows(pages_out, "dates", name)}
    assert not dates & set(want["boilerplate_dates"])
    events = " ".join(row["leaders"] for row in rows(pages_out, "events", name))
    assert not [leader for leader in want["boilerplate_leaders"] if leader in events]
