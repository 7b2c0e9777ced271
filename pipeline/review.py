"""A static HTML report for checking an output folder by eye.

In: an output folder written by `press-events run` (its CSVs; the text of each document
from the run's store, or, when the store is gone, from the path in documents.csv).  Out:
`OUTDIR/review/`: `index.html` (charts of events over time and of trade figures and
targets, the events table with links to their evidence, the documents) and one page per
document under `docs/`, with every mention highlighted by kind and its normalized value
beside it.  Everything is self-contained (inline CSS, inline SVG, a few lines of inline
script for sorting), linked relatively, so the folder can be zipped and opened anywhere.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path

from .records import MENTION_KINDS
from .store import STORE_NAME, Store

REVIEW_FOLDER = "review"
# Of a doc_id kept in its page's file name (plus a hash): file systems allow 255 bytes a name.
PAGE_NAME_CHARS = 80
KIND_LABELS = {"leaders": "leader", "dates": "date", "money": "money", "agreements": "agreement"}
KIND_COLOURS = {"leaders": "#aee2ff", "dates": "#ffe08a", "money": "#b8f2b0", "agreements": "#f6c1f0"}
EVENT_COLOURS = {
    "visit": "#1f77b4",
    "meeting": "#ff7f0e",
    "signing": "#2ca02c",
    "trade_figure": "#d62728",
    "trade_target": "#9467bd",
    "award": "#8c564b",
    "investment": "#e377c2",
    "election": "#7f7f7f",
    "other": "#bcbd22",
}
TRADE_EVENTS = ("trade_figure", "trade_target")


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
        for row in output.tables[kind]:
            start, end = int(row["start_char"]), int(row["end_char"])
            if row["doc_id"] == doc_id and text[start:end] == row["text"]:
                spans.append(Span(kind, start, end, row["mention_id"], normalized_value(kind, row)))
    return spans


def highlighted_text(
    text: str, spans: list[Span], sentences: dict[int, tuple[int, int]], evidence: dict[int, list[str]]
) -> str:
    """The text as HTML: sentences as targets (#s<id>), mentions as <mark>s with their value beside them.

    Overlapping mentions are cut at every boundary; each piece is coloured by the innermost
    mention covering it and names all of them on hover.
    """
    starts = {start: sid for sid, (start, _end) in sentences.items()}
    ends = {end: sid for sid, (_start, end) in sentences.items()}
    cuts = sorted({0, len(text), *starts, *ends, *(s.start for s in spans), *(s.end for s in spans)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    parts: list[str] = []
    open_sentence: int | None = None
    for a, b in pairwise(cuts):
        if a in starts and open_sentence is None:
            open_sentence = starts[a]
            classes = "sentence evidence" if open_sentence in evidence else "sentence"
            parts.append(f'<span class="{classes}" id="s{open_sentence}">')
        parts.append(marked_piece(text, a, b, spans))
        parts += [
            f'<span class="value k-{span.kind}">{KIND_LABELS[span.kind]}: {html.escape(span.value)}</span>'
            for span in spans
            if span.end == b
        ]
        if open_sentence is not None and ends.get(b) == open_sentence:
            links = " ".join(
                f'<a class="event-link" href="../index.html#{html.escape(e)}">{html.escape(e)}</a>'
                for e in evidence.get(open_sentence, [])
            )
            parts.append(f"{links}</span>")
            open_sentence = None
    if open_sentence is not None:
        parts.append("</span>")
    return "".join(parts)


def marked_piece(text: str, a: int, b: int, spans: list[Span]) -> str:
    """text[a:b] as HTML, inside a <mark> of the innermost mention covering it (naming all of them)."""
    piece = html.escape(text[a:b])
    covering = sorted((s for s in spans if s.start <= a and b <= s.end), key=lambda s: s.end - s.start)
    if not covering:
        return piece
    inner = covering[0]
    title = html.escape("\n".join(f"{KIND_LABELS[s.kind]}: {s.value}" for s in covering), quote=True)
    anchor = f' id="{html.escape(inner.mention_id)}"' if inner.start == a else ""
    overlap = " overlap" if len(covering) > 1 else ""
    # Mentions starting here under a shorter one still need a target for their table row.
    targets = "".join(f'<span id="{html.escape(s.mention_id)}"></span>' for s in covering[1:] if s.start == a)
    return f'{targets}<mark class="k-{inner.kind}{overlap}"{anchor} title="{title}">{piece}</mark>'


STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 1200px; padding: 0 1em; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; cursor: pointer; position: sticky; top: 0; }
tr:target { background: #fff3a0; }
.text { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; background: #fcfcfc; }
mark { border-radius: 3px; padding: 0 1px; }
mark.overlap { outline: 2px dashed #555; }
.value { font-size: 11px; color: #444; border-radius: 3px; padding: 0 3px; margin: 0 2px; }
.sentence.evidence { background: #e8eefc; }
.sentence:target { background: #fff3a0; outline: 2px solid #e0b000; }
.event-link { font-size: 11px; background: #333; color: #fff; border-radius: 3px; padding: 0 3px; }
.legend span { margin-right: 1em; padding: 0 4px; border-radius: 3px; }
.empty, .note { color: #777; font-style: italic; }
svg text { font: 11px system-ui, sans-serif; }
""" + "".join(
    f"mark.k-{kind}, .value.k-{kind}, .legend .k-{kind} {{ background: {colour}; }}\n"
    for kind, colour in KIND_COLOURS.items()
)

# Our own few lines, inline: click a column header to sort by it (numbers as numbers).
SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach((th, column) => th.addEventListener("click", () => {
  const body = th.closest("table").tBodies[0];
  const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim();
  const ascending = th.dataset.order !== "asc";
  th.dataset.order = ascending ? "asc" : "desc";
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const numeric = x !== "" && y !== "" && !isNaN(x) && !isNaN(y);
    return (numeric ? x - y : x.localeCompare(y)) * (ascending ? 1 : -1);
  });
  body.append(...rows);
}));
"""


def page(title: str, body: str, *, script: bool = False) -> str:
    tail = f"<script>{SORT_SCRIPT}</script>" if script else ""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head>\n<body>\n{body}\n{tail}</body></html>\n"
    )


def table(headers: list[str], rows: list[str], *, table_id: str = "", sortable: bool = True) -> str:
    attributes = (f' id="{table_id}"' if table_id else "") + (' class="sortable"' if sortable else "")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return f"<table{attributes}><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"


def cells(*values: str) -> str:
    """Table cells from HTML that is already escaped."""
    return "".join(f"<td>{v}</td>" for v in values)


def parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def timeline_svg(events: list[dict[str, str]]) -> str:
    """Events by date, one lane per type; each mark links to its row in the events table."""
    dated = [(e, start, parse_day(e["date_end"]) or start) for e in events if (start := parse_day(e["date_start"]))]
    if not dated:
        return '<p class="empty">No dated events.</p>'
    types = sorted({e["type"] for e, _, _ in dated})
    first, last = min(s for _, s, _ in dated), max(e for _, _, e in dated)
    width, left, lane = 1100, 110, 26
    height = 40 + lane * len(types)
    x = scale(first, last, left, width - 40)
    parts = [axis(first, last, x, height - 20, top=10)]
    for row, event_type in enumerate(types):
        y = 20 + row * lane
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{html.escape(event_type)}</text>')
        parts.append(f'<line x1="{left}" x2="{width - 40}" y1="{y}" y2="{y}" stroke="#eee"/>')
    for event, start, end in dated:
        y = 20 + types.index(event["type"]) * lane
        colour = EVENT_COLOURS.get(event["type"], "#444")
        label = html.escape(
            f"{event['event_id']} {event['type']} {event['date_start']}–{event['date_end']}: {event['evidence'][:160]}"
        )
        if end > start:
            mark = (
                f'<rect x="{x(start):.1f}" y="{y - 6}" width="{max(x(end) - x(start), 3):.1f}" height="12"'
                f' fill="{colour}" fill-opacity="0.45" stroke="{colour}"/>'
            )
        else:
            mark = f'<circle cx="{x(start):.1f}" cy="{y}" r="5" fill="{colour}"/>'
        parts.append(f'<a href="#{html.escape(event["event_id"])}"><title>{label}</title>{mark}</a>')
    undated = len(events) - len(dated)
    note = f'<p class="note">{undated} event(s) without a date are not drawn.</p>' if undated else ""
    return svg(width, height, parts, "Events by date") + note


def trade_svg(events: list[dict[str, str]]) -> str:
    """Trade figures (dots, joined in time) and targets (hollow diamonds), one panel per currency."""
    points = [
        (e, parse_day(e["date_start"]), parse_day(e["date_end"]), float(e["amount"]))
        for e in events
        if e["type"] in TRADE_EVENTS and e["amount"] and parse_day(e["date_start"])
    ]
    if not points:
        return '<p class="empty">No dated trade figures or targets.</p>'
    by_currency: dict[str, list] = defaultdict(list)
    for event, start, end, amount in points:
        middle = start + (max(end or start, start) - start) / 2
        by_currency[event["currency"] or "?"].append((event, middle, amount))
    panels = []
    width, left, height = 1100, 110, 220
    for currency, series in sorted(by_currency.items()):
        first, last = min(d for _, d, _ in series), max(d for _, d, _ in series)
        x = scale(first, last, left, width - 40)
        top = max(a for _, _, a in series) * 1.1 or 1.0

        def y(amount: float, top: float = top) -> float:
            return height - 30 - (height - 50) * amount / top

        parts = [axis(first, last, x, height - 30, top=15)]
        for fraction in (0, 0.5, 1):
            tick = f'<text x="{left - 8}" y="{y(top * fraction) + 4:.1f}" text-anchor="end">'
            parts.append(f"{tick}{format_amount(top * fraction)}</text>")
        figures = sorted((d, a) for e, d, a in series if e["type"] == "trade_figure")
        if len(figures) > 1:
            path = " ".join(f"{x(d):.1f},{y(a):.1f}" for d, a in figures)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{EVENT_COLOURS["trade_figure"]}"/>')
        for event, day, amount in series:
            cx, cy = x(day), y(amount)
            when = f"{event['date_start']}–{event['date_end']}"
            label = html.escape(f"{event['event_id']} {event['type']} {format_amount(amount)} {currency} {when}")
            if event["type"] == "trade_figure":
                mark = f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{EVENT_COLOURS["trade_figure"]}"/>'
            else:
                diamond = f"{cx:.1f},{cy - 7:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 7:.1f} {cx - 7:.1f},{cy:.1f}"
                stroke = EVENT_COLOURS["trade_target"]
                mark = f'<polygon points="{diamond}" fill="white" stroke="{stroke}" stroke-width="2"/>'
            parts.append(f'<a href="#{html.escape(event["event_id"])}"><title>{label}</title>{mark}</a>')
        parts.append(f'<text x="{left}" y="12">{html.escape(currency)}: ● trade figure  ◇ target</text>')
        panels.append(svg(width, height, parts, f"Trade figures and targets in {currency}"))
    return "\n".join(panels)


def scale(first: date, last: date, left: float, right: float) -> Callable[[date], float]:
    """Maps a date to an x position; a single day gets a month of room on each side."""
    if first == last:
        first, last = date.fromordinal(first.toordinal() - 30), date.fromordinal(last.toordinal() + 30)
    span = last.toordinal() - first.toordinal()
    return lambda day: left + (right - left) * (day.toordinal() - first.toordinal()) / span


def axis(first: date, last: date, x: Callable[[date], float], baseline: float, *, top: float) -> str:
    """Year ticks, or month ticks when the dates fall within two years."""
    if last.year - first.year >= 2:
        ticks = [(date(year, 1, 1), str(year)) for year in range(first.year, last.year + 2)]
    else:
        months = [(year, month) for year in range(first.year, last.year + 2) for month in range(1, 13)]
        step = last.year - first.year + 1  # every month within a year, every other across two: labels stay apart
        ticks = [(date(year, month, 1), f"{year}-{month:02d}") for year, month in months[::step]]
    lo, hi = x(first), x(last)
    lines = []
    for day, label in ticks:
        position = x(day)
        if lo - 40 <= position <= hi + 40 and position >= 0:
            lines.append(
                f'<line x1="{position:.1f}" x2="{position:.1f}" y1="{top}" y2="{baseline}" stroke="#ddd"/>'
                f'<text x="{position:.1f}" y="{baseline + 14}" text-anchor="middle">{label}</text>'
            )
    return "".join(lines)


def svg(width: int, height: int, parts: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' role="img" aria-label="{html.escape(title)}">' + "".join(parts) + "</svg>"
    )


def document_page(output: Output, document: dict[str, str], evidence: dict[int, list[str]]) -> str:
    """One document: its text with every mention highlighted, then its mentions as tables."""
    doc_id = document["doc_id"]
    text = output.texts.get(doc_id)
    legend = "".join(f'<span class="k-{kind}">{KIND_LABELS[kind]}</span>' for kind in MENTION_KINDS)
    facts = ", ".join(
        f"{name} {html.escape(document[name])}" for name in ("published", "status", "message") if document.get(name)
    )
    parts = [
        '<p><a href="../index.html">← all events and documents</a></p>',
        f"<h1>{html.escape(document['title'] or doc_id)}</h1>",
        f"<p><code>{html.escape(doc_id)}</code> · {facts}</p>",
        f'<p class="legend">{legend} <span>(hover a highlight for every mention under it)</span></p>',
    ]
    spans = spans_of(output, doc_id) if text is not None else []
    if text is None:
        parts.append('<p class="empty">The text is not available: the run\'s store is not in this folder.</p>')
    else:
        sentences = output.sentences.get(doc_id, {})
        parts.append(f'<div class="text">{highlighted_text(text, spans, sentences, evidence)}</div>')
    drawn = {s.mention_id for s in spans}
    for kind in MENTION_KINDS:
        rows = []
        for row in output.tables[kind]:
            if row["doc_id"] != doc_id:
                continue
            target = f"#{row['mention_id']}" if row["mention_id"] in drawn else f"#s{row['sentence_id']}"
            warning = "" if row["mention_id"] in drawn or text is None else " ⚠ offsets do not match the text"
            rows.append(
                "<tr>"
                + cells(
                    f'<a href="{html.escape(target)}">{html.escape(row["mention_id"])}</a>',
                    html.escape(row["text"]) + warning,
                    html.escape(normalized_value(kind, row)),
                    html.escape(row["sentence_id"]),
                )
                + "</tr>"
            )
        parts.append(f"<h2>{kind} ({len(rows)})</h2>")
        parts.append(
            table(["mention", "text", "normalized", "sentence"], rows) if rows else '<p class="empty">none</p>'
        )
    return page(f"{doc_id} – review", "\n".join(parts), script=True)


def index_page(output: Output, pages: dict[str, str]) -> str:
    """The events table with links to their evidence, the charts, and the documents."""
    events = output.tables["events"]
    sentences_of: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in output.tables["event_mentions"]:
        sentences_of[row["event_id"]].append(row)
    event_rows = []
    for event in events:
        links = "<br>".join(
            f'<a href="docs/{pages[m["doc_id"]]}#s{html.escape(m["sentence_id"])}">'
            f"{html.escape(m['doc_id'])} §{html.escape(m['sentence_id'])}</a>"
            for m in sentences_of[event["event_id"]]
            if m["doc_id"] in pages
        )
        when = (
            event["date_start"]
            if event["date_start"] == event["date_end"]
            else f"{event['date_start']} – {event['date_end']}"
        )
        amount = f"{format_amount(event['amount'])} {event['currency']}" if event["amount"] else ""
        event_rows.append(
            f'<tr id="{html.escape(event["event_id"])}">'
            + cells(
                html.escape(event["event_id"]),
                html.escape(event["type"]),
                html.escape(when),
                html.escape(event["leaders"].replace(";", "; ")),
                html.escape(event["countries"].replace(";", " ")),
                html.escape(event["location"]),
                html.escape(event["agreements"].replace(";", "; ")),
            )
            + f'<td data-sort="{html.escape(event["amount"])}">{html.escape(amount)}</td>'
            + cells(
                f'{html.escape(event["evidence"])}<br><span class="note">evidence:</span> {links}',
                html.escape(event["mention_count"]),
                html.escape(event["confidence"]),
            )
            + "</tr>"
        )
    counts = {kind: defaultdict(int) for kind in MENTION_KINDS}
    for kind in MENTION_KINDS:
        for row in output.tables[kind]:
            counts[kind][row["doc_id"]] += 1
    document_rows = [
        "<tr>"
        + cells(
            f'<a href="docs/{pages[d["doc_id"]]}">{html.escape(d["doc_id"])}</a>',
            html.escape(d["title"]),
            html.escape(d["published"]),
            html.escape(d["status"] + (f": {d['message']}" if d["message"] else "")),
            *(str(counts[kind][d["doc_id"]]) for kind in MENTION_KINDS),
        )
        + "</tr>"
        for d in output.tables["documents"]
    ]
    headers = ["event", "type", "date", "leaders", "countries", "location", "agreements", "amount"]
    parts = [
        f"<h1>Review of {html.escape(output.folder.resolve().name)}</h1>",
        f"<p>{len(events)} events from {len(output.tables['documents'])} documents. Click a column header to sort;"
        " click an evidence link to see the sentence highlighted in its article.</p>",
        "<h2>Events over time</h2>",
        timeline_svg(events),
        "<h2>Trade figures and targets</h2>",
        trade_svg(events),
        f"<h2>Events ({len(events)})</h2>",
        table(headers + ["evidence", "sentences", "confidence"], event_rows, table_id="events")
        if events
        else '<p class="empty">No events.</p>',
        f"<h2>Documents ({len(document_rows)})</h2>",
        table(["document", "title", "published", "status", *MENTION_KINDS], document_rows, table_id="documents"),
    ]
    return page("press-events review", "\n".join(parts), script=True)


def write_review(folder: Path | str) -> Path:
    """Write the report into `folder/review/`; returns the path of its index.html."""
    output = read_output(Path(folder))
    target = Path(folder) / REVIEW_FOLDER
    (target / "docs").mkdir(parents=True, exist_ok=True)
    pages = {d["doc_id"]: page_name(d["doc_id"]) for d in output.tables["documents"]}
    evidence: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in output.tables["event_mentions"]:
        evidence[row["doc_id"]][int(row["sentence_id"])].append(row["event_id"])
    for document in output.tables["documents"]:
        html_text = document_page(output, document, evidence[document["doc_id"]])
        (target / "docs" / pages[document["doc_id"]]).write_text(html_text, encoding="utf-8")
    index = target / "index.html"
    index.write_text(index_page(output, pages), encoding="utf-8")
    return index
