"""Leader mentions.

In: a processed spaCy `Doc` (NER run) and its `Document`.  Out: `LeaderMention`s with a
canonical `leader_id` and `name`, `role`, `country`, `source` and `confidence`
(see `pipeline.normalize.leaders`).  The component `press_leaders` writes candidate spans
to `doc.spans["leaders"]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.leaders import leader_id_for
from ..records import Document, LeaderMention
from .base import span_fields

SPANS_KEY = "leaders"


class LeaderFinder:
    def __init__(self, patterns_dir: str | None) -> None:
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        return doc


@Language.factory("press_leaders", default_config={"patterns_dir": None})
def make_leader_finder(nlp: Language, name: str, patterns_dir: str | None) -> LeaderFinder:
    return LeaderFinder(patterns_dir)


def leaders(doc: Doc, *, document: Document) -> Iterator[LeaderMention]:
    for span in doc.spans[SPANS_KEY]:
        name = " ".join(span.text.split())
        yield LeaderMention(
            **span_fields(span, document), leader_id=leader_id_for(name), name=name, source="ner", confidence=0.5
        )
