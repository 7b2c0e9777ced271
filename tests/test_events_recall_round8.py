"""Events, round eight: events the press tells without the usual words, and acts on a document told apart.

Each row is a short text in the style of some outlet (our own sentences, not from any test split), positives and
negatives, read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, types_of
from spacy.language import Language

from pipeline.records import Event


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (  # presidential press service style: the law title-cased, in guillemets
            "President of Kyrgyzstan Sadyr Japarov has signed the Law «On Ratification of the Treaty between the "
            "Kyrgyz Republic and the Republic of Tajikistan on the State Border».",
            ["other"],
        ),
        (  # decree style
            "President Ilham Aliyev signed the Decree on approving the Agreement between the Republic of Azerbaijan "
            "and the Republic of Kazakhstan on Cooperation in Tourism.",
            ["other"],
        ),
        (  # negative: a document whose title holds the word "Law" is signed, not a law
            "The interior ministers signed the Agreement on Law Enforcement Cooperation in Astana on Tuesday.",
            ["signing"],
        ),
    ],
)
def test_signing_the_ratifying_law_is_an_act_on_the_document(nlp: Language, text: str, types: list[str]) -> None:
    assert types_of(nlp, text, "2025-03-26") == types


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (  # wire style: the chambers of two countries ratify one treaty on one day
            "Japarov and Rahmon signed the Treaty on the Kyrgyz-Tajik State Border in Bishkek on March 13. The "
            "Zhogorku Kenesh approved the treaty on Wednesday. The lower chamber of the Tajik Parliament ratified "
            "the treaty the same day.",
            2,
        ),
        (  # ministry style: the exchange of instruments and the entry into force that follows it
            "The instruments of ratification of the Treaty on the Kyrgyz-Tajik State Border will be exchanged in "
            "Khujand on March 31. The Treaty on the Kyrgyz-Tajik State Border enters into force on March 31.",
            2,
        ),
        (  # business daily style: a document becoming effective is its entry into force, a kind of its own
            "Parliament ratified the Agreement on Investment Protection on October 2. The Agreement on Investment "
            "Protection became effective on October 2.",
            2,
        ),
        (  # negative: one chamber's ratification told twice is one act
            "The Mazhilis ratified the Agreement on Investment Protection on Wednesday. Deputies of the Mazhilis "
            "approved the Agreement on Investment Protection on Wednesday by a majority vote.",
            1,
        ),
        (  # negative: the entry into force told twice is one act
            "The Agreement on Investment Protection entered into force on July 1. The Agreement on Investment "
            "Protection took effect on July 1, the ministry said.",
            1,
        ),
    ],
)
def test_acts_of_other_kinds_or_countries_are_apart(nlp: Language, text: str, acts: int) -> None:
    assert sum(e.type == "other" for e in events_of(nlp, text, "2025-10-20")) == acts


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (  # news agency style
            "The Protocol on Amendments to the Agreement on the Development Fund became effective on November 1.",
            ["other"],
        ),
        # negative: "effective" as a quality
        ("Cooperation between the two customs services became more effective after 2020.", []),
    ],
)
def test_becoming_effective_is_an_entry_into_force(nlp: Language, text: str, types: list[str]) -> None:
    assert types_of(nlp, text, "2025-11-20") == types


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        (  # national news agency style: the pair named in the sentence before
            "In January-September trade between Uzbekistan and Azerbaijan amounted to $206.4 million. In August, "
            "the presidents of the two countries set the task of bringing mutual trade to $1 billion.",
            ["Ilham Aliyev", "Shavkat Mirziyoyev"],
        ),
        (  # business weekly style, "both countries", the leaders on the event's date
            "Kazakhstan and Kyrgyzstan agreed to open a new border checkpoint. The leaders of both countries agreed "
            "to bring trade to $2 billion by 2030.",
            ["Kassym-Jomart Tokayev", "Sadyr Japarov"],
        ),
        (  # negative: ministers of the two countries are not their presidents
            "Kazakhstan and Uzbekistan agreed to open a new checkpoint. The ministers of the two countries met in "
            "Astana on Monday.",
            [],
        ),
        (  # negative: ministers of named countries are not their presidents either
            "The ministers of Kazakhstan and Uzbekistan met in Astana on Monday.",
            [],
        ),
        (  # negative: no sentence names the pair: nobody is guessed
            "Kazakhstan will host the forum. The leaders of the two countries agreed to bring trade to $2 billion "
            "by 2030.",
            [],
        ),
    ],
)
def test_the_leaders_of_the_two_countries_are_the_pair_named_last(nlp: Language, text: str, leaders: list[str]) -> None:
    events = [e for e in events_of(nlp, text, "2024-09-10") if e.type in {"meeting", "trade_target"}]
    assert sorted({name for e in events for name in e.leaders}) == sorted(leaders)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (  # daily newspaper style: a document approved by the heads of state at their summit is adopted there
            "The heads of state approved the Concept of the OTS Plus Format in Gabala on October 7.",
            ["signing"],
        ),
        (  # wire style
            "The leaders also endorsed the Astana Declaration on Tuesday.",
            ["signing"],
        ),
        (  # negative: a parliament approving a document is an act on it
            "The Milli Majlis approved the Agreement on Cooperation in Tourism on May 28.",
            ["other"],
        ),
        (  # negative: approving no document is no signing
            "The presidents approved the results of the talks on Monday.",
            ["meeting"],
        ),
    ],
)
def test_heads_of_state_approving_a_document_adopt_it(nlp: Language, text: str, types: list[str]) -> None:
    assert types_of(nlp, text, "2025-10-08") == types


def people_of_meetings(events: list[Event]) -> list[list[str]]:
    return sorted(sorted(e.leaders) for e in events if e.type == "meeting")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # news agency style: the co-chairs named first, their commission's session next
            "Iranian Oil Minister Mohsen Paknejad and Turkmen Foreign Minister Rashid Meredov, who co-chair the "
            "joint economic committee, attended the ceremony. The committee's session opened in Tehran on Monday.",
            [["Mohsen Paknejad", "Rashid Meredov"]],
        ),
        (  # ministry style: "co-chairing"
            "Uzbek Minister of Investments Laziz Kudratov and Azerbaijani Economy Minister Mikayil Jabbarov are "
            "co-chairing the intergovernmental commission. Its 12th meeting will be held in Baku on December 5.",
            [["Laziz Kudratov", "Mikayil Jabbarov"]],
        ),
        (  # negative: a sentence naming people without saying they chair anything gives no meeting its people
            "Iranian Oil Minister Mohsen Paknejad and Turkmen Foreign Minister Rashid Meredov attended the ceremony. "
            "The committee's session opened in Tehran on Monday.",
            [[]],
        ),
        (  # negative: the co-chairs named too far before
            "Mohsen Paknejad and Rashid Meredov co-chair the joint committee. Gas swaps rose last year. Iran plans a "
            "new pipeline. Prices were not disclosed. The committee's session opened in Tehran on Monday.",
            [[]],
        ),
    ],
)
def test_a_meeting_takes_the_co_chairs_named_just_before(nlp: Language, text: str, people: list[list[str]]) -> None:
    assert people_of_meetings(events_of(nlp, text, "2025-05-20")) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # business daily style: the gathering that brought leaders together is their meeting
            "The two-day gathering in Tokyo on December 19-20 brought together Kazakh President Kassym-Jomart "
            "Tokayev and Uzbek President Shavkat Mirziyoyev.",
            [["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]],
        ),
        (  # wire style: the verb alone
            "The summit in Samarkand on April 4 brought together Ursula von der Leyen and Kassym-Jomart Tokayev.",
            [["Kassym-Jomart Tokayev", "Ursula von der Leyen"]],
        ),
        (  # negative: bringing together no one named, on no day, is no meeting
            "The new exchange programme brings together students from five countries.",
            [],
        ),
    ],
)
def test_a_gathering_that_brought_leaders_together_is_their_meeting(
    nlp: Language, text: str, people: list[list[str]]
) -> None:
    assert people_of_meetings(events_of(nlp, text, "2025-12-21")) == people


def people_of_signings(events: list[Event]) -> list[list[str]]:
    return sorted(sorted(e.leaders) for e in events if e.type == "signing")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # ministry style: "the ministers" are those who acted just before, whatever the act
            "Foreign Minister of Kyrgyzstan Jeenbek Kulubaev and Foreign Minister of Tajikistan Sirojiddin Muhriddin "
            "exchanged the instruments of ratification of the Treaty on the State Border on Monday. The ministers "
            "put their signatures under the Protocol on the Exchange of Instruments of Ratification.",
            [["Jeenbek Kulubaev", "Sirojiddin Muhriddin"]],
        ),
        (  # wire style, "the two ministers"
            "Energy Minister Almasadam Satkaliyev and Energy Minister Jurabek Mirzamakhmudov approved the Agreement "
            "on Water Allocation in Tashkent on May 5. The two ministers also signed the Protocol on Joint Hydropower "
            "Projects.",
            [["Almasadam Satkaliyev", "Jurabek Mirzamakhmudov"]],
        ),
        (  # negative: presidents who acted just before are not "the ministers"
            "President Sadyr Japarov and President Emomali Rahmon approved the Agreement on Water Allocation on "
            "Monday. The ministers signed the Protocol on Joint Hydropower Projects.",
            [[]],
        ),
    ],
)
def test_the_ministers_are_those_who_acted_just_before(nlp: Language, text: str, people: list[list[str]]) -> None:
    assert people_of_signings(events_of(nlp, text, "2025-05-06")) == people


def amounts_of(events: list[Event], kind: str) -> list[float]:
    return sorted(e.amount for e in events if e.type == kind and e.amount is not None)


@pytest.mark.parametrize(
    ("text", "goals", "investments"),
    [
        (  # news agency style: an earlier goal for the trade of the sentence before
            "The two sides reaffirmed the goal of taking annual trade to USD 2 billion by 2030. When Mirziyoyev "
            "visited India in 2018, the leaders had set a target of USD 1 billion by 2020, which was not met.",
            [1e9, 2e9],
            [],
        ),
        (  # negative: a goal for investment after a trade goal stays an investment
            "The two sides reaffirmed the goal of taking annual trade to $2 billion by 2030. The joint fund has a "
            "target of $500 million in investment by 2027.",
            [2e9],
            [5e8],
        ),
        (  # negative: a sentence about a trade figure, not a goal, gives the next goal no trade
            "Trade grew by 10 percent last year. The company set a target of $1 billion in revenue by 2030.",
            [],
            [],
        ),
    ],
)
def test_a_goal_right_after_a_trade_goal_is_a_trade_goal(
    nlp: Language, text: str, goals: list[float], investments: list[float]
) -> None:
    events = events_of(nlp, text, "2025-06-06")
    assert (amounts_of(events, "trade_target"), amounts_of(events, "investment")) == (goals, investments)


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        (  # news agency style: the figure attributed to "him" is stated by the person named just before
            "Kazakh President Kassym-Jomart Tokayev spoke at the business council. According to him, Turkish "
            "companies have invested over $6.5 billion in Kazakhstan since 2005.",
            ["Kassym-Jomart Tokayev"],
        ),
        (  # wire style, "in her words"
            "European Commission President Ursula von der Leyen opened the forum. In her words, EU investment in the "
            "region has reached 12 billion euros.",
            ["Ursula von der Leyen"],
        ),
        (  # negative: a figure according to an institution is no person's
            "Kazakh President Kassym-Jomart Tokayev spoke at the business council. According to the central bank, "
            "Turkish companies have invested over $6.5 billion in Kazakhstan since 2005.",
            [],
        ),
    ],
)
def test_a_figure_said_by_a_pronoun_is_the_person_named_before(nlp: Language, text: str, leaders: list[str]) -> None:
    events = [e for e in events_of(nlp, text, "2026-05-20") if e.type == "investment"]
    assert [sorted(e.leaders) for e in events] == [leaders]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # national daily style: "the Kyrgyz leader" is the person of Kyrgyzstan the article named last
            "Chinese Premier Li Qiang held talks with Adylbek Kasymaliev, Chairman of the Cabinet of Ministers of "
            "Kyrgyzstan, in Beijing on Tuesday. On Monday, the Kyrgyz leader attended a business forum in Beijing.",
            [["Adylbek Kasymaliev"], ["Adylbek Kasymaliev", "Li Qiang"]],
        ),
        (  # negative: a name after the words is the person
            "President Sadyr Japarov arrived in Doha on Monday. The Kazakh leader Kassym-Jomart Tokayev addressed "
            "the forum in Astana on Tuesday.",
            [["Kassym-Jomart Tokayev"]],
        ),
        (  # negative: no one of that country named before: nobody is guessed
            "Chinese Premier Li Qiang opened the exhibition in Beijing on Tuesday. On Monday, the Kyrgyz leader "
            "attended a business forum in Beijing.",
            [[]],
        ),
    ],
)
def test_the_leader_of_a_country_is_its_person_named_last(nlp: Language, text: str, people: list[list[str]]) -> None:
    assert people_of_meetings(events_of(nlp, text, "2025-06-18")) == people
