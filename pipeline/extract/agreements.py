"""Agreement mentions.

In: a processed spaCy `Doc` and its `Document`.  Out: `AgreementMention`s with a
canonical `name`, `agreement_id`, `type`, `parties` and `year`
(see `pipeline.normalize.agreements`).  The component `press_agreements` writes candidate
spans to `doc.spans["agreements"]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize.agreements import agreement_id_for, canonical_name
from ..records import AgreementMention, Document
from .base import span_fields

SPANS_KEY = "agreements"


class AgreementFinder:
    def __init__(self, patterns_dir: str | None) -> None:
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [ent for ent in doc.ents if ent.label_ == "LAW"]
        return doc


@Language.factory("press_agreements", default_config={"patterns_dir": None})
def make_agreement_finder(nlp: Language, name: str, patterns_dir: str | None) -> AgreementFinder:
    return AgreementFinder(patterns_dir)


def agreements(doc: Doc, *, document: Document) -> Iterator[AgreementMention]:
    for span in doc.spans[SPANS_KEY]:
        name = canonical_name(span.text)
        yield AgreementMention(**span_fields(span, document), agreement_id=agreement_id_for(name), name=name,
                               type="agreement")
