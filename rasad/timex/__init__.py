"""Time expressions in Arabic news, resolved against the dateline (the «Time» stage).

`find_time_expressions(text, published)` returns `rasad.types.TimeExpression`s with spans
into the original text; `time_expressions_json` gives the same as plain dicts. The words
live in `rasad/data/time/*.yaml`, the shapes in `grammar.py`, the arithmetic in `resolve.py`.
"""

from rasad.timex.finder import find_time_expressions, time_expressions_json

__all__ = ["find_time_expressions", "time_expressions_json"]
