"""The state one review-desk server holds: its store, a cache of reviewed events, and who is asking.

Every listing reads the store's events through `rasad.store.review.overlay`; with 10,000
events that is a few hundred milliseconds, so the result is cached and read again only when
the store changed (a one-row query on counts and last updates tells).
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import HTTPException, Request
from sqlalchemy import func, select

from rasad.store import review
from rasad.store.db import open_store
from rasad.store.export import EventView, Filters, event_json, export_order, load_events, passes
from rasad.store.models import Event, EventReview, EventSource, User
from rasad.web import sessions


@dataclass
class Caller:
    """Who sent a request: a user (by bearer token or session), or nobody."""

    name: str | None
    role: str | None
    via: str  # "token" | "session" | "anonymous"
    csrf: str | None = None


class Desk:
    """One store, served."""

    def __init__(self, db_url: str, *, require_login: bool = False, tile_url: str | None = None) -> None:
        self.engine = open_store(db_url)
        self.require_login = require_login
        self.tile_url = tile_url
        self.session_key = review.setting(self.engine, "session_key", secrets.token_hex(32)) or ""
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._machine_version: tuple[Any, ...] | None = None
        self._machine: list[EventView] = []
        self._views: list[EventView] = []
        self._by_id: dict[str, EventView] = {}

    # --- events -----------------------------------------------------------------------------

    def _store_version(self) -> tuple[Any, ...]:
        e, r, s = Event.__table__.c, EventReview.__table__.c, EventSource.__table__.c
        with self.engine.connect() as conn:
            return (*conn.execute(select(func.count(), func.max(e.timestamp))).one(),
                    *conn.execute(select(func.count(), func.max(r.updated_at))).one(),
                    conn.execute(select(func.count()).select_from(EventSource.__table__)
                                 .where(s.event_id.is_not(None))).scalar_one())

    def views(self) -> list[EventView]:
        """Every event as reviewed, in export order (cached until the store changes; a review
        only folds the reviews again over the machine's events, which are read once)."""
        version = self._store_version()
        with self._lock:
            if version != self._version:
                machine_version = version[:2] + version[4:]
                if machine_version != self._machine_version:
                    self._machine = load_events(self.engine, Filters(), reviews=False)
                    self._machine_version = machine_version
                self._views = sorted(review.overlay(self.engine, self._machine), key=export_order)
                self._by_id = {v.event["id"]: v for v in self._views}
                self._version = version
            return self._views

    def view(self, event_id: str) -> EventView:
        self.views()
        v = self._by_id.get(event_id)
        if v is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return v

    def select(self, f: Filters) -> list[EventView]:
        return [v for v in self.views() if passes(v, f)]

    # --- callers ----------------------------------------------------------------------------

    def caller(self, request: Request) -> Caller:
        auth = request.headers.get("authorization", "")
        if auth:
            scheme, _, token = auth.partition(" ")
            user = review.user_for_token(self.engine, token.strip()) if scheme.lower() == "bearer" else None
            if user is None:
                raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})
            return Caller(user["name"], user["role"], "token")
        payload = sessions.verify(self.session_key, request.cookies.get(sessions.COOKIE))
        if payload:
            t = User.__table__
            with self.engine.connect() as conn:
                row = conn.execute(select(t.c.role, t.c.token_hash).where(t.c.name == payload["u"])).first()
            if row and row.token_hash[:16] == payload["t"]:
                return Caller(payload["u"], row.role, "session", payload["c"])
        return Caller(None, None, "anonymous")

    def require(self, request: Request, role: str) -> Caller:
        """The caller, if allowed `role`: 401 when nobody is logged in, 403 for too low a role,
        and for a browser session a write must carry the session's CSRF token."""
        who = self.caller(request)
        if who.role is None:
            raise HTTPException(401, "log in or send Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        if not review.allows(who.role, role):
            raise HTTPException(403, f"this needs the {role} role; {who.name} is {who.role}")
        if who.via == "session" and request.method not in ("GET", "HEAD", "OPTIONS"):
            sent = request.headers.get("x-csrf-token", "")
            if not who.csrf or not secrets.compare_digest(sent, who.csrf):
                raise HTTPException(403, "missing or wrong X-CSRF-Token")
        return who

    def reader(self, request: Request) -> Caller:
        """Anyone may read, unless the server was started with --require-login."""
        return self.require(request, "viewer") if self.require_login else self.caller(request)


def api_event(v: EventView) -> dict[str, Any]:
    """An event as the API gives it: the JSON Lines view, its article and full review state."""
    out = event_json(v)
    out["article_id"] = v.sources[0]["article_id"] if v.sources else None
    out["articles"] = sorted({s["article_id"] for s in v.sources})
    out["modality"] = v.modality
    out["day"] = v.day.isoformat() if isinstance(v.day, date) else None
    return out


def get_desk(request: Request) -> Desk:
    return request.app.state.desk
