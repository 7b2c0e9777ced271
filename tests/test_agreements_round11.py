"""Agreements and signing leads, round eleven.  A lowercase mention named after a project or a body ("the Kulob-
Kalaikhumb road loan agreement", "the AFD agreement") is the document whose title names that too, else a document of
its own, never merely the agreement named last; a mention dated to a year a later title does not give ("the
intergovernmental agreement signed in Moscow in 2019") is an earlier document recalled in passing.  Bare "the
agreement" / "the document" and mentions whose words are the title's still take the nearest title.  A permission to
sign (cleared, authorised) reports no signing.
Sentences are our own, in the styles of wire services, ministries' readouts and business dailies; negatives say what
must not be joined or reported."""

from __future__ import annotations

import pytest
from conftest import agreement_names, types_of
from spacy.language import Language

NAMED_AFTER_SOMETHING_ELSE = [
    # a project or a body named before the document word, not in the earlier title: another document
    (
        "The ministers signed the Agreement on the Avoidance of Double Taxation. The fund has also financed the"
        " Kulob-Kalaikhumb road loan agreement, signed in Dushanbe in March 2018.",
        "road loan agreement",
        "Kulob-Kalaikhumb Road Loan Agreement",
    ),
    (
        "Kazakhstan and Korea signed the Agreement on Visa Exemption. The bank also signed the Samruk-Kazyna loan"
        " agreement on Monday.",
        "loan agreement",
        "Samruk-Kazyna Loan Agreement",
    ),
    # the body is named in the sentence of its title (an abbreviation in brackets): that document
    (
        "The ministers signed an agreement on the operation of the French Development Agency (AFD) group in"
        " Kazakhstan and an investment agreement on servicing locomotives. The AFD agreement must still be ratified.",
        "agreement",
        "Agreement on the operation of the French Development Agency",
    ),
    # a party's name says whose the document is, not which: the nearest title still
    (
        "The sides signed the Agreement on Cooperation in Veterinary Medicine. The Uzbek agreement must still be"
        " ratified by parliament.",
        "agreement",
        "Agreement on Cooperation in Veterinary Medicine",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), NAMED_AFTER_SOMETHING_ELSE)
def test_a_mention_named_after_a_project_is_not_the_last_title(
    nlp: Language, text: str, mention: str, name: str
) -> None:
    assert agreement_names(nlp, text).get(mention) == name


BACK_AND_FORTH = [
    # a year of its own before a later title that gives none: an earlier document recalled in passing
    (
        "The schools built under the intergovernmental agreement signed in Moscow in 2019 are full. The following"
        " documents were signed: the Agreement between the Government of the Russian Federation and the Government"
        " of the Republic of Tajikistan on Cooperation in Information Security.",
        "intergovernmental agreement",
        "Intergovernmental Agreement",
    ),
    # with no year of its own, the lead names what the article titles later
    (
        "Tokayev and Mirziyoyev signed the border treaty on Thursday. The Treaty between the Republic of Kazakhstan"
        " and the Republic of Uzbekistan on the Demarcation of the State Border was prepared over six years.",
        "border treaty",
        "Treaty between the Republic of Kazakhstan and the Republic of Uzbekistan on the Demarcation of the State"
        " Border",
    ),
    # a word the title lacks still refers back when no project is named: "the founding agreement"
    (
        "The ministers signed the Agreement on the Establishment of the Hungarian-Kyrgyz Development Fund in 2021."
        " Kazakbayev signed the founding agreement in Bishkek.",
        "founding agreement",
        "Agreement on the Establishment of the Hungarian-Kyrgyz Development Fund",
    ),
    # a bare "the agreement" takes the nearest title; an outlet's name before "the" is no part of it
    (
        "The sides signed the Agreement on Trade in Services. An official told KUNA the agreement would take effect"
        " next year.",
        "the agreement",
        "Agreement on Trade in Services",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), BACK_AND_FORTH)
def test_a_mention_dated_apart_is_not_a_later_title(nlp: Language, text: str, mention: str, name: str) -> None:
    assert agreement_names(nlp, text).get(mention) == name


PERMISSIONS = [
    # a permission to sign is no signing: cleared, authorised, empowered
    ("The Union Cabinet cleared the signing of the Memorandum on Critical Minerals with Uzbekistan.", False),
    ("The Agreement on Labour Migration was cleared for signing by the Kazakh government on Friday.", False),
    (
        "The Council of Ministers on Tuesday authorized Prince Abdulaziz bin Salman, Minister of Energy, to sign the"
        " Memorandum on Energy Cooperation with the Uzbek side.",
        False,
    ),
    # the signing itself, and a signing told beside the permission, stay signings
    ("Kazakhstan and Qatar signed the Agreement on Labour Migration in Doha on Friday.", True),
    (
        "The Treaty on Extradition was inked by Prosecutor General Berik Asylov, whom Tokayev had empowered to sign"
        " it, in Islamabad on Wednesday.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "signed"), PERMISSIONS)
def test_a_permission_to_sign_is_no_signing(nlp: Language, text: str, signed: bool) -> None:
    assert ("signing" in types_of(nlp, text, "2025-02-11")) == signed
