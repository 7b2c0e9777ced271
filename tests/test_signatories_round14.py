"""Signatories, round fourteen: who signed each document of a list of signed documents.

- A list parted by semicolons whose items name their own signatories ("an agreement on X, inked by A and B; a
  memorandum on Y (signed by C and D); ...") gives each document the people of its own item, not those of the other
  items; an item naming nobody takes those who looked on ("they witnessed the exchange of four documents: ...") or
  nobody.  "which they signed themselves": the people who looked on signed it.
- "The last three (first two) were signed by C and D" right after the list: the signatories of those items.
- "A and B signed the program, while C and D put their names to the gas deal" within two sentences after a list:
  the short reference names the one listed document whose title fits it.
- Negatives: a list not parted by semicolons ("an agreement on X and a memorandum on Y, signed by A and B") keeps
  its signatories on every document; a reference that fits two listed titles gives no one.

Each row is a short text in our own words in the style of some outlet (none from a test split), read end to end
(extraction, then reconcile within the article).
"""

from __future__ import annotations

import importlib

import pytest
from conftest import events_of
from spacy.language import Language

frames_module = importlib.import_module("pipeline.extract.frames")


def _signers(nlp: Language, text: str, published: str, document: str) -> set[str]:
    """The leaders of the signing events naming `document` (a lower-case part of its name)."""
    events = events_of(nlp, text, published)
    signings = [e for e in events if e.type == "signing" and any(document in a.lower() for a in e.agreements)]
    assert signings, [(e.type, e.agreements) for e in events]
    return {name for e in signings for name in e.leaders}


GULF_DAILY = (
    "BAKU: Azerbaijan and Kazakhstan signed three cooperation documents on Wednesday as the joint commission met in"
    " the Azerbaijani capital.\n\n"
    "The documents signed after the talks were: a memorandum of understanding between the diplomatic academies of"
    " the two foreign ministries; an executive programme in the fields of youth and sports; and an agreement on"
    " cooperation in the field of civil aviation, inked by Azerbaijan's Minister of Economy Mikayil Jabbarov and"
    " Kazakh Deputy Prime Minister Serik Zhumangarin. The first two were signed by Azerbaijani Foreign Minister"
    " Jeyhun Bayramov and Kazakh Foreign Minister Murat Nurtleu.\n"
)
ASIAN_DAILY = (
    "Indonesia and Uzbekistan raise ties\nJakarta\n\n"
    "President Prabowo Subianto held talks with Uzbek President Shavkat Mirziyoyev at Merdeka Palace on Thursday."
    "\n\nAfterward they witnessed the exchange of three documents: a joint declaration on strategic partnership,"
    " which they signed themselves; a memorandum of understanding on trade cooperation, signed by Uzbekistan's"
    " Minister of Investment, Industry and Trade Laziz Kudratov; and a program of cooperation in education for"
    " 2027-2029.\n"
)
RUSSIAN_WEEKLY = (
    "Putin hosts Mirziyoyev in the Kremlin\n\n"
    "Russian President Vladimir Putin held talks with Uzbek President Shavkat Mirziyoyev in Moscow on Thursday.\n\n"
    "Officials then exchanged three documents, among them a protocol on nuclear fuel supplies for the Jizzakh plant;"
    " an intergovernmental agreement on the transit of Russian gas through Kazakhstan to Uzbekistan; and a program"
    " of cooperation between the two foreign ministries for 2027-2028.\n\n"
    "Energy Minister Sergei Tsivilev and his Uzbek counterpart Jurabek Mirzamahmudov put their names to the gas"
    " deal.\n"
)

EACH_ITEM = [
    # the last item names its signatories: they are of that document alone
    (GULF_DAILY, "2026-11-25", "civil aviation", {"Mikayil Jabbarov", "Serik Zhumangarin"}),
    # "The first two were signed by ...": the first two items
    (GULF_DAILY, "2026-11-25", "diplomatic academies", {"Jeyhun Bayramov", "Murat Nurtleu"}),
    (GULF_DAILY, "2026-11-25", "sports", {"Jeyhun Bayramov", "Murat Nurtleu"}),
    # "which they signed themselves": the leaders who looked on
    (ASIAN_DAILY, "2026-11-26", "strategic partnership", {"Prabowo Subianto", "Shavkat Mirziyoyev"}),
    # an item with its own signatory, beside those who looked on
    (ASIAN_DAILY, "2026-11-26", "trade cooperation", {"Laziz Kudratov", "Prabowo Subianto", "Shavkat Mirziyoyev"}),
    # an item naming nobody: those who looked on, not the signatory of another item
    (ASIAN_DAILY, "2026-11-26", "education", {"Prabowo Subianto", "Shavkat Mirziyoyev"}),
    # "put their names to the gas deal": the listed document whose title fits the reference
    (RUSSIAN_WEEKLY, "2026-11-26", "gas", {"Sergei Tsivilev", "Jurabek Mirzamahmudov"}),
]


@pytest.mark.parametrize(("text", "published", "document", "expected"), EACH_ITEM)
def test_each_listed_document_has_the_people_of_its_item(
    nlp: Language, text: str, published: str, document: str, expected: set[str]
) -> None:
    assert _signers(nlp, text, published, document) == expected


