"""`run` skips spaCy's tokenizer for rasad's own stages, and keeps it for anyone else's."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from rasad.pipeline import create_pipeline, run

TEXT = "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي، اليوم الخميس، ما أدى إلى مقتل ثلاثة مدنيين."


@Language.component("test_token_counter")
def _count_tokens(doc):  # a user's component that reads tokens
    doc._.meta["n_tokens"] = len(doc)
    return doc


@pytest.mark.parametrize(
    "extra,tokens,expect_tokens",
    [
        ((), None, False),                       # rasad's stages only: no tokens needed
        ((), True, True),                        # asked for
        (("test_token_counter",), None, True),   # someone else's component may read them
        (("test_token_counter",), False, False),  # told not to
    ],
)
def test_tokens_only_when_needed(extra: tuple[str, ...], tokens: bool | None, expect_tokens: bool) -> None:
    nlp = create_pipeline(exclude=("rasad_events",))
    for name in extra:
        nlp.add_pipe(name)
    doc = run(nlp, TEXT, published=date(2020, 3, 12), tokens=tokens)
    assert (len(doc) > 0) == expect_tokens
    # The stages see the same text either way, and spans point into it.
    assert doc._.norm.original == TEXT
    assert [TEXT[p.start:p.end] for p in doc._.places][:1] == ["كفرنبل"]


def test_same_annotations_with_and_without_tokens() -> None:
    nlp = create_pipeline()
    with_tokens = run(nlp, TEXT, published=date(2020, 3, 12), tokens=True)
    without = run(nlp, TEXT, published=date(2020, 3, 12), tokens=False)
    for name in ("times", "places", "actors", "numbers", "events"):
        assert repr(getattr(with_tokens._, name)) == repr(getattr(without._, name)), name
