"""The grammar of titles, round eight: participles that say what a document does ("an agreement establishing ..."),
organisations named "under" a higher body, two actions of one complement ("on producing and servicing"), two
countries joined by a spaced dash inside a name, and lowercase documents made specific by a relative clause of
signing or by "among them".  Sentences are our own, in the styles of several outlets (wire services, ministries'
readouts, business dailies); negatives say what must stay out."""

from __future__ import annotations

import pytest
from conftest import agreement_texts as found
from conftest import events_of
from spacy.language import Language

PARTICIPLES = [
    # a participle right after the document word says what it does, as official titles do
    (
        "An agreement establishing the Turkic Investment Fund was signed on the sidelines of the summit.",
        ["agreement establishing the Turkic Investment Fund"],
    ),
    (
        "Ankara and Tashkent signed an intergovernmental agreement regulating the employment of seasonal workers.",
        ["intergovernmental agreement regulating the employment of seasonal workers"],
    ),
    (
        "The state oil firms inked a contract launching the second phase of the Shah Deniz field.",
        ["contract launching the second phase of the Shah Deniz field"],
    ),
    (
        "The two leaders adopted a joint declaration establishing the Comprehensive Strategic Partnership.",
        ["joint declaration establishing the Comprehensive Strategic Partnership"],
    ),
    # after a link the participle is a gerund of the complement, as before
    (
        "The ministers signed an agreement on regulating labour migration between the two countries.",
        ["agreement on regulating labour migration"],
    ),
    # after the head's own "of understanding"
    (
        "Finance ministers signed a memorandum of understanding establishing a council of the members' central banks.",
        ["memorandum of understanding establishing a council of the members' central banks"],
    ),
    # not before a possessive pronoun: what the signatories did, not the title
    ("The presidents signed a declaration confirming their commitment to regional peace.", ["declaration"]),
    # not after the complement: the clause goes on ("creating jobs" is what the plant does)
    (
        "The sides discussed the Agreement on Cotton Processing, creating thousands of jobs in the region.",
        ["Agreement on Cotton Processing"],
    ),
]


UNDER = [
    # "under" + a capitalised body or document continues the title
    (
        "Officials signed a memorandum of cooperation between the Institute for Strategic Studies under the President"
        " of Uzbekistan and the Centre for Economic Research.",
        [
            "memorandum of cooperation between the Institute for Strategic Studies under the President of Uzbekistan"
            " and the Centre for Economic Research"
        ],
    ),
    (
        "Berlin and Astana signed a memorandum on climate cooperation under the Paris Agreement on Monday.",
        ["memorandum on climate cooperation under the Paris Agreement", "Paris Agreement"],
    ),
    # "under" + a lowercase phrase or a person says how or when it was signed
    (
        "The Agreement on Road Transport was signed under the chairmanship of the prime minister.",
        ["Agreement on Road Transport"],
    ),
    (
        "The Treaty on Good-Neighbourliness was concluded under President Tokayev in 2019.",
        ["Treaty on Good-Neighbourliness"],
    ),
]


ACTIONS = [
    # two actions of one complement: a gerund after a gerund, a gerund sharing the noun's "of"
    (
        "The companies signed an investment agreement on assembling and servicing Hyundai buses in the country.",
        ["investment agreement on assembling and servicing Hyundai buses in the country"],
    ),
    (
        "The ministers signed an agreement on the opening and operation of the Goethe Institute in Bishkek.",
        ["agreement on the opening and operation of the Goethe Institute"],
    ),
    (
        "The sides signed an intergovernmental agreement on the creation and running of the Korean School in Tashkent.",
        ["intergovernmental agreement on the creation and running of the Korean School"],
    ),
    # an adverb may stand before the second gerund
    (
        "Both presidents signed a joint statement on deepening and comprehensively expanding the strategic partnership,"
        " officials said.",
        ["joint statement on deepening and comprehensively expanding the strategic partnership"],
    ),
    # "towards" + a noun phrase continues the title; + a date or a place it does not
    (
        "The premiers signed a joint statement on deepening cooperation towards a comprehensive partnership.",
        ["joint statement on deepening cooperation towards a comprehensive partnership"],
    ),
    ("The sides signed the Agreement on Trade towards the end of the year.", ["Agreement on Trade"]),
    # a gerund that opens a clause of its own stays out
    (
        "They signed an agreement on tourism, and opening new flights was discussed as well.",
        ["agreement on tourism"],
    ),
]


