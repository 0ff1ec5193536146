"""Building the review desk's FastAPI application: routes, static files, limits, headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasad import __version__

STATIC = Path(__file__).with_name("static")
MAX_BODY = 4 * 1024 * 1024  # an article is at most a few hundred KB; a body over this is refused


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, whether or not they say their length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if not started:
                await _too_large(send)


class _TooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = b'{"detail":"request body too large"}'
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """No inline script may run (article text is hostile input), no framing, no sniffing."""

    def __init__(self, app: ASGIApp, tile_origin: str | None) -> None:
        self.app = app
        img = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
        self.headers = [
            (b"content-security-policy",
             f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {img}; "
             "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'".encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, receive, with_headers)


def _origin(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    scheme, rest = url.split("://", 1)
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return f"{scheme}://{host}"


def create_app(db_url: str | Path | None = None, *, require_login: bool = False,
               tile_url: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The review desk over the store at `db_url` (SQLite path or URL, PostgreSQL URL).

    `tile_url` (e.g. `https://tile.example.org/{z}/{x}/{y}.png`) adds a tile layer under the
    bundled outlines; without it the map works offline. `require_login` closes reads too."""
    from rasad.web import api, pages
    from rasad.web.desk import Desk

    app = FastAPI(title="rasad review desk", version=__version__,
                  description="Check, correct and publish machine-coded events from Arabic news.")
    app.state.desk = Desk(str(db_url or "rasad.db"), require_login=require_login, tile_url=tile_url)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders, tile_origin=_origin(tile_url))
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def run(app: Any, host: str, port: int) -> None:
    """Serve with uvicorn (imported here so nothing else pays for it)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
