"""What the review report shows, read from an output folder and prepared for the page.

Pure data: the CSV rows and document texts of a run (`read_output`), each mention's value in
words, and the records the workbench script reads from the page's JSON block (`workbench_data`,
`document_data`). No HTML here: `pages.py` and `charts.py` draw, `workbench.js` filters and decides.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.frames import event_types
from ..records import MENTION_KINDS
from ..store import STORE_NAME, Store

# Of a doc_id kept in its page's file name (plus a hash): file systems allow 255 bytes a name.
PAGE_NAME_CHARS = 80
KIND_LABELS = {"leaders": "leader", "dates": "date", "money": "money", "agreements": "agreement"}
# The event types in the order of patterns/events/types.csv, the one table that says what a type is.
EVENT_TYPES = tuple(event_types())
STATUSES = ("reported", "planned", "background")
TRADE_EVENTS = ("trade_figure", "trade_target")
UNKNOWN_PAIR = "?"


class ReviewError(ValueError):
    """The folder cannot be reviewed (not an output folder); the message says why."""


@dataclass(frozen=True)
class Span:
    """One mention as the document page draws it."""

    kind: str
    start: int
    end: int
    mention_id: str
    value: str  # the normalized value, in words


@dataclass
class Output:
    """What a run wrote, read back: rows per file, and each document's text and sentences."""

    folder: Path
    tables: dict[str, list[dict[str, str]]]
    texts: dict[str, str] = field(default_factory=dict)
    sentences: dict[str, dict[int, tuple[int, int]]] = field(default_factory=dict)
    _by_doc: dict[str, dict[str, list[dict[str, str]]]] = field(default_factory=dict, repr=False)

    def mentions_in(self, kind: str, doc_id: str) -> list[dict[str, str]]:
        """The rows of one mention file for one document (grouped once: a page per document reads them)."""
        if kind not in self._by_doc:
            grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
            for row in self.tables[kind]:
                grouped[row["doc_id"]].append(row)
            self._by_doc[kind] = grouped
        return self._by_doc[kind].get(doc_id, [])


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_output(folder: Path) -> Output:
    """The CSVs of an output folder, and the document texts from its store.

    Texts come from the store only, never from the paths documents.csv names: a report must not
    embed whatever file an edited documents.csv points at.
    """
    if not (folder / "documents.csv").is_file():
        raise ReviewError(f"{folder} is not an output folder of press-events run (no documents.csv)")
    names = ("documents", *MENTION_KINDS, "events", "event_mentions")
    output = Output(folder, {name: read_rows(folder / f"{name}.csv") for name in names})
    if (folder / STORE_NAME).is_file():
        with Store(folder / STORE_NAME) as store:
            for extraction in store.extractions():
                doc_id = extraction.document.doc_id
                output.texts[doc_id] = extraction.document.text
                output.sentences[doc_id] = dict(enumerate(extraction.sentences))
    # Without the store, the sentences that support events are still known from the provenance.
    for row in output.tables["event_mentions"]:
        bounds = output.sentences.setdefault(row["doc_id"], {})
        bounds.setdefault(int(row["sentence_id"]), (int(row["start_char"]), int(row["end_char"])))
    return output


