"""The command line: `press-events run | eval | diff | review`.

In: arguments.  Out: the subcommand's work, a short report on the terminal, and an exit
code: 0 when all went well, 1 when some document failed (everything else still written),
2 for bad usage (a missing input, a model that is not installed, an unwritable folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .ingest import InputError
from .nlp import DEFAULT_MODEL, ModelNotFound
from .patterns import PatternError

DEFAULT_INPUT = "corpus"
DEFAULT_OUT = "outputs"


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
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
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
    from .batch import run

    if problem := writable_folder_problem(args.out):
        print(f"press-events: {problem}", file=sys.stderr)
        return 2
    try:
        summary = run(
            args.inputs, args.out, model=args.model, patterns_dir=args.patterns, full=args.full, prune=args.prune
        )
    except InputError as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    except (ModelNotFound, PatternError) as err:
        print(f"press-events: {err}", file=sys.stderr)
        return 2
    except PermissionError as err:
        print(f"press-events: cannot write to the output folder {args.out}: {err.strerror}", file=sys.stderr)
        return 2
    for line in summary.lines():
        if not args.quiet or line.startswith("error:"):
            print(line, file=sys.stderr if line.startswith("error:") else sys.stdout)
    return 1 if summary.failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="press-events",
        description="Turn press articles into a reviewed, regression-tested table of real-world events.",
    )
    parser.add_argument("--version", action="version", version=f"press-events {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_run_parser(commands)
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
