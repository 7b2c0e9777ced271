"""The gold splits a change is judged on: the corpus, our development articles and the blind test split.

In: a splits file (JSON; `tests/splits.json` in this repository) naming, per split, its gold
file, the inputs its articles are read from, its floors file and whether it is blind; paths are
relative to the splits file.  Out: `Split` records; `evaluate_splits` runs the pipeline once per
distinct set of inputs and scores each split's gold on that run; `render_splits` prints the
splits side by side.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .evaluate import KINDS, MISS_REASONS, Evaluation, GoldError, Score, StatusAgreement, evaluate, load_gold, read_json

SPLIT_KEYS = {"gold", "inputs", "floors", "blind", "description"}


@dataclass(frozen=True)
class Split:
    name: str
    gold: Path
    inputs: tuple[Path, ...]
    floors: Path | None
    blind: bool  # never used to tune a rule: its figures only measure


def load_splits(path: Path | str) -> list[Split]:
    """The splits of a splits file, in file order; a malformed file raises GoldError saying where."""
    path = Path(path)
    data = read_json(path, "splits file")
    if not isinstance(data, dict) or not isinstance(data.get("splits"), dict) or not data["splits"]:
        raise GoldError(f'{path}: expected an object with a non-empty "splits" object')
    return [_split(path, name, entry) for name, entry in data["splits"].items()]


def _split(path: Path, name: str, entry: Any) -> Split:
    where = f"{path}: split {name!r}"
    if not isinstance(entry, dict) or not {"gold", "inputs"} <= entry.keys():
        raise GoldError(f'{where}: needs "gold" and "inputs"')
    if unknown := entry.keys() - SPLIT_KEYS:
        raise GoldError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(SPLIT_KEYS)}")
    inputs = entry["inputs"]
    if not isinstance(inputs, list) or not inputs or not all(isinstance(i, str) for i in inputs):
        raise GoldError(f'{where}: "inputs" must be a list of paths')
    here = path.parent
    return Split(
        name=name,
        gold=here / entry["gold"],
        inputs=tuple(here / i for i in inputs),
        floors=here / entry["floors"] if entry.get("floors") else None,
        blind=bool(entry.get("blind")),
    )


Runner = Callable[[Sequence[Path], Path], None]


def evaluate_splits(splits: Sequence[Split], run: Runner) -> dict[str, Evaluation]:
    """Each split's evaluation; `run(inputs, out_dir)` runs the pipeline, once per distinct inputs."""
    evaluations = {}
    with tempfile.TemporaryDirectory(prefix="press-events-splits-") as scratch:
        outputs: dict[tuple[Path, ...], Path] = {}
        for split in splits:
            gold = load_gold(split.gold)
            if split.inputs not in outputs:
                outputs[split.inputs] = Path(scratch) / f"run-{len(outputs)}"
                run(split.inputs, outputs[split.inputs])
            evaluations[split.name] = evaluate(gold, outputs[split.inputs])
    return evaluations


def _agreed(status: StatusAgreement) -> str:
    return f"{status.agreed / status.compared:.3f}" if status.compared else "-"


def _p_r(score: Score) -> str:
    return f"{score.precision:.3f}/{score.recall:.3f}"


def render_splits(evaluations: dict[str, Evaluation], output_format: str = "table") -> str:
    """F1 per kind, one column per split (then P and R); JSON: each split's evaluation."""
    if output_format == "json":
        return json.dumps({name: e.to_json() for name, e in evaluations.items()}, indent=1)
    names = list(evaluations)
    overall = {name: e.overall for name, e in evaluations.items()}
    width = max(9, *(len(n) + 2 for n in names))
    lines = [f"{'F1':<11}" + "".join(f"{n:>{width}}" for n in names)]
    lines += [f"{kind:<11}" + "".join(f"{overall[n][kind].f1:>{width}.3f}" for n in names) for kind in KINDS]
    lines += ["", f"{'P/R':<11}" + "".join(f"{n:>{width + 6}}" for n in names)]
    lines += [f"{kind:<11}" + "".join(f"{_p_r(overall[n][kind]):>{width + 6}}" for n in names) for kind in KINDS]
    documents = "".join(f"{len(evaluations[n].per_doc):>{width}}" for n in names)
    lines += ["", f"{'documents':<11}{documents}"]
    statuses = "".join(f"{_agreed(evaluations[n].status):>{width}}" for n in names)
    lines += [f"{'status':<11}{statuses}   (matched events whose status agrees with the gold's)"]
    return "\n".join(lines + _miss_rows(evaluations, width))


def _miss_rows(evaluations: dict[str, Evaluation], width: int) -> list[str]:
    """Gold events missed, by what alone stops a match, and predicted events that match none, per split."""
    names = list(evaluations)
    lines = ["", f"{'events missed, by what alone stops a match':<44}" + "".join(f"{n:>{width}}" for n in names)]
    for reason in MISS_REASONS:
        lines.append(f"  {reason:<42}" + "".join(f"{evaluations[n].misses[reason]:>{width}}" for n in names))
    extras = "".join(f"{sum(evaluations[n].extras.values()):>{width}}" for n in names)
    lines.append(f"{'events matching no gold event':<44}{extras}")
    return lines
