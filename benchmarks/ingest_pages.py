"""Ingest speed of saved web pages: the HTML fixtures of tests/fixtures/html copied to N pages
(distinct names), read by `pipeline.ingest.read_documents` on one core: main text and metadata
(trafilatura), publication date, dateline, language.  No spaCy: this measures ingest alone.

Usage: .venv/bin/python benchmarks/ingest_pages.py [--pages 1000]
Prints pages, seconds and pages per second (target: at least 50 pages/s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import read_documents  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "html"
TARGET_PAGES_PER_SECOND = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="how many pages to ingest (default: 1000)")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    pages = sorted(FIXTURES.glob("*.html"))
    with tempfile.TemporaryDirectory(prefix="ingest-pages-") as folder:
        for number in range(args.pages):
            shutil.copy(pages[number % len(pages)], Path(folder) / f"page-{number:06d}.html")
        list(read_documents([Path(folder) / pages[0].name.replace(pages[0].name, "page-000000.html")]))  # warm up
        started = time.perf_counter()
        documents = list(read_documents([folder]))
        seconds = time.perf_counter() - started
    ok = sum(d.status == "ok" for d in documents)
    rate = len(documents) / seconds
    verdict = "meets" if rate >= TARGET_PAGES_PER_SECOND else "misses"
    print(f"{len(documents)} pages ({ok} ok) in {seconds:.1f} s: {rate:.0f} pages/s on one core")
    print(f"target >= {TARGET_PAGES_PER_SECOND} pages/s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