def page_name(doc_id: str) -> str:
    """A file name for a document's page: readable, short enough for any file system, and distinct
    even when doc_ids differ only in odd characters or beyond the part kept."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "document"
    if safe != doc_id or len(safe) > PAGE_NAME_CHARS:
        safe = safe[:PAGE_NAME_CHARS] + "-" + hashlib.sha1(doc_id.encode()).hexdigest()[:8]
    return f"{safe}.html"


def normalized_value(kind: str, row: dict[str, str]) -> str:
    """The value a mention was normalized to, as a reviewer reads it."""
    if kind == "leaders":
        details = ", ".join(v for v in (row["role"], row["country"]) if v)
        return f"{row['name']} [{row['leader_id']}]" + (f" ({details})" if details else "")
    if kind == "dates":
        when = row["start"] if row["start"] == row["end"] else f"{row['start']} – {row['end']}"
        return f"{when or 'unresolved'} ({row['precision'] or 'no precision'})"
    if kind == "money":
        qualifier = f"{row['qualifier']} " if row["qualifier"] else ""
        return f"{qualifier}{format_amount(row['amount'])} {row['currency']}".strip()
    details = ", ".join(v for v in (row["type"], row["parties"], row["year"]) if v)
    return f"{row['name']} [{row['agreement_id']}]" + (f" ({details})" if details else "")


def format_amount(amount: str | float) -> str:
    if amount in ("", None):
        return "?"
    value = float(amount)
    for scale, suffix in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:,.0f}"


def spans_of(output: Output, doc_id: str) -> list[Span]:
    """Every mention of the document whose offsets fit its text."""
    text = output.texts.get(doc_id, "")
    spans = []
    for kind in MENTION_KINDS:
        for row in output.mentions_in(kind, doc_id):
            start, end = int(row["start_char"]), int(row["end_char"])
            if text[start:end] == row["text"]:
                spans.append(Span(kind, start, end, row["mention_id"], normalized_value(kind, row)))
    return spans


def split_list(value: str) -> list[str]:
    return [v for v in value.split(";") if v]


def country_pair(event: dict[str, str]) -> str:
    """The countries a trade figure is between, as one label ('KZ–UZ'); '?' when none is known."""
    return "–".join(sorted(split_list(event["countries"]))) or UNKNOWN_PAIR


def event_record(event: dict[str, str], links: list[list[Any]]) -> dict[str, Any]:
    """One event as the workbench script reads it (short keys: 10,000 of them travel in the page)."""
    return {
        "id": event["event_id"],
        "type": event["type"],
        "status": event.get("status", ""),
        "start": event["date_start"],
        "end": event["date_end"],
        "leaders": split_list(event["leader_ids"]),
        "countries": split_list(event["countries"]),
        "location": event["location"],
        "agreements": split_list(event["agreements"]),
        "amount": float(event["amount"]) if event["amount"] else None,
        "amountText": f"{format_amount(event['amount'])} {event['currency']}" if event["amount"] else "",
        "docs": split_list(event["doc_ids"]),
        "evidence": event["evidence"],
        "n": int(event["mention_count"] or 0),
        "conf": float(event["confidence"] or 0),
        "links": links,
    }


def leader_names(events: list[dict[str, str]]) -> dict[str, str]:
    """Leader id to canonical name, from the events' parallel id and name lists."""
    names: dict[str, str] = {}
    for event in events:
        names.update(zip(split_list(event["leader_ids"]), split_list(event["leaders"]), strict=False))
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def workbench_data(output: Output, pages: dict[str, str]) -> dict[str, Any]:
    """Everything the index page's script needs: the events, and the names behind their ids."""
    links: dict[str, list[list[Any]]] = defaultdict(list)
    for row in output.tables["event_mentions"]:
        if row["doc_id"] in pages:
            links[row["event_id"]].append([row["doc_id"], int(row["sentence_id"])])
    events = output.tables["events"]
    return {
        "report": output.folder.resolve().name,
        "events": [event_record(e, links[e["event_id"]]) for e in events],
        "leaders": leader_names(events),
        "documents": {d["doc_id"]: d["title"] for d in output.tables["documents"]},
        "pages": pages,
        "types": list(EVENT_TYPES),
        "statuses": list(STATUSES),
    }


def mention_record(kind: str, row: dict[str, str], text: str | None) -> dict[str, Any]:
    start, end = int(row["start_char"]), int(row["end_char"])
    # The text as the store has it: the CSV's may carry a formula-defusing apostrophe.
    raw = text[start:end] if text is not None and text[start:end] == row["text"].lstrip("'") else row["text"]
    return {
        "id": row["mention_id"],
        "kind": kind,
        "text": raw,
        "start": start,
        "end": end,
        "value": normalized_value(kind, row),
    }


def known_ids(output: Output) -> dict[str, dict[str, str]]:
    """The leader and agreement ids a mention can be mapped to, with their names."""
    return {
        kind: dict(sorted({r[f"{KIND_LABELS[kind]}_id"]: r["name"] for r in output.tables[kind]}.items()))
        for kind in ("leaders", "agreements")
    }


def document_data(output: Output, doc_id: str) -> dict[str, Any]:
    """What a document page's script needs: its mentions, and the ids they can be mapped to."""
    text = output.texts.get(doc_id)
    mentions = [mention_record(k, r, text) for k in MENTION_KINDS for r in output.mentions_in(k, doc_id)]
    return {"report": output.folder.resolve().name, "doc_id": doc_id, "mentions": mentions, "ids": known_ids(output)}


def json_block(element_id: str, data: Any) -> str:
    """Data for the page's script, safe inside <script>: no '<', '>' or '&' survives as itself."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="{element_id}">{text}</script>'
