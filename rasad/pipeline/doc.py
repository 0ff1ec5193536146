"""The annotations rasad hangs on a spaCy `Doc`, registered once as `Doc._` extensions.

Each stage reads what earlier stages wrote here and adds its own; nothing travels in side
dictionaries between functions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rasad.text.clitics import segment

EXTENSIONS: dict[str, object] = {
    "norm": None,          # NormText: matching form with offsets back to doc.text
    "sentences": None,     # list[(norm_start, norm_end)]
    "meta": None,          # dict: source_id, url, title, outlet, published given with the input
    "header": None,        # rasad.pipeline.header.Header
    "published": None,     # datetime.date: input date, else the dateline
    "country": None,       # ISO alpha-2 the article is mostly about
    "numbers": None,       # list[NumberMention]
    "times": None,         # list[TimeExpression]
    "places": None,        # list[PlaceMention]
    "actors": None,        # list[ActorMention]
    "events": None,        # list[Event]
    "relations": None,     # list[Relation]
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    # «وبحماة» → (('و', 'ب'), 'حماه', ''): computed when asked, so it costs nothing otherwise.
    if not Token.has_extension("clitics"):
        Token.set_extension("clitics", getter=lambda token: segment(token.text))
