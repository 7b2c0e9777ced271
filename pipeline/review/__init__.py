"""A static HTML workbench for checking an output folder and writing corrections from it.

In: an output folder written by `press-events run` (its CSVs; each document's text from the
run's store).  Out: `OUTDIR/review/`: `index.html` (the events table with filters, paging and
reject/merge buttons; charts of events over time, trade by country pair and each leader's events;
the documents) and one page per document under `docs/`, with every mention highlighted and
buttons to reject or map it.  The reviewer's decisions become rows of `patterns/corrections.csv`
(copy or download).  Self-contained (inline CSS, SVG, data as JSON, our own script), no network.

- `data.py`: reads the folder and prepares what the pages show (no HTML);
- `charts.py`: the SVG charts;  `pages.py`: the HTML pages and `write_review`;
- `workbench.js`, `review.css`: the page's script and style, inlined into every page.
"""

from .charts import leaders_svg, timeline_svg, trade_svg
from .data import Output, ReviewError, Span, normalized_value, page_name, read_output, workbench_data
from .pages import highlighted_text, write_review

__all__ = [
    "Output",
    "ReviewError",
    "Span",
    "highlighted_text",
    "leaders_svg",
    "normalized_value",
    "page_name",
    "read_output",
    "timeline_svg",
    "trade_svg",
    "workbench_data",
    "write_review",
]
