"""Leaders as press beyond the region names them (issue #18, round eight): the general secretary of a ruling party
(Party General Secretary To Lam, the Party chief, the Vietnamese leader), Gulf officials as English press names them,
and titled words of a headline that are no name.

In: sentences of our own in several outlets' styles.  Out: (text, canonical name) of every leader mention; no
mention where a title is indefinite or names a business person.
"""

from __future__ import annotations

import pytest
from conftest import events_of, make_document
from spacy.language import Language

from pipeline.extract.leaders import leaders


def _named(nlp: Language, sentence: str, published: str) -> list[tuple[str, str]]:
    """(text, canonical name) of every leader mention of one sentence, sorted."""
    doc = nlp(sentence)
    return sorted((m.text, m.name) for m in leaders(doc, document=make_document(sentence, published=published)))


PARTY_LEADERS = [
    # a party's general secretary, by every title the press gives him
    (
        "Party General Secretary To Lam and Kazakh President Kassym-Jomart Tokayev adopted a joint statement.",
        "2025-05-06",
        [("To Lam", "To Lam"), ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev")],
    ),
    (
        "General Secretary of the Communist Party of Vietnam To Lam held talks with Tokayev. "
        "General Secretary Lam said ties were strong.",
        "2025-05-06",
        [("To Lam", "To Lam"), ("Tokayev", "Kassym-Jomart Tokayev"), ("Lam", "To Lam")],
    ),
    (
        "Xi Jinping, general secretary of the CPC Central Committee, met Tokayev.",
        "2024-07-03",
        [("Xi Jinping", "Xi Jinping"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    # "leader" of a one-party state names the party's leader; "President" still names the head of state
    (
        "The Vietnamese leader held a meeting with Prime Minister Olzhas Bektenov.",
        "2025-05-06",
        [("Vietnamese leader", "To Lam"), ("Olzhas Bektenov", "Olzhas Bektenov")],
    ),
    (
        "The Chinese leader met the Uzbek leader in Astana.",
        "2024-07-03",
        [
            ("Chinese leader", "Xi Jinping"),
            ("Uzbek leader", "Shavkat Mirziyoyev"),
        ],
    ),
    (
        "Vietnamese President Luong Cuong met Tokayev.",
        "2025-05-06",
        [("Luong Cuong", "Luong Cuong"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    (
        "The Vietnamese leader was Nguyen Phu Trong then.",
        "2019-05-06",
        [("Vietnamese leader", "Nguyen Phu Trong"), ("Nguyen Phu Trong", "Nguyen Phu Trong")],
    ),
    # negatives: an indefinite title, a party chief of a province, a business general secretary named nobody known
    ("It was the first visit ever by a Vietnamese Party chief.", "2025-05-06", []),
    ("Xinhua reported that the party chief of Xinjiang attended.", "2025-05-06", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), PARTY_LEADERS)
def test_party_leaders(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


GULF_AND_HEADLINES = [
    # Gulf officials as English press names them, whatever longer form an agency writes
    (
        "The memorandum was signed by Foreign Minister Abdullah Al-Yahya and his Tajik counterpart.",
        "2024-06-03",
        [("Abdullah Al-Yahya", "Abdullah Al-Yahya")],
    ),
    (
        "Minister of Energy Prince Abdulaziz bin Salman bin Abdulaziz met the delegation.",
        "2024-06-03",
        [("Abdulaziz bin Salman bin Abdulaziz", "Abdulaziz bin Salman")],
    ),
    (
        "Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah attended.",
        "2024-06-03",
        [("Faisal bin Farhan bin Abdullah", "Faisal bin Farhan")],
    ),
    # a headline capitalises every word: the dictionary words after a title are no name, the title alone names
    (
        "HH the Amir, Kyrgyz President Hold Official Talks Session, Witness Signing of Agreements",
        "2025-03-03",
        [("Kyrgyz President", "Sadyr Japarov")],
    ),
    (
        "Saudi Arabia, Uzbekistan Issue Joint Statement as Uzbek President Concludes State Visit to Kingdom",
        "2025-03-03",
        [("Uzbek President", "Shavkat Mirziyoyev")],
    ),
    ("Kazakh Minister Signs Trade Deal With Korean Partners", "2025-03-03", []),
    ("Exchange of Notes on Halal Conformity Assessment", "2025-03-03", []),
    # two capitalised words may still be a name
    (
        "Prime Minister Mark Rutte met the Kazakh delegation.",
        "2023-03-03",
        [("Mark Rutte", "Mark Rutte")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), GULF_AND_HEADLINES)
def test_gulf_names_and_headlines(
    nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


TITLES_AND_LISTS = [
    # a presidential aide named before his lower-case title, as Korean agencies write it
    (
        "Senior Presidential Secretary for Economic Affairs Park Chun-sup briefed reporters.",
        "2024-06-14",
        [("Park Chun-sup", "Park Chun-sup")],
    ),
    # negative: an analyst's seniority makes no leader
    ("Lee Jae-won, a senior analyst at a Seoul think tank, told reporters.", "2024-06-14", []),
    # an organisation that a country's name opens is no country of the title's
    (
        "First Deputy Prime Minister Roman Sklyar held talks with Vice Premier of the State Council of the "
        "People's Republic of China Ding Xuexiang.",
        "2024-11-21",
        [("Roman Sklyar", "Roman Sklyar"), ("Ding Xuexiang", "Ding Xuexiang")],
    ),
    # an ambassador "in" the capital, in apposition before the name
    (
        "Egypt's ambassador in Tashkent, Tamer Hammad, joined the discussions.",
        "2024-10-10",
        [("Tamer Hammad", "Tamer Hammad")],
    ),
    (
        "Japan's Ambassador in Astana Yasuhiro Kawakami met the delegation.",
        "2024-10-10",
        [("Yasuhiro Kawakami", "Yasuhiro Kawakami")],
    ),
    # the president in a city he visits is still the president named before (the city names no country)
    (
        "President Tokayev arrived in Tashkent on Monday. The President in Tashkent laid a wreath.",
        "2024-10-10",
        [("Tokayev", "Kassym-Jomart Tokayev"), ("President", "Kassym-Jomart Tokayev")],
    ),
    # a businessman's posting names nobody
    ("The company's representative in Tashkent, Aziz Karimov, joined the discussions.", "2024-10-10", []),
    # a list of portfolios before the name, whose last word NER or the title left to the name
    (
        "Minister of Agriculture, Water and Forestry Resources Kanat Baimukanov met the delegation.",
        "2024-06-03",
        [("Kanat Baimukanov", "Kanat Baimukanov")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), TITLES_AND_LISTS)
def test_titles_after_names_and_portfolio_lists(
    nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


SOURCES = [
    # the official who tells of a signing takes no part in it: the leaders named before do
    (
        "President Yoon Suk Yeol held talks with President Kassym-Jomart Tokayev in Astana on June 12. The two "
        "governments signed a memorandum of understanding on critical minerals, according to Park Chun-sup, "
        "senior presidential secretary for economic affairs.",
        "2024-06-12",
        "signing",
        "Park Chun-sup",
        False,
    ),
    (
        "President Yoon Suk Yeol held talks with President Kassym-Jomart Tokayev in Astana on June 12. The two "
        "governments signed an Agreement on Visa-Free Travel, Park Chun-sup, senior presidential secretary for "
        "economic affairs, told reporters.",
        "2024-06-12",
        "signing",
        "Park Chun-sup",
        False,
    ),
    # a minister who signs and tells reporters of it signs
    (
        "Foreign Minister Murat Nurtleu signed an Agreement on Visa-Free Travel with his Korean counterpart "
        "Cho Tae-yul on June 12.",
        "2024-06-12",
        "signing",
        "Murat Nurtleu",
        True,
    ),
    # the source of a figure states it (trade figures and investments are stated by their speaker)
    (
        "According to Deputy Prime Minister Viktor Karankevich, in January-August 2025 Belarus-Uzbekistan trade "
        "grew by 20 percent to $600 million.",
        "2025-10-01",
        "trade_figure",
        "Viktor Karankevich",
        True,
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "person", "takes_part"), SOURCES)
def test_source_of_a_report(nlp: Language, text: str, published: str, kind: str, person: str, takes_part: bool) -> None:
    events = [e for e in events_of(nlp, text, published) if e.type == kind]
    assert events
    assert any(person in e.leaders for e in events) is takes_part


GIVEN_NAMES = [
    # the press calls a leader by the given name after the full name, with or without a word of address
    (
        "President Sheikh Mohamed bin Zayed Al Nahyan received President Ilham Aliyev. The memorandum was signed "
        "when Sheikh Mohamed visited Baku in January 2024.",
        "2025-09-16",
        [
            ("Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"),
            ("Ilham Aliyev", "Ilham Aliyev"),
            ("Mohamed", "Mohamed bin Zayed Al Nahyan"),
        ],
    ),
    (
        "Prime Minister Shehbaz Sharif met President Tokayev. Shehbaz accepted an invitation to visit Kazakhstan.",
        "2025-02-04",
        [("Shehbaz Sharif", "Shehbaz Sharif"), ("Tokayev", "Kassym-Jomart Tokayev"), ("Shehbaz", "Shehbaz Sharif")],
    ),
    (
        "Foreign Minister Sirojiddin Muhriddin met the Kuwaiti delegation. Sirojiddin said ties were strong.",
        "2024-06-03",
        [("Sirojiddin Muhriddin", "Sirojiddin Muhriddin"), ("Sirojiddin", "Sirojiddin Muhriddin")],
    ),
    # two people of the article share the given name: it names neither, nor a namesake of the gazetteer
    (
        "Foreign Minister Abdullah Al-Yahya met Foreign Minister Abdullah bin Zayed Al Nahyan. Abdullah said ties "
        "were strong.",
        "2024-06-03",
        [("Abdullah Al-Yahya", "Abdullah Al-Yahya"), ("Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan")],
    ),
    # a given name before the full name is no reference back
    ("Shehbaz is a common name in Lahore, where businessman Shehbaz Ahmed runs a textile firm.", "2025-02-04", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), GIVEN_NAMES)
def test_given_name_after_the_full_name(
    nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


PRONOUNS_AND_RECALLED = [
    # "His tour" stands for the visitor, not the host whose invitation he follows
    (
        "Party General Secretary To Lam arrived in Astana on May 5 for a state visit. On Wednesday, he will fly to "
        "Baku for a state visit at the invitation of President Ilham Aliyev. His tour will then take him to Russia "
        "on May 9.",
        "2025-05-06",
        "2025-05-09",
        ("To Lam",),
    ),
    # a leader of a time recalled gives way to today's leader in the same sentence ...
    (
        "Prime Minister Anwar Ibrahim received President Shavkat Mirziyoyev in Putrajaya on Monday. It was the "
        "first official visit by the Uzbek leader since Tun Abdullah Ahmad Badawi's trip to Tashkent in 2008.",
        "2025-06-16",
        "2025-06-16",
        ("Shavkat Mirziyoyev",),
    ),
    # ... but alone, the event recalled is his
    (
        "Macron met Tokayev in Astana on November 1. He was the first French president to visit since "
        "Francois Hollande in 2014.",
        "2023-11-02",
        "2014-01-01",
        ("Francois Hollande",),
    ),
]


@pytest.mark.parametrize(("text", "published", "date", "people"), PRONOUNS_AND_RECALLED)
def test_pronouns_and_times_recalled(nlp: Language, text: str, published: str, date: str, people: tuple) -> None:
    events = [e for e in events_of(nlp, text, published) if e.date_start == date and e.type == "visit"]
    assert events
    assert all(e.leaders == people for e in events)
