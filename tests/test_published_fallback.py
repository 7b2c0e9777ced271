"""The last-resort reading of a page's own date (`fallback_published`), tried after every row of
patterns/ingest/published.jsonl fails: page heads of our own in the styles of outlets no row was written for (news
agencies, ministries, newspapers of Asia, the Gulf, Europe and the Caucasus).

Each row: a head (the title first, then stamp, byline, dateline lines) and the ISO date the fallback reads from it,
or "" where it must read none: a date in a sentence of the lead, in a caption, in a title, a range, a date to come, a
dateline without a year and no stamp to give it one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.ingest import fallback_published, find_published
from pipeline.patterns import default_patterns_dir

LEAD = "The ministers met on Tuesday and agreed to meet again next year, the ministry said in a statement."

FALLBACK_STAMPS = [
    # news agencies
    ("Oman, Kyrgyzstan sign agreement\nMuscat, 14 June 2024 (ONA)-- Oman and Kyrgyzstan signed", "2024-06-14"),
    ("Polish, Kazakh ministers discuss energy\n14.06.2024, 13:45\nWarsaw (PAP) - Poland's minister", "2024-06-14"),
    (
        "Romanian PM meets Azerbaijani counterpart\nAuthor: Jane Doe | Editor: John Roe | 2024-06-14 17:05:22",
        "2024-06-14",
    ),
    ("King receives Uzbek envoy\n05/03/2024 00:40\nManama, March 4 (BNA) -- His Majesty received", "2024-03-04"),
    ("Leaders hold talks\nTASHKENT, 4-March-2024 /Dunyo Info/. The presidents held talks", "2024-03-04"),
    ("Leaders hold talks\nTashkent, 22 November 2024.\n" + LEAD, "2024-11-22"),
    ("New Year greetings\n01.01.2025 00:30\nAstana, December 31 (Kazinform) - The president", "2024-12-31"),
    ("Talks held\n20.06.2024 10:00\nBaku, March 4, AZERTAC\n" + LEAD, "2024-06-20"),  # too far apart: the stamp
    # ministries
    ("Press Release Regarding the Visit of the Foreign Minister of Uzbekistan\nNo: 145, 14 June 2024", "2024-06-14"),
    ("Meeting of the Foreign Ministers of Armenia and Kazakhstan\n14 June, 2024\n" + LEAD, "2024-06-14"),
    ("Japan-Kazakhstan Foreign Ministers' Meeting\nJune 14, 2024\nOn June 14, commencing at 5:25 p.m.", "2024-06-14"),
    # newspapers of Asia
    (
        "Dhaka, Tashkent agree to boost trade\nDiplomatic Correspondent\n"
        "Fri Jun 14, 2024 05:25 PM Last update on: Sun Jun 16, 2024 06:10 PM",
        "2024-06-14",
    ),
    ("Thailand, Kazakhstan eye FTA talks\nPUBLISHED : 14 Jun 2024 at 17:25\nWRITER: Jane Doe", "2024-06-14"),
    ("PH, Uzbekistan sign MOU on labor\nBy Jane Doe    June 14, 2024, 5:25 pm", "2024-06-14"),
    ("Taiwan, Kazakhstan ink accord\nSat, Jun 15, 2024 page3\nStaff writer, with CNA", "2024-06-15"),
    ("Anwar, Tokayev witness MoUs\nASIA\nFriday, 14 Jun 2024\n5:25 PM MYT\nBy JANE DOE", "2024-06-14"),
    ("China, Uzbekistan deepen ties\n(People's Daily Online) 17:25, June 14, 2024", "2024-06-14"),
    ("Japan, Uzbekistan agree on minerals\nJune 14, 2024 (Mainichi Japan)\n" + LEAD, "2024-06-14"),
    # the Gulf
    (
        "Saudi Arabia, Uzbekistan Discuss Cooperation\nRiyadh - Asharq Al-Awsat\n"
        "Published: 14:22-14 June 2024 AD ,  08 Dhu al-Hijjah 1445 AH",
        "2024-06-14",
    ),
    ("Saudi, Tajik FMs discuss ties\nAl Arabiya English\nPublished: 14 June ,2024: 05:25 PM GST", "2024-06-14"),
    ("UAE, Kazakhstan sign deals\nJane Doe\n14 Jun 2024 - 17:25\n" + LEAD, "2024-06-14"),
    # Europe and the Caucasus
    ("Pashinyan, Tokayev hold talks\n17:25, 14 June 2024\nYEREVAN. - The prime minister met", "2024-06-14"),
    ("Tbilisi and Baku sign transit deal\nJAMnews, Tbilisi\n14 June 2024, 17:25", "2024-06-14"),
    ("Georgian PM receives delegation\n14/06/2024 17:25\n" + LEAD, "2024-06-14"),
    ("Azerbaijan, Uzbekistan discuss energy\n14 June 2024 [17:25] - Today.Az\n" + LEAD, "2024-06-14"),
    ("Hungary, Kyrgyzstan sign accord\nBy Jane Doe | hungarytoday.hu | 14th June 2024", "2024-06-14"),
    # a long byline, then the date and a clock time ending the line
    ("Ministers agree\nJane Doe, senior correspondent of the news desk, 14 June 2024 17:25", "2024-06-14"),
    (
        "Ministers agree\nfrom our correspondent covering the region for the paper - 14.06.2024, 5:25 pm (GMT+5)",
        "2024-06-14",
    ),
    # a publication stamp before its update, wherever each stands
    ("Ministers agree\nUpdated: 16 June 2024 10:00\nPublished: 14 June 2024", "2024-06-14"),
    ("Ministers agree\nLast Modified: 16 June 2024 | Published: 14 June 2024", "2024-06-14"),
    ("Ministers agree\nUpdated 16.06.2024 Posted 14.06.2024", "2024-06-14"),
    ("Ministers agree\nPosted : 2024-06-14 17:25 Updated : 2024-06-15 09:00", "2024-06-14"),
    ("Ministers agree\nKyiv \u2022 14 June 2024 \u2022 17:25 \u2022 Politics", "2024-06-14"),
    ("Ministers agree\nPosted by admin on Friday, June 14th, 2024", "2024-06-14"),
    # a stamp beside a lead sentence naming the event's day: the stamp
    (
        "Leaders meet\nBy Staff\n6 March 2024\nOn 5 March 2024 the presidents met in Tashkent and signed ten papers.",
        "2024-03-06",
    ),
    # negatives: no stamp, so no date
    (
        "Leaders meet\nOn 5 March 2024 the presidents of Kazakhstan and Uzbekistan met in Tashkent and signed papers.",
        "",
    ),
    ("Leaders meet\nTASHKENT, March 5 (Reuters) - The presidents met on 4 March 2024 in Tashkent, officials said.", ""),
    ("Baku and Astana talk\nBaku, December 24, AZERTAC\n" + LEAD, ""),
    ("Leaders meet\nThe talks opened on 5 March 2024 at 10:00 in Astana, the ministry said.", ""),
    ("Leaders meet\nThe talks will open in Astana on 5 March 2024 at 10:00.", ""),
    ("Leaders meet\nLeaders met on 14 June 2024.\n" + LEAD, ""),
    ("Leaders meet\nThe summit opened in Astana 14 June 2024\n" + LEAD, ""),
    ("Leaders meet\nPhoto: 2019\n" + LEAD, ""),
    ("Leaders meet\nPhoto: Press service of the President, 5 March 2019\n" + LEAD, ""),
    ("Summit in Astana on 12-14 March 2024\n" + LEAD, ""),
    ("Astana Summit | 12-14 March 2024\n" + LEAD, ""),
    ("Presidents To Meet In Astana On 5 March 2024\n" + LEAD, ""),
    ("Summit set\nSummit | 5 March 2099\n" + LEAD, ""),
    (
        "Plans agreed\nThe road map for 2024-2028 was adopted, and the treaty of 1992-01-31 was recalled by both.",
        "",
    ),
]


@pytest.mark.parametrize(("head", "expected"), FALLBACK_STAMPS)
def test_fallback_published(head: str, expected: str) -> None:
    assert fallback_published(head) == expected


@pytest.fixture(scope="module")
def rowless_patterns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the patterns whose published.jsonl keeps its header and no row: only the fallback reads a date."""
    target = tmp_path_factory.mktemp("patterns") / "patterns"
    shutil.copytree(default_patterns_dir(), target)
    rows = target / "ingest" / "published.jsonl"
    header = [line for line in rows.read_text(encoding="utf-8").splitlines() if line.startswith("//")]
    rows.write_text("\n".join(header) + "\n", encoding="utf-8")
    return target


@pytest.mark.parametrize(("head", "expected"), FALLBACK_STAMPS[:6] + FALLBACK_STAMPS[-6:])
def test_find_published_falls_back(head: str, expected: str, rowless_patterns: Path) -> None:
    """find_published, with no row to read the stamp, takes the fallback's date at a day's precision."""
    assert find_published(f"{head}\n\n{LEAD}\n", rowless_patterns) == ((expected, "day") if expected else ("", ""))
