"""Event frames on real sentences: each event type, clause-based date attachment, and merging in context."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import events_of, make_document, types_of
from spacy.language import Language

from pipeline.extract import extract_document
from pipeline.reconcile import reconcile
from pipeline.records import Event


def summary(event: Event) -> tuple:
    return (event.type, event.date_start, event.date_end, event.amount, event.location)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # visit, corpus (koishybayev): a day range, the visiting leader and the city
            "During the official visit of President of Kyrgyzstan Sooronbay Jeenbekov to Astana on December 25-26, "
            "2017, two agreements on the state border were discussed.",
            "2018-06-08",
            ("visit", "2017-12-25", "2017-12-26", None, "Astana"),
        ),
        (  # meeting, corpus (koishybayev)
            "The next consultations will be held in 2019 in Tashkent.",
            "2018-06-08",
            ("meeting", "2019-01-01", "2019-12-31", None, "Tashkent"),
        ),
        (  # trade figure, corpus (koishybayev)
            "For instance, in 2017, Kazakhstan's trade with Central Asian countries grew by 19 percent and totaled "
            "$3.6 billion.",
            "2018-06-08",
            ("trade_figure", "2017-01-01", "2017-12-31", 3.6e9, ""),
        ),
        (  # trade target, corpus (kazakhstan-uzbekistan): a goal, dated by its deadline
            "It was not by chance that the parties plan to increase trade turnover to $5 billion by 2020 regardless "
            "of any internal political agendas.",
            "",
            ("trade_target", "2020-01-01", "2020-12-31", 5e9, ""),
        ),
        (  # investment, corpus (turekhanov): "the past 13 years" is a duration, not a date
            "Over the past 13 years, direct investment from Kazakhstan to Central Asia amounted to more than "
            "$1.1 billion.",
            "2019-03-29",
            ("investment", "", "", 1.1e9, ""),
        ),
        (  # our own: another region, another currency
            "In 2022, German investment in Uzbekistan's chemical industry reached EUR 40m, the ministry said.",
            "2023-02-01",
            ("investment", "2022-01-01", "2022-12-31", 40e6, ""),
        ),
        (  # our own: a target in another currency and country pair
            "Baku and Ankara agreed to increase bilateral trade to $15 billion by 2030.",
            "2024-05-01",
            ("trade_target", "2030-01-01", "2030-12-31", 15e9, ""),
        ),
    ],
)
def test_one_event_per_sentence(nlp: Language, text: str, published: str, expected: tuple) -> None:
    assert [summary(e) for e in events_of(nlp, text, published)] == [expected]


def test_signing_names_its_agreement(nlp: Language) -> None:
    text = (
        "Turkmenistan has signed the “Central Asia-2040” Concept of regional cooperation, developed at Kazakhstan’s "
        "suggestion."
    )
    (event,) = events_of(nlp, text, "2024-09-20")
    assert event.type == "signing"
    assert event.agreements == ("Central Asia-2040 Concept of regional cooperation",)


def test_a_parenthesised_year_dates_the_signing_of_each_document(nlp: Language) -> None:
    text = (
        "The legal framework consists of approximately 80 documents, with particular emphasis on the Declaration on "
        "the Development of Further Cooperation (1997) and the Agreement on Strategic Partnership (2017)."
    )
    events = events_of(nlp, text, "2024-09-20")
    assert sorted((e.type, e.date_start, e.agreements[0][:20]) for e in events) == [
        ("signing", "1997-01-01", "Declaration on the D"),
        ("signing", "2017-01-01", "Agreement on Strateg"),
    ]


def test_one_trigger_with_two_dated_places_is_two_meetings(nlp: Language) -> None:
    text = (
        "At the meetings within the 72nd session of the UN General Assembly in New York in 2017 and Cholpon-Ata "
        "(Kyrgyzstan) in 2018, the ministers adopted joint statements."
    )
    meetings = [summary(e) for e in events_of(nlp, text, "2019-03-29") if e.type == "meeting"]
    assert meetings == [
        ("meeting", "2017-01-01", "2017-12-31", None, "New York"),
        ("meeting", "2018-01-01", "2018-12-31", None, "Cholpon-Ata"),
    ] or sorted(meetings) == sorted(
        [
            ("meeting", "2017-01-01", "2017-12-31", None, "New York"),
            ("meeting", "2018-01-01", "2018-12-31", None, "Cholpon-Ata"),
        ]
    )


def test_a_point_of_comparison_does_not_date_the_event(nlp: Language) -> None:
    text = (
        "Mutual trade increased markedly over the eight months of 2021 in comparison with the same period of the "
        "last year."
    )
    assert [summary(e) for e in events_of(nlp, text, "2021-11-01")] == [
        ("trade_figure", "2021-01-01", "2021-08-31", None, "")
    ]


def test_a_past_increase_to_an_amount_is_a_figure_not_a_target(nlp: Language) -> None:
    text = "Over ten months of the last year, mutual trade increased by 30 percent and amounted to $3.4 billion."
    assert [e.type for e in events_of(nlp, text, "2019-03-29")] == ["trade_figure"]


def test_award_and_declaration_in_one_sentence_are_two_events(nlp: Language) -> None:
    text = (
        "Then first president Nursultan Nazarbayev awarded his Uzbek colleague the Dostyk Order of the 1st degree "
        "and declared 2018 as the year of Uzbekistan in Kazakhstan."
    )
    events = {e.type: e for e in events_of(nlp, text, "2019-04-20")}
    assert set(events) == {"award", "other"}
    assert events["award"].leaders == events["other"].leaders == ("Nursultan Nazarbayev",)
    assert events["other"].date_start == "2018-01-01"


def test_an_election_gets_its_candidate_from_the_next_sentence(nlp: Language) -> None:
    text = (
        "On June 9, the republic will hold the early presidential election. Analysts say that President "
        "Kassym-Jomart Tokayev has the best chances in the upcoming election."
    )
    (event,) = events_of(nlp, text, "2019-04-20")
    assert (event.type, event.date_start, event.leaders) == ("election", "2019-06-09", ("Kassym-Jomart Tokayev",))
    assert event.mention_count == 2


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # corpus (kazakhstan-turkmenistan-partners-nca-2024)
            "In June 2024, Turkmenistan held Days of Culture in Kazakhstan, and a reciprocal cultural exchange is "
            "planned in Ashgabat for October this year.",
            "2024-09-20",
            [("other", "2024-06-01", "2024-06-30", None, ""), ("other", "2024-10-01", "2024-10-31", None, "Ashgabat")],
        ),
        (  # our own: another region
            "In May 2023, Kazakhstan opened its new embassy building in Ulaanbaatar.",
            "2023-06-01",
            [("other", "2023-05-01", "2023-05-31", None, "Ulaanbaatar")],
        ),
    ],
)
def test_other_events_keep_their_own_dates(nlp: Language, text: str, published: str, expected: list) -> None:
    assert sorted(summary(e) for e in events_of(nlp, text, published)) == expected


def test_a_signing_during_a_visit_takes_the_visit_days_and_leader(nlp: Language) -> None:
    text = (
        "President of Kyrgyzstan Sooronbay Jeenbekov paid an official visit to Astana on December 25-26, 2017. "
        "The Agreement on the Demarcation of the Kazakh-Kyrgyz State Border was signed during the visit."
    )
    events = {e.type: e for e in events_of(nlp, text, "2018-06-08")}
    assert set(events) == {"visit", "signing"}
    signing = events["signing"]
    assert (signing.date_start, signing.date_end, signing.leaders) == (
        "2017-12-25",
        "2017-12-26",
        ("Sooronbay Jeenbekov",),
    )
    assert signing.confidence < events["visit"].confidence  # its date and leader are inferred


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # an announcement: the verb says it is to come
            "President Shavkat Mirziyoyev will pay a state visit to Beijing on 23-25 January 2024.",
            "2024-01-10",
            ("visit", "planned"),
        ),
        (  # the date alone says so: after the article was published
            "The intergovernmental commission meets in Bishkek on 12 December 2025.",
            "2025-11-28",
            ("meeting", "planned"),
        ),
        (  # recalled for context, years before the news
            "The Treaty on Strategic Partnership was signed by Tokayev and Mirziyoyev in Tashkent in April 2017.",
            "2024-09-20",
            ("signing", "background"),
        ),
        (  # the news itself: the dateline day
            "President Sadyr Japarov held talks with Vladimir Putin in Kazan on 21 February 2024.",
            "2024-02-21",
            ("meeting", "reported"),
        ),
        (  # a figure for last year is what the article reports, not background
            "Trade between Kazakhstan and Azerbaijan reached $500 million in 2023.",
            "2024-10-18",
            ("trade_figure", "reported"),
        ),
        (  # a goal is planned, even with no future verb
            "The sides agreed to bring mutual trade to $2 billion by 2027.",
            "2025-03-01",
            ("trade_target", "planned"),
        ),
        (  # a goal whose deadline is long past is background
            "In 2015 the leaders set a goal of raising trade to $1 billion by 2020.",
            "2025-03-01",
            ("trade_target", "background"),
        ),
        (  # a few days before the article is already context, not the news
            "U.S. President Donald Trump announced sweeping tariffs on 2 April 2025.",
            "2025-04-05",
            ("other", "background"),
        ),
        (  # a cumulative figure since a year is reported, not background
            "Turkish companies have invested over $6.5 billion in Kazakhstan since 2005.",
            "2026-05-13",
            ("investment", "reported"),
        ),
        (  # the next meeting of a format is yet to come
            "Foreign Minister Sergey Lavrov proposed to hold the next round of consultations in Moscow.",
            "2025-05-20",
            ("meeting", "planned"),
        ),
    ],
)
def test_status_says_whether_the_event_happened_is_announced_or_recalled(
    nlp: Language, text: str, published: str, expected: tuple
) -> None:
    assert [(e.type, e.status) for e in events_of(nlp, text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list on its own lines, dashed
            "Following the talks, the following documents were signed:\n\n"
            "– the Agreement on international road transport of passengers and goods;\n"
            "– the Program of Cultural Cooperation for 2025-2027.",
            [
                "Agreement on international road transport of passengers and goods",
                "Program of Cultural Cooperation for 2025-2027",
            ],
        ),
        (  # a list introduced by the sentence after the signing, bulleted
            "The ministers also signed eight intergovernmental documents. Among them are:\n\n"
            "• the Agreement on international road transport of passengers and goods;\n"
            "• the Program of Cultural Cooperation for 2025-2027.",
            [
                "Agreement on international road transport of passengers and goods",
                "Program of Cultural Cooperation for 2025-2027",
            ],
        ),
        (  # a list of exchanged documents, run on after the colon
            "In the presence of the presidents, the following documents were exchanged: the Agreement on mutual "
            "protection of classified information; the Memorandum of Understanding on cooperation in the field of "
            "nuclear energy.",
            [
                "Agreement on mutual protection of classified information",
                "Memorandum of Understanding on cooperation in the field of nuclear energy",
            ],
        ),
        (  # negative: a colon opening a list of areas, not of documents
            "Under the partnership, the two countries will cooperate in three areas:\n\n"
            "- trade;\n- energy;\n- transport.",
            [],
        ),
    ],
)
def test_each_listed_document_is_one_signing(nlp: Language, text: str, expected: list) -> None:
    signings = [e for e in events_of(nlp, text, "2025-06-17") if e.type == "signing"]
    assert sorted(name for e in signings for name in e.agreements) == sorted(expected)


def test_listed_documents_take_the_date_and_leaders_of_the_talks(nlp: Language) -> None:
    text = (
        "President Ilham Aliyev held talks with President Shavkat Mirziyoyev in Baku on July 2, 2025. "
        "In their presence, the following documents were signed:\n\n"
        "– the Agreement on international road transport of passengers and goods;\n"
        "– the Program of Cultural Cooperation for 2025-2027."
    )
    signings = [e for e in events_of(nlp, text, "2025-07-02") if e.type == "signing"]
    assert len(signings) == 2
    for signing in signings:
        assert (signing.date_start, set(signing.leaders)) == ("2025-07-02", {"Ilham Aliyev", "Shavkat Mirziyoyev"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a target on "the figure" of the sentence before
            "Trade between the two countries reached $462 million in 2023. "
            "The presidents have set the goal of bringing the figure to $1 billion.",
            [("trade_figure", 462e6), ("trade_target", 1e9)],
        ),
        (  # a target whose currency follows the number
            "The presidents instructed the commission to bring mutual trade to 500 million U.S. dollars by 2027.",
            [("trade_target", 500e6)],
        ),
        (  # an investment portfolio
            "The portfolio of joint projects exceeds $2.5 billion, the minister said.",
            [("investment", 2.5e9)],
        ),
        (  # a credit line
            "The Export-Import Bank announced a credit line of up to 100 million euros for joint projects.",
            [("investment", 100e6)],
        ),
        (  # negative: a project without an amount is no investment
            "The sides discussed joint projects in energy and transport.",
            [],
        ),
    ],
)
def test_targets_and_investments_stated_without_the_usual_verbs(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.type, e.amount) for e in events_of(nlp, text, "2024-06-10") if e.amount is not None)
    assert found == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a telephone conversation is a meeting of its two parties
            "President Sadyr Japarov held a telephone conversation with Russian President Vladimir Putin.",
            ["meeting"],
        ),
        (  # a leader receiving a visiting official
            "President Serdar Berdimuhamedov received the Minister of Foreign Affairs of Hungary Peter Szijjarto.",
            ["meeting"],
        ),
        (  # negative: receiving an invitation is no meeting
            "President Serdar Berdimuhamedov received an invitation to visit Budapest.",
            ["visit"],
        ),
        (  # ratification is an act on a document, not its signing
            "The Milli Majlis ratified the Agreement on mutual recognition of diplomas of marine personnel.",
            ["other"],
        ),
        (  # so is a president signing the law that ratifies it
            "President Ilham Aliyev has signed a law on the ratification of the Agreement on maritime transport.",
            ["other"],
        ),
        (  # entry into force
            "With this step the Treaty on the State Border has come into force.",
            ["other"],
        ),
    ],
)
def test_meetings_and_acts_on_documents_without_the_usual_words(nlp: Language, text: str, expected: list) -> None:
    assert types_of(nlp, text, "2025-03-31") == expected


def test_one_amount_is_one_event_of_one_type(nlp: Language) -> None:
    text = "Trade reached $3 billion in 2023, and the sides agreed to bring trade to $5 billion by 2030."
    events = events_of(nlp, text, "2024-05-01")
    assert sorted((e.type, e.amount) for e in events if e.amount is not None) == [
        ("trade_figure", 3e9),
        ("trade_target", 5e9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # trade figures with verbs other than "reach", and one per partner of a list
            "Foreign trade turnover reached $30.5 billion in January-June 2024.\n\n"
            "The trade balance narrowed to $5.3 billion. Exports came to about $9.5 billion.\n\n"
            "China kept first place among trading partners with $6.2 billion, followed by Russia ($5.3 billion) "
            "and Kazakhstan ($2.0 billion).",
            [
                (30.5e9, "2024-01-01"),
                (5.3e9, "2024-01-01"),
                (9.5e9, "2024-01-01"),
                (6.2e9, "2024-01-01"),
                (2.0e9, "2024-01-01"),
            ],
        ),
        (  # a conversion into another currency and a difference are not figures of their own
            "Mutual trade totaled 450 billion rubles ($4.9 billion) in 2024, which is $200 million more than a year "
            "earlier.",
            [(450e9, "2024-01-01")],
        ),
        (  # each figure takes the date nearest to it
            "Trade reached a record 94.8 billion dollars in 2024, compared with about 70 billion dollars in 2022.",
            [(70e9, "2022-01-01"), (94.8e9, "2024-01-01")],
        ),
    ],
)
def test_trade_figures_with_any_verb_each_with_its_period(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.amount, e.date_start) for e in events_of(nlp, text, "2025-07-22") if e.type == "trade_figure")
    assert found == sorted(expected)


def test_a_quoted_figure_is_stated_by_the_speaker(nlp: Language) -> None:
    text = (
        "“Last year our trade turnover reached 5.7 billion US dollars. We have agreed to bring trade to "
        "$15 billion,” President Kassym-Jomart Tokayev said."
    )
    events = events_of(nlp, text, "2026-05-13")
    assert {e.type: e.leaders for e in events} == {
        "trade_figure": ("Kassym-Jomart Tokayev",),
        "trade_target": ("Kassym-Jomart Tokayev",),
    }


def test_listed_documents_take_the_day_their_signing_is_reported(nlp: Language) -> None:
    text = (
        "President Recep Tayyip Erdogan arrived in Astana on 12 May 2026 for a state visit. "
        "The two countries signed 11 documents on 13 May 2026 following talks.\n\n"
        "The following documents were exchanged:\n\n"
        "• the Agreement on international road transport of passengers and goods;\n"
        "• the Program of Cultural Cooperation for 2026-2028."
    )
    signings = [e for e in events_of(nlp, text, "2026-05-13") if e.type == "signing"]
    assert sorted((e.agreements[0][:12], e.date_start) for e in signings) == [
        ("Agreement on", "2026-05-13"),
        ("Program of C", "2026-05-13"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # reported with no date: the article's day
            "ASTANA - President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in Astana.",
            [("meeting", "2025-06-17")],
        ),
        (  # negative: announced, not reported
            "President Kassym-Jomart Tokayev will hold talks with President Shavkat Mirziyoyev in Astana.",
            [("meeting", "")],
        ),
        (  # negative: a date the text gives is not replaced
            "President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in the spring.",
            [("meeting", "2025-03-01")],
        ),
        (  # a year inside the document's title is the title's, not the signing's (wire style)
            "The ministers signed the Program of Cooperation between the Foreign Ministries for 2025-2026.",
            [("signing", "2025-06-17")],
        ),
        (  # the same in a news-agency lead with the title first
            "The Roadmap for joint investment projects for 2025-2027 was signed by the ministers.",
            [("signing", "2025-06-17")],
        ),
        (  # negative: a date outside the title still dates the signing
            "In May, the ministers signed the Program of Cooperation between the Foreign Ministries for 2025-2026.",
            [("signing", "2025-05-01")],
        ),
    ],
)
def test_an_undated_reported_event_happened_on_the_publication_day(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text, "2025-06-17")] == expected


def test_the_publication_day_never_keeps_a_dated_report_apart(nlp: Language) -> None:
    text = (
        "The Meeting of the Heads of State of Central Asia was held on March 15, 2018 in Astana with President "
        "Nursultan Nazarbayev. The meeting of President Nursultan Nazarbayev with the heads of state became a "
        "historic event."
    )
    meetings = [e for e in events_of(nlp, text, "2018-06-08") if e.type == "meeting"]
    assert [(e.date_start, e.mention_count) for e in meetings] == [("2018-03-15", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a cumulative investment is dated by the start of its period
            "Turkish companies have invested over $6.5 billion in Kazakhstan since 2005.",
            [("investment", "2005-01-01")],
        ),
        (  # a trade figure is not: "since" starts the period it is compared over
            "Trade has grown by 40 percent since 2019 and reached $3 billion in 2024.",
            [("trade_figure", "2024-01-01")],
        ),
        (  # an act recalled with its year
            "The Sangtuda-2 hydropower plant was commissioned in 2011.",
            [("other", "2011-01-01")],
        ),
        (  # founding an institution
            "In 2022 the two presidents set up the High-Level Strategic Cooperation Council.",
            [("other", "2022-01-01")],
        ),
    ],
)
def test_since_dates_events_but_not_figures(nlp: Language, text: str, expected: list) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, "2025-06-17")) == expected


def test_an_earlier_figure_beside_the_latest_is_background(nlp: Language) -> None:
    text = (
        "Trade turnover between the two countries reached $12.3 billion in 2023, "
        "while in 2021 as a whole it amounted to $8.9 billion."
    )
    statuses = {e.amount: e.status for e in events_of(nlp, text, "2024-02-01") if e.type == "trade_figure"}
    assert statuses == {12.3e9: "reported", 8.9e9: "background"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a date line under the title dates the article when ingest found no publication date
            "Kazakhstan and Turkiye sign 11 documents\n22 July 2024, 15:40\n\n"
            "President Kassym-Jomart Tokayev held talks with President Recep Tayyip Erdogan in Astana.",
            [("meeting", "2024-07-22", "reported")],
        ),
        (  # and tells a visit years before it as background
            "Kazakhstan and Turkiye sign 11 documents\n22 July 2024, 15:40\n\n"
            "President Recep Tayyip Erdogan last visited Astana in November 2022.",
            [("visit", "2022-11-01", "background")],
        ),
    ],
)
def test_the_header_date_stands_for_a_missing_publication_date(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start, e.status) for e in events_of(nlp, text)] == expected


def test_a_conversion_is_never_the_amount_of_an_event(nlp: Language) -> None:
    text = "Tokyo set a goal of 3 trillion yen ($19 billion) in business projects in the region."
    assert [(e.type, e.amount, e.currency) for e in events_of(nlp, text, "2025-12-20") if e.amount] == [
        ("investment", 3e12, "JPY")
    ]


def test_the_presidents_far_from_the_lead_are_the_leaders_of_the_lead(nlp: Language) -> None:
    text = (
        "President Ilham Aliyev and President Shavkat Mirziyoyev held talks in Baku on July 2, 2025.\n\n"
        "The talks covered energy. Transport was discussed. Culture was discussed. Education was discussed. "
        "Tourism was discussed. Health care was discussed. Agriculture was discussed.\n\n"
        "The presidents instructed their governments to raise trade to $1 billion."
    )
    (target,) = [e for e in events_of(nlp, text, "2025-07-02") if e.type == "trade_target"]
    assert set(target.leaders) == {"Ilham Aliyev", "Shavkat Mirziyoyev"}


def test_a_figure_in_straight_quotes_is_stated_by_the_speaker(nlp: Language) -> None:
    text = '"Last year trade exceeded $11 billion," First Deputy Prime Minister Denis Manturov said.'
    (figure,) = events_of(nlp, text, "2025-05-20")
    assert (figure.type, figure.leaders) == ("trade_figure", ("Denis Manturov",))


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The Jogorku Kenesh approved the law on ratification on March 19, 2025.", ("other", "2025-03-19")),
        ("President Sadyr Japarov signed the document in Bishkek on March 13, 2025.", ("signing", "2025-03-13")),
        ("With this step the border treaty has come into force.", ("other", "")),
    ],
)
def test_the_treaty_named_in_passing_is_the_one_named_before(nlp: Language, second: str, expected: tuple) -> None:
    text = (
        "Kyrgyzstan and Tajikistan exchanged the instruments of ratification of the Treaty between the Kyrgyz "
        "Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border. " + second
    )
    events = [e for e in events_of(nlp, text) if (e.type, e.date_start) == expected]
    assert events and all(e.agreements and e.agreements[0].startswith("Treaty between") for e in events)


def test_a_generic_document_with_nothing_named_before_has_no_agreement(nlp: Language) -> None:
    text = "The parliament approved the document on March 19, 2025."
    assert [(e.type, e.agreements) for e in events_of(nlp, text)] == [("other", ())]


def test_documents_listed_a_few_sentences_after_the_visit_take_its_leaders(nlp: Language) -> None:
    text = (
        "Sheikh Mansour bin Zayed Al Nahyan on Monday received Askar Mamin, Prime Minister of Kazakhstan, who is on "
        "a working visit to the country. The talks covered trade. Ten projects involve food production.\n\n"
        "The documents signed at Qasr Al Watan include:\n\n"
        "• the Agreement on international road transport of passengers and goods;\n"
        "• the Program of Cultural Cooperation for 2021-2023."
    )
    signings = [e for e in events_of(nlp, text, "2020-10-12") if e.type == "signing"]
    assert len(signings) == 2 and all("Askar Mamin" in e.leaders for e in signings)


def test_undated_figures_take_the_latest_period_not_the_comparison(nlp: Language) -> None:
    text = (
        "Foreign trade turnover reached $30.5 billion in January-June 2024.\n\n"
        "The trade balance narrowed to $5.3 billion (in January-June 2023 it stood at almost $6 billion).\n\n"
        "Exports came to about $9.5 billion."
    )
    dated = {e.amount: e.date_start for e in events_of(nlp, text, "2024-07-22") if e.type == "trade_figure"}
    assert dated == {30.5e9: "2024-01-01", 5.3e9: "2024-01-01", 6e9: "2023-01-01", 9.5e9: "2024-01-01"}


def test_a_goal_dated_only_by_the_sentence_before_is_planned(nlp: Language) -> None:
    text = (
        "In 2022 trade reached $300 million. "
        "The presidents instructed their governments to raise the figure to $1 billion."
    )
    statuses = {e.type: e.status for e in events_of(nlp, text, "2025-07-02")}
    assert statuses["trade_target"] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: date, agency in brackets, dash; the event's own weekday dates it
            "May 20 (Interfax) - The two presidents held talks in Moscow on Monday.",
            [("meeting", "2025-05-19")],
        ),
        (  # agency style: place, date, agency, em dash; the event's own period dates the figure
            "Ashgabat, 5 April 2025 (nCa) — Trade between the two countries reached $2 billion in 2024.",
            [("trade_figure", "2024-01-01")],
        ),
        (  # a dateline and nothing else: the event happened that day
            "TASHKENT, May 20 – President Shavkat Mirziyoyev held talks with President Sadyr Japarov.",
            [("meeting", "2025-05-20")],
        ),
        (  # negative: a date in the sentence's own words, not before a dash, dates the event
            "On May 12 the presidents held talks in Tashkent - the first in a decade.",
            [("meeting", "2025-05-12")],
        ),
    ],
)
def test_a_dateline_is_the_filing_day_not_the_event_date(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text, "2025-05-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a press conference is an official speaking to the press (an act), not a meeting
            "Foreign Minister Murat Nurtleu told a press conference in Astana on Tuesday that ties were growing.",
            ["other"],
        ),
        (  # the same as a briefing, in a different style
            "Speaking at a news briefing on Monday, spokesman Randhir Jaiswal said the visit was being prepared.",
            ["other"],
        ),
        (  # positive: an international conference is a meeting
            "The ministers met at an international conference in Tashkent on Tuesday.",
            ["meeting"],
        ),
        (  # negative: exchanging views is the content of talks, not an event of its own
            "The ministers also exchanged views on regional security.",
            [],
        ),
        (  # positive: exchanging instruments of ratification is an act on the treaty
            "The ministers exchanged the instruments of ratification of the Treaty on the State Border.",
            ["other"],
        ),
        (  # negative: a parliament approving at its own session holds no meeting of parties
            "The Mazhilis approved the law on ratification at its plenary session on March 19.",
            ["other"],
        ),
        (  # positive: a session of an intergovernmental commission is a meeting
            "The session of the intergovernmental commission was held in Ashgabat on March 19.",
            ["meeting"],
        ),
        (  # negative: a figure of speech, not an opening
            "Tokayev said the treaty opens a new chapter in relations between the two countries.",
            [],
        ),
        (  # positive: opening a real thing is an act
            "The two presidents opened a school in Fuzuli on March 19.",
            ["other"],
        ),
        (  # negative: a dinner hosted for the visiting presidents is neither a visit nor an event
            "In the evening, Takaichi hosted an official dinner for the visiting presidents.",
            [],
        ),
        (  # negative: a trip called off did not happen
            "Prime Minister Fumio Kishida called off the trip after an earthquake advisory.",
            [],
        ),
        (  # positive: a trip made is a visit
            "Prime Minister Fumio Kishida made a trip to Astana on March 19.",
            ["visit"],
        ),
    ],
)
def test_phrases_holding_a_trigger_word_that_report_no_meeting(nlp: Language, text: str, expected: list) -> None:
    assert sorted({e.type for e in events_of(nlp, text, "2025-05-20")}) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (  # a listed memorandum valued in its own item: the signing's amount, not an investment of its own
            "– a memorandum of understanding on food security projects valued at about $1.5 billion;\n"
            "– the Agreement on international road transport of passengers and goods.",
            [("signing", 1.5e9), ("signing", None)],
        ),
        (  # the same in a bulleted list, the amount in another currency with a conversion after it
            "• Loan Agreement between the Development Fund and the Ministry of Finance worth 1.3 billion dirhams "
            "($367 million);\n• the Agreement on Cooperation in Culture.",
            [("signing", 1.3e9), ("signing", None)],
        ),
        (  # negative: items without amounts take none
            "– the Agreement on Cooperation in Culture;\n– the Agreement on international road transport.",
            [("signing", None), ("signing", None)],
        ),
    ],
)
def test_a_listed_document_takes_the_amount_of_its_own_item(nlp: Language, items: str, expected: list) -> None:
    text = (
        "President Ilham Aliyev held talks with President Shavkat Mirziyoyev in Baku on July 2, 2025. "
        "In their presence, the following documents were signed:\n\n" + items
    )
    found = [(e.type, e.amount) for e in events_of(nlp, text, "2025-07-02") if e.type in {"signing", "investment"}]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_an_amount_of_its_own_sentence_stays_an_investment_beside_a_signing(nlp: Language) -> None:
    text = (
        "The ministers signed the Agreement on Cooperation in Culture on July 2, 2025. "
        "Separately, the fund announced a loan of $200 million for joint projects."
    )
    assert sorted((e.type, e.amount) for e in events_of(nlp, text, "2025-07-02")) == [
        ("investment", 2e8),
        ("signing", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # news-agency style: the meeting reported first, a recalled visit between, then "Following the meeting"
            "The 5th meeting of the Intergovernmental Commission was held in Bishkek on May 14, 2025.\n\n"
            "The meeting was co-chaired by Prime Minister Olzhas Bektenov and Prime Minister Adylbek Kasymaliyev.\n\n"
            "The sides reviewed the agreements reached during the state visit of President Sadyr Japarov to Astana "
            "on 21-22 August 2024.\n\n"
            "Following the meeting, the following documents were signed:\n\n"
            "– the Agreement on Cooperation in Culture;\n– the Agreement on Road Transport.",
            ("2025-05-14", {"Olzhas Bektenov", "Adylbek Kasymaliev"}),
        ),
        (  # wire style: "At the end of the talks" names the talks reported before, whatever lies between
            "President Shavkat Mirziyoyev held talks with President Sadyr Japarov in Tashkent on May 14, 2025.\n\n"
            "Mirziyoyev recalled his state visit to Bishkek on 5-6 September 2024.\n\n"
            "At the end of the talks, the Agreement on Cooperation in Culture was signed.",
            ("2025-05-14", {"Shavkat Mirziyoyev", "Sadyr Japarov"}),
        ),
        (  # negative: no meeting named, the visit just before hosts the signing as before
            "President Sadyr Japarov paid a state visit to Astana on 21-22 August 2024.\n\n"
            "The Agreement on Cooperation in Culture was signed.",
            ("2024-08-21", {"Sadyr Japarov"}),
        ),
    ],
)
def test_a_signing_following_the_meeting_takes_that_meetings_day_and_people(
    nlp: Language, text: str, expected: tuple
) -> None:
    signings = [e for e in events_of(nlp, text, "2025-05-15") if e.type == "signing"]
    assert signings
    for signing in signings:
        assert (signing.date_start, set(signing.leaders)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the presidents of three named countries, on the event's date
            "The presidents of Kazakhstan, Kyrgyzstan and Tajikistan met in Khujand on March 31, 2025.",
            "2025-04-01",
            {"Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon"},
        ),
        (  # father and son: the president of Turkmenistan in 2021 is not the one of 2025
            "The leaders of Turkmenistan and Kazakhstan met in Ashgabat on August 6, 2021.",
            "2021-08-07",
            {"Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev"},
        ),
        (
            "The leaders of Turkmenistan and Kazakhstan met in Ashgabat on August 6, 2025.",
            "2025-08-07",
            {"Serdar Berdimuhamedov", "Kassym-Jomart Tokayev"},
        ),
        (  # negative: a group with no countries named after it names nobody by itself
            "The leaders met in Ashgabat on August 6, 2025.",
            "2025-08-07",
            set(),
        ),
    ],
)
def test_a_group_of_named_countries_leaders_is_their_presidents_on_the_day(
    nlp: Language, text: str, published: str, expected: set
) -> None:
    meetings = [e for e in events_of(nlp, text, published) if e.type == "meeting"]
    assert [set(e.leaders) for e in meetings] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relative clause dates the visit it describes, not the talks of the main clause
            "The council followed talks at the Presidential Palace during the state visit of President Sadyr "
            "Japarov, which began on July 1.",
            {"visit": "2025-07-01"},
        ),
        (  # a participial clause dates the meeting noun it hangs on
            "Tokayev praised the results of the summit held in Astana on June 17.",
            {"meeting": "2025-06-17"},
        ),
        (  # negative: a date of the main clause still dates its own trigger
            "On July 2, President Sadyr Japarov held talks in Baku.",
            {"meeting": "2025-07-02"},
        ),
    ],
)
def test_a_clause_describing_a_trigger_noun_dates_that_trigger(nlp: Language, text: str, expected: dict) -> None:
    found = {e.type: e.date_start for e in events_of(nlp, text, "2025-07-03")}
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: from one figure to another, each with its year
            "Trade between the EU and Central Asia rose from 34 billion euros in 2012 to 48 billion euros in 2022.",
            [("2012-01-01", 34e9), ("2022-01-01", 48e9)],
        ),
        (  # the same with the years first, in another outlet's style
            "In 2019 bilateral trade amounted to $2.1 billion, and in 2023 it reached $4.6 billion.",
            [("2019-01-01", 2.1e9), ("2023-01-01", 4.6e9)],
        ),
        (  # negative: one amount and two dates keep that amount for both
            "Bilateral trade reached $1 billion in 2022 and again in 2023.",
            [("2022-01-01", 1e9), ("2023-01-01", 1e9)],
        ),
    ],
)
def test_each_date_of_a_figure_takes_the_amount_beside_it(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.date_start, e.amount) for e in events_of(nlp, text, "2025-04-05") if e.type == "trade_figure")
    assert found == expected


def test_the_co_chairs_are_the_people_of_the_commission_meeting(nlp: Language) -> None:
    text = (
        "The 6th meeting of the Intergovernmental Commission was held in Tashkent on October 17, 2024.\n\n"
        "The meeting was co-chaired by Deputy Prime Minister Jamshid Khodjaev and Deputy Prime Minister Shahin "
        "Mustafayev.\n\n"
        "The co-chairs instructed the working groups to bring mutual trade to 1 billion dollars."
    )
    targets = [e for e in events_of(nlp, text, "2024-10-18") if e.type == "trade_target"]
    assert [set(e.leaders) for e in targets] == [{"Jamshid Khodjaev", "Shahin Mustafayev"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # negative: one official speaking, no date, no document, no amount (wire style)
            "Speaking to reporters, Prime Minister Olzhas Bektenov proposed to expand cooperation in logistics.",
            [],
        ),
        (  # negative: a minister's remark introduced by "noted" and a proposal (agency style)
            "Minister Laziz Kudratov noted that joint ventures are working well and proposed to open new ones.",
            [],
        ),
        (  # an act between two leaders stays an event without a date
            "President Shavkat Mirziyoyev congratulated President Kassym-Jomart Tokayev on assuming office.",
            [("other", "")],
        ),
        (  # an act of one official stays an event when it is dated
            "On 3 March 2025, Prime Minister Olzhas Bektenov launched the new railway line.",
            [("other", "2025-03-03")],
        ),
        (  # an act on a document stays an event without a date or a second leader
            "President Ilham Aliyev approved the Agreement on Cooperation in Veterinary Medicine.",
            [("other", "")],
        ),
    ],
)
def test_an_undated_act_of_one_official_alone_is_a_statement_not_an_event(
    nlp: Language, text: str, expected: list
) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: the meeting is the subject, its place and year are in "to be held"
            "The next meeting of the commission is scheduled to be held in Tashkent next year.",
            [("meeting", "2026-01-01")],
        ),
        (  # a named summit, planned
            "The third Central Asia-Japan Summit is expected to be held in Tokyo in 2026.",
            [("meeting", "2026-01-01")],
        ),
        (  # a forum with a season
            "The forum is planned to be held in Samarkand in the spring of 2026.",
            [("meeting", "2026-03-01")],
        ),
        (  # negative: holding talks with a meeting noun as object stays one meeting
            "The commission decided to hold its next meeting in Minsk in 2026.",
            [("meeting", "2026-01-01")],
        ),
        (  # negative: a person expected to open something is not a meeting
            "Minister Laziz Kudratov is expected to open the new plant in 2026.",
            [("other", "2026-01-01")],
        ),
    ],
)
def test_a_meeting_scheduled_to_be_held_is_a_meeting(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text, "2025-10-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an official announcement in title case (state agency style)
            "President Ukhnaagiin Khurelsukh will pay a State Visit to Kazakhstan on 12-13 June, "
            "the Office of the President announced on Wednesday.",
            [("visit", "2026-06-12")],
        ),
        (  # title case with "Official Visit"
            "Prime Minister Olzhas Bektenov paid an Official Visit to Minsk on 3 June.",
            [("visit", "2026-06-03")],
        ),
        (  # negative: the same in lower case stays one visit, the announcement is not an event of its own
            "President Ukhnaagiin Khurelsukh will pay a state visit to Kazakhstan on 12-13 June, his office announced.",
            [("visit", "2026-06-12")],
        ),
    ],
)
def test_a_title_cased_visit_is_a_visit(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text, "2026-06-04")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a Monday paper on Sunday's forum: the follow-on signing is Sunday's
            "Uzbek and Emirati companies signed 12 agreements worth $3 billion on Sunday in Abu Dhabi. "
            "The state oil company also signed a memorandum on gas processing with the Ministry of Energy.",
            "2025-03-10",
            [("investment", "2025-03-09"), ("signing", "2025-03-09")],
        ),
        (  # the same with a loan in a later paragraph
            "Uzbek and Emirati companies signed 12 agreements worth $3 billion on Sunday in Abu Dhabi.\n\n"
            "The forum drew 400 companies. Officials praised the new rules for investors.\n\n"
            "The Abu Dhabi Fund also signed a $200 million loan agreement with the Ministry of Finance.",
            "2025-03-10",
            [("investment", "2025-03-09"), ("signing", "2025-03-09")],
        ),
        (  # negative: a lead dated weeks before publication; the undated signing keeps the article's day
            "Uzbek and Emirati companies signed 12 agreements worth $3 billion on 3 February in Abu Dhabi. "
            "The state oil company also signed a memorandum on gas processing with the Ministry of Energy.",
            "2025-03-10",
            [("investment", "2025-02-03"), ("signing", "2025-03-10")],
        ),
        (  # negative: with no dated lead, the publication day stands
            "Minister Zheenbek Kulubaev signed the Agreement on Visa-Free Travel with Minister Sirojiddin Muhriddin.",
            "2025-03-10",
            [("signing", "2025-03-10")],
        ),
    ],
)
def test_an_undated_event_takes_the_day_of_the_story_its_lead_dates(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, published)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the target is the amount after "to", not the starting point after "from"
            "Pakistan and Kazakhstan agreed to lift bilateral trade from around $250 million to $1 billion by 2027.",
            [("trade_target", 1_000_000_000.0)],
        ),
        (  # the same with "increase" and no qualifier
            "The two countries aim to increase trade from $400 million to $1 billion within three years.",
            [("trade_target", 1_000_000_000.0)],
        ),
        (  # a conversion after the target restates it and is not the amount
            "The sides agreed to bring trade to 100 billion rubles ($1.1 billion) by 2030.",
            [("trade_target", 100_000_000_000.0)],
        ),
        (  # negative: a single amount stays the amount
            "The presidents agreed to raise trade to $5 billion by 2030.",
            [("trade_target", 5_000_000_000.0)],
        ),
    ],
)
def test_a_goal_is_the_amount_it_reaches_not_its_starting_point(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.amount) for e in events_of(nlp, text, "2026-02-04")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # an undated award after a dated lead takes the lead's day (Pakistani daily style)
            "Pakistan and Kazakhstan signed 30 agreements worth $2 billion on Wednesday in Islamabad.\n\n"
            "The leaders also addressed a business forum attended by 200 companies.\n\n"
            "Later in the day, President Asif Ali Zardari conferred the Nishan-e-Pakistan on President Kassym-Jomart "
            "Tokayev.",
            "2026-02-05",
            [("award", "2026-02-04"), ("investment", "2026-02-04")],
        ),
        (  # an undated award alone is dated by the article's day
            "President Shavkat Mirziyoyev awarded the Order of Friendship to President Ilham Aliyev.",
            "2026-02-05",
            [("award", "2026-02-05")],
        ),
        (  # negative: an award announced for the future is not dated by the article
            "President Shavkat Mirziyoyev will award the Order of Friendship to President Ilham Aliyev.",
            "2026-02-05",
            [("award", "")],
        ),
    ],
)
def test_an_undated_award_reported_as_done_takes_the_story_day(
    nlp: Language, text: str, published: str, expected: list
) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, published)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # negative: a meeting word modifying another noun is not a meeting
            "Minister Arman Shakkaliyev thanked the forum participants for their work.",
            [],
        ),
        (  # negative: the summit declaration is a document, its adoption the event
            "Minister Arman Shakkaliyev welcomed the summit declaration adopted by the partners.",
            [("signing", "2025-06-20")],
        ),
        (  # the forum itself stays a meeting
            "Minister Arman Shakkaliyev took part in the business forum in Almaty on 19 June.",
            [("meeting", "2025-06-19")],
        ),
        (  # "summit meeting": the head noun is the meeting
            "President Kassym-Jomart Tokayev attended the summit meeting in Astana on 19 June.",
            [("meeting", "2025-06-19")],
        ),
    ],
)
def test_a_meeting_word_modifying_another_noun_is_no_meeting(nlp: Language, text: str, expected: list) -> None:
    assert [(e.type, e.date_start) for e in events_of(nlp, text, "2025-06-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each participle is the act on the document it follows, with its own date
            "The Agreement on Visa-Free Travel, ratified by parliament in March 2024, and the Protocol on Border "
            "Crossings, signed in May 2025, were discussed.",
            [
                ("other", "2024-03-01", ("Agreement on Visa-Free Travel",)),
                ("signing", "2025-05-01", ("Protocol on Border Crossings",)),
            ],
        ),
        (  # the same in a presidential press-office style with two clauses
            "They noted that the Treaty on Friendship, signed in Baku on 10 June 1997, had laid the foundation, and "
            "that the Declaration on Strategic Partnership, adopted in Astana in August 2022, had raised ties to a "
            "new level.",
            [
                ("signing", "1997-06-10", ("Treaty on Friendship",)),
                ("signing", "2022-08-01", ("Declaration on Strategic Partnership",)),
            ],
        ),
        (  # negative: a finite verb over two documents signs both
            "The sides signed the Agreement on Visa-Free Travel and the Protocol on Border Crossings "
            "on 3 December 2025.",
            [
                ("signing", "2025-12-03", ("Agreement on Visa-Free Travel",)),
                ("signing", "2025-12-03", ("Protocol on Border Crossings",)),
            ],
        ),
    ],
)
def test_a_participle_after_a_document_acts_on_that_document_only(nlp: Language, text: str, expected: list) -> None:
    assert sorted((e.type, e.date_start, e.agreements) for e in events_of(nlp, text, "2025-12-24")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # own sentence, wire style: the ministers who "also attended" are people of the talks just reported
            "President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in Tashkent on Monday. "
            "Foreign Minister Murat Nurtleu and his Uzbek counterpart Bakhtiyor Saidov also attended the talks.",
            [("meeting", {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Murat Nurtleu", "Bakhtiyor Saidov"})],
        ),
        (  # own sentence, agency style: "also took part in the negotiations", one sentence further on
            "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara on March 3, 2025. "
            "The sides discussed energy and transport. "
            "Foreign Minister Hakan Fidan also took part in the negotiations.",
            [("meeting", {"Recep Tayyip Erdogan", "Ilham Aliyev", "Hakan Fidan"})],
        ),
        (  # negative: without "also ... took part" a later meeting with other people is an event of its own
            "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara on March 3, 2025. "
            "Foreign Minister Hakan Fidan met Bakhtiyor Saidov in Ankara on March 4, 2025.",
            [
                ("meeting", {"Recep Tayyip Erdogan", "Ilham Aliyev"}),
                ("meeting", {"Hakan Fidan", "Bakhtiyor Saidov"}),
            ],
        ),
        (  # negative: talks dated otherwise are not the ones reported before, whatever "also"
            "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara on March 3, 2025. "
            "Foreign Minister Hakan Fidan also took part in talks with Bakhtiyor Saidov in Tashkent on May 12, 2025.",
            [
                ("meeting", {"Recep Tayyip Erdogan", "Ilham Aliyev"}),
                ("meeting", {"Hakan Fidan", "Bakhtiyor Saidov"}),
            ],
        ),
    ],
)
def test_people_who_also_took_part_join_the_talks_just_reported(nlp: Language, text: str, expected: list) -> None:
    found = sorted(
        ((e.type, set(e.leaders)) for e in events_of(nlp, text, "2025-03-03") if e.type in {"meeting", "visit"}),
        key=lambda pair: sorted(pair[1]),
    )
    assert found == sorted(expected, key=lambda pair: sorted(pair[1]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # own sentences, agency style: the chairs named after the meeting are its people, and the co-chairs'
            "MINSK, 15 October – The 9th meeting of the intergovernmental commission on trade took place in Minsk "
            "yesterday. The Belarusian part of the commission is chaired by Deputy Prime Minister Viktor "
            "Karankevich, the Uzbek part by Deputy Prime Minister Jamshid Khodjaev.",
            {"meeting": {"Viktor Karankevich", "Jamshid Khodjaev"}},
        ),
        (  # own sentences, official style: "The meeting was co-chaired by X and Y"
            "The 5th meeting of the joint commission was held in Tashkent on 14 October 2025. "
            "The meeting was co-chaired by Deputy Prime Minister Jamshid Khodjaev and Deputy Prime Minister "
            "Viktor Karankevich.",
            {"meeting": {"Viktor Karankevich", "Jamshid Khodjaev"}},
        ),
        (  # negative: a sentence naming people without saying they chaired the meeting gives it no people
            "The 5th meeting of the joint commission was held in Tashkent on 14 October 2025. "
            "Deputy Prime Minister Jamshid Khodjaev praised the growth of trade.",
            {"meeting": set()},
        ),
        (  # negative: a meeting that names its people keeps them
            "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara on March 3, 2025. "
            "Foreign Minister Hakan Fidan co-chaired the business council.",
            {"meeting": {"Recep Tayyip Erdogan", "Ilham Aliyev"}},
        ),
    ],
)
def test_a_meeting_without_its_people_takes_those_who_chaired_it(nlp: Language, text: str, expected: dict) -> None:
    found = {e.type: set(e.leaders) for e in events_of(nlp, text, "2025-10-15") if e.type == "meeting"}
    assert found == expected


def test_the_co_chairs_are_those_who_chaired_the_meeting(nlp: Language) -> None:
    text = (
        "The 9th meeting of the intergovernmental commission on trade took place in Minsk on 14 October 2025. "
        "The Belarusian part of the commission is chaired by Deputy Prime Minister Viktor Karankevich, the Uzbek "
        "part by Deputy Prime Minister Jamshid Khodjaev. "
        "The following documents were signed in the presence of the co-chairs:\n\n"
        "1. the programme of cooperation in healthcare for 2026-2028;\n"
        "2. the memorandum on interregional cooperation between Minsk Oblast and Andijan Region."
    )
    signings = [e for e in events_of(nlp, text, "2025-10-15") if e.type == "signing"]
    assert len(signings) == 2
    for signing in signings:
        assert set(signing.leaders) == {"Viktor Karankevich", "Jamshid Khodjaev"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # our own: a growth with no amount, measured in percent
            "Bilateral trade grew by 12 percent in the first half of 2025, the ministry said.",
            [("trade_figure", None)],
        ),
        (  # our own: measured as a share in words
            "Exports to Turkey rose by almost a third in January-May 2025, customs data show.",
            [("trade_figure", None)],
        ),
        (  # corpus style: a degree of the change
            "Mutual trade increased markedly over the eight months of 2025.",
            [("trade_figure", None)],
        ),
        (  # negative: a record, but no figure
            "Kazakhstan's trade with China reached a record in 2024, officials said.",
            [],
        ),
        (  # negative: a wish with no amount is neither a figure nor a goal
            "We are confident that trade can reach it already in 2027 if we keep up the current pace.",
            [],
        ),
        (  # negative: growth announced for the future
            "The minister said that exports of ready-made products should grow by at least 20% by the end of 2026.",
            [],
        ),
        (  # an amount is a figure whatever the verb
            "Trade between the two countries reached $1.2 billion in 2024.",
            [("trade_figure", 1.2e9)],
        ),
    ],
)
def test_a_trade_figure_without_an_amount_must_measure_a_change(nlp: Language, text: str, expected: list) -> None:
    found = [(e.type, e.amount) for e in events_of(nlp, text, "2025-07-10") if e.type == "trade_figure"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev style (gulfnews): the headline restates the lead, which dates and places it
            "UAE, Kazakhstan sign $6 billion investment pact\n\nAbu Dhabi: The two governments on Monday signed an"
            " agreement on investment cooperation worth $6 billion.",
            [("signing", "2020-10-12")],
        ),
        (  # our own: a headline visit, then the lead
            "Mongolian President to pay state visit to Kazakhstan\n\nUlaanbaatar, June 2 (MONTSAME) - President"
            " Khurelsukh will pay a state visit to Kazakhstan on October 20-21.",
            [("visit", "2020-10-20")],
        ),
        (  # negative: a text of one line is the story, not its headline
            "President Tokayev arrived in Ashgabat on Monday for a state visit.",
            [("visit", "2020-10-12")],
        ),
        (  # negative: a first line ending a sentence is the lead, though ingest took it as the title
            "President Tokayev arrived in Ashgabat on Monday for a state visit.\n\nHe was met at the airport.",
            [("visit", "2020-10-12")],
        ),
    ],
)
def test_the_headline_reports_no_event_of_its_own(nlp: Language, text: str, expected: list) -> None:
    title = text.split("\n")[0]
    document = replace(make_document(text, published="2020-10-12"), title=title)
    events = reconcile([extract_document(nlp(text), document=document)])
    assert [(e.type, e.date_start) for e in events] == expected
