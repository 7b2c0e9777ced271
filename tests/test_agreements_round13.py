"""Agreements, round thirteen.  A lowercase title that is the subject of a verb of taking legal force ("an agreement
on mutual visa exemption ... would enter into force on January 1", "came into effect", "takes effect") is a specific
document: only a signed document takes force.  Other verbs after a lowercase title ("would help", "will take shape")
leave it generic.
Sentences are our own, in the styles of wire services, ministries' readouts and business dailies; negatives say what
must not be extracted."""

from __future__ import annotations

import pytest
from conftest import agreement_names
from spacy.language import Language

TAKES_FORCE = [
    (
        "On Tuesday, the foreign ministry announced that an agreement on mutual visa exemption for holders of"
        " service passports would enter into force on January 1.",
        "agreement on mutual visa exemption for holders of service passports",
    ),
    ("The protocol on trade in services came into force last year.", "protocol on trade in services"),
    (
        "An agreement on cooperation in civil aviation will take effect in March.",
        "agreement on cooperation in civil aviation",
    ),
    ("The treaty on extradition comes into effect after ratification.", "treaty on extradition"),
]


@pytest.mark.parametrize(("text", "mention"), TAKES_FORCE)
def test_a_lowercase_title_that_takes_force_is_a_document(nlp: Language, text: str, mention: str) -> None:
    assert mention in agreement_names(nlp, text)


GENERIC = [
    # other verbs leave a lowercase title generic
    "An agreement on trade would help both sides.",
    "Officials hope an agreement on a ceasefire will take shape soon.",
    "An agreement on prices would come as a surprise to traders.",
    # "force" not taken by the document: the subject is something else
    "Analysts said an agreement on tariffs could force the government to act.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_a_lowercase_title_with_other_verbs_stays_generic(nlp: Language, text: str) -> None:
    assert agreement_names(nlp, text) == {}


def test_the_document_after_it_is_that_agreement(nlp: Language) -> None:
    text = (
        "The ministry said an agreement on mutual visa exemption for holders of service passports would enter into"
        " force on January 1. The document was signed in Astana in June 2025."
    )
    names = agreement_names(nlp, text)
    assert names.get("The document") == "Agreement on mutual visa exemption for holders of service passports"


SPOKEN_OF_BEFORE = [
    # no title close by: the bare mention is the document the sentence before speaks of in other words
    (
        "The sides signed an agreement on visa exemption for holders of ordinary passports and an agreement on the"
        " establishment of the Joint Investment Fund. The visa waiver deal was inked by the ministers. The Cabinet"
        " had approved the draft agreement on Wednesday.",
        "Agreement on visa exemption for holders of ordinary passports",
    ),
    # negative: the sentence before speaks of no document: the nearest title, as before
    (
        "The sides signed an agreement on visa exemption for holders of ordinary passports and an agreement on the"
        " establishment of the Joint Investment Fund. The talks were long. The Cabinet had approved the draft"
        " agreement on Wednesday.",
        "Agreement on the establishment of the Joint Investment Fund",
    ),
]


@pytest.mark.parametrize(("text", "name"), SPOKEN_OF_BEFORE)
def test_a_bare_mention_is_what_the_sentence_before_speaks_of(nlp: Language, text: str, name: str) -> None:
    assert agreement_names(nlp, text).get("draft agreement") == name