DASHED_NAMES = [
    # two countries joined by a spaced dash inside a capitalised name
    (
        "The leaders adopted a joint statement establishing the Vietnam – Kazakhstan Strategic Partnership.",
        ["joint statement establishing the Vietnam – Kazakhstan Strategic Partnership"],
    ),
    (
        "The heads of state signed the Declaration of the China – Central Asia Summit in Xi'an.",
        ["Declaration of the China – Central Asia Summit"],
    ),
    # a dash that opens a new clause ends the title
    (
        "They signed the Treaty on Friendship – Kazakhstan's president called it historic.",
        ["Treaty on Friendship"],
    ),
]


SPECIFIC = [
    # a relative clause of signing on the document word or on its title makes a lowercase document specific
    (
        "Macron recalled the strategic partnership treaty the two countries signed in 2008.",
        ["strategic partnership treaty"],
    ),
    (
        "Last year the president approved the memorandum on the exchange of customs data, which the two governments"
        " had signed in Baku.",
        ["memorandum on the exchange of customs data"],
    ),
    (
        "The cabinet endorsed the agreement on mutual recognition of diplomas that the ministers concluded in May.",
        ["agreement on mutual recognition of diplomas"],
    ),
    # "among them" picks one of the documents just said to be signed
    (
        "Modi signed seven pacts in Ashgabat, among them an agreement on defence cooperation, with his host.",
        ["agreement on defence cooperation"],
    ),
    (
        "A dozen documents were signed, among which a memorandum on tourism exchanges and the Road Map for 2026.",
        ["memorandum on tourism exchanges", "Road Map for 2026"],
    ),
    # an amount after "of" says how much, not which document
    (
        "The Osh-Batken road loan agreement of 12 million dinars was signed in Bishkek in 2019.",
        ["road loan agreement"],
    ),
    ("The fund signed a loan agreement of $50 million with the ministry.", ["loan agreement"]),
    # "among" + what it picks from, then a copula: press's way of singling out one signed document
    (
        "Among them is an agreement on economic and technical cooperation, under which Beijing will grant 100 million"
        " yuan.",
        ["agreement on economic and technical cooperation"],
    ),
    (
        "Also among the 15 documents signed on Tuesday was a protocol on veterinary requirements for frozen beef.",
        ["protocol on veterinary requirements for frozen beef"],
    ),
    # "among" that picks from no documents says nothing
    ("Among the guests was the author of an agreement on trade.", []),
    ("Among other things, an agreement on trade was discussed.", []),
    # "put their names / signatures to" is the press idiom for signing
    (
        "The two premiers then put their names to a joint communique and to an agreement on road transport.",
        ["joint communique", "agreement on road transport"],
    ),
    (
        "Ministers put their signatures to a memorandum on cooperation in emergency response.",
        ["memorandum on cooperation in emergency response"],
    ),
    # "put" with no signature is no signing
    ("The ministers put the agreement on road transport on the agenda.", []),
    # the document a protocol amends is a document too, lowercase as well
    (
        "The two sides signed a protocol amending the visa waiver agreement for holders of service passports.",
        [
            "protocol amending the visa waiver agreement for holders of service passports",
            "visa waiver agreement for holders of service passports",
        ],
    ),
    # "with respect to" is one preposition; "capital" stops a title only before "of"
    (
        "The ministers signed the agreement on the avoidance of double taxation with respect to taxes on income and"
        " capital.",
        ["agreement on the avoidance of double taxation with respect to taxes on income and capital"],
    ),
    (
        "They signed an agreement on the joint investment fund with a capital of $250 million.",
        ["agreement on the joint investment fund"],
    ),
    # a clause that only wants to sign, or a generic plural, names no document
    (
        "They talked about the agreement on visa-free travel, which the sides hope to sign next year.",
        [],
    ),
    ("A package of documents was signed, among them several agreements on trade.", []),
    ("The ministers discussed an agreement on trade that the parliament rejected.", []),
]


