"""The report's HTML pages: the index (workbench) and one page per document, and `write_review`.

Every text from an article or a CSV is escaped here (`html.escape`) or travels in a JSON block
(`data.json_block`) that the script puts in the page with textContent only.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from functools import cache
from itertools import pairwise
from pathlib import Path

from ..records import MENTION_KINDS
from .charts import leaders_svg, timeline_svg, trade_svg, type_legend
from .data import (
    KIND_LABELS,
    Output,
    Span,
    document_data,
    json_block,
    known_ids,
    leader_names,
    normalized_value,
    page_name,
    read_output,
    spans_of,
    workbench_data,
)

REVIEW_FOLDER = "review"
HERE = Path(__file__).parent


@cache
def asset(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


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
    ids = html.escape(" ".join(s.mention_id for s in covering), quote=True)
    return (
        f'{targets}<mark class="k-{inner.kind}{overlap}"{anchor} title="{title}" data-mentions="{ids}">{piece}</mark>'
    )


def page(title: str, body: str, data: str) -> str:
    """A whole page: our style, the body, the page's JSON data, the workbench script and the decisions panel."""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{asset('review.css')}</style></head>\n<body>\n{body}\n"
        f"{data}\n<script>{asset('workbench.js')}</script></body></html>\n"
    )


def decisions_panel() -> str:
    return """<aside id="decisions" aria-label="Your decisions"><details open>
<summary><h2 id="decisions-title">Your decisions (<span id="decision-count">0</span>)</h2></summary>
<p>Reject or merge events in the table, reject or map mentions on a document's page. The rows below
go at the end of <code>patterns/corrections.csv</code>; then re-run <code>press-events run</code>.</p>
<ol id="decision-list"></ol>
<label for="corrections">Rows for patterns/corrections.csv</label>
<textarea id="corrections" readonly spellcheck="false"></textarea>
<p><button type="button" id="copy-rows">Copy rows</button>
<button type="button" id="download-rows">Download rows</button>
<button type="button" id="clear-decisions">Clear all</button></p>
<p id="decision-status" role="status" aria-live="polite"></p>
</details></aside>"""


def sortable_table(headers: list[str], rows: list[str], *, table_id: str = "") -> str:
    attributes = (f' id="{table_id}"' if table_id else "") + ' class="sortable"'
    head = "".join(f'<th aria-sort="none"><button type="button">{html.escape(h)}</button></th>' for h in headers)
    return f"<table{attributes}><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"


def cells(*values: str) -> str:
    """Table cells from HTML that is already escaped."""
    return "".join(f"<td>{v}</td>" for v in values)


def select(name: str, label: str) -> str:
    return f'<label>{label}<select name="{name}"><option value="">all</option></select></label>'


FILTERS = (
    '<form id="filters" role="search" aria-label="Filter the events">'
    + select("type", "Type")
    + select("status", "Status")
    + select("leader", "Leader")
    + select("country", "Country")
    + select("doc", "Document")
    + '<label>From <input type="date" name="from"></label><label>To <input type="date" name="to"></label>'
    + '<label>Confidence below <input type="number" name="conf" min="0" max="1.01" step="0.05" size="5"></label>'
    + '<label>Evidence contains <input type="search" name="q" placeholder="words in the sentence"></label>'
    + '<button type="reset">Clear filters</button></form>'
)
EVENT_COLUMNS = (
    ("", ""),
    ("id", "event"),
    ("type", "type"),
    ("status", "status"),
    ("date", "date"),
    ("leaders", "leaders"),
    ("countries", "countries, place"),
    ("", "agreements"),
    ("amount", "amount"),
    ("n", "sent."),
    ("conf", "conf."),
    ("", "evidence"),
)


def events_table() -> str:
    head = "".join(
        f'<th data-sort="{key}" aria-sort="none"><button type="button">{label}</button></th>'
        if key
        else f"<th>{label or '<span class=note>decide</span>'}</th>"
        for key, label in EVENT_COLUMNS
    )
    return (
        f'<p id="event-count" role="status" aria-live="polite"></p>'
        f'<div class="table-wrap"><table id="events"><thead><tr>{head}</tr></thead>'
        '<tbody id="events-body"></tbody></table></div>'
        '<div class="pager"><button type="button" id="prev-page">← previous</button><span id="page-info"></span>'
        '<button type="button" id="next-page">next →</button>'
        '<button type="button" id="merge-selected" disabled>Merge selected events</button></div>'
    )


