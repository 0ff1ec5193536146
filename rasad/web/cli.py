"""`rasad serve` (the review desk) and `rasad users` (who may review), wired by rasad/cli_extra.py."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

from rasad.store.db import DEFAULT_URL

_err = Console(stderr=True)
users_app = typer.Typer(help="Review-desk users: add them (a token is printed once), list them.",
                        no_args_is_help=True)


def serve_command(
    db: Annotated[str, typer.Option("--db", help="Store URL: a SQLite file path or sqlite:///…, or postgresql://…")] = DEFAULT_URL,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    require_login: Annotated[bool, typer.Option("--require-login", help="Reads need a user too (viewer role).")] = False,
    tile_url: Annotated[Optional[str], typer.Option("--tile-url", envvar="RASAD_TILE_URL",
                                                    help="Map tiles, e.g. https://tiles.example/{z}/{x}/{y}.png; default: bundled outlines only.")] = None,
) -> None:
    """Serve the review desk: event list, article pages, actor graph and the HTTP API."""
    from rasad.web.app import create_app, run

    app = create_app(db, require_login=require_login, tile_url=tile_url)
    _err.print(f"rasad review desk on http://{host}:{port}/  (API: /openapi.json, store: {db})")
    run(app, host, port)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="User name")],
    role: Annotated[str, typer.Option("--role", help="viewer | reviewer | admin")] = "reviewer",
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file path.")] = DEFAULT_URL,
) -> None:
    """Add a user (or give an existing one a new token and role); the token is the last line."""
    from rasad.store import open_store, review

    try:
        token = review.add_user(open_store(db), name, role)
    except review.ReviewError as exc:
        raise typer.BadParameter(str(exc)) from exc
    _err.print(f"user {name!r} ({role}); keep this token, it is shown once:")
    print(token)


@users_app.command("list")
def users_list(db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file path.")] = DEFAULT_URL) -> None:
    """The users of the review desk and their roles."""
    from rasad.store import open_store, review

    for u in review.list_users(open_store(db)):
        print(f"{u['name']}\t{u['role']}")
