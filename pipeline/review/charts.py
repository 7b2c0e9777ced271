"""The report's charts as inline SVG: events over time, trade by country pair, leaders' events.

Colours are the Okabe-Ito palette (distinguishable with every common colour-vision deficiency);
shapes and labels carry the same distinctions, so no chart depends on colour alone.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from ..extract.frames import event_types
from .data import TRADE_EVENTS, UNKNOWN_PAIR, country_pair, format_amount, split_list

# Okabe & Ito (2008), "Color Universal Design": safe for protanopia, deuteranopia and tritanopia.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
# Each event type's colour, from the one table that says what an event type is (patterns/events/types.csv).
EVENT_COLOURS = {name: spec.colour for name, spec in event_types().items()}
# Beyond this many dated events, the timeline draws counts per month instead of one mark each.
TIMELINE_MARKS = 1500
LEADERS_SHOWN = 30
WIDTH, LEFT = 1100, 215


def parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def middle_day(event: dict[str, str]) -> date | None:
    start = parse_day(event["date_start"])
    if start is None:
        return None
    end = max(parse_day(event["date_end"]) or start, start)
    return start + (end - start) / 2


def scale(first: date, last: date, left: float, right: float) -> Callable[[date], float]:
    """Maps a date to an x position; a single day gets a month of room on each side."""
    if first == last:
        first, last = date.fromordinal(first.toordinal() - 30), date.fromordinal(last.toordinal() + 30)
    span = last.toordinal() - first.toordinal()
    return lambda day: left + (right - left) * (day.toordinal() - first.toordinal()) / span


def axis(first: date, last: date, x: Callable[[date], float], baseline: float, *, top: float) -> str:
    """Year ticks, or month ticks when the dates fall within two years."""
    if last.year - first.year >= 2:
        step = max(1, (last.year - first.year) // 12)
        ticks = [(date(year, 1, 1), str(year)) for year in range(first.year, last.year + 2, step)]
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
        f' role="img" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>' + "".join(parts) + "</svg>"
    )


def linked(href: str, label: str, mark: str) -> str:
    return f'<a href="{html.escape(href)}"><title>{html.escape(label)}</title>{mark}</a>'


def lane_labels(labels: list[str], lane: int, *, hrefs: list[str] | None = None) -> list[str]:
    parts = []
    for row, label in enumerate(labels):
        y = 20 + row * lane
        text = f'<text x="{LEFT - 8}" y="{y + 4}" text-anchor="end">{html.escape(label[:32])}</text>'
        parts.append(f'<a href="{html.escape(hrefs[row])}">{text}</a>' if hrefs else text)
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - 40}" y1="{y}" y2="{y}" stroke="#eee"/>')
    return parts


def timeline_svg(events: list[dict[str, str]]) -> str:
    """Events by date, one lane per type; each mark links to its row in the events table."""
    dated = [(e, start, parse_day(e["date_end"]) or start) for e in events if (start := parse_day(e["date_start"]))]
    if not dated:
        return '<p class="empty">No dated events.</p>'
    types = sorted({e["type"] for e, _, _ in dated})
    first, last = min(s for _, s, _ in dated), max(e for _, _, e in dated)
    lane = 26
    height = 40 + lane * len(types)
    x = scale(first, last, LEFT, WIDTH - 40)
    parts = [axis(first, last, x, height - 20, top=10), *lane_labels(types, lane, hrefs=[f"#type={t}" for t in types])]
    if len(dated) > TIMELINE_MARKS:
        parts += monthly_counts(dated, types, x, lane)
    else:
        parts += [timeline_mark(e, s, end, x, 20 + types.index(e["type"]) * lane) for e, s, end in dated]
    undated = len(events) - len(dated)
    note = f'<p class="note">{undated} event(s) without a date are not drawn.</p>' if undated else ""
    return svg(WIDTH, height, parts, "Events by date, one lane per type") + note


def timeline_mark(event: dict[str, str], start: date, end: date, x: Callable[[date], float], y: float) -> str:
    colour = EVENT_COLOURS.get(event["type"], "#444")
    label = f"{event['event_id']} {event['type']} {event['date_start']}–{event['date_end']}: {event['evidence'][:160]}"
    if end > start:
        mark = (
            f'<rect x="{x(start):.1f}" y="{y - 6}" width="{max(x(end) - x(start), 3):.1f}" height="12"'
            f' fill="{colour}" fill-opacity="0.45" stroke="{colour}"/>'
        )
    else:
        mark = f'<circle cx="{x(start):.1f}" cy="{y}" r="5" fill="{colour}" stroke="#fff"/>'
    return linked(f"#{event['event_id']}", label, mark)


def monthly_counts(dated: list, types: list[str], x: Callable[[date], float], lane: int) -> list[str]:
    """One circle per type and month, its area the number of events: 10,000 marks would drown the page."""
    counts = Counter((e["type"], date(s.year, s.month, 1)) for e, s, _ in dated)
    biggest = max(counts.values())
    parts = []
    for (event_type, month), count in sorted(counts.items()):
        radius = 2 + 9 * (count / biggest) ** 0.5
        y = 20 + types.index(event_type) * lane
        circle = (
            f'<circle cx="{x(month):.1f}" cy="{y}" r="{radius:.1f}" fill="{EVENT_COLOURS.get(event_type, "#444")}"/>'
        )
        parts.append(linked(f"#type={event_type}&from={month}", f"{count} {event_type} in {month:%Y-%m}", circle))
    return parts


def trade_points(events: list[dict[str, str]]) -> dict[str, list[tuple[dict[str, str], date, float]]]:
    """Dated trade figures and targets with an amount, by currency (amounts in different currencies never meet)."""
    by_currency: dict[str, list] = defaultdict(list)
    for event in events:
        day = middle_day(event)
        if event["type"] in TRADE_EVENTS and event["amount"] and day:
            by_currency[event["currency"] or "no currency"].append((event, day, float(event["amount"])))
    return by_currency


def trade_svg(events: list[dict[str, str]]) -> str:
    """One panel per currency; in it one series per country pair (colour and label), figures as dots
    joined in time, targets as hollow diamonds (dashed to the pair's figures)."""
    by_currency = trade_points(events)
    if not by_currency:
        return '<p class="empty">No dated trade figures or targets.</p>'
    return "\n".join(trade_panel(currency, series) for currency, series in sorted(by_currency.items()))


def drawn_pairs(series: list[tuple[dict[str, str], date, float]]) -> tuple[list[str], int]:
    """The country pairs a panel draws: those with most figures, one per colour of the palette
    (more lines would repeat colours and tangle); and how many pairs are left out."""
    counts = Counter(country_pair(e) for e, _, _ in series)
    kept = sorted(counts, key=lambda p: (-counts[p], p == UNKNOWN_PAIR, p))[: len(OKABE_ITO)]
    return sorted(kept, key=lambda p: (p == UNKNOWN_PAIR, p)), len(counts) - len(kept)


def trade_panel(currency: str, series: list[tuple[dict[str, str], date, float]]) -> str:
    height = 240
    pairs, left_out = drawn_pairs(series)
    series = [point for point in series if country_pair(point[0]) in pairs]
    colour = {pair: OKABE_ITO[i % len(OKABE_ITO)] for i, pair in enumerate(pairs)}
    first, last = min(d for _, d, _ in series), max(d for _, d, _ in series)
    x = scale(first, last, LEFT, WIDTH - 40)
    top = max(a for _, _, a in series) * 1.1 or 1.0

    def y(amount: float) -> float:
        return height - 30 - (height - 60) * amount / top

    parts = [axis(first, last, x, height - 30, top=30)]
    parts += [
        f'<text x="{LEFT - 8}" y="{y(top * f) + 4:.1f}" text-anchor="end">'
        f"{format_amount(top * f)} {html.escape(currency)}</text>"
        for f in (0, 0.5, 1)
    ]
    for pair in pairs:
        figures = sorted((d, a) for e, d, a in series if country_pair(e) == pair and e["type"] == "trade_figure")
        # Figures of unknown countries may be of different pairs: a line through them would mean nothing.
        if len(figures) > 1 and pair != UNKNOWN_PAIR:
            path = " ".join(f"{x(d):.1f},{y(a):.1f}" for d, a in figures)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour[pair]}" stroke-width="2"/>')
    for event, day, amount in series:
        parts.append(trade_mark(event, x(day), y(amount), colour[country_pair(event)], currency))
    parts.append(trade_legend(pairs, colour, currency))
    note = (
        f'<p class="note">{left_out} more country pair(s) in {html.escape(currency)} with fewer figures are not drawn:'
        " choose a country in the filters to see their rows.</p>"
        if left_out
        else ""
    )
    return svg(WIDTH, height, parts, f"Trade figures and targets in {currency}, by country pair") + note


