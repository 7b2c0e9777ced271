"""Leaders, round sixteen (issue #18): a title that is also a given name before bin/bint (Dr Sultan bin Saad),
Omani words of address (Sayyid, Al Sayyida), NER starting a person on a portfolio's last word, dictionary words
ending in an institution noun (Railway Authority), lower-case bodies before a spokesperson's title, presidential
spokespersons and secretaries, foreign policy aides, emperors, and single-name leaders of the gazetteer.

In: sentences of our own in several outlets' styles.  Out: (text, canonical name) of every leader mention.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.leaders import leaders


def _named(nlp: Language, sentence: str, published: str) -> list[tuple[str, str]]:
    """(text, canonical name) of every leader mention of one sentence, sorted."""
    doc = nlp(sentence)
    return sorted((m.text, m.name) for m in leaders(doc, document=make_document(sentence, published=published)))


ROWS = [
    (
        "The deal was inked by Minister of State for Foreign Affairs HE Dr Sultan bin Saad Al Muraikhi.",
        "2025-06-01",
        [("Sultan bin Saad Al Muraikhi", "Sultan bin Saad Al Muraikhi")],
    ),
    (
        "Crown Prince Sultan bin Abdulaziz chaired the meeting in Riyadh.",
        "2010-05-01",
        [("Sultan bin Abdulaziz", "Sultan bin Abdulaziz Al Saud")],
    ),
    # negative: the Sultan before a given name stays a title
    (
        "Sultan Haitham bin Tarik received the delegation at Al Alam Palace.",
        "2024-05-01",
        [("Haitham bin Tarik", "Haitham bin Tarik Al Said")],
    ),
    (
        "The session was attended by Al Sayyida Wafa bint Jabr al Busaidi, Oman's Ambassador to Uzbekistan.",
        "2025-06-01",
        [("Wafa bint Jabr al Busaidi", "Wafa bint Jabr al Busaidi")],
    ),
    (
        "A memorandum was signed by Tajik Minister of Labour, Migration and Employment Gulnora Hasanzoda.",
        "2024-06-01",
        [("Gulnora Hasanzoda", "Gulnora Hasanzoda")],
    ),
    (
        "The deal was signed by Minister of Labour, Employment and Social Protection Hassan Rahimi.",
        "2024-06-01",
        [("Hassan Rahimi", "Hassan Rahimi")],
    ),
    (
        "Minister of State for Investment Affairs Ahmed Al-Sayegh opened the forum.",
        "2024-06-01",
        [("Ahmed Al-Sayegh", "Ahmed Al-Sayegh")],
    ),
    # negative: an institution's name is no person
    (
        '"We are ready," said Bakht-ur-Rahman Sharafat, head of the Afghanistan Railway Authority.',
        "2025-06-01",
        [("Bakht-ur-Rahman Sharafat", "Bakht-ur-Rahman Sharafat")],
    ),
    (
        "Announcing the trip, foreign ministry spokeswoman Mao Ning called Turkmenistan a good friend.",
        "2025-06-01",
        [("Mao Ning", "Mao Ning")],
    ),
    (
        "The ministry spokesman Nasser Kanaani said the talks were constructive.",
        "2024-01-01",
        [("Nasser Kanaani", "Nasser Kanaani")],
    ),
    (
        "Kremlin foreign policy aide Yury Ushakov announced the trip on Monday.",
        "2025-06-01",
        [("Yury Ushakov", "Yury Ushakov")],
    ),
    (
        "Lee invited him to visit, presidential spokesperson Kang Yu-jung said in a written briefing.",
        "2025-06-01",
        [("Kang Yu-jung", "Kang Yu-jung")],
    ),
    # negatives: an official with no title of a leader, a body alone, an analyst
    ("A ministry official, Karim Lotfi, said the talks were constructive.", "2024-01-01", []),
    ("The foreign ministry said on Monday that the talks were constructive.", "2024-01-01", []),
    ("Senior analyst John Smith said the deal was good.", "2024-01-01", []),
    (
        "A day after, he was received by Emperor Naruhito at the Imperial Palace.",
        "2025-12-01",
        [("Naruhito", "Naruhito")],
    ),
    (
        "He will hold discussions with King Willem-Alexander in The Hague.",
        "2019-03-01",
        [("Willem-Alexander", "Willem-Alexander")],
    ),
    (
        "Saidov held talks with his Indonesian counterpart Sugiono in Jakarta.",
        "2025-06-01",
        [("Saidov", "Bakhtiyor Saidov"), ("Sugiono", "Sugiono")],
    ),
    (
        "President Soeharto paid a return visit to Tashkent in April 1995.",
        "2025-06-01",
        [("Soeharto", "Suharto")],
    ),
    # negative: a namesake's full name is another person
    ("Mr Sugiono Hartono, a businessman, opened a shop.", "2025-06-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ROWS)
def test_round16_leaders(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == expected
