"""The review desk's HTTP API (`/api/…`): what the pages use and what scripts call.

Reads are open unless the server requires login; every write needs a user with the right role
(`Authorization: Bearer <token>`, or a browser session plus its CSRF token). All SQL goes
through SQLAlchemy with bound parameters.
"""

from __future__ import annotations

import io
import time
from collections import Counter
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from rasad import __version__
from rasad.store import review
from rasad.store.export import Filters
from rasad.store.models import Actor, Article, Relation, User
from rasad.web import sessions
from rasad.web.desk import Desk, api_event, get_desk

router = APIRouter(prefix="/api")
DeskDep = Annotated[Desk, Depends(get_desk)]
MAX_LIMIT = 1000
EXPORTS = {"acled": ("acled-csv", "text/csv; charset=utf-8", "csv"),
           "acled-csv": ("acled-csv", "text/csv; charset=utf-8", "csv"),
           "jsonl": ("jsonl", "application/x-ndjson; charset=utf-8", "jsonl"),
           "geojson": ("geojson", "application/geo+json", "geojson"),
           "graphml": ("graphml", "application/graphml+xml", "graphml"),
           "parquet": ("parquet", "application/vnd.apache.parquet", "parquet")}


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(422, f"{name} must be YYYY-MM-DD") from exc


def event_filters(
    event_type: str | None = None, sub_event_type: str | None = None, country: str | None = None,
    admin1: str | None = None, actor: str | None = None, since: str | None = None,
    until: str | None = None, status: str | None = None, modality: str | None = None,
    reviewed_only: bool = False,
) -> Filters:
    """The filters every listing and export takes, from the query string."""
    if status and status not in review.ALL_STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(review.ALL_STATUSES)}")
    return Filters(_day(since, "since"), _day(until, "until"), country or None, admin1 or None,
                   actor or None, event_type or None, sub_event_type or None, modality or None,
                   status or None, reviewed_only)


FiltersDep = Annotated[Filters, Depends(event_filters)]


@router.get("/health")
def health(desk: DeskDep) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "events": len(desk.views()),
            "database": desk.engine.dialect.name}


