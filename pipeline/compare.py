"""The difference between two output folders, row by row.

In: two folders written by `press-events run` (an old and a new one).  Out: a `FolderDiff`
with, per CSV file, the rows added, removed and changed; rendered as a readable summary or
as CSV.  Rows are matched by key, not by position: documents by doc_id, mentions by doc_id
and offsets, events by event_id, provenance by event_id, doc_id and offsets.  A row whose
key is in both folders but whose other cells differ is "changed", with the cells that moved.
A CSV file of another name is compared by its whole rows (added and removed only).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .records import MENTION_KINDS

Row = dict[str, str]
Key = tuple[str, ...]

KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    **{kind: ("doc_id", "start_char", "end_char") for kind in MENTION_KINDS},
    "events": ("event_id",),
    "event_mentions": ("event_id", "doc_id", "start_char", "end_char"),
}
# The cell that best says what a row is about, shown beside its key in the summary.
LABEL_COLUMNS = ("text", "evidence", "title", "mention_ids")


class FolderError(ValueError):
    """A folder to compare does not exist."""


@dataclass
class ChangedRow:
    key: Key
    old: Row
    new: Row

    @property
    def cells(self) -> dict[str, tuple[str, str]]:
        """The columns whose value moved, with (old, new)."""
        columns = list(self.old) + [c for c in self.new if c not in self.old]
        return {
            c: (self.old.get(c, ""), self.new.get(c, "")) for c in columns if self.old.get(c, "") != self.new.get(c, "")
        }


@dataclass
class TableDiff:
    name: str
    key_columns: tuple[str, ...]
    added: list[tuple[Key, Row]] = field(default_factory=list)
    removed: list[tuple[Key, Row]] = field(default_factory=list)
    changed: list[ChangedRow] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class FolderDiff:
    tables: list[TableDiff]

    @property
    def unchanged(self) -> bool:
        return all(table.unchanged for table in self.tables)


def read_table(path: Path) -> list[Row]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [{k: v or "" for k, v in row.items()} for row in csv.DictReader(handle)]


def keyed(rows: Sequence[Row], key_columns: tuple[str, ...]) -> dict[Key, Row]:
    """Rows by key; a key that repeats gets its occurrence number appended, so no row is lost."""
    seen: Counter[Key] = Counter()
    by_key = {}
    for row in rows:
        key = tuple(row.get(c, "") for c in key_columns) if key_columns else tuple(row.values())
        seen[key] += 1
        by_key[key if seen[key] == 1 else (*key, f"#{seen[key]}")] = row
    return by_key


def compare_tables(name: str, old_rows: Sequence[Row], new_rows: Sequence[Row]) -> TableDiff:
    key_columns = KEY_COLUMNS.get(name, ())
    old, new = keyed(old_rows, key_columns), keyed(new_rows, key_columns)
    diff = TableDiff(name, key_columns)
    diff.removed = [(key, row) for key, row in old.items() if key not in new]
    diff.added = [(key, row) for key, row in new.items() if key not in old]
    for key, row in old.items():
        if key in new and ChangedRow(key, row, new[key]).cells:
            diff.changed.append(ChangedRow(key, row, new[key]))
    return diff


def compare_folders(old_dir: Path | str, new_dir: Path | str) -> FolderDiff:
    """Every CSV file of either folder, compared; a file missing on one side counts as empty."""
    old_dir, new_dir = Path(old_dir), Path(new_dir)
    for folder in (old_dir, new_dir):
        if not folder.is_dir():
            raise FolderError(f"output folder not found: {folder}")
    known = list(KEY_COLUMNS)
    names = {p.stem for folder in (old_dir, new_dir) for p in folder.glob("*.csv")}
    ordered = [n for n in known if n in names] + sorted(names - set(known))
    return FolderDiff(
        [compare_tables(n, read_table(old_dir / f"{n}.csv"), read_table(new_dir / f"{n}.csv")) for n in ordered]
    )


def describe_key(table: TableDiff, key: Key) -> str:
    if not table.key_columns:
        return "|".join(key)
    named = " ".join(f"{c}={v}" for c, v in zip(table.key_columns, key, strict=False))
    repeat = key[len(table.key_columns) :]
    return f"{named} {repeat[0]}" if repeat else named


def label(row: Row) -> str:
    for column in LABEL_COLUMNS:
        if row.get(column):
            text = " ".join(row[column].split())
            return f' "{text[:80]}…"' if len(text) > 80 else f' "{text}"'
    return ""


def render_summary(diff: FolderDiff, *, limit: int = 20) -> str:
    """Counts per file, then up to `limit` rows of each change per file."""
    if diff.unchanged:
        return "no changes"
    lines = []
    for table in diff.tables:
        if table.unchanged:
            continue
        lines.append(f"{table.name}.csv: +{len(table.added)} -{len(table.removed)} ~{len(table.changed)}")
        for sign, entries in (("+", table.added), ("-", table.removed)):
            for key, row in entries[:limit]:
                lines.append(f"  {sign} {describe_key(table, key)}{label(row)}")
            if len(entries) > limit:
                lines.append(f"  {sign} … and {len(entries) - limit} more")
        for change in table.changed[:limit]:
            moved = ", ".join(f"{c}: {old!r} -> {new!r}" for c, (old, new) in change.cells.items())
            lines.append(f"  ~ {describe_key(table, change.key)}{label(change.new)}: {moved}")
        if len(table.changed) > limit:
            lines.append(f"  ~ … and {len(table.changed) - limit} more")
    return "\n".join(lines)


def render_csv(diff: FolderDiff) -> str:
    """One row per added or removed row (the whole row as JSON) and per changed cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "change", "key", "column", "old", "new"])
    for table in diff.tables:
        file = f"{table.name}.csv"
        for key, row in table.added:
            writer.writerow([file, "added", describe_key(table, key), "", "", json.dumps(row, ensure_ascii=False)])
        for key, row in table.removed:
            writer.writerow([file, "removed", describe_key(table, key), "", json.dumps(row, ensure_ascii=False), ""])
        for change in table.changed:
            for column, (old, new) in change.cells.items():
                writer.writerow([file, "changed", describe_key(table, change.key), column, old, new])
    return buffer.getvalue()
