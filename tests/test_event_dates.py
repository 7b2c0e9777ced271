"""Which date an event gets: the date-choosing rules of pipeline.extract.frames, on our own sentences in the
styles of several outlets (positives and negatives)."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event


def events_of(nlp: Language, text: str, published: str = "") -> list[Event]:
    document = make_document(text, published=published)
    return reconcile([extract_document(nlp(text), document=document)])


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
