"""spaCy's Arabic tokenizer, built on first use.

rasad's stages never read spaCy's tokens (see rasad/pipeline/__init__.py), yet building the
tokenizer compiles spaCy's prefix, suffix and infix expressions: ≈0.15 s of every command's
start-up. This stand-in is registered as the pipeline's tokenizer and builds the real one, from
the language's own defaults, the first time anything tokenizes (`nlp(text)`, `nlp.pipe`,
`nlp.make_doc`) or asks for one of its attributes; from then on it is spaCy's tokenizer.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language, create_tokenizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

NAME = "rasad.LazyTokenizer.v1"


class LazyTokenizer:
    """Builds spaCy's default tokenizer for `nlp` when it is first needed."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._real: Tokenizer | None = None

    @property
    def built(self) -> bool:
        return self._real is not None

    def _tokenizer(self) -> Tokenizer:
        if self._real is None:
            self._real = create_tokenizer()(self._nlp)
        return self._real

    def __call__(self, text: str) -> Doc:
        return self._tokenizer()(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        return self._tokenizer().pipe(texts, batch_size=batch_size)

    def __getattr__(self, name: str) -> Any:
        # Only reached for what this class lacks (to_bytes, explain, rules…): spaCy's own.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._tokenizer(), name)


@registry.tokenizers(NAME)
def lazy_tokenizer() -> Callable[[Language], LazyTokenizer]:
    return LazyTokenizer


CONFIG = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}