@router.get("/events")
def list_events(request: Request, desk: DeskDep, f: FiltersDep,
                limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    """Events passing the filters, in date order, with their review state."""
    desk.reader(request)
    chosen = desk.select(f)
    return {"events": [api_event(v) for v in chosen[offset:offset + limit]], "total": len(chosen),
            "limit": limit, "offset": offset}


@router.get("/summary")
def summary(request: Request, desk: DeskDep, f: FiltersDep) -> dict[str, Any]:
    """What the list page's map and timeline draw: one point per placed event, counts per month."""
    desk.reader(request)
    chosen = desk.select(f)
    points = [[v.event["id"], v.place["lat"], v.place["lon"], v.event["event_type"],
               v.day.isoformat() if v.day else None, (v.review or {}).get("status", "unreviewed")]
              for v in chosen if v.place and v.place.get("lat") is not None and v.place.get("lon") is not None]
    months = Counter(v.day.strftime("%Y-%m") for v in chosen if v.day)
    types = Counter(v.event["event_type"] for v in chosen)
    return {"total": len(chosen), "points": points, "by_month": dict(sorted(months.items())),
            "by_type": dict(types.most_common())}


@router.get("/events/{event_id}")
def get_event(event_id: str, request: Request, desk: DeskDep) -> dict[str, Any]:
    desk.reader(request)
    return api_event(desk.view(event_id))


class ReviewIn(BaseModel):
    status: str = Field(description="accepted | rejected | corrected")
    note: str | None = Field(default=None, max_length=review.MAX_NOTE)
    changes: dict[str, Any] | None = Field(default=None, description=f"fields: {', '.join(review.CORRECTABLE)}")


class SplitIn(BaseModel):
    places: list[Any] = Field(description='places: {"name": "…"} or place objects, one event each')
    note: str | None = Field(default=None, max_length=review.MAX_NOTE)


class MergeIn(BaseModel):
    into: str = Field(max_length=40, description="the event this one duplicates")
    note: str | None = Field(default=None, max_length=review.MAX_NOTE)


def _refused(exc: review.ReviewError) -> HTTPException:
    return HTTPException(404 if isinstance(exc, review.NotFound) else 422, str(exc))


@router.post("/events/{event_id}/review")
def post_review(event_id: str, body: ReviewIn, request: Request, desk: DeskDep) -> dict[str, Any]:
    """Accept, reject or correct an event; the machine's values stay, a dated revision is kept."""
    who = desk.require(request, "reviewer")
    desk.view(event_id)
    try:
        review.review(desk.engine, event_id, body.status, body.changes, body.note, who.name or "?")
    except review.ReviewError as exc:
        raise _refused(exc) from exc
    return api_event(desk.view(event_id))


@router.post("/events/{event_id}/split")
def post_split(event_id: str, body: SplitIn, request: Request, desk: DeskDep) -> dict[str, Any]:
    """One event per place: the event keeps the first place; each other place gets a new event."""
    who = desk.require(request, "reviewer")
    desk.view(event_id)
    try:
        ids = review.split(desk.engine, event_id, body.places, body.note, who.name or "?")
    except review.ReviewError as exc:
        raise _refused(exc) from exc
    return {"events": [api_event(desk.view(i)) for i in ids]}


@router.post("/events/{event_id}/merge")
def post_merge(event_id: str, body: MergeIn, request: Request, desk: DeskDep) -> dict[str, Any]:
    """`event_id` duplicates `into`: it is rejected, its sources count for `into`."""
    who = desk.require(request, "reviewer")
    desk.view(event_id)
    desk.view(body.into)
    try:
        review.merge(desk.engine, event_id, body.into, body.note, who.name or "?")
    except review.ReviewError as exc:
        raise _refused(exc) from exc
    return {"merged": api_event(desk.view(event_id)), "into": api_event(desk.view(body.into))}


@router.get("/events/{event_id}/history")
def get_history(event_id: str, request: Request, desk: DeskDep) -> dict[str, Any]:
    desk.reader(request)
    view = desk.view(event_id)
    # a review made before deduplication renamed the event is kept under the old id
    revs = review.history(desk.engine, (view.review or {}).get("reviewed_as") or event_id, check=False)
    return {"event_id": event_id, "revisions": [
        {**r, "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r["created_at"]))} for r in revs]}


def _article_row(desk: Desk, article_id: str) -> dict[str, Any]:
    t = Article.__table__
    with desk.engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == article_id)).first()
    if row is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return dict(row._mapping)


def article_payload(desk: Desk, article_id: str) -> dict[str, Any]:
    """An article, every span to highlight in it, and the events it reports."""
    from rasad.web.spans import spans_of

    art = _article_row(desk, article_id)
    events = [api_event(v) for v in desk.views() if any(s["article_id"] == article_id for s in v.sources)]
    meta = {k: art[k] for k in ("id", "source_id", "url", "title", "outlet", "author", "language", "origin")}
    meta["published"] = art["published"].isoformat() if art["published"] else None
    return {"article": {**meta, "text": art["text"]}, "spans": spans_of(art), "events": events}


@router.get("/articles/{article_id}")
def get_article(article_id: str, request: Request, desk: DeskDep) -> dict[str, Any]:
    desk.reader(request)
    return article_payload(desk, article_id)


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    published: str | None = Field(default=None, description="YYYY-MM-DD, when the text has no dateline")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    source_id: str | None = Field(default=None, max_length=200)


@router.post("/articles", status_code=201)
def post_article(body: ArticleIn, request: Request, response: Response, desk: DeskDep) -> dict[str, Any]:
    """Extract a new article and store its events (an article already stored is not redone)."""
    desk.require(request, "reviewer")
    from rasad.store.ingest import ingest_items
    from rasad.store.inputs import Article as ArticleInput
    from rasad.store.rows import article_id

    if body.published:
        _day(body.published, "published")
    meta = {k: v for k, v in body.model_dump().items() if k != "text" and v}
    item = ArticleInput(body.text, f"api:{body.source_id or 'post'}", len(body.text.encode("utf-8")), meta)
    report = ingest_items(desk.engine, [item], batch_size=1, progress=False)
    if report.skipped:
        reason = report.skips[0][1] if report.skips else "skipped"
        raise HTTPException(422, f"article not stored: {reason}")
    if report.already:
        response.status_code = 200
    return {**article_payload(desk, article_id(body.text)), "stored": bool(report.stored)}


@router.get("/actors/graph")
def actor_graph(request: Request, desk: DeskDep) -> dict[str, Any]:
    """The dated actor-relation graph: who joined, split from, pledged allegiance to… whom."""
    desk.reader(request)
    r, a, art = Relation.__table__, Actor.__table__.c, Article.__table__.c
    with desk.engine.connect() as conn:
        rows = conn.execute(select(r.c.article_id, r.c.idx, r.c.type, r.c.source, r.c.target, r.c.date,
                                   r.c.date_precision, art.published)
                            .join(Article.__table__, art.id == r.c.article_id)
                            .where(r.c.source.is_not(None), r.c.target.is_not(None))
                            .order_by(r.c.date, art.published, r.c.article_id, r.c.idx)).all()
        ids = {x for row in rows for x in (row.source, row.target)}
        actors = {row.id: dict(row._mapping) for row in conn.execute(select(Actor.__table__).where(a.id.in_(sorted(ids))))} if ids else {}
    nodes = [actors.get(i) or {"id": i, "name_ar": None, "name_en": None, "inter": None} for i in sorted(ids)]
    edges = [{"source": row.source, "target": row.target, "type": row.type,
              "date": row.date.isoformat() if row.date else None, "date_precision": row.date_precision,
              "published": row.published.isoformat() if row.published else None,
              "article_id": row.article_id} for row in rows]
    return {"nodes": nodes, "edges": edges}


@router.get("/actors/search")
def actor_search(request: Request, desk: DeskDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                 limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict[str, Any]:
    """Dictionary actors whose Arabic or English names are closest to `q` (the review form's
    suggestions for actor1/actor2)."""
    desk.reader(request)
    from rasad.actors.dictionary import get_dictionary

    return {"actors": [{"id": a.id, "name_en": a.name_en, "name_ar": a.name_ar, "score": score}
                       for a, score in get_dictionary().search(q, limit=limit)]}


@router.get("/places/search")
def place_search(request: Request, desk: DeskDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                 country: str | None = None) -> dict[str, Any]:
    """The gazetteer's readings of `q` as a place (what a place correction by name will take)."""
    desk.reader(request)
    from rasad.places import resolve_json

    return {"places": [{k: m.get(k) for k in (*review.PLACE_KEYS, "geo_precision", "text")}
                       for m in resolve_json(q, country)]}


@router.get("/export")
def export_events(request: Request, desk: DeskDep, f: FiltersDep,
                  format: str = "acled") -> Response:  # noqa: A002 - the issue's parameter name
    """The filtered events as ACLED CSV, JSON Lines, GeoJSON, GraphML or Parquet, with
    reviewed values; `reviewed_only=true` keeps only events a person accepted or corrected."""
    desk.reader(request)
    if format not in EXPORTS:
        raise HTTPException(422, f"format must be one of {', '.join(EXPORTS)}")
    from rasad.store.export import write_views

    fmt, media, ext = EXPORTS[format]
    views = [v for v in desk.select(f) if v.exportable]
    binary = fmt in ("graphml", "parquet")
    buf: Any = io.BytesIO() if binary else io.StringIO()
    write_views(desk.engine, views, fmt, buf, f)
    data = buf.getvalue()
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="rasad-events.{ext}"'})


class LoginIn(BaseModel):
    token: str = Field(min_length=1, max_length=200)


@router.post("/session")
def login(body: LoginIn, desk: DeskDep) -> JSONResponse:
    """Open a browser session from an API token (the pages' login form posts here)."""
    user = review.user_for_token(desk.engine, body.token.strip())
    if user is None:
        raise HTTPException(401, "unknown token")
    t = User.__table__
    with desk.engine.connect() as conn:
        th = conn.execute(select(t.c.token_hash).where(t.c.name == user["name"])).scalar_one()
    cookie, csrf = sessions.sign(desk.session_key, user["name"], th)
    resp = JSONResponse({"name": user["name"], "role": user["role"], "csrf": csrf})
    resp.set_cookie(sessions.COOKIE, cookie, max_age=sessions.LIFETIME, httponly=True, samesite="strict",
                    secure=False, path="/")
    return resp


@router.delete("/session")
def logout() -> JSONResponse:
    resp = JSONResponse({"ok": True})
    resp.delete_cookie(sessions.COOKIE, path="/")
    return resp


@router.get("/session")
def whoami(request: Request, desk: DeskDep) -> dict[str, Any]:
    who = desk.caller(request)
    return {"name": who.name, "role": who.role, "via": who.via, "csrf": who.csrf}

