"""Events, round four: decorations in any phrasing, and the merge and absorb rules that keep one event one row.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_frame, types_of
from spacy.language import Language

from pipeline.reconcile import reconcile
from pipeline.records import Document, Event, Extraction, Frame


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Chinese wire style: a medal presented to someone
            "During the visit, Xi presented Rahmon with the Friendship Medal of the People's Republic of China.",
            ["award", "visit"],
        ),
        (  # Turkish broadcaster style: an order presented
            "Japarov presented Orban with the Supreme Order of the Turkic World, the bloc's highest honour.",
            ["award"],
        ),
        (  # Kazakh agency style: an order handed over
            "President Tokayev handed Aliyev the Order of the Golden Eagle at the Akorda.",
            ["award"],
        ),
        (  # passive
            "Mirziyoyev was presented with the Order of Friendship, the highest award of the host country.",
            ["award"],
        ),
        (  # the receiving side
            "Erdogan himself received the same order from his Uzbek counterpart.",
            ["award"],
        ),
        (  # negative: an order to do something is no decoration
            "The ambassador received the order to leave the country within 48 hours.",
            [],
        ),
        (  # negative: presenting a title is no decoration
            "The minister presented the title of the new programme to reporters.",
            [],
        ),
    ],
)
def test_a_decoration_presented_handed_or_received_is_an_award(nlp: Language, text: str, expected: list) -> None:
    assert types_of(nlp, text, "2025-03-01") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Tajik agency style: arrived in the evening, talks the next day: one visit
            "Iranian President Masoud Pezeshkian arrived in Dushanbe on an official visit on Wednesday evening. "
            "Pezeshkian held talks with President Emomali Rahmon at the Palace of the Nation on Thursday.",
            "2025-01-17",
            [("visit", "2025-01-15")],
        ),
        (  # Indian agency style, met the day after arriving
            "Uzbek Foreign Minister Bakhtiyor Saidov arrived in New Delhi on Wednesday for a three-day visit. "
            "External Affairs Minister Subrahmanyam Jaishankar met Saidov on Thursday.",
            "2025-06-06",
            [("visit", "2025-06-04")],
        ),
        (  # negative: talks a week after the visit are talks of their own
            "President Sadyr Japarov arrived in Moscow on an official visit on 3 March 2025. "
            "Japarov held talks with Vladimir Putin on 10 March 2025.",
            "2025-03-12",
            [("meeting", "2025-03-10"), ("visit", "2025-03-03")],
        ),
        (  # Kazakh agency style: arrival and last day in one sentence: one visit
            "Recep Tayyip Erdogan arrived in Astana on May 12 for a state visit that will last until May 14.",
            "2026-05-13",
            [("visit", "2026-05-12")],
        ),
        (  # negative: two ministers meeting on the sidelines of a state visit hold talks of their own
            "NEW DELHI: Uzbek President Shavkat Mirziyoyev arrived in New Delhi on Tuesday on a state visit. "
            "On Wednesday, External Affairs Minister S. Jaishankar held talks with Uzbek Foreign Minister "
            "Bakhtiyor Saidov in New Delhi.",
            "2025-11-20",
            [("meeting", "2025-11-19"), ("visit", "2025-11-18")],
        ),
        (  # negative: a call and a summit two days apart in one sentence stay two meetings
            "Sadyr Japarov held a telephone conversation with Vladimir Putin on 8 October 2025 ahead of a meeting of "
            "the CIS Council of Heads of State in Dushanbe on 10 October 2025.",
            "2025-10-09",
            [("meeting", "2025-10-08"), ("meeting", "2025-10-10")],
        ),
    ],
)
def test_talks_within_a_visit_s_days_are_the_visit(nlp: Language, text: str, published: str, expected: list) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, published)) == expected


def test_ministers_who_joined_the_talks_are_people_of_those_talks(nlp: Language) -> None:
    text = (
        "President Recep Tayyip Erdogan held talks with President Sadyr Japarov in Bishkek on Tuesday. "
        "Foreign Minister Hakan Fidan and Treasury Minister Mehmet Simsek joined the talks."
    )
    events = events_of(nlp, text, "2024-11-06")
    assert [(e.type, e.date_start) for e in events] == [("meeting", "2024-11-05")]
    assert {"Recep Tayyip Erdogan", "Hakan Fidan"} <= set(events[0].leaders)


def frame(sentence_id: int, type_: str, **fields) -> Frame:
    return make_frame("a", sentence_id, type_, **{"evidence": f"sentence {sentence_id}", **fields})


def reconciled(*frames: Frame) -> list[Event]:
    sentences = tuple((i * 100, i * 100 + 90) for i in range(1 + max(f.sentence_id for f in frames)))
    document = Document(doc_id="a", path="a.txt", text="", sha256="", published="2025-04-05")
    return reconcile([Extraction(document=document, sentences=sentences, frames=frames)])


SUMMIT_DAY = {"date_start": "2025-04-04", "date_end": "2025-04-04", "date_precision": "day"}
HOSTS = {"leader_ids": ("shavkat-mirziyoyev",), "leaders": ("Shavkat Mirziyoyev",)}


@pytest.mark.parametrize(
    ("unnamed", "named", "merged"),
    [
        # "announced ... at its first summit on Friday" + "Mirziyoyev hosted the meeting" (dated by the lead)
        (SUMMIT_DAY, {**SUMMIT_DAY, "inferred": ("date",), **HOSTS}, True),
        # both stated, the same day
        (SUMMIT_DAY, {**SUMMIT_DAY, **HOSTS}, True),
        # negative: another day
        (SUMMIT_DAY, {"date_start": "2025-04-03", "date_end": "2025-04-03", "date_precision": "day", **HOSTS}, False),
        # negative: a month is many days, not one meeting's
        (
            {"date_start": "2025-04-01", "date_end": "2025-04-30", "date_precision": "month"},
            {"date_start": "2025-04-01", "date_end": "2025-04-30", "date_precision": "month", **HOSTS},
            False,
        ),
        # negative: the unnamed one names a place of its own elsewhere
        ({**SUMMIT_DAY, "location": "Astana"}, {**SUMMIT_DAY, **HOSTS, "location": "Samarkand"}, False),
    ],
)
def test_a_meeting_with_no_people_or_place_is_the_same_day_meeting(unnamed: dict, named: dict, merged: bool) -> None:
    events = reconciled(frame(1, "meeting", trigger="summit", **unnamed), frame(6, "meeting", **named))
    assert len(events) == (1 if merged else 2)


def leaders_of(nlp: Language, text: str, published: str, type_: str) -> set[tuple[str, ...]]:
    return {e.leaders for e in events_of(nlp, text, published) if e.type == type_}


@pytest.mark.parametrize(
    ("text", "published", "type_", "expected"),
    [
        (  # Azerbaijani daily style: ministers sign before the heads of state; then "the presidents" set a goal
            "Azerbaijan's Minister of Transport Rashad Nabiyev and Kazakhstan's Minister of Transport Marat "
            "Karabayev met in Astana on 11 March 2024. "
            "The presidents have set the goal of bringing trade to $1 billion.",
            "2024-06-10",
            "trade_target",
            {("Ilham Aliyev", "Kassym-Jomart Tokayev")},
        ),
        (  # Kyrgyz agency style: "the two heads of state" after talks of the prime ministers, by date (2022)
            "Prime Minister Akylbek Japarov met Kazakh Prime Minister Alikhan Smailov in Bishkek on 5 May 2022. "
            "The two heads of state will meet in Astana on 10 October 2022.",
            "2022-05-06",
            "meeting",
            {("Akylbek Japarov", "Alikhan Smailov"), ("Sadyr Japarov", "Kassym-Jomart Tokayev")},
        ),
        (  # Mongolian agency style: the latest meeting is of one country's officials; the heads of state are
            # those of the visit between two countries
            "President of Mongolia Ukhnaagiin Khurelsukh will pay a state visit to Kazakhstan on 12-13 June 2026 "
            "at the invitation of President Kassym-Jomart Tokayev. He will also meet Chairman of the Mazhilis "
            "Yerlan Koshanov and Prime Minister Olzhas Bektenov. The two heads of state are expected to sign the "
            "Agreement on International Road Transport.",
            "2026-06-04",
            "signing",
            {("Ukhnaagiin Khurelsukh", "Kassym-Jomart Tokayev")},
        ),
        (  # negative: "the two leaders" may be prime ministers: they stay the people of the meeting
            "Prime Minister Olzhas Bektenov held talks with Kyrgyz Prime Minister Adylbek Kasymaliev in Astana on "
            "20 June 2025. The two leaders agreed to open a new checkpoint next year.",
            "2025-06-21",
            "meeting",
            {("Olzhas Bektenov", "Adylbek Kasymaliev")},
        ),
        (  # negative: "the co-chairs" are those of the commission reported, not of a visit recalled in passing
            "The 23rd meeting of the intergovernmental commission was held in Tashkent on 17 October 2024, co-chaired "
            "by Deputy Prime Ministers Jamshid Khodjaev and Shahin Mustafayev. The parties reviewed the agreements "
            "reached during the state visit of President Ilham Aliyev to Uzbekistan on 21-22 August 2024, when the "
            "heads of state signed the Treaty on Allied Relations. "
            "The co-chairs instructed the working groups to bring mutual trade to $1 billion.",
            "2024-10-18",
            "trade_target",
            {("Jamshid Khodjaev", "Shahin Mustafayev")},
        ),
    ],
)
def test_the_presidents_are_the_heads_of_state_of_the_countries_reported(
    nlp: Language, text: str, published: str, type_: str, expected: set
) -> None:
    assert leaders_of(nlp, text, published, type_) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Mongolian agency style: "during the visit" with other people named: the announced visit
            "President of Mongolia Ukhnaagiin Khurelsukh will pay a state visit to Kazakhstan on 12-13 June 2026 at "
            "the invitation of President Kassym-Jomart Tokayev. During the visit, the guest will meet with Prime "
            "Minister Olzhas Bektenov.",
            "2026-06-04",
            [("visit", "2026-06-12")],
        ),
        (  # Kazakh ministry style: "preparations for the visit"
            "Chinese President Xi Jinping will pay a state visit to Kazakhstan on 16-17 June 2025. Foreign Minister "
            "Murat Nurtleu received the Chinese ambassador to discuss preparations for the visit.",
            "2025-06-10",
            [("visit", "2025-06-16")],
        ),
        (  # negative: a visit with a date of its own is another visit
            "President Sadyr Japarov arrived in Baku on 24 April 2024 for a state visit. Aliyev recalled the visit "
            "of Japarov in April 2022.",
            "2024-04-25",
            [("visit", "2022-04-01"), ("visit", "2024-04-24")],
        ),
    ],
)
def test_the_visit_named_again_is_the_visit_reported(nlp: Language, text: str, published: str, expected: list) -> None:
    visits = [(e.type, e.date_start) for e in events_of(nlp, text, published) if e.type == "visit"]
    assert sorted(visits) == expected


DEC_2024 = {"date_start": "2024-12-01", "date_end": "2024-12-31", "date_precision": "month"}
YEAR_2033 = {"date_start": "2033-01-01", "date_end": "2033-12-31", "date_precision": "year"}
FOUR_BILLION = {"amount": 4e9, "currency": "USD"}


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # one amount of one sentence, two dates of its clauses ("approved in December 2024 ... needed $4 billion
        # ... by 2033"): one investment
        (frame(3, "investment", **FOUR_BILLION, **DEC_2024), frame(3, "investment", **FOUR_BILLION, **YEAR_2033), True),
        # negative: a figure over a period is restated for each ("reached $1 billion in 2022 and again in 2023")
        (
            frame(2, "trade_figure", **FOUR_BILLION, **DEC_2024),
            frame(2, "trade_figure", **FOUR_BILLION, **YEAR_2033),
            False,
        ),
        # negative: a goal's deadline is its date: "$30 billion target by 2030" beside a quarter stays apart
        (
            frame(1, "trade_target", **FOUR_BILLION, **DEC_2024),
            frame(1, "trade_target", **FOUR_BILLION, **YEAR_2033),
            False,
        ),
        # negative: the same amount in two sentences, dated differently, is two investments
        (
            frame(3, "investment", **FOUR_BILLION, **DEC_2024),
            frame(7, "investment", **FOUR_BILLION, **YEAR_2033),
            False,
        ),
        # negative: two amounts of one sentence are two investments
        (
            frame(3, "investment", amount=3.5e8, currency="USD", **DEC_2024),
            frame(3, "investment", **FOUR_BILLION, **YEAR_2033),
            False,
        ),
    ],
)
def test_one_amount_of_one_sentence_is_one_event(first: Frame, second: Frame, merged: bool) -> None:
    assert len(reconciled(first, second)) == (1 if merged else 2)


def people(*names: str) -> dict:
    return {"leader_ids": tuple(n.lower().replace(" ", "-") for n in names), "leaders": names}


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # Uzbek agency style: the commission co-chaired by X and Y; Y received by the prime minister Z: two meetings
        (
            frame(2, "meeting", **SUMMIT_DAY, **people("Jamshid Khodjaev", "Shahin Mustafayev")),
            frame(9, "meeting", **SUMMIT_DAY, **people("Shahin Mustafayev", "Abdulla Aripov")),
            False,
        ),
        # a visitor received by two hosts on one day: two meetings
        (
            frame(1, "meeting", **SUMMIT_DAY, **people("Peter Szijjarto", "Rashid Meredov")),
            frame(4, "meeting", **SUMMIT_DAY, **people("Serdar Berdimuhamedov", "Peter Szijjarto")),
            False,
        ),
        # the talks of two presidents, then the same talks with their ministers named: one meeting
        (
            frame(1, "meeting", **SUMMIT_DAY, **people("Ilham Aliyev", "Sadyr Japarov")),
            frame(3, "meeting", **SUMMIT_DAY, **people("Ilham Aliyev", "Sadyr Japarov", "Jeyhun Bayramov")),
            True,
        ),
        # one person named again: one meeting
        (
            frame(1, "meeting", **SUMMIT_DAY, **people("Ilham Aliyev", "Sadyr Japarov")),
            frame(3, "meeting", **SUMMIT_DAY, **people("Ilham Aliyev")),
            True,
        ),
    ],
)
def test_meetings_of_one_day_sharing_one_person_of_different_pairs_are_two(
    first: Frame, second: Frame, merged: bool
) -> None:
    assert len(reconciled(first, second)) == (1 if merged else 2)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Turkish broadcaster style: "on the sidelines of the summit" is the summit reported
            "Turkic leaders gathered in Bishkek for the summit of the Organization of Turkic States on 6 November "
            "2024, hosted by President Sadyr Japarov with Recep Tayyip Erdogan and Kassym-Jomart Tokayev. On the "
            "sidelines of the summit, Erdogan also congratulated Donald Trump.",
            "2024-11-07",
            1,
        ),
        (  # Kazakh government style: "at the end of the meeting" is the meeting reported
            "Prime Minister Olzhas Bektenov met Azerbaijani Deputy Prime Minister Shahin Mustafayev in Astana on "
            "14 November 2025. At the end of the meeting, the Prime Minister invited Ali Asadov to visit Kazakhstan.",
            "2025-11-14",
            1,
        ),
        (  # negative: a meeting with a date of its own is another meeting
            "Prime Minister Olzhas Bektenov met Azerbaijani Deputy Prime Minister Shahin Mustafayev in Astana on "
            "14 November 2025. The previous meeting of the commission took place in Baku in September 2024.",
            "2025-11-14",
            2,
        ),
    ],
)
def test_the_meeting_named_again_is_the_meeting_reported(
    nlp: Language, text: str, published: str, expected: int
) -> None:
    assert len([e for e in events_of(nlp, text, published) if e.type == "meeting"]) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Turkish broadcaster style: an order received at a summit long ago: the award alone
            "Erdogan himself received the same order at the Samarkand summit in November 2022.",
            "2024-11-07",
            ["award"],
        ),
        (  # Kazakh agency style: a visit recalled for a summit: the visit alone
            "Erdogan last visited Astana in November 2023 for the summit of the Organization of Turkic States.",
            "2026-05-13",
            ["visit"],
        ),
        (  # a document signed at a summit long ago: the signing alone
            "The founding agreement of the Turkic Investment Fund was signed at an extraordinary summit in Ankara "
            "in March 2023.",
            "2024-11-07",
            ["signing"],
        ),
        (  # negative: the summit the article reports stays an event beside the signing
            "The Treaty on Eternal Good-Neighborliness was signed by the presidents at the China-Central Asia "
            "Summit in Astana on 17 June 2025.",
            "2025-06-18",
            ["meeting", "signing"],
        ),
    ],
)
def test_a_recalled_summit_that_sets_the_scene_is_no_event_of_its_own(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert types_of(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan traveled to Samarkand in November 2016.", ["visit"]),  # Turkish daily style
        ("Foreign Minister Bakhtiyor Saidov will travel to Beijing in January 2024.", ["visit"]),  # Uzbek style
        ("Prime Minister Anwar Ibrahim flew to Tashkent on 10 May 2024.", ["visit"]),
        ("Visa-free travel to Kazakhstan was extended in 2024.", []),  # negative: travel as a noun
    ],
)
def test_travelling_to_a_place_is_a_visit(nlp: Language, text: str, expected: list) -> None:
    assert types_of(nlp, text, "2025-01-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Saudi daily style: opening an event is a moment of it
            "Opening the event, Minister Khalid Al-Falih conveyed the greetings of the Crown Prince to President "
            "Shavkat Mirziyoyev.",
            [],
        ),
        (  # Turkish broadcaster style: who hosted the gathering
            '"Acting as one, we can reach any goal," Erdogan told the gathering, hosted by President Sadyr Japarov.',
            [],
        ),
        (  # negative: opening checkpoints is an act of its own
            "On 13 March 2025 the two presidents Sadyr Japarov and Emomali Rahmon opened the checkpoints on the "
            "common border via video link.",
            ["other"],
        ),
        (  # negative: a summit hosted by a capital is still a summit
            "Japarov will take part in the CSTO summit hosted by Bishkek on 27 November 2025.",
            ["meeting"],
        ),
    ],
)
def test_opening_or_hosting_an_event_is_no_event_of_its_own(nlp: Language, text: str, expected: list) -> None:
    assert types_of(nlp, text, "2025-03-14") == expected
