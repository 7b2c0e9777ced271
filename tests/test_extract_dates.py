"""Tests for pipeline.extract.dates: date spans found in real sentences, resolved in their article's context."""

from __future__ import annotations

import re

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.dates import _gate, _GatedScan, dates
from pipeline.ingest import find_published
from pipeline.normalize.dates import default_grammar


def found(nlp: Language, text: str, *, published: str = "", precision: str = "") -> list[tuple[str, str, str]]:
    document = make_document(text, published=published, precision=precision)
    return [(m.text, m.start, m.end) for m in dates(nlp(text), document=document)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # corpus sentences
        (
            "The official visit of the President of Turkmenistan Gurbanguly Berdimuhamedow to Astana on "
            "April 18-19, 2017.",
            "2018-06-08",
            [("April 18-19, 2017", "2017-04-18", "2017-04-19")],
        ),
        (
            "In 2023, it reached a new high of $527.9 million, representing a 28% increase from the previous "
            "year. The trade turnover for the first half of 2024 amounted to $237.2 million.",
            "2024-09-20",
            [
                ("2023", "2023-01-01", "2023-12-31"),
                ("the previous year", "2022-01-01", "2022-12-31"),
                ("the first half of 2024", "2024-01-01", "2024-06-30"),
            ],
        ),
        (
            "A large-scale cultural exchange is planned in Ashgabat for October this year.",
            "2024-09-20",
            [("October this year", "2024-10-01", "2024-10-31")],
        ),
        (
            "According to Turkmen statistics, mutual trade increased markedly over the eight months of 2021 in "
            "comparison with the same period of the last year.",
            "2021-11-01",
            [
                ("the eight months of 2021", "2021-01-01", "2021-08-31"),
                ("the same period of the last year", "2020-01-01", "2020-08-31"),
            ],
        ),
        (
            "Over ten months of the last year, the volume of mutual trade amounted to $4 billion.",
            "2019-03-29",
            [("ten months of the last year", "2018-01-01", "2018-10-31")],
        ),
        (
            "In March2018, Astana opened the Year of Uzbekistan in Kazakhstan.",
            "2019-03-29",
            [("March2018", "2018-03-01", "2018-03-31")],
        ),
        (
            "This is reflected in the Joint Statement of the foreign ministers (Sept. 22, 2017) and on "
            "Nov. 11, 2017, in Samarkand they adopted a statement.",
            "2018-06-08",
            [("Sept. 22, 2017", "2017-09-22", "2017-09-22"), ("Nov. 11, 2017", "2017-11-11", "2017-11-11")],
        ),
        (
            "The first consultative meeting was held on March 15, 2018 in Astana. In fact, the March summit "
            "recognised a new stage.",
            "2019-03-29",
            [("March 15, 2018", "2018-03-15", "2018-03-15"), ("March", "2018-03-01", "2018-03-31")],
        ),
        (
            "On October 5-7, the Ministers of Internal Affairs successfully held the first meeting in Cholpon-Ata.",
            "2019-03-29",
            [("October 5-7", "2018-10-05", "2018-10-07")],
        ),
        (
            "It was adopted by the UN General Assembly Resolution 70/57 on the initiative of Kazakhstan in 2015.",
            "2024-09-20",
            [("2015", "2015-01-01", "2015-12-31")],
        ),
        (
            "In just five years, the bilateral trade volume has quadrupled. Over the past 13 years, direct "
            "investment reached $1 billion. In the last year and a half, we observed a high dynamic.",
            "2019-03-29",
            [],
        ),
        # our own sentences
        (
            "The summit took place on March 30 - April 2, 2019 in Bishkek, and a follow-up is expected in Q3 2023.",
            "2019-05-01",
            [("March 30 - April 2, 2019", "2019-03-30", "2019-04-02"), ("Q3 2023", "2023-07-01", "2023-09-30")],
        ),
        (
            "Exports to Mongolia have doubled since the 1990s and are expected to peak by mid-2020.",
            "2019-05-01",
            [("the 1990s", "1990-01-01", "1999-12-31"), ("mid-2020", "2020-01-01", "2020-12-31")],
        ),
        (
            "The ministers met on Monday in Baku; their deputies meet again next spring.",
            "2023-06-15",
            [("Monday", "2023-06-12", "2023-06-12"), ("next spring", "2024-03-01", "2024-05-31")],
        ),
        (
            "The Kazakhstan 2050 Strategy sets goals for the first quarter of this year and the next five years.",
            "2022-02-10",
            [("the first quarter of this year", "2022-01-01", "2022-03-31")],
        ),
        (
            "Decree No. 2020 was signed on 4 March. Over the past year, trade in January-June 2023 and in the "
            "fiscal year 2019-20 grew.",
            "2023-09-14",
            [
                ("4 March", "2023-03-04", "2023-03-04"),
                ("January-June 2023", "2023-01-01", "2023-06-30"),
                ("2019-20", "2019-01-01", "2020-12-31"),
            ],
        ),
        # issue 18: dev-article styles (our own sentences), resolved against the publication date
        (
            "The Russian leader is expected in Bishkek on November 25-26, the press office said.",
            "2025-10-07",
            [("November 25-26", "2025-11-25", "2025-11-26")],
        ),
        (
            "The summit will be held on Thursday and a meeting of the CIS Council on Friday.",
            "2025-10-07",
            [("Thursday", "2025-10-09", "2025-10-09"), ("Friday", "2025-10-10", "2025-10-10")],
        ),
        (
            "President Mirziyoyev will pay a state visit to China on January 23-25, his deputy said on Tuesday.",
            "2023-12-27",
            [("January 23-25", "2024-01-23", "2024-01-25"), ("Tuesday", "2023-12-26", "2023-12-26")],
        ),
        (
            "In particular, they discussed preparations for President Tokayev’s participation in the celebrations "
            "marking the 80th anniversary of Victory in the Great Patriotic War in Moscow on 9 May.",
            "2025-02-12",
            [("9 May", "2025-05-09", "2025-05-09")],
        ),
        (
            "The ministers met on Monday in Baku to review the trade of January-April this year.",
            "2024-06-11",
            [("Monday", "2024-06-10", "2024-06-10"), ("January-April this year", "2024-01-01", "2024-04-30")],
        ),
        (
            "The Iranian president arrived yesterday and leaves for Moscow tomorrow; the council met last week.",
            "2025-01-16",
            [
                ("yesterday", "2025-01-15", "2025-01-15"),
                ("tomorrow", "2025-01-17", "2025-01-17"),
                ("last week", "2025-01-06", "2025-01-12"),
            ],
        ),
        (
            "Trade reached $1.7 bln in January-April 2025, 4.1% more than a year earlier.",
            "2025-06-20",
            [("January-April 2025", "2025-01-01", "2025-04-30"), ("a year earlier", "2024-01-01", "2024-04-30")],
        ),
        (
            "Trade grew to $2 billion in January-October this year against the same period of 2024.",
            "2025-11-14",
            [
                ("January-October this year", "2025-01-01", "2025-10-31"),
                ("the same period of 2024", "2024-01-01", "2024-10-31"),
            ],
        ),
        (
            "The talks were held on Tuesday, March 5, 2019 in Tashkent.",
            "2019-03-07",
            [("Tuesday, March 5, 2019", "2019-03-05", "2019-03-05")],
        ),
        (
            "The next meeting of the commission will take place in Tashkent in the second half of the year.",
            "2025-05-20",
            [("the second half of the year", "2025-07-01", "2025-12-31")],
        ),
        (  # a weekday beside an explicit day of its sentence is that day's week, not the publication's
            "The president arrived in Tashkent on March 5, 2019, and on Thursday he met the prime minister.",
            "2019-03-20",
            [("March 5, 2019", "2019-03-05", "2019-03-05"), ("Thursday", "2019-03-07", "2019-03-07")],
        ),
        (
            "Dushanbe ratified the treaty on March 19 and Bishkek the following day.",
            "2025-03-31",
            [("March 19", "2025-03-19", "2025-03-19"), ("the following day", "2025-03-20", "2025-03-20")],
        ),
        (  # the phrase before the date announces it, though the parse hangs "in August" on "discussed"
            "The sides also discussed preparations for the state visit of Kazakh President Kassym-Jomart Tokayev "
            "to Kyrgyzstan in August, during which the council chaired by Tokayev and Sadyr Japarov is planned.",
            "2025-06-20",
            [("August", "2025-08-01", "2025-08-31")],
        ),
        (  # a verb between the announcement word and the date ends the phrase
            "Preparations for the summit began in August.",
            "2025-06-20",
            [("August", "2024-08-01", "2024-08-31")],
        ),
        (  # the date's own verb decides, not another verb of the sentence
            "The exhibition runs until December 15 and opened on September 2.",
            "2024-09-20",
            [("December 15", "2024-12-15", "2024-12-15"), ("September 2", "2024-09-02", "2024-09-02")],
        ),
        (  # "today" is no date (docs/gold-format.md), nor "the last month of" a period
            "Today the ministers signed a plan for the last months of the programme.",
            "2025-05-20",
            [],
        ),
        (  # a year range is no month to refer back to: "January" here is the publication year's
            "The programme for 2021-2025 was adopted in late 2020. Its first report came out in January.",
            "2023-09-14",
            [
                ("2021-2025", "2021-01-01", "2025-12-31"),
                ("late 2020", "2020-01-01", "2020-12-31"),
                ("January", "2023-01-01", "2023-01-31"),
            ],
        ),
    ],
)
def test_dates_in_sentences(nlp: Language, text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert [date for date in found(nlp, text, published=published) if date[0] != "2050"] == expected


def test_a_year_that_cannot_be_known_is_not_guessed(nlp: Language) -> None:
    text = "In early April, he paid a state visit to Uzbekistan. Early elections will be held on June 9."
    document = make_document(text)
    mentions = list(dates(nlp(text), document=document))
    assert [(m.text, m.start, m.end, m.resolved_with) for m in mentions] == [
        ("early April", "", "", "unresolved"),
        ("June 9", "", "", "unresolved"),
    ]


def test_without_a_publication_date_a_nearby_explicit_date_anchors(nlp: Language) -> None:
    text = "The talks opened in Tashkent on March 14, 2018. On March 16 the delegations signed a road map."
    mentions = list(dates(nlp(text), document=make_document(text)))
    assert [(m.text, m.start, m.resolved_with) for m in mentions] == [
        ("March 14, 2018", "2018-03-14", "explicit"),
        ("March 16", "2018-03-16", "context"),
    ]


def test_page_metadata_stamps_are_not_article_dates(nlp: Language) -> None:
    text = "The forum closed on 12 May 2019 in Almaty.\nCreated at : 29.03.2019, 12:10, Updated at : 29.03.2019, 12:10"
    assert found(nlp, text, published="2019-03-29") == [("12 May 2019", "2019-05-12", "2019-05-12")]


def test_spans_are_written_to_the_doc(nlp: Language) -> None:
    doc = nlp("Delegations met in Ashgabat on 20 September 2024 and in Astana last August.")
    assert [span.text for span in doc.spans["dates"]] == ["20 September 2024", "last August"]


def test_mention_text_matches_the_document(nlp: Language, corpus_text: dict[str, str]) -> None:
    text = corpus_text["turekhanov-central-asia-harmony-2019"]
    for mention in dates(nlp(text), document=make_document(text, published="2019-03-29")):
        assert text[mention.start_char : mention.end_char] == mention.text
        assert mention.text == mention.text.strip()


GATE_TEXTS = [
    "The talks ran from March 30 - April 2, 2019; from 30 March - 2 April 2019; on April 18-19, 2017.",
    "On 18-19 April 2017, Sept. 22, 2017, Nov. 11, 2017, March 15 and 4 March. and SEPT 3, 2018.",
    "Stamped 14.10.2021 and 29.03.2019 and 2019-03-29; MAY 2020, Feb. 2021, Jan-Mar 2020, March2018.",
    "In January-June 2023, early April 2019, October this year, October of the next year and last August.",
    "The first half of 2019, the second half of this year, H1 2024, the first quarter of this year, Q3 2023.",
    "The eight months of 2021, ten months of the last year and the same period of the last year.",
    "Spring 2019, late summer of 2020, last summer and next winter; 2014-2020, 2019-20, 2019-20% and 1990 - 2021.",
    "The 1990s, the 2000's, mid-2020, mid - 2020, at the beginning of 2017, late 2019, the end of 2018.",
    "Last year, this year, next years, the current year, the last year and a half, the previous year.",
    "On Monday and FRIDAY; Decree No. 2020 and number 2018 were signed in 2015.",
    "It was held on March 14,\n2018; it ran December 30 -\nJanuary 2, 2020, and\n\n   the first half of\n2019.",
    "From 4 to 6 March 2020, March 30 to April 2, between 2019 and 2021, on 5 and 6 March, 29/03/2019, 1891.",
    "Yesterday, last week, next month, last quarter, Q3 this year, last Friday, Tuesday, March 5, the 9th of May.",
    "In January-April, January-May this year, 21-22 August this year, the same period of 2023, a year earlier.",
    "The next day, the day before, the first ten days of October and the second half of the year.",
    "Between January and March 2024, from January to March this year, Q1, the third quarter, a day earlier.",
    "March 15, 2018",
    "It ended on 14.10.2021",
    "2019",
    "",
    "Created at : 29.03.2019\nOn the       previous   \t  year, in             mid-\n\n2020: 1\u00a02 March\u20032019.",
    "At the end of   -   2020, the beginning of\n\n2017, early   -   April   2019, last   year     and "
    "2019   ,   2020 year\n",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_gated_scan_finds_what_a_full_scan_finds(text: str) -> None:
    for expression in default_grammar().expressions:
        for piece in (text, text[1:], text[:-1], f"x{text}y"):  # dates at the very start and end, or inside words
            want = [m.span() for m in expression.regex.finditer(piece)]
            assert _GatedScan(piece).spans(expression.regex) == want, (expression.name, piece)


@pytest.mark.parametrize(
    "source",
    [
        r"year$",  # reads past the match
        r"(?m)^\s*(?:19|20)\d{2}",  # an anchor
        r"\byear(?!\s+(?:and|or)\b)",  # a lookahead over whitespace
        r"(?<=the )year",  # a lookbehind before the window
        r"the\s*?year",  # lazy
        r"(?>the\s+)\d{4}",  # atomic
        r"(?-i:March)\s+(?i:year)",  # case-sensitive next to case-insensitive
        r"\u212aelvin",  # the Kelvin sign: case folding beyond ASCII
        r"\u017fpring",  # a long s
        r"Q[1-4]\s*\d{4}",
        r"(?:first|second)\s+half",
        r"(?:19|20)\d{2}(?=\s*,\s*(?:19|20)\d{2})",
    ],
)
def test_gated_scan_is_exact_for_any_expression(source: str) -> None:
    regex = re.compile(source, re.IGNORECASE)
    assert _gate(regex) is not None
    for text in [
        *GATE_TEXTS,
        "kelvin \u212aELVIN spring \u017fPRING year and 2019, 2020 the year ye\nar the\n\n  year",
    ]:
        assert _GatedScan(text).spans(regex) == [m.span() for m in regex.finditer(text)], text


@pytest.mark.parametrize("source", [r"\w+ year", r"(\d{4})-\1", r"x*", r"(?:last|next)\s+(?:spring|summer)"])
def test_an_expression_that_cannot_be_gated_is_scanned_whole(source: str) -> None:
    regex = re.compile(source, re.IGNORECASE)  # unbounded, a back-reference, empty, only a slow gate
    assert _gate(regex) is None
    text = GATE_TEXTS[8] + " xx 2019-2019 last spring"
    assert _GatedScan(text).spans(regex) == [m.span() for m in regex.finditer(text)]


def test_gated_scan_finds_what_a_full_scan_finds_in_every_corpus_article(corpus_text: dict[str, str]) -> None:
    for doc_id, text in corpus_text.items():
        scan = _GatedScan(text)  # one for all expressions, which share gate hits, as in find_date_spans
        for expression in default_grammar().expressions:
            want = [m.span() for m in expression.regex.finditer(text)]
            assert scan.spans(expression.regex) == want, (doc_id, expression.name)


# Sentences of our own in the styles of other outlets (wire, business, government, regional), one
# per date form real press uses, with the values a reader gives them; an empty list: no date at all.
# Published on Thursday 2024-06-20 unless said otherwise.
OWN_PRESS_SENTENCES = [
    ("The two presidents met in Tashkent on the 14th.", "2024-06-20", [("the 14th", "2024-06-14", "2024-06-14")]),
    ("The forum opened on June 14th in Baku.", "2024-06-20", [("June 14th", "2024-06-14", "2024-06-14")]),
    ("Shares fell 3% on Jun 14, traders said.", "2024-06-20", [("Jun 14", "2024-06-14", "2024-06-14")]),
    ("The decree was signed on 14.06.2024.", "2024-06-20", [("14.06.2024", "2024-06-14", "2024-06-14")]),
    ("Filing date: 14-Jun-2024.", "2024-06-20", [("14-Jun-2024", "2024-06-14", "2024-06-14")]),
    ("The agreement entered into force on 2024-06-14.", "2024-06-20", [("2024-06-14", "2024-06-14", "2024-06-14")]),
    ("The ministers met on the 9th of May in Minsk.", "2024-06-20", [("the 9th of May", "2024-05-09", "2024-05-09")]),
    ("The treaty was signed on Dec. 31, 1994.", "2024-06-20", [("Dec. 31, 1994", "1994-12-31", "1994-12-31")]),
    ("The order was issued on 29/03/2019.", "2024-06-20", [("29/03/2019", "2019-03-29", "2019-03-29")]),
    (
        "The border was fixed by a treaty of 5 December 1891.",
        "2024-06-20",
        [("5 December 1891", "1891-12-05", "1891-12-05")],
    ),
    (
        "Talks were held on Friday, 14 June 2024, in Astana.",
        "2024-06-20",
        [("Friday, 14 June 2024", "2024-06-14", "2024-06-14")],
    ),
    ("The minister will arrive on September 12.", "2024-09-03", [("September 12", "2024-09-12", "2024-09-12")]),
    (
        "The delegation returned the week before last.",
        "2024-06-20",
        [("the week before last", "2024-06-03", "2024-06-09")],
    ),
    (
        "Prices peaked in the middle of the month.",
        "2024-06-20",
        [("the middle of the month", "2024-06-01", "2024-06-30")],
    ),
    ("The plant was commissioned late last year.", "2024-06-20", [("last year", "2023-01-01", "2023-12-31")]),
    ("The deal was agreed at the end of March.", "2024-06-20", [("the end of March", "2024-03-01", "2024-03-31")]),
    ("Flights resume from mid-May.", "2024-04-20", [("mid-May", "2024-05-01", "2024-05-31")]),
    ("A new contract is expected early next week.", "2024-06-20", [("next week", "2024-06-24", "2024-06-30")]),
    ("Trade fell sharply last month.", "2024-06-20", [("last month", "2024-05-01", "2024-05-31")]),
    ("The summit will be held next month in Bishkek.", "2024-06-20", [("next month", "2024-07-01", "2024-07-31")]),
    ("Exports grew 8% last quarter.", "2024-06-20", [("last quarter", "2024-01-01", "2024-03-31")]),
    ("The ministers spoke by phone yesterday.", "2024-06-20", [("yesterday", "2024-06-19", "2024-06-19")]),
    ("The envoy met the foreign minister last Friday.", "2024-06-20", [("last Friday", "2024-06-14", "2024-06-14")]),
    (
        "The envoy will meet the foreign minister next Friday.",
        "2024-06-20",
        [("next Friday", "2024-06-21", "2024-06-21")],
    ),
    ("Growth is forecast at 5% in Q3 this year.", "2024-06-20", [("Q3 this year", "2024-07-01", "2024-09-30")]),
    ("Imports rose compared with the same month last year.", "2024-06-20", []),
    (
        "Grain shipments in the first ten days of October reached 1 million tons.",
        "2024-06-20",
        [("the first ten days of October", "2023-10-01", "2023-10-10")],
    ),
    (
        "The harvest of the 2024/25 season is estimated at 17 million tons.",
        "2024-06-20",
        [("2024/25", "2024-01-01", "2025-12-31")],
    ),
    ("Revenue rose 12% in H1 2025.", "2025-08-01", [("H1 2025", "2025-01-01", "2025-06-30")]),
    ("Net profit for 9M 2024 reached $1.2 billion.", "2024-11-20", [("9M 2024", "2024-01-01", "2024-09-30")]),
    ("The company's FY2024 revenue grew 8%.", "2025-03-01", [("FY2024", "2024-01-01", "2024-12-31")]),
    ("The plant will open in mid-2020.", "2019-06-01", [("mid-2020", "2020-01-01", "2020-12-31")]),
    ("Output doubled in early 2021.", "2021-09-01", [("early 2021", "2021-01-01", "2021-12-31")]),
    ("Relations changed in the 2020s.", "2024-06-20", [("the 2020s", "2020-01-01", "2029-12-31")]),
    (
        "Trade grew every year between 2019 and 2021.",
        "2024-06-20",
        [("between 2019 and 2021", "2019-01-01", "2021-12-31")],
    ),
    (
        "The exhibition runs from 4 to 6 March 2020 in Almaty.",
        "2024-06-20",
        [("4 to 6 March 2020", "2020-03-04", "2020-03-06")],
    ),
    ("The festival runs March 30 to April 2.", "2024-03-01", [("March 30 to April 2", "2024-03-30", "2024-04-02")]),
    ("The talks were held on 5 and 6 March.", "2024-03-10", [("5 and 6 March", "2024-03-05", "2024-03-06")]),
    ("Trade grew 10% in January–May this year.", "2024-06-20", [("January–May this year", "2024-01-01", "2024-05-31")]),
    (
        "The rules applied from April 1 through September 30, 2023.",
        "2024-06-20",
        [("April 1 through September 30, 2023", "2023-04-01", "2023-09-30")],
    ),
    ("The forum will be held on 14–16 June 2025.", "2024-06-20", [("14–16 June 2025", "2025-06-14", "2025-06-16")]),
    (
        "The fair runs 14 June till 16 June 2025.",
        "2024-06-20",
        [("14 June till 16 June 2025", "2025-06-14", "2025-06-16")],
    ),
    (
        "The exhibition is open June 14 till June 16.",
        "2024-06-01",
        [("June 14 till June 16", "2024-06-14", "2024-06-16")],
    ),
    ("Sales rose in June–August 2024.", "2024-09-10", [("June–August 2024", "2024-06-01", "2024-08-31")]),
    ("The programme covers 2025–2027.", "2024-06-20", [("2025–2027", "2025-01-01", "2027-12-31")]),
    ("More agreements are expected in the coming days.", "2024-06-20", []),
    ("Trade has tripled over the past decade.", "2024-06-20", []),
    ("At the turn of the year the markets were calm.", "2024-06-20", []),
    ("The company has operated for five years.", "2024-06-20", []),
    ("Cooperation has grown in recent years.", "2024-06-20", []),
    ("It was the 14th session of the commission.", "2024-06-20", []),
    ("The 14th century mausoleum was restored.", "2024-06-20", []),
    ("The decree No. 2024 was signed by the president.", "2024-06-20", []),
    ("Theresa May met the minister.", "2024-06-20", []),
    ("He may visit later.", "2024-06-20", []),
    ("The plan runs 24/7 and scored 9/10.", "2024-06-20", []),
    ("The project is in its final phase.", "2024-06-20", []),
    (
        "The talks began on June 12, and the treaty was signed on the 14th.",
        "2024-07-01",
        [("June 12", "2024-06-12", "2024-06-12"), ("the 14th", "2024-06-14", "2024-06-14")],
    ),
    ("The minister will fly to Baku on the 25th.", "2024-06-20", [("the 25th", "2024-06-25", "2024-06-25")]),
    ("The parliament approved the bill on the 28th.", "2024-06-20", [("the 28th", "2024-05-28", "2024-05-28")]),
    (
        "Trade should reach $2 billion by the end of the year.",
        "2024-06-20",
        [("the end of the year", "2024-01-01", "2024-12-31")],
    ),
    (
        "The ministers met the day before yesterday.",
        "2024-06-20",
        [("the day before yesterday", "2024-06-18", "2024-06-18")],
    ),
    ("Exports were higher the year before last.", "2024-06-20", [("the year before last", "2022-01-01", "2022-12-31")]),
    ("The line opens the month after next.", "2024-06-20", [("the month after next", "2024-08-01", "2024-08-31")]),
    ("Before last year, the route was closed.", "2024-06-20", [("last year", "2023-01-01", "2023-12-31")]),
    ("The fund raised $9M in 2024.", "2024-06-20", [("2024", "2024-01-01", "2024-12-31")]),
    ("The parties agreed to hold the next round in March.", "2024-06-20", [("March", "2025-03-01", "2025-03-31")]),
    ("The memorandum was prepared in April.", "2024-06-20", [("April", "2024-04-01", "2024-04-30")]),
    ("Volumes for the 2023/2024 marketing year fell.", "2024-06-20", [("2023/2024", "2023-01-01", "2024-12-31")]),
    ("The 2024/06/14 file was lost.", "2024-06-20", []),
    ("Growth in FY2023/24 was 7%.", "2024-06-20", [("2023/24", "2023-01-01", "2024-12-31")]),
    ("The 14th of June 2024 was a Friday.", "2024-06-20", [("The 14th of June 2024", "2024-06-14", "2024-06-14")]),
    ("On the 3rd, the delegation left.", "2024-06-20", [("On the 3rd", "2024-06-03", "2024-06-03")]),
    ("He finished 14th in the race on June 14.", "2024-06-20", [("June 14", "2024-06-14", "2024-06-14")]),
    ("The company ranked on the 14th place.", "2024-06-20", []),
    ("Trade reached $1 billion in the 9M period.", "2024-06-20", []),
    ("Prices will rise early next week.", "2024-06-20", [("next week", "2024-06-24", "2024-06-30")]),
    ("Elections are held every five years.", "2024-06-20", []),
    ("A decade ago, the route did not exist.", "2024-06-20", []),
    ("The agency said today that trade grew.", "2024-06-20", []),
    # wire, business and government styles: ranges, parts of years, weekdays, habitual dates
    (
        "MOSCOW, June 14 (Reuters) - Russia and Kazakhstan signed a deal on Friday.",
        "2024-06-20",
        [("June 14", "2024-06-14", "2024-06-14"), ("Friday", "2024-06-14", "2024-06-14")],
    ),
    (
        "The president said on Friday (June 14) that talks would continue.",
        "2024-06-20",
        [("Friday", "2024-06-14", "2024-06-14"), ("June 14", "2024-06-14", "2024-06-14")],
    ),
    (
        "BEIJING, June 14 (Xinhua) -- Chinese President Xi Jinping held talks here on Friday.",
        "2024-06-20",
        [("June 14", "2024-06-14", "2024-06-14"), ("Friday", "2024-06-14", "2024-06-14")],
    ),
    ("The visit is scheduled for June 24-26.", "2024-06-20", [("June 24-26", "2024-06-24", "2024-06-26")]),
    ("The visit took place on 3–4 June.", "2024-06-20", [("3–4 June", "2024-06-03", "2024-06-04")]),
    ("The session will take place from 1 to 3 July.", "2024-06-20", [("1 to 3 July", "2024-07-01", "2024-07-03")]),
    (
        "The talks ran from June 10 until June 12.",
        "2024-06-20",
        [("June 10 until June 12", "2024-06-10", "2024-06-12")],
    ),
    (
        "The exhibition will be open from June 25 to July 5.",
        "2024-06-20",
        [("June 25 to July 5", "2024-06-25", "2024-07-05")],
    ),
    (
        "Between 10 and 12 June, the delegation toured the region.",
        "2024-06-20",
        [("Between 10 and 12 June", "2024-06-10", "2024-06-12")],
    ),
    ("The fund was set up in December 2023.", "2024-06-20", [("December 2023", "2023-12-01", "2023-12-31")]),
    ("The law takes effect on January 1, 2025.", "2024-06-20", [("January 1, 2025", "2025-01-01", "2025-01-01")]),
    ("The law took effect on 1 January.", "2024-06-20", [("1 January", "2024-01-01", "2024-01-01")]),
    ("The talks will resume on 2 July.", "2024-06-20", [("2 July", "2024-07-02", "2024-07-02")]),
    (
        "In the first five months of 2024, trade rose 12%.",
        "2024-06-20",
        [("the first five months of 2024", "2024-01-01", "2024-05-31")],
    ),
    ("In January-May 2024, trade rose 12%.", "2024-06-20", [("January-May 2024", "2024-01-01", "2024-05-31")]),
    ("In January–May, trade rose 12%.", "2024-06-20", [("January–May", "2024-01-01", "2024-05-31")]),
    ("Trade rose 12% year-on-year in May.", "2024-06-20", [("May", "2024-05-01", "2024-05-31")]),
    ("Inflation slowed to 8.4% in May 2024.", "2024-06-20", [("May 2024", "2024-05-01", "2024-05-31")]),
    ("The bank cut its rate on 7 June.", "2024-06-20", [("7 June", "2024-06-07", "2024-06-07")]),
    ("Earlier this month, the ministers met in Baku.", "2024-06-20", [("this month", "2024-06-01", "2024-06-30")]),
    ("Earlier this year, the ministers met in Baku.", "2024-06-20", [("this year", "2024-01-01", "2024-12-31")]),
    ("Later this year, the plant will open.", "2024-06-20", [("this year", "2024-01-01", "2024-12-31")]),
    ("The ministers met earlier this week.", "2024-06-20", [("this week", "2024-06-17", "2024-06-23")]),
    (
        "The forum will be held in the autumn of 2024.",
        "2024-06-20",
        [("the autumn of 2024", "2024-09-01", "2024-11-30")],
    ),
    ("The railway should be finished by 2027.", "2024-06-20", [("2027", "2027-01-01", "2027-12-31")]),
    ("The programme for 2024-2026 was approved.", "2024-06-20", [("2024-2026", "2024-01-01", "2026-12-31")]),
    ("The plan runs through 2030.", "2024-06-20", [("2030", "2030-01-01", "2030-12-31")]),
    (
        "The agreement, signed in 1998, expires in 2028.",
        "2024-06-20",
        [("1998", "1998-01-01", "1998-12-31"), ("2028", "2028-01-01", "2028-12-31")],
    ),
    (
        "Talks stalled in late 2022 and resumed in mid-2023.",
        "2024-06-20",
        [("late 2022", "2022-01-01", "2022-12-31"), ("mid-2023", "2023-01-01", "2023-12-31")],
    ),
    (
        "Output fell in the fourth quarter of 2023.",
        "2024-06-20",
        [("the fourth quarter of 2023", "2023-10-01", "2023-12-31")],
    ),
    ("Output fell in Q4 2023.", "2024-06-20", [("Q4 2023", "2023-10-01", "2023-12-31")]),
    ("Output fell in 4Q 2023.", "2024-06-20", [("4Q 2023", "2023-10-01", "2023-12-31")]),
    ("Output fell in 1H 2024.", "2024-06-20", [("1H 2024", "2024-01-01", "2024-06-30")]),
    (
        "Output fell in Q1 2024 and rose in Q2.",
        "2024-06-20",
        [("Q1 2024", "2024-01-01", "2024-03-31"), ("Q2", "2024-04-01", "2024-06-30")],
    ),
    ("In 2023, exports grew by 5%.", "2024-06-20", [("2023", "2023-01-01", "2023-12-31")]),
    ("Exports grew in the summer.", "2024-09-20", [("the summer", "2024-06-01", "2024-08-31")]),
    (
        "The ministers met on the sidelines on June 13-14 in Astana.",
        "2024-06-20",
        [("June 13-14", "2024-06-13", "2024-06-14")],
    ),
    ("On Monday, the minister arrived in Dushanbe.", "2024-06-20", [("Monday", "2024-06-17", "2024-06-17")]),
    ("The minister will travel to Dushanbe on Monday.", "2024-06-20", [("Monday", "2024-06-24", "2024-06-24")]),
    (
        "The minister arrived in Dushanbe on Monday, June 17.",
        "2024-06-20",
        [("Monday, June 17", "2024-06-17", "2024-06-17")],
    ),
    ("The summit is slated for Oct. 3-4.", "2024-06-20", [("Oct. 3-4", "2024-10-03", "2024-10-04")]),
    ("The meeting took place on 12.06.2024 in Tashkent.", "2024-06-20", [("12.06.2024", "2024-06-12", "2024-06-12")]),
    ("The meeting took place on 12.06.24 in Tashkent.", "2024-06-20", [("12.06.24", "2024-06-12", "2024-06-12")]),
    ("The meeting took place on 12 June, 2024.", "2024-06-20", [("12 June, 2024", "2024-06-12", "2024-06-12")]),
    ("The meeting took place on June 12th 2024.", "2024-06-20", [("June 12th 2024", "2024-06-12", "2024-06-12")]),
    (
        "The meeting took place on 12th of June, 2024.",
        "2024-06-20",
        [("12th of June, 2024", "2024-06-12", "2024-06-12")],
    ),
    ("The meeting is set for Thursday 27 June.", "2024-06-20", [("Thursday 27 June", "2024-06-27", "2024-06-27")]),
    ("The decree was signed on Sept. 3.", "2024-06-20", [("Sept. 3", "2023-09-03", "2023-09-03")]),
    ("The decree was signed in September.", "2024-06-20", [("September", "2023-09-01", "2023-09-30")]),
    ("By mid-June, 40% of the crop had been harvested.", "2024-06-20", [("mid-June", "2024-06-01", "2024-06-30")]),
    ("In early June, the minister visited Baku.", "2024-06-20", [("early June", "2024-06-01", "2024-06-30")]),
    (
        "At the beginning of June, the minister visited Baku.",
        "2024-06-20",
        [("the beginning of June", "2024-06-01", "2024-06-30")],
    ),
    (
        "The works will be completed by the end of 2025.",
        "2024-06-20",
        [("the end of 2025", "2025-01-01", "2025-12-31")],
    ),
    ("The works will be completed by the end of this year.", "2024-06-20", [("this year", "2024-01-01", "2024-12-31")]),
    ("The treaty of 1991 remains in force.", "2024-06-20", [("1991", "1991-01-01", "1991-12-31")]),
    ("The project began in 2019 and ended two years later.", "2024-06-20", [("2019", "2019-01-01", "2019-12-31")]),
    (
        "In the winter of 2023-2024, gas supplies fell.",
        "2024-06-20",
        [("the winter of 2023-2024", "2023-12-01", "2024-02-29")],
    ),
    ("Trade hit a record in 2023/24.", "2024-06-20", [("2023/24", "2023-01-01", "2024-12-31")]),
    ("Over the next five years, trade should double.", "2024-06-20", []),
    ("The company employs 2,024 people.", "2024-06-20", []),
    ("The company said it had 2024 employees.", "2024-06-20", []),
    ("In the coming weeks, more talks are planned.", "2024-06-20", []),
    ("Since independence, ties have grown.", "2024-06-20", []),
    ("Resolution 2024/15 was adopted.", "2024-06-20", []),
    ("The score was 3-1 at half time.", "2024-06-20", []),
    ("Route M39 is 1,200 km long.", "2024-06-20", []),
    ("The ministers met for the first time in decades.", "2024-06-20", []),
    ("The May Day parade was cancelled.", "2024-06-20", []),
    ("The minister, Ms. June Lee, spoke.", "2024-06-20", []),
    ("Reserves stood at $35 billion at end-May.", "2024-06-20", [("end-May", "2024-05-01", "2024-05-31")]),
    ("The debt is due to fall by end-2025.", "2024-06-20", [("end-2025", "2025-01-01", "2025-12-31")]),
    ("Trade in January-April of 2024 rose.", "2024-06-20", [("January-April of 2024", "2024-01-01", "2024-04-30")]),
    ("In 5 months of 2024, trade rose.", "2024-06-20", [("5 months of 2024", "2024-01-01", "2024-05-31")]),
    (
        "Since the beginning of the year, exports have grown.",
        "2024-06-20",
        [("the beginning of the year", "2024-01-01", "2024-12-31")],
    ),
    ("In the current year, exports have grown.", "2024-06-20", [("the current year", "2024-01-01", "2024-12-31")]),
    ("The reform began in the early 1990s.", "2024-06-20", [("the early 1990s", "1990-01-01", "1999-12-31")]),
    ("The reform began in the mid-1990s.", "2024-06-20", [("the mid-1990s", "1990-01-01", "1999-12-31")]),
    ("The talks were held on June 14 and 15.", "2024-06-20", [("June 14 and 15", "2024-06-14", "2024-06-15")]),
    (
        "The talks were held on June 3 and July 2.",
        "2024-07-10",
        [("June 3", "2024-06-03", "2024-06-03"), ("July 2", "2024-07-02", "2024-07-02")],
    ),
    ("The minister will visit this Friday.", "2024-06-20", [("this Friday", "2024-06-21", "2024-06-21")]),
    (
        "As of June 1, 2024, reserves stood at $35 billion.",
        "2024-06-20",
        [("June 1, 2024", "2024-06-01", "2024-06-01")],
    ),
    ("As of 1 June, reserves stood at $35 billion.", "2024-06-20", [("1 June", "2024-06-01", "2024-06-01")]),
    (
        "The railway was launched on 14 June 2024, a Friday.",
        "2024-06-20",
        [("14 June 2024", "2024-06-14", "2024-06-14")],
    ),
    (
        "The talks took place on June 14, 2024, at the Akorda.",
        "2024-06-20",
        [("June 14, 2024", "2024-06-14", "2024-06-14")],
    ),
    ("On 14th June, the delegation arrived.", "2024-06-20", [("14th June", "2024-06-14", "2024-06-14")]),
    ("The elections are due on 6 October.", "2024-06-20", [("6 October", "2024-10-06", "2024-10-06")]),
    ("The elections were held on 6 October.", "2024-06-20", [("6 October", "2023-10-06", "2023-10-06")]),
    ("The parliament will convene in September.", "2024-06-20", [("September", "2024-09-01", "2024-09-30")]),
    ("In 2024-25, spending will rise.", "2024-06-20", [("2024-25", "2024-01-01", "2025-12-31")]),
    ("The strategy until 2030 was approved.", "2024-06-20", [("2030", "2030-01-01", "2030-12-31")]),
    ("The 2024 budget was approved.", "2024-06-20", [("2024", "2024-01-01", "2024-12-31")]),
    (
        "Trade turnover for January-May 2024 amounted to $1.2 billion, up 10% year on year.",
        "2024-06-20",
        [("January-May 2024", "2024-01-01", "2024-05-31")],
    ),
    ("Compared to the same period last year, trade rose.", "2024-06-20", []),
    (
        "Trade rose in 2023 compared to 2022.",
        "2024-06-20",
        [("2023", "2023-01-01", "2023-12-31"), ("2022", "2022-01-01", "2022-12-31")],
    ),
    ("The ministers met on 31 April.", "2024-06-20", []),
    ("The plan covers the years 2025 to 2030.", "2024-06-20", [("2025 to 2030", "2025-01-01", "2030-12-31")]),
    ("The plan runs from 2025 through 2030.", "2024-06-20", [("2025 through 2030", "2025-01-01", "2030-12-31")]),
    ("The visit took place on Wednesday 19 June.", "2024-06-20", [("Wednesday 19 June", "2024-06-19", "2024-06-19")]),
    (
        "On Wednesday, June 19, the minister arrived.",
        "2024-06-20",
        [("Wednesday, June 19", "2024-06-19", "2024-06-19")],
    ),
    (
        "The talks took place in the first week of June.",
        "2024-06-20",
        [("the first week of June", "2024-06-01", "2024-06-07")],
    ),
    ("Kazakhstan's GDP grew 4.1% in January–March.", "2024-06-20", [("January–March", "2024-01-01", "2024-03-31")]),
    ("The fair takes place annually in September.", "2024-06-20", []),
    ("Every year in May, the festival is held.", "2024-06-20", []),
    ("The 24-hour service began.", "2024-06-20", []),
    ("A 2024-25 deal was signed.", "2024-06-20", [("2024-25", "2024-01-01", "2025-12-31")]),
    ("He served from 1991 to 2019.", "2024-06-20", [("1991 to 2019", "1991-01-01", "2019-12-31")]),
    ("Up to 2020, the route was closed.", "2024-06-20", [("2020", "2020-01-01", "2020-12-31")]),
    (
        "The deal was struck on the eve of the summit on June 13.",
        "2024-06-20",
        [("June 13", "2024-06-13", "2024-06-13")],
    ),
    ("Signed at Astana on 14 June 2024 in two copies.", "2024-06-20", [("14 June 2024", "2024-06-14", "2024-06-14")]),
    # halves of a month, seasons of a relative year, numeric ranges, days counted from a day of the text
    (
        "The harvest will start in the second half of July.",
        "2024-06-20",
        [("the second half of July", "2024-07-16", "2024-07-31")],
    ),
    ("Prices rose in the first half of June.", "2024-06-20", [("the first half of June", "2024-06-01", "2024-06-15")]),
    (
        "The law took effect on January 1 of this year.",
        "2024-06-20",
        [("January 1 of this year", "2024-01-01", "2024-01-01")],
    ),
    ("The plant opened on June 14 last year.", "2024-06-20", [("June 14 last year", "2023-06-14", "2023-06-14")]),
    ("The plant opened in June last year.", "2024-06-20", [("June last year", "2023-06-01", "2023-06-30")]),
    ("The plant will open in June next year.", "2024-06-20", [("June next year", "2025-06-01", "2025-06-30")]),
    (
        "The road will open in the spring of next year.",
        "2024-06-20",
        [("the spring of next year", "2025-03-01", "2025-05-31")],
    ),
    (
        "The road opened in the autumn of last year.",
        "2024-06-20",
        [("the autumn of last year", "2023-09-01", "2023-11-30")],
    ),
    ("The road will open next spring.", "2024-06-20", [("next spring", "2025-03-01", "2025-05-31")]),
    ("The forum was held on 14-15.06.2024 in Almaty.", "2024-06-20", [("14-15.06.2024", "2024-06-14", "2024-06-15")]),
    (
        "The delegation arrived on June 10; two days later the treaty was signed.",
        "2024-06-20",
        [("June 10", "2024-06-10", "2024-06-10"), ("two days later", "2024-06-12", "2024-06-12")],
    ),
    ("The strike ended by the end of June.", "2024-06-20", [("the end of June", "2024-06-01", "2024-06-30")]),
    (
        "The exhibition is on view until the end of 2024.",
        "2024-06-20",
        [("the end of 2024", "2024-01-01", "2024-12-31")],
    ),
    ("The 75th anniversary of the victory was marked.", "2024-06-20", []),
    ("Eighty years ago, the war ended.", "2024-06-20", []),
    ("In the year 2024, trade rose.", "2024-06-20", [("2024", "2024-01-01", "2024-12-31")]),
    ("The 2022-2023 academic year began.", "2024-06-20", [("2022-2023", "2022-01-01", "2023-12-31")]),
    ("The ministers met at the end of last year.", "2024-06-20", [("last year", "2023-01-01", "2023-12-31")]),
    ("The ministers met in late June 2023.", "2024-06-20", [("late June 2023", "2023-06-01", "2023-06-30")]),
    ("Victory Day, May 9, was marked in Astana.", "2024-06-20", [("May 9", "2024-05-09", "2024-05-09")]),
    (
        "The visit is planned for the first half of 2025.",
        "2024-06-20",
        [("the first half of 2025", "2025-01-01", "2025-06-30")],
    ),
    ("The ministers held talks in Ashgabat on 17 June.", "2024-06-20", [("17 June", "2024-06-17", "2024-06-17")]),
    ("The ministers will hold talks in Ashgabat on 17 July.", "2024-06-20", [("17 July", "2024-07-17", "2024-07-17")]),
    ("On Tuesday last week, the ministers met.", "2024-06-20", [("Tuesday last week", "2024-06-11", "2024-06-11")]),
    ("The ministers met this past Monday.", "2024-06-20", [("Monday", "2024-06-17", "2024-06-17")]),
    ("The parliament ratified the deal this spring.", "2024-06-20", [("this spring", "2024-03-01", "2024-05-31")]),
    ("In 2020-21, the economy shrank.", "2024-06-20", [("2020-21", "2020-01-01", "2021-12-31")]),
    (
        "It was founded in 1992 and reformed in 1995-96.",
        "2024-06-20",
        [("1992", "1992-01-01", "1992-12-31"), ("1995-96", "1995-01-01", "1996-12-31")],
    ),
    (
        "The minister visited Astana on 1 and 2 July 2023.",
        "2024-06-20",
        [("1 and 2 July 2023", "2023-07-01", "2023-07-02")],
    ),
    ("The visit is planned for autumn.", "2024-06-20", [("autumn", "2024-09-01", "2024-11-30")]),
    ("The talks were held last weekend in Bishkek.", "2024-06-20", [("last weekend", "2024-06-15", "2024-06-16")]),
    ("The weekly briefing was held last week.", "2024-06-20", [("last week", "2024-06-10", "2024-06-16")]),
    # a yearless date without a tense: the one nearest the publication date
    ("The summit takes place on January 15 in Astana.", "2024-12-20", [("January 15", "2025-01-15", "2025-01-15")]),
    ("Kazakhstan-China trade in November: $2.1 billion", "2025-01-05", [("November", "2024-11-01", "2024-11-30")]),
    (
        "The New Year holidays run from December 30 to January 8.",
        "2025-01-03",
        [("December 30 to January 8", "2024-12-30", "2025-01-08")],
    ),
    ("The exhibition runs until December 15.", "2024-11-20", [("December 15", "2024-12-15", "2024-12-15")]),
    ("The president visited Baku on December 28.", "2024-01-10", [("December 28", "2023-12-28", "2023-12-28")]),
    ("The summit will take place on January 15.", "2024-12-20", [("January 15", "2025-01-15", "2025-01-15")]),
    ("Summit of Turkic states: November 6, Bishkek", "2024-06-20", [("November 6", "2024-11-06", "2024-11-06")]),
    ("Summit of Turkic states: February 6, Bishkek", "2024-11-20", [("February 6", "2025-02-06", "2025-02-06")]),
    # thirds of a month, trailing months, weekdays in clauses, counts that are no dates
    (
        "The ministers met on June 14 and again on the 18th.",
        "2024-06-20",
        [("June 14", "2024-06-14", "2024-06-14"), ("the 18th", "2024-06-18", "2024-06-18")],
    ),
    ("Trade turnover in the reporting period reached $1 billion.", "2024-06-20", []),
    ("The meeting took place on 14 June 2024 (Friday).", "2024-06-20", [("14 June 2024", "2024-06-14", "2024-06-14")]),
    (
        "The meeting took place on Friday, the 14th of June.",
        "2024-06-20",
        [("Friday, the 14th of June", "2024-06-14", "2024-06-14")],
    ),
    ("Shipments resumed in mid-June 2024.", "2024-06-20", [("mid-June 2024", "2024-06-01", "2024-06-30")]),
    (
        "In the first quarter of 2024, GDP grew 4%.",
        "2024-06-20",
        [("the first quarter of 2024", "2024-01-01", "2024-03-31")],
    ),
    (
        "GDP grew 4% in January-March 2024 year-on-year.",
        "2024-06-20",
        [("January-March 2024", "2024-01-01", "2024-03-31")],
    ),
    ("The project runs until 2026.", "2024-06-20", [("2026", "2026-01-01", "2026-12-31")]),
    (
        "The agreement was signed on April 5, 2024, and ratified on May 20.",
        "2024-06-20",
        [("April 5, 2024", "2024-04-05", "2024-04-05"), ("May 20", "2024-05-20", "2024-05-20")],
    ),
    ("Until recently, the border was closed.", "2024-06-20", []),
    ("The talks lasted three days.", "2024-06-20", []),
    ("The minister spent 14 days in Beijing.", "2024-06-20", []),
    ("The ministers met for the 14th time.", "2024-06-20", []),
    (
        "The ministers met in the second decade of June.",
        "2024-06-20",
        [("the second decade of June", "2024-06-11", "2024-06-20")],
    ),
    ("The first day of the summit was devoted to trade.", "2024-06-20", []),
    ("A two-day visit began on Monday.", "2024-06-20", [("Monday", "2024-06-17", "2024-06-17")]),
    (
        "The elections held on Sunday were won by the ruling party.",
        "2024-06-20",
        [("Sunday", "2024-06-16", "2024-06-16")],
    ),
    (
        "The visit, which begins on Monday, will last three days.",
        "2024-06-20",
        [("Monday", "2024-06-24", "2024-06-24")],
    ),
    ("In H2 2024, the plant will open.", "2024-06-20", [("H2 2024", "2024-07-01", "2024-12-31")]),
    (
        "In the 12 months to June, inflation was 8%.",
        "2024-06-20",
        [("the 12 months to June", "2023-07-01", "2024-06-30")],
    ),
    ("June 2024 marked the 30th anniversary of relations.", "2024-06-20", [("June 2024", "2024-06-01", "2024-06-30")]),
    # a decision verb announces what it governs through an infinitive or a noun, not a date on itself
    ("The parties agreed on a visit in March.", "2024-01-20", [("March", "2024-03-01", "2024-03-31")]),
    (
        "The presidents decided on a summit in Astana in October.",
        "2024-06-20",
        [("October", "2024-10-01", "2024-10-31")],
    ),
    ("The sides agreed in March to expand trade.", "2024-06-20", [("March", "2024-03-01", "2024-03-31")]),
    ("The deal was agreed at the end of March.", "2024-06-20", [("the end of March", "2024-03-01", "2024-03-31")]),
    ("The ministers prepared the documents in May.", "2024-06-20", [("May", "2024-05-01", "2024-05-31")]),
    ("The parties agreed to hold the next round in March.", "2024-06-20", [("March", "2025-03-01", "2025-03-31")]),
    # a yearless season before a noun is a kind of thing, not a date ...
    ("Kyrgyzstan releases water in return for winter electricity from Kazakhstan.", "2025-10-14", []),
    ("Herders drive their flocks to summer pastures in the mountains.", "2025-10-14", []),
    # ... but a season naming a time span, or a season on its own, stays a date
    ("The sides agreed on gas supplies for the winter season.", "2025-10-14", [("winter", "2025-12-01", "2026-02-28")]),
    ("The ministers will meet again in the spring.", "2025-10-14", [("spring", "2026-03-01", "2026-05-31")]),
    ("Spring 2026 will see the first exports.", "2025-10-14", [("Spring 2026", "2026-03-01", "2026-05-31")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OWN_PRESS_SENTENCES)
def test_date_forms_of_other_outlets(nlp: Language, text: str, published: str, expected: list) -> None:
    got = {(start, end) for _, start, end in found(nlp, text, published=published) if start}
    assert got == {(start, end) for _, start, end in expected if start}


# Publication stamps in the forms news sites print them, above an article that has no other date.
STAMP_BODY = "\nASTANA - The presidents met on Tuesday.\nThey signed three agreements.\n"
PUBLICATION_STAMPS = [
    ("Published: 14.06.2024, 10:42", "2024-06-14"),
    ("14 June 2024 | 10:42", "2024-06-14"),
    ("June 14, 2024 at 10:42 am", "2024-06-14"),
    ("Updated 14.06.2024", "2024-06-14"),
    ("Published 14 June 2024", "2024-06-14"),
    ("Posted on June 14, 2024", "2024-06-14"),
    ("Friday, 14 June 2024", "2024-06-14"),
    ("Friday, June 14, 2024", "2024-06-14"),
    ("Last updated: 14.06.2024", "2024-06-14"),
    ("14.06.2024 10:42", "2024-06-14"),
    ("10:42, 14.06.2024", "2024-06-14"),
    ("14 Jun 2024, 10:42 GMT", "2024-06-14"),
    ("Jun 14, 2024 10:42 AM ET", "2024-06-14"),
    ("2024-06-14 10:42", "2024-06-14"),
    ("Published on 14 June 2024 at 10:42", "2024-06-14"),
    ("By Anna Smith | June 14, 2024", "2024-06-14"),
    ("14/06/2024", "2024-06-14"),
    ("Date: 14.06.2024", "2024-06-14"),
    ("Updated: June 14, 2024 10:42 am", "2024-06-14"),
    ("June 14th, 2024", "2024-06-14"),
    ("14th June 2024", "2024-06-14"),
    ("14-Jun-2024 10:42", "2024-06-14"),
    ("Fri 14 Jun 2024 10.42 BST", "2024-06-14"),
    ("Published: Friday 14 June 2024", "2024-06-14"),
    ("Published June 14, 2024 10:42am EDT", "2024-06-14"),
    ("Views: 1,204 | 14.06.2024", "2024-06-14"),
    ("14.06.2024 | Politics", "2024-06-14"),
    ("14 June 2024 | Politics", "2024-06-14"),
    ("Politics | 14 June 2024", "2024-06-14"),
    ("Posted: Jun 14, 2024", "2024-06-14"),
    ("By John Smith, June 14, 2024", "2024-06-14"),
    ("By John Smith - 14 June 2024", "2024-06-14"),
    ("Jun 14 2024", "2024-06-14"),
    ("14 June 2024, 10:42", "2024-06-14"),
    ("Politics 14 June 2024, 10:42", "2024-06-14"),
    ("10:42 14.06.2024", "2024-06-14"),
    ("Published: 14 Jun 2024 10:42 AM (GMT+5)", "2024-06-14"),
    ("Thursday, 13 June 2024 - 16:45", "2024-06-13"),
    ("June 14, 2024 • 10:42 AM", "2024-06-14"),
    ("14 June 2024 · 3 min read", "2024-06-14"),
    ("Date of publication: 14.06.2024", "2024-06-14"),
    ("Release date: 14 June 2024", "2024-06-14"),
    # a date in the story is no stamp
    ("The presidents met on 14 June 2024 in Astana.", ""),
    ("The summit will be held on June 14, 2024.", ""),
]


@pytest.mark.parametrize(("stamp", "published"), PUBLICATION_STAMPS)
def test_publication_stamps_of_news_sites(stamp: str, published: str) -> None:
    assert find_published("Presidents sign three agreements in Astana\n" + stamp + STAMP_BODY)[0] == published
