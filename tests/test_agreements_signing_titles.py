"""Titles of signed documents that were cut short, round seven: a chain of places joined by spaced dashes, where a
moving thing (or worker) comes from, hyphenated modifiers, a signing participle after a lowercase title, a name
before a lowercase document word, a common noun's possessive.  Sentences are our own, in several outlets' styles;
each rule has sentences it must NOT fire on."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements
from pipeline.records import AgreementMention


def found(nlp: Language, text: str) -> list[AgreementMention]:
    doc = nlp(text)
    return sorted(agreements(doc, document=make_document(text)), key=lambda m: m.start_char)


TITLES = [
    # a chain of places joined by spaced dashes, closed by a common noun, is one modifier of the title
    (
        "It was recalled that the roadmap for the construction of the Termez – Mazar-i-Sharif – Kabul – Peshawar"
        " railway was signed in Tashkent in February 2021.",
        ["roadmap for the construction of the Termez – Mazar-i-Sharif – Kabul – Peshawar railway"],
    ),
    (
        "The sides signed the Agreement on Transit via the Baku – Tbilisi – Kars railway on Monday.",
        ["Agreement on Transit via the Baku – Tbilisi – Kars railway"],
    ),
    # ... but a dash that opens an aside or a new clause ends the title
    ("They signed the Treaty on Friendship – Tokayev called it historic.", ["Treaty on Friendship"]),
    ("They signed the Memorandum on Energy – Kazakhstan will supply power to Kyrgyzstan.", ["Memorandum on Energy"]),
    (
        "They signed the Agreement on the Lapis Lazuli Corridor – a route linking Afghanistan and Turkey.",
        ["Agreement on the Lapis Lazuli Corridor"],
    ),
    # "from" + a place after a word that moves goods or people is where they come from: part of the title
    (
        "The two sides also signed the Protocol on Phytosanitary Requirements for Fresh Cherries Exported from"
        " Kyrgyzstan to China.",
        ["Protocol on Phytosanitary Requirements for Fresh Cherries Exported from Kyrgyzstan to China"],
    ),
    (
        "The sides signed an agreement on regulating the employment of workers from the Kyrgyz Republic in the State"
        " of Qatar.",
        ["agreement on regulating the employment of workers from the Kyrgyz Republic in the State of Qatar"],
    ),
    (
        "Ministers signed a contract on the delivery of grain from Kazakhstan to Afghanistan.",
        ["contract on the delivery of grain from Kazakhstan to Afghanistan"],
    ),
    # ... elsewhere "from" + a place or a date is the clause going on
    ("Kazakhstan signed a memorandum on investment from Kazakhstan.", ["memorandum on investment"]),
    ("The sides signed an agreement on trade from 2025.", ["agreement on trade"]),
    # a hyphenated modifier is one word, whatever the tagger reads its first part as
    (
        "At talks on Thursday, Takaichi and Tokayev signed a joint statement on a future-oriented expanded strategic"
        " partnership.",
        ["joint statement on a future-oriented expanded strategic partnership"],
    ),
    # a signing participle right after a lowercase title makes it a specific document
    (
        "The document develops the memorandum on critical minerals supply chains signed in June 2024, when Yoon"
        " visited Astana.",
        ["memorandum on critical minerals supply chains"],
    ),
    (
        "The centerpiece was a memorandum of understanding on a critical minerals supply chain partnership, inked by"
        " Trade Minister Ahn Duk-geun.",
        ["memorandum of understanding on a critical minerals supply chain partnership"],
    ),
    # ... a signing verb of another clause does not
    ("They discussed a memorandum on trade, signed contracts and left.", []),
    ("The ministers discussed the agreement on trade. Signed in 2019, it expired last year.", []),
    # a capitalised name the parse makes part of a lowercase document word opens its title
    (
        "Kim recalled that the Fresh Wind programme of economic cooperation was adopted in April 2019.",
        ["Fresh Wind programme of economic cooperation"],
    ),
    (
        "The banks signed an EPC contract for a 600 MW combined-cycle power plant in the Zhambyl region.",
        ["EPC contract for a 600 MW combined-cycle power plant in the Zhambyl region"],
    ),
    # ... not a person, a country or a nationality
    ("Tokayev's programme of reforms was adopted in 2019.", ["programme of reforms"]),
    ("The Kazakh programme of economic reforms was adopted in 2019.", ["programme of economic reforms"]),
    # a common noun's possessive inside a title
    (
        "On the intergovernmental track, Sklyar and Kim signed the protocol of the commission’s meeting.",
        ["protocol of the commission’s meeting"],
    ),
    ("Officials discussed the agreement on the company's plans.", []),
    # "; and" opens the last item of a semicolon list of documents
    (
        "Documents signed: the Agreement on Air Services; a protocol on customs; and a memorandum on education.",
        ["Agreement on Air Services", "protocol on customs", "memorandum on education"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), TITLES)
def test_titles_of_signed_documents(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text) if m.text.lower() not in ("the document", "document")] == titles


IDS = [
    # titles that name all their parties, and different ones, are two documents
    (
        "Japarov signed the Treaty between the Kyrgyz Republic and the Republic of Tajikistan on the State Border. The"
        " three leaders are expected to sign a treaty on the junction point of the state borders of Kyrgyzstan,"
        " Tajikistan and Uzbekistan.",
        2,
    ),
    (
        "The ministers signed the Agreement between Kazakhstan and Uzbekistan on Water Use. Later, Kazakhstan,"
        " Uzbekistan and Kyrgyzstan signed an agreement on water use and energy supplies of Kazakhstan, Uzbekistan"
        " and Kyrgyzstan.",
        2,
    ),
    # ... one party named ("with Azerbaijan") leaves the other to who signed it: one document
    (
        "Uzbekistan ratifies agreement with Azerbaijan on joint investment company\n"
        "The Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of"
        " Azerbaijan on the establishment of the joint investment company was ratified.",
        1,
    ),
    # ... the same parties: one document
    (
        "The Treaty between Kazakhstan and Kyrgyzstan on the State Border was ratified. The treaty on the state border"
        " of Kazakhstan and Kyrgyzstan enters into force in May.",
        1,
    ),
]


@pytest.mark.parametrize(("text", "count"), IDS)
def test_titles_naming_different_parties_are_different_documents(nlp: Language, text: str, count: int) -> None:
    assert len({m.agreement_id for m in found(nlp, text)}) == count
