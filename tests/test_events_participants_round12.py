"""Events, round twelve: who took part, as press names them by a ruler's style ("His Highness noted ...") or as a
group ("host and guest", "the six presidents"); our own sentences in several outlets' styles, positives and negatives
(none from any test split), read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_document, people_of
from spacy.language import Language

from pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected", "absent"),
    [
        (  # Gulf agency style: "His Highness" alone is the person last named with that style
            "His Highness Sheikh Mohamed bin Zayed Al Nahyan received President Ilham Aliyev in Abu Dhabi on Monday. "
            "His Highness noted that bilateral trade between the UAE and Azerbaijan reached US$2.24 billion in 2024.",
            "2025-05-06",
            "trade_figure",
            {"Nahyan"},
            set(),
        ),
        (  # the style is written before the title the name carries ("His Majesty Sultan Haitham bin Tarik")
            "His Majesty Sultan Haitham bin Tarik held talks with President Shavkat Mirziyoyev in Muscat on Monday. "
            "At a state banquet on Monday evening, His Majesty the Sultan conferred the Order of Al Said on his guest.",
            "2026-05-12",
            "award",
            {"Said"},
            set(),
        ),
        (  # negative: a style nobody was named with before names nobody
            "Uzbekistan and Oman signed five documents in Muscat on Monday. "
            "His Majesty conferred the Order of Al Said on the visiting delegation.",
            "2026-05-12",
            "award",
            set(),
            {"Said", "Tarik"},
        ),
    ],
)
def test_a_ruler_named_by_style_alone_is_the_person_last_named_with_it(
    nlp: Language, text: str, published: str, kind: str, expected: set[str], absent: set[str]
) -> None:
    found = people_of(nlp, text, published, kind)
    assert found or not expected, f"no {kind} event"
    assert all(expected <= people and not (absent & people) for people in found), found


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (  # Vietnamese agency style: "Host and guest" are the two leaders of the talks just reported
            "General Secretary To Lam held talks with President Kassym-Jomart Tokayev in Astana on Monday. "
            "Host and guest noted that two-way trade hit 879 million USD last year.",
            "2024-08-06",
            "trade_figure",
            {"Lam", "Tokayev"},
        ),
        (  # "the six presidents" of a summit are its heads of state, like "the presidents"
            "President Kassym-Jomart Tokayev hosted President Xi Jinping and President Shavkat Mirziyoyev at a summit "
            "in Astana on June 17, 2025. The three presidents also put their names to the Astana Declaration.",
            "2025-06-18",
            "signing",
            {"Tokayev", "Jinping", "Mirziyoyev"},
        ),
    ],
)
def test_a_group_named_by_office_stands_for_the_leaders_just_reported(
    nlp: Language, text: str, published: str, kind: str, expected: set[str]
) -> None:
    found = people_of(nlp, text, published, kind)
    assert found, f"no {kind} event"
    assert any(expected <= people for people in found), found


def test_a_figure_without_a_group_or_a_style_keeps_no_people(nlp: Language) -> None:
    """Negative: a trade figure told on its own, with no group word and no style, takes nobody from a story told
    many sentences before (the group words reach only the events just reported)."""
    text = "Two-way trade between Vietnam and Kazakhstan hit 879 million USD last year, customs data showed."
    found = people_of(nlp, text, "2024-08-06", "trade_figure")
    assert found == [set()] or not found


@pytest.mark.parametrize(
    ("text", "published", "expected", "absent"),
    [
        (  # a former head of state of the gazetteer: "then-President Halimah Yacob's return trip"
            "Ties have picked up pace since then-President Halimah Yacob's return trip to Uzbekistan in May 2023, the "
            "first by a Singapore head of state.",
            "2026-11-25",
            {"Halimah Yacob"},
            set(),
        ),
    ],
)
def test_a_visit_takes_the_visitor_the_article_means(
    nlp: Language, text: str, published: str, expected: set[str], absent: set[str]
) -> None:
    visits = [set(e.leaders) for e in events_of(nlp, text, published) if e.type == "visit"]
    assert any(expected <= people for people in visits), visits
    assert all(not (absent & people) for people in visits), visits


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a bare surname shared by a president and his father who chairs a council: the president on that day
            "President Serdar Berdimuhamedov held talks with President Xi Jinping in Beijing on Thursday. His father "
            "Gurbanguly Berdimuhamedov now chairs the Halk Maslahaty. Berdimuhamedov flew into the Chinese capital on "
            "Wednesday for a three-day state visit.",
            "2026-11-27",
            "Serdar Berdimuhamedov",
        ),
        (  # negative: before the son took office, the same surname is the father, then president
            "President Gurbanguly Berdimuhamedov and his son Serdar Berdimuhamedov, a deputy prime minister, "
            "toured the plant. Berdimuhamedov flew into the Chinese capital on Wednesday for a three-day state visit.",
            "2019-06-14",
            "Gurbanguly Berdimuhamedov",
        ),
    ],
)
def test_a_bare_surname_of_namesakes_in_office_is_the_president(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    extraction = extract_document(nlp(text), document=make_document(text, published=published))
    bare = [m for m in extraction.of_kind("leaders") if m.text == "Berdimuhamedov"]
    assert bare and all(m.name == expected for m in bare), [(m.text, m.name) for m in bare]
