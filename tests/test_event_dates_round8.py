"""Event dates, round eight: the day a news item was given out ("..., the ministry said on Friday") is not the day of
the event it tells; an act set "at the meeting held yesterday" takes that meeting's day; "Following the talks" dates
the acts by the talks the article reported, not by another meeting told in between.  Our own sentences in the styles
of several outlets (wire, agency, ministry release), positives and negatives."""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def dated(nlp: Language, text: str, published: str) -> list[tuple[str, str, str]]:
    return sorted((e.type, e.date_start, e.date_end) for e in events_of(nlp, text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # ministry release: the signing at a commission meeting held on Tuesday, reported on Thursday
            "The foreign ministers of Uzbekistan and Turkmenistan signed a roadmap on transport cooperation at the "
            "meeting of the joint commission held in Ashgabat on Tuesday, the Uzbek Foreign Ministry said on Thursday.",
            "2025-03-13",
            # the meeting "held" is that meeting, no act of its own (round 11)
            [("meeting", "2025-03-11", "2025-03-11"), ("signing", "2025-03-11", "2025-03-11")],
        ),
        (  # wire style: "held yesterday" in the phrase of the session, "reported on Wednesday" after it
            "Kazakhstan and China approved a plan for 2025-2027 at the session of the Cooperation Committee held in "
            "Beijing yesterday, Xinhua reported on Wednesday.",
            "2025-04-16",
            [("meeting", "2025-04-15", "2025-04-15"), ("other", "2025-04-15", "2025-04-15")],
        ),
        (  # agency style: "during the talks held on May 5", "told reporters on May 7"
            "Azerbaijan and Georgia signed a memorandum on energy cooperation during the talks held in Baku on May 5, "
            "the presidential press service told reporters on May 7.",
            "2025-05-08",
            [("signing", "2025-05-05", "2025-05-05")],
        ),
        (  # negative: nothing else dates the talks, so the day of the saying still does
            "President Tokayev held talks with his Uzbek counterpart, Akorda said on Friday.",
            "2025-03-14",
            [("meeting", "2025-03-14", "2025-03-14")],
        ),
        (  # negative: the same for a signing told with only the day of the release
            "The two ministers signed a memorandum on tourism, the ministry said on Monday.",
            "2025-06-10",
            [("signing", "2025-06-09", "2025-06-09")],
        ),
    ],
)
def test_the_day_of_the_saying_dates_an_event_only_when_nothing_else_does(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert dated(nlp, text, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "signed"),
    [
        (  # Kremlin style: the talks dated by the article's day, an informal meeting of Saturday told in between
            "Vladimir Putin held talks in the Kremlin with President of Tajikistan Emomali Rahmon. On Saturday, the "
            "two presidents had an informal meeting with Alexander Lukashenko. Following the talks, an agreement on "
            "labour migration was signed in the presence of the two presidents.",
            "2025-03-17",
            ("2025-03-17", "2025-03-17"),
        ),
        (  # agency style: "After the negotiations" names the negotiations, not Wednesday's meeting with business
            "Shavkat Mirziyoyev held negotiations with Recep Tayyip Erdogan in Ankara on Tuesday. On Wednesday, the "
            "presidents met business leaders. After the negotiations, the presidents signed a joint statement.",
            "2025-05-15",
            ("2025-05-13", "2025-05-13"),
        ),
        (  # negative: "Following the meeting" with one meeting told: its day, as before
            "President Japarov met President Mirziyoyev in Bishkek on Monday. Following the meeting, the presidents "
            "signed the Treaty on the State Border.",
            "2025-01-28",
            ("2025-01-27", "2025-01-27"),
        ),
    ],
)
def test_acts_following_the_talks_take_the_day_of_those_talks(
    nlp: Language, text: str, published: str, signed: tuple[str, str]
) -> None:
    signings = [(e.date_start, e.date_end) for e in events_of(nlp, text, published) if e.type == "signing"]
    assert signings == [signed]


def signing_days(nlp: Language, text: str, published: str) -> list[tuple[int, str]]:
    """(sentence, first day) of each signing frame, before reconcile merges any."""
    from conftest import make_document

    from pipeline.extract import extract_document

    frames = extract_document(nlp(text), document=make_document(text, published=published)).frames
    return [(f.sentence_id, f.date_start) for f in frames if f.type == "signing"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # agency style: the ceremony on Friday, the arrival on Thursday told after it
            "ASTANA, NOVEMBER 21. Prime Minister of Armenia Nikol Pashinyan and President of Kazakhstan Kassym-Jomart "
            "Tokayev on Friday signed the Joint Statement on Strategic Partnership. Pashinyan arrived in the Kazakh "
            "capital on Thursday evening on his first official visit to Kazakhstan. In the presence of the two "
            "leaders, the ministers also signed the Agreement on Air Services.",
            "2025-11-21",
            [(1, "2025-11-21"), (3, "2025-11-21")],
        ),
        (  # release style, dates written out
            "President Ilham Aliyev and President Emomali Rahmon signed the Declaration on Strategic Partnership on "
            "May 23. Rahmon arrived in Baku on May 22 for a state visit. The Agreement on Cooperation in Migration was "
            "also signed in the presence of the two presidents.",
            "2025-05-23",
            [(0, "2025-05-23"), (2, "2025-05-23")],
        ),
        (  # negative: a visit recalled as background keeps its documents ("within the framework of the same visit")
            "The treaty was signed by Japarov and Rahmon on March 13. President Rahmon arrived in Bishkek on March 12 "
            "for a state visit. The Agreement on Water Use was concluded within the framework of the same visit.",
            "2025-03-31",
            [(0, "2025-03-13"), (2, "2025-03-12")],
        ),
        (  # negative: a ceremony weeks after the arrival is another occasion
            "The leaders signed the Treaty on Eternal Friendship on June 20. Mirziyoyev arrived in Seoul on June 3 for "
            "a state visit. The Agreement on Labour Migration was also signed in the presence of the two presidents.",
            "2025-06-21",
            [(0, "2025-06-20"), (2, "2025-06-03")],
        ),
    ],
)
def test_documents_signed_during_a_visit_take_the_day_of_its_ceremony(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert signing_days(nlp, text, published) == expected
