"""The review report at scale: a generated output folder of N events (the contract's columns),
its report written, and the time Chromium takes to open it.

Usage: .venv/bin/python benchmarks/review_scale.py [--events 10000] [--out DIR]
Prints the seconds `write_review` took, the report's size, and (where chromium is installed) the
milliseconds from navigation until the page's script had rendered the first page of the events
table (the page reports this itself, as "Ready in N ms"). Target: under 2,000 ms for 10,000 events.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.export import COLUMNS  # noqa: E402

TYPES = ("visit", "meeting", "signing", "trade_figure", "trade_target", "award", "investment", "election", "other")
STATUSES = ("reported", "planned", "background")
COUNTRIES = ("KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "TR", "AZ", "IR", "IN", "DE")
CURRENCIES = ("USD", "USD", "USD", "EUR", "KZT", "RUB")
WORDS = [
    "president",
    "talks",
    "bilateral",
    "cooperation",
    "agreement",
    "signed",
    "visit",
    "trade",
    "turnover",
    "reached",
    "billion",
    "strategic",
    "partnership",
    "delegation",
    "ministers",
    "discussed",
    "energy",
    "transport",
    "investment",
    "joint",
]


def leaders(count: int) -> list[tuple[str, str]]:
    return [(f"leader-{i:03d}", f"Leader Number{i:03d}") for i in range(count)]


def event_row(rng: random.Random, index: int, documents: list[str], people: list[tuple[str, str]]) -> dict:
    kind = rng.choice(TYPES)
    year, month, day = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
    start = f"{year}-{month:02d}-{day:02d}"
    end = start if rng.random() < 0.7 else f"{year}-{month:02d}-{min(28, day + rng.randint(1, 3)):02d}"
    chosen = rng.sample(people, rng.randint(0, 2))
    countries = sorted(rng.sample(COUNTRIES, 2))
    trade = kind in ("trade_figure", "trade_target")
    docs = sorted(rng.sample(documents, rng.randint(1, 2)))
    sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 40))).capitalize() + "."
    return {
        "event_id": f"E{index:010x}",
        "type": kind,
        "date_start": "" if rng.random() < 0.1 else start,
        "date_end": "" if rng.random() < 0.1 else end,
        "date_precision": "day",
        "leader_ids": ";".join(i for i, _ in chosen),
        "leaders": ";".join(n for _, n in chosen),
        "countries": ";".join(countries),
        "location": rng.choice(("Astana", "Tashkent", "Bishkek", "")),
        "agreement_ids": "",
        "agreements": "",
        "amount": str(rng.randint(1, 900) * 10**7) if trade else "",
        "currency": rng.choice(CURRENCIES) if trade else "",
        "doc_ids": ";".join(docs),
        "evidence": sentence,
        "mention_count": str(len(docs)),
        "confidence": f"{rng.choice((0.25, 0.5, 0.75, 1.0))}",
        "status": rng.choice(STATUSES),
    }


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_output(folder: Path, *, events: int = 10_000, documents: int = 1_000, seed: int = 22) -> Path:
    """An output folder with `events` events over `documents` documents (no store: no texts)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    doc_ids = [f"press/article-{i:05d}" for i in range(documents)]
    people = leaders(120)
    rows = [event_row(rng, i, doc_ids, people) for i in range(events)]
    provenance = [
        {"event_id": e["event_id"], "doc_id": d, "sentence_id": n, "start_char": 0, "end_char": 10, "mention_ids": ""}
        for e in rows
        for n, d in enumerate(e["doc_ids"].split(";"))
    ]
    document_rows = [{"doc_id": d, "title": f"Article {d}", "status": "ok", "language": "en"} for d in doc_ids]
    write_csv(folder / "documents.csv", COLUMNS["documents"], document_rows)
    write_csv(folder / "events.csv", COLUMNS["events"], rows)
    write_csv(folder / "event_mentions.csv", COLUMNS["event_mentions"], provenance)
    for kind in ("leaders", "dates", "money", "agreements"):
        write_csv(folder / f"{kind}.csv", COLUMNS[kind], [])
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    from pipeline.review import write_review

    folder = args.out or Path(tempfile.mkdtemp(prefix="review-scale-"))
    write_output(folder, events=args.events, documents=max(1, args.events // 10))
    started = time.perf_counter()
    index = write_review(folder)
    print(f"write_review: {time.perf_counter() - started:.2f} s, index.html {index.stat().st_size / 1e6:.1f} MB")
    sys.path.insert(0, str(ROOT / "tests"))
    from review_browser import Browser, chromium_path

    if chromium_path() is None:
        print("no chromium: load time not measured")
        return 0
    with tempfile.TemporaryDirectory() as profile, Browser(Path(profile)) as browser:
        for attempt in (1, 2, 3):
            seconds = browser.open(index)
            ready = browser.evaluate("document.getElementById('load-time').textContent")
            print(f"open {attempt}: {seconds * 1000:.0f} ms until the script finished; the page says: {ready}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