def document_rows(output: Output, pages: dict[str, str]) -> list[str]:
    counts = {kind: defaultdict(int) for kind in MENTION_KINDS}
    for kind in MENTION_KINDS:
        for row in output.tables[kind]:
            counts[kind][row["doc_id"]] += 1
    return [
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


def index_page(output: Output, pages: dict[str, str]) -> str:
    """The workbench: filters, the events table, the decisions, the charts, the documents."""
    events = output.tables["events"]
    documents = document_rows(output, pages)
    name = html.escape(output.folder.resolve().name)
    body = f"""<header><h1>Review of {name}</h1>
<p>{len(events)} events from {len(documents)} documents. <span id="load-time" role="status"></span></p>
<nav aria-label="Sections"><a href="#events-section">Events</a><a href="#trade-section">Trade by country pair</a>
<a href="#leaders-section">Leaders</a>
<a href="#timeline-section">Events over time</a><a href="#documents-section">Documents</a></nav>
</header>
<div class="layout"><main>
<section id="events-section" aria-labelledby="events-title"><h2 id="events-title">Events</h2>
{FILTERS}
{events_table()}
</section>
<section id="trade-section"><h2>Trade figures and targets by country pair</h2>
<p class="note">One panel per currency: amounts in different currencies are never added or compared.
One colour per country pair: ● a trade figure (a pair's figures are joined in time), ◇ a target.</p>
{trade_svg(events)}</section>
<section id="leaders-section"><h2>Leaders: each one's events over time</h2>
<p class="legend">{type_legend()}</p>{leaders_svg(events, leader_names(events))}</section>
<section id="timeline-section"><h2>Events over time</h2>{timeline_svg(events)}</section>
<section id="documents-section"><h2>Documents ({len(documents)})</h2>
{sortable_table(["document", "title", "published", "status", *MENTION_KINDS], documents, table_id="documents")}
</section></main>
{decisions_panel()}</div>"""
    return page("press-events review", body, json_block("review-data", workbench_data(output, pages)))


def mention_rows(output: Output, doc_id: str, kind: str, drawn: set[str], has_text: bool) -> list[str]:
    rows = []
    for row in output.mentions_in(kind, doc_id):
        target = f"#{row['mention_id']}" if row["mention_id"] in drawn else f"#s{row['sentence_id']}"
        warning = "" if row["mention_id"] in drawn or not has_text else " ⚠ offsets do not match the text"
        decide = (
            f'<button type="button" data-open-mention="{html.escape(row["mention_id"])}"'
            f' aria-label="decide on {html.escape(row["mention_id"])}">decide</button>'
        )
        rows.append(
            "<tr>"
            + cells(
                f'<a href="{html.escape(target)}">{html.escape(row["mention_id"])}</a>',
                html.escape(row["text"]) + warning,
                html.escape(normalized_value(kind, row)),
                html.escape(row["sentence_id"]),
                decide,
            )
            + "</tr>"
        )
    return rows


def source_link(document: dict[str, str]) -> str:
    """The article's URL: a link only when it is http(s); any other scheme (javascript:, data:) stays text."""
    url, source = document.get("url", ""), document.get("source", "")
    if not url:
        return f" · {html.escape(source)}" if source else ""
    label = html.escape(source or url)
    if re.match(r"https?://", url, re.IGNORECASE):
        return f' · <a href="{html.escape(url, quote=True)}" rel="noreferrer noopener">{label}</a>'
    return f" · {label} <code>{html.escape(url)}</code>"


def document_page(output: Output, document: dict[str, str], evidence: dict[int, list[str]], ids: dict) -> str:
    """One document: its text with every mention highlighted (click one to decide on it), then its mentions."""
    doc_id = document["doc_id"]
    text = output.texts.get(doc_id)
    legend = "".join(f'<span class="k-{kind}">{KIND_LABELS[kind]}</span>' for kind in MENTION_KINDS)
    facts = ", ".join(
        f"{name} {html.escape(document[name])}" for name in ("published", "status", "message") if document.get(name)
    )
    parts = [
        '<p><a href="../index.html">← all events and documents</a></p>',
        f"<h1>{html.escape(document['title'] or doc_id)}</h1>",
        f"<p><code>{html.escape(doc_id)}</code> · {facts}{source_link(document)}</p>",
        f'<p class="legend">{legend} <span>(hover a highlight for every mention under it; click it, or press Enter'
        " on it, to reject or map it)</span></p>",
    ]
    spans = spans_of(output, doc_id) if text is not None else []
    if text is None:
        parts.append('<p class="empty">The text is not available: the run\'s store is not in this folder.</p>')
    else:
        sentences = output.sentences.get(doc_id, {})
        parts.append(f'<div class="text">{highlighted_text(text, spans, sentences, evidence)}</div>')
    drawn = {s.mention_id for s in spans}
    for kind in MENTION_KINDS:
        rows = mention_rows(output, doc_id, kind, drawn, text is not None)
        parts.append(f"<h2>{kind} ({len(rows)})</h2>")
        headers = ["mention", "text", "normalized", "sentence", "decide"]
        parts.append(sortable_table(headers, rows) if rows else '<p class="empty">none</p>')
    body = (
        f'<div class="layout"><main>{"".join(parts)}</main>{decisions_panel()}</div>'
        '<div id="mention-tool" role="dialog" aria-label="Decide on a mention" hidden></div>'
    )
    data = document_data(output, doc_id)
    data["ids"] = ids
    return page(f"{doc_id} – review", body, json_block("document-data", data))


def write_review(folder: Path | str) -> Path:
    """Write the report into `folder/review/`; returns the path of its index.html."""
    output = read_output(Path(folder))
    target = Path(folder) / REVIEW_FOLDER
    (target / "docs").mkdir(parents=True, exist_ok=True)
    pages = {d["doc_id"]: page_name(d["doc_id"]) for d in output.tables["documents"]}
    evidence: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in output.tables["event_mentions"]:
        evidence[row["doc_id"]][int(row["sentence_id"])].append(row["event_id"])
    ids = known_ids(output)
    for document in output.tables["documents"]:
        html_text = document_page(output, document, evidence[document["doc_id"]], ids)
        (target / "docs" / pages[document["doc_id"]]).write_text(html_text, encoding="utf-8")
    index = target / "index.html"
    index.write_text(index_page(output, pages), encoding="utf-8")
    return index