def trade_mark(event: dict[str, str], cx: float, cy: float, colour: str, currency: str) -> str:
    what = "trade figure" if event["type"] == "trade_figure" else "trade target"
    when = f"{event['date_start']}–{event['date_end']}"
    label = f"{event['event_id']} {country_pair(event)} {what} {format_amount(event['amount'])} {currency} {when}"
    if event["type"] == "trade_figure":
        mark = f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{colour}" stroke="#fff"/>'
    else:
        diamond = f"{cx:.1f},{cy - 7:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 7:.1f} {cx - 7:.1f},{cy:.1f}"
        mark = f'<polygon points="{diamond}" fill="white" stroke="{colour}" stroke-width="2.5"/>'
    return linked(f"#{event['event_id']}", label, mark)


def trade_legend(pairs: list[str], colour: dict[str, str], currency: str) -> str:
    parts = [f'<text x="{LEFT - 8}" y="14" font-weight="bold" text-anchor="end">in {html.escape(currency)}:</text>']
    position = LEFT
    for pair in pairs:
        parts.append(
            f'<line x1="{position}" x2="{position + 18}" y1="10" y2="10" stroke="{colour[pair]}" stroke-width="3"/>'
        )
        label = "countries unknown (not joined)" if pair == UNKNOWN_PAIR else pair
        parts.append(f'<text x="{position + 22}" y="14">{html.escape(label)}</text>')
        position += 30 + 7 * len(label)
    return "".join(parts)


