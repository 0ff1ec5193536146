"""The review desk: a FastAPI web app and HTTP API over the event store.

Analysts see each event beside the sentence it came from, accept, reject or correct it, split
it per place or merge duplicates; every change is a dated revision (rasad.store.review) and the
exports read the reviewed values. This package only serves: all state lives in the store.

    from rasad.web import create_app
    app = create_app("rasad.db")          # then: uvicorn, or `rasad serve --db rasad.db`
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> Any:
    """rasad.web.app.create_app, imported on call so `rasad ingest` never loads FastAPI."""
    from rasad.web.app import create_app as build

    return build(*args, **kwargs)
