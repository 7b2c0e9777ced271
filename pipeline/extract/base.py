"""What every extractor shares: locating a span's sentence and building a mention's common fields.

In: a processed spaCy `Doc` and character offsets.  Out: the `sentence_id` and trimmed
`context` of the sentence an offset falls in, and the keyword arguments common to every
`Mention` (`doc_id, text, start_char, end_char, sentence_id, context`).
"""

from __future__ import annotations

import shutil
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from weakref import WeakValueDictionary

from spacy.tokens import Doc, Span, Token

from ..patterns import PatternError
from ..records import Document

_SENTENCES_KEY = "press_events_sentences"
_TEXT_KEY = "press_events_text"
_RULES_KEY = "press_events_rules:{kind}"
RULES_FOLDER = "patterns"  # where a serialized component keeps its rule files
# The rules of the components alive in this process, by a key that a doc can carry as a plain
# string (so that the doc still serializes).  Weak: a component that is gone takes its rules with it.
_LIVE_RULES: WeakValueDictionary[str, Any] = WeakValueDictionary()


class RulesMissing(LookupError):
    """A doc did not go through the component whose rules an extractor needs."""


class RuleComponent:
    """What our rule components share: each is built from a rules folder (patterns/), holds what it
    loaded, and serializes as that folder, like spaCy's SpanRuler serializes its patterns.

    A subclass implements `load(folder)`, which reads and checks its rule files and builds its
    matchers, and calls `self.require_rules()` first thing in `__call__`.  `nlp.to_disk(path)` writes
    the rules beside the model; `spacy.load(path)` reads them back, even where the folder the pipeline
    was first configured with does not exist.
    """

    patterns_dir: Path
    loaded: bool = False

    def load(self, patterns_dir: Path) -> None:  # pragma: no cover - every component has its own
        raise NotImplementedError

    def load_if_present(self, patterns_dir: Path) -> None:
        """Load the configured folder now, or leave it to `from_disk` when it is not on this machine."""
        self.patterns_dir = patterns_dir
        if patterns_dir.is_dir():
            self.load(patterns_dir)
            self.loaded = True

    def require_rules(self) -> None:
        if not self.loaded:
            raise PatternError(self.patterns_dir, None, "rules folder not found (and none was loaded from disk)")

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        target = Path(path) / RULES_FOLDER
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.patterns_dir, target)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        self.patterns_dir = Path(path) / RULES_FOLDER
        self.load(self.patterns_dir)
        self.loaded = True
        return self


def attach_rules(doc: Doc, kind: str, rules: Any) -> None:
    """Let the `kind` extractor read the rules of the component that just matched this doc."""
    key = f"{kind}@{id(rules):x}"
    _LIVE_RULES[key] = rules
    doc.user_data[_RULES_KEY.format(kind=kind)] = key


def carry_rules(source: Doc, target: Doc) -> None:
    """Give `target` (a doc merged from pieces) the rules the components left on `source` (one of them)."""
    prefix = _RULES_KEY.format(kind="")
    target.user_data.update({k: v for k, v in source.user_data.items() if str(k).startswith(prefix)})


def rules_of(doc: Doc, kind: str) -> Any:
    """The rules `attach_rules` left on the doc for `kind`."""
    rules = _LIVE_RULES.get(doc.user_data.get(_RULES_KEY.format(kind=kind), ""))
    if rules is None:
        raise RulesMissing(
            f"this doc has no {kind} rules: run it through a pipeline with the press_{kind} component "
            "(pipeline.load() builds one), in this process"
        )
    return rules


def capitalised(token: Token) -> bool:
    """A word written with a capital first letter (Treaty, Tokayev, UAE): what starts a name or a title."""
    return token.text[:1].isupper()


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `doc.text` joins every token again on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, sliced from the text `text_of` keeps: `Span.text` builds and joins its tokens anew."""
    return text_of(span.doc)[span.start_char : span.end_char]


def _sentence_index(doc: Doc) -> dict[str, list]:
    """Token and character bounds of every sentence, computed once per doc.

    spaCy's `doc.sents` and `span.sent` rescan the whole document on every call, which
    made per-mention lookups the pipeline's main cost; everything here reads this index.
    """
    index = doc.user_data.get(_SENTENCES_KEY)
    if index is None:
        tokens, chars = [], []  # per sentence: token bounds; trimmed character bounds
        text = text_of(doc)
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            tokens.append((sent.start, sent.end))
            chars.append((start, end))
        bounds = [(start, end) for start, end in chars if end > start]
        index = {
            "tokens": tokens,
            "token_starts": [t[0] for t in tokens],
            "bounds": bounds,
            "char_starts": [start for start, _ in bounds],
        }
        doc.user_data[_SENTENCES_KEY] = index
    return index


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence with text, trimmed of surrounding white space."""
    return _sentence_index(doc)["bounds"]


def sentence_token_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of each sentence."""
    return _sentence_index(doc)["tokens"]


def sentence_of(token: Token) -> Span:
    """The sentence a token stands in: `token.sent` without rescanning the document."""
    index = _sentence_index(token.doc)
    start, end = index["tokens"][bisect_right(index["token_starts"], token.i) - 1]
    return token.doc[start:end]


def sentence_id_at(doc: Doc, char: int) -> int:
    """Index of the sentence containing (or, in white space, preceding) a character offset."""
    return max(0, bisect_right(_sentence_index(doc)["char_starts"], char) - 1)


def sentence_text(doc: Doc, sentence_id: int) -> str:
    bounds = sentence_bounds(doc)
    if not bounds:
        return ""
    start, end = bounds[sentence_id]
    return " ".join(text_of(doc)[start:end].split())


def mention_fields(doc: Doc, document: Document, start_char: int, end_char: int) -> dict[str, Any]:
    """The fields every Mention has, for the text between two offsets."""
    sentence_id = sentence_id_at(doc, start_char)
    return {
        "doc_id": document.doc_id,
        "text": text_of(doc)[start_char:end_char],
        "start_char": start_char,
        "end_char": end_char,
        "sentence_id": sentence_id,
        "context": sentence_text(doc, sentence_id),
    }


def span_fields(span: Span, document: Document) -> dict[str, Any]:
    return mention_fields(span.doc, document, span.start_char, span.end_char)
