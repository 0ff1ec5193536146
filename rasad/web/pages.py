"""The review desk's pages: the event list, an article with its spans, the actor graph, login.

Rendered by Jinja2 with autoescaping on, so article text and titles (hostile input) always
reach the page as text; no page carries inline script (the CSP forbids it): data for the
scripts travels in `data-` attributes and JSON blocks that are never executed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from rasad.events.taxonomy import TAXONOMY
from rasad.store import review
from rasad.web.api import event_filters
from rasad.web.desk import api_event, get_desk

HERE = Path(__file__).parent
router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))
PAGE = 50
LANG_COOKIE = "rasad_lang"


@lru_cache(maxsize=1)
def messages() -> dict[str, dict[str, str]]:
    """The interface words per language (rasad/web/messages.yaml), checked for missing keys."""
    data = yaml.safe_load((HERE / "messages.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "en" not in data:
        raise ValueError("rasad/web/messages.yaml: a mapping of languages with 'en' is expected")
    keys = set(data["en"])
    for lang, words in data.items():
        missing = keys - set(words or {})
        if missing:
            raise ValueError(f"rasad/web/messages.yaml: {lang} lacks {', '.join(sorted(missing))}")
    return data


def _lang(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "en"
    return asked if asked in messages() else "en"


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    lang = _lang(request)
    desk = get_desk(request)
    who = desk.caller(request)
    resp = templates.TemplateResponse(request, name, {
        "t": messages()[lang], "lang": lang, "languages": {k: v["name"] for k, v in messages().items()},
        "who": who, "tile_url": desk.tile_url, **context})
    if request.query_params.get("lang") in messages():
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return resp


def _guard(request: Request) -> RedirectResponse | None:
    desk = get_desk(request)
    if desk.require_login and desk.caller(request).role is None:
        return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
    return None


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request) -> Any:
    if (redirect := _guard(request)) is not None:
        return redirect
    q = request.query_params
    keys = ("event_type", "sub_event_type", "country", "admin1", "actor", "since", "until", "status", "modality")
    values = {k: q.get(k) or "" for k in keys}
    reviewed_only = q.get("reviewed_only") in ("1", "true", "on")
    error = None
    try:
        f = event_filters(**{k: v or None for k, v in values.items()}, reviewed_only=reviewed_only)
        chosen = get_desk(request).select(f)
    except Exception as exc:  # noqa: BLE001 - a bad filter is shown, not a 500
        error, chosen = getattr(exc, "detail", str(exc)), []
    try:
        page = max(1, int(q.get("page", "1")))
    except ValueError:
        page = 1
    rows = [api_event(v) for v in chosen[(page - 1) * PAGE: page * PAGE]]
    query = {k: v for k, v in values.items() if v}
    if reviewed_only:
        query["reviewed_only"] = "true"
    return _render(request, "events.html", events=rows, total=len(chosen), page=page, pages=max(1, -(-len(chosen) // PAGE)),
                   values=values, reviewed_only=reviewed_only, query=urlencode(query), error=error,
                   taxonomy=TAXONOMY, statuses=review.ALL_STATUSES, modalities=review.MODALITIES)


def _segments(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The text cut at every span boundary; each piece with the spans covering it."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s["start"] <= a and b <= s["end"]]
        out.append((text[a:b], covering))
    return out


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request) -> Any:
    if (redirect := _guard(request)) is not None:
        return redirect
    from rasad.web.api import article_payload

    payload = article_payload(get_desk(request), article_id)
    text = payload["article"]["text"] or ""
    return _render(request, "article.html", article=payload["article"], events=payload["events"],
                   segments=_segments(text, payload["spans"]), taxonomy=TAXONOMY,
                   modalities=review.MODALITIES, precisions=review.PRECISIONS)


@router.get("/events/{event_id}")
def event_page(event_id: str, request: Request) -> RedirectResponse:
    v = get_desk(request).view(event_id)
    aid = v.sources[0]["article_id"] if v.sources else None
    return RedirectResponse(f"/articles/{aid}#event-{event_id}" if aid else "/", status_code=303)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> Any:
    if (redirect := _guard(request)) is not None:
        return redirect
    return _render(request, "actors.html")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Any:
    nxt = request.query_params.get("next") or "/"
    if not nxt.startswith("/") or nxt.startswith("//"):
        nxt = "/"
    return _render(request, "login.html", next=nxt)