@pytest.mark.parametrize(("text", "titles"), PARTICIPLES + UNDER + ACTIONS + DASHED_NAMES + SPECIFIC)
def test_titles(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == titles


HYPHENATED = [
    # a hyphenated word of lowercase words that modifies the head is part of its name
    (
        "The production-sharing agreement for the Aral Sea blocks was signed in Tashkent on Friday.",
        ["production-sharing agreement for the Aral Sea blocks"],
    ),
    (
        "Seoul and Wellington signed a free-trade agreement, their first with a Central Asian partner.",
        ["free-trade agreement"],
    ),
    # a number's hyphenated word says how long, not which document
    (
        "The utilities signed a ten-year contract for the supply of electricity.",
        ["contract for the supply of electricity"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), HYPHENATED)
def test_hyphenated_modifiers(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == titles


# The story's first line is its headline; the sentences below stand in the body.
HEADLINE = "Leaders meet in the capital\n\n"

PURPOSES = [
    # a plan's, a roadmap's or a programme's purpose is part of its title in the body
    (
        HEADLINE + "The ministers signed a joint action plan to speed up trade and economic cooperation.",
        ["joint action plan to speed up trade and economic cooperation"],
    ),
    (
        HEADLINE + "They adopted an action plan to lift bilateral trade to $1 billion by 2030, the ministry said.",
        ["action plan to lift bilateral trade to $1 billion by 2030"],
    ),
    (
        HEADLINE + "The sides signed a roadmap to double trade on Monday in Tashkent.",
        ["roadmap to double trade"],
    ),
    (
        HEADLINE + "The deputy premiers approved a programme to modernise border crossings for 2026-2028.",
        ["programme to modernise border crossings for 2026-2028"],
    ),
    # an agreement's purpose is what it is for, said by the clause
    (HEADLINE + "The two leaders signed an agreement to build a railway.", ["agreement"]),
    # the headline sums the story up: its plan is named in full in the body
    ("Tashkent, Baku approve roadmap to bring trade to $2 bln by 2030", ["roadmap"]),
    # no signing, no document
    (HEADLINE + "Officials floated a plan to cut tariffs, and talks go on.", []),
]


@pytest.mark.parametrize(("text", "titles"), PURPOSES)
def test_purposes_of_plans(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == titles


NOTES = [
    # "Exchange of Notes", capitalised, heads an agreement made by diplomatic notes, in a list or a sentence
    (
        "The documents exchanged are:\n-- Exchange of Notes on Visa-Free Travel for Students (Ali and Karimov);\n"
        "-- Memorandum of Understanding on Tourism (Lim and Saidov).",
        ["Exchange of Notes on Visa-Free Travel for Students", "Memorandum of Understanding on Tourism"],
    ),
    (
        "Wellington and Tashkent also signed an Exchange of Notes on Working Holiday Visas on Tuesday.",
        ["Exchange of Notes on Working Holiday Visas"],
    ),
    # lowercase, the exchange of notes is how documents change hands
    ("The leaders witnessed the exchange of notes on the ratification of the treaty.", []),
]


@pytest.mark.parametrize(("text", "titles"), NOTES)
def test_exchange_of_notes(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == titles


def signed(nlp: Language, text: str, published: str) -> list[tuple[str, ...]]:
    return sorted(e.agreements for e in events_of(nlp, text, published) if e.type == "signing")


NESTED = [
    # a document named inside another's title was not what the signing acted on
    (
        "BUDAPEST, 3 March - At the end of the talks, the ministers signed the following documents:\n"
        "- a protocol amending the Agreement on the Establishment of the Joint Investment Fund;\n"
        "- a memorandum of understanding on cooperation in water management.",
        "2026-03-03",
        [
            ("Memorandum of understanding on cooperation in water management",),
            ("Protocol amending the Agreement on the Establishment of the Joint Investment Fund",),
        ],
    ),
    (
        "ASTANA, May 5 - The two governments signed the Protocol on Amendments to the Agreement on Air Services on"
        " Monday.",
        "2026-05-05",
        [("Protocol on Amendments to the Agreement on Air Services",)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NESTED)
def test_a_signing_acts_on_the_outer_document(nlp: Language, text: str, published: str, expected: list) -> None:
    assert signed(nlp, text, published) == expected


NOT_DOCUMENTS = [
    # a visit's programme is its itinerary; a news programme is a broadcast
    ("Last week the president approved the programme of the visit and gave instructions on the drafts.", []),
    ("The Vatan news programme of Turkmen State Television reported the talks on Tuesday.", []),
    # a programme of cooperation stays a document
    (
        "The ministers approved the programme of cooperation between the foreign ministries for 2026-2027.",
        ["programme of cooperation between the foreign ministries for 2026-2027"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), NOT_DOCUMENTS)
def test_programmes_that_are_no_documents(nlp: Language, text: str, titles: list[str]) -> None:
    assert found(nlp, text) == titles
