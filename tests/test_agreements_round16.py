"""Agreements, round sixteen: an untitled document keeps the words it was introduced by.

Press often signs a document it never titles: "signed a $100 million loan agreement", "a five-year contract", "a
similar memorandum".  The sum, the term or the comparison is what tells that document from the others of its type,
and how a reader would cite it; the plain "Loan Agreement" or "Contract" is a stub shared with every other one.  So
an untitled document's name keeps them; a classifying adjective ("a new agreement", "a bilateral memorandum") is not
kept, a titled document keeps its title, and the id is still made of the document word's own words.
Sentences are our own, in the styles of Gulf, Iranian, Korean, European and Central Asian outlets; negatives say what
must not change."""

from __future__ import annotations

import pytest
from conftest import agreement_names, make_document
from spacy.language import Language

from pipeline.extract.agreements import agreements

INTRODUCED = [
    (
        "On the sidelines of the forum, the Kuwaiti Fund signed a $50 million loan agreement to finance irrigation"
        " canals in the Sughd region.",
        "loan agreement",
        "$50 million Loan Agreement",
    ),
    (
        "In March 2023, two Turkish firms signed a $215 million contract in Baku to rebuild a section of the highway.",
        "contract",
        "$215 million Contract",
    ),
    (
        "The state gas company and its Turkmen partner signed a five-year contract in Ashgabat on Tuesday, the"
        " oil ministry said.",
        "contract",
        "Five-year Contract",
    ),
    (
        "India Ports Global runs the terminal under a 10-year contract signed with Iran in May last year.",
        "contract",
        "10-year Contract",
    ),
    (
        "The bloc signed a similar memorandum with Mongolia in June 2023, covering rare earths.",
        "memorandum",
        "Similar Memorandum",
    ),
    (
        "Separately, the Islamic Development Bank signed a US$ 30 million loan agreement with Tajikistan.",
        "loan agreement",
        "US$ 30 million Loan Agreement",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), INTRODUCED)
def test_an_untitled_document_keeps_its_sum_term_or_comparison(
    nlp: Language, text: str, mention: str, name: str
) -> None:
    assert agreement_names(nlp, text).get(mention) == name


NOT_INTRODUCED = [
    # a classifying adjective is not what tells this document from another one
    ("The two ministers signed a new agreement in Tashkent on Monday.", "new agreement", "New Agreement"),
    (
        "Officials of the two ministries signed a bilateral memorandum after the talks.",
        "bilateral memorandum",
        "Bilateral Memorandum",
    ),
    # a titled document keeps its own complement: "on swapping" is its title
    (
        "The state gas company signed a five-year contract on swapping up to 2 billion cubic metres a year.",
        "contract on swapping",
        "Contract on swapping",
    ),
    # a definite mention introduces nothing
    (
        "The $100 million loan agreement was signed by the finance minister in Riyadh.",
        "loan agreement",
        "Loan Agreement",
    ),
    # a sum that is no premodifier of the document word
    (
        "Trade reached $2 billion last year, and the sides signed a contract with the railway company.",
        "contract with the railway company",
        "Contract with the railway company",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), NOT_INTRODUCED)
def test_other_untitled_documents_keep_their_plain_name(nlp: Language, text: str, mention: str, name: str) -> None:
    assert agreement_names(nlp, text).get(mention) == name


def test_a_titled_document_keeps_its_title(nlp: Language) -> None:
    text = (
        "The sides signed a $300 million Agreement on the Construction of the Yavan Hydropower Plant in Dushanbe on"
        " Tuesday."
    )
    names = set(agreement_names(nlp, text).values())
    assert all("$300" not in n for n in names)


def test_the_id_is_made_of_the_document_words_only(nlp: Language) -> None:
    text = "The Saudi Fund for Development signed a $100 million loan agreement with Uzbekistan."
    [mention] = [m for m in agreements(nlp(text), document=make_document(text)) if m.text == "loan agreement"]
    assert mention.name == "$100 million Loan Agreement"
    assert "100" not in mention.agreement_id and "million" not in mention.agreement_id


PURPOSE = [
    (
        "During the 2024 visit, Rosatom signed a contract to build a 330-megawatt small nuclear plant in the Jizzakh"
        " region, its first export deal of the kind.",
        "contract",
        "Contract to build a 330-megawatt small nuclear plant in the Jizzakh region",
    ),
    (
        "The Asian Development Bank signed a loan agreement to finance water supply networks in the Bukhara and Navoi"
        " regions.",
        "loan agreement",
        "Loan Agreement to finance water supply networks in the Bukhara and Navoi regions",
    ),
    (
        "Kazakhstan Temir Zholy signed a contract to purchase 40 locomotives from Alstom on Tuesday.",
        "contract",
        "Contract to purchase 40 locomotives from Alstom",
    ),
    (
        "The two ministries signed a memorandum to build a logistics hub in Termez, which will open next year.",
        "memorandum",
        "Memorandum to build a logistics hub in Termez",
    ),
    # a sum names it already: the purpose is not added
    (
        "The Saudi Fund signed a $100 million loan agreement to finance water supply networks in the Bukhara and"
        " Navoi regions.",
        "loan agreement",
        "$100 million Loan Agreement",
    ),
    # not a project: the name stays the document word
    ("The two sides signed an agreement to boost cooperation in trade.", "agreement", "Agreement"),
    # the verb's object is cut off by the clause: no project to name it by
    ("Masdar signed a contract to build, own and operate the plant last year.", "contract", "Contract"),
]


@pytest.mark.parametrize(("text", "mention", "name"), PURPOSE)
def test_an_untitled_document_is_named_by_the_project_it_is_for(
    nlp: Language, text: str, mention: str, name: str
) -> None:
    assert agreement_names(nlp, text).get(mention) == name
