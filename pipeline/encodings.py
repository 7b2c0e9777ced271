"""Bytes of an article to text, in the encodings press archives actually hold.

In: the raw bytes of a file or a JSONL line.  Out: a `Decoded` with the text (None when no
encoding fits), the encoding used, and a note for the document's message when the encoding was
inferred rather than stated.  Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else
UTF-8; else the press encodings (cp1252, cp1251, KOI8-R, latin-1) judged by how their letters
fall into words; else charset-normalizer's guess.  A general detector alone misreads short press
texts ("señor" as cp1250, English with a few Russian words as cp949), which is why the press
encodings are weighed first.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes cp1252 leaves undefined: a text holding them is latin-1 (ISO 8859-1) instead.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# A word of high bytes only is a word of another script (Cyrillic); an accented Latin letter
# stands inside an ASCII word ("señor").  Most Cyrillic words in a text decide it is Cyrillic.
CYRILLIC_WORD_SHARE = 0.5
_HIGH_WORD = re.compile(rb"[\x80-\xff]{2,}")
_MIXED_WORD = re.compile(rb"[A-Za-z]+[\x80-\xff]+[A-Za-z\x80-\xff]*|[\x80-\xff]+[A-Za-z]+[A-Za-z\x80-\xff]*")
# The commonest Russian letters, lower case: a KOI8-R text read as cp1251 swaps case and letters.
_COMMON_RUSSIAN = frozenset("оеаинтсрвл")


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when the bytes could not be decoded
    encoding: str  # what they were decoded from
    note: str  # for the document's message: how the encoding was found, when not stated


def decode(raw: bytes) -> Decoded:
    """Bytes to text, by byte-order mark, then UTF-8, then the press encodings, then a detector."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return Decoded(raw.decode(encoding), encoding.removesuffix("-sig"), "")
            except UnicodeDecodeError:
                return Decoded(None, "", f"the file starts with a {encoding} byte-order mark but is not {encoding}")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", "")
    except UnicodeDecodeError:
        pass
    encoding = press_encoding(raw) or detected_encoding(raw)
    if encoding is None:
        return Decoded(None, "", "the file is not UTF-8 and its encoding could not be detected")
    note = f"decoded as {encoding}: the file is not UTF-8 and states no encoding, so it was inferred; check the text"
    return Decoded(raw.decode(encoding, errors="replace"), encoding, note)


def has_byte_order_mark(raw: bytes) -> bool:
    return any(raw.startswith(mark) for mark, _ in BYTE_ORDER_MARKS)


def press_encoding(raw: bytes) -> str | None:
    """cp1252, cp1251, koi8_r or latin-1, by how the high bytes fall into words; None for other bytes."""
    high_words = len(_HIGH_WORD.findall(raw))
    mixed_words = len(_MIXED_WORD.findall(raw))
    if high_words and high_words >= CYRILLIC_WORD_SHARE * (high_words + mixed_words):
        return max(("cp1251", "koi8_r"), key=lambda encoding: _russian_likeness(raw, encoding))
    if CP1252_UNDEFINED & set(raw):
        return "latin-1"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return "cp1252"


def _russian_likeness(raw: bytes, encoding: str) -> int:
    text = raw.decode(encoding, errors="replace")
    return sum(1 for char in text if char in _COMMON_RUSSIAN)


def detected_encoding(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return best.encoding if best is not None else None
