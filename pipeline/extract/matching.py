"""Token patterns from the rule files, run only on the sentences where they can match.

In: spaCy `Matcher` patterns (added as to a `Matcher`) and a processed `Doc`.  Out: the
(match_id, start, end) triples spaCy's `Matcher` finds, sorted by start, end and the order
the patterns were added.

spaCy's `Matcher` tries every pattern at every token, so a rule file of 40 patterns costs
40 passes over each article: for our rule files, more than the tagger.  A pattern whose
first token must be one of a few words (a string or an `IN` list on LOWER, ORTH/TEXT or
LEMMA) cannot match in a sentence without one of them, so it runs only on the sentences
that have one, found with one vectorised lookup per doc.  Such a pattern therefore never
matches across a sentence boundary.  Any other pattern runs on the whole doc, as before.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .base import sentence_token_bounds

ANCHOR_ATTRIBUTES = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "LEMMA": LEMMA}
COLUMNS = (LOWER, ORTH, LEMMA)
# Operators under which the first token is always there (and so always one of its words).
REQUIRED_OPS = {"1", "+"}


def anchor_words(pattern: list[dict[str, Any]]) -> tuple[int, frozenset[str]] | None:
    """The attribute and the words one of which the pattern's first token must have; None if unconstrained."""
    if not pattern:
        return None
    first = {key.upper(): value for key, value in pattern[0].items()}
    if str(first.get("OP", "1")) not in REQUIRED_OPS:
        return None
    for name, attribute in ANCHOR_ATTRIBUTES.items():
        value = first.get(name)
        if isinstance(value, str):
            return attribute, frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(word, str) for word in value["IN"]):
            return attribute, frozenset(value["IN"])
    return None


class AnchoredMatcher:
    """A drop-in for `Matcher.add` / `Matcher.__call__` that skips sentences a pattern cannot match in."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.everywhere = Matcher(vocab)
        # (attribute, anchor words) -> (the words' hashes, the patterns anchored on them)
        self.anchored: dict[tuple[int, frozenset[str]], tuple[numpy.ndarray, Matcher]] = {}
        self.order: dict[int, int] = {}  # match_id -> when its key was first added

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.order.setdefault(self.vocab.strings.add(key), len(self.order))
        for pattern in patterns:
            anchor = anchor_words(pattern)
            if anchor is None:
                self.everywhere.add(key, [pattern])
            else:
                if anchor not in self.anchored:
                    hashes = numpy.array([self.vocab.strings.add(word) for word in anchor[1]], dtype=numpy.uint64)
                    self.anchored[anchor] = (hashes, Matcher(self.vocab))
                self.anchored[anchor][1].add(key, [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not doc.has_annotation("SENT_START"):
            matchers = [self.everywhere, *(matcher for _, matcher in self.anchored.values())]
            return self._sorted(match for matcher in matchers if len(matcher) for match in matcher(doc))
        matches = list(self.everywhere(doc)) if len(self.everywhere) else []
        if self.anchored and len(doc):
            columns = doc.to_array(list(COLUMNS)).astype(numpy.uint64)
            bounds = sentence_token_bounds(doc)
            starts = numpy.array([start for start, _ in bounds])
            for (attribute, _words), (hashes, matcher) in self.anchored.items():
                hits = numpy.flatnonzero(numpy.isin(columns[:, COLUMNS.index(attribute)], hashes))
                for sentence in numpy.unique(numpy.searchsorted(starts, hits, side="right") - 1):
                    start, end = bounds[sentence]
                    matches += [(key, start + s, start + e) for key, s, e in matcher(doc[start:end])]
        return self._sorted(matches)

    def _sorted(self, matches: Any) -> list[tuple[int, int, int]]:
        return sorted(matches, key=lambda match: (match[1], match[2], self.order[match[0]]))
