"""Sub-commands owned by other rooms of the package (places, actors, store), wired in one place."""

from __future__ import annotations

import typer


# Verbs that never touch the store: they start without loading SQLAlchemy and Alembic.
STORELESS = frozenset({"extract", "eval", "eval-sentences", "eval-time", "time", "places", "actors"})


# Verbs defined in rasad/cli.py itself: they need none of the other rooms' commands.
OWN_VERBS = frozenset({"extract", "eval", "time"})


def register(app: typer.Typer, verb: str | None = None) -> None:
    """Add the sub-commands a run may need: all of them for help or an unknown verb, none for
    a verb of rasad/cli.py itself (importing the actor and place rooms costs ≈0.1 s), only the
    store's when `verb` may need them."""
    if verb in OWN_VERBS:
        return
    from rasad.actors.cli import app as actors_app
    from rasad.places.cli import app as places_app

    app.add_typer(places_app, name="places", help="The gazetteer: build it, resolve place names.")
    app.add_typer(actors_app, name="actors", help="The actor dictionary: list, search, show, link.")
    from rasad.eval.cli import sentences_command, time_table_command

    app.command("eval-sentences")(sentences_command)
    app.command("eval-time")(time_table_command)
    if verb in STORELESS:
        return
    from rasad.store.cli import export_command, ingest_command

    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
    from rasad.web.cli import serve_command, users_app

    app.command("serve")(serve_command)
    app.add_typer(users_app, name="users")
