"""Scoring an output folder against a gold file, and the quality floors that guard it.

In: a gold file (JSON, the format of docs/gold-format.md) and an output folder written by
`press-events run` (leaders.csv, dates.csv, money.csv, agreements.csv, events.csv).
Out: an `Evaluation`: matched / gold / predicted counts per kind, micro-averaged over the
gold documents and per document, with precision, recall and F1; rendered as a terminal
table, JSON or CSV.  Floors: per-kind F1 floors and per-document matched counts recorded
from one evaluation, and the messages that say which kind fell below its floor and which
documents lost matches.

The matching is the same as the project's yardstick, tools/score.py (a test checks that
both give identical figures): leaders by canonical name, transliteration-folded, similarity
>= 0.9; dates by (start, end); money by (amount, currency, qualifier); agreements by the
canonical name or any annotated span, similarity >= 0.85; events by type plus every field
the gold event fills.  Matching is greedy and one-to-one.  Gold items marked optional
count only where the output has them, so they never cost a score.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path
from typing import Any

KINDS = ("leaders", "dates", "money", "agreements", "events")
LEADER_SIMILARITY = 0.9
AGREEMENT_SIMILARITY = 0.85
# Transliteration variants folded to one spelling, in this order (Zhomart/Jomart, Khan/Han ...).
FOLDS = (("kh", "h"), ("zh", "j"), ("dzh", "j"), ("y", "i"), ("w", "v"), ("ou", "u"))
# What each gold item must carry for its kind to be scored.
GOLD_REQUIRED_KEYS = {
    "leaders": ("name",),
    "dates": ("start", "end"),
    "money": ("amount", "currency"),
    "agreements": ("canonical",),
    "events": ("type",),
}


class GoldError(ValueError):
    """A gold file that cannot be scored against; the message says where and why."""


@dataclass(frozen=True)
class Score:
    matched: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched + other.matched, self.gold + other.gold, self.predicted + other.predicted)

    def figures(self) -> dict[str, Any]:
        """Rounded figures, the way score.py --json prints them."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "matched": self.matched,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass
class Evaluation:
    per_doc: dict[str, dict[str, Score]] = field(default_factory=dict)
    status: StatusAgreement = field(default_factory=lambda: StatusAgreement())
    # Gold events left unmatched, by what alone stops a match (see `event_misses`), and unmatched
    # predicted events by type: where recall and precision are lost.
    misses: Counter[str] = field(default_factory=Counter)
    extras: Counter[str] = field(default_factory=Counter)

    @property
    def overall(self) -> dict[str, Score]:
        totals = dict.fromkeys(KINDS, Score())
        for scores in self.per_doc.values():
            for kind in KINDS:
                totals[kind] = totals[kind] + scores[kind]
        return totals

    def to_json(self) -> dict[str, Any]:
        """The same shape as score.py --json: overall figures, and [matched, gold, predicted] per document."""
        return {
            "overall": {kind: score.figures() for kind, score in self.overall.items()},
            "per_doc": {
                doc_id: {kind: [s.matched, s.gold, s.predicted] for kind, s in scores.items()}
                for doc_id, scores in self.per_doc.items()
            },
        }


# ---------------------------------------------------------------- names and values


def fold(name: str) -> str:
    """A name folded so that common transliteration variants compare equal."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(the)\s+", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    for variant, folded in FOLDS:
        text = text.replace(variant, folded)
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def similar(a: str, b: str) -> float:
    """Similarity of two folded names: the better of the plain and the word-order-free ratio.

    A part never matches its whole ("Tokayev" is not "Kassym-Jomart Tokayev"): the
    canonical name is what is being scored.
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    whole = SequenceMatcher(None, fa, fb).ratio()
    word_order_free = SequenceMatcher(None, " ".join(sorted(fa.split())), " ".join(sorted(fb.split()))).ratio()
    return max(whole, word_order_free)


def split_list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def qualifier(value: str | None) -> str:
    """A money qualifier, lower-cased; absent and empty are the same."""
    return re.sub(r"\s+", " ", (value or "").strip().lower())


def number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def same_amount(gold: float, predicted: float) -> bool:
    return abs(gold - predicted) <= 1e-6 * max(1.0, abs(gold))


