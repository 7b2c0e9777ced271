"""Articles in the encodings press archives hold: each file decodes to its exact text, and says how."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.encodings import decode
from pipeline.ingest import read_documents

ENGLISH = "President Kassym-Jomart Tokayev received the delegation in Astana on 5 May 2024 and discussed trade."


@pytest.mark.parametrize(
    ("text", "encoding", "reported", "inferred"),
    [
        (ENGLISH + " The café served “coffee” — and tea.", "utf-8", "utf-8", False),
        (ENGLISH + " The café served “coffee”.", "utf-8-sig", "utf-8", False),
        (ENGLISH + " Минск, «Акорда».", "utf-16", "utf-16", False),
        (ENGLISH + " Минск, «Акорда».", "utf-16-be", "utf-16", False),  # written with its mark below
        (ENGLISH + " Минск, «Акорда».", "utf-32", "utf-32", False),
        # no mark: inferred from the text, and the message says so
        (
            ENGLISH + " He met señor Muñoz, the Spanish minister; the café served “coffee” — and tea.",
            "cp1252",
            "cp1252",
            True,
        ),
        (
            ENGLISH + " The Akorda («Акорда») hosted the talks; «Мы подписали соглашение», he said.",
            "cp1251",
            "cp1251",
            True,
        ),
        (ENGLISH + " He said: Мы подписали соглашение о торговле и транзите.", "koi8_r", "koi8_r", True),
        (ENGLISH + " The Zürich office (\x81 a stray control byte) confirmed it.", "latin-1", "latin-1", True),
    ],
)
def test_each_encoding_gives_the_exact_text(
    tmp_path: Path, text: str, encoding: str, reported: str, inferred: bool
) -> None:
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "article.txt").write_bytes(raw)
    (document,) = read_documents([tmp_path])
    assert document.text == text
    assert document.encoding == reported
    assert ("inferred" in document.message) is inferred
    assert document.status == "ok"


def test_bytes_that_are_no_text_in_any_encoding_are_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 40)
    (document,) = read_documents([tmp_path])
    assert (document.status, document.message) == ("error", "the file is binary, not text")


def test_a_false_byte_order_mark_is_said_plainly() -> None:
    decoded = decode(b"\xff\xfe\x00\xd8")  # a UTF-16 mark, then half a surrogate pair
    assert decoded.text is None and "byte-order mark" in decoded.note
