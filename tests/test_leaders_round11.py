"""Leaders, round eleven (issue #18): a surname never matches inside another surname, a title that is also a
surname closes a gazetteer full name (Mervyn King), and the gazetteer's new central-bank heads and foreign ministers
resolve by date.

In: sentences of our own in several outlets' styles.  Out: (text, canonical name) of every leader mention; none
where a written surname only holds a gazetteer surname inside it, where "King" is the monarch's title, or where a
common family name stands alone for somebody else.
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


SURNAME_INSIDE = [
    # the gazetteer's own surname resolves, whoever else's surname it holds
    ("Governor Kazimov said inflation slowed.", "2024-05-01", [("Kazimov", "Taleh Kazimov")]),
    (
        "Prime Minister Azimov met Governor Kazimov.",
        "1997-05-01",
        [("Azimov", "Yahyo Azimov"), ("Kazimov", "Taleh Kazimov")],
    ),
    # a surname with a consonant written before a gazetteer surname is another family name
    ("Minister Salimov met the delegation in Dushanbe.", "2010-05-01", []),
    ("Deputy Governor Nazimov said reserves grew.", "1997-05-01", []),
    # transliterations still fold together (Mamedov/Mammadov, Erlan/Yerlan)
    ("Minister Mamedov met the delegation.", "2019-05-01", [("Mamedov", "Novruz Mammadov")]),
    ("Erlan Idrisov met the delegation.", "2014-05-01", [("Erlan Idrisov", "Yerlan Idrissov")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SURNAME_INSIDE)
def test_surname_never_matches_inside_another(
    nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


CENTRAL_BANK_TITLES = [
    (
        "Central Bank of Russia Chairman Viktor Gerashchenko said the ruble would hold.",
        "1993-05-01",
        [("Viktor Gerashchenko", "Viktor Gerashchenko")],
    ),
    (
        "Chairman of the Central Bank of Russia Viktor Gerashchenko said on Monday the ruble would hold.",
        "1999-05-01",
        [("Viktor Gerashchenko", "Viktor Gerashchenko")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CENTRAL_BANK_TITLES)
def test_central_bank_titles(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


TITLE_AS_SURNAME = [
    (
        "Bank of England Governor Mervyn King met King Abdullah.",
        "2010-05-01",
        [("Mervyn King", "Mervyn King"), ("King Abdullah", "Abdullah bin Abdulaziz Al Saud")],
    ),
    (
        "Mervyn King, governor of the Bank of England, said rates would stay.",
        "2010-05-01",
        [("Mervyn King", "Mervyn King")],
    ),
    # the title still names the monarch, and "King" alone names nobody
    (
        "King Salman met Tokayev.",
        "2017-05-01",
        [("King Salman", "Salman bin Abdulaziz Al Saud"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    ("The King said ties were strong. Martin Luther King Day was marked.", "2010-05-01", []),
    ("Governor King said inflation was high.", "2010-05-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), TITLE_AS_SURNAME)
def test_title_that_is_a_surname(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)


NEW_ROWS = [
    (
        "Bundesbank President Axel Weber said rates would rise. Weber added that inflation was low.",
        "2010-05-01",
        [("Axel Weber", "Axel Weber"), ("Weber", "Axel Weber")],
    ),
    # a common family name alone, of somebody else, names nobody
    (
        "EPP leader Manfred Weber met Tokayev. Weber said ties were strong.",
        "2019-05-01",
        [("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    (
        "Bundesbank President Weidmann and Economy Minister Sigmar Gabriel spoke.",
        "2015-05-01",
        [("Weidmann", "Jens Weidmann"), ("Sigmar Gabriel", "Sigmar Gabriel")],
    ),
    ("Bundesbank chief Joachim Nagel warned of risks.", "2024-03-01", [("Joachim Nagel", "Joachim Nagel")]),
    (
        "Banque de France Governor Francois Villeroy de Galhau said growth held.",
        "2017-05-01",
        [("Francois Villeroy de Galhau", "Francois Villeroy de Galhau")],
    ),
    ("ECB President Wim Duisenberg said the euro would recover.", "2000-05-01", [("Wim Duisenberg", "Wim Duisenberg")]),
    (
        "Georgian Foreign Minister Grigol Vashadze met Lavrov.",
        "2010-05-01",
        [("Grigol Vashadze", "Grigol Vashadze"), ("Lavrov", "Sergey Lavrov")],
    ),
    # a person's new office joins the old one: Zourabichvili was foreign minister before she was president
    (
        "Georgian Foreign Minister Salome Zourabichvili met Lavrov.",
        "2005-05-01",
        [("Salome Zourabichvili", "Salome Zourabichvili"), ("Lavrov", "Sergey Lavrov")],
    ),
    (
        "Armenian Foreign Minister Eduard Nalbandyan met Mammadyarov.",
        "2012-05-01",
        [("Eduard Nalbandyan", "Edward Nalbandian"), ("Mammadyarov", "Elmar Mammadyarov")],
    ),
    # a role alone resolves to the holder by date
    (
        "The Georgian foreign minister met Lavrov.",
        "2007-03-01",
        [("Georgian foreign minister", "Gela Bezhuashvili"), ("Lavrov", "Sergey Lavrov")],
    ),
    (
        "Prime Minister Yousaf Raza Gilani met SBP Governor Syed Salim Raza.",
        "2010-05-01",
        [("Yousaf Raza Gilani", "Yousaf Raza Gilani"), ("Syed Salim Raza", "Salim Raza")],
    ),
    ("NBU Governor Stepan Kubiv said the hryvnia was stable.", "2014-04-01", [("Stepan Kubiv", "Stepan Kubiv")]),
    (
        "The Azerbaijani foreign minister met Ivanov.",
        "1999-05-01",
        [("Azerbaijani foreign minister", "Tofig Zulfugarov"), ("Ivanov", "Igor Ivanov")],
    ),
    (
        "The Belarusian foreign minister met Lavrov.",
        "2010-05-01",
        [("Belarusian foreign minister", "Sergei Martynov"), ("Lavrov", "Sergey Lavrov")],
    ),
    # out of office by the article's date, the role alone names his successor
    (
        "The Belarusian foreign minister met Lavrov.",
        "2014-05-01",
        [("Belarusian foreign minister", "Vladimir Makei"), ("Lavrov", "Sergey Lavrov")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NEW_ROWS)
def test_new_gazetteer_rows(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _named(nlp, sentence, published) == sorted(expected)