def unique(items: Iterable[Any]) -> list[Any]:
    """Items without repeats, first occurrence first."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def dates_overlap(gold_start: str, gold_end: str | None, start: str | None, end: str | None) -> bool:
    if not start:
        return False
    return start <= (gold_end or gold_start) and gold_start <= (end or start)


# ---------------------------------------------------------------- one kind at a time

GoldItem = Any
Predicted = Any


def _date_agrees(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]]) -> bool:
    return not gold.get("date_start") or dates_overlap(
        gold["date_start"], gold.get("date_end"), row.get("date_start"), row.get("date_end")
    )


def _participants_agree(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]]) -> bool:
    leaders = split_list(row.get("leaders"))
    return not gold.get("leaders") or any(similar(g, p) >= LEADER_SIMILARITY for g in gold["leaders"] for p in leaders)


def _agreement_agrees(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]]) -> bool:
    agreements = split_list(row.get("agreements"))
    wanted = [name for g in gold.get("agreements") or [] for name in names.get(g, {g})]
    return not wanted or any(similar(g, p) >= AGREEMENT_SIMILARITY for g in wanted for p in agreements)


def _amount_agrees(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]]) -> bool:
    if gold.get("amount") is None:
        return True
    amount = number(row.get("amount"))
    return amount is not None and same_amount(float(gold["amount"]), amount)


# The fields an event of the right type must agree on, each named as a miss is reported (see `event_misses`).
EVENT_FIELDS: dict[str, Callable[[dict[str, Any], dict[str, str], dict[str, set[str]]], bool]] = {
    "date": _date_agrees,
    "participants": _participants_agree,
    "agreement": _agreement_agrees,
    "amount": _amount_agrees,
}


MISS_REASONS = ("no event of the type", *EVENT_FIELDS, "several fields")


def event_matches(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]] | None = None) -> bool:
    """A predicted event matches when its type is the gold's and it agrees on every field the gold fills.

    `names` maps each canonical agreement of the document to every way the gold names it (see
    `agreement_names`), so an event may name its document by any of them.
    """
    if (row.get("type") or "").strip() != gold["type"]:
        return False
    return all(agrees(gold, row, names or {}) for agrees in EVENT_FIELDS.values())


def fields_missed(gold: dict[str, Any], row: dict[str, str], names: dict[str, set[str]]) -> list[str]:
    """The fields of EVENT_FIELDS on which a predicted event of the gold's type disagrees with it."""
    return [name for name, agrees in EVENT_FIELDS.items() if not agrees(gold, row, names)]


def agreement_names(gold: Sequence[dict[str, Any]]) -> dict[str, set[str]]:
    """Canonical agreement -> itself, every span annotated for it and every alias seen."""
    names: dict[str, set[str]] = {}
    for item in gold:
        spellings = [item.get("text"), *(item.get("aliases_seen") or [])]
        names.setdefault(item["canonical"], {item["canonical"]}).update(s for s in spellings if s)
    return names


