"""The review report: built from a real run's output folder, links that land, highlights, charts, a real browser."""

from __future__ import annotations

import csv
import html
import itertools
import json
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.batch import run
from pipeline.cli import main
from pipeline.review import (
    ReviewError,
    Span,
    highlighted_text,
    leaders_svg,
    normalized_value,
    page_name,
    timeline_svg,
    trade_svg,
    write_review,
)
from pipeline.review.charts import EVENT_COLOURS, OKABE_ITO
from pipeline.review.data import json_block

# A corpus sentence and sentences of our own; one document sits in a subfolder, so its doc_id has a '/'.
ARTICLES = {
    "visit.txt": "President of Kyrgyzstan Sooronbay Jeenbekov paid an official visit to Astana "
    "on December 25-26, 2017. "
    "The Agreement on the Demarcation of the Kazakh-Kyrgyz State Border was signed during the visit. "
    "Trade between the two countries reached $1.1 billion in 2017.",
    "world/talks & <trade>.txt": "Uzbek President Shavkat Mirziyoyev met Kazakh leader Kassym-Jomart Tokayev "
    "in Tashkent on "
    "15 April 2019.\nThe two presidents agreed to raise trade to $5 billion by 2020.",
}
KINDS = ("leaders", "dates", "money", "agreements")
CHROMIUM_NAMES = ("chromium", "chromium-browser")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder from a real run over our articles, with its review written."""
    root = tmp_path_factory.mktemp("review")
    for name, text in ARTICLES.items():
        (root / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "in" / name).write_text(text, encoding="utf-8")
    run([root / "in"], root / "out")
    assert main(["review", str(root / "out")]) == 0
    return root / "out"


def page_of(out: Path, doc_id: str) -> str:
    return (out / "review" / "docs" / page_name(doc_id)).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "doc_id",
    [
        "tokayev-state-visit-turkmenistan-2021",
        "world/talks & <trade>",
        "world/talks & (trade)",
        "../../etc/passwd",
        "Қазақ",
    ],
)
def test_page_names_are_safe_files_and_distinct(doc_id: str) -> None:
    name = page_name(doc_id)
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", name)
    assert name != page_name(doc_id + "x")
    assert page_name(doc_id) == name


def test_distinct_ids_that_look_alike_get_distinct_pages() -> None:
    assert page_name("world/talks") != page_name("world_talks") != page_name("world talks")


def test_overlapping_mentions_are_all_named_and_text_is_escaped() -> None:
    text = "Leaders signed the Treaty of 2019 <final> in Astana."
    treaty = Span("agreements", 19, 33, "A19-33", "Treaty of 2019 [treaty-2019]")
    year = Span("dates", 29, 33, "D29-33", "2019-01-01 – 2019-12-31 (year)")
    # A span over the year and the next word: it starts where the shorter date starts.
    year_and_word = Span("agreements", 29, 41, "A29-41", "2019 final")
    rendered = highlighted_text(text, [treaty, year, year_and_word], {0: (0, len(text))}, {0: ["E1"]})
    assert rendered.startswith('<span class="sentence evidence" id="s0">')
    assert '<mark class="k-agreements" id="A19-33"' in rendered
    assert (
        '<mark class="k-dates overlap" id="D29-33" title="date: 2019-01-01 – 2019-12-31 (year)\nagreement: 2019 final'
        '\nagreement: Treaty of 2019 [treaty-2019]" data-mentions="D29-33 A29-41 A19-33">2019</mark>' in rendered
    )
    assert '<span id="A29-41"></span><mark class="k-dates overlap" id="D29-33"' in rendered
    assert "&lt;final&gt;" in rendered and "<final>" not in rendered
    assert 'href="../index.html#E1"' in rendered
    without_labels = re.sub(r'<span class="value[^"]*">[^<]*</span>|<a class="event-link".*?</a>', "", rendered)
    assert html.unescape(re.sub(r"<[^>]+>", "", without_labels)) == text


def review_data(out: Path) -> dict:
    """The JSON block the index page's script reads."""
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    block = index.split('<script type="application/json" id="review-data">', 1)[1].split("</script>", 1)[0]
    return json.loads(block)


