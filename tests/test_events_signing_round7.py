"""Events, round seven: signings, the way press reports who signed what, and when.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_document
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event


def types_of_documents(events: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.type, name) for e in events for name in e.agreements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Turkish wire style: the heads of state approving a document at their summit adopt it
            "Along with the declaration, the heads of state approved the Concept of Cooperation in Transport.",
            [("signing", "Concept of Cooperation in Transport"), ("signing", "Declaration")],
        ),
        (  # Kazakh agency style
            "ASTANA (Kazinform) -- The presidents also approved the Roadmap for Industrial Cooperation for 2025-2027 "
            "on Friday.",
            [("signing", "Roadmap for Industrial Cooperation for 2025-2027")],
        ),
        (  # European wire style, a summit of five
            "SAMARKAND, April 4 (Anadolu) - The heads of state of the five countries jointly approved the Programme "
            "of Economic Cooperation.",
            [("signing", "Programme of Economic Cooperation")],
        ),
        (  # negative: one president approving by decree acts on a document signed before
            "President Tokayev approved the Agreement on Visa-Free Travel with Oman by decree on Monday.",
            [("other", "Agreement on Visa-Free Travel with Oman")],
        ),
        (  # negative: a parliament approving is a step of ratification
            "The parliament approved the Agreement on Investment Protection with Qatar on Tuesday.",
            [("other", "Agreement on Investment Protection with Qatar")],
        ),
        (  # negative, Gulf agency style: a cabinet approving a draft
            "DOHA (QNA) - The Cabinet approved the draft Memorandum of Understanding on Cooperation in Tourism with "
            "Kyrgyzstan.",
            [("other", "Memorandum of Understanding on Cooperation in Tourism with Kyrgyzstan")],
        ),
    ],
)
def test_leaders_approving_a_document_adopt_it(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert types_of_documents(events_of(nlp, text, "2025-11-07")) == expected


def signings_and_amounts(events: list[Event]) -> list[tuple[str, str, float | None]]:
    return sorted((e.type, ", ".join(e.agreements), e.amount) for e in events if e.type in {"signing", "investment"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Central Asian agency style: named documents, then deals with their worth
            "The sides are expected to sign an agreement on mutual visa exemption and a programme of cooperation "
            "for 2026-2030, as well as trade and investment agreements worth more than $10 billion.",
            [
                ("investment", "", 10e9),
                ("signing", "Agreement on mutual visa exemption", None),
                ("signing", "Programme of cooperation for 2026-2030", None),
            ],
        ),
        (  # Gulf agency style
            "DOHA (QNA) - The two sides signed the Memorandum of Understanding on Tourism Cooperation, while "
            "companies concluded investment deals worth $2 billion.",
            [("investment", "", 2e9), ("signing", "Memorandum of Understanding on Tourism Cooperation", None)],
        ),
        (  # negative: a named document with its own value keeps it
            "The Saudi Fund for Development signed a $100 million loan agreement with Uzbekistan on Sunday.",
            [("signing", "$100 million Loan Agreement", 100e6)],
        ),
    ],
)
def test_named_documents_stay_signed_beside_the_deals_worth(
    nlp: Language, text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert signings_and_amounts(events_of(nlp, text, "2025-11-07")) == expected


def signatories(events: list[Event]) -> dict[str, list[str]]:
    return {name: sorted(e.leaders) for e in events if e.type == "signing" for name in e.agreements}


@pytest.mark.parametrize(
    ("text", "published", "document", "expected"),
    [
        (  # Central Asian agency style: a document signed "in addition", by nobody named, at the same ceremony
            "ASTANA, Nov 13 (Kazinform) - Following the talks, Foreign Ministers Murat Nurtleu and Hakan Fidan signed "
            "the Programme of Consultations for 2026-2027. In addition, a Memorandum of Understanding on Cooperation "
            "in Diplomatic Training was signed.",
            "2025-11-13",
            "Memorandum of Understanding on Cooperation in Diplomatic Training",
            ["Hakan Fidan", "Murat Nurtleu"],
        ),
        (  # Asian wire style, "was also signed"
            "TOKYO (Kyodo) -- Prime Minister Kishida and President Tokayev signed the Joint Statement on Strategic "
            "Partnership on Monday. A Memorandum on Cooperation in Green Energy was also signed.",
            "2025-11-11",
            "Memorandum on Cooperation in Green Energy",
            ["Fumio Kishida", "Kassym-Jomart Tokayev"],
        ),
        (  # negative: a signing with a signer of its own ("SOCAR signed") is not the leaders'
            "BAKU (Trend) - President Ilham Aliyev and President Sadyr Japarov signed the Declaration on Strategic "
            "Partnership on Tuesday. Separately, the state oil company SOCAR signed a Memorandum on Oil Exploration "
            "with Kyrgyzneftegaz.",
            "2025-11-12",
            "Memorandum on Oil Exploration with Kyrgyzneftegaz",
            [],
        ),
        (  # negative, Russian agency style: a document signed in another year is another ceremony
            "MOSCOW (TASS) - Vladimir Putin and Emomali Rahmon signed the Joint Statement on Allied Relations on "
            "Thursday. The Treaty on Friendship was signed in 1993 and renewed in 2013.",
            "2025-11-13",
            "Treaty on Friendship",
            [],
        ),
    ],
)
def test_a_document_signed_by_nobody_named_shares_the_ceremony_signatories(
    nlp: Language, text: str, published: str, document: str, expected: list[str]
) -> None:
    assert signatories(events_of(nlp, text, published))[document] == expected


def signing_dates(events: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.date_start, e.date_end, e.status) for e in events if e.type == "signing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Central Asian agency style
            "Later today, the presidents of Kyrgyzstan and Tajikistan are to sign the Treaty on the State Border.",
            [("2025-11-13", "2025-11-13", "planned")],
        ),
        (  # Asian wire style, passive
            "TASHKENT (Dunyo) -- The Agreement on Visa-Free Travel is expected to be signed this afternoon.",
            [("2025-11-13", "2025-11-13", "planned")],
        ),
        (  # negative: a day of its own wins
            "The two presidents are expected to sign the Treaty on Allied Relations next week.",
            [("2025-11-17", "2025-11-23", "planned")],
        ),
        (  # negative, Gulf agency style: "today's" names a thing of the day, not the day of the signing
            "Today's Declaration on Eternal Friendship will be signed by the foreign ministers in December.",
            [("2025-12-01", "2025-12-31", "planned")],
        ),
    ],
)
def test_a_signing_set_for_today_is_planned_for_the_article_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert signing_dates(events_of(nlp, text, "2025-11-13")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Russian agency style: a country that did not sign
            "MOSCOW (TASS) - Kyrgyzstan did not sign the Agreement on the Common Labour Market at the summit in Minsk "
            "on Friday.",
            [],
        ),
        (  # European wire style
            "BRUSSELS (Reuters) - Hungary refused to sign the Joint Declaration on Ukraine on Thursday.",
            [],
        ),
        (  # Central Asian agency style
            "The Treaty on Allied Relations has not yet been signed, the ministry said.",
            [],
        ),
        (  # negative: "never" of another verb leaves the signing
            "The Treaty on the Caspian Sea, which Iran has never ratified, was signed in Aktau in 2018.",
            [("signing", "Treaty on the Caspian Sea")],
        ),
        (  # negative: "not only signed ... but also adopted" signs both
            "The leaders not only signed the Declaration on Strategic Partnership but also adopted the Roadmap for "
            "2026-2030 on Monday.",
            [("signing", "Declaration on Strategic Partnership"), ("signing", "Roadmap for 2026-2030")],
        ),
    ],
)
def test_a_document_not_signed_is_no_signing(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = types_of_documents(events_of(nlp, text, "2025-11-13"))
    assert [item for item in found if item[0] == "signing"] == expected


def background_signings(events: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.date_start, e.status, ", ".join(e.agreements)) for e in events if e.type == "signing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Turkish daily style: a year in an apposition after the document
            "The summit marked the 16th anniversary of the Nakhchivan Agreement, the 2009 treaty that founded the "
            "Turkic Council.",
            [("2009-01-01", "background", "Nakhchivan Agreement")],
        ),
        (  # Russian agency style: the year as the title's modifier
            "MOSCOW (TASS) - The sides reaffirmed their commitment to the 2001 Treaty on Good-Neighbourliness and "
            "Friendly Cooperation.",
            [("2001-01-01", "background", "2001 Treaty on Good-Neighbourliness and Friendly Cooperation")],
        ),
        (  # Asian daily style: a year in brackets
            "The ministers discussed the implementation of the Treaty on Strategic Partnership (2017).",
            [("2017-01-01", "background", "Treaty on Strategic Partnership")],
        ),
        (  # negative, European wire style: a year to come names an agenda, no signing
            "BRUSSELS (Reuters) - The leaders pledged to meet the goals of the 2030 Agenda for Sustainable "
            "Development.",
            [],
        ),
        (  # negative: a programme's period is no year of signing
            "The parties discussed the 2024-2028 Programme of Economic Cooperation.",
            [],
        ),
        (  # negative: the publication's own year says nothing of when
            "The ministers discussed the 2025 Agreement on Visa-Free Travel.",
            [],
        ),
    ],
)
def test_a_document_named_with_an_earlier_year_was_signed_that_year(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert background_signings(events_of(nlp, text, "2025-11-13")) == expected


@pytest.mark.parametrize(
    ("text", "published", "document", "expected"),
    [
        (  # Asian agency style: a visit recalled in passing beside the one reported hosts nothing after
            "SEOUL (Yonhap) -- Yoon flew in on Tuesday for a three-day state visit, the first trip to the country by "
            "a South Korean president since Moon Jae-in's visit in April 2019. The two leaders held talks on "
            "Wednesday. The ministers signed the Memorandum on Critical Minerals.",
            "2024-06-13",
            "Memorandum on Critical Minerals",
            ("2024-06-12", "reported"),
        ),
        (  # negative, Turkish agency style: a visit recalled in a sentence of its own hosts what the text tells of it
            "ANKARA (AA) - In October 2017, Mirziyoyev paid a state visit to Turkey. In Ankara, the two presidents "
            "signed the Joint Declaration on Strategic Partnership.",
            "2024-06-13",
            "Joint Declaration on Strategic Partnership",
            ("2017-10-01", "background"),
        ),
    ],
)
def test_a_visit_recalled_in_passing_hosts_no_later_signing(
    nlp: Language, text: str, published: str, document: str, expected: tuple[str, str]
) -> None:
    found = {name: (e.date_start, e.status) for e in events_of(nlp, text, published) for name in e.agreements}
    assert found[document] == expected


def test_a_document_named_by_its_kind_alone_is_not_one_across_articles(nlp: Language) -> None:
    """Two articles' "Joint Statement", of other people and days, are two signings; a named document is one."""
    first = "DUSHANBE (Asia-Plus) - Following the talks, Rahmon and Pezeshkian signed a Joint Statement on Thursday."
    second = "Yoon and Tokayev adopted a joint statement, the presidential office said."
    extractions = [
        extract_document(nlp(text), document=make_document(text, doc_id=doc_id, published=published))
        for doc_id, text, published in (("a", first, "2025-01-17"), ("b", second, "2024-06-13"))
    ]
    statements = [e for e in reconcile(extractions) if e.type == "signing"]
    assert sorted(e.doc_ids for e in statements) == [("a",), ("b",)]