def agreement_items(gold: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
    """One item per canonical agreement: its canonical name, then every span that names it."""
    spans: dict[str, set[str]] = {}
    for item in gold:
        spans.setdefault(item["canonical"], set()).add(item.get("text") or "")
    return [(canonical, *sorted(t for t in texts if t)) for canonical, texts in spans.items()]


def money_key(amount: Any, currency: str, qualifier_text: str | None) -> tuple[float | None, str, str]:
    return number(amount), currency, qualifier(qualifier_text)


@dataclass(frozen=True)
class KindRules:
    """How one kind is scored: what the gold items and the predicted rows become, and when two match."""

    gold: Callable[[list[dict[str, Any]]], list[GoldItem]]
    predicted: Callable[[list[dict[str, str]]], list[Predicted]]
    matches: Callable[[GoldItem, Predicted], bool]


RULES: dict[str, KindRules] = {
    "leaders": KindRules(
        gold=lambda items: [g["name"] for g in items],
        predicted=lambda rows: unique(r["name"] for r in rows if r.get("name")),
        matches=lambda g, p: similar(g, p) >= LEADER_SIMILARITY,
    ),
    "dates": KindRules(
        # an unresolved gold date (no start) is listed for people, not scored
        gold=lambda items: unique((g["start"], g["end"]) for g in items if g.get("start")),
        predicted=lambda rows: unique(
            (r.get("start", ""), r.get("end", "") or r.get("start", "")) for r in rows if r.get("start")
        ),
        matches=lambda g, p: g == p,
    ),
    "money": KindRules(
        gold=lambda items: unique(money_key(g["amount"], g["currency"], g.get("qualifier")) for g in items),
        predicted=lambda rows: unique(
            money_key(r.get("amount"), (r.get("currency") or "").upper(), r.get("qualifier"))
            for r in rows
            if number(r.get("amount")) is not None
        ),
        matches=lambda g, p: g[1:] == p[1:] and same_amount(g[0], p[0]),
    ),
    "agreements": KindRules(
        gold=agreement_items,
        predicted=lambda rows: unique(r["name"] for r in rows if r.get("name")),
        matches=lambda g, p: max(similar(name, p) for name in g) >= AGREEMENT_SIMILARITY,
    ),
    "events": KindRules(gold=list, predicted=list, matches=event_matches),
}


def match_count(
    gold: Sequence[GoldItem],
    predicted: Sequence[Predicted],
    matches: Callable[[GoldItem, Predicted], bool],
    optional: Sequence[GoldItem] = (),
) -> Score:
    """Greedy one-to-one matching of the required gold items, then of the optional ones.

    An optional item counts (as gold and as matched) only where something matched it, so it
    never costs recall or precision.
    """
    pairs = matched_pairs(gold, predicted, matches, optional)
    optional_matched = sum(1 for g, _ in pairs if any(g is o for o in optional))
    return Score(len(pairs), len(gold) + optional_matched, len(predicted))


def matched_pairs(
    gold: Sequence[GoldItem],
    predicted: Sequence[Predicted],
    matches: Callable[[GoldItem, Predicted], bool],
    optional: Sequence[GoldItem] = (),
) -> list[tuple[GoldItem, Predicted]]:
    """The (gold, predicted) pairs of `match_count`'s greedy one-to-one matching, required items first."""
    used: set[int] = set()
    pairs = []
    for item in [*gold, *optional]:
        index = next((i for i, p in enumerate(predicted) if i not in used and matches(item, p)), None)
        if index is not None:
            used.add(index)
            pairs.append((item, predicted[index]))
    return pairs


@dataclass(frozen=True)
class StatusAgreement:
    """Of the matched events whose gold says reported, planned or background, how many rows say the same."""

    agreed: int = 0
    compared: int = 0

    def __add__(self, other: StatusAgreement) -> StatusAgreement:
        return StatusAgreement(self.agreed + other.agreed, self.compared + other.compared)

    def line(self) -> str:
        share = f" ({self.agreed / self.compared:.3f})" if self.compared else ""
        return f"event status: {self.agreed} of {self.compared} matched events agree{share}"


def status_agreement(gold_doc: dict[str, Any], rows: dict[str, list[dict[str, str]]]) -> StatusAgreement:
    """How often the matched events' `status` is the gold's (not part of F1; scored where gold gives it)."""
    names = agreement_names(gold_doc.get("agreements") or [])
    gold = [g for g in gold_doc.get("events") or [] if not g.get("optional")]
    optional = [g for g in gold_doc.get("events") or [] if g.get("optional")]
    pairs = matched_pairs(gold, rows.get("events", []), partial(event_matches, names=names), optional)
    judged = [(g, p) for g, p in pairs if g.get("status")]
    return StatusAgreement(sum(g["status"] == p.get("status") for g, p in judged), len(judged))


def event_misses(gold_doc: dict[str, Any], rows: dict[str, list[dict[str, str]]]) -> tuple[Counter, Counter]:
    """Why each required gold event went unmatched, and the types of the predicted events nothing matched.

    A miss is put down to the one field (`EVENT_FIELDS`) on which the closest unmatched
    predicted event of its type disagrees; "several fields" when the closest disagrees on more;
    "no event of the type" when no unmatched predicted event has its type.
    """
    names = agreement_names(gold_doc.get("agreements") or [])
    gold = [g for g in gold_doc.get("events") or [] if not g.get("optional")]
    optional = [g for g in gold_doc.get("events") or [] if g.get("optional")]
    predicted = rows.get("events", [])
    pairs = matched_pairs(gold, predicted, partial(event_matches, names=names), optional)
    matched_gold = {id(g) for g, _ in pairs}
    matched_rows = {id(p) for _, p in pairs}
    spare = [row for row in predicted if id(row) not in matched_rows]
    misses: Counter[str] = Counter()
    for item in gold:
        if id(item) not in matched_gold:
            misses[_miss_reason(item, spare, names)] += 1
    return misses, Counter((row.get("type") or "").strip() for row in spare)


def _miss_reason(gold: dict[str, Any], spare: list[dict[str, str]], names: dict[str, set[str]]) -> str:
    same_type = [row for row in spare if (row.get("type") or "").strip() == gold["type"]]
    if not same_type:
        return "no event of the type"
    closest = min((fields_missed(gold, row, names) for row in same_type), key=len)
    return closest[0] if len(closest) == 1 else "several fields"


def score_document(gold_doc: dict[str, Any], rows: dict[str, list[dict[str, str]]]) -> dict[str, Score]:
    """Scores of one gold document against the output rows of that document, per kind."""
    scores = {}
    names = agreement_names(gold_doc.get("agreements") or [])
    for kind, rules in RULES.items():
        items = gold_doc.get(kind) or []
        required = rules.gold([g for g in items if not g.get("optional")])
        optional = rules.gold([g for g in items if g.get("optional")])
        matches = partial(event_matches, names=names) if kind == "events" else rules.matches
        scores[kind] = match_count(required, rules.predicted(rows.get(kind, [])), matches, optional)
    return scores


# ---------------------------------------------------------------- files


def read_json(path: Path, what: str) -> Any:
    """A JSON file's content; a missing or malformed file raises GoldError naming it (and the line)."""
    if not path.is_file():
        raise GoldError(f"{what} not found: {path}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from None


def load_gold(path: Path | str) -> dict[str, Any]:
    """A gold file, checked enough that scoring cannot fail half-way; errors say which document and item."""
    path = Path(path)
    gold = read_json(path, "gold file")
    if not isinstance(gold, dict) or not isinstance(gold.get("docs"), list):
        raise GoldError(f'{path}: expected an object with a "docs" list')
    seen: set[str] = set()
    for position, doc in enumerate(gold["docs"]):
        where = f"{path}: docs[{position}]"
        if not isinstance(doc, dict) or not doc.get("id"):
            raise GoldError(f'{where}: every document needs an "id"')
        where = f"{path}: document {doc['id']!r}"
        if doc["id"] in seen:
            raise GoldError(f"{where}: the id appears twice")
        seen.add(doc["id"])
        for kind, keys in GOLD_REQUIRED_KEYS.items():
            items = doc.get(kind, [])
            if not isinstance(items, list):
                raise GoldError(f'{where}: "{kind}" must be a list')
            for index, item in enumerate(items):
                missing = [k for k in keys if not isinstance(item, dict) or k not in item]
                if missing:
                    raise GoldError(f"{where}: {kind}[{index}] lacks {', '.join(missing)}")
                if kind == "money" and number(item["amount"]) is None:
                    raise GoldError(f"{where}: money[{index}] has no numeric amount")
    return gold


def read_rows(out_dir: Path, kind: str) -> list[dict[str, str]]:
    path = out_dir / f"{kind}.csv"
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def rows_by_document(out_dir: Path) -> dict[str, dict[str, list[dict[str, str]]]]:
    """Output rows per document and kind; an event counts in every document that reports it."""
    grouped: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for kind in KINDS:
        for row in read_rows(out_dir, kind):
            doc_ids = split_list(row.get("doc_ids")) if kind == "events" else [row.get("doc_id", "")]
            for doc_id in doc_ids:
                grouped[doc_id][kind].append(row)
    return grouped


def evaluate(gold: dict[str, Any], out_dir: Path | str, *, only: set[str] | None = None) -> Evaluation:
    """Score the output folder against every gold document (or the ones in `only`)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise GoldError(f"output folder not found: {out_dir}")
    rows = rows_by_document(out_dir)
    evaluation = Evaluation()
    for gold_doc in gold["docs"]:
        if only and gold_doc["id"] not in only:
            continue
        evaluation.per_doc[gold_doc["id"]] = score_document(gold_doc, rows.get(gold_doc["id"], {}))
        evaluation.status = evaluation.status + status_agreement(gold_doc, rows.get(gold_doc["id"], {}))
        misses, extras = event_misses(gold_doc, rows.get(gold_doc["id"], {}))
        evaluation.misses.update(misses)
        evaluation.extras.update(extras)
    return evaluation


# ---------------------------------------------------------------- reports


def score_line(label: str, score: Score, width: int) -> str:
    return (
        f"{label:<{width}}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
        f"{score.gold:>7}{score.predicted:>7}"
    )


def render_table(evaluation: Evaluation, *, per_doc: bool = True) -> str:
    """The overall table exactly as score.py prints it, then one block per document."""
    lines = [f"{'kind':<11}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    lines += [score_line(kind, score, 11) for kind, score in evaluation.overall.items()]
    if evaluation.status.compared:
        lines += ["", evaluation.status.line()]
    if evaluation.misses or evaluation.extras:
        lines += ["", misses_line(evaluation), extras_line(evaluation)]
    if per_doc:
        for doc_id, scores in evaluation.per_doc.items():
            lines += ["", doc_id]
            lines += [score_line(f"  {kind}", score, 13) for kind, score in scores.items()]
    return "\n".join(lines)


def misses_line(evaluation: Evaluation) -> str:
    counts = ", ".join(f"{reason} {evaluation.misses[reason]}" for reason in MISS_REASONS)
    return f"gold events missed ({sum(evaluation.misses.values())}), by what alone stops a match: {counts}"


def extras_line(evaluation: Evaluation) -> str:
    counts = ", ".join(f"{kind} {count}" for kind, count in sorted(evaluation.extras.items()))
    return f"events matching no gold event ({sum(evaluation.extras.values())}), by type: {counts}"


def render_csv(evaluation: Evaluation) -> str:
    """One row per (document, kind), plus the overall rows with doc_id `ALL`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["doc_id", "kind", "precision", "recall", "f1", "matched", "gold", "predicted"])
    scopes = [("ALL", evaluation.overall), *evaluation.per_doc.items()]
    for doc_id, scores in scopes:
        for kind, score in scores.items():
            writer.writerow([doc_id, kind, *score.figures().values()])
    return buffer.getvalue()


def render(evaluation: Evaluation, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(evaluation.to_json(), indent=1)
    if output_format == "csv":
        return render_csv(evaluation)
    return render_table(evaluation)


# ---------------------------------------------------------------- floors

DEFAULT_MARGIN = 0.01


def floors_from(evaluation: Evaluation, *, margin: float = DEFAULT_MARGIN) -> dict[str, Any]:
    """Floors at the current F1 minus the margin, with the per-document matched counts they were taken from."""
    return {
        "margin": margin,
        "kinds": {
            kind: {"f1": round(score.f1, 3), "floor": max(0.0, round(score.f1 - margin, 3))}
            for kind, score in evaluation.overall.items()
        },
        "matched_per_doc": {
            doc_id: {kind: score.matched for kind, score in scores.items()}
            for doc_id, scores in evaluation.per_doc.items()
        },
    }


def write_floors(evaluation: Evaluation, path: Path | str, *, margin: float = DEFAULT_MARGIN) -> None:
    Path(path).write_text(json.dumps(floors_from(evaluation, margin=margin), indent=1) + "\n", encoding="utf-8")


def load_floors(path: Path | str) -> dict[str, Any]:
    try:
        floors = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from None
    unknown = set(floors.get("kinds", {})) - set(KINDS)
    if unknown or "matched_per_doc" not in floors:
        raise GoldError(f"{path}: expected kinds among {list(KINDS)} and a matched_per_doc table")
    return floors


def lost_matches(evaluation: Evaluation, floors: dict[str, Any], kind: str) -> list[str]:
    """Documents with fewer matches of this kind than when the floors were recorded, as 'doc (old -> new)'."""
    lost = []
    for doc_id, baseline in floors["matched_per_doc"].items():
        before = baseline.get(kind, 0)
        now = evaluation.per_doc[doc_id][kind].matched if doc_id in evaluation.per_doc else 0
        if now < before:
            lost.append(f"{doc_id} ({before} -> {now})")
    return lost


def floor_problem(evaluation: Evaluation, floors: dict[str, Any], kind: str) -> str | None:
    """Why this kind fails its floor, in words that name the kind, the F1s and the documents; None when it holds."""
    if kind not in floors["kinds"]:
        return None
    recorded = floors["kinds"][kind]
    now = round(evaluation.overall[kind].f1, 3)
    if now >= recorded["floor"]:
        return None
    lost = lost_matches(evaluation, floors, kind)
    where = "; documents that lost matches: " + ", ".join(lost) if lost else "; no document lost matches (more noise)"
    return (
        f"{kind}: F1 dropped to {now:.3f}, below its floor {recorded['floor']:.3f}"
        f" (recorded F1 {recorded['f1']:.3f}){where}"
    )


def floor_problems(evaluation: Evaluation, floors: dict[str, Any]) -> list[str]:
    return [problem for kind in KINDS if (problem := floor_problem(evaluation, floors, kind))]
