"""Agreement titles found in real sentences (corpus sentences and our own), and how wordings group."""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements
from pipeline.records import AgreementMention


def found(nlp: Language, text: str, published: str = "") -> list[AgreementMention]:
    doc = nlp(text)
    return sorted(agreements(doc, document=make_document(text, published=published)), key=lambda m: m.start_char)


TITLES = [
    # corpus: several titles in one list, each ending where the next begins
    (
        "The legal framework of their bilateral cooperation consists of approximately 80 documents, with particular"
        " emphasis on the Declaration on the Development of Further Cooperation (1997), the Agreement on Strategic"
        " Partnership (2017), the Agreement on the Delimitation of the Kazakh-Turkmen State Border and the Delimitation"
        " of Adjacent Sections of Fishing Zones in the Caspian Sea, and the Agreement on the Regime of the"
        " Kazakh-Turkmen State Border (October 2021).",
        [
            "Declaration on the Development of Further Cooperation",
            "Agreement on Strategic Partnership",
            "Agreement on the Delimitation of the Kazakh-Turkmen State Border and the Delimitation of Adjacent"
            " Sections of Fishing Zones in the Caspian Sea",
            "Agreement on the Regime of the Kazakh-Turkmen State Border",
        ],
    ),
    (
        "Ashgabat and Astana expressed their readiness to continue to cooperate within the framework of the"
        " implementation of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and the Universal Declaration on"
        " the Achievement of a Nuclear-Weapon-Free World, adopted by the UN General Assembly Resolution 70/57 on the"
        " initiative of Kazakhstan in 2015.",
        [
            "Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
            "Universal Declaration on the Achievement of a Nuclear-Weapon-Free World",
            "UN General Assembly Resolution 70/57",
        ],
    ),
    (
        "Turkmenistan has signed the “Central Asia-2040” Concept of regional cooperation, developed at Kazakhstan’s"
        " suggestion.",
        ["“Central Asia-2040” Concept of regional cooperation"],
    ),
    (
        "During the official visit of President of Kyrgyzstan Sooronbay Jeenbekov to Astana on December 25-26, 2017,"
        " the Agreement on the Demarcation of the Kazakh-Kyrgyz State Border between the Republic of Kazakhstan and"
        " the Kyrgyz Republic, as well as the Agreement on the Regime of the Kazakh-Kyrgyz State Border between the"
        " Government of the Republic of Kazakhstan and the Government of the Kyrgyz Republic were signed.",
        [
            "Agreement on the Demarcation of the Kazakh-Kyrgyz State Border between the Republic of Kazakhstan and"
            " the Kyrgyz Republic",
            "Agreement on the Regime of the Kazakh-Kyrgyz State Border between the Government of the Republic of"
            " Kazakhstan and the Government of the Kyrgyz Republic",
        ],
    ),
    (
        "A number of important documents were adopted, including the Joint Statement of the presidents of the two"
        " countries on further intensification of the strategic partnership and strengthening of good-neighbourliness"
        " between the Republic of Kazakhstan and the Republic of Tajikistan and the Programme of Cooperation between"
        " the Foreign Ministries of the two countries for 2018-2019.",
        [
            "Joint Statement of the presidents of the two countries on further intensification of the strategic"
            " partnership and strengthening of good-neighbourliness between the Republic of Kazakhstan and the"
            " Republic of Tajikistan",
            "Programme of Cooperation between the Foreign Ministries of the two countries for 2018-2019",
        ],
    ),
    (
        "Historically important documents such as the Strategic Partnership Agreement between the Republic of"
        " Kazakhstan and Turkmenistan and the Agreement on the Demarcation of the Kazakh-Turkmen State Border between"
        " the Republic of Kazakhstan and Turkmenistan were signed.",
        [
            "Strategic Partnership Agreement between the Republic of Kazakhstan and Turkmenistan",
            "Agreement on the Demarcation of the Kazakh-Turkmen State Border between the Republic of Kazakhstan and"
            " Turkmenistan",
        ],
    ),
    (
        "The ministers met in New York, where they adopted the Joint Statement of the foreign ministers (Sept. 22,"
        " 2017) and on Nov. 11, 2017, in Samarkand they approved the Programme of Cooperation between Foreign Policy"
        " Agencies for 2018-2019.",
        [
            "Joint Statement of the foreign ministers",
            "Programme of Cooperation between Foreign Policy Agencies for 2018-2019",
        ],
    ),
    ("The Joint Plan signed in the frame of this event totals more than 140 items.", ["Joint Plan"]),
    (
        "One of the main priorities of the external policy of the Republic of Kazakhstan confirmed in the Foreign"
        " Policy Concept for 2014-2020 is the strengthening of all-round ties with the countries of Central Asia.",
        ["Foreign Policy Concept for 2014-2020"],
    ),
    (
        "It is adequately reflected in the Foreign Policy Concept of the Republic of Kazakhstan and other strategic"
        " documents.",
        ["Foreign Policy Concept of the Republic of Kazakhstan"],
    ),
    ("The special role of Central Asia is indicated in the Kazakhstan 2050 Strategy.", ["Kazakhstan 2050 Strategy"]),
    (
        "An important step was the adoption on the initiative of Kazakhstan of the 2018-2019 Programme of Cooperation"
        " between the Ministries of Foreign Affairs of the region in November 2017 in Samarkand (Uzbekistan).",
        ["2018-2019 Programme of Cooperation between the Ministries of Foreign Affairs of the region"],
    ),
    (
        "The signing of the agreement on the State Borders Junction Point of Kazakhstan, Turkmenistan and Uzbekistan"
        " in Samarkand in November 2017 fully completed the process of delimitation.",
        ["agreement on the State Borders Junction Point of Kazakhstan, Turkmenistan and Uzbekistan"],
    ),
    (
        "In December 2017 the states signed historical documents - the agreement on the Demarcation of State Borders"
        " and the agreement on the Regime of State Borders.",
        ["agreement on the Demarcation of State Borders", "agreement on the Regime of State Borders"],
    ),
    (
        "Kazakhstan supported the Resolutions initiated by Turkmenistan at the UN “The role and importance of a policy"
        " of neutrality in maintaining and strengthening international peace, security and sustainable development “,"
        " “International Year of Peace and Trust, 2021”, “The key role of reliable and stable energy connectivity in"
        " ensuring sustainable development.”",
        [
            "The role and importance of a policy of neutrality in maintaining and strengthening international peace,"
            " security and sustainable development",
            "International Year of Peace and Trust, 2021",
            "The key role of reliable and stable energy connectivity in ensuring sustainable development",
        ],
    ),
    (
        "The strategic goal has been achieved, namely the signing of the Convention on the Status of the Caspian Sea.",
        ["Convention on the Status of the Caspian Sea"],
    ),
    (
        "Following the talks, a package of documents was signed, including a joint statement saying that the parties"
        ' intend to raise "multi-faceted cooperation to a qualitatively new level."',
        ["joint statement"],
    ),
    (
        "The heads of state congratulated the peoples of Central Asia by adopting a Joint Statement.",
        ["Joint Statement"],
    ),
    # our own, from other regions and outlets
    ("The Paris Agreement entered into force in November 2016.", ["Paris Agreement"]),
    (
        "Kazakhstan joined the Treaty on the Non-Proliferation of Nuclear Weapons in 1994.",
        ["Treaty on the Non-Proliferation of Nuclear Weapons"],
    ),
    (
        "The ministers signed a Memorandum of Understanding between Georgia and Armenia on energy cooperation in"
        " Tbilisi on Monday.",
        ["Memorandum of Understanding between Georgia and Armenia on energy cooperation"],
    ),
    ("Germany and France signed the Elysée Treaty in Paris in 1963.", ["Elysée Treaty"]),
    ("The Security Council adopted Resolution 2231 unanimously.", ["Resolution 2231"]),
    ("Mongolia and Japan agreed on a roadmap for trade.", ["roadmap"]),
    (
        "The Protocol to the Convention on Biological Diversity was opened for signature.",
        ["Protocol to the Convention on Biological Diversity", "Convention on Biological Diversity"],
    ),
    (
        "The EU and Kazakhstan signed the Enhanced Partnership and Cooperation Agreement in Astana in 2015.",
        ["Enhanced Partnership and Cooperation Agreement"],
    ),
    (
        "The government approved the State Program of Industrial-Innovative Development for 2020-2025 last week.",
        ["State Program of Industrial-Innovative Development for 2020-2025"],
    ),
    ("Security Council resolution 1373 obliges states to act.", ["resolution 1373"]),
    (
        "The sides signed the Agreement on the “North-South” Transport Corridor in Ashgabat.",
        ["Agreement on the “North-South” Transport Corridor"],
    ),
    ("The Assembly adopted the resolution “Culture of Peace” by consensus.", ["Culture of Peace"]),
    # generic mentions and names that only contain a document word
    ("The two countries have built a legal framework, including 120 international documents.", []),
    ("In accordance with the agreements reached between the heads of the two states, 2019 was declared a year.", []),
    ("Trade contracts and investment agreements were signed for a total of $1.2 billion.", []),
    ("The legal framework consists of bilateral agreements and memoranda signed by universities.", []),
    ("An agreement was reached on the establishment of a joint Working Group.", []),
    ("At the meetings in 2017 and 2018, the ministers adopted joint statements.", []),
    ("Resolution of the conflict requires patience from both sides.", []),
    ("The Collective Security Treaty Organization held a summit in Minsk.", []),
    ("The UN Development Programme opened an office in Dushanbe.", []),
    ("Leaders outlined plans for the future and a strategy of growth.", []),
]


