"""Reviewers' corrections: strict loading, applying them to real extractions and events, and a run that reports them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, make_document
from spacy.language import Language

from pipeline.batch import run
from pipeline.corrections import CORRECTIONS_FILE, Corrector, load_corrections
from pipeline.extract import extract_document
from pipeline.patterns import PatternError
from pipeline.records import Event, EventMention, Extraction, LeaderMention

HEADER = "action,doc_id,kind,text,start_char,end_char,target_id,target_name,event_ids,comment\n"
# "Elbasy" (Leader of the Nation) is an honorific the gazetteer resolves to Nazarbayev; a reviewer
# may count only names.  A corpus sentence, and sentences of our own where it stands alone or beside the name.
ELBASY_POLICY = (
    "For my part, as president of Kazakhstan, I intend to ensure the continuity of the Elbasy policy "
    "and continue the development of comprehensive Kazakh-Uzbek interaction."
)
ELBASY_VISIT = "Elbasy paid a working visit to Tashkent."
ELBASY_NAMED = "Elbasy Nursultan Nazarbayev paid a working visit to Tashkent."
# After a corpus sentence: the Speaker came on the President's behalf, so he was not at the meeting,
# though the next sentence's visit is his.
ON_BEHALF = (
    "Speaker of the Mejlis Akja Nurberdiyeva attended the Consultative Meeting in Astana on 15 March 2018 "
    "on behalf of President Berdimuhamedow. President Berdimuhamedow paid a state visit to Astana on 18 April 2017."
)
# Read in 2023 "President Berdimuhamedov" is the son, Serdar; a reviewer who knows the article
# recounts the 2021 state visit maps it to the father, whom a corpus sentence names in full.
RECOUNTED = "In Ashgabat, President Berdimuhamedov held talks with Kassym-Jomart Tokayev."
FATHER = (
    "In this regard, Gurbanguly Berdimuhamedov suggested discussing the possibility of exchanging "
    "Days of Culture in 2022, subject to favorable conditions."
)
TALKS = "Uzbek President Shavkat Mirziyoyev met Kazakh leader Kassym-Jomart Tokayev in Tashkent on 15 April 2019."
VISIT = (
    "President of Kyrgyzstan Sooronbay Jeenbekov paid an official visit to Astana on December 25-26, 2017. "
    "Trade between the two countries reached $1.1 billion in 2017."
)


def corrections_dir(tmp_path: Path, rows: str) -> Path:
    (tmp_path / CORRECTIONS_FILE).write_text(HEADER + rows, encoding="utf-8")
    return tmp_path


def extract(nlp: Language, doc_id: str, text: str, published: str = "2019-06-01") -> Extraction:
    return extract_document(nlp(text), document=make_document(text, doc_id=doc_id, published=published))


def texts_of(extraction: Extraction, kind: str) -> list[str]:
    return [m.text for m in extraction.of_kind(kind)]


def test_the_shipped_file_has_no_active_row() -> None:
    assert load_corrections(ROOT / "patterns") == []


def test_no_file_means_no_corrections(tmp_path: Path) -> None:
    assert Corrector.from_patterns(tmp_path).lines() == []


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("drop_mention,doc,,Foo,,,,,,\n", "unknown action 'drop_mention'"),
        ("reject_mention,doc,,Foo,,,tokayev,,,\n", "reject_mention does not use target_id"),
        ("reject_mention,doc,,,12,,,,,\n", "give both start_char and end_char"),
        ("reject_mention,doc,,,12,5,,,,\n", "start_char must be before end_char"),
        ("reject_mention,,,,5,12,,,,\n", "offsets need the doc_id"),
        ("reject_mention,doc,,,five,12,,,,\n", "start_char must be a whole number"),
        ("reject_mention,doc,people,Foo,,,,,,\n", "kind must be one of"),
        ("reject_mention,doc,,,,,,,,\n", "needs text or offsets"),
        ("map_leader,,,Mirzieyev,,,,,,\n", "map_leader needs text and target_id"),
        ("map_agreement,,leaders,the Treaty,,,a-id,,,\n", "map_agreement does not use kind"),
        ("merge_events,,,,,,,,E1,\n", "at least 2 event id"),
        ("reject_event,,,,,,,,,\n", "at least 1 event id"),
        ("reject_event,,,,,,,,E1,too,many\n", "more cells than"),
    ],
)
def test_a_malformed_row_names_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    folder = corrections_dir(tmp_path, "# a comment line\n" + row)
    with pytest.raises(PatternError, match=problem) as error:
        load_corrections(folder)
    assert f"{CORRECTIONS_FILE}:3:" in str(error.value)


def test_an_unknown_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / CORRECTIONS_FILE).write_text("action,doc_id,text,reason\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"corrections.csv:1: missing key"):
        load_corrections(tmp_path)


def test_rejecting_a_mention_by_text_drops_it_everywhere_and_the_frame_it_alone_supported(
    nlp: Language, tmp_path: Path
) -> None:
    originals = [
        extract(nlp, "policy", ELBASY_POLICY),
        extract(nlp, "visit", ELBASY_VISIT),
        extract(nlp, "talks", TALKS),
    ]
    [elbasy] = originals[1].of_kind("leaders")
    assert elbasy.text == "Elbasy" and "Elbasy" in texts_of(originals[0], "leaders")
    assert [(f.type, f.mention_ids) for f in originals[1].frames] == [("visit", (elbasy.mention_id,))]
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, "reject_mention,,leaders,ELBASY,,,,,,an honorific\n"))
    policy, visit, talks = corrector.extractions(originals)
    assert texts_of(policy, "leaders") == ["president of Kazakhstan"]
    assert texts_of(visit, "leaders") == [] and visit.frames == ()
    assert talks == originals[2]
    assert corrector.lines() == ["corrections: 1 applied (mentions rejected 2), 0 matched nothing"]


def test_a_leader_named_twice_in_a_sentence_stays_in_its_frame_when_one_naming_is_rejected(
    nlp: Language, tmp_path: Path
) -> None:
    original = extract(nlp, "named", ELBASY_NAMED)
    elbasy, name = original.of_kind("leaders")
    [frame] = original.frames
    assert (elbasy.text, name.text) == ("Elbasy", "Nursultan Nazarbayev") and frame.mention_ids == (elbasy.mention_id,)
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, "reject_mention,named,,Elbasy,,,,,,\n"))
    [named] = corrector.extractions([original])
    [frame] = named.frames
    assert frame.mention_ids == (name.mention_id,)
    assert (frame.leader_ids, frame.leaders) == (("nursultan-nazarbayev",), ("Nursultan Nazarbayev",))


def test_rejecting_a_mention_by_offsets_takes_its_leader_out_of_the_event(nlp: Language, tmp_path: Path) -> None:
    original = extract(nlp, "mejlis", ON_BEHALF, published="2018-06-01")
    start = ON_BEHALF.index("Berdimuhamedow")
    by_sentence = {f.sentence_id: f for f in original.frames}
    assert by_sentence[0].leader_ids == ("akja-nurberdiyeva", "gurbanguly-berdimuhamedov")
    assert by_sentence[1].leader_ids == ("gurbanguly-berdimuhamedov",)
    row = f"reject_mention,mejlis,,,{start},{start + len('Berdimuhamedow')},,,,sent the Speaker\n"
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, row))
    [mejlis] = corrector.extractions([original])
    assert [(m.text, m.start_char) for m in mejlis.of_kind("leaders")] == [
        ("Akja Nurberdiyeva", ON_BEHALF.index("Akja")),
        ("Berdimuhamedow", ON_BEHALF.rindex("Berdimuhamedow")),
    ]
    meeting, visit = sorted(mejlis.frames, key=lambda f: f.sentence_id)
    assert (meeting.leader_ids, meeting.leaders) == (("akja-nurberdiyeva",), ("Akja Nurberdiyeva",))
    assert (meeting.type, meeting.date_start) == ("meeting", "2018-03-15")
    assert visit == by_sentence[1]
    assert corrector.lines() == ["corrections: 1 applied (mentions rejected 1), 0 matched nothing"]


def test_mapping_an_alias_takes_name_and_country_from_the_leader_it_names(nlp: Language, tmp_path: Path) -> None:
    original = extract(nlp, "recounted", RECOUNTED, published="2023-06-01")
    assert [(m.text, m.leader_id) for m in original.of_kind("leaders")] == [
        ("Berdimuhamedov", "serdar-berdimuhamedov"),
        ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
    ]
    rows = "map_leader,recounted,,Berdimuhamedov,,,gurbanguly-berdimuhamedov,,,the 2021 state visit\n"
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, rows))
    recounted, father = corrector.extractions([original, extract(nlp, "father", FATHER, published="2023-06-01")])
    mapped = next(m for m in recounted.of_kind("leaders") if m.text == "Berdimuhamedov")
    named = next(m for m in father.of_kind("leaders") if m.text == "Gurbanguly Berdimuhamedov")
    assert isinstance(mapped, LeaderMention) and isinstance(named, LeaderMention)
    assert (mapped.leader_id, mapped.name, mapped.country) == (named.leader_id, named.name, named.country)
    assert (mapped.leader_id, mapped.name) == ("gurbanguly-berdimuhamedov", "Gurbanguly Berdimuhamedov")
    [talks] = recounted.frames
    assert talks.leader_ids == ("gurbanguly-berdimuhamedov", "kassym-jomart-tokayev")
    assert talks.leaders == ("Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev")
    assert corrector.lines() == ["corrections: 1 applied (mentions mapped 1), 0 matched nothing"]


def test_mapping_to_a_new_id_uses_the_given_name(nlp: Language, tmp_path: Path) -> None:
    rows = "map_leader,talks,,Shavkat Mirziyoyev,,,mirziyoyev-shavkat,Shavkat Miromonovich Mirziyoyev,,\n"
    [talks] = Corrector.from_patterns(corrections_dir(tmp_path, rows)).extractions([extract(nlp, "talks", TALKS)])
    mapped = next(m for m in talks.of_kind("leaders") if m.text == "Shavkat Mirziyoyev")
    assert (mapped.leader_id, mapped.name) == ("mirziyoyev-shavkat", "Shavkat Miromonovich Mirziyoyev")


def test_rows_that_match_nothing_are_listed_with_their_line(nlp: Language, tmp_path: Path) -> None:
    rows = (
        "reject_mention,visit,money,$1.1 billion,,,,,,\n"
        "reject_mention,visit,leaders,2017,,,,,,a date is not a leader: kind keeps this row from matching\n"
        "reject_mention,another-article,,Sooronbay Jeenbekov,,,,,,\n"
    )
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, rows))
    [visit] = corrector.extractions([extract(nlp, "visit", VISIT)])
    assert texts_of(visit, "money") == []
    assert "Sooronbay Jeenbekov" in texts_of(visit, "leaders")
    lines = corrector.lines()
    assert lines[0] == "corrections: 1 applied (mentions rejected 1), 2 matched nothing"
    assert lines[1].startswith(f"unmatched correction: {tmp_path / CORRECTIONS_FILE}:3: reject_mention")
    assert lines[2].startswith(f"unmatched correction: {tmp_path / CORRECTIONS_FILE}:4: reject_mention")
    assert "doc_id='another-article'" in lines[2]


def event(event_id: str, doc_id: str, sentence_id: int, **fields: object) -> Event:
    provenance = (EventMention(event_id, doc_id, sentence_id, sentence_id * 100, sentence_id * 100 + 80),)
    return Event(event_id=event_id, doc_ids=(doc_id,), mention_count=1, provenance=provenance, **fields)  # type: ignore[arg-type]


EVENTS = [
    event("E1", "a", 1, type="visit", leader_ids=("tokayev",), leaders=("Kassym-Jomart Tokayev",), confidence=0.6),
    event(
        "E2",
        "b",
        4,
        type="visit",
        date_start="2019-04-15",
        date_end="2019-04-15",
        date_precision="day",
        leader_ids=("mirziyoyev", "tokayev"),
        leaders=("Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"),
        location="Tashkent",
        confidence=0.9,
    ),
    event("E3", "a", 7, type="other"),
]


def test_rejected_events_go_and_merged_events_become_the_first_listed(tmp_path: Path) -> None:
    rows = "reject_event,,,,,,,,E3,\nmerge_events,,,,,,,,E1;E2,the same visit\nreject_event,,,,,,,,E9,\n"
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, rows))
    [merged] = corrector.events(EVENTS)
    assert merged.event_id == "E1"
    assert merged.leader_ids == ("tokayev", "mirziyoyev")
    assert merged.leaders == ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")
    assert (merged.date_start, merged.location, merged.doc_ids) == ("2019-04-15", "Tashkent", ("a", "b"))
    assert merged.mention_count == 2 and merged.confidence == 0.9
    assert {m.event_id for m in merged.provenance} == {"E1"}
    assert corrector.lines()[0] == "corrections: 2 applied (events merged 2, events rejected 1), 1 matched nothing"
    assert corrector.lines()[1].endswith(":4: reject_event event_ids='E9'")


def test_a_merge_with_only_one_event_left_matches_nothing(tmp_path: Path) -> None:
    corrector = Corrector.from_patterns(corrections_dir(tmp_path, "merge_events,,,,,,,,E1;E404,\n"))
    assert corrector.events(EVENTS) == sorted(EVENTS, key=lambda e: e.event_id)
    assert "1 matched nothing" in corrector.lines()[0]


def test_a_rejection_row_removes_the_mention_on_the_next_run_and_the_summary_says_so(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "visit.txt").write_text(VISIT, encoding="utf-8")
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    out = tmp_path / "out"

    def leaders() -> list[str]:
        with (out / "leaders.csv").open(encoding="utf-8", newline="") as handle:
            return [row["text"] for row in csv.DictReader(handle)]

    before = run([inputs], out, patterns_dir=patterns)
    assert "Sooronbay Jeenbekov" in leaders()
    assert not [line for line in before.lines() if line.startswith("corrections")]
    with (patterns / CORRECTIONS_FILE).open("a", encoding="utf-8") as handle:
        handle.write("reject_mention,visit,leaders,Sooronbay Jeenbekov,,,,,,\n")
    after = run([inputs], out, patterns_dir=patterns)
    assert "Sooronbay Jeenbekov" not in leaders()
    assert "corrections: 1 applied (mentions rejected 1), 0 matched nothing" in after.lines()
