"""Events, round five: who took part in an event, as press names them (our own sentences in several outlets' styles,
positives and negatives; none from any test split), read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import events_of, people_of, types_of
from spacy.language import Language


def people_of_signings(nlp: Language, text: str, published: str) -> dict[str, set[str]]:
    """Each signing's first agreement word -> the surnames of its people."""
    found = {}
    for event in events_of(nlp, text, published):
        if event.type == "signing":
            key = " ".join(event.agreements)
            found[key] = {name.split()[-1] for name in event.leaders}
    return found


@pytest.mark.parametrize(
    ("text", "published", "document", "expected"),
    [
        (  # Iranian agency style: the ceremony's presiding leaders first, then the documents one by one
            "Iran and Turkmenistan signed five documents on Tuesday in the presence of Iranian President Masoud "
            "Pezeshkian and his Turkmen counterpart Serdar Berdimuhamedov in Ashgabat. "
            "Also signed was a Memorandum of Understanding on Cooperation in the Field of Tourism.",
            "2025-10-22",
            "Tourism",
            {"Pezeshkian", "Berdimuhamedov"},
        ),
        (  # the signatories of a document keep their names beside the presiding leaders
            "Kazakhstan and Azerbaijan signed four documents on Monday in the presence of President Kassym-Jomart "
            "Tokayev and President Ilham Aliyev. The Agreement on Cooperation in the Field of Culture was signed by "
            "Foreign Minister Murat Nurtleu and Foreign Minister Jeyhun Bayramov.",
            "2024-08-21",
            "Culture",
            {"Tokayev", "Aliyev", "Nurtleu", "Bayramov"},
        ),
        (  # witnessed by: the same
            "A Memorandum of Understanding on Cooperation in Agriculture, witnessed by President Shavkat Mirziyoyev "
            "and Prime Minister Narendra Modi, was signed in New Delhi on November 18.",
            "2025-11-19",
            "Agriculture",
            {"Mirziyoyev", "Modi"},
        ),
        (  # negative: a signing of another day does not take the presiding leaders of this one
            "Uzbekistan and Turkey signed three documents on Friday in the presence of President Shavkat Mirziyoyev "
            "and President Recep Tayyip Erdogan. The Agreement on Cooperation in the Field of Energy was signed in "
            "Ankara on May 3, 2019 by Energy Minister Alisher Sultanov.",
            "2025-03-08",
            "Energy",
            {"Sultanov"},
        ),
    ],
)
def test_presiding_leaders_are_people_of_every_signing_of_that_day(
    nlp: Language, text: str, published: str, document: str, expected: set[str]
) -> None:
    found = people_of_signings(nlp, text, published)
    people = [names for agreement, names in found.items() if document in agreement]
    assert people and people[0] == expected


@pytest.mark.parametrize(
    ("text", "published", "type_", "expected"),
    [
        (  # Turkish daily style: the leaders of an organisation are its members' presidents on the day
            "The leaders of the Organization of Turkic States (OTS) adopted the Gabala Declaration on Oct. 7 at "
            "the end of the bloc's summit in Azerbaijan.",
            "2025-10-08",
            "signing",
            [{"Aliyev", "Tokayev", "Japarov", "Erdogan", "Mirziyoyev"}],
        ),
        (  # a member that had not yet joined is not among them (Uzbekistan joined the Turkic Council in 2019)
            "The heads of state of the Turkic Council adopted the Cholpon-Ata Declaration on September 3, 2018.",
            "2018-09-04",
            "signing",
            [{"Aliyev", "Nazarbayev", "Jeenbekov", "Erdogan"}],
        ),
        (  # wire style: a member represented by its prime minister (India at the SCO)
            "The leaders of the SCO met in Qingdao on June 10, 2018.",
            "2018-06-11",
            "meeting",
            [{"Jinping", "Putin", "Nazarbayev", "Jeenbekov", "Rahmon", "Mirziyoyev", "Modi", "Abbasi"}],
        ),
        (  # a region and a country listed together
            "The leaders of Central Asia and China signed the Xi'an Declaration on May 19, 2023.",
            "2023-05-20",
            "signing",
            [{"Tokayev", "Japarov", "Rahmon", "Berdimuhamedov", "Mirziyoyev", "Jinping"}],
        ),
        (  # countries as before
            "The presidents of Kazakhstan and Uzbekistan signed the Treaty on Allied Relations on December 22, 2021.",
            "2021-12-23",
            "signing",
            [{"Tokayev", "Mirziyoyev"}],
        ),
        (  # negative: leaders of something else of the organisation are not its heads of state
            "The leaders of business associations of the OTS signed a memorandum on cooperation on Tuesday.",
            "2025-10-08",
            "signing",
            [set()],
        ),
    ],
)
def test_the_leaders_of_an_organisation_are_its_members_office_holders_that_day(
    nlp: Language, text: str, published: str, type_: str, expected: list[set[str]]
) -> None:
    assert people_of(nlp, text, published, type_) == expected