@pytest.mark.parametrize(("text", "titles"), TITLES)
def test_titles_end_where_the_title_ends(nlp: Language, text: str, titles: list[str]) -> None:
    mentions = found(nlp, text)
    assert [m.text for m in mentions] == titles
    assert all(text[m.start_char : m.end_char] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kazakhstan supported the Resolutions at the UN “Zone of peace, trust and cooperation of Central Asia”.",
            "resolution",
        ),
        ("The presidents adopted the Joint Statement of the Heads of State.", "joint_statement"),
        ("Turkmenistan has signed the “Central Asia-2040” Concept of regional cooperation.", "concept"),
        ("Kazakhstan joined the Treaty on the Non-Proliferation of Nuclear Weapons.", "treaty"),
        ("They signed the Memorandum of Understanding on Energy Cooperation.", "memorandum"),
        ("They approved the Programme of Cooperation for 2018-2019.", "programme"),
        ("The sides signed a Protocol on Amendments to the Agreement.", "protocol"),
    ],
)
def test_type_comes_from_the_document_word(nlp: Language, text: str, kind: str) -> None:
    assert [m.type for m in found(nlp, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "name", "parties", "year"),
    [
        (
            "Astana hosted the signing of the Agreement on the Demarcation of the Kazakh-Kyrgyz State Border.",
            "Agreement on the Demarcation of the Kazakh-Kyrgyz State Border",
            ("KG", "KZ"),
            None,
        ),
        (
            "The partners stress the Declaration on the Development of Further Cooperation (1997) and the 2005 Treaty.",
            "Declaration on the Development of Further Cooperation",
            (),
            1997,
        ),
        (
            "In December 2017, Kazakhstan and Kyrgyzstan signed the agreement on the Regime of State Borders.",
            "Agreement on the Regime of State Borders",
            ("KG", "KZ"),
            2017,
        ),
        ("The 2015 Paris Agreement was welcomed by France and India.", "Paris Agreement", ("FR", "IN"), 2015),
        (
            "Since 2017, the ministers met in Tashkent and adopted the Treaty on Friendship (2019).",
            "Treaty on Friendship",
            ("UZ",),
            2019,
        ),
        (
            "Turkmenistan has signed the “Central Asia-2040” Concept of regional cooperation.",
            "Central Asia-2040 Concept of regional cooperation",
            ("KG", "KZ", "TJ", "TM", "UZ"),
            None,
        ),
        (
            "In 2016 and 2018 the sides worked on the Treaty on Good-Neighbourliness between Russia and China.",
            # the 2001 treaty's official title (aliases.csv)
            "Treaty on Good-Neighbourliness and Friendly Cooperation between the People's Republic of China and the"
            " Russian Federation",
            ("CN", "RU"),
            None,
        ),
    ],
)
def test_name_parties_and_year(nlp: Language, text: str, name: str, parties: tuple[str, ...], year: int | None) -> None:
    mention = found(nlp, text)[0]
    assert (mention.name, mention.parties, mention.year) == (name, parties, year)


