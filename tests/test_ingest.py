"""Ingest: formats, publication dates, titles, and bad input that fails alone with a clear message."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.ingest import (
    InputError,
    detect_language,
    find_dateline_place,
    find_published,
    parse_published_field,
    read_documents,
)
from pipeline.patterns import PatternError, read_jsonl
from pipeline.webpages import visible_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ENGLISH = (
    "President of Kazakhstan Kassym-Jomart Tokayev arrived in Ashgabat on a state visit. "
    "The two presidents signed a joint statement on strategic partnership and discussed trade."
)


@pytest.mark.parametrize(
    ("text", "published", "precision"),
    [
        ("Body text.\nMore text. ///nCa, 20 September 2024", "2024-09-20", "day"),
        ("Body.\nCreated at : 29.03.2019, 12:10, Updated at : 29.03.2019, 12:10", "2019-03-29", "day"),
        ("Body.\nCreated at : 8.06.2018, 10:40", "2018-06-08", "day"),
        ("2021 \u00a0N11-12(200-201)\nThe state visit to Turkmenistan ...", "2021-11-01", "month"),
        ("2023 No. 4\nAn article in a monthly journal.", "2023-04-01", "month"),
        ("ASTANA, March 5, 2024 (Kazinform) - The Senate met today.", "2024-03-05", "day"),
        ("Published: 12 January 2025\nHeadline\nBody.", "2025-01-12", "day"),
        ("Kazakhstan and Uzbekistan: more than partnership\n\nNo date anywhere here.", "", ""),
        ("Astana, 15 March 2018. (photo caption)\nBody.", "", ""),
        ("Headline\n07.10.2025 16:48\nAKIpress news agency\n\nBISHKEK (AKIpress) - Body.", "2025-10-07", "day"),
        ("Headline\nDate: 16/01/2025 17:34\nAuthor: Asia-Plus\n\nBody.", "2025-01-16", "day"),
        ("Headline\n16:05 / 27.12.2023   2741\n\nBody.", "2023-12-27", "day"),
        ("Headline\n\nSource: Xinhua | 2025-06-17 22:41:05 | Editor: huaxia\n\nBody.", "2025-06-17", "day"),
        ("Headline\n\n17:42, 13 May 2026\n\nBody.", "2026-05-13", "day"),
        ("Headline\n20 JUN 2025, 10:26\n\nBISHKEK, June 20. /TASS/. Body.", "2025-06-20", "day"),
        (
            "Headline\n\nStandfirst.\n\nDAILY SABAH\nISTANBUL\nNov 08, 2023 - 9:47 pm GMT+3\n\nBody.",
            "2023-11-08",
            "day",
        ),
        ("Headline\n\nPublished: October 12, 2020 20:14\nBy WAM\n\nBody.", "2020-10-12", "day"),
        ("Headline\n\nPress release | 5 April 2024 | Brussels\n\nToday, the EU signed.", "2024-04-05", "day"),
        ("Headline\n\nBy Madina Zhaksylykova in Business on 17 October 2025\n\nALMATY - Body.", "2025-10-17", "day"),
        ("Headline\n\nAshgabat, 5 April 2025 (nCa) \u2014 The EU on Friday announced.", "2025-04-05", "day"),
        ("Headline\n\nKhujand, March 31, 2025 / Kabar /. The ministers exchanged.", "2025-03-31", "day"),
        ("Headline\n\n14.11.2025\n\nToday, the President received the minister.", "2025-11-14", "day"),
        ("Putin to visit Astana on 12 October 2025\n\nBody without a stamp.", "", ""),
        ("Headline\n\nThe talks on 12 October 2025 at 10:00 were held in Astana and lasted long, they said.", "", ""),
    ],
)
def test_publication_date_is_found_where_the_article_states_it(text: str, published: str, precision: str) -> None:
    assert find_published(text) == (published, precision)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-20", ("2024-09-20", "day")),
        ("2024-09-20T10:00:00Z", ("2024-09-20", "day")),
        ("2024-09", ("2024-09-01", "month")),
        ("20 September 2024", ("2024-09-20", "day")),
        ("", ("", "")),
        ("not a date", ("", "")),
    ],
)
def test_jsonl_published_field(value: str, expected: tuple[str, str]) -> None:
    assert parse_published_field(value) == expected


def test_corpus_documents_get_ids_titles_and_dates() -> None:
    documents = {d.doc_id: d for d in read_documents([CORPUS])}
    assert set(documents) == {p.stem for p in CORPUS.glob("*.txt")}
    assert all(d.status == "ok" and d.language == "en" for d in documents.values())
    assert documents["turekhanov-central-asia-harmony-2019"].published == "2019-03-29"
    assert documents["kazakhstan-uzbekistan-more-than-partnership-2019"].published == ""
    assert documents["kazakhstan-uzbekistan-more-than-partnership-2019"].title == (
        "Kazakhstan and Uzbekistan: more than partnership"
    )


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    page = tmp_path / "news" / "visit.html"
    page.parent.mkdir()
    page.write_text(
        "<html><head><title>Tokayev in Ashgabat</title>"
        '<meta property="article:published_time" content="2021-10-14T09:00:00+05:00">'
        "<style>p {color: red}</style><script>var hidden = 'secret';</script></head>"
        f"<body><h1>Tokayev in Ashgabat</h1><p>{ENGLISH}</p><noscript>enable js</noscript></body></html>",
        encoding="utf-8",
    )
    (document,) = read_documents([tmp_path])
    assert document.doc_id == "news/visit"
    assert document.title == "Tokayev in Ashgabat"
    assert (document.published, document.published_precision) == ("2021-10-14", "day")
    assert "Kassym-Jomart Tokayev arrived in Ashgabat" in document.text
    assert "secret" not in document.text and "color" not in document.text and "enable js" not in document.text


def test_visible_text_collapses_markup_whitespace() -> None:
    text, title, published = visible_text("<div><p>One   line.</p>\n\n\n\n<p>Two</p></div>")
    assert text == "One line.\n\nTwo"
    assert (title, published) == ("", "")


def test_jsonl_records_and_a_malformed_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = {"id": "a1", "text": ENGLISH, "title": "Visit", "published": "2021-10-14", "url": "https://x", "source": "X"}
    feed.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a3"}) + "\n", encoding="utf-8")
    documents = list(read_documents([feed]))
    assert [d.status for d in documents] == ["ok", "error", "error"]
    assert documents[0].doc_id == "a1" and documents[0].published == "2021-10-14" and documents[0].title == "Visit"
    assert documents[1].message.startswith("line 2: not valid JSON")
    assert documents[2].message == "line 3: missing field(s) text (or html)"


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("empty.txt", b"", "error", "the file is empty"),
        ("blank.txt", b"  \n\n ", "error", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "error", "the file is binary, not text"),
        (
            "russian.txt",
            "Президент Казахстана Касым-Жомарт Токаев прибыл в Ашхабад с государственным визитом. "
            "Стороны подписали совместное заявление и обсудили торговлю.".encode(),
            "skipped",
            "not English (detected language: ru)",
        ),
    ],
)
def test_bad_inputs_fail_alone_with_a_message(
    tmp_path: Path, name: str, content: bytes, status: str, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    documents = {d.doc_id: d for d in read_documents([tmp_path])}
    assert documents["good"].status == "ok"
    bad = documents[Path(name).stem]
    assert (bad.status, bad.message) == (status, message)


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1"])
def test_non_utf8_text_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = (
        ENGLISH + " The café opened in Almaty — with “quotes”." if encoding == "cp1251" else ENGLISH + " Café Zürich."
    )
    (tmp_path / "legacy.txt").write_bytes(text.encode(encoding, errors="ignore"))
    (document,) = read_documents([tmp_path])
    assert document.status == "ok"
    assert "Kassym-Jomart Tokayev" in document.text
    assert "not UTF-8" in document.message
    assert document.encoding not in ("", "utf-8") and document.encoding in document.message


def test_a_utf8_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH + " Café Zürich.", encoding="utf-8")
    (document,) = read_documents([tmp_path])
    assert document.encoding == "utf-8"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # wire and agency datelines of our own, in the house styles real outlets use
        ("ASTANA, October 3 (Kazinform) – President Tokayev received the delegation.", "Astana"),
        ("TASHKENT, Uzbekistan, Sept. 6 (AP) — The two presidents met on Friday.", "Tashkent"),
        ("DUSHANBE, 10.03.2018. /NIAT Khovar/. Emomali Rahmon held talks.", "Dushanbe"),
        ("MOSCOW, November 28. /TASS/. Prime Minister Mikhail Mishustin said.", "Moscow"),
        ("Astana. July 4. KazTAG - President Tokayev met Vladimir Putin.", "Astana"),
        ("ABU DHABI, 22nd May, 2025 (WAM) -- The UAE and Kazakhstan signed deals.", "Abu Dhabi"),
        ("NUR-SULTAN – The head of state chaired a meeting.", "Nur-Sultan"),
        ("BEIJING, Jan. 24 (Xinhua) -- Chinese President Xi Jinping held talks.", "Beijing"),
        # not datelines: an ordinary first sentence, a headline in capitals without a place after it
        ("President of Kazakhstan Kassym-Jomart Tokayev made a state visit to Tashkent.", ""),
        ("UN SAYS. The organisation said the talks went well.", ""),
    ],
)
def test_dateline_place(opening: str, place: str) -> None:
    assert find_dateline_place(f"Headline of the story\n\n{opening}\n\nMore text.") == place


def test_a_dateline_under_an_agency_banner_is_found(tmp_path: Path) -> None:
    text = (
        "Japan and Central Asia agree\n\nKYODO NEWS - Dec 20, 2025 - 19:12 | World\n\nTOKYO, Dec. 20 (Kyodo) -- Japan."
    )
    (tmp_path / "kyodo.txt").write_text(text + " " + ENGLISH, encoding="utf-8")
    (document,) = read_documents([tmp_path])
    assert document.dateline_place == "Tokyo"


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input not found"):
        list(read_documents([tmp_path / "nowhere"]))


def test_two_files_of_one_name_keep_their_extensions_as_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.md").write_text("# " + ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    documents = list(read_documents([tmp_path]))
    assert [(d.doc_id, d.status) for d in documents] == [("a.md", "ok"), ("a.txt", "ok"), ("b", "ok")]


def test_a_repeated_jsonl_id_is_an_error_of_the_later_record_under_its_own_id(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "story", "text": ENGLISH + f" Line {n}."}) for n in range(1, 20)]
    lines[17] = json.dumps({"id": "story-18", "text": ENGLISH})
    (tmp_path / "feed.jsonl").write_text("\n".join(lines[:1] + lines[17:18] + lines[1:2]) + "\n", encoding="utf-8")
    documents = list(read_documents([tmp_path]))
    assert [(d.doc_id, d.status) for d in documents] == [
        ("story", "ok"),
        ("story-18", "ok"),
        (f"story@{(tmp_path / 'feed.jsonl').as_posix()}:3", "error"),
    ]
    assert "duplicate doc_id 'story'" in documents[2].message
    assert documents[0].text.endswith("Line 1.")


def test_articles_the_caller_holds_are_skipped_by_content_hash(tmp_path: Path) -> None:
    (tmp_path / "held.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "feed.jsonl").write_text(json.dumps({"id": "held", "text": ENGLISH}) + "\n")  # id again
    (tmp_path / "new.txt").write_text(ENGLISH + " Trade grew.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "line-held", "text": ENGLISH})
        + "\n"
        + json.dumps({"id": "line-new", "text": ENGLISH})
        + "\n",
        encoding="utf-8",
    )
    held_sha = hashlib.sha256((tmp_path / "held.txt").read_bytes()).hexdigest()
    held_line_sha = hashlib.sha256(feed.read_bytes().splitlines()[0]).hexdigest()
    asked: list[str] = []

    def skip(doc_id: str, sha: str, where: str) -> bool:
        asked.append(doc_id)
        return (doc_id, sha) in {("held", held_sha), ("line-held", held_line_sha)}

    documents = list(read_documents([tmp_path], skip=skip))
    assert [(d.doc_id, d.status) for d in documents] == [
        ("line-new", "ok"),
        ("new", "ok"),
        (f"held@{(tmp_path / 'other' / 'feed.jsonl').as_posix()}:1", "error"),
    ]
    assert "duplicate doc_id 'held'" in documents[2].message
    assert sorted(asked) == ["held", "line-held", "line-new", "new"]


def test_rule_file_errors_name_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules.jsonl"
    rules.write_text('{"name": "a", "regex": "x", "where": "start", "precision": "day"}\n{"name": "b"\n')
    with pytest.raises(PatternError, match=r"rules.jsonl:2: not valid JSON"):
        read_jsonl(rules, required=["name", "regex", "where", "precision"])
    rules.write_text('{"name": "a", "regx": "x"}\n')
    with pytest.raises(PatternError, match=r"rules.jsonl:1: missing key\(s\) \['regex'\]"):
        read_jsonl(rules, required=["name", "regex"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Uzbekistan and Korea sign deals worth $4.7 billion at a Tashkent forum", "en"),
        (ENGLISH + " He said: «Мы подписали соглашение о торговле и транзите».", "en"),  # a quoted phrase
        ("Стороны подписали соглашение о торговле и транзите грузов.", "ru"),
        ("Мемлекет басшысы Өзбекстан Президентімен келіссөз жүргізді.", "kk"),
        ("Tomonlar savdo va investitsiya sohasidagi hamkorlikni muhokama qildi.", "uz"),
        ("İki ülke arasındaki ticaret hacmi 10 milyar dolara ulaştı.", "tr"),
        ("习近平同哈萨克斯坦总统托卡耶夫举行会谈。", "zh"),  # no spaces: letters, not words, are counted
        ("Astana, 5 May", ""),  # too little to tell
    ],
)
def test_language_of_short_press_texts(text: str, language: str) -> None:
    assert detect_language(text)[0] == language
