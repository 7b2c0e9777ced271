"""Round 16b: the day of the documents a list reports signed when its lead names no date.

- a visit dated by its arrival ("landed on Sunday for a two-day state visit") hosts the documents exchanged "in front
  of the two presidents" on the day of the visitor's talks told with a later day of that visit, not the arrival's;
- "The documents signed after the talks were:" follows the talks the story reported, even when the talks are a few
  days older than the article (within a visit it reports) and even with no meeting verb in the lead; talks or a
  summit announced for next year never host documents told as signed;
- the next leg of a trip told after the talks in their sentence ("held talks on June 14 and flew to Samarkand the
  following day") is not a visit begun after the talks;
- across articles, a document named only by its kind ("a joint statement") is one document only where both reports
  date it themselves.
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_extraction, make_frame
from spacy.language import Language

from pipeline.reconcile import reconcile
from pipeline.records import Frame


def signing_days(nlp: Language, text: str, published: str) -> list[tuple[str, str]]:
    """(first day, last day) of each signing of the text that names a document, sorted, each once."""
    events = events_of(nlp, text, published)
    return sorted({(e.date_start, e.date_end) for e in events if e.type == "signing" and e.agreements})


LIST_DAYS = [
    # wire style: documents agreed on Monday after talks, the arrival on Sunday told next, the list after
    (
        "Putin and Mirziyoyev agreed 27 documents on Monday after the two presidents held talks in Tashkent. The"
        " Russian leader had landed in the Uzbek capital on Sunday for a two-day state visit.\n\nThe documents"
        " exchanged in front of the two presidents included an agreement on investment protection; a memorandum on"
        " aircraft building; and a roadmap for trade cooperation.",
        "2024-05-27",
        [("2024-05-27", "2024-05-27")],
    ),
    # government-site style: arrival, then talks on the next day, then "then exchanged"
    (
        "Prime Minister Modi landed in Astana on Thursday on an official visit. Modi and Tokayev held talks on Friday,"
        " the foreign ministry said.\n\nThe sides then exchanged an agreement on air services; a memorandum on space"
        " cooperation; and a programme of cultural exchange.",
        "2025-07-12",
        [("2025-07-11", "2025-07-11")],
    ),
    # negative: a one-day visit with no talks told on another day keeps the day of the visit
    (
        "Erdogan arrived in Baku on Tuesday for a one-day visit.\n\nThe documents signed in the presence of the two"
        " presidents were an agreement on defence industry; a memorandum on energy; and a protocol on customs.",
        "2025-03-13",
        [("2025-03-11", "2025-03-11")],
    ),
    # business-weekly style: a visit of three days told three days later, talks on its middle day, a summit announced
    # for next year between them and the list
    (
        "President Yoon paid a state visit to Uzbekistan on June 13-15, the press service said on Monday. The two"
        " presidents held talks in Tashkent on June 14 and flew to Samarkand the following day. Yoon invited"
        " Mirziyoyev to a summit Seoul will host next year.\n\nThe documents signed after the talks were:\n– a joint"
        " statement on strategic partnership;\n– a memorandum on critical minerals;\n– an agreement on healthcare.",
        "2024-06-17",
        [("2024-06-14", "2024-06-14")],
    ),
    # "following the negotiations" for talks told as "held talks"
    (
        "Macron paid a state visit to Kazakhstan on November 1-2. He held talks with Tokayev on November 1 and"
        " travelled on to Samarkand the next day. The leaders agreed to meet again next year.\n\nDocuments signed"
        " following the negotiations include an agreement on nuclear fuel; a memorandum on critical minerals; and a"
        " roadmap on education.",
        "2023-11-05",
        [("2023-11-01", "2023-11-01")],
    ),
    # "At the end of the talks" in a daily's round-up
    (
        "Sharif visited Tashkent on February 25-26. He and Mirziyoyev held talks on February 25. Both plan to meet at"
        " a summit next year.\n\nAt the end of the talks the sides signed an agreement on transit trade and a"
        " memorandum on railways.",
        "2025-02-28",
        [("2025-02-25", "2025-02-25")],
    ),
    # negative: talks recalled from another year and a summit to come: neither dates documents told as signed
    (
        "Yoon and Mirziyoyev held talks in Seoul in June 2019. Yoon plans to host a summit next year.\n\nThe documents"
        " signed after the talks were:\n– a joint statement on strategic partnership;\n– a memorandum on critical"
        " minerals.",
        "2024-06-17",
        [("2024-06-17", "2024-06-17")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LIST_DAYS)
def test_day_of_documents_listed_without_a_date(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signing_days(nlp, text, published) == expected


def test_documents_to_be_signed_at_a_summit_to_come_stay_planned(nlp: Language) -> None:
    text = (
        "Yoon invited Mirziyoyev to a summit Seoul will host next year. The two presidents are expected to sign a"
        " joint statement on strategic partnership there."
    )
    signings = [e for e in events_of(nlp, text, "2024-06-17") if e.type == "signing" and e.agreements]
    assert signings
    assert all(e.status == "planned" and e.date_start.startswith("2025") for e in signings)


def joint_statement(doc_id: str, leaders: tuple[str, ...], day: str, inferred: tuple[str, ...] = ()) -> Frame:
    """A signing of a document named only by its kind ("a joint statement"), with its people and day."""
    return make_frame(
        doc_id,
        1,
        "signing",
        date_start=day,
        date_end=day,
        date_precision="day" if day else "",
        leader_ids=leaders,
        leaders=leaders,
        agreement_ids=("joint-statement",),
        agreements=("Joint Statement",),
        inferred=inferred,
    )


KIND_ONLY_ACROSS = [
    # one dated by its article's day only: a joint statement of another talks, though one leader is shared
    (("yoon", "tokayev"), "2024-06-12", ("date", "published"), ("yoon", "mirziyoyev"), "2024-06-14", 2),
    # undated on one side: two documents
    (("yoon", "tokayev"), "", (), ("yoon", "tokayev"), "2024-06-12", 2),
    # both dated to one day with the same leaders: one signing reported twice
    (("yoon", "tokayev"), "2024-06-12", (), ("yoon", "tokayev"), "2024-06-12", 1),
]


@pytest.mark.parametrize(("people_a", "day_a", "inferred_a", "people_b", "day_b", "events"), KIND_ONLY_ACROSS)
def test_document_named_by_its_kind_merges_across_articles_only_when_both_dated(
    people_a: tuple[str, ...],
    day_a: str,
    inferred_a: tuple[str, ...],
    people_b: tuple[str, ...],
    day_b: str,
    events: int,
) -> None:
    found = reconcile(
        [
            make_extraction("a", joint_statement("a", people_a, day_a, inferred_a)),
            make_extraction("b", joint_statement("b", people_b, day_b)),
        ]
    )
    assert len([e for e in found if e.type == "signing"]) == events


def signings(nlp: Language, text: str, published: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(first day, last day, documents) of each signing of the text, sorted."""
    events = events_of(nlp, text, published)
    return sorted((e.date_start, e.date_end, e.agreements) for e in events if e.type == "signing")


