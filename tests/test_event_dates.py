"""Which date an event gets: the date-choosing rules of pipeline.extract.frames, on our own sentences in the
styles of several outlets (positives and negatives)."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def dated(nlp: Language, text: str, published: str) -> list[tuple[str, str, str]]:
    return sorted((e.type, e.date_start, e.date_end) for e in events_of(nlp, text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a fronted "during the visit in <date>" dates the acts conjoined to the first verb
            "During Erdogan's return visit to Tashkent in the spring of 2018, the sides inked 25 agreements and set "
            "up the High-Level Strategic Cooperation Council.",
            "2023-11-09",
            [("other", "2018-03-01", "2018-05-31"), ("visit", "2018-03-01", "2018-05-31")],
        ),
        (  # a fronted year, wire style
            "In 2019, Kazakhstan and Uzbekistan signed 20 documents and launched the Central Asia "
            "International Industrial Cooperation Centre.",
            "2025-05-20",
            [("other", "2019-01-01", "2019-12-31")],
        ),
        (  # a "where" clause on the destination of a visit recalled with its date takes the visit's date
            "Last year, Erdogan made a state visit to Samarkand, where the leaders elevated ties to a comprehensive "
            "strategic partnership and signed a joint statement to that effect.",
            "2023-11-09",
            [("signing", "2022-01-01", "2022-12-31"), ("visit", "2022-01-01", "2022-12-31")],
        ),
        (  # the date after the visit, and "during which"
            "Tokayev paid a state visit to Baku in August 2022, during which the presidents signed the Declaration "
            "on Strengthening Strategic Partnership.",
            "2025-12-24",
            [("signing", "2022-08-01", "2022-08-31"), ("visit", "2022-08-01", "2022-08-31")],
        ),
        (  # negative: a clause with a date of its own keeps it
            "In 2019, the two presidents met in Tashkent and on March 3, 2021 signed the Treaty on Allied Relations.",
            "2025-05-20",
            [("meeting", "2019-01-01", "2019-12-31"), ("signing", "2021-03-03", "2021-03-03")],
        ),
        (  # negative: a month naming the subject ("the March summit") sets no time for what it did next
            "In fact, the March summit recognised the role of the region and launched a new dialogue format.",
            "2019-03-20",
            [("meeting", "2019-03-01", "2019-03-31")],
        ),
    ],
)
def test_a_clause_without_a_date_takes_the_time_of_the_clause_it_hangs_on(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "date_word", "verb", "expected"),
    [
        ("Last year, Erdogan made a state visit to Samarkand.", "year", "made", True),
        ("During the visit in spring 2018, the sides inked 25 agreements.", "2018", "inked", True),
        ("On Monday, the ministers met in Astana.", "Monday", "met", True),
        ("In fact, the March summit recognised the point.", "March", "recognised", False),  # in the subject
        ("The ministers discussed the May agreements.", "May", "discussed", False),  # in the object
    ],
)
def test_a_date_is_an_adverbial_of_its_verb_not_part_of_its_subject_or_object(
    nlp: Language, text: str, date_word: str, verb: str, expected: bool
) -> None:
    from pipeline.extract.frames import _adverbial

    doc = nlp(text)
    token = next(t for t in doc if t.text == date_word)
    head = next(t for t in doc if t.text == verb)
    assert _adverbial(token, head) is expected


# the story's lead, then a paragraph of its own (a sentence of the lead's paragraph takes the lead's date anyway)
STORY = "Hungarian and Kazakh companies signed 27 agreements worth $4.6 billion in Almaty on Thursday.\n\n"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # an investment reported as an act of the story takes the story's day
        ("Almaty Mayor Yerbolat Dossayev presented a pipeline of 12 projects worth $570 million.", "2025-10-16"),
        ("The Saudi fund presented a package of 14 projects worth $1.2 billion for the regions.", "2025-10-16"),
        # negatives: running totals and states stay undated
        ("Hungarian companies have invested more than $250 million in Kazakhstan.", ""),
        ("Indian companies have so far invested over $300 million in the region.", ""),
        ("The portfolio of joint projects is currently estimated at around $2.5 billion.", ""),
        ("In total, the fund financed 3,500 projects worth over $1 billion.", ""),
        ("The company was established with an authorized capital of $500 million.", ""),
    ],
)
def test_an_undated_investment_takes_the_story_day_only_when_it_reports_an_act(
    nlp: Language, second: str, expected: str
) -> None:
    # the story's own deals (27 agreements worth $4.6 billion) are an investment of their own, dated
    events = events_of(nlp, STORY + second, "2025-10-17")
    investments = [e for e in events if e.type == "investment" and e.amount != 4_600_000_000]
    assert investments and investments[-1].date_start == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # negative: a yearless dateline with no publication date dates nothing (never a guessed year)
            "Border deal signed\n\nASTANA, March 14 (Kazinform) - The governments of Kazakhstan and Uzbekistan "
            "yesterday signed the following documents:\n\n"
            "- Agreement on the Demarcation of the Kazakh-Uzbek State Border;\n"
            "- Memorandum of Understanding on Cooperation in the Field of Tourism.",
            "",
            ["", ""],
        ),
    ],
)
def test_a_yearless_dateline_dates_no_listed_document(nlp: Language, text: str, published: str, expected: list) -> None:
    assert sorted(e.date_start for e in events_of(nlp, text, published) if e.type == "signing") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # statistics-bureau style: the comparison figure is of the same months one year before
            "According to the Bureau of National Statistics, trade between the two countries reached $3.2 bn in "
            "January-October 2025, up 19.6% on $2.67 bn in the same period last year.",
            "2025-11-20",
            [("trade_figure", "2025-01-01", "2025-10-31"), ("trade_figure", "2024-01-01", "2024-10-31")],
        ),
        (  # wire style, "during the same period last year"
            "Mutual trade in the first half of 2024 totalled $812 million, compared with $640 million during the "
            "same period last year.",
            "2024-08-02",
            [("trade_figure", "2024-01-01", "2024-06-30"), ("trade_figure", "2023-01-01", "2023-06-30")],
        ),
        (  # negative: "a year earlier" already dated by the dates step is not moved again
            "Bilateral trade in the first half of 2024 amounted to $812 million, against $640 million a year "
            "earlier, the ministry said.",
            "2024-08-02",
            [("trade_figure", "2024-01-01", "2024-06-30"), ("trade_figure", "2023-01-01", "2023-06-30")],
        ),
        (  # negative: "year on year" names no figure of the previous year
            "Trade between the countries reached $3.2 billion in January-October, up 19.6% year on year.",
            "2025-11-20",
            [("trade_figure", "2025-01-01", "2025-10-31")],
        ),
    ],
)
def test_a_figure_compared_with_the_same_period_last_year_is_dated_a_year_before(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Indian-daily style: the deals were concluded at the forum, on its day
            "At an India-Uzbekistan business forum organised by the CII on Tuesday, companies from the two sides "
            "concluded deals worth more than $2.2 billion (about ₹19,400 crore).",
            "2025-11-19",
            # the forum told only as the setting of its deals is those deals, no meeting (round 15)
            [("investment", "2025-11-18", "2025-11-18")],
        ),
        (  # agency style, "during the talks held ... on Monday"
            "During the talks held in Ankara on Monday, the ministers signed a memorandum on energy cooperation.",
            "2025-06-11",
            [("meeting", "2025-06-09", "2025-06-09"), ("signing", "2025-06-09", "2025-06-09")],
        ),
        (  # negative: the clause's own day wins over the year the forum was founded
            "At the forum, which was first held in 2019, the companies on Wednesday signed deals worth $300 million.",
            "2025-06-13",
            [("investment", "2025-06-11", "2025-06-11")],
        ),
    ],
)
def test_an_act_set_at_a_meeting_described_with_its_day_takes_that_day(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # business-weekly style: the largest of the deals the story reported was made on their day
            "ALMATY – Kazakh and Hungarian companies signed 27 commercial agreements worth more than 2.5 trillion "
            "tenge at the business forum in Almaty on Oct. 16.\n\nThe forum was held on the sidelines of the "
            "intergovernmental commission.\n\nThe largest deal, valued at some 780 billion tenge ($1.44 billion), "
            "envisages the construction of a 500-megawatt gas-fired power plant in the Almaty Region.",
            "2025-10-17",
            [
                ("investment", "2025-10-16", "2025-10-16"),
                ("investment", "2025-10-16", "2025-10-16"),
                # no meeting: the forum told only as the setting of its deals is those deals (round 15); an article
                # about the forum still tells it as a meeting in a sentence of its own
            ],
        ),
        (  # agency style, "The biggest contract, worth ..."
            "Uzbek and Saudi firms on Monday signed 14 agreements worth $3.6 billion in Riyadh.\n\nThe biggest "
            "contract, worth $1.2 billion, covers a wind farm in Karakalpakstan.",
            "2025-02-12",
            [("investment", "2025-02-10", "2025-02-10"), ("investment", "2025-02-10", "2025-02-10")],
        ),
        (  # negative: a superlative deal with a date of its own keeps it
            "Uzbek and Saudi firms on Monday signed 14 agreements worth $3.6 billion in Riyadh.\n\nThe largest deal "
            "in the history of the two countries, worth $5 billion, was signed in 2019 for a gas processing plant.",
            "2025-02-12",
            [("investment", "2025-02-10", "2025-02-10"), ("signing", "2019-01-01", "2019-12-31")],
        ),
        (  # negative: no deals reported before, nothing to single it out of
            "The largest contract, worth $900 million, provides for a copper smelter.",
            "2025-02-12",
            [("investment", "", "")],
        ),
    ],
)
def test_a_deal_singled_out_by_a_superlative_takes_the_day_of_the_deals_reported_before(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a visit recalled between the talks and "during the visit" is not the visit meant
            "ROME, March 4 (ANSA) - Italian Prime Minister Giorgia Meloni and Kazakh President Kassym-Jomart Tokayev "
            "held talks in Rome on Tuesday. The two countries set up their strategic partnership in 2019, when then "
            "Prime Minister Giuseppe Conte paid a visit to Astana. Twelve documents were signed during the visit, "
            "including the Agreement on Cooperation in the Field of Energy.",
            "2025-03-04",
            ("2025-03-04", "reported"),
        ),
        (  # wire style: a meeting recalled with its year, then "During the visit" opening the next sentence
            "HANOI, May 12 (VNA) - State President Vo Van Thuong received Uzbek Foreign Minister Bakhtiyor Saidov in "
            "Hanoi on Friday. Saidov recalled that Vietnamese and Uzbek leaders met in Tashkent in 2016. During the "
            "visit, the two ministers signed the Memorandum of Understanding on Political Consultations.",
            "2023-05-12",
            ("2023-05-12", "reported"),
        ),
        (  # only a recalled visit before: "during the visit" is that one
            "In 2016, President Shavkat Mirziyoyev paid a state visit to Moscow. Fifteen documents were signed during "
            "the visit, including the Agreement on Military-Technical Cooperation.",
            "2025-03-04",
            ("2016-01-01", "background"),
        ),
    ],
)
def test_during_the_visit_is_the_visit_reported_not_one_recalled(
    nlp: Language, text: str, published: str, expected: tuple[str, str]
) -> None:
    signings = [e for e in events_of(nlp, text, published) if e.type == "signing"]
    assert [(e.date_start, e.status) for e in signings] == [expected]
