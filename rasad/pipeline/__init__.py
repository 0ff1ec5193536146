"""The rasad pipeline: spaCy's blank Arabic `Language` with rasad's stages added in order.

    nlp = create_pipeline()            # a spacy.Language
    nlp.remove_pipe("rasad_places")    # stages are ordinary spaCy components
    doc = run(nlp, text, published=date(2017, 2, 18))

rasad's own stages read the text from `doc._.meta["text"]` and its offset map, never
spaCy's tokens, so `run` skips spaCy's tokenizer (a tenth of the time of an article)
unless the pipeline holds a component of someone else's, or `tokens=True` asks for them.
`nlp(text)` tokenizes as spaCy always does.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rasad.bulk import bulk_load
from rasad.errors import MAX_CHARS
from rasad.pipeline import components
from rasad.pipeline.doc import register_extensions
from rasad.pipeline.tokenizer import CONFIG as LAZY_TOKENIZER

register_extensions()


def create_pipeline(exclude: tuple[str, ...] = ()) -> Language:
    """A fresh blank Arabic pipeline with every rasad stage not in `exclude`."""
    nlp = spacy.blank("ar", config=LAZY_TOKENIZER)  # spaCy's tokenizer, built when first used
    # No parser or NER runs here: rasad's own input limit (rasad.errors.MAX_CHARS) governs.
    nlp.max_length = MAX_CHARS + 1
    for name, _cls in components.STAGES:
        if name not in exclude:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    with bulk_load():
        return create_pipeline()


def _needs_tokens(nlp: Language) -> bool:
    """True when some component of `nlp` is not one of rasad's stages (it may read tokens)."""
    return any(name not in components.STAGE_NAMES for name in nlp.pipe_names)


def run(nlp: Language, text: str, published: date | None = None, *, tokens: bool | None = None,
        **meta: Any) -> Doc:
    """Run every stage of `nlp` over `text`, with the input's own metadata on the doc.

    With `tokens` None, the doc is tokenized only when a component other than rasad's is
    in the pipeline; otherwise it is an empty `Doc` whose text lives in `doc._.meta`.
    """
    if tokens is None:
        tokens = _needs_tokens(nlp)
    doc = nlp.make_doc(text) if tokens else Doc(nlp.vocab)
    doc._.meta = {"published": published, "text": text, **meta}
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
