"""Heads of central banks (issue #18): the leaders gazetteer holds the governors and chairmen of the central banks
of the region and its main partners with their terms, so that a central bank head named in full, or by title and
surname, resolves to the person in office at the article's date; a commercial bank's chairman names nobody.

In: sentences of our own.  Out: (text, canonical name) of every leader mention.
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.leaders import leaders

CENTRAL_BANKS = [
    # the region: chairmen of national and central banks
    (
        "National Bank Chairman Timur Suleimenov said the base rate would stay unchanged.",
        "2024-05-01",
        [("Timur Suleimenov", "Timur Suleimenov")],
    ),
    (
        "Chairman of the National Bank Daniyar Akishev spoke at the government meeting.",
        "2017-02-03",
        [("Daniyar Akishev", "Daniyar Akishev")],
    ),
    (
        "The governor of the Central Bank of Uzbekistan, Mamarizo Nurmuratov, met IMF officials.",
        "2023-05-01",
        [("Mamarizo Nurmuratov", "Mamarizo Nurmuratov")],
    ),
    # main partners
    (
        "Bank of England Governor Andrew Bailey said rates would fall.",
        "2024-05-01",
        [("Andrew Bailey", "Andrew Bailey")],
    ),
    (
        "Bank of Japan Governor Haruhiko Kuroda kept policy unchanged.",
        "2016-05-01",
        [("Haruhiko Kuroda", "Haruhiko Kuroda")],
    ),
    ("RBI Governor Shaktikanta Das said inflation eased.", "2022-05-01", [("Shaktikanta Das", "Shaktikanta Das")]),
    (
        "State Bank of Pakistan Governor Jameel Ahmad said reserves rose.",
        "2024-05-01",
        [("Jameel Ahmad", "Jameel Ahmad")],
    ),
    (
        "Bank of Korea Governor Rhee Chang-yong said the won was stable.",
        "2024-05-01",
        [("Rhee Chang-yong", "Rhee Chang-yong")],
    ),
    (
        "Central Bank Governor Fatih Karahan met investors in London.",
        "2024-05-01",
        [("Fatih Karahan", "Fatih Karahan")],
    ),
    (
        "National Bank of Ukraine Governor Andriy Pyshnyy said reserves grew.",
        "2024-05-01",
        [("Andriy Pyshnyy", "Andriy Pyshnyy")],
    ),
    # a title and a surname, read by the date
    (
        "Governor Yi said the yuan was stable. Yi Gang spoke later.",
        "2019-05-01",
        [("Yi", "Yi Gang"), ("Yi Gang", "Yi Gang")],
    ),
    # issue #18, round 15: Tajikistan, Mongolia, Afghanistan, the Gulf, Kyrgyzstan before 2017
    (
        "National Bank of Tajikistan Chairman Jamshed Nurmahmadzoda said inflation eased.",
        "2018-05-01",
        [("Jamshed Nurmahmadzoda", "Jamshed Nurmahmadzoda")],
    ),
    (
        "Bank of Mongolia Governor N. Zoljargal met bankers.",
        "2014-05-01",
        [("Zoljargal", "Naidansuren Zoljargal")],
    ),
    (
        "Da Afghanistan Bank Governor Abdul Qadir Fitrat said the afghani was stable.",
        "2009-05-01",
        [("Abdul Qadir Fitrat", "Abdul Qadeer Fitrat")],
    ),
    (
        "Governor of the Central Bank of Oman Tahir Al Amri said reserves rose.",
        "2020-05-01",
        [("Tahir Al Amri", "Tahir bin Salim Al Amri")],
    ),
    (
        "Central Bank of Kuwait Governor Sheikh Salem Abdul Aziz Al-Sabah met bankers.",
        "2010-05-01",
        [("Salem Abdul Aziz Al-Sabah", "Salem Abdulaziz Al-Sabah")],
    ),
    (
        "UAE Central Bank Governor Sultan Al Suwaidi said the peg would stay.",
        "2009-05-01",
        [("Sultan Al Suwaidi", "Sultan bin Nasser Al Suwaidi")],
    ),
    (
        "National Bank of the Kyrgyz Republic Chairman Tolkunbek Abdygulov met bankers.",
        "2015-05-01",
        [("Tolkunbek Abdygulov", "Tolkunbek Abdygulov")],
    ),
    (
        "National Bank of Kyrgyzstan Chairman Kubanychbek Kulmatov met bankers.",
        "2017-10-01",
        [("Kubanychbek Kulmatov", "Kubanychbek Kulmatov")],
    ),
    # a commercial bank's chairman names nobody
    ("The chairman of Kaspi Bank said the commercial bank would expand.", "2024-05-01", []),
    ("Halyk Bank Chairman Umut Shayakhmetova said profits rose.", "2024-05-01", []),
    ("The chairman of Bank Muscat said the commercial bank would expand.", "2020-05-01", []),
    ("National Bank of Kuwait Chairman Nasser Al-Sayer said profits rose.", "2020-05-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CENTRAL_BANKS)
def test_central_bank_heads(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(sentence)
    mentions = sorted(leaders(doc, document=make_document(sentence, published=published)), key=lambda m: m.start_char)
    assert [(m.text, m.name) for m in mentions] == expected
