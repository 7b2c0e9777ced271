"""Leaders, round twelve (issue #18): gaps of the gazetteer's coverage filled from public records, each resolving by
date: central-bank heads of Ukraine (2000-2012), Iran (2003-2007, 2021-2022) and SAMA (2021-2023); Mongolia's foreign
ministers (2004-06, 2016-21); Pakistan's caretaker foreign minister of 2007-08 and Azerbaijan's Gasimov (1992-93).
Every new surname is checked for what it must NOT capture: Gasimov is a common Azerbaijani family name (office_only:
only "Foreign Minister Gasimov" names him, never a deputy's title); Mongolian given names used as surnames
(Tsogtbaatar, Enkhtaivan) are office_only too; a Gulf family name (Al-Mubarak) alone names nobody; "Inam-ul-Haq" is
not "Anwaar-ul-Haq Kakar".

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


NEW_ROWS_BY_DATE = [
    # Ukraine: the National Bank's heads between Yushchenko and Sorkin
    (
        "NBU Governor Volodymyr Stelmakh said the hryvnia would hold.",
        "2008-06-01",
        [("Volodymyr Stelmakh", "Volodymyr Stelmakh")],
    ),
    ("National Bank of Ukraine head Stelmakh met the IMF mission.", "2001-06-01", [("Stelmakh", "Volodymyr Stelmakh")]),
    ("Governor Tigipko said reserves grew.", "2003-06-01", [("Tigipko", "Serhiy Tihipko")]),
    ("NBU Governor Arbuzov met the Kazakh delegation.", "2011-06-01", [("Arbuzov", "Serhiy Arbuzov")]),
    # Iran
    (
        "Central Bank Governor Ebrahim Sheibani arrived in Dushanbe.",
        "2005-06-01",
        [("Ebrahim Sheibani", "Ebrahim Sheibani")],
    ),
    (
        "Iran's central bank governor Ali Salehabadi met his Russian counterpart.",
        "2022-03-01",
        [("Ali Salehabadi", "Ali Salehabadi")],
    ),
    ("Salehabadi said the rial would recover.", "2022-03-01", [("Salehabadi", "Ali Salehabadi")]),
    # Saudi Arabia: the full name, in either spelling
    ("SAMA Governor Fahad Al-Mubarak met Kazakh bankers.", "2022-03-01", [("Fahad Al-Mubarak", "Fahad Al-Mubarak")]),
    ("Saudi central bank governor Fahad Almubarak spoke.", "2022-03-01", [("Fahad Almubarak", "Fahad Al-Mubarak")]),
    # Pakistan's caretaker foreign minister, and the prime minister whose name shares a word with his
    (
        "Caretaker Foreign Minister Inam-ul-Haq met Tokayev.",
        "2008-01-10",
        [("Inam-ul-Haq", "Inam-ul-Haq"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    # Azerbaijan
    (
        "Foreign Minister Tofig Gasimov met the Turkish envoy.",
        "1992-09-01",
        [("Tofig Gasimov", "Tofig Gasimov")],
    ),
    ("Foreign Minister Gasimov said Baku wanted peace.", "1992-09-01", [("Gasimov", "Tofig Gasimov")]),
    (
        "Foreign Minister Tofig Gasimov arrived. Gasimov said Baku wanted peace.",
        "1992-09-01",
        [("Gasimov", "Tofig Gasimov"), ("Tofig Gasimov", "Tofig Gasimov")],
    ),
    # Mongolia: press writes the patronymic's initial glued to the given name
    (
        "Foreign Minister Ts.Munkh-Orgil met his Kazakh counterpart.",
        "2017-05-01",
        [("Munkh-Orgil", "Tsend Munkh-Orgil")],
    ),
    (
        "Foreign Minister Munkh-Orgil met Lavrov.",
        "2005-05-01",
        [("Lavrov", "Sergey Lavrov"), ("Munkh-Orgil", "Tsend Munkh-Orgil")],
    ),
    (
        "Minister of Foreign Affairs D.Tsogtbaatar received the ambassador.",
        "2018-05-01",
        [("D.Tsogtbaatar", "Damdin Tsogtbaatar")],
    ),
    (
        "Minister of Foreign Affairs N.Enkhtaivan held a press conference.",
        "2020-11-02",
        [("N.Enkhtaivan", "Nyamtseren Enkhtaivan")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NEW_ROWS_BY_DATE)
def test_new_rows_by_date(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == expected


NOT_CAPTURED = [
    # Gasimov is a common family name: without a foreign minister's title in his term, or with a deputy's, nobody
    ("Gasimov said Baku wanted peace.", "1992-09-01", []),
    ("Deputy Minister Gasimov said Baku wanted peace.", "2010-09-01", []),
    ("Deputy Foreign Minister Gasimov met the envoy.", "1992-09-01", []),
    ("Ismayil Gasimov, an expert, said Baku wanted peace.", "2010-09-01", []),
    # the same for the office-only surname that was already there
    ("Deputy Foreign Minister Hasanov met his Kazakh counterpart.", "1996-05-01", []),
    # Mongolian given names are common: without a foreign minister's title, or with a deputy's, nobody
    ("D.Tsogtbaatar, head of the department, attended.", "2018-05-01", []),
    ("Deputy Minister N.Enkhtaivan held a press conference.", "2020-11-02", []),
    ("N.Enkhtaivan, a wrestler, won.", "2020-11-02", []),
    # a Gulf family name alone, or another bearer of it, is not the SAMA governor
    ("Khaldoon Khalifa Al Mubarak, chairman of the board, attended.", "2022-03-01", []),
    ("Al-Mubarak said the bank would act.", "2022-03-01", []),
    ("Governor Al-Mubarak said the bank would act.", "2022-03-01", []),
    # another Anwaar-ul-Haq is not the caretaker foreign minister
    (
        "Prime Minister Anwaar-ul-Haq Kakar met Tokayev.",
        "2024-01-10",
        [("Anwaar-ul-Haq Kakar", "Anwaar-ul-Haq Kakar"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NOT_CAPTURED)
def test_new_surnames_capture_nobody_else(
    nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, sentence, published) == expected
