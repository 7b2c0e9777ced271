"""Signings, round eleven: the day of a list of documents signed, and the visit or meeting that hosts a signing.

- A lead that counts the documents signed on a day of its own ("sealed four documents on Tuesday", "signed 37
  agreements on Wednesday") dates the list of those documents told a few sentences later, even when an arrival on
  another day, or talks dated only by the article's day, are told in between.
- "After the talks, ... signed": the talks are those of a visit that began after a meeting told with it ("arrived on
  Thursday evening for a state visit after attending the summit on July 3-4"), not that earlier meeting.
- A visit recalled as an aside in the paragraph of a reported visit ("The visit returned the one X made to Rome in
  June 2023") hosts no list of documents told next; a recalled visit opening a paragraph of its own still does.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language


def _signing_days(nlp: Language, text: str, published: str) -> dict[str, str]:
    """The day of each signing event of a text, by the first of its agreements' names (lower case)."""
    signings = [e for e in events_of(nlp, text, published) if e.type == "signing" and e.agreements]
    return {e.agreements[0].lower(): e.date_start for e in signings}


LIST_AFTER_A_COUNTING_LEAD = [
    (  # Georgian agency style: a photo caption's talks, dated only by the article's day, named by the list
        "Garibashvili and Aripov held talks first in a one-on-one format. Photo: Government Administration\n"
        "Agenda.ge, 18 Jul 2023, Tbilisi\n"
        "Georgia and Uzbekistan on Monday put their signatures to a cooperation action plan and three further "
        "documents, as Uzbek Prime Minister Abdulla Aripov held talks in Tbilisi with Irakli Garibashvili.\n"
        "Garibashvili told his guest that ties between the two countries were advancing in every direction.\n"
        "The Uzbek Premier described the trip as a logical continuation of their dialogue.\n"
        "The documents signed after the extended-format talks were:\n"
        "- a roadmap on expanding mutual trade;\n"
        "- an agreement on setting up a Georgia-Uzbekistan Business Council.",
        "2023-07-18",
        "2023-07-17",
    ),
    (  # Pakistani daily style: a state visit that began the day before, and 37 documents on Wednesday
        "ISLAMABAD: Pakistan and Kazakhstan on Wednesday signed a joint declaration on strategic partnership and 36 "
        "other agreements and memoranda of understanding.\n\n"
        "The documents were exchanged after talks between Shehbaz Sharif and President Kassym-Jomart Tokayev, who "
        "landed in Islamabad on Tuesday on a two-day state visit.\n\n"
        '"Our trade says nothing about the warmth between our peoples," the prime minister said.\n\n'
        "Tokayev, for his part, said turnover had doubled.\n\n"
        "Among the instruments signed in the presence of the two leaders were:\n"
        "- Agreement on Transit Trade;\n"
        "- Agreement on the Transfer of Sentenced Persons.",
        "2026-02-05",
        "2026-02-04",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), LIST_AFTER_A_COUNTING_LEAD)
def test_a_counting_lead_dates_the_list_of_documents(nlp: Language, text: str, published: str, day: str) -> None:
    days = _signing_days(nlp, text, published)
    listed = [name for name in days if any(word in name for word in ("roadmap", "council", "transit", "sentenced"))]
    assert listed
    assert {days[name] for name in listed} == {day}


def test_a_lead_without_a_count_leaves_the_list_to_its_visit(nlp: Language) -> None:
    """Negative: a lead that names one document and counts none does not date a list told after an arrival."""
    text = (
        "ASHGABAT, March 5 - The two foreign ministers on Tuesday discussed the regional situation.\n\n"
        "Minister Ali Khan arrived in Ashgabat on Wednesday on an official visit.\n\n"
        "The following documents were signed:\n"
        "- an agreement on visa exemption for holders of diplomatic passports;\n"
        "- a memorandum of understanding on cooperation in tourism."
    )
    days = _signing_days(nlp, text, "2025-03-05")
    assert days
    assert "2025-03-04" not in days.values()


TALKS_OF_THE_VISIT = [
    (  # Chinese daily style: the summit attended before the visit is not "the talks" the signing followed
        "Xi arrived in the Tajik capital on Thursday for a state visit after attending a summit of the Shanghai "
        "Cooperation Organization in Astana on July 3-4.\n\n"
        "After talks at the Presidential Palace, the two heads of state signed the Joint Statement of China and "
        "Tajikistan on Comprehensive Strategic Partnership.",
        "!2024-07-03",
    ),
    (  # negative: talks told with their own day during the visit are the talks meant
        "Tokayev arrived in Beijing on Sunday for a state visit. He held talks with Xi Jinping on Monday.\n\n"
        "After the talks, the two presidents signed the Joint Statement of China and Kazakhstan on Strategic "
        "Partnership.",
        "2024-07-01",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TALKS_OF_THE_VISIT)
def test_after_the_talks_means_the_talks_of_the_visit(nlp: Language, text: str, expected: str) -> None:
    """`expected` is the day the signing bears, or, after "!", a day it must not bear."""
    days = list(_signing_days(nlp, text, "2024-07-05").values())
    assert days
    if expected.startswith("!"):
        assert expected[1:] not in days
    else:
        assert days == [expected]


RECALLED_VISITS = [
    (  # European broadcaster style: the visit returned is an aside on the visit reported
        "ROME, May 30 - The tour opened on Thursday in Samarkand, where Mirziyoyev welcomed Meloni with military "
        "honours. The visit returned the one the Uzbek president made to Rome in June 2023.\n\n"
        "After the talks, the two leaders adopted a joint declaration. Among the documents exchanged in their "
        "presence were:\n"
        "- an Agreement on the Promotion and Mutual Protection of Investments;\n"
        "- a memorandum of understanding on migration and mobility.",
        "2025-05-30",
        "!2023-06-01",
    ),
    (  # negative, Turkish daily style: a recalled visit opening its own paragraph hosts the signing it tells
        "ANKARA, Nov 8 - Erdogan arrived in Tashkent on Wednesday for a working visit.\n\n"
        "The turning point came on Oct. 25, 2017, when Mirziyoyev paid the first presidential visit from Uzbekistan "
        "to Turkiye in two decades. In Ankara, the two presidents signed the Joint Declaration on Strategic "
        "Partnership between Turkiye and Uzbekistan.",
        "2023-11-08",
        "2017-10-25",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RECALLED_VISITS)
def test_a_visit_recalled_in_passing_hosts_no_signing(nlp: Language, text: str, published: str, expected: str) -> None:
    """`expected` is the day every signing bears, or, after "!", a day none bears."""
    days = list(_signing_days(nlp, text, published).values())
    assert days
    if expected.startswith("!"):
        assert expected[1:] not in days
    else:
        assert set(days) == {expected}