def leader_events(events: list[dict[str, str]]) -> dict[str, list[tuple[dict[str, str], date]]]:
    by_leader: dict[str, list] = defaultdict(list)
    for event in events:
        if day := middle_day(event):
            for leader_id in split_list(event["leader_ids"]):
                by_leader[leader_id].append((event, day))
    return by_leader


def leaders_svg(events: list[dict[str, str]], names: dict[str, str]) -> str:
    """Each leader's dated events over time, one lane per leader (the most active first), dots by type."""
    by_leader = leader_events(events)
    if not by_leader:
        return '<p class="empty">No dated events name a leader.</p>'
    shown = sorted(by_leader, key=lambda k: (-len(by_leader[k]), names.get(k, k)))[:LEADERS_SHOWN]
    days = [d for k in shown for _, d in by_leader[k]]
    lane = 24
    height = 40 + lane * len(shown)
    x = scale(min(days), max(days), LEFT, WIDTH - 40)
    labels = [f"{names.get(k, k)} ({len(by_leader[k])})" for k in shown]
    parts: list[Any] = [axis(min(days), max(days), x, height - 20, top=10)]
    parts += lane_labels(labels, lane, hrefs=[f"#leader={k}" for k in shown])
    for row, leader_id in enumerate(shown):
        for event, day in by_leader[leader_id][:500]:
            colour = EVENT_COLOURS.get(event["type"], "#444")
            dot = f'<circle cx="{x(day):.1f}" cy="{20 + row * lane}" r="4" fill="{colour}"/>'
            parts.append(
                linked(f"#{event['event_id']}", f"{event['event_id']} {event['type']} {event['date_start']}", dot)
            )
    hidden = len(by_leader) - len(shown)
    note = f'<p class="note">{hidden} more leader(s) with fewer events: use the leader filter.</p>' if hidden else ""
    return svg(WIDTH, height, parts, "Each leader's events over time") + note


def type_legend() -> str:
    return "".join(
        f'<span class="swatch"><svg width="12" height="12" aria-hidden="true">'
        f'<circle cx="6" cy="6" r="5" fill="{c}"/></svg>'
        f" {t}</span>"
        for t, c in EVENT_COLOURS.items()
    )
