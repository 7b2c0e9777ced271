"""The grammar of titles, round four: where a title ends (routes, "from", hyphenated words, list items' tails,
enumerations before a verb), lists of lowercase documents beside a named one, descriptions in quotes, and which
wordings in one article name one document.  Sentences are our own, in several outlets' styles."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements
from pipeline.records import AgreementMention


def found(nlp: Language, text: str) -> list[AgreementMention]:
    doc = nlp(text)
    return sorted(agreements(doc, document=make_document(text)), key=lambda m: m.start_char)


BOUNDARIES = [
    # a title that moves something runs on over where it goes ("to", "through", "via" + a place)
    (
        "The state companies signed a contract for the supply of 200,000 tonnes of wheat to Afghanistan.",
        ["contract for the supply of 200,000 tonnes of wheat to Afghanistan"],
    ),
    (
        "Gazprom and Uzbekneftegaz signed a ten-year contract on the transit of Russian gas to Kyrgyzstan through"
        " Kazakhstan.",
        ["contract on the transit of Russian gas to Kyrgyzstan through Kazakhstan"],
    ),
    (
        "The ministers also signed a protocol on veterinary requirements for the export of Kazakh beef to China.",
        ["protocol on veterinary requirements for the export of Kazakh beef to China"],
    ),
    # a route word written in capitals is a word of a title-cased title, not the route's link
    (
        "The railway chiefs signed the Roadmap on Harmonisation of Through Tariffs along the Trans-Caspian"
        " International Transport Route for 2026-2028.",
        [
            "Roadmap on Harmonisation of Through Tariffs along the Trans-Caspian International Transport Route"
            " for 2026-2028"
        ],
    ),
    # ... but "to" + a place after a title that moves nothing is the clause going on
    (
        "Tokayev submitted the Agreement on Cultural Cooperation to Parliament last week.",
        ["Agreement on Cultural Cooperation"],
    ),
    ("The sides signed the Memorandum on Tourism to boost flows to Turkey.", ["Memorandum on Tourism"]),
    # "from" + a name or a noun phrase: part of the title; + a place, a date or the sides: not
    (
        "The Agreement on Mutual Exemption from Visa Requirements entered into force in November.",
        ["Agreement on Mutual Exemption from Visa Requirements"],
    ),
    (
        "Parliament ratified the agreement on the avoidance of double taxation and exemption from income tax.",
        ["agreement on the avoidance of double taxation and exemption from income tax"],
    ),
    (
        "Baku received the Memorandum on Energy Cooperation from Kazakhstan on Monday.",
        ["Memorandum on Energy Cooperation"],
    ),
    ("The Roadmap on Trade from 2025 was discussed.", ["Roadmap on Trade"]),
    # a hyphenated word is one word: "in-depth" is no link, "five-year" is not cut in half
    (
        "The presidents adopted the Joint Declaration on the establishment of in-depth strategic partnership.",
        ["Joint Declaration on the establishment of in-depth strategic partnership"],
    ),
    (
        "Last year the sides signed a three-year contract on the supply of electricity.",
        ["contract on the supply of electricity"],
    ),
    # an enumeration inside a title before a passive verb stays in the title; before a subject that acts, not
    (
        "The Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation was signed in Astana.",
        ["Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation"],
    ),
    (
        "Under the Treaty on Friendship, Kazakhstan and Russia agreed to consult each other.",
        ["Treaty on Friendship"],
    ),
    # "at" + a name is part of an item of a list of documents, and where it was signed elsewhere
    (
        "The following documents were signed:\n"
        "1. the memorandum on a joint medical faculty at the Tashkent State Medical University;\n"
        "2. the programme of cooperation in culture for 2026-2027.",
        [
            "memorandum on a joint medical faculty at the Tashkent State Medical University",
            "programme of cooperation in culture for 2026-2027",
        ],
    ),
    ("The presidents signed the Memorandum on Education at the Kremlin on Friday.", ["Memorandum on Education"]),
    # a quotation after "as" describes a document: it is not its title
    ('A spokesman described the treaty as "a new chapter" in relations.', []),
    ("The minister called the treaty “the backbone of our work”.", []),
]


@pytest.mark.parametrize(("text", "titles"), BOUNDARIES)
def test_titles_end_where_the_grammar_says(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles


LISTS = [
    # lowercase documents listed beside a named one are the signed documents too, however the parse splits them
    (
        "Officials exchanged 15 documents, which include the Programme of Cooperation for 2025-2027, an agreement on"
        " scientific cooperation, a protocol on sanitary requirements for the export of Kyrgyz cherries to China and"
        " an agreement on cultural centres.",
        [
            "Programme of Cooperation for 2025-2027",
            "agreement on scientific cooperation",
            "protocol on sanitary requirements for the export of Kyrgyz cherries to China",
            "agreement on cultural centres",
        ],
    ),
    (
        "Among them are a contract for the supply of 50 buses to Tajikistan, an agreement between Kazakhstan Temir"
        " Zholy and Uzbek Railways on container services, and an investment agreement on a logistics hub.",
        [
            "contract for the supply of 50 buses to Tajikistan",
            "agreement between Kazakhstan Temir Zholy and Uzbek Railways on container services",
            "investment agreement on a logistics hub",
        ],
    ),
    # a list of lowercase documents with no named one and no signing says nothing specific
    ("The ministers discussed an agreement on trade and a plan on tourism.", []),
    # a verb between them: two clauses, not one list
    (
        "The Treaty on Friendship was praised, and the ministers discussed an agreement on trade.",
        ["Treaty on Friendship"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), LISTS)
def test_lowercase_documents_in_a_list_with_a_named_one(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles


NAMES = [
    # a document named after a place keeps the place as its name: two cities' declarations are two documents
    (
        "The leaders adopted the Astana Declaration. Two years ago they signed the Xi'an Declaration.",
        [("Astana Declaration", "Astana Declaration"), ("Xi'an Declaration", "Xi'an Declaration")],
    ),
    (
        "The heads of state adopted the Bishkek Declaration. Under the Declaration, Baku will host the next summit.",
        [("Bishkek Declaration", "Bishkek Declaration"), ("Declaration", "Bishkek Declaration")],
    ),
    # "whose founding agreement": the possessor's own document, not the agreement named before
    (
        "The sides signed an agreement on setting up a civil protection mechanism. Erdogan praised the Turkic"
        " Investment Fund, whose founding agreement was signed in Ankara last year.",
        [
            (
                "agreement on setting up a civil protection mechanism",
                "Agreement on setting up a civil protection mechanism",
            ),
            ("founding agreement", "Founding Agreement"),
        ],
    ),
    # "a" + a shorter title after a fuller one introduces another document
    (
        "The presidents signed the Joint Declaration on the establishment of comprehensive strategic partnership."
        " In 2022 they had signed a Declaration on Strategic Partnership.",
        [
            (
                "Joint Declaration on the establishment of comprehensive strategic partnership",
                "Joint Declaration on the establishment of comprehensive strategic partnership",
            ),
            ("Declaration on Strategic Partnership", "Declaration on Strategic Partnership"),
        ],
    ),
    # "the" + a shorter title still names the fuller one
    (
        "The presidents signed the Joint Declaration on the establishment of comprehensive strategic partnership."
        " The Declaration on Strategic Partnership will guide the ministries.",
        [
            (
                "Joint Declaration on the establishment of comprehensive strategic partnership",
                "Joint Declaration on the establishment of comprehensive strategic partnership",
            ),
            (
                "Declaration on Strategic Partnership",
                "Joint Declaration on the establishment of comprehensive strategic partnership",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_which_wordings_name_one_document(nlp: Language, text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.text, m.name) for m in found(nlp, text)] == names
