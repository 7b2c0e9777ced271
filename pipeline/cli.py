"""The command line: `press-events run | eval | diff | review`.

In: arguments.  Out: the subcommand's work, a short report on the terminal, and an exit
code: 0 when all went well, 1 when some document failed (everything else still written),
2 for bad usage (a missing input, a model that is not installed, an unwritable folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .ingest import InputError
from .nlp import DEFAULT_MODEL, ModelNotFound
from .patterns import PatternError

DEFAULT_INPUT = "corpus"
DEFAULT_OUT = "outputs"
# `--write-floors` given without a FILE: with --splits, each split writes its own floors file.
SPLIT_FLOORS = Path("(each split's floors file)")


def add_run_parser(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser(
        "run",
        help="extract leaders, dates, money, agreements and events from articles",
        description="Read articles (.txt, .md, .html, .jsonl; folders are searched recursively), extract "
        "mentions, reconcile events, and write the contract's CSVs into the output folder.",
    )
    run.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=[Path(DEFAULT_INPUT)],
        metavar="INPUT",
        help=f"files or folders to read (default: {DEFAULT_INPUT}/)",
    )
    run.add_argument("--out", type=Path, default=Path(DEFAULT_OUT), help=f"output folder (default: {DEFAULT_OUT}/)")
    run.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        help=f"installed spaCy pipeline, by name or path (default: {DEFAULT_MODEL}, the en_core_web_sm 3.8.0 pipeline)",
    )
    run.add_argument("--patterns", type=Path, default=None, help="rules folder (default: the project's patterns/)")
    run.add_argument("--full", action="store_true", help="extract every document again, even unchanged ones")
    run.add_argument("--prune", action="store_true", help="drop documents from the store whose input is gone")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors (no progress bar, no summary)")
    run.add_argument(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help="fail a document longer than N characters, with a message (default: 300,000: far more than any article)",
    )
    run.add_argument(
        "--raw-csv",
        action="store_true",
        help="write cells that start with = + - @ as they are (by default they get a leading apostrophe, so that a "
        "spreadsheet shows them as text instead of running them as formulas)",
    )
    run.add_argument("--workers", type=int, default=None, help="extraction processes (default: this machine's cores)")
    run.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: a process pool on this machine; dask: a Dask cluster (needs the 'dask' extra)",
    )
    run.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="with --engine dask, an existing cluster's scheduler (default: a local cluster of --workers)",
    )
    run.add_argument(
        "--timings",
        type=Path,
        metavar="FILE",
        help="write the seconds of each step (extraction, load, reconcile, export) to FILE as JSON (benchmarks)",
    )
    run.set_defaults(handler=command_run)


def writable_folder_problem(folder: Path) -> str | None:
    """Why the output folder cannot be written, or None when it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".press-events-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as err:
        return f"cannot write to the output folder {folder}: {err.strerror or err}"
    return None


