"""Event dates, round eleven (issue #17): which day an event takes when the text tells it without a date of its own.

- a list of documents takes the day of the ceremony the lead tells, even when the lead stands before the arrival and
  several paragraphs above the list ("signed 37 agreements on Wednesday ... who landed on Tuesday on a two-day visit");
- "After their talks" in a story of a tour: the talks of the stop told last, not the talks named first;
- a list that goes on from the headline document of the sentence before ("adopted a Joint Declaration. Among the
  documents exchanged in their presence were:") is signed at that ceremony, not at a visit recalled in between;
- an undated act done "at the opening session" of a meeting the sentence dates takes that meeting's day.

Our own sentences in the styles of several outlets (wire, newspaper, agency), positives and negatives, read end to
end (extraction, then reconcile).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def dated(nlp: Language, text: str, published: str, kind: str) -> list[tuple[str, str]]:
    """The (start, end) of the events of one type read from a text, sorted."""
    return sorted((e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == kind)


LEAD_BEFORE_ARRIVAL = (
    "ISLAMABAD: Pakistan and Kazakhstan on Wednesday signed 12 agreements and memoranda of understanding.\n\n"
    "The documents were exchanged after talks between the prime minister and President Tokayev, who landed on "
    "Tuesday on a two-day state visit. It is the first such trip since 2003.\n\n"
    "Trade stood at about $250 million last year, the prime minister said. Both sides want to double it.\n\n"
    "Among the instruments signed in the presence of the two leaders were:\n\n"
    "- Treaty on Extradition;\n- Agreement on Transit Trade.\n"
)

LEAD_NOT_A_CEREMONY = (
    "ISLAMABAD: President Tokayev, who landed on Tuesday on a two-day state visit, held talks with the prime "
    "minister.\n\n"
    "Trade stood at about $250 million last year, the prime minister said. Both sides want to double it.\n\n"
    "Among the instruments signed in the presence of the two leaders were:\n\n"
    "- Treaty on Extradition;\n- Agreement on Transit Trade.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # newspaper style: the lead tells the day of the ceremony, the list comes paragraphs later
            LEAD_BEFORE_ARRIVAL,
            "2026-02-05",
            {("2026-02-04", "2026-02-04")},
        ),
        (  # negative: no ceremony told with a day of its own, so the list stays on the visit's first day
            LEAD_NOT_A_CEREMONY,
            "2026-02-05",
            {("2026-02-03", "2026-02-03")},
        ),
    ],
)
def test_a_list_takes_the_day_of_the_ceremony_the_lead_tells(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert set(dated(nlp, text, published, "signing")) == expected


TOUR = (
    "Meloni wrapped up her tour of Central Asia on Friday in Astana. Meloni held talks with President Tokayev at the "
    "Akorda palace.\n\n"
    "The tour opened on Thursday in Samarkand, where Mirziyoyev welcomed Meloni with military honours.\n\n"
    "After their talks, the two leaders adopted a Joint Declaration on Strategic Partnership."
)

ONE_STOP = (
    "Meloni held talks with President Tokayev at the Akorda palace on Friday.\n\n"
    "After their talks, the two leaders adopted a Joint Declaration on Strategic Partnership."
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # wire style: a tour told stop by stop; "their talks" are those of the stop told last
            TOUR,
            "2025-05-30",
            [("2025-05-29", "2025-05-29")],
        ),
        (  # negative: one stop, the talks named are the talks
            ONE_STOP,
            "2025-05-30",
            [("2025-05-30", "2025-05-30")],
        ),
    ],
)
def test_after_their_talks_on_a_tour_means_the_stop_told_last(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published, "signing") == expected


HEADLINE_THEN_LIST = (
    "The tour opened on Thursday in Samarkand, where Meloni held talks with Mirziyoyev. The visit returned the one "
    "the Uzbek president made to Rome in June 2023.\n\n"
    "After the talks, the two leaders signed a Joint Declaration on Strategic Partnership. Among the documents "
    "exchanged in their presence were:\n\n"
    "- an Agreement on the Promotion and Mutual Protection of Investments;\n"
    "- a Memorandum of Understanding on Migration.\n"
)

RECALLED_LIST = (
    "Mirziyoyev welcomed Meloni in Samarkand on Thursday.\n\n"
    "The Uzbek president made a state visit to Rome in June 2023. Among the documents signed during that visit "
    "were:\n\n"
    "- an Agreement on the Promotion and Mutual Protection of Investments;\n"
    "- a Memorandum of Understanding on Migration.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # news site style: the headline document, then the others exchanged at the same ceremony
            HEADLINE_THEN_LIST,
            "2025-05-30",
            {("2025-05-29", "2025-05-29")},
        ),
        (  # negative: a list of the visit recalled, with no signing told just before it, stays in June 2023
            RECALLED_LIST,
            "2025-05-30",
            {("2023-06-01", "2023-06-30")},
        ),
    ],
)
def test_a_list_goes_on_from_the_headline_document_of_the_sentence_before(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    assert set(dated(nlp, text, published, "signing")) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # wire style: the act done at the session the sentence names, dated by the article's day
            "At the opening session, Tokayev handed the bloc's rotating chairmanship over to Japarov.",
            "2024-11-06",
            [("2024-11-06", "2024-11-06")],
        ),
        (  # agency style: the session dated in the sentence itself
            "At the plenary session on Tuesday, President Aliyev handed the chairmanship of the organisation over "
            "to President Mirziyoyev.",
            "2024-11-08",
            [("2024-11-05", "2024-11-05")],
        ),
        (  # negative: no meeting in the act's clause, the act stays undated
            "Tokayev handed the bloc's rotating chairmanship over to Japarov.",
            "2024-11-06",
            [("", "")],
        ),
    ],
)
def test_an_act_at_a_meeting_takes_the_meeting_day(nlp: Language, text: str, published: str, expected: list) -> None:
    assert dated(nlp, text, published, "other") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # analysis style: the money offered at a summit recalled with its days is recalled with it
            "That is modest next to the $3.7 billion in financing he offered at the inaugural summit, held in Xi'an "
            "on May 18-19, 2023.",
            "2025-06-17",
            [("background", "2023-05-18", "2023-05-19")],
        ),
        (  # negative: money promised for later, not at the summit
            "China will offer $3.7 billion in financing to the region, Xi said at the summit in Astana on Tuesday.",
            "2025-06-18",
            [("planned", "", "")],
        ),
    ],
)
def test_money_offered_at_a_summit_takes_its_days(nlp: Language, text: str, published: str, expected: list) -> None:
    found = events_of(nlp, text, published)
    assert sorted((e.status, e.date_start, e.date_end) for e in found if e.type == "investment") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # newspaper style: a call still to come "later in the evening" is on the article's day
            "Mr. Mirziyoyev arrived in the capital on Tuesday on a two-day state visit. He will call on President "
            "Droupadi Murmu later in the evening.",
            "2025-11-19",
            [("2025-11-19", "2025-11-19")],
        ),
        (  # agency style: "this afternoon"
            "The Emir arrived in Astana on Monday. He will hold talks with President Tokayev this afternoon.",
            "2025-05-27",
            [("2025-05-27", "2025-05-27")],
        ),
        (  # negative: told as done, "later in the evening" of the day the paragraph gives
            "The prime minister arrived in Tashkent on Tuesday. Later in the evening, he held talks with President "
            "Mirziyoyev.",
            "2025-11-20",
            [("2025-11-18", "2025-11-18")],
        ),
    ],
)
def test_an_act_to_come_later_today_is_on_the_article_day(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published, "meeting") == expected
