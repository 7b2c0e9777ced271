"""Anchored matching finds what spaCy's Matcher finds, on corpus articles and on sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS
from spacy.language import Language
from spacy.matcher import Matcher

from pipeline.extract.matching import AnchoredMatcher, anchor_words
from pipeline.patterns import default_patterns_dir

RULE_FILES = ["events/triggers.jsonl", "agreements/heads.jsonl", "agreements/not_documents.jsonl"]
OWN_SENTENCES = [
    "Chancellor Olaf Scholz met President Emmanuel Macron in Paris and they signed the Aachen Treaty.",
    "Prime Minister Narendra Modi paid an official visit to Tokyo; Japan pledged to invest $4.5 billion.",
    "The sides agreed to increase bilateral trade to $1 billion by 2025 and adopted a joint press statement.",
    "The Collective Security Treaty Organization held a session, and the World Food Programme sent aid.",
    "Leaders of the G7 convened in Hiroshima. Talks\nwere held on the road map and the memoranda signed in May.",
]


def rule_patterns(name: str) -> list[list[dict]]:
    lines = (default_patterns_dir() / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["pattern"] for line in lines if line.strip() and not line.startswith("//")]


def both(nlp: Language, patterns: list[list[dict]]) -> tuple[Matcher, AnchoredMatcher]:
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for number, pattern in enumerate(patterns):
        plain.add(str(number), [pattern])
        anchored.add(str(number), [pattern])
    return plain, anchored


@pytest.mark.parametrize("rule_file", RULE_FILES)
def test_rule_files_match_the_same_on_corpus_and_own_text(nlp: Language, rule_file: str) -> None:
    plain, anchored = both(nlp, rule_patterns(rule_file))
    texts = [path.read_text(encoding="utf-8") for path in sorted(Path(CORPUS).glob("*.txt"))] + OWN_SENTENCES
    found = 0
    for doc in nlp.pipe(texts):
        assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2], int(nlp.vocab.strings[m[0]])))
        found += len(anchored(doc))
    assert found, "the rules match somewhere in the texts"


@pytest.mark.parametrize(
    ("pattern", "anchor"),
    [
        ([{"LOWER": "treaty"}], {"treaty"}),
        ([{"lemma": {"IN": ["visit", "tour"]}, "POS": "VERB"}, {"OP": "?"}], {"visit", "tour"}),
        ([{"ORTH": "Summit", "OP": "+"}], {"Summit"}),
        ([{"LOWER": "joint", "OP": "?"}, {"LOWER": "statement"}], None),  # first token optional
        ([{"POS": "VERB"}], None),  # no word to anchor on
        ([{"LOWER": {"REGEX": "^treat"}}], None),
    ],
)
def test_anchor_words(pattern: list[dict], anchor: set[str] | None) -> None:
    found = anchor_words(pattern)
    assert (found[1] if found else None) == (frozenset(anchor) if anchor else None)


def test_unanchored_patterns_and_docs_without_sentences_still_match(nlp: Language) -> None:
    patterns = [[{"LOWER": "joint", "OP": "?"}, {"LOWER": "statement"}], [{"LOWER": "treaty"}]]
    plain, anchored = both(nlp, patterns)
    text = "A joint statement followed the treaty."
    for doc in (nlp(text), nlp.make_doc(text)):
        assert {(s, e) for _, s, e in anchored(doc)} == {(s, e) for _, s, e in plain(doc)} == {(1, 3), (2, 3), (5, 6)}