def test_one_document_in_two_wordings_gets_one_id(nlp: Language) -> None:
    text = (
        "The legal framework includes the Agreement on Strategic Partnership (2017) between Kazakhstan and"
        " Turkmenistan. During the state visit in April 2017, the Strategic Partnership Agreement between the Republic"
        " of Kazakhstan and Turkmenistan was signed."
    )
    first, second = found(nlp, text)
    assert first.agreement_id == second.agreement_id
    assert (
        first.name
        == second.name
        == "Agreement on Strategic Partnership between the Republic of Kazakhstan and Turkmenistan"
    )


def test_the_relevant_treaty_is_the_document_its_sentence_describes(nlp: Language) -> None:
    text = (
        "The visit strengthened the strategic partnership between Ashgabat and Nur-Sultan, which was officially"
        " formalized in 2017 by the relevant Treaty."
    )
    (mention,) = found(nlp, text)
    assert mention.type == "treaty"
    assert mention.name == "Agreement on Strategic Partnership between the Republic of Kazakhstan and Turkmenistan"


def test_the_relevant_treaty_between_other_countries_stays_unresolved(nlp: Language) -> None:
    text = "The strategic partnership between Beijing and Moscow was formalized in 2001 by the relevant Treaty."
    (mention,) = found(nlp, text)
    assert mention.name == "Treaty"
    assert mention.parties == ("CN", "RU")


