"""Agreements in real press (issue 16): whole titles, lists of signed documents, lowercase documents made
specific by a signing verb, one id per document, and what is not a document.

Sentences are the dev articles' (tests/gold/articles, dev split) or our own in the same styles.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements
from pipeline.records import AgreementMention


def found(nlp: Language, text: str) -> list[AgreementMention]:
    doc = nlp(text)
    return sorted(agreements(doc, document=make_document(text)), key=lambda m: (m.start_char, m.end_char))


# 1. Titles are not cut at a lowercase word, a preposition, a gerund, a list of nouns or a possessive.
WHOLE_TITLES = [
    # the year a programme runs to is part of its title; how long a verb lasts is not
    (
        "The documents include a Plan of Joint Actions until 2030 and a Strategy of Development till 2050.",
        ["Plan of Joint Actions until 2030", "Strategy of Development till 2050"],
    ),
    ("The sides agreed to extend the Agreement on Trade until 2030.", ["Agreement on Trade"]),
    ("The sides will implement the Roadmap for trade until the end of the year.", ["Roadmap for trade"]),
    # an official title in quotes after its head, as Central Asian agencies write them
    (
        "The sides signed the Agreement «On cooperation in the field of education».",
        ["Agreement «On cooperation in the field of education»"],
    ),
    (
        "The Memorandum “On mutual understanding in the field of healthcare” was signed in Tashkent.",
        ["Memorandum “On mutual understanding in the field of healthcare”"],
    ),
    ('The minister said the agreement "opens new opportunities" for both sides.', []),
    # a stop word after the noun phrase of a link ends the title there; heading the phrase, it ends it at the link
    (
        "Russia and Kazakhstan signed an agreement on cooperation in the field of peaceful uses of atomic energy worth"
        " $5 billion.",
        ["agreement on cooperation in the field of peaceful uses of atomic energy"],
    ),
    ("The sides signed the Agreement on Trade for the first time in Astana.", ["Agreement on Trade"]),
    ("The Memorandum on Investment Projects valued at $3 billion was signed.", ["Memorandum on Investment Projects"]),
    (
        "The sides signed the Agreement on Cooperation in the Energy Sector on the sidelines of the forum.",
        ["Agreement on Cooperation in the Energy Sector"],
    ),
    ("The Roadmap for trade within the framework of the visit was approved.", ["Roadmap for trade"]),
    # wire stories, ministry releases and parliament news in several outlets' styles (our own sentences)
    (
        "ASTANA, May 5 (Kazinform) - Kazakhstan and Kyrgyzstan signed an agreement on the joint use of water"
        " resources of the Chu and Talas rivers on Monday.",
        ["agreement on the joint use of water resources of the Chu and Talas rivers"],
    ),
    (
        "The Agreement between the Government of Kazakhstan and the Government of Kyrgyzstan on the Development of"
        " the Kambarata HPP-1 Project was signed.",
        [
            "Agreement between the Government of Kazakhstan and the Government of Kyrgyzstan on the Development of"
            " the Kambarata HPP-1 Project"
        ],
    ),
    (
        "The Protocol amending the Convention on the Avoidance of Double Taxation was signed in Baku.",
        [
            "Protocol amending the Convention on the Avoidance of Double Taxation",
            "Convention on the Avoidance of Double Taxation",
        ],
    ),
    (
        "The Agreement on Trade and Economic Cooperation between the Government of Turkmenistan and the Government of"
        " Pakistan, signed in Islamabad in 1995, remains in force.",
        [
            "Agreement on Trade and Economic Cooperation between the Government of Turkmenistan and the Government of"
            " Pakistan"
        ],
    ),
    (
        "The Presidents witnessed the exchange of the Agreement on Visa Exemption for holders of diplomatic passports.",
        ["Agreement on Visa Exemption for holders of diplomatic passports"],
    ),
    (
        "A Comprehensive Economic Partnership Agreement (CEPA) between the UAE and Kazakhstan was signed in Abu Dhabi.",
        ["Comprehensive Economic Partnership Agreement"],
    ),
    (
        "The two ministers signed a plan of consultations between the foreign ministries for 2026-2027 and a"
        " memorandum on cooperation between diplomatic academies.",
        [
            "plan of consultations between the foreign ministries for 2026-2027",
            "memorandum on cooperation between diplomatic academies",
        ],
    ),
    (
        "The ministers signed the Roadmap for expanding trade for 2025-2027 in Tashkent.",
        ["Roadmap for expanding trade for 2025-2027"],
    ),
    (
        "The sides signed the Memorandum of Cooperation in the field of civil aviation.",
        ["Memorandum of Cooperation in the field of civil aviation"],
    ),
    (
        "They approved the Programme of economic cooperation for the next five years.",
        ["Programme of economic cooperation for the next five years"],
    ),
    (
        "Shakkaliyev and Szijjarto signed the protocol of the 10th meeting and a Roadmap for the implementation of"
        " joint investment projects for 2025-2027.",
        ["protocol of the 10th meeting", "Roadmap for the implementation of joint investment projects for 2025-2027"],
    ),
    (
        "The sides also approved the Roadmap for expanding trade and economic cooperation for 2025-2026 and agreed"
        " to hold the next meeting in Tashkent.",
        ["Roadmap for expanding trade and economic cooperation for 2025-2026"],
    ),
    (
        "The heads of government approved the Roadmap for 2025-2027 on expanding trade, economic and industrial"
        " cooperation at the 13th meeting of the council.",
        ["Roadmap for 2025-2027 on expanding trade, economic and industrial cooperation"],
    ),
    (
        "Xi Jinping and the five presidents signed the Treaty on Permanent Good-Neighborliness, Friendship and"
        " Cooperation, giving the friendship a legal foundation.",
        ["Treaty on Permanent Good-Neighborliness, Friendship and Cooperation"],
    ),
    (
        "The minister stressed the provisions of the Treaty on Good-Neighborliness and Alliance in the 21st Century,"
        " signed in 2013.",
        ["Treaty on Good-Neighborliness and Alliance in the 21st Century"],
    ),
    (
        "A memorandum of understanding between Masdar and Kazakhstan’s Ministry of Energy on developing a 1-gigawatt"
        " wind power plant was signed.",
        [
            "memorandum of understanding between Masdar and Kazakhstan’s Ministry of Energy on developing a 1-gigawatt"
            " wind power plant"
        ],
    ),
    (
        "The presidents adopted a joint communiqué and the Concept of Regional Security 2030.",
        ["joint communiqué", "Concept of Regional Security 2030"],
    ),
    # 2. ... and they do not run on into the clause.
    (
        "The leaders signed the Treaty on Eternal Friendship between the two states on Monday.",
        ["Treaty on Eternal Friendship"],
    ),
    (
        "The parties signed an agreement on the joint investment fund with a capital of $250 million.",
        ["agreement on the joint investment fund"],
    ),
    (
        "The agreement on the demarcation of the border was signed in the presence of the two presidents.",
        ["agreement on the demarcation of the border"],
    ),
    (
        "The two countries signed the Agreement on Trade, Kazakhstan and Russia signed a treaty on transit.",
        ["Agreement on Trade", "treaty on transit"],
    ),
    (
        "For the first time, the sides signed the Agreement on Military Cooperation for the first time in Baku.",
        ["Agreement on Military Cooperation"],
    ),
    (
        "They signed the Agreement on Energy Cooperation, Tokayev and Mirziyoyev also discussed water.",
        ["Agreement on Energy Cooperation"],
    ),
    (
        "Pakistan and Uzbekistan signed an Agreement on Strategic Partnership and a Framework Agreement on"
        " Trans-Afghan Railway.",
        ["Agreement on Strategic Partnership", "Framework Agreement on Trans-Afghan Railway"],
    ),
    (
        "The ministers adopted the Programme on the Framework for Cooperation in Education.",
        ["Programme on the Framework for Cooperation in Education"],
    ),
    ("The UN Security Council adopted Resolution No. 2231 in 2015.", ["Resolution No. 2231"]),
    (
        "The government submitted the Treaty on Friendship to the Senate for ratification.",
        ["Treaty on Friendship"],
    ),
    (
        "The ministers signed the Protocol on amendments to the Charter of the Azerbaijan-Uzbekistan Investment"
        " Company.",
        ["Protocol on amendments to the Charter of the Azerbaijan-Uzbekistan Investment Company"],
    ),
    (
        "The sides also signed a protocol on amendments to the agreement on avoidance of double taxation of 1997.",
        # round eight: the amended document is a document too, lowercase as well as capitalised
        [
            "protocol on amendments to the agreement on avoidance of double taxation",
            "agreement on avoidance of double taxation",
        ],
    ),
]


@pytest.mark.parametrize(("text", "titles"), WHOLE_TITLES)
def test_whole_titles(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles


# 4. A lowercase document is specific when it is signed, adopted or ratified; otherwise it is not a title.
LOWERCASE = [
    (
        "The ministers signed the agreement on cooperation in veterinary medicine.",
        ["agreement on cooperation in veterinary medicine"],
    ),
    ("The agencies signed a memorandum on tourism exchanges.", ["memorandum on tourism exchanges"]),
    (
        "The sides signed an action plan of the ministries of agriculture for 2025-2026.",
        ["action plan of the ministries of agriculture for 2025-2026"],
    ),
    ("The companies signed an MoU on green energy.", ["MoU on green energy"]),
    ("The parliament ratified the treaty of friendship.", ["treaty of friendship"]),
    (
        "The sides initialled an additional protocol to the transit agreement.",
        ["additional protocol to the transit agreement"],
    ),
    (
        "The three countries first signed a memorandum of understanding on the railway in 1997, but the project"
        " stalled for years.",
        ["memorandum of understanding on the railway"],
    ),
    (
        "The breakthrough came on June 6, when the intergovernmental agreement on the CKU railway project was signed.",
        ["intergovernmental agreement on the CKU railway project"],
    ),
    (
        "The sides are expected to sign an intergovernmental agreement on mutual visa exemption for holders of"
        " service passports and a programme of cooperation for 2024-2028, as well as trade and investment agreements.",
        [
            "intergovernmental agreement on mutual visa exemption for holders of service passports",
            "programme of cooperation for 2024-2028",
        ],
    ),
    (
        "An agreement on the avoidance of double taxation is expected to be signed during the visit.",
        ["agreement on the avoidance of double taxation"],
    ),
    (
        "The documents signed include an agreement on trade, a memorandum on tourism and a programme of cultural"
        " cooperation.",
        ["agreement on trade", "memorandum on tourism", "programme of cultural cooperation"],
    ),
    (
        "A package of documents was signed, including an agreement on visa-free travel and a memorandum on"
        " cooperation in healthcare.",
        ["agreement on visa-free travel", "memorandum on cooperation in healthcare"],
    ),
    ("The report includes a plan for the reform of the tax system.", []),
    # a document word with no title is a document only as what was signed
    ("The National Iranian Gas Company and Turkmengaz signed a contract in Tehran on Tuesday.", ["contract"]),
    (
        "He recalled the nuclear power plant project in Jizzakh region, the contract for which was signed by Rosatom.",
        ["contract"],
    ),
    # not specific: no signing verb, or the complement names only a party or a place
    ("Foreign Minister Saidov will travel to Beijing to coordinate the programme with the Chinese side.", []),
    ("A further €7 million will fund a technical assistance programme for the Uzbek geological service.", []),
    ("The EU signed a similar memorandum with Kazakhstan in November 2022.", ["memorandum"]),
    ("The sides discussed the agreement on trade reached last year.", []),
    ("The minister discussed the implementation of the agreement with his counterpart.", []),
    ("Under the agreement, Kazakhstan will supply 1 million tonnes of grain.", []),
    ("The two leaders signed an agreement to build a railway.", ["agreement"]),
    ("The government approved a plan to raise exports.", ["plan"]),
    # generic plurals stay out
    ("Several documents were signed, including a package of agreements on trade.", []),
    ("Kazakhstan and China signed 40 documents, including agreements on the supply of gas and oil.", []),
    # "and" joins a lowercase title to a capitalised document: a list of documents, each specific
    (
        "Among the documents signed were the Treaty on Comprehensive Strategic Partnership between the Republic of"
        " Kazakhstan and the Republic of Uzbekistan and the agreement on the demarcation of the state border.",
        [
            "Treaty on Comprehensive Strategic Partnership between the Republic of Kazakhstan and the Republic of"
            " Uzbekistan",
            "agreement on the demarcation of the state border",
        ],
    ),
    (
        "The agreement on the supply of gas and the Joint Statement on the results of the visit were published.",
        ["agreement on the supply of gas", "Joint Statement on the results of the visit"],
    ),
    (
        "The talks covered the agreement on trade and Tokayev's Program of reforms.",
        ["agreement on trade", "Program of reforms"],
    ),
    ("The Treaty on Friendship and the agreement on what was discussed remain.", ["Treaty on Friendship"]),
    ("The agreement on the supply of gas and the pipeline were discussed.", []),
    ("Experts discussed the treaty on friendship and an agreement on the border.", []),
    # a protocol amending a document is titled by it (ministry and parliament releases)
    (
        "Earlier, parliament ratified the protocol amending the agreement on the avoidance of double taxation.",
        [
            "protocol amending the agreement on the avoidance of double taxation",
            "agreement on the avoidance of double taxation",
        ],
    ),
    ("The committee discussed amending the agreement on tariffs.", []),
    # headlines drop tense and articles: "sign agreement on ..." (the tagger may read "sign" as a noun)
    ("Kazakhstan, Uzbekistan sign agreement on water use", ["agreement on water use"]),
    ("Uzbekistan, EU sign memorandum on critical raw materials", ["memorandum on critical raw materials"]),
    ("Central Asian states discuss agreement on water use", []),
]


@pytest.mark.parametrize(("text", "titles"), LOWERCASE)
def test_lowercase_documents_need_a_signing(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles


# 5. Every item of a list of signed documents is an agreement: bullets, dashes, numbers, semicolons.
LISTS = [
    # a purpose in an item of a list is part of the title; in a sentence it is the clause going on
    (
        "The following documents were exchanged:\n"
        "- Plan of measures to develop the Kazakhstan-Kyrgyzstan border infrastructure for 2024-2026;\n"
        "- Roadmap to expand trade between the two countries.",
        [
            "Plan of measures to develop the Kazakhstan-Kyrgyzstan border infrastructure for 2024-2026",
            "Roadmap to expand trade between the two countries",
        ],
    ),
    (
        "The documents signed: a Plan of measures to develop tourism for 2025-2026; a Memorandum on trade.",
        ["Plan of measures to develop tourism for 2025-2026", "Memorandum on trade"],
    ),
    ("The sides also inked a roadmap to boost bilateral trade to $10 billion.", ["roadmap"]),
    (
        "In the presence of the Presidents, the following documents were exchanged:\n\n"
        "• Agreement on international combined transport of goods;\n"
        "• Memorandum of understanding on cooperation in the field of nuclear energy;\n"
        "• Program of cultural cooperation for 2026-2028.",
        [
            "Agreement on international combined transport of goods",
            "Memorandum of understanding on cooperation in the field of nuclear energy",
            "Program of cultural cooperation for 2026-2028",
        ],
    ),
    (
        "Following the meeting, the following documents were signed:\n\n"
        "– Agreement between the customs services on mutual recognition of authorized economic operators;\n\n"
        "– Memorandum on the establishment of a joint trading house between the chambers of commerce and industry;",
        [
            "Agreement between the customs services on mutual recognition of authorized economic operators",
            "Memorandum on the establishment of a joint trading house between the chambers of commerce and industry",
        ],
    ),
    (
        "The following documents were signed:\n1. Agreement on visa-free travel for holders of diplomatic passports;\n"
        "2. Plan of consultations between the foreign ministries for 2025-2026.",
        [
            "Agreement on visa-free travel for holders of diplomatic passports",
            "Plan of consultations between the foreign ministries for 2025-2026",
        ],
    ),
    (
        "The ministers signed:\n(1) agreement on cooperation in the field of tourism;\nb) protocol on consultations"
        " between the foreign ministries.",
        [
            "agreement on cooperation in the field of tourism",
            "protocol on consultations between the foreign ministries",
        ],
    ),
    (
        "The following documents were signed: an agreement on trade; a memorandum on tourism; the programme of"
        " cultural cooperation for 2025-2027.",
        ["agreement on trade", "memorandum on tourism", "programme of cultural cooperation for 2025-2027"],
    ),
    (
        "In their presence, the following documents were also signed: the Agreement on mutual recognition of"
        " documents on education; the Memorandum of Understanding between the Ministry of Economy of Azerbaijan and"
        " the Ministry of Investment, Industry and Trade of Uzbekistan on the establishment of a trading house.",
        [
            "Agreement on mutual recognition of documents on education",
            "Memorandum of Understanding between the Ministry of Economy of Azerbaijan and the Ministry of Investment,"
            " Industry and Trade of Uzbekistan on the establishment of a trading house",
        ],
    ),
    (
        "The documents signed at Qasr Al Watan include:\n\n• A memorandum of understanding between Abu Dhabi"
        " Developmental Holding Company (ADQ) and Kazakh Invest on food security projects valued at about Dh5.5"
        " billion;",
        [
            "memorandum of understanding between Abu Dhabi Developmental Holding Company (ADQ) and Kazakh Invest on"
            " food security projects"
        ],
    ),
    # a list that is not of documents
    ("The EU and Uzbekistan will cooperate in six areas:\n\n- making supply chains more resilient;", []),
]


@pytest.mark.parametrize(("text", "titles"), LISTS)
def test_every_listed_document(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles


def test_a_title_nested_in_another_is_a_document_too(nlp: Language) -> None:
    text = (
        "• Protocol on amendments to the Agreement on the establishment of the Khoja Akhmet Yassawi International"
        " Kazakh-Turkish University;"
    )
    protocol, agreement = found(nlp, text)
    assert agreement.text == (
        "Agreement on the establishment of the Khoja Akhmet Yassawi International Kazakh-Turkish University"
    )
    assert (protocol.type, agreement.type) == ("protocol", "agreement")
    assert protocol.agreement_id != agreement.agreement_id


# 6. One document, many names: one id and the most complete title as its name.
SAME_DOCUMENT = [
    (
        "The Treaty on Good-Neighbourliness and Partnership was signed in 2019. The Good-Neighbourliness Treaty"
        " remains the basis of relations. The treaty was ratified in 2020.",
        "Treaty on Good-Neighbourliness and Partnership",
        3,
    ),
    (
        "The ministers exchanged the instruments of ratification of the Treaty between the Kyrgyz Republic and the"
        " Republic of Tajikistan on the Kyrgyz-Tajik State Border. Japarov and Rahmon signed the document in Bishkek"
        " on March 13. According to the treaty, the border is about 970 kilometers long.",
        "Treaty between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border",
        3,
    ),
    (
        "Kazakhstan, Kyrgyzstan approve roadmap to bring trade to $3 bln by 2030\n\nThe heads of government approved"
        " the Roadmap for 2025-2027 on expanding trade, economic and industrial cooperation.",
        "Roadmap for 2025-2027 on expanding trade, economic and industrial cooperation",
        2,
    ),
    (
        "• Agreement on international combined transport of goods;\n\nThe transport agreement was signed by Foreign"
        " Ministers Yermek Kosherbayev and Hakan Fidan.",
        "Agreement on international combined transport of goods",
        2,
    ),
    (
        "The following documents were signed:\n\n• Agreement on international combined transport of goods;\n\n"
        "• Protocol on amendments to the Agreement on the establishment of the Kazakh-Turkish University.\n\n"
        "The transport agreement was signed by the foreign ministers.",
        "Agreement on international combined transport of goods",
        2,
    ),
    (
        "EU and Uzbekistan sign Memorandum of Understanding on a strategic partnership for critical raw materials\n\n"
        "Today, the EU and Uzbekistan signed a Memorandum of Understanding (MoU) establishing a partnership.\n\n"
        "Memorandum of Understanding on a Strategic Partnership on Sustainable Critical Raw Materials Value Chains"
        " between the EU and Uzbekistan",
        "Memorandum of Understanding on a Strategic Partnership on Sustainable Critical Raw Materials Value Chains"
        " between the EU and Uzbekistan",
        3,
    ),
]


@pytest.mark.parametrize(("text", "name", "count"), SAME_DOCUMENT)
def test_one_document_one_id(nlp: Language, text: str, name: str, count: int) -> None:
    mentions = [m for m in found(nlp, text) if m.name == name]
    assert len(mentions) == count
    assert len({m.agreement_id for m in mentions}) == 1
    assert not any(m.name != name and m.agreement_id == mentions[0].agreement_id for m in found(nlp, text))


def test_documents_of_one_list_stay_apart(nlp: Language) -> None:
    text = (
        "The following documents were signed: the Memorandum of Understanding on cooperation in the field of energy;"
        " the Memorandum of Understanding on cooperation in the field of energy and water resources."
    )
    first, second = found(nlp, text)
    assert first.agreement_id != second.agreement_id


def test_items_of_a_list_stay_apart_across_lines(nlp: Language) -> None:
    text = (
        "The following documents were signed:\n\n– Memorandum of Understanding on Cooperation in Education;\n\n"
        "– Memorandum of Understanding on Cooperation in Higher Education and Science."
    )
    first, second = found(nlp, text)
    assert first.agreement_id != second.agreement_id


def test_titleless_documents_with_different_words_stay_apart(nlp: Language) -> None:
    text = "Kazakhstan and Uzbekistan signed a strategic partnership agreement and a loan agreement."
    first, second = found(nlp, text)
    assert (first.text, second.text) == ("strategic partnership agreement", "loan agreement")
    assert first.agreement_id != second.agreement_id


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the treaty would help the region.",
        "The ministry published the document on its website.",
        "The document on the reform of the tax system was discussed.",
        # a head word alone after "the", capitalised as ministries write it, names no document by itself
        "Under the Treaty, the parties undertake to consult each other.",
        "The Agreement will enter into force after ratification.",
    ],
)
def test_a_reference_with_nothing_named_before_is_left_out(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_the_document_takes_the_type_of_what_it_names(nlp: Language) -> None:
    text = "The sides approved the Roadmap for 2025-2027 on expanding trade. The document sets out 46 measures."
    roadmap, document = found(nlp, text)
    assert (document.text, document.type, document.agreement_id) == ("The document", "roadmap", roadmap.agreement_id)


# 7. Names of places, bodies and events are not documents; quotations are not titles.
NOT_DOCUMENTS = [
    "Trucks cross the Dostyk checkpoint daily.",
    "The Intergovernmental Commission met in Almaty.",
    "The Central Asia-Japan Dialogue was held in Tokyo.",
    "The Intergovernmental Commission on Trade and Economic Cooperation held its fifth meeting.",
    "The Business Council met in Almaty while the Council of Foreign Ministers met in Tashkent.",
    "The Kazakhstan-China Investment Fund financed the upgrade of the Dostyk checkpoint.",
    "The North-South Transport Corridor project was discussed at the Astana International Forum.",
    "They discussed the Trans-Caspian International Transport Route and the Middle Corridor.",
    "The Turkic Council and the Shanghai Cooperation Organisation Secretariat welcomed the decision.",
    "The EU Global Gateway investment package and the Team Europe initiative were presented.",
    'Tokayev said the treaty "opens a new page" in relations.',
]


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_not_documents(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_the_capitalised_head_alone_refers_to_the_document_named_before(nlp: Language) -> None:
    text = (
        "The presidents signed the Treaty on Allied Relations in Tashkent. Under the Treaty, the parties undertake"
        " to consult each other."
    )
    treaty, reference = found(nlp, text)
    assert reference.text == "Treaty"
    assert (reference.agreement_id, reference.name) == (treaty.agreement_id, "Treaty on Allied Relations")


# The year of a document: what follows its title, else the one year of its sentence, never another item's year.
YEARS = [
    (
        "The documents signed include: the Agreement on mutual legal assistance in civil matters; the Protocol on"
        " amendments to the Agreement on trade of 1994; and the Roadmap for industrial cooperation.",
        [
            ("Agreement on mutual legal assistance in civil matters", None),
            ("Protocol on amendments to the Agreement on trade", 1994),
            ("Agreement on trade", 1994),
            ("Roadmap for industrial cooperation", None),
        ],
    ),
    (
        "On 12 March 2025 the following documents were signed: the Agreement on tourism; the Memorandum on sports.",
        [("Agreement on tourism", 2025), ("Memorandum on sports", 2025)],
    ),
    (
        "The sides recalled the Agreement on trade of 1994 and the Treaty on Friendship dated 2001.",
        [("Agreement on trade", 1994), ("Treaty on Friendship", 2001)],
    ),
    # a target or a term is not when a document was signed
    (
        "The sides approved a Roadmap for trade and agreed to raise trade to $10 billion by 2030.",
        [("Roadmap for trade", None)],
    ),
    ("In 2024 the sides signed the Roadmap for trade, which runs until 2027.", [("Roadmap for trade", 2024)]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS)
def test_years_of_documents(nlp: Language, text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(m.text, m.year) for m in found(nlp, text)] == expected