def test_an_organisation_table_row_without_a_member_code_is_an_error(tmp_path) -> None:
    from pipeline.extract.frames import load_organisations
    from pipeline.patterns import PatternError

    path = tmp_path / "organisations.csv"
    path.write_text("organisation,names,member,office,from,to\nOTS,OTS,Turkey,president,2009-10-03,\n")
    with pytest.raises(PatternError, match="ISO2"):
        load_organisations(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Gulf agency style: a verb inside a document's title names no event of its own
            "The two leaders also witnessed the signing of the Framework Agreement on Establishing a Joint "
            "Investment Platform.",
            ["signing"],
        ),
        (  # a list item: the title's "setting up" is no founding
            "Among them is the memorandum of understanding on setting up a joint engineering faculty at the "
            "Belarusian National Technical University.",
            [],
        ),
        (  # negative: the same verb outside a title still reports an act
            "The ministers agreed to establish a joint investment platform on Monday.",
            ["other"],
        ),
        (  # Indian daily style: documents exchanged in a leaders' presence are signed
            "Among the documents exchanged in the presence of the two leaders on Wednesday was an Agreement on "
            "Cooperation in the Field of Critical Minerals.",
            ["signing"],
        ),
        (  # the verb before its documents
            "On Monday the ministers exchanged the Agreement on Visa-Free Travel and the Memorandum of "
            "Understanding on Tourism.",
            ["signing", "signing"],
        ),
        (  # negative: exchanging views or instruments of ratification is no signing
            "The two ministers exchanged views on regional security on Monday.",
            [],
        ),
        (  # analysis style: putting one's name to a document is signing it
            "The presidents of Kazakhstan and Uzbekistan also put their names to the Tashkent Declaration on Monday.",
            ["signing"],
        ),
        (  # a law signed with several modifiers before it is an act on the document, not its signing
            "Putin signed the corresponding federal law on the ratification of the Protocol on Amendments to the "
            "Agreement on the Russian-Kyrgyz Development Fund on October 27.",
            ["other"],
        ),
        (  # "held under the co-chairmanship of" says who chaired the meeting: no office handed over
            "On Thursday, the 21st meeting of the commission was held under the co-chairmanship of Deputy Prime "
            "Minister Serik Zhumangarin and his Azerbaijani counterpart.",
            ["meeting"],
        ),
        (  # negative: a chairmanship handed over is still an act
            "Tokayev handed the bloc's rotating chairmanship over to Japarov on Wednesday.",
            ["other"],
        ),
    ],
)
def test_which_words_report_a_signing_or_an_act(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, "2025-11-13") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Gulf agency style: the subject of the figure's verb says what the amount measures
            "He noted that Qatari investments in the Kyrgyz economy have exceeded USD 150 million.",
            [("investment", 150_000_000)],
        ),
        (  # one sentence, two subjects, two events
            "Turkish investments in Kazakhstan reached $6.5 billion last year, while bilateral trade hit a record "
            "$10 billion.",
            [("investment", 6_500_000_000), ("trade_figure", 10_000_000_000)],
        ),
        (  # negative: trade as the subject stays a trade figure
            "Trade between the two countries reached $1.2 billion in 2024.",
            [("trade_figure", 1_200_000_000)],
        ),
        (  # Japanese business daily style: commerce is trade
            "Commerce between Japan and Kazakhstan came to $1.8 billion last year.",
            [("trade_figure", 1_800_000_000)],
        ),
        (  # negative: a commerce ministry is no trade talk
            "Commerce ministry officials said Pakistan was eyeing $15 million in pilot shipments of medicines.",
            [],
        ),
        (  # negative: nor is a Minister of Trade
            "The Minister of Trade and Integration said the fund had reached $300 million.",
            [],
        ),
    ],
)
def test_what_an_amount_measures(nlp: Language, text: str, expected: list[tuple[str, int]]) -> None:
    found = sorted((e.type, int(e.amount)) for e in events_of(nlp, text, "2025-11-13") if e.amount is not None)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Japanese business daily style: the deal just signed, valued in the next sentence
            "Mitsubishi RtM Japan signed a contract with Kazakhstan's Eurasian Resources Group to buy gallium on "
            "Saturday. The deal, valued at about 10 billion yen ($64 million) over five years, will bring Japan its "
            "first gallium from the region.",
            [("signing", 10_000_000_000)],
        ),
        (  # Iranian daily style: the contract's value in a quote
            "KazMunayGas and Socar signed the Agreement on Oil Transit on Saturday. The contract is worth $300 "
            "million, the company said.",
            [("signing", 300_000_000)],
        ),
        (  # negative: a new deal is no value of the signing before
            "Uzbekistan and Japan signed the Agreement on Cooperation in Energy on Saturday. Separately, a new deal "
            "worth $50 million was announced by the ministry.",
            [("investment", 50_000_000), ("signing", None)],
        ),
        (  # negative: an investment of the next sentence stays one
            "Samruk-Kazyna signed the Agreement on Cooperation in Energy on Saturday. The Korean side will invest "
            "$300 million in a new plant, the company said.",
            [("investment", 300_000_000), ("signing", None)],
        ),
    ],
)
def test_the_value_of_the_deal_just_signed_is_the_signing_s(nlp: Language, text: str, expected: list) -> None:
    found = sorted(
        (e.type, int(e.amount) if e.amount is not None else None) for e in events_of(nlp, text, "2025-12-20")
    )
    assert found == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        (  # Uzbek agency style: the hokim named once, then by title alone
            "The documents were signed on Thursday in Fergana during a meeting of regional hokim Khayrullo Bozorov "
            "with a Turkish business delegation. A return visit of the hokim to Türkiye is planned for the first "
            "quarter of 2026.",
            "visit",
            [{"Bozorov"}],
        ),
        (  # Kazakh ministry style: the ambassador named once
            "Kazakh Foreign Minister Murat Nurtleu received Russian Ambassador Alexey Borodavkin on Monday. The "
            "ambassador will visit Almaty in December.",
            "visit",
            [{"Borodavkin"}],
        ),
        (  # Gulf agency style: the title written before the name, not read by the leaders step
            "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held talks with President Sadyr Japarov this "
            "morning. HH the Amir will visit the Kyrgyz Republic next year.",
            "visit",
            [{"Thani"}],
        ),
        (  # negative: a title written before another person's name is not the antecedent's
            "President Sadyr Japarov met Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani this morning. "
            "The Amir will visit the Kyrgyz Republic next year.",
            "visit",
            [set()],
        ),
        (  # negative: a title alone with nobody named with it before names nobody
            "The ambassador will visit Almaty in December.",
            "visit",
            [set()],
        ),
        (  # negative: a title named only after the sentence is not its antecedent
            "The governor will visit Astana in December. Governor Yerlan Nyssanbayev of Zhambyl met investors.",
            "visit",
            [set()],
        ),
    ],
)
def test_a_person_named_by_title_alone_is_the_one_last_named_with_it(
    nlp: Language, text: str, type_: str, expected: list[set[str]]
) -> None:
    assert people_of(nlp, text, "2025-11-21", type_) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kazakh agency style: an unnamed counterpart of a president is that country's president on the day
            "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with his Kyrgyz counterpart on "
            "Tuesday.",
            [{"Tokayev", "Japarov"}],
        ),
        (  # Azerbaijani agency style
            "President Ilham Aliyev thanked his Kazakh counterpart for the congratulations during a phone call on "
            "Tuesday.",
            [{"Aliyev", "Tokayev"}],
        ),
        (  # a foreign minister's counterpart is the other foreign minister
            "Kazakh Foreign Minister Murat Nurtleu met his Uzbek counterpart in Tashkent on Tuesday.",
            [{"Nurtleu", "Saidov"}],
        ),
        (  # named: nothing to resolve
            "Kazakh President Kassym-Jomart Tokayev held talks with his Kyrgyz counterpart Sadyr Japarov on Tuesday.",
            [{"Tokayev", "Japarov"}],
        ),
        (  # negative: an office the gazetteer does not hold (an energy minister) resolves to nobody
            "Energy Minister Abbas Aliabadi met his Turkmen counterpart in Ashgabat on Tuesday.",
            [{"Aliabadi"}],
        ),
    ],
)
def test_an_unnamed_counterpart_is_the_same_office_s_holder_that_day(
    nlp: Language, text: str, expected: list[set[str]]
) -> None:
    assert people_of(nlp, text, "2025-06-18", "meeting") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Turkish broadcaster style: the summit told again as the scene of a congratulation
            "Leaders of the Organization of Turkic States met at a summit in Bishkek on November 6, 2024, hosted by "
            "President Sadyr Japarov and attended by President Recep Tayyip Erdogan. On the sidelines of the summit, "
            "Erdogan also congratulated US President-elect Donald Trump on his victory in Tuesday's election.",
            [("meeting", "2024-11-06")],
        ),
        (  # negative: with no summit reported before, the summit set as the scene stays an event
            "On the sidelines of the SCO summit in Astana on July 4, 2024, Tokayev met Xi Jinping.",
            [("meeting", "2024-07-04")],
        ),
    ],
)
def test_the_event_set_as_the_scene_is_the_one_reported(nlp: Language, text: str, expected: list) -> None:
    found = sorted({(e.type, e.date_start) for e in events_of(nlp, text, "2024-11-07") if e.type == "meeting"})
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kazakh business daily style: the co-chairs are those the commission was co-chaired by, not the
            # people of a reception reported in between
            "The forum was timed to the 16th meeting of the Kazakhstan – Korea Intergovernmental Commission, "
            "co-chaired by First Deputy Prime Minister Roman Sklyar and Korea's Minister of Trade Kim Jung-kwan, on "
            "Wednesday. On Tuesday, Sklyar was received by Prime Minister of the Republic of Korea Kim Min-seok. "
            "In the presence of the two co-chairs, KTZ and Hyundai Rotem signed a contract for the supply of 30 "
            "electric locomotives.",
            [{"Sklyar", "Jung-kwan"}],
        ),
        (  # negative: "the two presidents" still are the people of the talks just reported
            "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Tashkent "
            "on Wednesday. The two presidents signed the Treaty on Allied Relations.",
            [{"Tokayev", "Mirziyoyev"}],
        ),
    ],
)
def test_the_co_chairs_are_those_who_chaired(nlp: Language, text: str, expected: list[set[str]]) -> None:
    assert people_of(nlp, text, "2025-11-20", "signing") == expected


