"""Event dates, round eight (b): each trade figure with the period written in its own phrase ("lower than the RM426.1
million recorded the previous year"); a signing told as carried home ("flew home on Wednesday with a treaty signed")
is not dated by the departure; documents "expected to be signed during the visit" take the announced visit's days;
a background event with a date of its own phrase keeps it.  Our own sentences in the styles of several outlets (wire,
agency, ministry release, business daily), positives and negatives."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def figures(nlp: Language, text: str, published: str) -> list[tuple[float | None, str, str]]:
    return sorted(
        (e.amount, e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == "trade_figure"
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # national agency: the comparison figure "recorded the previous year", the current one "in 2024"
            "Malaysia's total trade with Uzbekistan in 2024 came to RM369.8 million (US$80.9 million), 13.2 per cent "
            "lower than the RM426.1 million (US$94 million) recorded the previous year.",
            "2025-02-05",
            [(369.8e6, "2024-01-01", "2024-12-31"), (426.1e6, "2023-01-01", "2023-12-31")],
        ),
        (  # business daily: "registered in 2023" after the second amount
            "Exports to Kazakhstan rose to $850 million in 2024, well above the $620 million registered in 2023.",
            "2025-03-10",
            [(620e6, "2023-01-01", "2023-12-31"), (850e6, "2024-01-01", "2024-12-31")],
        ),
        (  # ministry release: "that was recorded a year earlier", a relative clause on the amount
            "Trade turnover amounted to $1.5 billion in 2024, exceeding the $1.1 billion that was recorded a year "
            "earlier.",
            "2025-03-10",
            [(1.1e9, "2023-01-01", "2023-12-31"), (1.5e9, "2024-01-01", "2024-12-31")],
        ),
        (  # negative: each figure already with its own year, as before
            "Bilateral trade stood at $640 million last year, compared with $510 million in 2023, the ministry said.",
            "2025-03-10",
            [(510e6, "2023-01-01", "2023-12-31"), (640e6, "2024-01-01", "2024-12-31")],
        ),
        (  # negative: two figures, two periods, one clause each
            "Bilateral trade reached $3 billion last year and $700 million in January-February 2025.",
            "2025-03-10",
            [(3e9, "2024-01-01", "2024-12-31"), (700e6, "2025-01-01", "2025-02-28")],
        ),
        (  # negative: a date of another event after the figure is not its period
            "Trade reached $2 billion in 2024, the figure announced at the forum held in Tashkent in March.",
            "2025-03-10",
            [(2e9, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_each_trade_figure_takes_the_period_of_its_own_phrase(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert figures(nlp, text, published) == sorted(expected)


def signings(nlp: Language, text: str, published: str) -> list[tuple[str, str]]:
    return sorted((e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == "signing")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # analysis site: the departure day (Wednesday) is not the signing's; the next sentence dates it
            "Chinese President Xi Jinping flew home from Kazakhstan on Wednesday with something Beijing had never "
            "obtained before: a friendship treaty signed not with a single neighbor, but with an entire region. The "
            "Treaty on Eternal Friendship was signed on June 17 in Astana.",
            "2025-06-19",
            [("2025-06-17", "2025-06-17")],
        ),
        (  # wire style: agreements carried home, no day of their own
            "Prime Minister Modi returned home on Friday with a dozen agreements signed in Tashkent and a promise of "
            "new flights.",
            "2025-03-14",
            [],
        ),
        (  # negative: "after signing" on the day of leaving may share it
            "President Aliyev left Ashgabat on Thursday after signing a declaration on strategic partnership with "
            "President Berdimuhamedov.",
            "2025-03-14",
            [("2025-03-13", "2025-03-13")],
        ),
        (  # negative: the signing's own day, then the leaving
            "President Japarov signed a joint statement with President Putin on Wednesday and then flew home from "
            "Moscow.",
            "2025-03-14",
            [("2025-03-12", "2025-03-12")],
        ),
        (  # negative: a day of its own before "left for"
            "On Tuesday, the two presidents signed a joint statement before President Mirziyoyev left for Tashkent.",
            "2025-03-14",
            [("2025-03-11", "2025-03-11")],
        ),
    ],
)
def test_the_day_of_going_home_does_not_date_what_was_carried_home(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert signings(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # news site preview: the visit announced for January 23-25, the signings expected at it
            "President Shavkat Mirziyoyev will pay a state visit to the People's Republic of China on January 23-25, "
            "Deputy Prime Minister Jamshid Khodjayev said at a government meeting on Tuesday. The meeting was devoted "
            "to preparations for the trip. An Uzbek-Chinese business forum will be held on the second day. The sides "
            "are expected to sign an intergovernmental agreement on mutual visa exemption and a programme of "
            "cooperation for 2024-2028.",
            "2023-12-27",
            [("2024-01-23", "2024-01-25"), ("2024-01-23", "2024-01-25")],
        ),
        (  # presidential site: "the documents to be signed during the visit" announced for January
            "President Tokayev will pay a state visit to Azerbaijan in January, the press service said. Ilham Aliyev "
            "expressed confidence that the documents to be signed during the visit, including the Action Plan for "
            "2026-2028, would give a fresh impetus to cooperation.",
            "2025-12-25",
            [("2026-01-01", "2026-01-31")],
        ),
        (  # wire style: "During the visit, the two sides will sign"
            "Prime Minister Sharif is set to visit Tashkent on April 20-21. During the visit, the two sides will sign "
            "a memorandum on railway cooperation.",
            "2025-04-14",
            [("2025-04-20", "2025-04-21")],
        ),
        (  # negative: a visit under way hosts the signings still to come
            "President Erdogan arrived in Baku on Monday for a state visit. The two presidents are expected to sign a "
            "treaty on strategic partnership.",
            "2025-04-14",
            [("2025-04-14", "2025-04-14")],
        ),
        (  # negative: a day of its own
            "The presidents held talks in Ankara on Monday. They are expected to sign a joint declaration on Tuesday.",
            "2025-04-14",
            [("2025-04-15", "2025-04-15")],
        ),
    ],
)
def test_an_announced_signing_takes_the_days_of_the_visit_it_is_to_close(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert signings(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency style: "the Treaty ... of January 13, 1993", another treaty's month later in the sentence
            "According to the Tajik side, the new document builds on the Treaty on the Fundamentals of Relations of "
            "January 13, 1993 and on the strategic partnership treaty Dushanbe and Astana concluded in September 2015.",
            "2023-05-05",
            [("signing", "1993-01-13", "1993-01-13")],
        ),
        (  # ministry release: "the Agreement on ... of 12 May 2010"
            "The new programme builds on the Agreement on Economic Cooperation of 12 May 2010.",
            "2024-10-05",
            [("signing", "2010-05-12", "2010-05-12")],
        ),
        (  # negative: a name inside another name ending with it; the ratification keeps its day
            "The parliament ratified on Thursday the protocol amending the Agreement on Free Trade of 12 May 2010.",
            "2024-10-05",
            [("other", "2024-10-03", "2024-10-03")],
        ),
        (  # negative: "of" a period to come names no signing day
            "The ministers signed the Programme of Cooperation of 2025-2027 in Baku on Friday.",
            "2024-10-05",
            [("signing", "2024-10-04", "2024-10-04")],
        ),
    ],
)
def test_a_document_dated_by_of_after_its_name_was_signed_that_day(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert sorted((e.type, e.date_start, e.date_end) for e in events_of(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency style: the committee sat on 12 March; the documents signed at the end of its session take that day
            "The joint committee sat in Ankara on 12 March, co-chaired by the two deputy foreign ministers. The "
            "following documents were signed at the end of the session: a memorandum on customs cooperation.",
            "2025-03-14",
            [("meeting", "2025-03-12", "2025-03-12"), ("signing", "2025-03-12", "2025-03-12")],
        ),
        (  # ministry release: a council that sat on Monday is a meeting
            "The Kazakh-Uzbek Intergovernmental Council sat in Turkistan on Monday under the chairmanship of the two "
            "presidents.",
            "2025-03-11",
            [("meeting", "2025-03-10", "2025-03-10")],
        ),
        (  # negative: people of a commission sitting somewhere
            "Members of the commission sat next to President Tokayev during the concert on Monday.",
            "2025-03-11",
            [],
        ),
        (  # negative: sitting on a council is no meeting
            "The minister sat on the council until 2019.",
            "2025-03-11",
            [],
        ),
    ],
)
def test_a_body_that_sat_on_a_day_met_that_day(nlp: Language, text: str, published: str, expected: list) -> None:
    assert sorted((e.type, e.date_start, e.date_end) for e in events_of(nlp, text, published)) == expected
