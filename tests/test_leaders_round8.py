"""Leaders as press beyond the region names them (issue #18, round eight): the general secretary of a ruling party
(Party General Secretary To Lam, the Party chief, the Vietnamese leader), Gulf officials as English press names them,
and titled words of a headline that are no name.

In: sentences of our own in several outlets' styles.  Out: (text, canonical name) of every leader mention; no
mention where a title is indefinite or names a business person.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.leaders import leaders

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
    doc = nlp(sentence)
    mentions = sorted(leaders(doc, document=make_document(sentence, published=published)), key=lambda m: m.start_char)
    assert sorted((m.text, m.name) for m in mentions) == sorted(expected)


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
    (
        "Minister of Investment Eng. Khalid bin Abdulaziz Al-Falih co-chaired the forum.",
        "2024-06-03",
        [("Khalid bin Abdulaziz Al-Falih", "Khalid Al-Falih")],
    ),
    (
        "HE Suhail bin Mohammed Al Mazrouei, Minister of Energy and Infrastructure, signed it.",
        "2024-06-03",
        [("Suhail bin Mohammed Al Mazrouei", "Suhail Al Mazrouei")],
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
    doc = nlp(sentence)
    mentions = sorted(leaders(doc, document=make_document(sentence, published=published)), key=lambda m: m.start_char)
    assert sorted((m.text, m.name) for m in mentions) == sorted(expected)