ONE_OF_THOSE_SIGNED = [
    # a parliament's report: the document ratified, "one of N documents signed" then, dated by the set's signing
    (
        "The Majlis on Sunday approved the Agreement on Air Services with Uzbekistan, one of 12 documents signed in the"
        " presence of the two presidents in Tashkent in June 2023.",
        "2025-01-14",
        [("2023-06-01", "2023-06-30", ("Agreement on Air Services with Uzbekistan",))],
    ),
    # "It was one of the documents signed": the document of the sentence before
    (
        "Lawmakers ratified the Protocol on Visa Exemption with Turkmenistan on Monday. It was one of the documents"
        " signed in Ashgabat in March 2023.",
        "2025-05-20",
        [("2023-03-01", "2023-03-31", ("Protocol on Visa Exemption with Turkmenistan",))],
    ),
    # a wire's "one of the accords inked"
    (
        "The cabinet endorsed the Memorandum on Tourism Cooperation with Oman, one of the accords inked at the business"
        " forum in 2022.",
        "2024-02-10",
        [("2022-01-01", "2022-12-31", ("Memorandum on Tourism Cooperation with Oman",))],
    ),
    # negatives: one of a set of projects, one of the documents discussed: no signing of the document before
    (
        "Lawmakers ratified the Protocol on Visa Exemption with Turkmenistan on Monday. It was one of the largest"
        " projects signed in 2023.",
        "2025-05-20",
        [],
    ),
    (
        "Lawmakers ratified the Protocol on Visa Exemption with Turkmenistan on Monday. It was one of the documents"
        " discussed in May 2023.",
        "2025-05-20",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ONE_OF_THOSE_SIGNED)
def test_document_told_as_one_of_those_signed(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signings(nlp, text, published) == expected
