"""Signings, round thirteen: signatories the text gives without naming them.

- "They then signed a joint statement" right after talks of two named leaders: "they" are the people of those
  talks, as "the two leaders" are. A signing with a named subject, or "they" with no talks of two people told
  before, keeps the signatories it names (or none).

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def _signers(nlp: Language, text: str, published: str, document: str) -> set[str]:
    """The leaders of the signing events naming `document` (a lower-case word of its name)."""
    events = events_of(nlp, text, published)
    signings = [e for e in events if e.type == "signing" and any(document in a.lower() for a in e.agreements)]
    assert signings, [(e.type, e.agreements) for e in events]
    return {name for e in signings for name in e.leaders}


THEY_SIGNED = [
    (  # Malaysian agency style: talks of the two leaders, a greeting at the airport, then "They then signed"
        "Malaysia, Uzbekistan exchange three documents\n05/02/2025 07:52 PM\n"
        "PUTRAJAYA, Feb 5 (Bernama) -- Malaysia and Uzbekistan today pledged to lift their relationship to a "
        "strategic partnership after Prime Minister Datuk Seri Anwar Ibrahim held talks with visiting Uzbek "
        "President Shavkat Mirziyoyev at Perdana Putra here.\n"
        "Mirziyoyev, who landed at KLIA on Tuesday night for a two-day official visit, was greeted by Dewan Rakyat "
        "Speaker Tan Sri Johari Abdul. He is the first Uzbek head of state to come to Malaysia in two decades.\n"
        "After an official welcome this morning, the two leaders held a one-on-one session before their "
        "delegations joined them.\n"
        "They then signed a joint statement on deepening bilateral cooperation towards a strategic partnership and "
        "witnessed the exchange of three bilateral documents at Seri Perdana.",
        "2025-02-05",
        "joint statement",
        {"Anwar Ibrahim", "Shavkat Mirziyoyev"},
    ),
    (  # a wire style: the meeting told by both names, then "they signed" a declaration
        "ASTANA, March 3 (Reuters) - Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev "
        "in Astana on Tuesday to discuss water sharing and transport.\n\n"
        "They signed a declaration on allied relations after the talks.",
        "2026-03-03",
        "declaration",
        {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
    ),
]


@pytest.mark.parametrize(("text", "published", "document", "expected"), THEY_SIGNED)
def test_they_signed_are_the_people_of_the_talks_told_before(
    nlp: Language, text: str, published: str, document: str, expected: set[str]
) -> None:
    assert _signers(nlp, text, published, document) == expected


NOT_THEY = [
    (  # negative: "they" after talks of one named leader with people not named: not a pair of leaders
        "TASHKENT, March 3 - Uzbek President Shavkat Mirziyoyev received a delegation of Kazakh businessmen on "
        "Tuesday.\n\n"
        "They signed a memorandum on a new freight terminal on the border.",
        "2026-03-03",
        "memorandum",
    ),
    (  # negative: "they" with no talks of two people told before names nobody
        "TASHKENT, March 3 - Uzbek officials said on Tuesday that trade with Kazakhstan grew by a fifth last year.\n\n"
        "They signed a memorandum on a new freight terminal on the border.",
        "2026-03-03",
        "memorandum",
    ),
]


@pytest.mark.parametrize(("text", "published", "document"), NOT_THEY)
def test_a_signing_not_told_by_they_takes_no_talks_people(
    nlp: Language, text: str, published: str, document: str
) -> None:
    signers = _signers(nlp, text, published, document)
    assert len(signers) < 2, signers


HOSTED_THEN_SIGNED = [
    (  # Moscow outlet style: "X hosted Y" is the only act of the two told before "the two presidents signed"
        "Putin and Tokayev Sign Energy Deals\n\nNov. 27, 2026\nBy The Moscow Times\n\n"
        "President Vladimir Putin hosted Kazakh leader Kassym-Jomart Tokayev in the Kremlin on Thursday, and the two "
        "sides agreed to expand oil and gas cooperation.\n\n"
        "Tokayev flew into Moscow on Wednesday evening for what the Kremlin called a state visit. Kremlin aide Yury "
        "Ushakov had announced the trip on Monday.\n\n"
        "\u201cKazakhstan is our ally,\u201d Putin said as the expanded round of talks opened.\n\n"
        "Tokayev said turnover had exceeded $28 billion last year.\n\n"
        "After the talks, the two presidents signed a joint statement on deepening their strategic partnership.",
        "2026-11-27",
        "joint statement",
    ),
    (  # the same, the signing done by unnamed ministers "in the presence of the two presidents"
        "Putin and Tokayev Sign Energy Deals\n\nNov. 27, 2026\nBy The Moscow Times\n\n"
        "President Vladimir Putin hosted Kazakh leader Kassym-Jomart Tokayev in the Kremlin on Thursday, and the two "
        "sides agreed to expand oil and gas cooperation.\n\n"
        "After the talks, the energy ministers signed a memorandum on gas transit in the presence of the two "
        "presidents.",
        "2026-11-27",
        "memorandum",
    ),
]


@pytest.mark.parametrize(("text", "published", "document"), HOSTED_THEN_SIGNED)
def test_the_two_presidents_are_those_of_the_act_reported_when_no_talks_are_told(
    nlp: Language, text: str, published: str, document: str
) -> None:
    assert _signers(nlp, text, published, document) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}


def test_the_ministers_are_not_the_presidents_of_an_act_told_before(nlp: Language) -> None:
    """Negative: "the ministers put their signatures" after the ministers' own act keeps the ministers."""
    text = (
        "Bishkek, March 31, 2025 /Kabar/. President Sadyr Japarov hosted President Emomali Rahmon in Bishkek today.\n\n"
        "Foreign Ministers Jeenbek Kulubaev and Sirojiddin Muhriddin exchanged the instruments of ratification of "
        "the Treaty on the State Border.\n\n"
        "The ministers put their signatures under the Protocol on the Exchange of Instruments of Ratification in the "
        "presence of the heads of state."
    )
    signers = _signers(nlp, text, "2025-03-31", "protocol")
    assert {"Jeenbek Kulubaev", "Sirojiddin Muhriddin"} <= signers, signers
