"""Events, round fifteen: spare meetings (issue #17, events precision on unseen articles).

Each row is a short text in the style of some outlet (our own sentences, not from any test split), read end to end
(extraction, then reconcile within the article): the meeting and visit events it yields.  Three press habits, each
checked against the gold of many dev articles:
- a business forum told only as the setting of the deals signed there is those deals (an investment), no meeting;
- a cabinet's own meeting is told for what the cabinet approved there, no meeting of its own;
- the talks of a visit told as "a session of official talks" or "an official talks session" are the visit.
"""

from __future__ import annotations

import pytest
from conftest import events_of
from spacy.language import Language

PUBLISHED = "2026-11-27"  # a Friday: "on Wednesday" is 2026-11-25, "on Tuesday" 2026-11-24


def _kinds(nlp: Language, text: str) -> list[str]:
    """The types of the events of a text, sorted."""
    return sorted(e.type for e in events_of(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "meetings", "investments"),
    [
        (  # the forum is the setting of the deals: one investment, no meeting
            "At a business forum in Hanoi on Wednesday, firms from both sides signed deals worth $900 million.",
            0,
            1,
        ),
        (  # the forum "ended with" documents worth an amount
            "A Malaysian-Kazakh business forum held in Almaty on Wednesday ended with the signing of 12 documents "
            "worth nearly $300 million.",
            0,
            1,
        ),
        (  # a leader attended the forum where companies signed deals worth an amount
            "On Tuesday, the Uzbek leader attended a business forum in Seoul, where companies from the two countries "
            "signed deals worth more than $1.1 billion.",
            0,
            1,
        ),
        (  # negative: a forum told with no worth of deals stays a meeting
            "On Wednesday, some 200 companies took part in a Qatari-Uzbek business forum in Doha.",
            1,
            0,
        ),
        (  # negative: an investment pledged at a named forum is no deals' worth: the forum stays
            "At the Caspian Investors Forum in Baku on Wednesday, lenders pledged $2 billion for the new port.",
            1,
            1,
        ),
    ],
)
def test_forum_told_by_its_deals_is_no_meeting(nlp: Language, text: str, meetings: int, investments: int) -> None:
    kinds = _kinds(nlp, text)
    assert (kinds.count("meeting"), kinds.count("investment")) == (meetings, investments)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("The government had approved the draft of the visa agreement at a Cabinet meeting on Tuesday.", 0),
        (  # "a meeting of the Cabinet of Ministers"
            "On Tuesday, at a meeting of the Cabinet of Ministers, President Serdar Berdimuhamedov approved the "
            "programme of the visit.",
            0,
        ),
        (  # negative: a meeting of a commission stays a meeting
            "On Tuesday, Deputy Prime Minister Serik Zhumangarin chaired a meeting of the intergovernmental "
            "commission in Astana.",
            1,
        ),
        (  # negative: a Cabinet chairman received is a meeting ("Chairman of the Cabinet of Ministers" is a title)
            "On Tuesday, President Viktor Orban received Chairman of the Cabinet of Ministers Adylbek Kasymaliev in "
            "Budapest.",
            1,
        ),
    ],
)
def test_cabinet_meeting_is_told_by_its_decision(nlp: Language, text: str, meetings: int) -> None:
    assert _kinds(nlp, text).count("meeting") == meetings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "a session of official talks" on a state visit is the visit
            "President Shavkat Mirziyoyev arrived in Doha on Tuesday on a two-day state visit. Emir Sheikh Tamim bin "
            "Hamad Al Thani and President Shavkat Mirziyoyev held a session of official talks at the Amiri Diwan on "
            "Wednesday.",
            ["visit"],
        ),
        (  # "an official talks session" on an official visit is the visit
            "President Sadyr Japarov arrived in Doha on Tuesday on a two-day official visit. Emir Sheikh Tamim bin "
            "Hamad Al Thani and President Sadyr Japarov held an official talks session at the Amiri Diwan on "
            "Wednesday.",
            ["visit"],
        ),
        (  # negative: a commission's session during the visit, chaired by ministers, stays a meeting of its own
            "President Shavkat Mirziyoyev arrived in Doha on Tuesday on a two-day state visit. On Wednesday, "
            "Foreign Minister Bakhtiyor Saidov and Minister of State Sultan Al Muraikhi co-chaired a session of the "
            "joint commission in Doha.",
            ["meeting", "visit"],
        ),
    ],
)
def test_session_of_talks_on_a_visit_is_the_visit(nlp: Language, text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(nlp, text) if k in {"meeting", "visit"}] == expected
