"""Reconcile, round eight: one real-world event told twice within an article stays one row, and two events stay two.

Each row is a short text of our own in the style of some outlet (wire agencies of Europe, Asia, the Gulf; government
press services), positives and negatives, read end to end (extraction, then reconcile within the article).  No
sentence comes from a test split.
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def visits(nlp: Language, text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    """The visits of a text: (first day, countries) of each, sorted."""
    return sorted((e.date_start, e.countries) for e in events_of(nlp, text, published) if e.type == "visit")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Turkmen press style: the arrival told by the greeter alone, the talks by both presidents
            "Turkmen President Serdar Berdimuhamedov held talks with Kazakh President Kassym-Jomart Tokayev in Astana "
            "on Tuesday during his state visit to Kazakhstan. The guest arrived in the Kazakh capital on Monday "
            "evening and was welcomed at the airport by Prime Minister Olzhas Bektenov.",
            "2025-11-26",
            [("2025-11-24", ("KZ", "TM"))],
        ),
        (  # Azerbaijani agency style: "the distinguished guest ... was met at the airport by"
            "Azerbaijani President Ilham Aliyev held talks with Kyrgyz President Sadyr Japarov in Baku on Wednesday "
            "during a state visit. The distinguished guest arrived in Baku on Tuesday evening and was met at the "
            "airport by Prime Minister Ali Asadov.",
            "2024-07-04",
            [("2024-07-02", ("AZ", "KG"))],
        ),
        (  # Malaysian agency style: the visitor named beside a greeter of the host country's side
            "Malaysia and Uzbekistan today agreed to upgrade ties after Prime Minister Anwar Ibrahim held talks with "
            "visiting Uzbek President Shavkat Mirziyoyev in Putrajaya. Mirziyoyev, who landed in Kuala Lumpur on "
            "Tuesday night for a two-day official visit, was greeted by Foreign Minister Mohamad Hasan.",
            "2025-02-05",
            [("2025-02-04", ("MY", "UZ"))],
        ),
        (  # negative: another visitor to the same capital the next day is a visit of his own
            "Tokayev held talks with visiting Uzbek President Shavkat Mirziyoyev in Astana on Tuesday. Kyrgyz "
            "President Sadyr Japarov arrived in Astana on Wednesday for a working visit.",
            "2025-03-05",
            [("2025-03-04", ("KZ", "UZ")), ("2025-03-05", ("KG", "KZ"))],
        ),
        (  # negative: the next leg of a tour, welcomed by the next host country, is a visit of its own
            "Kyrgyz President Sadyr Japarov paid a state visit to Azerbaijan on Tuesday, holding talks with Ilham "
            "Aliyev in Baku. On Wednesday he arrived in Ashgabat, where he was welcomed at the airport by Deputy "
            "Prime Minister Rashid Meredov.",
            "2024-07-04",
            [("2024-07-02", ("AZ", "KG")), ("2024-07-03", ("TM",))],
        ),
        (  # negative: a visit announced by one side is no part of the visit reported
            "Tokayev held talks with Mirziyoyev in Astana on Tuesday during his state visit to Kazakhstan. Prime "
            "Minister Olzhas Bektenov will visit Tashkent next month.",
            "2025-03-05",
            [("2025-03-04", ("KZ", "UZ")), ("2025-04-01", ("KZ", "UZ"))],
        ),
        (  # negative: the host's own trip to another city the next day is no part of the visit
            "Tokayev held talks with Mirziyoyev at the Akorda in Astana on Tuesday during his state visit to "
            "Kazakhstan. On Wednesday, Prime Minister Olzhas Bektenov paid a working visit to Turkistan.",
            "2025-03-05",
            [("2025-03-04", ("KZ", "UZ")), ("2025-03-05", ("KZ",))],
        ),
    ],
)
def test_a_visit_told_by_one_side_alone_is_the_visit_told_by_both(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert visits(nlp, text, published) == expected


def acts(nlp: Language, text: str, published: str) -> list[tuple[str, str]]:
    """The (type, first day) of every event on a document of a text, sorted."""
    return sorted((e.type, e.date_start) for e in events_of(nlp, text, published) if e.agreement_ids)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # Azerbaijani daily style: the law's signing announced, then dated in the next sentence
            "President Ilham Aliyev has signed a law on the ratification of the Agreement between the Government of "
            "the Republic of Azerbaijan and the Government of Georgia on cooperation in the field of tourism. The law "
            "was signed on Monday, two weeks after the Milli Majlis approved the document.",
            "2024-06-11",
            [("other", "2024-06-10")],
        ),
        (  # Kyrgyz news site style: "put his signature to the document"
            "President Sadyr Japarov has signed the Law on Ratification of the Agreement between the Kyrgyz Republic "
            "and the Republic of Uzbekistan on the Kempir-Abad Reservoir. The head of state put his signature to the "
            "document on Tuesday.",
            "2025-03-26",
            [("other", "2025-03-25")],
        ),
        (  # negative: the agreement itself signed months before is a signing of its own
            "President Ilham Aliyev has signed a law on the ratification of the Agreement between the Government of "
            "the Republic of Azerbaijan and the Government of Georgia on cooperation in the field of tourism. The "
            "agreement was signed in Tbilisi on March 11, 2024 by the ministers of economy.",
            "2024-06-11",
            [("other", "2024-06-11"), ("signing", "2024-03-11")],
        ),
        (  # negative: the law on one document signed beside the signing of another document
            "President Shavkat Mirziyoyev signed the law on ratification of the Agreement between Uzbekistan and "
            "Azerbaijan on the Establishment of a Joint Investment Company on Thursday. On the same day, ministers "
            "signed the Agreement between Uzbekistan and Azerbaijan on International Road Transport.",
            "2024-11-22",
            [("other", "2024-11-21"), ("signing", "2024-11-21")],
        ),
    ],
)
def test_a_law_s_signing_told_again_as_a_signing_is_one_act(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert acts(nlp, text, published) == sorted(expected)