NOT_OF_THIS_ITEM = [
    # the signatories of another item are not of a document whose item names nobody
    (GULF_DAILY, "2026-11-25", "diplomatic academies", {"Mikayil Jabbarov", "Serik Zhumangarin"}),
    (GULF_DAILY, "2026-11-25", "civil aviation", {"Jeyhun Bayramov", "Murat Nurtleu"}),
    (ASIAN_DAILY, "2026-11-26", "education", {"Laziz Kudratov"}),
    # a reference that fits another document gives this one nobody
    (RUSSIAN_WEEKLY, "2026-11-26", "nuclear", {"Sergei Tsivilev", "Jurabek Mirzamahmudov"}),
    (RUSSIAN_WEEKLY, "2026-11-26", "foreign ministries", {"Sergei Tsivilev", "Jurabek Mirzamahmudov"}),
]


@pytest.mark.parametrize(("text", "published", "document", "absent"), NOT_OF_THIS_ITEM)
def test_a_listed_document_lacks_the_people_of_other_items(
    nlp: Language, text: str, published: str, document: str, absent: set[str]
) -> None:
    assert not _signers(nlp, text, published, document) & absent


SIGNED_ALL = [
    # no semicolons: "signed by A and B" after the last document is of every document of the list
    (
        "Tashkent, 12 March 2026 — An agreement on cooperation in civil aviation and a memorandum of understanding"
        " on cooperation in tourism were signed by Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign"
        " Minister Murat Nurtleu on Thursday.",
        "2026-03-12",
        "civil aviation",
        {"Bakhtiyor Saidov", "Murat Nurtleu"},
    ),
    # one document, no list: its signatories stay
    (
        "ASTANA, March 3 - Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Murat Nurtleu signed"
        " an agreement on cooperation in civil aviation on Tuesday.",
        "2026-03-03",
        "civil aviation",
        {"Bakhtiyor Saidov", "Murat Nurtleu"},
    ),
]


@pytest.mark.parametrize(("text", "published", "document", "expected"), SIGNED_ALL)
def test_signatories_of_a_list_not_parted_by_item_stay(
    nlp: Language, text: str, published: str, document: str, expected: set[str]
) -> None:
    assert expected <= _signers(nlp, text, published, document)


REFERENCES = [
    ("signed the nuclear protocol", "protocol on nuclear fuel supplies for the jizzakh plant", True),
    ("put their names to the gas deal", "intergovernmental agreement on the transit of russian gas", True),
    ("signed the program", "program of cooperation between the two foreign ministries", True),
    ("endorsed the programme", "program of cooperation in education", True),
    ("the customs agreement was endorsed", "agreement on cooperation between the customs services", True),
    # negatives: another kind of document, or a word the title lacks
    ("signed the nuclear protocol", "intergovernmental agreement on the transit of russian gas", False),
    ("put their names to the gas deal", "protocol on nuclear fuel supplies for the jizzakh plant", False),
    ("signed the program", "memorandum on the organized recruitment of workers", False),
    ("the customs agreement was endorsed", "agreement on cooperation in tourism", False),
]


@pytest.mark.parametrize(("clause", "title", "fits"), REFERENCES)
def test_a_short_reference_fits_the_titles_it_names(clause: str, title: str, fits: bool) -> None:
    reference = frames_module.DOCUMENT_REFERENCE.search(clause)
    assert reference is not None
    assert frames_module._reference_fits(reference, title) is fits


SIGNED_AFTER = [
    ("The last four were signed by Deputy Foreign Minister X.", True),
    ("The first two documents were inked by the ministers of energy.", True),
    ("The other documents were signed by the deputy ministers.", True),
    # negatives: not a count of listed documents signed by someone
    ("The last time the two sides met was in 2019.", False),
    ("The first two rounds of talks were held in Baku.", False),
    ("Earlier, the last four were signed in Astana.", False),
]


@pytest.mark.parametrize(("sentence", "says"), SIGNED_AFTER)
def test_a_sentence_after_a_list_gives_signatories_of_counted_items(sentence: str, says: bool) -> None:
    assert bool(frames_module.ITEMS_SIGNED_AFTER.match(sentence)) is says


# A list whose first items each have a verb of their own ("which the two leaders signed in person", "signed by
# ..."): the item after them, naming nobody, keeps a signing of its own (a wire's semicolon list); a participle on a
# document outside the list takes no item of it.
WIRE_LIST = (
    "Kazakhstan, Oman sign documents\n\n"
    "Kazakh President Kassym-Jomart Tokayev held talks with Sultan Haitham bin Tarik in Muscat on Monday.\n\n"
    "The two leaders then attended the signing of three documents: a joint statement on comprehensive partnership,"
    " which the two leaders signed in person; an agreement on air services, signed by the transport ministers; and"
    " an executive programme on culture for 2026-2028.\n"
)
OUTSIDE_THE_LIST = (
    "Tokayev recalled the Treaty on Friendship signed in 2009. The ministers then signed three documents: a"
    " memorandum on tourism; a protocol on customs data; and a programme on culture.\n"
)


@pytest.mark.parametrize("document", ["comprehensive partnership", "air services", "culture"])
def test_items_after_one_with_its_own_participle_keep_a_signing(nlp: Language, document: str) -> None:
    assert _signers(nlp, WIRE_LIST, "2026-11-24", document) == {"Kassym-Jomart Tokayev", "Haitham bin Tarik Al Said"}


def test_a_participle_on_a_document_outside_the_list_takes_none_of_its_items(nlp: Language) -> None:
    events = events_of(nlp, OUTSIDE_THE_LIST, "2026-11-24")
    treaty_signings = [e for e in events if e.type == "signing" and any("Friendship" in a for a in e.agreements)]
    assert all(len(e.agreements) == 1 for e in treaty_signings), [e.agreements for e in treaty_signings]