def command_run(args: argparse.Namespace) -> int:
    from .batch import RunInterrupted, RunLocked, run
    from .engines import default_workers
    from .export import OutputsError
    from .store import StoreError

    if problem := writable_folder_problem(args.out):
        print(f"press-events: {problem}", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("press-events: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("press-events: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        summary = run(
            args.inputs,
            args.out,
            model=args.model,
            patterns_dir=args.patterns,
            full=args.full,
            prune=args.prune,
            workers=args.workers or default_workers(),
            engine=args.engine,
            scheduler=args.scheduler,
            progress=not args.quiet and sys.stderr.isatty(),
            raw_csv=args.raw_csv,
            **({"max_chars": args.max_chars} if args.max_chars else {}),
        )
    except ImportError as err:
        print(f"press-events: {err.name or err} is not installed: pip install 'press-events[dask]'", file=sys.stderr)
        return 2
    except InputError as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    except (ModelNotFound, PatternError) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    except PermissionError as err:
        print(f"press-events: cannot write to the output folder {args.out}: {err.strerror}", file=sys.stderr)
        return 2
    except (OutputsError, StoreError, RunLocked) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # a full disk or a failing device while reading inputs or writing the store
        print(f"press-events: {err.strerror or err} ({err.filename or args.out})", file=sys.stderr)
        return 2
    except RunInterrupted as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 130
    if args.timings:
        args.timings.write_text(json.dumps(summary.phases, indent=1) + "\n", encoding="utf-8")
    for line in summary.lines():
        to_stderr = line.startswith(("error:", "warning:"))
        if not args.quiet or to_stderr:
            print(line, file=sys.stderr if to_stderr else sys.stdout)
    return 1 if summary.failed else 0


def add_eval_parser(commands: argparse._SubParsersAction) -> None:
    evaluation = commands.add_parser(
        "eval",
        help="score an output folder against a gold file (precision, recall, F1 per kind and document)",
        description="Score OUTDIR (or a fresh run over --run inputs) against GOLD, a gold file in the format of "
        "docs/gold-format.md. Exit code 0, or 1 when --floors is given and a kind falls below its floor.",
    )
    evaluation.add_argument("gold", type=Path, nargs="?", metavar="GOLD", help="gold file (JSON)")
    evaluation.add_argument(
        "out",
        type=Path,
        nargs="?",
        metavar="OUTDIR",
        help="output folder of a run; with --run, where that run writes (default: a temporary folder)",
    )
    evaluation.add_argument("--run", nargs="+", type=Path, metavar="INPUT", help="run the pipeline over these first")
    evaluation.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline for --run (default: as for run)")
    evaluation.add_argument("--patterns", type=Path, default=None, help="rules folder for --run (default: patterns/)")
    evaluation.add_argument("--format", choices=["table", "json", "csv"], default="table", help="(default: table)")
    evaluation.add_argument("--docs", help="comma-separated document ids to score (default: every gold document)")
    evaluation.add_argument("--floors", type=Path, metavar="FILE", help="fail (exit 1) if a kind's F1 is below FILE's")
    evaluation.add_argument(
        "--write-floors",
        type=Path,
        nargs="?",
        const=SPLIT_FLOORS,
        metavar="FILE",
        help="record the F1 floors into FILE (with --splits: into each split's floors file)",
    )
    evaluation.add_argument(
        "--splits",
        type=Path,
        metavar="FILE",
        help="score every split of FILE (e.g. tests/splits.json: corpus, dev, test) side by side, each on "
        "a fresh run over its inputs, and fail (exit 1) where a kind falls below the split's floor",
    )
    evaluation.add_argument("--margin", type=float, default=0.01, help="floor = F1 - margin (default: 0.01)")
    evaluation.set_defaults(handler=command_eval)


def command_eval(args: argparse.Namespace) -> int:
    import tempfile

    from .batch import run
    from .evaluate import GoldError, evaluate, floor_problems, load_floors, load_gold, render, write_floors

    if args.splits:
        return command_eval_splits(args)
    if not args.gold or args.write_floors is SPLIT_FLOORS:
        print("press-events: give a GOLD file (and a FILE for --write-floors), or --splits FILE", file=sys.stderr)
        return 2
    if not args.out and not args.run:
        print("press-events: give an output folder to score, or --run INPUT...", file=sys.stderr)
        return 2
    try:
        gold = load_gold(args.gold)
        with tempfile.TemporaryDirectory(prefix="press-events-eval-") as scratch:
            out = args.out or Path(scratch)
            if args.run:
                summary = run(args.run, out, model=args.model, patterns_dir=args.patterns, full=True)
                for failure in summary.failures:
                    print(f"error: {failure}", file=sys.stderr)
            evaluation = evaluate(gold, out, only=set(args.docs.split(",")) if args.docs else None)
        floors = load_floors(args.floors) if args.floors else None
    except (GoldError, InputError, ModelNotFound, PatternError, OSError) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    print(render(evaluation, args.format))
    if args.write_floors:
        write_floors(evaluation, args.write_floors, margin=args.margin)
    problems = floor_problems(evaluation, floors) if floors else []
    for problem in problems:
        print(f"below floor: {problem}", file=sys.stderr)
    return 1 if problems else 0


def command_eval_splits(args: argparse.Namespace) -> int:
    from .batch import run
    from .evaluate import GoldError, floor_problems, load_floors, write_floors
    from .splits import evaluate_splits, load_splits, render_splits

    if args.gold or args.out or args.run or args.docs or args.floors:
        print("press-events: --splits takes no GOLD, OUTDIR, --run, --docs or --floors", file=sys.stderr)
        return 2

    def run_split(inputs, out_dir) -> None:
        summary = run(inputs, out_dir, model=args.model, patterns_dir=args.patterns, full=True)
        for failure in summary.failures:
            print(f"error: {failure}", file=sys.stderr)

    try:
        splits = load_splits(args.splits)
        evaluations = evaluate_splits(splits, run_split)
        floors = {s.name: load_floors(s.floors) for s in splits if s.floors and s.floors.is_file()}
    except (GoldError, InputError, ModelNotFound, PatternError, OSError) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    print(render_splits(evaluations, "json" if args.format == "json" else "table"))
    problems = []
    for split in splits:
        if args.write_floors and split.floors:
            write_floors(evaluations[split.name], split.floors, margin=args.margin)
        elif split.name in floors:
            problems += [f"{split.name}: {p}" for p in floor_problems(evaluations[split.name], floors[split.name])]
    for problem in problems:
        print(f"below floor: {problem}", file=sys.stderr)
    return 1 if problems else 0


def add_diff_parser(commands: argparse._SubParsersAction) -> None:
    diff = commands.add_parser(
        "diff",
        help="rows added, removed and changed between two output folders",
        description="Compare two output folders file by file: mentions keyed by doc_id and offsets, events by "
        "event_id. Exit code 0 when nothing changed, 1 when something did, 2 for a missing folder.",
    )
    diff.add_argument("old", type=Path, metavar="OLD_OUTDIR")
    diff.add_argument("new", type=Path, metavar="NEW_OUTDIR")
    diff.add_argument("--csv", type=Path, metavar="FILE", help="also write every change as CSV into FILE")
    diff.add_argument("--limit", type=int, default=20, help="rows listed per file and change (default: 20)")
    diff.set_defaults(handler=command_diff)


def command_diff(args: argparse.Namespace) -> int:
    from .compare import FolderError, compare_folders, render_csv, render_summary

    try:
        diff = compare_folders(args.old, args.new)
    except FolderError as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    print(render_summary(diff, limit=args.limit))
    if args.csv:
        args.csv.write_text(render_csv(diff), encoding="utf-8")
    return 0 if diff.unchanged else 1


def add_review_parser(commands: argparse._SubParsersAction) -> None:
    review = commands.add_parser(
        "review",
        help="write an HTML workbench of an output folder: filter events, check them, write corrections",
        description="Write OUTDIR/review/index.html: the events (filter by type, status, leader, country, document, "
        "dates, confidence, evidence text; the filter is kept in the URL), their evidence highlighted in the articles, "
        "trade per country pair and a leaders panel; reject, merge or map events and mentions there and copy the "
        "decisions as rows of patterns/corrections.csv. Static and offline: open it from file://.",
    )
    review.add_argument("out", type=Path, nargs="?", default=Path(DEFAULT_OUT), metavar="OUTDIR")
    review.set_defaults(handler=command_review)


def command_review(args: argparse.Namespace) -> int:
    from .review import ReviewError, write_review

    try:
        index = write_review(args.out)
    except (ReviewError, OSError) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    print(f"review: {index}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="press-events",
        description="Turn press articles into a reviewed, regression-tested table of real-world events.",
    )
    parser.add_argument("--version", action="version", version=f"press-events {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_run_parser(commands)
    add_eval_parser(commands)
    add_diff_parser(commands)
    add_review_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