def test_documents_signed_before_the_co_chairs_take_the_day_of_the_meeting_they_chaired(nlp: Language) -> None:
    text = (
        "The forum was timed to the 16th meeting of the Kazakhstan – Korea Intergovernmental Commission, co-chaired by "
        "First Deputy Prime Minister Roman Sklyar and Korea's Minister of Trade Kim Jung-kwan, on Wednesday. On "
        "Tuesday, Sklyar was received by Prime Minister of the Republic of Korea Kim Min-seok. The largest deals, "
        "signed in the presence of the two co-chairs, include: a contract for the supply of 30 electric locomotives."
    )
    signings = [e for e in events_of(nlp, text, "2025-11-20") if e.type == "signing"]
    assert [e.date_start for e in signings] == ["2025-11-19"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kazakh business daily style: goods arriving are no visit
            '"The locomotives will be assembled locally, and the first units should arrive in 2027," said the head '
            "of the division.",
            ["other"],
        ),
        (  # freight
            "The first trains with Chinese cargo arrived in Tashkent on Monday.",
            ["other"],
        ),
        (  # negative: people arriving make a visit
            "The president arrived in Doha on Tuesday on a two-day official visit.",
            ["visit"],
        ),
        (  # negative
            "A delegation of Turkish businessmen arrived in Fergana on Tuesday.",
            ["visit"],
        ),
        (  # negative: a named leader arriving
            "Xi arrived in Astana on Monday.",
            ["visit"],
        ),
    ],
)
def test_only_people_arriving_make_a_visit(nlp: Language, text: str, expected: list[str]) -> None:
    assert types_of(nlp, text, "2025-11-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Japanese business daily style: each document with its own amount
            "JICA signed a Loan Agreement for the Tashkent Power Grid Project worth up to 38.2 billion yen ($245 "
            "million), and a Loan Agreement for the Bukhara Irrigation Project worth 21.5 billion yen on Friday.",
            {"Grid": 38_200_000_000, "Irrigation": 21_500_000_000},
        ),
        (  # wire style
            "The sides signed the Agreement on the Navoi Solar Plant worth $300 million and the Agreement on the "
            "Samarkand Wind Farm worth $500 million on Friday.",
            {"Solar": 300_000_000, "Wind": 500_000_000},
        ),
        (  # negative: one total for several documents stays with them
            "The sides signed the Agreement on the Navoi Solar Plant and the Agreement on the Samarkand Wind Farm, "
            "worth $800 million in total, on Friday.",
            {"Solar": 800_000_000, "Wind": 800_000_000},
        ),
    ],
)
def test_each_document_of_a_sentence_takes_its_own_amount(nlp: Language, text: str, expected: dict) -> None:
    found = {}
    for event in events_of(nlp, text, "2025-12-20"):
        for word in expected:
            if event.type == "signing" and any(word in name for name in event.agreements):
                found[word] = int(event.amount) if event.amount is not None else None
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kyrgyz agency style: the last meeting, recalled, is no part of the visit announced
            "Putin is expected to pay a state visit to Kyrgyzstan. Japarov and Putin last met in Moscow on May 9, "
            "when Japarov attended the Victory Day parade on Red Square.",
            [("meeting", "2025-05-09"), ("visit", "")],
        ),
        (  # negative: talks during the visit the article reports are the visit
            "President Shavkat Mirziyoyev arrived in Astana on Monday for a state visit. On Tuesday, Mirziyoyev held "
            "talks with President Kassym-Jomart Tokayev.",
            [("visit", "2025-06-09")],
        ),
    ],
)
def test_a_recalled_meeting_is_no_part_of_the_visit_reported(nlp: Language, text: str, expected: list) -> None:
    assert sorted((e.type, e.date_start) for e in events_of(nlp, text, "2025-06-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Kyrgyz government style: money earmarked
            "The Kyrgyz side has earmarked 1.3 bln soms this year for upgrading the checkpoints.",
            [("investment", 1_300_000_000)],
        ),
        (  # EU press release style: money committed
            "European and Central Asian financial institutions committed €10 billion to sustainable transport links "
            "in the region on January 29, 2024.",
            [("investment", 10_000_000_000)],
        ),
        (  # business daily style: a credit line
            "Hungary's Eximbank agreed to open a credit line of up to $100 million.",
            [("investment", 100_000_000)],
        ),
        (  # Belarusian agency style: a benchmark is a target
            "The presidents have set a clear benchmark – $1.5 billion of mutual trade.",
            [("trade_target", 1_500_000_000)],
        ),
        (  # negative: committed to a trade goal stays a target
            "The two leaders committed to raising mutual trade to $1 billion by 2030.",
            [("trade_target", 1_000_000_000)],
        ),
        (  # negative: committing without money is no investment
            "The two leaders committed to deepening cooperation in energy on Monday.",
            [],
        ),
    ],
)
def test_money_set_aside_is_an_investment(nlp: Language, text: str, expected: list) -> None:
    found = sorted((e.type, int(e.amount)) for e in events_of(nlp, text, "2025-06-10") if e.amount is not None)
    assert found == expected
