"""Loading rule files from `patterns/`, strictly.

In: a path to a JSONL or CSV file and the keys/columns it must and may have.  Out: a list
of plain dicts, one per record, each carrying `_line` (its line number) so that later
errors can point back to it.  Any malformed record raises `PatternError` naming the file
and the line, so a reviewer who broke a rule file sees exactly where.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.schemas import validate_token_pattern

PATTERNS_ENV = "PRESS_EVENTS_PATTERNS"


class PatternError(ValueError):
    """A rule file in patterns/ is malformed; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = Path(path)
        self.line = line


def default_patterns_dir() -> Path:
    """`$PRESS_EVENTS_PATTERNS`, else the `patterns/` folder of the checkout we run from."""
    if os.environ.get(PATTERNS_ENV):
        return Path(os.environ[PATTERNS_ENV])
    return Path(__file__).resolve().parent.parent / "patterns"


def _check_keys(
    path: Path, line: int, record: dict[str, Any], required: Iterable[str], optional: Iterable[str]
) -> None:
    required, optional = set(required), set(optional)
    missing = required - record.keys()
    if missing:
        raise PatternError(path, line, f"missing key(s) {sorted(missing)}")
    unknown = record.keys() - required - optional
    if unknown:
        allowed = sorted(required | optional)
        raise PatternError(path, line, f"unknown key(s) {sorted(unknown)}; allowed: {allowed}")


def _text(path: Path) -> str:
    """A rule file's text; one that is not UTF-8 is an error at the line of its first bad byte."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise PatternError(
            path, line, "not UTF-8: save the file as UTF-8 (spreadsheets offer it under 'CSV UTF-8')"
        ) from None


def read_jsonl(path: Path | str, *, required: Iterable[str], optional: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Records of a JSONL rule file; blank lines and lines starting with `//` are skipped."""
    path = Path(path)
    required, optional = list(required), list(optional)
    if not path.is_file():
        raise PatternError(path, None, "rule file not found")
    records = []
    for line_no, raw in enumerate(_text(path).splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise PatternError(path, line_no, f"not valid JSON ({err.msg})") from None
        if not isinstance(record, dict):
            raise PatternError(path, line_no, "each line must be a JSON object")
        _check_keys(path, line_no, record, required, optional)
        record["_line"] = line_no
        records.append(record)
    return records


def read_csv(path: Path | str, *, required: Iterable[str], optional: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of a CSV rule file with a header; rows whose first cell starts with `#` are comments."""
    path = Path(path)
    required, optional = list(required), list(optional)
    if not path.is_file():
        raise PatternError(path, None, "rule file not found")
    with io.StringIO(_text(path), newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        _check_keys(path, 1, dict.fromkeys(header, ""), required, optional)
        rows = []
        for row in reader:
            line_no = reader.line_num
            first = next(iter(row.values()), "") or ""
            if first.startswith("#") or not any((v or "").strip() for v in row.values()):
                continue
            if None in row:
                raise PatternError(path, line_no, f"more cells than the {len(header)} columns")
            for column in required:
                if row.get(column) is None:
                    raise PatternError(path, line_no, f"fewer cells than the {len(header)} columns")
            clean: dict[str, Any] = {k: (v or "").strip() for k, v in row.items()}
            clean["_line"] = line_no
            rows.append(clean)
    return rows


def require(record: dict[str, Any], path: Path | str, condition: bool, problem: str) -> None:
    """Raise a PatternError at the record's line unless `condition` holds."""
    if not condition:
        raise PatternError(path, record.get("_line"), problem)


def require_token_pattern(record: dict[str, Any], path: Path | str, key: str = "pattern") -> list[dict[str, Any]]:
    """The record's spaCy token pattern, checked against spaCy's own pattern schema."""
    pattern = record[key]
    require(record, path, isinstance(pattern, list) and bool(pattern), f"{key} must be a non-empty list of token dicts")
    problems = [problem.replace("[pattern -> ", "[") for problem in validate_token_pattern(pattern)]
    require(
        record,
        path,
        not problems,
        f"{key} is not a spaCy token pattern: {'; '.join(problems)} "
        "(keys and operators as in https://spacy.io/usage/rule-based-matching)",
    )
    return pattern


def file_stamp(path: Path) -> tuple[int, int]:
    """A rule file's modification time and size, (0, 0) when it is missing: part of a cache key, so that a
    cache of what a file holds follows every edit of it."""
    try:
        stat = path.stat()
    except OSError:
        return 0, 0
    return stat.st_mtime_ns, stat.st_size


def fingerprint(patterns_dir: Path | str) -> str:
    """A hash of every rule file's name and content: changes whenever any rule changes."""
    root = Path(patterns_dir)
    digest = hashlib.sha256()
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()