def test_every_event_is_in_the_page_data_and_its_evidence_links_land_on_a_sentence(out: Path) -> None:
    events = read(out / "events.csv")
    assert events, "the run found no event in our articles"
    data = review_data(out)
    assert [e["id"] for e in data["events"]] == [e["event_id"] for e in events]
    assert {e["status"] for e in data["events"]} <= {"reported", "planned", "background"}
    links = [(doc, sentence) for e in data["events"] for doc, sentence in e["links"]]
    assert len(links) == len(read(out / "event_mentions.csv"))
    for doc_id, sentence_id in links:
        assert f'id="s{sentence_id}"' in page_of(out, doc_id)


def test_the_data_block_cannot_close_its_script_element() -> None:
    block = json_block("d", {"text": "</script><script>alert(1)</script> & <!--"})
    inner = block.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == {"text": "</script><script>alert(1)</script> & <!--"}


def test_every_mention_is_highlighted_with_its_normalized_value(out: Path) -> None:
    for kind in KINDS:
        for row in read(out / f"{kind}.csv"):
            document = page_of(out, row["doc_id"])
            assert document.count(f'id="{row["mention_id"]}"') == 1
            assert f'<mark class="k-{kind}' in document
            value = normalized_value(kind, row).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            assert value in document


def test_without_the_store_no_file_named_in_documents_csv_is_read(out: Path, tmp_path: Path) -> None:
    """An edited documents.csv must not get any file of the machine embedded in the report."""
    copy = tmp_path / "out"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("store.sqlite*", "review"))
    secret = tmp_path / "secret.txt"
    secret.write_text("the password is swordfish", encoding="utf-8")
    rows = read(copy / "documents.csv")
    for row in rows:
        row["path"] = str(secret)
    with (copy / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    write_review(copy)
    report = "".join(page.read_text(encoding="utf-8") for page in (copy / "review").rglob("*.html"))
    assert "swordfish" not in report
    document = page_of(copy, "visit")
    assert "The text is not available" in document
    assert "Sooronbay Jeenbekov" in document and "<mark" not in document


def test_a_very_long_doc_id_gets_a_short_page_name() -> None:
    long_id = "archive/" + "a-very-long-headline-" * 20
    name = page_name(long_id)
    assert len(name.encode()) < 120 and name != page_name(long_id + "x")


def test_a_folder_that_is_not_an_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ReviewError, match=r"no documents\.csv"):
        write_review(tmp_path)
    assert main(["review", str(tmp_path / "missing")]) == 2
    assert "is not an output folder" in capsys.readouterr().err


def event_row(
    event_id: str, type_: str, start: str, end: str, amount: str = "", currency: str = "", countries: str = "KG;KZ"
) -> dict[str, str]:
    return {
        "event_id": event_id,
        "type": type_,
        "date_start": start,
        "date_end": end,
        "amount": amount,
        "currency": currency,
        "countries": countries,
        "leader_ids": "",
        "leaders": "",
        "evidence": "Trade reached <b>$1.1 billion</b>.",
    }


def test_the_timeline_draws_dated_events_and_counts_the_others() -> None:
    events = [
        event_row("E1", "visit", "2017-12-25", "2017-12-26"),
        event_row("E2", "meeting", "2019-04-15", "2019-04-15"),
        event_row("E3", "other", "", ""),
    ]
    chart = timeline_svg(events)
    assert chart.count('<a href="#E') == 2 and "<rect" in chart and "<circle" in chart
    assert ">2018<" in chart and "<b>" not in chart
    assert "1 event(s) without a date" in chart


def test_trade_is_drawn_per_currency_with_one_series_per_country_pair() -> None:
    events = [
        event_row("E1", "trade_figure", "2017-01-01", "2017-12-31", "1100000000", "USD", "KG;KZ"),
        event_row("E2", "trade_figure", "2018-01-01", "2018-12-31", "2000000000", "USD", "KG;KZ"),
        event_row("E3", "trade_target", "2020-01-01", "2020-12-31", "5000000000", "USD", "KG;KZ"),
        event_row("E4", "trade_figure", "2017-01-01", "2017-12-31", "3000000000", "USD", "KZ;UZ"),
        event_row("E5", "trade_figure", "2019-01-01", "2019-12-31", "4000000000", "USD", "UZ;KZ"),
        event_row("E6", "trade_figure", "2019-01-01", "2019-12-31", "300000000", "EUR", "KZ;UZ"),
        event_row("E7", "visit", "2019-01-01", "2019-01-01"),
    ]
    chart = trade_svg(events)
    eur, usd = chart.split("</svg>")[:2]  # currencies in alphabetical order
    assert chart.count("<svg") == 2 and "in EUR" in eur and "in USD" in usd
    # One line per pair (UZ;KZ and KZ;UZ are one pair), never one line through every figure.
    assert usd.count("<polyline") == 2 and ">KG–KZ<" in usd and ">KZ–UZ<" in usd
    assert usd.count("<circle") == 4 and usd.count("<polygon") == 1 and 'href="#E6"' not in usd
    assert "5 billion USD" in usd and "300 million EUR" in eur and 'href="#E7"' not in chart
    colours = re.findall(r'<polyline[^>]*stroke="(#[0-9A-F]{6})"', usd)
    assert len(set(colours)) == 2
    assert trade_svg(events[-1:]) == '<p class="empty">No dated trade figures or targets.</p>'


