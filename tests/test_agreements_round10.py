"""The grammar of titles, round ten: documents named in lists.  Titles each in its own quotation marks and listed
with commas and "and" are one document each: a closing mark glued to the last word of a title ends it, and an
opening mark glued to a head word opens that head's own title, so neither joins two titles into one.  A quoted name
inside a title ("the “Central Asia-2040” Concept") keeps its quotation marks.  Sentences are our own, in the styles
of wire services, ministries' readouts and business dailies; negatives say what must stay out.  Also: a "+" in
the name of a format of talks ("Central Asia + Japan"), lowercase documents listed after a signed one, and one
signed plural head shared by items each opened by the same link ("signed MoUs on X, on Y and on Z": three
documents, each named by the head in the singular and its item).  Generic plurals ("15 MoUs") stay out."""

from __future__ import annotations

import pytest
from conftest import agreement_texts as found
from conftest import make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements

QUOTED_LISTS = [
    (
        "“Memorandum of Understanding on Cooperation in Tourism”, “Memorandum of Understanding on Cooperation in"
        " Healthcare” and “Agreement on Air Services” were signed by the ministers.",
        [
            "Memorandum of Understanding on Cooperation in Tourism",
            "Memorandum of Understanding on Cooperation in Healthcare",
            "Agreement on Air Services",
        ],
    ),
    (
        "The ministers signed the “Programme of Cultural Cooperation for 2026-2028” and the “Memorandum on"
        " Cooperation in the Field of Sports”.",
        ["Programme of Cultural Cooperation for 2026-2028", "Memorandum on Cooperation in the Field of Sports"],
    ),
    (
        'Among the documents were "Agreement on Mutual Legal Assistance in Criminal Matters", "Treaty on'
        ' Extradition" and "Memorandum on Youth Policy".',
        [
            "Agreement on Mutual Legal Assistance in Criminal Matters",
            "Treaty on Extradition",
            "Memorandum on Youth Policy",
        ],
    ),
    # a quoted name inside one title stays part of it (a space stands before its opening mark)
    (
        "The sides discussed the implementation of the “Central Asia – 2040” Concept.",
        ["“Central Asia – 2040” Concept"],
    ),
    (
        "They signed the Agreement on the “Silk Road” Tourist Route.",
        ["Agreement on the “Silk Road” Tourist Route"],
    ),
    # negative: quoted words that name no document are not joined to the title before them
    (
        "The Agreement on Trade in Services”, the minister said, “will open new markets”.",
        ["Agreement on Trade in Services"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_LISTS)
def test_quoted_titles_in_a_list_are_one_document_each(nlp: Language, text: str, expected: list[str]) -> None:
    assert found(nlp, text) == expected


FORMATS = [
    # a "+" between two names or numbers names a format of talks, part of one title
    (
        "Kazakhstan and Japan signed the Joint Declaration on the Central Asia + Japan Dialogue in Tokyo.",
        ["Joint Declaration on the Central Asia + Japan Dialogue"],
    ),
    (
        "The ministers adopted the Joint Statement of the C5+1 Ministerial Meeting.",
        ["Joint Statement of the C5+1 Ministerial Meeting"],
    ),
    ("The Central Asia + Japan Joint Declaration was adopted on Friday.", ["Central Asia + Japan Joint Declaration"]),
    # negative: a sum between numbers outside a title joins nothing to it
    ("Trade rose 5 + 3 percent, and the agreement on trade was signed.", ["agreement on trade"]),
]


@pytest.mark.parametrize(("text", "expected"), FORMATS)
def test_a_format_of_talks_with_plus_is_part_of_the_title(nlp: Language, text: str, expected: list[str]) -> None:
    assert found(nlp, text) == expected


SIGNED_LISTS = [
    # one signed lowercase document with a complement makes the list it opens a list of signed documents
    (
        "The documents signed include an agreement on visa exemption, a document on cooperation in sports and a"
        " memorandum on tourism.",
        ["agreement on visa exemption", "memorandum on tourism"],
    ),
    (
        "Uzbekistan signed a treaty on extradition and an agreement on legal assistance with Turkey.",
        ["treaty on extradition", "agreement on legal assistance with Turkey"],
    ),
    # negatives: documents only discussed are no list of signed ones; a verb between ends the list
    ("The sides discussed an agreement on trade, a memorandum on tourism and a roadmap for investment.", ["roadmap"]),
    (
        "The sides signed an agreement on visa exemption, while ministers discussed a memorandum on tourism.",
        ["agreement on visa exemption"],
    ),
    # ", and" right after the first comma, then a verb: a new clause, not a list item of the title
    (
        "They signed an agreement on transport, and officials said a memorandum on energy would follow next year.",
        ["agreement on transport"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_LISTS)
def test_a_list_opened_by_a_signed_document_holds_signed_documents(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert found(nlp, text) == expected


SHARED_HEADS = [
    # a signed plural head shared by items each opened by the same link: one document per item
    (
        "The ministers signed MoUs on renewable energy, on higher education and on customs cooperation.",
        [
            ("on renewable energy", "MoU on renewable energy"),
            ("on higher education", "MoU on higher education"),
            ("on customs cooperation", "MoU on customs cooperation"),
        ],
    ),
    (
        "The two countries signed agreements on the protection of investments and on the avoidance of double taxation.",
        [
            ("on the protection of investments", "Agreement on the protection of investments"),
            ("on the avoidance of double taxation", "Agreement on the avoidance of double taxation"),
        ],
    ),
    (
        "The sides signed agreements on trade and on transport in Astana on Monday.",
        [("on trade", "Agreement on trade"), ("on transport", "Agreement on transport")],
    ),
    # negatives: generic plurals, one item, no signing, a new clause after the first item
    ("The sides signed several agreements and a package of documents, including 15 MoUs.", []),
    ("The sides signed agreements on trade worth $2 billion.", []),
    ("The leaders discussed agreements on trade and on transport.", []),
    ("Officials signed agreements on trade, and on Tuesday the leaders met.", []),
    ("Work on agreements on trade and on transport continues.", []),
]


def _named(nlp: Language, text: str) -> list[tuple[str, str]]:
    document = make_document(text)
    return [(m.text, m.name) for m in sorted(agreements(nlp(text), document=document), key=lambda m: m.start_char)]


@pytest.mark.parametrize(("text", "expected"), SHARED_HEADS)
def test_a_plural_head_shared_by_items_names_one_document_per_item(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, text) == expected


DATED_AND_OWNED = [
    # a year as the first modifier after an article: the document of that year
    (
        "The committee, set up under a 1992 agreement on economic, scientific and technical cooperation, met in Cairo.",
        ["agreement on economic, scientific and technical cooperation"],
    ),
    ("The talks built on the 2015 treaty on strategic partnership.", ["treaty on strategic partnership"]),
    # negatives: a year with no article before the word, a year that counts, no complement
    ("In 2015 agreement on trade was reached after long talks.", []),
    ("The sides recalled a 1992 agreement with Russia.", []),
    ("Exports reached 2015 tonnes under the agreement on trade.", []),
    # an ordinal may stand between a common noun's possessive and the noun it owns
    (
        "The sides signed the protocol of the committee’s seventh session.",
        ["protocol of the committee’s seventh session"],
    ),
    (
        "The ministers signed the protocol of the commission's tenth meeting.",
        ["protocol of the commission's tenth meeting"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_AND_OWNED)
def test_dated_documents_and_ordinals_after_a_possessive(nlp: Language, text: str, expected: list[str]) -> None:
    assert found(nlp, text) == expected


HYPHENATED_PARTIES = [
    # a generic word that is half of a hyphenated modifier ("state-backed") does not make the parties generic
    (
        "The documents included a memorandum between the state-backed Japan Organization for Metals and Energy"
        " Security and Kazgeology on joint exploration for rare metals.",
        [
            "memorandum between the state-backed Japan Organization for Metals and Energy Security and Kazgeology"
            " on joint exploration for rare metals"
        ],
    ),
    (
        "The sides signed a memorandum between the state-owned Kazakhstan Temir Zholy and Pakistan Railways on"
        " freight transit.",
        ["memorandum between the state-owned Kazakhstan Temir Zholy and Pakistan Railways on freight transit"],
    ),
    # negative: parties named only generically still end the title (the signed word alone stays)
    ("The agreement between the two states was signed in Astana.", ["agreement"]),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED_PARTIES)
def test_a_hyphenated_modifier_of_the_parties_is_no_generic_word(nlp: Language, text: str, expected: list[str]) -> None:
    assert found(nlp, text) == expected