def test_bare_joint_statements_in_one_article_are_one_document(nlp: Language) -> None:
    text = (
        "Following the talks with the Uzbek leader, a package of documents was signed, including a joint statement."
        " This is confirmed by the joint presidential statement signed by us today."
    )
    first, second = found(nlp, text)
    assert first.agreement_id == second.agreement_id
    assert first.name == second.name == "Joint Statement"


def test_different_joint_statements_stay_apart(nlp: Language) -> None:
    text = (
        "In New York they adopted the Joint Statement of the foreign ministers (Sept. 22, 2017). Later the heads of"
        " state of Central Asia congratulated the peoples on the holiday of Nauryz by adopting a Joint Statement."
    )
    first, second = found(nlp, text)
    assert first.agreement_id != second.agreement_id
    assert {first.name, second.name} == {"Joint Statement of the foreign ministers", "Joint Statement"}


def test_alias_table_unifies_short_and_long_names(nlp: Language) -> None:
    text = "India never signed the Nuclear Non-Proliferation Treaty."
    (mention,) = found(nlp, text)
    assert mention.name == "Treaty on the Non-Proliferation of Nuclear Weapons"


# Short forms and abbreviations of well-known treaties take the official title from aliases.csv (our own sentences).
ALIASED = [
    ("Kazakhstan remains committed to the NPT.", "Treaty on the Non-Proliferation of Nuclear Weapons"),
    (
        "Both countries are parties to the Nuclear Non-Proliferation Treaty.",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
    ),
    ("The Paris Agreement entered into force in November 2016.", "Paris Agreement"),
    ("They reaffirmed the Paris Agreement on climate change.", "Paris Agreement"),
    ("The leaders hailed the Caspian Convention as a milestone.", "Convention on the Legal Status of the Caspian Sea"),
    (
        "The Convention on the Status of the Caspian Sea was signed in Aktau in August 2018.",
        "Convention on the Legal Status of the Caspian Sea",
    ),
    (
        "The Tehran Convention protects the Caspian Sea.",
        "Framework Convention for the Protection of the Marine Environment of the Caspian Sea",
    ),
    (
        "The Treaty on Eternal Friendship between Kazakhstan and Uzbekistan was signed in 1998.",
        "Treaty on Eternal Friendship between the Republic of Kazakhstan and the Republic of Uzbekistan",
    ),
    (
        "Tokayev recalled the Treaty on Eternal Friendship, signed by Kazakhstan and Kyrgyzstan.",
        "Treaty on Eternal Friendship between the Republic of Kazakhstan and the Kyrgyz Republic",
    ),
    (
        "The Kazakh-Azerbaijani Strategic Partnership Treaty laid the foundation of relations.",
        "Treaty on Strategic Partnership between the Republic of Kazakhstan and the Republic of Azerbaijan",
    ),
    # not the alias: a word no wording of the aliased treaty has, or no parties to tell which treaty
    (
        "China and the five Central Asian states signed the Treaty on Permanent Good-Neighbourliness, Friendship and"
        " Cooperation.",
        "Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation",
    ),
    ("The Treaty on Eternal Friendship remains the basis of relations.", "Treaty on Eternal Friendship"),
]


