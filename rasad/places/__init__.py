"""Places stage: gazetteer-backed recognition and geocoding of places in Arabic news.

    from rasad.places import get_resolver, resolve_json, build_gazetteer
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from rasad.bulk import bulk_load
from rasad.places.gazetteer import build_gazetteer, default_path, load_or_build
from rasad.places.resolver import Resolver, mention_dict
from rasad.text.normalise import normalise

__all__ = ["get_resolver", "resolve_json", "build_gazetteer", "Resolver", "reset_resolver"]

_LOCK = threading.Lock()
_RESOLVER: Resolver | None = None
_RESOLVER_PATH: Path | None = None


def get_resolver() -> Resolver:
    """The process-wide resolver, loading (or first building) the index at the default path."""
    global _RESOLVER, _RESOLVER_PATH
    path = default_path()
    with _LOCK:
        if _RESOLVER is None or _RESOLVER_PATH != path:
            with bulk_load():
                _RESOLVER = Resolver(load_or_build(path))
            _RESOLVER_PATH = path
        return _RESOLVER


def reset_resolver() -> None:
    """Forget the cached resolver (tests that switch RASAD_GAZETTEER, a rebuilt index)."""
    global _RESOLVER, _RESOLVER_PATH
    with _LOCK:
        _RESOLVER, _RESOLVER_PATH = None, None


def resolve_json(text: str, country_hint: str | None = None,
                 explain: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Places in `text` as plain dicts (the PlaceMention fields), as the pipeline finds them:
    gazetteer names, then listed villages placed by their area (rasad.places.unlisted).
    `explain`, when given, receives every name's candidates with scores and reasons."""
    from rasad.places.unlisted import with_unlisted

    norm = normalise(text)
    places = get_resolver().find(norm, country_hint, explain)
    places = with_unlisted(norm, places)
    return [mention_dict(pm) for pm in places]