def test_a_trade_panel_draws_at_most_one_pair_per_colour_and_says_how_many_it_left_out() -> None:
    countries = ["AZ", "CN", "DE", "IN", "KG", "KZ"]
    pairs = [f"{a};{b}" for i, a in enumerate(countries) for b in countries[i + 1 :]]  # 15 pairs
    events = [
        event_row(f"E{i}{j}", "trade_figure", f"{2010 + j}-01-01", f"{2010 + j}-12-31", str(10**9), "USD", pair)
        for i, pair in enumerate(pairs)
        for j in range(1 + (i < 8))  # the first eight pairs have two figures
    ]
    chart = trade_svg(events)
    assert chart.count("<polyline") == 8 and "7 more country pair(s) in USD" in chart


def test_the_leaders_panel_has_a_lane_per_leader_with_their_events() -> None:
    events = [
        {**event_row("E1", "visit", "2017-12-25", "2017-12-26"), "leader_ids": "a;b", "leaders": "Ann;Bob"},
        {**event_row("E2", "meeting", "2019-04-15", "2019-04-15"), "leader_ids": "b", "leaders": "Bob"},
        {**event_row("E3", "meeting", "", ""), "leader_ids": "c", "leaders": "Cy"},
    ]
    chart = leaders_svg(events, {"a": "Ann", "b": "Bob", "c": "Cy"})
    assert ">Bob (2)<" in chart and ">Ann (1)<" in chart and "Cy" not in chart
    assert chart.count('<a href="#E') == 3 and 'href="#leader=b"' in chart


def chromium() -> str:
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name):
            return path
    pytest.skip("no chromium on PATH: .ci/run installs Debian's chromium where apt-get works; install it to run this")


def browse(page: Path, profile: Path, *options: str) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    command = [chromium(), *flags, f"--user-data-dir={profile}", "--window-size=1280,2000", *options, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_the_report_renders_in_a_real_browser(out: Path, tmp_path: Path) -> None:
    index = out / "review" / "index.html"
    dom = browse(index, tmp_path / "profile", "--dump-dom").stdout
    events_table = dom.split('<table id="events"', 1)[1].split("</table>", 1)[0]
    assert events_table.count("<tr id=") == min(len(read(out / "events.csv")), 50)
    assert "Trade figures and targets" in dom and "Leaders" in dom and "Ready in" in dom
    document = browse(out / "review" / "docs" / page_name("visit"), tmp_path / "profile", "--dump-dom").stdout
    assert document.count("<mark") >= len([r for k in KINDS for r in read(out / f"{k}.csv") if r["doc_id"] == "visit"])
    screenshot = tmp_path / "index.png"
    browse(index, tmp_path / "profile", f"--screenshot={screenshot}")
    assert screenshot.read_bytes().startswith(b"\x89PNG")


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
    "none": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


def seen_as_lab(colour: str, matrix: tuple) -> tuple[float, float, float]:
    """CIELAB (D65) of a #rrggbb colour as a reader with the deficiency sees it."""
    srgb = [c / 255 for c in bytes.fromhex(colour[1:])]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True)))) for row in matrix)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_chart_colours_stay_apart_for_colour_blind_readers(deficiency: str) -> None:
    """Every two event-type colours (and so every two trade pairs') differ by at least 15 ΔE (CIE76)."""
    colours = list(EVENT_COLOURS.values())
    assert set(OKABE_ITO) <= set(colours)
    seen = {c: seen_as_lab(c, DEFICIENCIES[deficiency]) for c in colours}
    closest = min((math.dist(seen[a], seen[b]), a, b) for a, b in itertools.combinations(colours, 2))
    assert closest[0] >= 15, f"{closest[1]} and {closest[2]} look alike with {deficiency}"