@pytest.mark.parametrize(("text", "name"), ALIASED)
def test_short_forms_take_the_official_title(nlp: Language, text: str, name: str) -> None:
    (mention,) = found(nlp, text)
    assert mention.name == name


def test_an_abbreviation_before_a_name_is_no_document(nlp: Language) -> None:
    assert found(nlp, "The NPT Review Conference opened in New York.") == []


def test_two_rows_of_one_alias_give_one_id(nlp: Language) -> None:
    first, second = found(nlp, "The NPT, formally the Nuclear Non-Proliferation Treaty, entered into force in 1970.")
    assert first.agreement_id == second.agreement_id


@pytest.mark.parametrize(
    ("text", "bare", "same"),
    [
        (  # dev (globaltimes): what was signed first, its title later
            "Xi Jinping and Emomali Rahmon signed a joint statement in Dushanbe on Friday. After the talks, the two"
            " heads of state signed the Joint Statement of the People's Republic of China and the Republic of"
            " Tajikistan on Further Deepening the Comprehensive Strategic Partnership.",
            "joint statement",
            True,
        ),
        (  # our own, another outlet's style: a declaration, then its title
            "The presidents adopted a declaration at the end of the summit. The Declaration on Strategic Partnership"
            " between Mongolia and Kazakhstan sets out the priorities for the next decade.",
            "declaration",
            True,
        ),
        (  # negative: two titled documents of the type, the bare one may be either or neither
            "The ministers signed an agreement on Monday. The Agreement on Road Transport and the Agreement on"
            " Veterinary Medicine were signed later in the week.",
            "agreement",
            False,
        ),
        (  # negative: words of its own that the title lacks
            "The fund signed a loan agreement on Monday. The Agreement on Investment Cooperation was signed the"
            " next day.",
            "loan agreement",
            False,
        ),
        (  # negative: "a Joint Statement" after one was titled is another one
            "In New York they adopted the Joint Statement of the foreign ministers. Later the heads of state"
            " congratulated the peoples on Nauryz by adopting a Joint Statement.",
            "Joint Statement",
            False,
        ),
    ],
)
def test_a_new_bare_document_is_the_one_titled_after_it(nlp: Language, text: str, bare: str, same: bool) -> None:
    mentions = found(nlp, text)
    mention = next(m for m in mentions if m.text == bare)
    titled = [m for m in mentions if m is not mention and m.type == mention.type]
    assert titled
    assert any(m.agreement_id == mention.agreement_id for m in titled) is same


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # dev style (belta list item): the gerund's particle stays in the title
            "The following documents were signed:\n1. the memorandum of understanding on setting up a joint"
            " engineering faculty;\n2. the programme of cooperation in healthcare for 2026-2028.",
            [
                "memorandum of understanding on setting up a joint engineering faculty",
                "programme of cooperation in healthcare for 2026-2028",
            ],
        ),
        (  # our own
            "The ministers signed an agreement on setting up a joint venture for textile production.",
            ["agreement on setting up a joint venture for textile production"],
        ),
        (  # our own, title case
            "They signed the Memorandum on Carrying Out Joint Research in the Arctic.",
            ["Memorandum on Carrying Out Joint Research in the Arctic"],
        ),
        (  # negative: no document, however the gerund runs on
            "They agreed on setting up a commission.",
            [],
        ),
    ],
)
def test_a_gerund_keeps_its_particle(nlp: Language, text: str, titles: list[str]) -> None:
    assert [m.text for m in found(nlp, text)] == titles
